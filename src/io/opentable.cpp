// openTable(): picks the reader by what the file holds, then by its suffix, so that a CSV
// saved as .xlsx or an .xlsx renamed .csv gets a clear answer instead of garbage rows. Every
// reader's rows then pass through the legacy-text converter (TCVN3, VNI, mojibake).

#include "csvreader.h"
#include "docxreader.h"
#include "legacyreader.h"
#include "odsreader.h"
#include "xlsreader.h"
#include "xlsxparts.h"
#include "xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace wp::io {

namespace {

/// Text rather than binary: no NUL byte and few control characters in the first bytes.
/// Encoding problems are left to the CSV reader, which names the line.
bool looksLikeText(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return true; // UTF-16 with a BOM
    qsizetype control = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return false;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++control;
    }
    return control * 20 <= head.size();
}

enum class ZipKind
{
    Xlsx,
    Docx,
    Ods
};

/// What a zip package is, by the parts it has (a Word document's parts are under word/, an
/// OpenDocument one has a mimetype), or by the file's suffix when the zip cannot be read, so that
/// each reader words the error in its format's terms.
ZipKind zipKind(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const ZipKind bySuffix = suffix.startsWith(QLatin1String("doc")) ? ZipKind::Docx
                             : suffix == QLatin1String("ods")        ? ZipKind::Ods
                                                                     : ZipKind::Xlsx;
    xlsx::ZipArchive zip(path);
    if (!zip.isOpen())
        return bySuffix;
    if (zip.contains(QStringLiteral("xl/workbook.xml")))
        return ZipKind::Xlsx;
    for (const char* part : {"word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml"})
        if (zip.contains(QString::fromLatin1(part)))
            return ZipKind::Docx;
    if (zip.contains(QStringLiteral("mimetype")) || zip.contains(QStringLiteral("content.xml")))
        return ZipKind::Ods;
    return bySuffix;
}

/// True when @p bytes are valid UTF-8. A stateful decoder keeps a character cut at the end
/// of the sample as pending state rather than an error.
bool validUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    (void)QString(decoder.decode(bytes));
    return !decoder.hasError();
}

/// A CSV that is not UTF-8 may be TCVN3 or VNI bytes: the legacy encoding its text reads as,
/// or None.
LegacyEncoding sniffLegacyCsv(const QString& path, LegacyEncoding requested)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LegacyEncoding::None;
    const QByteArray head = file.read(256 * 1024);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || head.startsWith("\xEF\xBB\xBF") ||
        validUtf8(head))
        return LegacyEncoding::None;
    if (requested == LegacyEncoding::Tcvn3 || requested == LegacyEncoding::Vni)
        return requested;
    return legacy::verdict(legacy::weigh(QString::fromLatin1(head)));
}

