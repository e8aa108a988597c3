#include "jsonreader.h"

#include "workprogram/io/columns.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wp::io {
namespace {
Cell textCell(const QString& s)
{
    Cell c;
    c.type = s.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
    c.text = s;
    return c;
}
} // namespace

std::unique_ptr<JsonReader> JsonReader::open(const QString& path, ReadError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReadError{0, -1, tr("không mở được tệp: %1").arg(file.errorString())};
        return nullptr;
    }
    if (file.size() > 512LL * 1024 * 1024) {
        *error = ReadError{0, -1, tr("tệp JSON quá lớn")};
        return nullptr;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = ReadError{
            0, -1, tr("tệp JSON không hợp lệ: %1 (vị trí %2)").arg(parseError.errorString()).arg(parseError.offset)};
        return nullptr;
    }
    QJsonArray items = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("items")).toArray();
    if (!doc.isArray() && !doc.object().value(QStringLiteral("items")).isArray()) {
        *error = ReadError{0, -1, tr("tệp JSON phải là một mảng các nội dung công việc hoặc có khóa \"items\"")};
        return nullptr;
    }
    auto reader = std::make_unique<JsonReader>();
    Row header;
    header.number = 0;
    for (Field f : FieldInfo::all())
        header.cells.append(textCell(FieldInfo::jsonKey(f)));
    reader->m_rows.append(header);
    int n = 0;
    for (const QJsonValue& v : items) {
        ++n;
        Row row;
        row.number = n;
        const QJsonObject o = v.toObject();
        for (Field f : FieldInfo::all()) {
            const QJsonValue value = o.value(FieldInfo::jsonKey(f));
            QString s;
            if (value.isArray()) {
                QStringList parts;
                for (const QJsonValue& p : value.toArray())
                    parts.append(p.toString());
                s = parts.join(QStringLiteral("; "));
            } else if (value.isDouble()) {
                s = QString::number(value.toDouble(), 'g', 15);
            } else {
                s = value.toString();
            }
            // Co-operation kept as a phrase is exported beside the units' names.
            if (f == Field::CoUnits) {
                const QString phrase = o.value(QStringLiteral("co_units_text")).toString();
                if (!phrase.isEmpty())
                    s = s.isEmpty() ? phrase : s + QStringLiteral("; ") + phrase;
            }
            row.cells.append(textCell(s));
        }
        reader->m_rows.append(row);
    }
    return reader;
}

bool JsonReader::next(Row& row)
{
    if (m_next >= m_rows.size())
        return false;
    row = m_rows.at(m_next++);
    return true;
}

} // namespace wp::io
