#include "workprogram/storage/reportsettingsrepository.h"

#include "sql.h"

#include "workprogram/core/adminnames.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wp::storage {
namespace {

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

} // namespace

ReportSettings ReportSettings::defaultsFor(const Program& program)
{
    ReportSettings s;
    s.parentBody = program.parentBody;
    s.issuingBody = program.issuingBody;
    s.place = adminnames::placeFrom(program.issuingBody);
    // Programs are usually signed by a Vice-Chairman for the Chairman (domain.md).
    s.signerAuthority = QCoreApplication::translate("wp::storage::ReportSettings", "KT. CHỦ TỊCH");
    s.signerTitle = QCoreApplication::translate("wp::storage::ReportSettings", "PHÓ CHỦ TỊCH");
    s.recipients = {
        QCoreApplication::translate("wp::storage::ReportSettings", "Chủ tịch, các Phó Chủ tịch;"),
        QCoreApplication::translate("wp::storage::ReportSettings", "Các cơ quan, đơn vị có tên tại báo cáo;"),
        QCoreApplication::translate("wp::storage::ReportSettings", "Lưu: VT.")};
    return s;
}

QJsonObject ReportSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("parent_body"), parentBody},
                       {QStringLiteral("issuing_body"), issuingBody},
                       {QStringLiteral("place"), place},
                       {QStringLiteral("signer_authority"), signerAuthority},
                       {QStringLiteral("signer_title"), signerTitle},
                       {QStringLiteral("signer_name"), signerName},
                       {QStringLiteral("recipients"), toArray(recipients)},
                       {QStringLiteral("document_number"), documentNumber}};
}

ReportSettings ReportSettings::fromJson(const QJsonObject& json, const ReportSettings& base)
{
    ReportSettings s = base;
    auto text = [&json](const char* key, QString& field) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isString())
            field = v.toString();
    };
    text("parent_body", s.parentBody);
    text("issuing_body", s.issuingBody);
    text("place", s.place);
    text("signer_authority", s.signerAuthority);
    text("signer_title", s.signerTitle);
    text("signer_name", s.signerName);
    text("document_number", s.documentNumber);
    const QJsonValue r = json.value(QLatin1String("recipients"));
    if (r.isArray()) {
        s.recipients.clear();
        for (const QJsonValue& line : r.toArray())
            if (line.isString())
                s.recipients.append(line.toString());
    }
    return s;
}

ReportSettings ReportSettingsRepository::load(const Program& program) const
{
    const ReportSettings defaults = ReportSettings::defaultsFor(program);
    QSqlQuery q =
        prepare(m_db.connection(), QStringLiteral("SELECT report_json FROM program_settings WHERE program_id = ?"));
    exec(q, {program.id});
    if (!q.next())
        return defaults;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    return doc.isObject() ? ReportSettings::fromJson(doc.object(), defaults) : defaults;
}

void ReportSettingsRepository::save(qint64 programId, const ReportSettings& settings)
{
    const QString json = QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
    run(m_db.connection(),
        QStringLiteral("INSERT INTO program_settings(program_id, report_json) VALUES(?, ?) "
                       "ON CONFLICT(program_id) DO UPDATE SET report_json = excluded.report_json"),
        {programId, json});
}

void ReportSettingsRepository::reset(qint64 programId)
{
    run(m_db.connection(), QStringLiteral("DELETE FROM program_settings WHERE program_id = ?"), {programId});
}

} // namespace wp::storage
