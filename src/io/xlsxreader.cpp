#include "xlsxreader.h"

#include "xlsxparts.h"
#include "xlsxsheet.h"

#include <QCoreApplication>

namespace wp::io {

using namespace xlsx;

namespace {

/// The last segment of a relationship type URI: ".../relationships/worksheet" -> "worksheet".
/// Transitional and Strict OOXML differ only before it.
QString relationKind(const Relationship& r)
{
    return r.type.section(QLatin1Char('/'), -1);
}

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

XlsxReader::XlsxReader(const ReadLimits& limits) : m_limits(limits) {}

XlsxReader::~XlsxReader() = default;

std::unique_ptr<XlsxReader> XlsxReader::open(const QString& path, const ReadOptions& options, ReadError* error)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(options.limits));
    if (!reader->openSheet(path, options, error))
        return nullptr;
    return reader;
}

bool XlsxReader::openSheet(const QString& path, const ReadOptions& options, ReadError* error)
{
    m_zip = std::make_unique<ZipArchive>(path);
    ZipArchive& zip = *m_zip;
    if (!zip.isOpen()) {
        *error = ReadError{0, -1,
                           notXlsx(QCoreApplication::translate(
                               "wp::io", "không đọc được cấu trúc zip; tệp bị cắt cụt, hỏng hoặc không phải tệp zip"))};
        return false;
    }

    // The package relationships name the workbook part; every Excel writes xl/workbook.xml.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    const QString rootRels = QStringLiteral("_rels/.rels");
    if (zip.contains(rootRels)) {
        QVector<Relationship> relationships;
        if (!readRelationships(zip, rootRels, m_limits, &relationships, error))
            return false;
        for (const Relationship& r : relationships) {
            if (relationKind(r) == QLatin1String("officeDocument") && zip.contains(r.target)) {
                workbookPart = r.target;
                break;
            }
        }
    }
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

    WorkbookInfo workbook;
    if (!readWorkbook(zip, workbookPart, m_limits, &workbook, error))
        return false;
    const qsizetype slash = workbookPart.lastIndexOf(QLatin1Char('/'));
    const QString baseDir = slash < 0 ? QString() : workbookPart.left(slash);
    const QString prefix = baseDir.isEmpty() ? QString() : baseDir + QLatin1Char('/');
    const QString workbookRels =
        prefix + QStringLiteral("_rels/") + workbookPart.mid(slash + 1) + QStringLiteral(".rels");
    QVector<Relationship> relationships;
    if (zip.contains(workbookRels) && !readRelationships(zip, workbookRels, m_limits, &relationships, error))
        return false;

    if (workbook.sheets.isEmpty()) {
        *error = ReadError{0, -1, QCoreApplication::translate("wp::io", "tệp .xlsx không có trang tính nào")};
        return false;
    }
    for (const SheetInfo& s : workbook.sheets)
        m_sheetNames.append(s.name);

    // Chart sheets have no cells: the default is the first visible worksheet.
    auto isChart = [&](const SheetInfo& s) {
        const Relationship* r = findById(relationships, s.relationId);
        return r && relationKind(*r).compare(QLatin1String("worksheet"), Qt::CaseInsensitive) != 0;
    };
    qsizetype chosen = -1;
    if (!options.sheet.isEmpty()) {
        for (qsizetype i = 0; i < workbook.sheets.size() && chosen < 0; ++i)
            if (workbook.sheets.at(i).name.compare(options.sheet.trimmed(), Qt::CaseInsensitive) == 0)
                chosen = i;
        if (chosen < 0) {
            QStringList quoted;
            for (const QString& name : std::as_const(m_sheetNames))
                quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
            *error = ReadError{0, -1,
                               QCoreApplication::translate("wp::io", "không có trang tính \"%1\"; tệp có các trang "
                                                                     "tính: %2")
                                   .arg(options.sheet, quoted.join(QStringLiteral(", ")))};
            return false;
        }
        if (isChart(workbook.sheets.at(chosen))) {
            *error = ReadError{0, -1,
                               QCoreApplication::translate("wp::io", "trang tính \"%1\" là biểu đồ, không có ô dữ liệu")
                                   .arg(workbook.sheets.at(chosen).name)};
            return false;
        }
    } else {
        for (qsizetype i = 0; i < workbook.sheets.size() && chosen < 0; ++i)
            if (!workbook.sheets.at(i).hidden && !isChart(workbook.sheets.at(i)))
                chosen = i;
        if (chosen < 0) // every sheet hidden: Excel itself would not save that, but read the first
            chosen = 0;
    }
    const SheetInfo& sheet = workbook.sheets.at(chosen);
    m_sheetName = sheet.name;

    const Relationship* sheetRel = findById(relationships, sheet.relationId);
    const QString sheetPart =
        sheetRel ? sheetRel->target : prefix + QStringLiteral("worksheets/sheet%1.xml").arg(chosen + 1);
    if (!zip.contains(sheetPart)) {
        *error = ReadError{0, -1,
                           notXlsx(QCoreApplication::translate("wp::io", "thiếu phần %1 của trang tính \"%2\"")
                                       .arg(sheetPart, sheet.name))};
        return false;
    }

    SharedStrings strings;
    const QString stringsPart =
        findPart(zip, relationships, QStringLiteral("sharedStrings"), prefix + QStringLiteral("sharedStrings.xml"));
    if (!stringsPart.isEmpty() && zip.contains(stringsPart) &&
        !readSharedStrings(zip, stringsPart, m_limits, &strings, error))
        return false;
    std::vector<bool> dateStyles;
    const QString stylesPart =
        findPart(zip, relationships, QStringLiteral("styles"), prefix + QStringLiteral("styles.xml"));
    if (!stylesPart.isEmpty() && zip.contains(stylesPart) &&
        !readDateStyles(zip, stylesPart, m_limits, &dateStyles, error))
        return false;

    m_sheet =
        std::make_unique<SheetParser>(zip, m_limits, std::move(strings), std::move(dateStyles), workbook.date1904);
    if (!m_sheet->begin(sheetPart, true)) {
        *error = m_sheet->error();
        return false;
    }
    return true;
}

bool XlsxReader::next(Row& row)
{
    if (failed() || !m_sheet)
        return false;
    while (!m_sheet->takeRow(row)) {
        if (m_finished)
            return false;
        switch (m_sheet->parse()) {
        case XmlPart::Status::Failed: {
            const ReadError e = m_sheet->error();
            m_sheet.reset();
            return fail(e.row, e.column, e.message);
        }
        case XmlPart::Status::Finished:
            m_finished = true;
            break;
        case XmlPart::Status::Suspended:
            break;
        }
    }
    return true;
}

} // namespace wp::io
