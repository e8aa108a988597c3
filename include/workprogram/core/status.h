#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHashFunctions>
#include <QString>

#include <array>
#include <optional>

namespace wp {

/// The status of an item. Which role may move an item between statuses is the workflow's
/// business; this is the plain enumeration with its names.
enum class Status
{
    Draft,
    Proposed,
    Returned,
    InDraft,
    Approved,
    InProgress,
    Done,
    Rejected,
    Withdrawn,
};

inline size_t qHash(Status s, size_t seed = 0) noexcept
{
    return ::qHash(int(s), seed);
}

/// Names and labels of statuses.
class StatusInfo
{
    Q_DECLARE_TR_FUNCTIONS(wp::StatusInfo)

public:
    static const std::array<Status, 9>& all();
    /// Stable English key used in files, the database and the CLI: "in-draft".
    static QString key(Status s);
    /// The label a person reads, translated ("Đưa vào dự thảo").
    static QString label(Status s);
    /// Accepts the key, the Vietnamese label or the English label, ignoring case and accents.
    static std::optional<Status> parse(const QString& text);
    /// The status whose key() is exactly @p key (what the storage writes): a fast exact match.
    static std::optional<Status> fromKey(const QString& key);
    /// Done, rejected and withdrawn items are closed: they can no longer be overdue.
    static bool isClosed(Status s);
};

/// An item is overdue when it has a due date before @p today and is not closed.
/// Computed on demand, never stored.
bool isOverdue(QDate due, Status status, QDate today);

} // namespace wp
