#include "odsreader.h"

#include "odscontent.h"
#include "readhelpers.h"
#include "xlsxparts.h"

#include <QCoreApplication>

namespace wp::io {

using xlsx::ZipArchive;

namespace {

const QString ContentPart = QStringLiteral("content.xml");

QString notOds(const QString& reason)
{
    return QCoreApplication::translate("wp::io", "tệp không phải là tệp OpenDocument .ods hợp lệ (%1)").arg(reason);
}

/// The package's media type (the "mimetype" entry), empty when missing or unreadable.
QString mimeType(ZipArchive& zip)
{
    if (!zip.openEntry(QStringLiteral("mimetype"), 4096))
        return QString();
    char buffer[256];
    QByteArray bytes;
    int n;
    while ((n = zip.read(buffer, sizeof buffer)) > 0 && bytes.size() < 1024)
        bytes.append(buffer, n);
    return QString::fromLatin1(bytes).trimmed();
}

/// Opens the archive and checks that it is a spreadsheet; fills @p error when not.
bool openPackage(ZipArchive& zip, ReadError* error)
{
    if (!xlsx::checkOpened(zip, notOds, error))
        return false;
    const QString type = mimeType(zip);
    if (type.startsWith(QLatin1String("application/vnd.oasis.opendocument.text"))) {
        *error = ReadError{0, -1,
                           QCoreApplication::translate("wp::io", "tệp văn bản OpenDocument (.odt) chưa đọc được; hãy "
                                                                 "lưu lại dưới dạng Word .docx")};
        return false;
    }
    if (!type.isEmpty() && !type.startsWith(QLatin1String("application/vnd.oasis.opendocument.spreadsheet"))) {
        *error = ReadError{0, -1, notOds(QCoreApplication::translate("wp::io", "loại tài liệu %1").arg(type))};
        return false;
    }
    if (!zip.contains(ContentPart)) {
        *error = ReadError{0, -1, notOds(QCoreApplication::translate("wp::io", "thiếu %1").arg(ContentPart))};
        return false;
    }
    return true;
}

/// The parser's error, in the words of an .ods file when the zip itself failed.
ReadError parserError(const ZipArchive& zip, const xlsx::XmlPart& parser, const ReadLimits& limits)
{
    ReadError e = parser.error();
    if (zip.lastError() == ZipArchive::Error::TooLarge)
        e.message = QCoreApplication::translate("wp::io", "trang tính quá lớn: %1 giải nén ra hơn %2")
                        .arg(ContentPart, detail::formatBytes(limits.maxInflatedBytes));
    else if (zip.lastError() == ZipArchive::Error::Corrupt)
        e.message = notOds(QCoreApplication::translate("wp::io", "dữ liệu nén của %1 bị hỏng").arg(ContentPart));
    return e;
}

QString quotedNames(const QVector<TableInfo>& sheets)
{
    QStringList quoted;
    for (const TableInfo& s : sheets)
        quoted.append(QLatin1Char('"') + s.name + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

OdsReader::OdsReader(const ReadLimits& limits) : m_limits(limits) {}

OdsReader::~OdsReader() = default;

std::unique_ptr<OdsReader> OdsReader::open(const QString& path, const ReadOptions& options, ReadError* error)
{
    std::unique_ptr<OdsReader> reader(new OdsReader(options.limits));
    reader->m_path = path;
    reader->m_zip = std::make_unique<ZipArchive>(path);
    if (!openPackage(*reader->m_zip, error))
        return nullptr;
    // Every sheet's name first (one quick pass over content.xml, rows skipped), so that the
    // importer can look for its table on the other sheets, as in an .xlsx workbook.
    // A damaged content.xml is reported by the pass over the rows, which names the row; the
    // list keeps the sheets seen before the damage.
    {
        ods::ContentParser list(*reader->m_zip, reader->m_limits, ods::ContentParser::Mode::List, QString());
        if (list.begin(ContentPart, true))
            list.parseAll();
        reader->m_tables = list.sheets();
    }
    if (!reader->startSheet(options.sheet, error))
        return nullptr;
    return reader;
}

bool OdsReader::startSheet(const QString& sheet, ReadError* error)
{
    m_finished = false;
    m_parser = std::make_unique<ods::ContentParser>(*m_zip, m_limits, ods::ContentParser::Mode::Rows, sheet);
    if (!m_parser->begin(ContentPart, true)) {
        *error = parserError(*m_zip, *m_parser, m_limits);
        return false;
    }
    // Read up to the chosen sheet, so that a missing one is reported when opening, as xlsx does.
    ods::ContentParser& parser = *m_parser;
    while (!parser.found()) {
        const xlsx::XmlPart::Status status = parser.parse();
        if (status == xlsx::XmlPart::Status::Failed) {
            *error = parserError(*m_zip, parser, m_limits);
            return false;
        }
        if (status == xlsx::XmlPart::Status::Finished) {
            m_finished = true;
            break;
        }
    }
    if (!parser.found()) {
        if (parser.sheets().isEmpty()) {
            *error = ReadError{0, -1, QCoreApplication::translate("wp::io", "tệp .ods không có trang tính nào")};
        } else if (!sheet.isEmpty()) {
            *error = ReadError{0, -1,
                               QCoreApplication::translate("wp::io", "không có trang tính \"%1\"; tệp có các trang "
                                                                     "tính: %2")
                                   .arg(sheet, quotedNames(parser.sheets()))};
        } else { // every sheet hidden: read the first, as the xlsx reader does
            return startSheet(parser.sheets().first().name, error);
        }
        return false;
    }
    m_current = int(parser.sheets().size()) - 1; // the sheet found is the last one listed so far
    return true;
}

bool OdsReader::selectTable(int index)
{
    if (!beginSelect(index))
        return false;
    ReadError error;
    if (!startSheet(m_tables.at(index).name, &error)) {
        m_parser.reset();
        return fail(error);
    }
    return true;
}

QVector<bool> OdsReader::hiddenColumns() const
{
    return m_parser ? m_parser->hiddenColumns() : QVector<bool>();
}

bool OdsReader::next(Row& row)
{
    if (failed() || !m_parser)
        return false;
    const xlsx::Pull pulled = xlsx::pullRow(
        *m_parser, m_finished, [&] { return m_parser->takeRow(row); }, [&] { return m_parser->sheetDone(); });
    if (pulled == xlsx::Pull::Failed) {
        fail(parserError(*m_zip, *m_parser, m_limits));
        m_parser.reset();
    }
    return pulled == xlsx::Pull::Row;
}

QVector<TableInfo> OdsReader::sheets(const QString& path, ReadError* error)
{
    ZipArchive zip(path);
    if (!openPackage(zip, error))
        return {};
    ReadLimits limits;
    ods::ContentParser parser(zip, limits, ods::ContentParser::Mode::List, QString());
    if (!parser.begin(ContentPart, true) || !parser.parseAll()) {
        *error = parserError(zip, parser, limits);
        return {};
    }
    return parser.sheets();
}

} // namespace wp::io
