#pragma once

#include "workprogram/core/deadline.h"
#include "workprogram/core/status.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace wp {

/// One item of work (nội dung công việc) of a program.
struct Item
{
    qint64 id = 0;
    qint64 programId = 0;
    int number = 0; ///< STT: its number in the program
    QString content;
    qint64 leadUnitId = 0;     ///< exactly one lead unit (cơ quan chủ trì)
    QVector<qint64> coUnitIds; ///< co-operating units (cơ quan phối hợp), in the order written
    /// Co-operation written as a phrase rather than as units ("Các phòng, ban liên quan", "UBND
    /// các phường"), kept as written and shown after the co-units' names; empty when none.
    QString coUnitsText;
    Deadline deadline;
    QString leader; ///< lãnh đạo phụ trách
    QString group;  ///< nhóm nhiệm vụ
    QString form;   ///< hình thức: QĐ, KH, BC, TTr, ĐA, ...
    QString level;  ///< cấp trình: Quận ủy, HĐND, UBND, Chủ tịch/PCT
    Status status = Status::Draft;
    QString note;
    qint64 mergedInto = 0;            ///< set when the Office merged this item into another (then withdrawn)
    qint64 carriedFrom = 0;           ///< the unfinished item of last year's program this one continues
    bool deadlineNeedsReview = false; ///< carried with a calendar date: cleared when the deadline changes
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;

    bool isOverdue(QDate today) const { return wp::isOverdue(deadline.due(), status, today); }
};

} // namespace wp

// Implicitly shared Qt values and integers only: a growing QList<Item> moves items with realloc
// instead of constructing each one anew (import, model loading).
Q_DECLARE_TYPEINFO(wp::Item, Q_RELOCATABLE_TYPE);
