#include "workprogram/io/exporter.h"
#include "workprogram/storage/database.h"

#include "jsonwriter.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

#include <stdexcept>

namespace wp::io {

Exporter::Exporter(QVector<Item> items, const QVector<Unit>& units)
    : Exporter(
          [items = std::move(items)](const ItemVisitor& visit) {
              for (const Item& it : items)
                  visit(it);
          },
          units)
{}

Exporter::Exporter(ItemSource items, const QVector<Unit>& units) : m_items(std::move(items)), m_units(units)
{
    for (const Unit& u : units)
        m_unitNames.insert(u.id, u.name);
}

QString Exporter::unitName(qint64 id) const
{
    return m_unitNames.value(id);
}

QStringList Exporter::row(const Item& item) const
{
    QStringList coUnits;
    for (qint64 id : item.coUnitIds)
        coUnits.append(unitName(id));
    if (!item.coUnitsText.isEmpty())
        coUnits.append(item.coUnitsText); // as written: "Các phòng, ban liên quan"
    return {QString::number(item.number),
            item.content,
            unitName(item.leadUnitId),
            coUnits.join(QStringLiteral("; ")),
            item.deadline.text(),
            item.leader,
            item.group,
            item.form,
            item.level,
            StatusInfo::label(item.status),
            item.note};
}

QString Exporter::protectFormula(const QString& value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.at(0)))
        return QLatin1Char('\'') + value;
    return value;
}

namespace {
QByteArray csvField(const QString& value)
{
    QString v = Exporter::protectFormula(value);
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char(';'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}
} // namespace

void Exporter::writeCsv(QIODevice& out) const
{
    // A BOM so that Excel opens the UTF-8 file with its Vietnamese intact.
    out.write("\xEF\xBB\xBF");
    QByteArray line;
    for (Field f : FieldInfo::all()) {
        if (!line.isEmpty())
            line += ',';
        line += csvField(FieldInfo::header(f));
    }
    out.write(line + "\r\n");
    m_items([&](const Item& it) {
        line.clear();
        const QStringList cells = row(it);
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                line += ',';
            line += csvField(cells.at(i));
        }
        out.write(line + "\r\n");
    });
}

namespace {

/// One item as the JSON object `items --format json` has always written. The members come in
/// the order QJsonObject kept them (sorted by key), which is what the bytes were.
void writeItem(JsonWriter& w, const Item& it, const QHash<qint64, QString>& unitNames)
{
    w.beginObject();
    w.key(QStringLiteral("co_units"));
    w.beginArray();
    for (qint64 id : it.coUnitIds)
        w.value(unitNames.value(id));
    w.endArray();
    if (!it.coUnitsText.isEmpty()) { // sorted after "co_units": only when a phrase was kept as written
        w.member(QStringLiteral("co_units_text"), it.coUnitsText);
    }
    w.member(QStringLiteral("content"), it.content);
    w.member(QStringLiteral("deadline"), it.deadline.text());
    w.key(QStringLiteral("due_date"));
    if (it.deadline.hasDueDate())
        w.value(it.deadline.due().toString(Qt::ISODate));
    else
        w.null();
    w.member(QStringLiteral("form"), it.form);
    w.member(QStringLiteral("group"), it.group);
    w.member(QStringLiteral("id"), it.id);
    w.member(QStringLiteral("lead_unit"), unitNames.value(it.leadUnitId));
    w.member(QStringLiteral("leader"), it.leader);
    w.member(QStringLiteral("level"), it.level);
    w.member(QStringLiteral("note"), it.note);
    w.member(QStringLiteral("number"), it.number);
    w.member(QStringLiteral("status"), StatusInfo::key(it.status));
    w.endObject();
}

} // namespace

void Exporter::writeJsonItems(QIODevice& out) const
{
    JsonWriter w(out);
    w.beginArray();
    m_items([&](const Item& it) { writeItem(w, it, m_unitNames); });
    w.endArray();
}

void Exporter::writeJson(QIODevice& out, const QJsonObject& program) const
{
    JsonWriter w(out);
    const QString items = QStringLiteral("items");
    bool itemsWritten = false;
    const auto writeItems = [&] {
        w.key(items);
        w.beginArray();
        m_items([&](const Item& it) { writeItem(w, it, m_unitNames); });
        w.endArray();
        itemsWritten = true;
    };
    // The program's members and "items" in key order, as one QJsonObject held them.
    w.beginObject();
    for (auto it = program.begin(); it != program.end(); ++it) {
        if (it.key() == items)
            continue;
        if (!itemsWritten && items < it.key())
            writeItems();
        w.key(it.key());
        w.value(it.value());
    }
    if (!itemsWritten)
        writeItems();
    w.endObject();
}

QString Exporter::writeFile(const QString& path, const QString& title, const QJsonObject& program) const
{
    if (storage::Database::isOpenDatabaseFile(path))
        return tr("%1 là tệp cơ sở dữ liệu đang mở: không ghi đè lên nó được").arg(path);
    const QString suffix = path.section(QLatin1Char('.'), -1).toLower();
    if (suffix == QLatin1String("xlsx")) {
        try {
            writeXlsx(path, title);
        } catch (const ExportError& e) {
            return QString::fromUtf8(e.what());
        }
        return QString();
    }
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json"))
        return tr("không biết ghi tệp \"%1\": hãy dùng đuôi .xlsx, .csv hoặc .json").arg(path);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return tr("không ghi được tệp %1: %2").arg(path, f.errorString());
    if (suffix == QLatin1String("csv"))
        writeCsv(f);
    else
        writeJson(f, program);
    if (!f.commit())
        return tr("không ghi được tệp %1: %2").arg(path, f.errorString());
    return QString();
}

} // namespace wp::io
