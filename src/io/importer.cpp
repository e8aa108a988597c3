#include "workprogram/io/importer.h"

#include "jsonreader.h"
#include "rowreader.h"

#include "workprogram/core/text.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QFileInfo>
#include <QHash>

namespace wp::io {

namespace {
constexpr int HeaderSearchRows = 60;

QString newUnitCode(const QString& name, const QSet<QString>& taken)
{
    QString code;
    for (const QString& word : text::fold(name).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (word.at(0).isLetterOrNumber())
            code.append(word.at(0).toUpper());
    if (code.isEmpty())
        code = QStringLiteral("DV");
    QString candidate = code;
    for (int i = 2; taken.contains(candidate); ++i)
        candidate = code + QString::number(i);
    return candidate;
}
} // namespace

QString ImportIssue::format(const QString& file) const
{
    QString where = file;
    if (row > 0)
        where += QLatin1Char(':') + QString::number(row);
    if (!column.isEmpty())
        where += QLatin1Char(':') + column;
    return where + QStringLiteral(": ") + message;
}

ImportPlan Importer::plan(const QString& path, const ImportOptions& options)
{
    ImportPlan plan;
    ImportResult& result = plan.result;
    ReadError openError;
    std::unique_ptr<TableReader> reader;
    const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    if (json)
        reader = JsonReader::open(path, &openError);
    else
        reader = openTable(path, options.read, &openError);
    if (!reader) {
        result.errors.append(ImportIssue{openError.row, QString(), openError.message});
        return plan;
    }

    storage::UnitRepository unitRepo(m_db);
    const QVector<Unit> units = unitRepo.all();
    std::optional<RowInterpreter> interpreter;
    std::optional<HeaderMatch> bestCandidate;
    int rowsSeen = 0;
    Row row;
    while (reader->next(row)) {
        if (interpreter) {
            interpreter->read(row, plan);
            continue;
        }
        if (++rowsSeen > HeaderSearchRows)
            break;
        QString duplicate;
        std::optional<HeaderMatch> m = HeaderMatcher::tryRow(row, &duplicate);
        if (!duplicate.isEmpty()) {
            result.errors.append(ImportIssue{row.number, QString(), duplicate});
            return plan;
        }
        if (!m)
            continue;
        if (options.columns && (m->map.has(Field::Content) || m->map.has(Field::LeadUnit)))
            m->map = *options.columns; // the user's mapping, under the header row found
        if (m->map.has(Field::Content) && m->map.has(Field::LeadUnit)) {
            result.header = *m;
            interpreter.emplace(*m, units, options,
                                !json &&
                                    QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0);
        } else if (!bestCandidate) {
            bestCandidate = m;
        }
    }
    if (reader->failed()) {
        const ReadError& e = reader->error();
        result.errors.append(
            ImportIssue{e.row, e.column >= 0 ? columnLetter(e.column) : QString(), e.message, e.column});
        return plan;
    }
    if (!interpreter) {
        if (bestCandidate) {
            QStringList missing;
            for (Field f : {Field::Content, Field::LeadUnit})
                if (!bestCandidate->map.has(f))
                    missing.append(QStringLiteral("\"%1\"").arg(FieldInfo::header(f)));
            result.errors.append(
                ImportIssue{bestCandidate->rowNumber, QString(),
                            tr("thiếu cột bắt buộc %1 trong dòng tiêu đề").arg(missing.join(tr(" và ")))});
        } else if (rowsSeen == 0) {
            result.errors.append(ImportIssue{0, QString(), tr("tệp không có dữ liệu")});
        } else {
            result.errors.append(
                ImportIssue{0, QString(),
                            tr("không tìm thấy dòng tiêu đề của bảng (cần ít nhất các cột \"%1\" và \"%2\")")
                                .arg(FieldInfo::header(Field::Content), FieldInfo::header(Field::LeadUnit))});
        }
        return plan;
    }
    if (plan.items.isEmpty() && result.errors.isEmpty())
        result.errors.append(ImportIssue{0, QString(), tr("bảng không có nội dung công việc nào")});

    // Keep the file's numbers (STT) when they are usable as they are; otherwise number anew.
    storage::ProgramRepository programs(m_db);
    QSet<int> taken;
    if (std::optional<Program> p = programs.byYear(options.year))
        taken = storage::ItemRepository(m_db).numbers(p->id);
    const QSet<int> existing = taken;
    bool keep = true;
    for (const PlannedItem& p : plan.items) {
        if (p.item.number <= 0 || taken.contains(p.item.number)) {
            keep = false;
            break;
        }
        taken.insert(p.item.number);
    }
    if (!keep) {
        int next = existing.isEmpty() ? 1 : *std::max_element(existing.begin(), existing.end()) + 1;
        for (PlannedItem& p : plan.items)
            p.item.number = next++;
        result.renumbered = !plan.items.isEmpty();
        if (result.renumbered)
            result.warnings.append(ImportIssue{0, QString(),
                                               tr("cột STT trống, trùng hoặc không phải số: các nội dung được đánh "
                                                  "số lại từ %1")
                                                   .arg(plan.items.first().item.number)});
    }

    // Items per unit, in registry order, then the new units.
    QHash<qint64, int> perUnit;
    QHash<QString, int> perNewUnit;
    for (const PlannedItem& p : plan.items) {
        if (p.newLeadUnit.isEmpty())
            perUnit[p.item.leadUnitId] += 1;
        else
            perNewUnit[p.newLeadUnit] += 1;
    }
    for (const Unit& u : units)
        if (perUnit.contains(u.id))
            result.perUnit.append({u.name, perUnit.value(u.id)});
    for (const Unit& u : plan.newUnits) {
        result.createdUnits.append(u.name);
        if (int n = perNewUnit.value(text::foldKey(u.name)))
            result.perUnit.append({u.name, n});
    }
    result.itemsAdded = int(plan.items.size());
    result.ok = result.errors.isEmpty();
    return plan;
}

void Importer::apply(ImportPlan& plan, const ImportOptions& options)
{
    storage::Transaction tx(m_db);
    storage::UnitRepository unitRepo(m_db);
    QSet<QString> codes;
    for (const Unit& u : unitRepo.all())
        codes.insert(u.code);
    QHash<QString, qint64> newIds;
    for (Unit& u : plan.newUnits) {
        u.code = newUnitCode(u.name, codes);
        codes.insert(u.code);
        u.id = unitRepo.add(u);
        newIds.insert(text::foldKey(u.name), u.id);
    }
    const Program program = storage::ProgramRepository(m_db).ensure(options.year);
    QVector<Item> items;
    items.reserve(plan.items.size());
    for (PlannedItem& p : plan.items) {
        Item& it = p.item;
        it.programId = program.id;
        if (!p.newLeadUnit.isEmpty())
            it.leadUnitId = newIds.value(p.newLeadUnit);
        for (const QString& key : p.newCoUnits) {
            const qint64 id = newIds.value(key);
            if (id != it.leadUnitId && !it.coUnitIds.contains(id))
                it.coUnitIds.append(id);
        }
        items.append(std::move(it));
    }
    storage::ItemRepository(m_db).insert(items);
    tx.commit();
    plan.result.written = true;
}

ImportResult Importer::run(const QString& path, const ImportOptions& options)
{
    ImportPlan p = plan(path, options);
    if (p.result.ok && !options.dryRun)
        apply(p, options);
    return p.result;
}

} // namespace wp::io
