#pragma once

// Private to wp_io: the bytes of a text file as UTF-8, for the CSV reader.

#include "workprogram/io/table.h"

#include <QFile>

#include <iconv.h>

#include <string>

namespace wp::io::csv {

/// Reads a text file in chunks and hands out its content as UTF-8: a UTF-8 BOM is dropped,
/// UTF-16 with a BOM and files in an explicit encoding are converted with iconv, and UTF-8
/// is validated. A problem stops the stream after the bytes before it, so that the reader
/// can name the line it is on.
class Utf8Source
{
public:
    enum class Problem
    {
        None,
        InvalidUtf8,
        NulByte,
        InvalidInEncoding,
        TruncatedInEncoding,
        ReadFailed
    };

    Utf8Source() = default;
    ~Utf8Source();
    Utf8Source(const Utf8Source&) = delete;
    Utf8Source& operator=(const Utf8Source&) = delete;

    /// @p encoding: an iconv name, or empty for UTF-8 / UTF-16 by BOM.
    bool open(const QString& path, const QString& encoding, ReadError* error);
    /// Replaces @p out with the next decoded bytes (possibly none). After a problem or at the
    /// end of the file, atEnd() is true.
    void read(std::string& out);
    bool atEnd() const { return m_end; }
    Problem problem() const { return m_problem; }
    /// The encoding being converted from ("WINDOWS-1258", "UTF-16LE"), empty for UTF-8.
    const QString& encoding() const { return m_encoding; }
    QString readError() const { return m_file.errorString(); }

private:
    void decodeUtf8(std::string& out, bool lastChunk);
    void convert(std::string& out, bool lastChunk);
    void stopAt(std::string& out, size_t length, Problem problem);

    QFile m_file;
    QString m_encoding;
    iconv_t m_iconv = iconv_t(-1);
    std::string m_raw;   ///< bytes read from the file, with the undecoded tail of the last chunk first
    std::string m_carry; ///< an incomplete character at the end of the last chunk
    bool m_first = true;
    bool m_end = false;
    Problem m_problem = Problem::None;
};

} // namespace wp::io::csv
