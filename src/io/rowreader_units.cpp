// RowInterpreter's unit cells: the lead unit, the co-units with their phrases, and what
// --create-units may create or must refuse with "có phải … không?".
#include "rowreader.h"

#include "workprogram/core/text.h"

namespace wp::io {

namespace {
/// "\"A\"" or "\"A\" hay \"B\"": the names of a suggestion.
QString quotedAlternatives(const QStringList& names)
{
    QStringList quoted;
    for (const QString& n : names)
        quoted.append(QLatin1Char('"') + n + QLatin1Char('"'));
    return quoted.join(RowInterpreter::tr(" hay "));
}
} // namespace

QStringList RowInterpreter::suggestionsFor(const QString& name)
{
    if (const auto known = m_suggestionCache.constFind(name); known != m_suggestionCache.cend())
        return *known;
    QStringList names;
    for (qint64 id : m_suggester.suggest(name))
        names.append(m_units.value(id).name);
    boundCache(m_suggestionCache);
    m_suggestionCache.insert(name, names);
    return names;
}

bool RowInterpreter::resolveUnit(const QString& name, int row, Field f, ImportPlan& plan, qint64* id, QString* newKey)
{
    const UnitMatcher::Match m = m_matcher.match(name);
    if (m.kind == UnitMatcher::Match::Kind::Found) {
        *id = m.unitId;
        return true;
    }
    if (m.kind == UnitMatcher::Match::Kind::Ambiguous) {
        QStringList names;
        for (qint64 c : m.candidates)
            names.append(m_units.value(c).name);
        error(plan, row, f,
              tr("\"%1\" có thể là nhiều đơn vị: %2; hãy ghi rõ tên").arg(name, names.join(QStringLiteral("; "))));
        return false;
    }
    const QString key = text::foldKey(name);
    if (m_newUnitIndex.contains(key)) { // created once already in this import
        *id = 0;
        *newKey = key;
        return true;
    }
    const QStringList suggestions = suggestionsFor(name);
    const QString question =
        suggestions.isEmpty() ? QString() : tr("có phải %1 không?").arg(quotedAlternatives(suggestions));
    if (!m_options.createUnits) {
        if (question.isEmpty())
            error(plan, row, f, tr("không có đơn vị \"%1\" trong danh mục đơn vị").arg(name),
                  tr("thêm bằng lệnh \"units add\" hoặc nhập với --create-units"), {},
                  tr("sửa tên trong tệp, hoặc đánh dấu \"Tạo đơn vị mới khi nhập\" ở trang đầu"));
        else
            error(plan, row, f, tr("không có đơn vị \"%1\" trong danh mục đơn vị; %2").arg(name, question),
                  tr("nếu đúng, thêm tên này cho đơn vị đó bằng lệnh \"units alias\""), suggestions);
        return false;
    }
    // --create-units makes units only of what can be a unit's name, and not of a near-duplicate.
    QString why;
    switch (UnitSuggester::notAName(name)) {
    case UnitSuggester::NotAName::Number:
        why = tr("đây là một con số, không phải tên đơn vị");
        break;
    case UnitSuggester::NotAName::Date:
        why = tr("đây là một ngày tháng, không phải tên đơn vị");
        break;
    case UnitSuggester::NotAName::Generic:
        why = tr("đây là một từ chung, không phải tên một đơn vị (có thể là phần còn lại của một cụm bị tách ở dấu "
                 "phẩy)");
        break;
    case UnitSuggester::NotAName::Phrase:
        why = tr("đây là một cụm chỉ nhiều đơn vị, không phải tên một đơn vị");
        break;
    case UnitSuggester::NotAName::No:
        break;
    }
    if (!why.isEmpty()) {
        error(plan, row, f,
              tr("không tạo đơn vị mới từ \"%1\": %2").arg(name, why) +
                  (question.isEmpty() ? QString() : QStringLiteral("; ") + question),
              QString(), suggestions);
        return false;
    }
    if (!question.isEmpty()) {
        error(plan, row, f, tr("không tạo đơn vị mới \"%1\": %2").arg(name, question),
              tr("nếu đúng, ghi tên như trong danh mục hoặc thêm tên này bằng lệnh \"units alias\"; nếu thật là "
                 "đơn vị mới, thêm bằng lệnh \"units add\""),
              suggestions, tr("nếu đúng, ghi tên như trong danh mục"));
        return false;
    }
    Unit u;
    u.name = name.simplified();
    m_newUnitIndex.insert(key, int(plan.newUnits.size()));
    plan.newUnits.append(u);
    *id = 0;
    *newKey = key;
    return true;
}

void RowInterpreter::readLead(const Row& row, PlannedItem& p, ImportPlan& plan)
{
    Item& it = p.item;
    const QString lead = cellText(row, Field::LeadUnit);
    if (lead.isEmpty() && m_headingUnit) {
        it.leadUnitId = m_headingUnit;
        return;
    }
    if (const auto known = m_leadCache.constFind(lead); known != m_leadCache.cend()) {
        it.leadUnitId = *known;
        return;
    }
    if (lead.isEmpty()) {
        error(plan, row.number, Field::LeadUnit, tr("thiếu cơ quan chủ trì"));
        return;
    }
    const QVector<UnitMatcher::Part> parts = m_matcher.splitParts(lead);
    const bool found = m_matcher.match(lead).kind == UnitMatcher::Match::Kind::Found;
    if (!found && parts.size() == 1 && parts.first().phrase) {
        error(plan, row.number, Field::LeadUnit,
              tr("\"%1\" không phải tên một đơn vị: cơ quan chủ trì phải là một đơn vị trong danh mục; ghi các đơn vị "
                 "khác vào cột cơ quan phối hợp")
                  .arg(lead));
        return;
    }
    if (parts.size() > 1 && !found) {
        QStringList names;
        for (const UnitMatcher::Part& part : parts)
            names.append(part.text);
        error(plan, row.number, Field::LeadUnit,
              tr("mỗi nội dung chỉ có một cơ quan chủ trì, ở đây có %1: %2; ghi các đơn vị còn lại vào cột "
                 "cơ quan phối hợp")
                  .arg(names.size())
                  .arg(names.join(QStringLiteral("; "))));
        return;
    }
    if (resolveUnit(lead, row.number, Field::LeadUnit, plan, &it.leadUnitId, &p.newLeadUnit) && it.leadUnitId) {
        boundCache(m_leadCache);
        m_leadCache.insert(lead, it.leadUnitId);
    }
}

void RowInterpreter::readCoUnits(const Row& row, PlannedItem& p, ImportPlan& plan)
{
    Item& it = p.item;
    const QString coUnits = cellText(row, Field::CoUnits);
    const auto addCoUnit = [&it](qint64 id) {
        if (id != it.leadUnitId && !it.coUnitIds.contains(id))
            it.coUnitIds.append(id);
    };
    if (const auto known = m_coUnitsCache.constFind(coUnits); known != m_coUnitsCache.cend()) {
        for (qint64 id : known->ids)
            addCoUnit(id);
        it.coUnitsText = known->text;
        return;
    }
    CoUnitsCell resolved;
    QStringList phrases;
    bool allFound = true;
    for (const UnitMatcher::Part& part : m_matcher.splitParts(coUnits)) {
        if (part.phrase) {
            // Kept as written, reported once per phrase; the units named beside it still count.
            phrases.append(part.text);
            const QString key = text::foldKey(part.text);
            if (!m_phrasesSeen.contains(key)) {
                if (m_phrasesSeen.size() < MaxCachedCells)
                    m_phrasesSeen.insert(key);
                plan.result.addWarning(ImportIssue(
                    row.number, columnName(Field::CoUnits),
                    tr("\"%1\" không phải tên một đơn vị trong danh mục: giữ nguyên làm chữ ở cột cơ quan phối hợp")
                        .arg(part.text),
                    m_header.map[Field::CoUnits], IssueKind::CoPhrase));
            }
            continue;
        }
        qint64 id = 0;
        QString key;
        if (!resolveUnit(part.text, row.number, Field::CoUnits, plan, &id, &key)) {
            allFound = false;
            continue;
        }
        if (id) {
            resolved.ids.append(id);
            addCoUnit(id);
        } else {
            allFound = false;
            if (key != p.newLeadUnit && !p.newCoUnits.contains(key))
                p.newCoUnits.append(key);
        }
    }
    resolved.text = phrases.join(QStringLiteral("; "));
    it.coUnitsText = resolved.text;
    if (allFound) {
        boundCache(m_coUnitsCache);
        m_coUnitsCache.insert(coUnits, resolved);
    }
}

} // namespace wp::io
