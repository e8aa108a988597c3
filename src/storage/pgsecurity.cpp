// The rules a PostgreSQL server enforces itself (issue 13, serverrules.h and pgsecurity.h): group
// roles, grants, row-level security, guard triggers generated from the workflow's own tables, and
// the security-definer function that appends the items' history with the server's time and the
// connected role as author.

#include "pgsecurity.h"

#include "backend.h"
#include "sql.h"

#include "workprogram/core/workflow.h"
#include "workprogram/storage/serverrules.h"

#include <QSqlQuery>

namespace wp::storage {

namespace {

const QString rulesKey = QStringLiteral("server_rules");
/// The version of the rules below; server-init re-installs them whatever is there. 2: the items'
/// history appended many rows a call (wp_append_item_history_batch, for imports).
const QString rulesVersion = QStringLiteral("2");

QString ident(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString literal(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

QString scalar(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    QSqlQuery q = prepare(db, sql);
    exec(q, values);
    return q.next() ? q.value(0).toString() : QString();
}

/// A statement with identifiers or literals that cannot be bound (CREATE/ALTER ROLE): the server
/// quotes them itself with format(), then the text is run unprepared.
void runFormatted(QSqlDatabase& db, const QString& format, std::initializer_list<QVariant> values)
{
    runDirect(db, scalar(db,
                         QStringLiteral("SELECT format(") + literal(format) +
                             QString(QStringLiteral(", ?::text")).repeated(int(values.size())) + QLatin1Char(')'),
                         values));
}

const QStringList& roleKeys()
{
    static const QStringList keys = {QStringLiteral("unit"), QStringLiteral("office"), QStringLiteral("leader"),
                                     QStringLiteral("admin")};
    return keys;
}

QString roleKey(Role r)
{
    return RoleInfo::key(r);
}

/// VALUES rows of the workflow's item transitions and program steps, per role: the server refuses
/// exactly the status changes the program refuses.
QString transitionRows()
{
    QStringList rows;
    for (const Transition& t : Workflow::transitions())
        for (Role r : t.roles)
            rows.append(
                QStringLiteral("(%1, %2, %3)")
                    .arg(literal(StatusInfo::key(t.from)), literal(StatusInfo::key(t.to)), literal(roleKey(r))));
    return rows.join(QLatin1Char(','));
}

QString stepRows()
{
    QStringList rows;
    for (const ProgramStep& s : Workflow::programSteps())
        for (Role r : s.roles)
            rows.append(QStringLiteral("(%1, %2, %3)")
                            .arg(literal(ProgramStateInfo::key(s.from)), literal(ProgramStateInfo::key(s.to)),
                                 literal(roleKey(r))));
    return rows.join(QLatin1Char(','));
}

QString unitInsertStatuses()
{
    QStringList keys;
    for (Status s : Workflow::reachable(Role::Unit))
        keys.append(literal(StatusInfo::key(s)));
    return keys.join(QLatin1Char(','));
}

QStringList rulesScript(const QString& database, const QString& schema)
{
    const auto group = [&](const QString& key) { return ident(database + QLatin1Char('_') + key); };
    const QString all = QStringList{group(QStringLiteral("unit")), group(QStringLiteral("office")),
                                    group(QStringLiteral("leader")), group(QStringLiteral("admin"))}
                            .join(QStringLiteral(", "));
    const QString staff =
        QStringList{group(QStringLiteral("office")), group(QStringLiteral("leader")), group(QStringLiteral("admin"))}
            .join(QStringLiteral(", "));
    const QString officeLeader =
        group(QStringLiteral("office")) + QStringLiteral(", ") + group(QStringLiteral("leader"));
    const QString unit = group(QStringLiteral("unit"));
    const QString admin = group(QStringLiteral("admin"));
    const QString definer = QStringLiteral(" SECURITY DEFINER SET search_path = %1, pg_temp ").arg(ident(schema));
    // A login of one of this database's groups that is no active person of the program (locked,
    // or never one) is refused loudly by the guards, instead of passing as the owner would.
    const QString noLongerActive =
        QStringLiteral("IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN "
                       "pg_roles p ON p.oid = m.member WHERE p.rolname = session_user AND g.rolname IN (%1, %2, %3, "
                       "%4)) THEN RAISE EXCEPTION 'tài khoản % không còn hoạt động', session_user USING ERRCODE = "
                       "'42501'; END IF;")
            .arg(literal(database + QStringLiteral("_unit")), literal(database + QStringLiteral("_office")),
                 literal(database + QStringLiteral("_leader")), literal(database + QStringLiteral("_admin")));
    QStringList s;
    for (const QString& key : roleKeys())
        s.append(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN "
                                "CREATE ROLE %2 NOLOGIN; END IF; END $$")
                     .arg(literal(database + QLatin1Char('_') + key), group(key)));
    s << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(ident(database))
      << QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(ident(database), all)
      << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(ident(schema), all)
      << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC, %2").arg(ident(schema), all)
      << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(ident(schema), all)
      << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(ident(schema), all)
      // What each role may write; row-level security and the guards below narrow it down.
      << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON items, item_co_units TO %1").arg(all)
      << QStringLiteral("GRANT INSERT, UPDATE ON programs TO %1").arg(officeLeader)
      // A unit's import opens the year's program when there is none (collecting, as the program does).
      << QStringLiteral("GRANT INSERT ON programs TO %1").arg(unit)
      << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON program_settings TO %1").arg(officeLeader)
      << QStringLiteral("GRANT INSERT ON program_history, snapshots TO %1").arg(officeLeader)
      << QStringLiteral("GRANT INSERT ON imports, import_stated TO %1, %2").arg(unit, group(QStringLiteral("office")))
      << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON units, unit_aliases, users, user_units TO %1").arg(admin)
      << QStringLiteral("GRANT UPDATE (password_hash, must_change_password, password_reset_at, password_reset_by) "
                        "ON users TO %1")
             .arg(all)
      << QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(all)
      << QStringLiteral("GRANT INSERT, UPDATE ON meta TO %1").arg(all)
      // Who is signed in: the connected role, looked up among the program's people.
      << QStringLiteral("CREATE OR REPLACE FUNCTION wp_session_role() RETURNS text STABLE LANGUAGE sql") + definer +
             QStringLiteral("AS $$ SELECT role FROM users WHERE login = session_user AND active = 1 $$")
      << QStringLiteral("CREATE OR REPLACE FUNCTION wp_my_unit() RETURNS bigint STABLE LANGUAGE sql") + definer +
             QStringLiteral("AS $$ SELECT unit_id FROM users WHERE login = session_user AND active = 1 $$")
      << QStringLiteral("CREATE OR REPLACE FUNCTION wp_item_transitions() RETURNS TABLE(from_status text, to_status "
                        "text, role text) IMMUTABLE LANGUAGE sql AS $$ VALUES %1 $$")
             .arg(transitionRows())
      << QStringLiteral("CREATE OR REPLACE FUNCTION wp_program_steps() RETURNS TABLE(from_state text, to_state "
                        "text, role text) IMMUTABLE LANGUAGE sql AS $$ VALUES %1 $$")
             .arg(stepRows())
      // A leader limited to some units (user_units) acts only on those units' items, as
      // WorkflowService::requireCovers; a leader of the whole program on all.
      << QStringLiteral("CREATE OR REPLACE FUNCTION wp_leader_covers(p_unit bigint) RETURNS boolean STABLE "
                        "LANGUAGE sql") +
             definer +
             QStringLiteral("AS $$ SELECT NOT EXISTS (SELECT 1 FROM user_units uu JOIN users us ON us.id = "
                            "uu.user_id WHERE us.login = session_user) OR EXISTS (SELECT 1 FROM user_units uu JOIN "
                            "users us ON us.id = uu.user_id WHERE us.login = session_user AND uu.unit_id = p_unit) $$")
      // Items changed or deleted: a unit's staff only their own unit's items, a limited leader only
      // their units'; every status change must be one the workflow allows the role, plus the
      // Office's withdrawal of an item in the draft, which a merge makes (it sets merged_into only
      // after the status). Raised as 42501, as a refused grant. Inserts: wp_items_insert_guard.
      << QStringLiteral("CREATE OR REPLACE FUNCTION wp_items_guard() RETURNS trigger LANGUAGE plpgsql") + definer +
             QStringLiteral(
                 "AS $$ DECLARE r text := wp_session_role(); u bigint := wp_my_unit(); BEGIN "
                 "IF r IS NULL THEN %1 RETURN COALESCE(NEW, OLD); END IF; "
                 "IF r = 'unit' THEN "
                 "  IF OLD.lead_unit_id IS DISTINCT FROM u THEN "
                 "    RAISE EXCEPTION 'nội dung % thuộc đơn vị khác', OLD.id USING ERRCODE = '42501'; END IF; "
                 "  IF TG_OP = 'UPDATE' THEN IF NEW.lead_unit_id IS DISTINCT FROM u THEN "
                 "    RAISE EXCEPTION 'chỉ được ghi nội dung của đơn vị mình' USING ERRCODE = '42501'; END IF; END IF; "
                 "END IF; "
                 "IF r = 'leader' THEN "
                 "  IF NOT wp_leader_covers(OLD.lead_unit_id) THEN "
                 "    RAISE EXCEPTION 'lãnh đạo không phụ trách đơn vị của nội dung %', OLD.id USING ERRCODE = "
                 "'42501'; "
                 "  END IF; "
                 "  IF TG_OP = 'UPDATE' THEN IF NOT wp_leader_covers(NEW.lead_unit_id) THEN "
                 "    RAISE EXCEPTION 'lãnh đạo không phụ trách đơn vị này' USING ERRCODE = '42501'; END IF; END IF; "
                 "END IF; "
                 "IF TG_OP = 'UPDATE' THEN IF NEW.status IS DISTINCT FROM OLD.status THEN "
                 "  IF NOT EXISTS (SELECT 1 FROM wp_item_transitions() t WHERE t.from_status = OLD.status "
                 "                 AND t.to_status = NEW.status AND t.role = r) "
                 "     AND NOT (r = 'office' AND OLD.status = 'in-draft' AND NEW.status = 'withdrawn') THEN "
                 "    RAISE EXCEPTION 'vai trò % không được chuyển nội dung % từ % sang %', r, OLD.id, OLD.status, "
                 "      NEW.status USING ERRCODE = '42501'; "
                 "  END IF; END IF; END IF; "
                 "RETURN COALESCE(NEW, OLD); END $$")
                 .arg(noLongerActive)
      // An insert is checked once a statement over all its new rows (rules version 2): the same
      // checks as the row guard's, without two queries of users a row (an import's 100 000 rows
      // spent 40 % of their insert in the row guard).
      << QStringLiteral("CREATE OR REPLACE FUNCTION wp_items_insert_guard() RETURNS trigger LANGUAGE plpgsql") +
             definer +
             QStringLiteral(
                 "AS $$ DECLARE r text := wp_session_role(); u bigint := wp_my_unit(); v_status text; BEGIN "
                 "IF r IS NULL THEN IF EXISTS (SELECT 1 FROM wp_new) THEN %1 END IF; RETURN NULL; END IF; "
                 "IF r = 'unit' THEN "
                 "  IF EXISTS (SELECT 1 FROM wp_new WHERE lead_unit_id IS DISTINCT FROM u) THEN "
                 "    RAISE EXCEPTION 'chỉ được ghi nội dung của đơn vị mình' USING ERRCODE = '42501'; END IF; "
                 "  SELECT n.status INTO v_status FROM wp_new n WHERE n.status NOT IN (%5) LIMIT 1; "
                 "  IF FOUND THEN "
                 "    RAISE EXCEPTION 'đơn vị không tạo nội dung ở trạng thái %', v_status USING ERRCODE = '42501'; "
                 "  END IF; "
                 "END IF; "
                 "IF r = 'leader' THEN "
                 "  IF EXISTS (SELECT 1 FROM wp_new WHERE NOT wp_leader_covers(lead_unit_id)) THEN "
                 "    RAISE EXCEPTION 'lãnh đạo không phụ trách đơn vị này' USING ERRCODE = '42501'; END IF; "
                 "END IF; "
                 "RETURN NULL; END $$")
                 .arg(noLongerActive, unitInsertStatuses())
      << QStringLiteral("DROP TRIGGER IF EXISTS wp_items_guard ON items")
      << QStringLiteral("CREATE TRIGGER wp_items_guard BEFORE UPDATE OR DELETE ON items FOR EACH ROW "
                        "EXECUTE FUNCTION wp_items_guard()")
      << QStringLiteral("DROP TRIGGER IF EXISTS wp_items_insert_guard ON items")
      << QStringLiteral("CREATE TRIGGER wp_items_insert_guard AFTER INSERT ON items REFERENCING NEW TABLE AS wp_new "
                        "FOR EACH STATEMENT EXECUTE FUNCTION wp_items_insert_guard()")
      // Programs: only the steps the workflow allows the role (the Office never signs off).
      << QStringLiteral("CREATE OR REPLACE FUNCTION wp_programs_guard() RETURNS trigger LANGUAGE plpgsql") + definer +
             QStringLiteral(
                 "AS $$ DECLARE r text := wp_session_role(); BEGIN "
                 "IF r IS NOT NULL AND NEW.state IS DISTINCT FROM OLD.state AND NOT EXISTS (SELECT 1 FROM "
                 "wp_program_steps() s WHERE s.from_state = OLD.state AND s.to_state = NEW.state AND s.role = r) THEN "
                 "  RAISE EXCEPTION 'vai trò % không được chuyển chương trình từ % sang %', r, OLD.state, NEW.state "
                 "  USING ERRCODE = '42501'; "
                 "END IF; RETURN NEW; END $$")
      << QStringLiteral("DROP TRIGGER IF EXISTS wp_programs_guard ON programs")
      << QStringLiteral("CREATE TRIGGER wp_programs_guard BEFORE UPDATE ON programs FOR EACH ROW EXECUTE FUNCTION "
                        "wp_programs_guard()")
      // The items' history: appended only here, with the server's time and the connected role as
      // author, linked and hashed under the writers' lock exactly as chain.h hashes a row.
      << QStringLiteral("CREATE OR REPLACE FUNCTION wp_chain_column(t text) RETURNS text IMMUTABLE LANGUAGE sql "
                        "AS $$ SELECT octet_length(convert_to(COALESCE(t, ''), 'UTF8')) || ':' || COALESCE(t, '') $$")
      << QStringLiteral(
             "CREATE OR REPLACE FUNCTION wp_append_item_history(p_item bigint, p_kind text, p_from text, p_to text, "
             "p_comment text, p_changes text) RETURNS TABLE(id bigint, at text, login text, prev_hash text, hash "
             "text) LANGUAGE plpgsql") +
             definer +
             QStringLiteral(
                 "AS $$ DECLARE v_id bigint; v_prev text; v_at timestamptz := date_trunc('milliseconds', now()); "
                 "v_at_text text; v_hash text; v_unit bigint; BEGIN "
                 "SELECT i.lead_unit_id INTO v_unit FROM items i WHERE i.id = p_item; "
                 "IF FOUND AND ((wp_session_role() = 'unit' AND v_unit IS DISTINCT FROM wp_my_unit()) "
                 "              OR (wp_session_role() = 'leader' AND NOT wp_leader_covers(v_unit))) THEN "
                 "  RAISE EXCEPTION 'nội dung % thuộc đơn vị khác', p_item USING ERRCODE = '42501'; "
                 "END IF; "
                 "PERFORM pg_advisory_xact_lock(%1); "
                 "SELECT h.id, h.hash INTO v_id, v_prev FROM item_history h ORDER BY h.id DESC LIMIT 1; "
                 "IF v_id IS NULL THEN v_id := 1; v_prev := repeat('0', 64); ELSE v_id := v_id + 1; END IF; "
                 "v_at_text := to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); "
                 "v_hash := encode(sha256(convert_to(wp_chain_column(v_id::text) || wp_chain_column(p_item::text) || "
                 "  wp_chain_column(v_at_text) || wp_chain_column(session_user) || wp_chain_column(p_kind) || "
                 "  wp_chain_column(p_from) || wp_chain_column(p_to) || wp_chain_column(p_comment) || "
                 "  wp_chain_column(p_changes) || wp_chain_column(v_prev), 'UTF8')), 'hex'); "
                 "INSERT INTO item_history(id, item_id, at, login, kind, from_status, to_status, comment, changes, "
                 "  prev_hash, hash) VALUES (v_id, p_item, v_at, session_user, p_kind, p_from, p_to, p_comment, "
                 "  p_changes, v_prev, v_hash); "
                 "INSERT INTO meta(key, value) VALUES ('history_head', v_hash) "
                 "  ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value; "
                 "RETURN QUERY SELECT v_id, v_at_text, session_user::text, v_prev, v_hash; END $$")
                 .arg(Database::ApplicationId)
      // The same for many rows at once (an import's `create` rows): each row checked, linked and
      // hashed exactly as wp_append_item_history() does, under one lock, at one time; the caller
      // chooses only the item, kind, statuses, comment and changes of each row.
      << QStringLiteral("CREATE OR REPLACE FUNCTION wp_append_item_history_batch(p_items bigint[], p_kinds text[], "
                        "p_from text[], p_to text[], p_comments text[], p_changes text[]) RETURNS TABLE(first_id "
                        "bigint, last_id bigint, at text, login text, hash text) LANGUAGE plpgsql") +
             definer +
             QStringLiteral(
                 "AS $$ DECLARE n int := COALESCE(array_length(p_items, 1), 0); v_id bigint; v_first bigint; "
                 "v_prev text; v_at timestamptz := date_trunc('milliseconds', now()); v_at_text text; "
                 "v_user text := session_user; v_role text := wp_session_role(); v_bad bigint; "
                 "v_fixed text; v_parts bytea[]; v_prevs text[]; v_hashes text[]; BEGIN "
                 "IF n = 0 THEN RETURN; END IF; "
                 "IF COALESCE(array_length(p_kinds, 1), 0) <> n OR COALESCE(array_length(p_from, 1), 0) <> n "
                 "   OR COALESCE(array_length(p_to, 1), 0) <> n OR COALESCE(array_length(p_comments, 1), 0) <> n "
                 "   OR COALESCE(array_length(p_changes, 1), 0) <> n THEN "
                 "  RAISE EXCEPTION 'wp_append_item_history_batch: arrays of different lengths' USING ERRCODE = "
                 "'22023'; "
                 "END IF; "
                 "IF v_role = 'unit' THEN "
                 "  SELECT x.item INTO v_bad FROM unnest(p_items) x(item) JOIN items i ON i.id = x.item "
                 "  WHERE i.lead_unit_id IS DISTINCT FROM wp_my_unit() LIMIT 1; "
                 "ELSIF v_role = 'leader' THEN "
                 "  SELECT x.item INTO v_bad FROM unnest(p_items) x(item) JOIN items i ON i.id = x.item "
                 "  WHERE NOT wp_leader_covers(i.lead_unit_id) LIMIT 1; "
                 "END IF; "
                 "IF v_bad IS NOT NULL THEN "
                 "  RAISE EXCEPTION 'nội dung % thuộc đơn vị khác', v_bad USING ERRCODE = '42501'; "
                 "END IF; "
                 "PERFORM pg_advisory_xact_lock(%1); "
                 "SELECT h.id, h.hash INTO v_id, v_prev FROM item_history h ORDER BY h.id DESC LIMIT 1; "
                 "IF v_id IS NULL THEN v_id := 0; v_prev := repeat('0', 64); END IF; "
                 "v_first := v_id + 1; "
                 "v_at_text := to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); "
                 "v_fixed := wp_chain_column(v_at_text) || wp_chain_column(v_user); "
                 "v_parts := ARRAY(SELECT convert_to(wp_chain_column(u.item::text) || v_fixed || "
                 "wp_chain_column(u.kind) "
                 "  || wp_chain_column(u.f) || wp_chain_column(u.t) || wp_chain_column(u.c) || wp_chain_column(u.ch), "
                 "  'UTF8') FROM unnest(p_items, p_kinds, p_from, p_to, p_comments, p_changes) WITH ORDINALITY AS "
                 "  u(item, kind, f, t, c, ch, o) ORDER BY u.o); "
                 // Only the id and the link are left for the loop (the columns between them hashed as
                 // bytes made above, all at once): the same bytes wp_chain_column makes of them.
                 "FOR r IN 1..n LOOP "
                 "  v_id := v_id + 1; "
                 "  v_prevs[r] := v_prev; "
                 "  v_prev := encode(sha256(convert_to(length(v_id::text) || ':' || v_id, 'UTF8') || v_parts[r] || "
                 "    convert_to(octet_length(v_prev) || ':' || v_prev, 'UTF8')), 'hex'); "
                 "  v_hashes[r] := v_prev; "
                 "END LOOP; "
                 "INSERT INTO item_history(id, item_id, at, login, kind, from_status, to_status, comment, changes, "
                 "  prev_hash, hash) SELECT v_first + u.o - 1, u.item, v_at, v_user, u.kind, u.f, u.t, u.c, u.ch, "
                 "  u.pv, u.hh FROM unnest(p_items, p_kinds, p_from, p_to, p_comments, p_changes, v_prevs, v_hashes) "
                 "  WITH ORDINALITY AS u(item, kind, f, t, c, ch, pv, hh, o); "
                 "INSERT INTO meta(key, value) VALUES ('history_head', v_prev) "
                 "  ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value; "
                 "RETURN QUERY SELECT v_first, v_id, v_at_text, v_user, v_prev; END $$")
                 .arg(Database::ApplicationId)
      << QStringLiteral("REVOKE ALL ON FUNCTION wp_append_item_history_batch(bigint[], text[], text[], text[], "
                        "text[], text[]) FROM PUBLIC")
      << QStringLiteral("GRANT EXECUTE ON FUNCTION wp_append_item_history_batch(bigint[], text[], text[], text[], "
                        "text[], text[]) TO %1")
             .arg(all)
      << QStringLiteral("REVOKE ALL ON FUNCTION wp_append_item_history(bigint, text, text, text, text, text) FROM "
                        "PUBLIC")
      << QStringLiteral("GRANT EXECUTE ON FUNCTION wp_append_item_history(bigint, text, text, text, text, text) TO %1")
             .arg(all);
    // Row-level security: everybody reads; the writes each role may make, the author always the
    // connected role. The owner (who ran server-init) is not bound by them.
    const auto policy = [&](const QString& table, const QString& name, const QString& rest) {
        s << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table)
          << QStringLiteral("CREATE POLICY %1 ON %2 %3").arg(name, table, rest);
    };
    for (const QString& table : {QStringLiteral("items"), QStringLiteral("item_co_units"), QStringLiteral("programs"),
                                 QStringLiteral("program_history"), QStringLiteral("snapshots"),
                                 QStringLiteral("audit_log"), QStringLiteral("users"), QStringLiteral("meta")}) {
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        policy(table, QStringLiteral("wp_read"), QStringLiteral("FOR SELECT TO %1 USING (true)").arg(all));
    }
    policy(QStringLiteral("items"), QStringLiteral("wp_staff"),
           QStringLiteral("FOR ALL TO %1 USING (true) WITH CHECK (true)").arg(staff));
    policy(QStringLiteral("items"), QStringLiteral("wp_unit_insert"),
           QStringLiteral("FOR INSERT TO %1 WITH CHECK (lead_unit_id = wp_my_unit())").arg(unit));
    // USING (true): a unit's update or delete of another unit's item reaches the guard trigger,
    // which refuses it loudly, instead of silently matching no row.
    policy(QStringLiteral("items"), QStringLiteral("wp_unit_update"),
           QStringLiteral("FOR UPDATE TO %1 USING (true) WITH CHECK (lead_unit_id = wp_my_unit())").arg(unit));
    policy(QStringLiteral("items"), QStringLiteral("wp_unit_delete"),
           QStringLiteral("FOR DELETE TO %1 USING (true)").arg(unit));
    policy(QStringLiteral("programs"), QStringLiteral("wp_staff"),
           QStringLiteral("FOR ALL TO %1 USING (true) WITH CHECK (true)").arg(officeLeader));
    policy(QStringLiteral("programs"), QStringLiteral("wp_unit_opens"),
           QStringLiteral("FOR INSERT TO %1 WITH CHECK (state = 'collecting' AND sample = 0)").arg(unit));
    const QString ownItem =
        QStringLiteral("EXISTS (SELECT 1 FROM items i WHERE i.id = item_id AND i.lead_unit_id = wp_my_unit())");
    policy(QStringLiteral("item_co_units"), QStringLiteral("wp_staff"),
           QStringLiteral("FOR ALL TO %1 USING (true) WITH CHECK (true)").arg(staff));
    policy(QStringLiteral("item_co_units"), QStringLiteral("wp_unit"),
           QStringLiteral("FOR ALL TO %1 USING (%2) WITH CHECK (%2)").arg(unit, ownItem));
    for (const QString& table :
         {QStringLiteral("program_history"), QStringLiteral("snapshots"), QStringLiteral("audit_log")})
        policy(table, QStringLiteral("wp_append"),
               QStringLiteral("FOR INSERT TO %1 WITH CHECK (login = session_user)").arg(all));
    policy(QStringLiteral("users"), QStringLiteral("wp_admin"),
           QStringLiteral("FOR ALL TO %1 USING (true) WITH CHECK (true)").arg(admin));
    policy(QStringLiteral("users"), QStringLiteral("wp_own_password"),
           QStringLiteral("FOR UPDATE TO %1 USING (login = session_user) WITH CHECK (login = session_user)").arg(all));
    const QString heads = QStringLiteral("key IN ('program_history_head', 'audit_head')");
    policy(QStringLiteral("meta"), QStringLiteral("wp_heads_insert"),
           QStringLiteral("FOR INSERT TO %1 WITH CHECK (%2)").arg(all, heads));
    policy(QStringLiteral("meta"), QStringLiteral("wp_heads_update"),
           QStringLiteral("FOR UPDATE TO %1 USING (%2) WITH CHECK (%2)").arg(all, heads));
    return s;
}

} // namespace

bool serverRulesOn(QSqlDatabase& db)
{
    // Any version: a database whose rules are older than this build's still has them (server-init
    // brings it up to date); what came later is asked for on its own (serverHistoryBatches).
    return isPostgres(db) && !metaValue(db, rulesKey).isEmpty();
}

bool serverHistoryBatches(QSqlDatabase& db)
{
    return isPostgres(db) && metaValue(db, rulesKey).toInt() >= 2;
}

QString sessionLogin(QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("SELECT session_user::text"));
}

