#pragma once

// The large program the benchmarks import: rows as offices write them (the article's units as lead
// and co-units, deadlines as dates and as periods, a note on every tenth), shared by
// bench_foundation and bench_server so that their figures speak of the same table.

#include "officefile.h"

#include <QString>
#include <QVector>

#include <iterator>

namespace wp::bench {

/// @p count rows numbered 1..count.
inline QVector<test::OfficeRow> bigProgramRows(int count)
{
    const QVector<test::ArticleUnit> units = test::articleUnits();
    static const char* const periods[] = {"Quý I",        "Quý II",     "Tháng 6",       "6 tháng đầu năm", "Cả năm",
                                          "Thường xuyên", "Trước 30/6", "Tháng 11/2023", "Quý IV"};
    QVector<test::OfficeRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        test::OfficeRow r;
        r.number = QString::number(i + 1);
        r.content = QStringLiteral("Kế hoạch triển khai nhiệm vụ số %1 về quản lý đô thị, cải cách hành chính và "
                                   "chuyển đổi số trên địa bàn quận năm 2023")
                        .arg(i + 1);
        r.lead = units[i % units.size()].written;
        if (i % 3 == 0)
            r.coUnits = units[(i + 5) % units.size()].written;
        if (i % 4 == 0)
            r.deadlineSerial = 44927 + i % 365;
        else
            r.deadline = QString::fromUtf8(periods[i % std::size(periods)]);
        r.leader = QStringLiteral("PCT UBND quận");
        r.note = (i % 10 == 0) ? QStringLiteral("Ghi chú đi kèm") : QString();
        rows.append(r);
    }
    return rows;
}

} // namespace wp::bench
