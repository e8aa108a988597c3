#include "workprogram/core/status.h"

#include "workprogram/core/text.h"

namespace wp {
namespace {

struct StatusNames
{
    Status status;
    const char* key;
    const char* vietnamese;
    const char* english;
};

// The Vietnamese labels are fixed by the domain and are the source strings tr() translates;
// the English names are kept here too so that files written in English import.
constexpr std::array<StatusNames, 9> names = {{
    {Status::Draft, "draft", QT_TRANSLATE_NOOP("wp::StatusInfo", "Nháp"), "Draft"},
    {Status::Proposed, "proposed", QT_TRANSLATE_NOOP("wp::StatusInfo", "Đề xuất"), "Proposed"},
    {Status::Returned, "returned", QT_TRANSLATE_NOOP("wp::StatusInfo", "Yêu cầu điều chỉnh"),
     "Returned for adjustment"},
    {Status::InDraft, "in-draft", QT_TRANSLATE_NOOP("wp::StatusInfo", "Đưa vào dự thảo"), "In the draft"},
    {Status::Approved, "approved", QT_TRANSLATE_NOOP("wp::StatusInfo", "Đã phê duyệt"), "Approved"},
    {Status::InProgress, "in-progress", QT_TRANSLATE_NOOP("wp::StatusInfo", "Đang thực hiện"), "In progress"},
    {Status::Done, "done", QT_TRANSLATE_NOOP("wp::StatusInfo", "Hoàn thành"), "Done"},
    {Status::Rejected, "rejected", QT_TRANSLATE_NOOP("wp::StatusInfo", "Không đưa vào chương trình"),
     "Not included in the program"},
    {Status::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("wp::StatusInfo", "Rút khỏi chương trình"),
     "Withdrawn from the program"},
}};

const StatusNames& namesOf(Status s)
{
    return names[static_cast<size_t>(s)];
}

} // namespace

const std::array<Status, 9>& StatusInfo::all()
{
    static const std::array<Status, 9> statuses = {Status::Draft,   Status::Proposed, Status::Returned,
                                                   Status::InDraft, Status::Approved, Status::InProgress,
                                                   Status::Done,    Status::Rejected, Status::Withdrawn};
    return statuses;
}

QString StatusInfo::key(Status s)
{
    return QString::fromLatin1(namesOf(s).key);
}

QString StatusInfo::label(Status s)
{
    return QCoreApplication::translate("wp::StatusInfo", namesOf(s).vietnamese);
}

std::optional<Status> StatusInfo::fromKey(const QString& key)
{
    for (const StatusNames& n : names)
        if (key == QLatin1String(n.key))
            return n.status;
    return std::nullopt;
}

std::optional<Status> StatusInfo::parse(const QString& text)
{
    const QString k = text::foldKey(text);
    if (k.isEmpty())
        return std::nullopt;
    for (const StatusNames& n : names) {
        if (k == text::foldKey(QString::fromLatin1(n.key)) || k == text::foldKey(QString::fromUtf8(n.vietnamese)) ||
            k == text::foldKey(QString::fromLatin1(n.english)) || k == text::foldKey(label(n.status)))
            return n.status;
    }
    // Common short forms seen in office tables.
    if (k == QLatin1String("dangthuchien") || k == QLatin1String("dangtrienkhai"))
        return Status::InProgress;
    if (k == QLatin1String("dahoanthanh") || k == QLatin1String("xong"))
        return Status::Done;
    if (k == QLatin1String("dieuchinh"))
        return Status::Returned;
    if (k == QLatin1String("pheduyet"))
        return Status::Approved;
    return std::nullopt;
}

bool StatusInfo::isClosed(Status s)
{
    return s == Status::Done || s == Status::Rejected || s == Status::Withdrawn;
}

bool isOverdue(QDate due, Status status, QDate today)
{
    return due.isValid() && due < today && !StatusInfo::isClosed(status);
}

} // namespace wp