QString connectedLogin(Database& db)
{
    return db.backend() == Database::Backend::Postgres ? sessionLogin(db.connection()) : QString();
}

QString groupRoleName(Database& db, const QString& roleKey)
{
    return scalar(db.connection(), QStringLiteral("SELECT current_database()::text")) + QLatin1Char('_') + roleKey;
}

bool hasServerRules(Database& db)
{
    return serverRulesOn(db.connection());
}

QString tableOwnerConnected(Database& db)
{
    if (db.backend() != Database::Backend::Postgres)
        return QString();
    return scalar(db.connection(), QStringLiteral("SELECT session_user::text FROM pg_tables WHERE schemaname = "
                                                  "current_schema() AND tablename = 'items' AND tableowner = "
                                                  "session_user"));
}

QStringList installServerRules(Database& database)
{
    QSqlDatabase& db = database.connection();
    if (!isPostgres(db))
        throw StorageError(QCoreApplication::translate("wp::storage", "server-init chỉ dùng cho cơ sở dữ liệu trên "
                                                                      "máy chủ PostgreSQL (--db postgresql://…)"),
                           StorageError::Kind::CantOpen);
    const QString name = scalar(db, QStringLiteral("SELECT current_database()::text"));
    const QString schema = scalar(db, QStringLiteral("SELECT current_schema()::text"));
    Transaction tx(database);
    for (const QString& sql : rulesScript(name, schema))
        runDirect(db, sql);
    // The program's people whose login roles exist on the cluster join this database's group of
    // their role: nothing on a fresh database; after a restore under another name, the restored
    // accounts work on the new database (their old groups are another database's).
    QStringList grants;
    {
        QSqlQuery q = prepare(db, QStringLiteral("SELECT u.login, u.role FROM users u JOIN pg_roles r ON r.rolname = "
                                                 "u.login WHERE u.active = 1 AND NOT r.rolsuper"));
        exec(q);
        while (q.next())
            if (roleKeys().contains(q.value(1).toString()))
                grants.append(
                    QStringLiteral("GRANT %1 TO %2")
                        .arg(ident(name + QLatin1Char('_') + q.value(1).toString()), ident(q.value(0).toString())));
    }
    for (const QString& sql : grants)
        runDirect(db, sql);
    setMetaValue(db, rulesKey, rulesVersion);
    tx.commit();
    QStringList groups;
    for (const QString& key : roleKeys())
        groups.append(name + QLatin1Char('_') + key);
    return groups;
}

