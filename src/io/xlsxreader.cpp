#include "xlsxreader.h"

#include "xlsxsheet.h"

#include <QCoreApplication>

namespace wp::io {

using namespace xlsx;

namespace {

const Relationship* findById(const QVector<Relationship>& relationships, const QString& id)
{
    for (const Relationship& r : relationships)
        if (r.id == id)
            return &r;
    return nullptr;
}

/// The first part of kind @p kind, or @p fallback when the archive has it.
QString findPart(ZipArchive& zip, const QVector<Relationship>& relationships, const QString& kind,
                 const QString& fallback)
{
    for (const Relationship& r : relationships)
        if (relationKind(r).compare(kind, Qt::CaseInsensitive) == 0)
            return r.target;
    return zip.contains(fallback) ? fallback : QString();
}

QString notXlsx(const QString& reason)
{
    return QCoreApplication::translate("wp::io", "tệp không phải là tệp Excel .xlsx hợp lệ (%1)").arg(reason);
}

} // namespace

XlsxReader::XlsxReader(const ReadLimits& limits) : WorkbookReader(-1), m_limits(limits) {}

XlsxReader::~XlsxReader() = default;

std::unique_ptr<XlsxReader> XlsxReader::open(const QString& path, const ReadOptions& options, ReadError* error)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(options.limits));
    if (!reader->openWorkbook(path, error))
        return nullptr;
    const QVector<TableInfo>& tables = reader->m_tables;
    int chosen = -1;
    if (!options.sheet.isEmpty()) {
        for (int i = 0; i < tables.size() && chosen < 0; ++i)
            if (tables.at(i).name.compare(options.sheet.trimmed(), Qt::CaseInsensitive) == 0)
                chosen = i;
        if (chosen < 0) {
            QStringList quoted;
            for (const TableInfo& t : tables)
                quoted.append(QLatin1Char('"') + t.name + QLatin1Char('"'));
            *error = ReadError{0, -1,
                               QCoreApplication::translate("wp::io", "không có trang tính \"%1\"; tệp có các trang "
                                                                     "tính: %2")
                                   .arg(options.sheet, quoted.join(QStringLiteral(", ")))};
            return nullptr;
        }
    } else {
        // Chart sheets have no cells: the default is the first visible worksheet.
        for (int i = 0; i < tables.size() && chosen < 0; ++i)
            if (!tables.at(i).hidden && tables.at(i).hasCells)
                chosen = i;
        if (chosen < 0) // every sheet hidden: Excel itself would not save that, but read the first
            chosen = 0;
    }
    if (!reader->startSheet(chosen, error))
        return nullptr;
    return reader;
}

bool XlsxReader::openWorkbook(const QString& path, ReadError* error)
{
    m_zip = std::make_unique<ZipArchive>(path);
    ZipArchive& zip = *m_zip;
    // The package relationships name the workbook part; every Excel writes xl/workbook.xml.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (!checkOpened(zip, notXlsx, error) || !findOfficeDocument(zip, m_limits, &workbookPart, error))
        return false;
    if (!zip.contains(workbookPart)) {
        if (zip.contains(QStringLiteral("content.xml")) && zip.contains(QStringLiteral("mimetype"))) {
            *error = ReadError{0, -1,
                               QCoreApplication::translate("wp::io", "tệp OpenDocument (.ods) không được hỗ trợ; "
                                                                     "hãy lưu lại dưới dạng .xlsx")};
        } else {
            *error = ReadError{0, -1, notXlsx(QCoreApplication::translate("wp::io", "thiếu %1").arg(workbookPart))};
        }
        return false;
    }

    if (!readWorkbook(zip, workbookPart, m_limits, &m_workbook, error))
        return false;
    const qsizetype slash = workbookPart.lastIndexOf(QLatin1Char('/'));
    const QString baseDir = slash < 0 ? QString() : workbookPart.left(slash);
    m_prefix = baseDir.isEmpty() ? QString() : baseDir + QLatin1Char('/');
    const QString workbookRels =
        m_prefix + QStringLiteral("_rels/") + workbookPart.mid(slash + 1) + QStringLiteral(".rels");
    if (zip.contains(workbookRels) && !readRelationships(zip, workbookRels, m_limits, &m_relationships, error))
        return false;

    if (m_workbook.sheets.isEmpty()) {
        *error = ReadError{0, -1, QCoreApplication::translate("wp::io", "tệp .xlsx không có trang tính nào")};
        return false;
    }
    for (const SheetInfo& s : m_workbook.sheets) {
        const Relationship* r = findById(m_relationships, s.relationId);
        const bool chart = r && relationKind(*r).compare(QLatin1String("worksheet"), Qt::CaseInsensitive) != 0;
        TableInfo table;
        table.name = s.name;
        table.label = QCoreApplication::translate("wp::io", "trang tính \"%1\"").arg(s.name);
        table.hidden = s.hidden;
        table.hasCells = !chart;
        m_tables.append(table);
    }
    return true;
}