std::unique_ptr<TableReader> openReader(const QString& path, const ReadOptions& options, ReadError* error,
                                        LegacyTextReader::Origin* origin, LegacyEncoding* mode)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = ReadError{0, -1,
                           QCoreApplication::translate("wp::io", "không mở được tệp: %1 là một thư mục")
                               .arg(QDir::toNativeSeparators(path))};
        return nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            ReadError{0, -1, QCoreApplication::translate("wp::io", "không mở được tệp: %1").arg(file.errorString())};
        return nullptr;
    }
    const QByteArray head = file.read(4096);
    file.close();
    if (head.isEmpty()) {
        *error = ReadError{0, -1, QCoreApplication::translate("wp::io", "tệp rỗng")};
        return nullptr;
    }

    const QString suffix = info.suffix().toLower();
    const bool xlsxName = suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
    const bool zip = head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"); // or an empty one
    const bool word = zip && zipKind(path) == ZipKind::Docx;
    // An option for another kind of file would be ignored without a word: refused instead.
    if (word && !options.sheet.isEmpty()) {
        *error = ReadError{0, -1,
                           QCoreApplication::translate("wp::io", "tài liệu Word không có trang tính; chọn bảng bằng "
                                                                 "--table N")};
        return nullptr;
    }
    if (!word && options.table > 0) {
        *error = ReadError{0, -1,
                           QCoreApplication::translate("wp::io", "--table chỉ dùng cho bảng trong tài liệu Word; với "
                                                                 "bảng tính hãy chọn trang bằng --sheet")};
        return nullptr;
    }
    if (zip) {
        switch (zipKind(path)) {
        case ZipKind::Docx:
            return DocxReader::open(path, options, error);
        case ZipKind::Ods:
            return OdsReader::open(path, options, error);
        case ZipKind::Xlsx:
            break;
        }
        return XlsxReader::open(path, options, error);
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) // OLE compound file: .xls, .doc, encrypted
        return XlsReader::open(path, options, error);
    if (xlsxName) {
        *error = ReadError{0, -1,
                           QCoreApplication::translate("wp::io", "tệp không phải tệp .xlsx hợp lệ (không có cấu trúc "
                                                                 "zip của tệp Excel)")};
        return nullptr;
    }
    const bool textName =
        suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv");
    if (textName || !options.encoding.isEmpty() || looksLikeText(head)) {
        if (!options.encoding.isEmpty()) {
            *origin = LegacyTextReader::Origin::UserEncoding;
        } else if (options.legacyEncoding != LegacyEncoding::None) {
            if (const LegacyEncoding sniffed = sniffLegacyCsv(path, options.legacyEncoding);
                sniffed != LegacyEncoding::None) {
                // Old text, one byte a letter: read byte for byte, then convert every cell.
                ReadOptions latin1 = options;
                latin1.encoding = QStringLiteral("ISO-8859-1");
                *origin = LegacyTextReader::Origin::Sniffed;
                *mode = sniffed;
                return CsvReader::open(path, latin1, error);
            }
        }
        return CsvReader::open(path, options, error);
    }
    *error = ReadError{0, -1,
                       QCoreApplication::translate("wp::io", "định dạng tệp không được hỗ trợ: cần bảng Excel (.xlsx, "
                                                             ".xls), OpenDocument (.ods), Word (.docx) hoặc CSV")};
    return nullptr;
}

} // namespace

QString TableReader::columnLabel(int column) const
{
    return columnLetter(column);
}

std::unique_ptr<TableReader> openTable(const QString& path, const ReadOptions& options, ReadError* error)
{
    ReadError ignored;
    if (!error)
        error = &ignored;
    LegacyTextReader::Origin origin = LegacyTextReader::Origin::Unicode;
    LegacyEncoding mode = options.legacyEncoding;
    std::unique_ptr<TableReader> reader = openReader(path, options, error, &origin, &mode);
    if (!reader || mode == LegacyEncoding::None)
        return reader;
    return std::make_unique<LegacyTextReader>(std::move(reader), mode, origin);
}

QVector<TableInfo> listTables(const QString& path, ReadError* error)
{
    ReadError ignored;
    if (!error)
        error = &ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            ReadError{0, -1, QCoreApplication::translate("wp::io", "không mở được tệp: %1").arg(file.errorString())};
        return {};
    }
    const QByteArray head = file.read(8);
    file.close();
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        switch (zipKind(path)) {
        case ZipKind::Docx:
            return DocxReader::documentTables(path, error);
        case ZipKind::Ods:
            return OdsReader::sheets(path, error);
        case ZipKind::Xlsx: {
            std::unique_ptr<XlsxReader> reader = XlsxReader::open(path, ReadOptions(), error);
            if (!reader)
                return {};
            QVector<TableInfo> out;
            for (TableInfo info : reader->tables()) {
                info.index = int(out.size()) + 1;
                out.append(info);
            }
            return out;
        }
        }
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return XlsReader::sheets(path, ReadLimits(), error);
    TableInfo csv;
    csv.index = 1;
    csv.name = QFileInfo(path).completeBaseName();
    return {csv};
}

QString columnLetter(int column)
{
    QString letters;
    for (int c = column; c >= 0; c = c / 26 - 1)
        letters.prepend(QLatin1Char(char('A' + c % 26)));
    return letters;
}

} // namespace wp::io
