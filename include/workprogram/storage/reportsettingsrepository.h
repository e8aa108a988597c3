#pragma once

#include "workprogram/core/program.h"
#include "workprogram/storage/database.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wp::storage {

/// Who issues and signs a program's printed reports (Nghị định 30/2020 header and signature
/// blocks). Names are data, never code: the defaults come from the Program, the rest is
/// edited by the user and kept per program.
struct ReportSettings
{
    QString parentBody;      ///< "UBND THÀNH PHỐ HÀ NỘI"
    QString issuingBody;     ///< "ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM"
    QString place;           ///< "Nam Từ Liêm", for the place-and-date line
    QString signerAuthority; ///< "KT. CHỦ TỊCH" (empty when the head signs in person)
    QString signerTitle;     ///< "PHÓ CHỦ TỊCH"
    QString signerName;      ///< left empty until known: the name line stays blank
    QStringList recipients;  ///< "Nơi nhận" lines without the leading "- "
    QString documentNumber;  ///< "15/BC-UBND"; empty leaves the number blank for the clerk

    /// Settings derived from @p program alone: its bodies, the place named in the issuing body
    /// ("... QUẬN NAM TỪ LIÊM" gives "Nam Từ Liêm"), a Vice-Chairman signing for the Chairman.
    static ReportSettings defaultsFor(const Program& program);

    QJsonObject toJson() const;
    /// Reads the keys present in @p json over @p base, so that fields added later keep their
    /// defaults in settings saved earlier.
    static ReportSettings fromJson(const QJsonObject& json, const ReportSettings& base);

    friend bool operator==(const ReportSettings& a, const ReportSettings& b) { return a.toJson() == b.toJson(); }
};

/// Report settings per program, kept as JSON in the program_settings table.
class ReportSettingsRepository
{
public:
    explicit ReportSettingsRepository(Database& db) : m_db(db) {}

    /// The stored settings of @p program over its defaults (the defaults when none are stored).
    ReportSettings load(const Program& program) const;
    /// Stores @p settings for @p programId, replacing what was there.
    void save(qint64 programId, const ReportSettings& settings);
    /// Forgets the stored settings of @p programId: load() gives the defaults again.
    void reset(qint64 programId);

private:
    Database& m_db;
};

} // namespace wp::storage