bool XlsxReader::readSharedParts(ReadError* error)
{
    if (m_sharedPartsRead)
        return true;
    ZipArchive& zip = *m_zip;
    const QString stringsPart =
        findPart(zip, m_relationships, QStringLiteral("sharedStrings"), m_prefix + QStringLiteral("sharedStrings.xml"));
    if (!stringsPart.isEmpty() && zip.contains(stringsPart) &&
        !readSharedStrings(zip, stringsPart, m_limits, &m_strings, error))
        return false;
    const QString stylesPart =
        findPart(zip, m_relationships, QStringLiteral("styles"), m_prefix + QStringLiteral("styles.xml"));
    if (!stylesPart.isEmpty() && zip.contains(stylesPart) &&
        !readDateStyles(zip, stylesPart, m_limits, &m_dateStyles, error))
        return false;
    m_sharedPartsRead = true;
    return true;
}

bool XlsxReader::startSheet(int index, ReadError* error)
{
    m_sheet.reset();
    m_finished = false;
    if (index < 0 || index >= m_tables.size()) {
        *error =
            ReadError{0, -1, QCoreApplication::translate("wp::io", "tệp không có trang tính thứ %1").arg(index + 1)};
        return false;
    }
    const SheetInfo& sheet = m_workbook.sheets.at(index);
    if (!m_tables.at(index).hasCells) {
        *error = ReadError{
            0, -1,
            QCoreApplication::translate("wp::io", "trang tính \"%1\" là biểu đồ, không có ô dữ liệu").arg(sheet.name)};
        return false;
    }
    const Relationship* sheetRel = findById(m_relationships, sheet.relationId);
    const QString sheetPart =
        sheetRel ? sheetRel->target : m_prefix + QStringLiteral("worksheets/sheet%1.xml").arg(index + 1);
    if (!m_zip->contains(sheetPart)) {
        *error = ReadError{0, -1,
                           notXlsx(QCoreApplication::translate("wp::io", "thiếu phần %1 của trang tính \"%2\"")
                                       .arg(sheetPart, sheet.name))};
        return false;
    }
    if (!readSharedParts(error))
        return false;
    m_current = index;
    m_sheet = std::make_unique<SheetParser>(*m_zip, m_limits, m_strings, m_dateStyles, m_workbook.date1904);
    if (!m_sheet->begin(sheetPart, true)) {
        *error = m_sheet->error();
        m_sheet.reset();
        return false;
    }
    return true;
}

bool XlsxReader::selectTable(int index)
{
    clearFailure();
    ReadError error;
    if (!startSheet(index, &error))
        return fail(error);
    return true;
}

QVector<bool> XlsxReader::hiddenColumns() const
{
    return m_sheet ? m_sheet->hiddenColumns() : QVector<bool>();
}

bool XlsxReader::next(Row& row)
{
    if (failed() || !m_sheet)
        return false;
    const Pull pulled = pullRow(*m_sheet, m_finished, [&] { return m_sheet->takeRow(row); });
    if (pulled == Pull::Failed) {
        fail(m_sheet->error());
        m_sheet.reset();
    }
    return pulled == Pull::Row;
}

} // namespace wp::io
