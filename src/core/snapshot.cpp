#include "workprogram/core/snapshot.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wp {
namespace {

// Keys of the canonical document; changing one changes every hash: add keys, never rename.
const QString kItems = QStringLiteral("items");
const QString kYear = QStringLiteral("year");
const QString kFormat = QStringLiteral("format");
const QString kUnits = QStringLiteral("units");

/// A field kept as plain text under its key: the same table writes and reads it.
template <typename T>
struct TextField
{
    const char* key;
    QString T::*member;
};

const TextField<Item> itemTexts[] = {{"content", &Item::content}, {"leader", &Item::leader}, {"group", &Item::group},
                                     {"form", &Item::form},       {"level", &Item::level},   {"note", &Item::note}};
const TextField<Unit> unitTexts[] = {{"code", &Unit::code}, {"name", &Unit::name}, {"short_name", &Unit::shortName}};

template <typename T, size_t N>
void writeTexts(QJsonObject& o, const T& from, const TextField<T> (&fields)[N])
{
    for (const TextField<T>& f : fields)
        o.insert(QLatin1String(f.key), from.*f.member);
}

template <typename T, size_t N>
void readTexts(const QJsonObject& o, T& to, const TextField<T> (&fields)[N])
{
    for (const TextField<T>& f : fields)
        to.*f.member = o.value(QLatin1String(f.key)).toString();
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray SnapshotJson::write(int year, QVector<Item> items, const QHash<qint64, QString>& unitCodes)
{
    return write(year, std::move(items), unitCodes, {});
}

QByteArray SnapshotJson::write(int year, QVector<Item> items, const QHash<qint64, QString>& unitCodes,
                               QVector<Unit> units)
{
    std::sort(items.begin(), items.end(),
              [](const Item& a, const Item& b) { return a.number != b.number ? a.number < b.number : a.id < b.id; });
    QJsonArray array;
    for (const Item& it : items) {
        QJsonArray coIds;
        QJsonArray coCodes;
        for (qint64 id : it.coUnitIds) {
            coIds.append(id);
            coCodes.append(unitCodes.value(id));
        }
        // QJsonObject keeps its keys sorted, which makes the output canonical.
        QJsonObject o{
            {QStringLiteral("id"), it.id},
            {QStringLiteral("number"), it.number},
            {QStringLiteral("lead_unit_id"), it.leadUnitId},
            {QStringLiteral("lead_unit"), unitCodes.value(it.leadUnitId)},
            {QStringLiteral("co_unit_ids"), coIds},
            {QStringLiteral("co_units"), coCodes},
            {QStringLiteral("deadline"), it.deadline.text()},
            {QStringLiteral("deadline_kind"), Deadline::kindKey(it.deadline.kind())},
            {QStringLiteral("due_date"), dateText(it.deadline.due())},
            {QStringLiteral("status"), StatusInfo::key(it.status)},
            {QStringLiteral("merged_into"), it.mergedInto},
        };
        writeTexts(o, it, itemTexts);
        // Only when there is one, so that snapshots of items without it keep their bytes and hash.
        if (!it.coUnitsText.isEmpty())
            o.insert(QStringLiteral("co_units_text"), it.coUnitsText);
        array.append(o);
    }
    QJsonObject doc{{kFormat, 1}, {kYear, year}, {kItems, array}};
    // Only when given, so that a snapshot written without them keeps its bytes and hash.
    if (!units.isEmpty()) {
        std::sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) { return a.id < b.id; });
        QJsonArray unitArray;
        for (const Unit& u : units) {
            QJsonObject o{{QStringLiteral("id"), u.id}};
            writeTexts(o, u, unitTexts);
            unitArray.append(o);
        }
        doc.insert(kUnits, unitArray);
    }
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

std::optional<QVector<Item>> SnapshotJson::read(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value(kItems).isArray())
        return std::nullopt;
    QVector<Item> items;
    for (const QJsonValue v : doc.object().value(kItems).toArray()) {
        const QJsonObject o = v.toObject();
        Item it;
        it.id = o.value(QStringLiteral("id")).toInteger();
        it.number = o.value(QStringLiteral("number")).toInt();
        readTexts(o, it, itemTexts);
        it.leadUnitId = o.value(QStringLiteral("lead_unit_id")).toInteger();
        for (const QJsonValue id : o.value(QStringLiteral("co_unit_ids")).toArray())
            it.coUnitIds.append(id.toInteger());
        it.coUnitsText = o.value(QStringLiteral("co_units_text")).toString();
        it.deadline = Deadline(o.value(QStringLiteral("deadline")).toString(),
                               QDate::fromString(o.value(QStringLiteral("due_date")).toString(), Qt::ISODate),
                               Deadline::kindFromKey(o.value(QStringLiteral("deadline_kind")).toString()));
        const std::optional<Status> status = StatusInfo::fromKey(o.value(QStringLiteral("status")).toString());
        if (!status)
            return std::nullopt;
        it.status = *status;
        it.mergedInto = o.value(QStringLiteral("merged_into")).toInteger();
        items.append(it);
    }
    return items;
}

QHash<qint64, Unit> SnapshotJson::readUnits(const QByteArray& json)
{
    QHash<qint64, Unit> units;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    for (const QJsonValue v : doc.object().value(kUnits).toArray()) {
        const QJsonObject o = v.toObject();
        Unit u;
        u.id = o.value(QStringLiteral("id")).toInteger();
        readTexts(o, u, unitTexts);
        if (u.id != 0)
            units.insert(u.id, u);
    }
    return units;
}

QString SnapshotJson::sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace wp