void createLoginRole(QSqlDatabase& db, const QString& login, const QString& roleKey, const QString& password)
{
    const QString group = scalar(db, QStringLiteral("SELECT current_database()::text")) + QLatin1Char('_') + roleKey;
    // An administrator manages the other people's roles: CREATEROLE (never superuser).
    runFormatted(db,
                 roleKey == QLatin1String("admin") ? QStringLiteral("CREATE ROLE %I LOGIN CREATEROLE PASSWORD %L IN "
                                                                    "ROLE %I")
                                                   : QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I"),
                 {login, password, group});
}

void setLoginPassword(QSqlDatabase& db, const QString& login, const QString& password)
{
    runFormatted(db, QStringLiteral("ALTER ROLE %I PASSWORD %L"), {login, password});
}

void setLoginEnabled(QSqlDatabase& db, const QString& login, bool enabled)
{
    runFormatted(db, enabled ? QStringLiteral("ALTER ROLE %I LOGIN") : QStringLiteral("ALTER ROLE %I NOLOGIN"),
                 {login});
}

ServerHistoryRow appendHistoryOnServer(QSqlDatabase& db, qint64 itemId, const QString& kind, const QVariant& from,
                                       const QVariant& to, const QVariant& comment, const QVariant& changes)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT id, at, login, prev_hash, hash FROM "
                                             "wp_append_item_history(?, ?, ?, ?, ?, ?)"));
    exec(q, {itemId, kind, from, to, comment, changes});
    ServerHistoryRow row;
    if (q.next()) {
        row.id = q.value(0).toLongLong();
        row.at = q.value(1).toString();
        row.login = q.value(2).toString();
        row.prevHash = q.value(3).toString();
        row.hash = q.value(4).toString();
    }
    return row;
}

} // namespace wp::storage
