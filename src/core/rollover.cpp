#include "workprogram/core/rollover.h"

#include <QRegularExpression>

namespace wp {

CarriedDeadline Rollover::carry(const Deadline& d, int fromYear, int toYear)
{
    switch (d.kind()) {
    case Deadline::Kind::None:
    case Deadline::Kind::Ongoing:
    case Deadline::Kind::Recurring:
        return {d, false};
    case Deadline::Kind::Date:
        return {d, true};
    case Deadline::Kind::Before:
    case Deadline::Kind::Month:
    case Deadline::Kind::Quarter:
    case Deadline::Kind::Half:
    case Deadline::Kind::Year:
        break;
    }
    QString text = d.text();
    text.replace(QRegularExpression(QStringLiteral("(?<!\\d)%1(?!\\d)").arg(fromYear)), QString::number(toYear));
    if (const std::optional<Deadline> moved = Deadline::parse(text, toYear))
        return {*moved, false};
    return {d, true};
}

} // namespace wp
