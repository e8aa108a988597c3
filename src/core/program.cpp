#include "workprogram/core/program.h"

#include <array>

namespace wp {
namespace {
struct StateNames
{
    ProgramState state;
    const char* key;
    const char* label;
};
constexpr std::array<StateNames, 5> stateNames = {{
    {ProgramState::Collecting, "collecting", QT_TRANSLATE_NOOP("wp::ProgramStateInfo", "Thu thập đề xuất")},
    {ProgramState::Drafting, "drafting", QT_TRANSLATE_NOOP("wp::ProgramStateInfo", "Tổng hợp dự thảo")},
    {ProgramState::Review, "review", QT_TRANSLATE_NOOP("wp::ProgramStateInfo", "Lãnh đạo xem xét")},
    {ProgramState::Issued, "issued", QT_TRANSLATE_NOOP("wp::ProgramStateInfo", "Đã ban hành")},
    {ProgramState::Amending, "amending", QT_TRANSLATE_NOOP("wp::ProgramStateInfo", "Điều chỉnh trong năm")},
}};
} // namespace

QString ProgramStateInfo::key(ProgramState s)
{
    return QString::fromLatin1(stateNames[size_t(s)].key);
}

QString ProgramStateInfo::label(ProgramState s)
{
    return QCoreApplication::translate("wp::ProgramStateInfo", stateNames[size_t(s)].label);
}

std::optional<ProgramState> ProgramStateInfo::parse(const QString& key)
{
    for (const StateNames& n : stateNames)
        if (key == QLatin1String(n.key))
            return n.state;
    return std::nullopt;
}

QString Program::defaultTitle(int year)
{
    return QCoreApplication::translate("Program", "Chương trình công tác năm %1").arg(year);
}

} // namespace wp
