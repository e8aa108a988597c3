#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace wp {

/// The step a program is at. The workflow issue adds who may move it.
enum class ProgramState
{
    Collecting, ///< collecting proposals
    Drafting,   ///< compiling the draft
    Review,     ///< under leadership review
    Issued,     ///< signed off
    Amending,   ///< amended during the year
};

class ProgramStateInfo
{
    Q_DECLARE_TR_FUNCTIONS(wp::ProgramStateInfo)

public:
    static QString key(ProgramState s);
    static QString label(ProgramState s);
    static std::optional<ProgramState> parse(const QString& key);
};

/// The work program of one year.
struct Program
{
    qint64 id = 0;
    int year = 0;
    QString title;
    QString issuingBody; ///< "ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM"
    QString parentBody;  ///< "UBND THÀNH PHỐ HÀ NỘI"
    ProgramState state = ProgramState::Collecting;
    bool sample = false; ///< demo data, not a real program

    static QString defaultTitle(int year);
};

} // namespace wp
