#include "csvsource.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace wp::io::csv {

namespace {
constexpr qint64 ChunkSize = 64 * 1024;

/// The length of the valid UTF-8 prefix of @p s. Sets @p incompleteTail when what stops it is
/// a sequence cut off by the end of the data rather than a wrong byte. Overlong forms,
/// surrogates and code points past U+10FFFF are invalid.
size_t validUtf8Prefix(const unsigned char* s, size_t n, bool* incompleteTail)
{
    *incompleteTail = false;
    size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        for (size_t k = 1; k < length; ++k) {
            if (i + k >= n) {
                *incompleteTail = true;
                return i;
            }
            const unsigned char d = s[i + k];
            if (k == 1 ? (d < low || d > high) : (d < 0x80 || d > 0xBF))
                return i;
        }
        i += length;
    }
    return n;
}
} // namespace

Utf8Source::~Utf8Source()
{
    if (m_iconv != iconv_t(-1))
        iconv_close(m_iconv);
}

bool Utf8Source::open(const QString& path, const QString& encoding, ReadError* error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error =
            ReadError{0, -1, QCoreApplication::translate("wp::io", "không mở được tệp: %1").arg(m_file.errorString())};
        return false;
    }
    QString name = encoding.trimmed();
    const QByteArray head = m_file.peek(3);
    if (name.isEmpty()) {
        // Excel's "Unicode text" is UTF-16LE with a BOM; "CSV UTF-8" has a UTF-8 BOM.
        if (head.startsWith("\xFF\xFE")) {
            name = QStringLiteral("UTF-16LE");
            m_file.skip(2);
        } else if (head.startsWith("\xFE\xFF")) {
            name = QStringLiteral("UTF-16BE");
            m_file.skip(2);
        } else if (head.startsWith("\xEF\xBB\xBF")) {
            m_file.skip(3);
        }
    }
    if (!name.isEmpty()) {
        m_iconv = iconv_open("UTF-8", name.toLatin1().constData());
        if (m_iconv == iconv_t(-1)) {
            *error = ReadError{0, -1,
                               QCoreApplication::translate("wp::io", "không hỗ trợ bảng mã \"%1\" (ví dụ bảng mã "
                                                                     "dùng được: WINDOWS-1258, UTF-16, UTF-8)")
                                   .arg(name)};
            return false;
        }
        m_encoding = name;
    }
    return true;
}

void Utf8Source::read(std::string& out)
{
    out.clear();
    if (m_end)
        return;
    m_raw.swap(m_carry);
    m_carry.clear();
    const size_t carried = m_raw.size();
    m_raw.resize(carried + size_t(ChunkSize));
    const qint64 n = m_file.read(m_raw.data() + carried, ChunkSize);
    if (n < 0) {
        m_raw.clear();
        m_problem = Problem::ReadFailed;
        m_end = true;
        return;
    }
    m_raw.resize(carried + size_t(n));
    const bool lastChunk = n == 0;
    if (m_iconv != iconv_t(-1))
        convert(out, lastChunk);
    else
        decodeUtf8(out, lastChunk);
    if (lastChunk)
        m_end = true;

    if (const void* nul = std::memchr(out.data(), 0, out.size()))
        stopAt(out, size_t(static_cast<const char*>(nul) - out.data()), Problem::NulByte);
    if (m_first && !out.empty()) {
        m_first = false;
        if (out.compare(0, 3, "\xEF\xBB\xBF") == 0) // a BOM left by the conversion ("UTF-16LE" named)
            out.erase(0, 3);
    }
}

void Utf8Source::stopAt(std::string& out, size_t length, Problem problem)
{
    out.resize(length);
    m_problem = problem;
    m_end = true;
}

void Utf8Source::decodeUtf8(std::string& out, bool lastChunk)
{
    bool incompleteTail = false;
    const size_t valid =
        validUtf8Prefix(reinterpret_cast<const unsigned char*>(m_raw.data()), m_raw.size(), &incompleteTail);
    if (valid < m_raw.size()) {
        if (incompleteTail && !lastChunk) {
            m_carry.assign(m_raw, valid, std::string::npos); // the rest of the character comes next
        } else {
            m_raw.resize(valid);
            out.swap(m_raw);
            stopAt(out, valid, Problem::InvalidUtf8);
            return;
        }
        m_raw.resize(valid);
    }
    out.swap(m_raw);
}

void Utf8Source::convert(std::string& out, bool lastChunk)
{
    out.resize(m_raw.size() * 4 + 64);
    char* in = m_raw.data();
    size_t inLeft = m_raw.size();
    char* to = out.data();
    size_t toLeft = out.size();
    auto grow = [&] {
        const size_t used = size_t(to - out.data());
        out.resize(out.size() * 2);
        to = out.data() + used;
        toLeft = out.size() - used;
    };
    while (inLeft > 0) {
        if (iconv(m_iconv, &in, &inLeft, &to, &toLeft) != size_t(-1))
            break;
        const int code = errno;
        if (code == E2BIG) {
            grow();
        } else if (code == EINVAL && !lastChunk) { // a character cut by the end of the chunk
            m_carry.assign(in, inLeft);
            break;
        } else {
            stopAt(out, size_t(to - out.data()),
                   code == EINVAL ? Problem::TruncatedInEncoding : Problem::InvalidInEncoding);
            return;
        }
    }
    if (lastChunk) {
        // Stateful converters (Windows-1258 composes tone marks) may still hold a character.
        while (iconv(m_iconv, nullptr, nullptr, &to, &toLeft) == size_t(-1) && errno == E2BIG)
            grow();
    }
    out.resize(size_t(to - out.data()));
}

} // namespace wp::io::csv
