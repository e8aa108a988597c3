#include "workprogram/io/exporter.h"
#include "workprogram/storage/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <stdexcept>

namespace wp::io {

Exporter::Exporter(QVector<Item> items, const QVector<Unit>& units) : m_items(std::move(items)), m_units(units)
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

QJsonArray Exporter::json() const
{
    QJsonArray array;
    for (const Item& it : m_items) {
        QJsonArray coUnits;
        for (qint64 id : it.coUnitIds)
            coUnits.append(unitName(id));
        QJsonObject o;
        o.insert(QStringLiteral("id"), it.id);
        o.insert(QStringLiteral("number"), it.number);
        o.insert(QStringLiteral("content"), it.content);
        o.insert(QStringLiteral("lead_unit"), unitName(it.leadUnitId));
        o.insert(QStringLiteral("co_units"), coUnits);
        o.insert(QStringLiteral("deadline"), it.deadline.text());
        o.insert(QStringLiteral("due_date"), it.deadline.hasDueDate()
                                                 ? QJsonValue(it.deadline.due().toString(Qt::ISODate))
                                                 : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("leader"), it.leader);
        o.insert(QStringLiteral("group"), it.group);
        o.insert(QStringLiteral("form"), it.form);
        o.insert(QStringLiteral("level"), it.level);
        o.insert(QStringLiteral("status"), StatusInfo::key(it.status));
        o.insert(QStringLiteral("note"), it.note);
        array.append(o);
    }
    return array;
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
    for (const Item& it : m_items) {
        line.clear();
        const QStringList cells = row(it);
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                line += ',';
            line += csvField(cells.at(i));
        }
        out.write(line + "\r\n");
    }
}

void Exporter::writeJson(QIODevice& out, const QJsonObject& program) const
{
    QJsonObject doc = program;
    doc.insert(QStringLiteral("items"), json());
    out.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
}

QString Exporter::writeFile(const QString& path, const QString& title, const QJsonObject& program) const
{
    if (storage::Database::isOpenDatabaseFile(path))
        return tr("%1 là tệp cơ sở dữ liệu đang mở: không ghi đè lên nó được").arg(path);
    const QString suffix = path.section(QLatin1Char('.'), -1).toLower();
    if (suffix == QLatin1String("xlsx")) {
        try {
            writeXlsx(path, title);
        } catch (const std::runtime_error& e) {
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
