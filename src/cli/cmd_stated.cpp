// counts --stated: what the last import's file stated about itself, beside what was counted.
#include "context.h"
#include "output.h"

#include "workprogram/storage/importlog.h"
#include "workprogram/storage/unitrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wp::cli {

int countsStated(Context& c, const QString& format)
{
    auto db = c.openDb();
    const Program program = c.program(*db);
    const std::optional<storage::ImportRecord> last = storage::ImportLogRepository(*db).last(program.id);
    if (format == QLatin1String("json")) {
        QJsonObject doc{{QStringLiteral("year"), program.year}};
        if (!last) {
            doc.insert(QStringLiteral("import"), QJsonValue());
        } else {
            QHash<qint64, QString> codes;
            for (const Unit& u : storage::UnitRepository(*db).all())
                codes.insert(u.id, u.code);
            QJsonArray stated;
            for (const StatedCount& s : last->stated)
                stated.append(
                    QJsonObject{{QStringLiteral("row"), s.row},
                                {QStringLiteral("label"), s.label},
                                {QStringLiteral("unit"), s.unitId ? QJsonValue(codes.value(s.unitId)) : QJsonValue()},
                                {QStringLiteral("total"), s.total},
                                {QStringLiteral("stated"), s.stated},
                                {QStringLiteral("counted"), s.counted},
                                {QStringLiteral("difference"), s.counted - s.stated}});
            doc.insert(QStringLiteral("import"), QJsonObject{{QStringLiteral("file"), last->file},
                                                             {QStringLiteral("at"), last->at.toString(Qt::ISODate)},
                                                             {QStringLiteral("items"), last->items},
                                                             {QStringLiteral("stated"), stated}});
        }
        printJson(c.out, QJsonDocument(doc));
        return Ok;
    }
    const bool csv = format == QLatin1String("csv");
    if (!last) {
        if (csv)
            c.out << csvLine({QStringLiteral("row"), QStringLiteral("label"), QStringLiteral("stated"),
                              QStringLiteral("counted"), QStringLiteral("difference")});
        else
            c.out << Cli::tr("Chưa có lần nhập nào được ghi lại cho chương trình năm %1.").arg(program.year) << "\n";
        return Ok;
    }
    const auto difference = [](const StatedCount& s) {
        const int d = s.counted - s.stated;
        return d > 0 ? QStringLiteral("+%1").arg(d) : QString::number(d);
    };
    if (csv) {
        c.out << csvLine({QStringLiteral("row"), QStringLiteral("label"), QStringLiteral("stated"),
                          QStringLiteral("counted"), QStringLiteral("difference")});
        for (const StatedCount& s : last->stated)
            c.out << csvLine({QString::number(s.row), s.label, QString::number(s.stated), QString::number(s.counted),
                              difference(s)});
        return Ok;
    }
    c.out << Cli::tr("Lần nhập cuối của chương trình năm %1: %2, lúc %3, %4 nội dung")
                 .arg(program.year)
                 .arg(last->file, last->at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")))
                 .arg(last->items)
          << "\n";
    if (last->stated.isEmpty()) {
        c.out << Cli::tr("Tệp không ghi số nội dung nào (không có tiêu đề mục ghi số lượng, không có dòng tổng cộng).")
              << "\n";
        return Ok;
    }
    QVector<QStringList> rows;
    int mismatches = 0;
    for (const StatedCount& s : last->stated) {
        rows.append({QString::number(s.row), s.label, QString::number(s.stated), QString::number(s.counted),
                     s.matches() ? QString() : difference(s)});
        mismatches += s.matches() ? 0 : 1;
    }
    printTable(c.out,
               {Cli::tr("Dòng"), Cli::tr("Mục"), Cli::tr("Ghi trong tệp"), Cli::tr("Đếm được"), Cli::tr("Chênh lệch")},
               rows, {0, 2, 3, 4});
    c.out << (mismatches == 0 ? Cli::tr("Mọi số liệu ghi trong tệp khớp với số đếm được.")
                              : Cli::tr("%n số liệu ghi trong tệp khác số đếm được.", nullptr, mismatches))
          << "\n";
    return Ok;
}

} // namespace wp::cli
