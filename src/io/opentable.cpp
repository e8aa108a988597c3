// openTable(): picks the reader by what the file holds, then by its suffix, so that a CSV
// saved as .xlsx or an .xlsx renamed .csv gets a clear answer instead of garbage rows.

#include "csvreader.h"
#include "xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

} // namespace

std::unique_ptr<TableReader> openTable(const QString& path, const ReadOptions& options, ReadError* error)
{
    ReadError ignored;
    if (!error)
        error = &ignored;
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
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) // a zip (or an empty one)
        return XlsxReader::open(path, options, error);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) { // OLE compound file
        *error = ReadError{0, -1,
                           xlsxName ? QCoreApplication::translate(
                                          "wp::io", "tệp Excel 97-2003 (.xls) không được hỗ trợ; hãy lưu lại dưới dạng "
                                                    ".xlsx (tệp .xlsx có đặt mật khẩu cũng có dạng này: hãy bỏ mật "
                                                    "khẩu rồi lưu lại)")
                                    : QCoreApplication::translate("wp::io", "tệp Excel 97-2003 (.xls) không được hỗ "
                                                                            "trợ; hãy lưu lại dưới dạng .xlsx")};
        return nullptr;
    }
    if (xlsxName) {
        *error = ReadError{0, -1,
                           QCoreApplication::translate("wp::io", "tệp không phải tệp .xlsx hợp lệ (không có cấu trúc "
                                                                 "zip của tệp Excel)")};
        return nullptr;
    }
    const bool textName =
        suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv");
    if (textName || !options.encoding.isEmpty() || looksLikeText(head))
        return CsvReader::open(path, options, error);
    *error = ReadError{0, -1,
                       QCoreApplication::translate("wp::io", "định dạng tệp không được hỗ trợ: cần tệp Excel .xlsx "
                                                             "hoặc tệp CSV")};
    return nullptr;
}

QString columnLetter(int column)
{
    QString letters;
    for (int c = column; c >= 0; c = c / 26 - 1)
        letters.prepend(QLatin1Char(char('A' + c % 26)));
    return letters;
}

} // namespace wp::io
