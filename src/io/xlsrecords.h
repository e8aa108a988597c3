#pragma once

// Private to wp_io: the BIFF5/BIFF8 records ([MS-XLS] 2.4) the .xls reader walks: a 2-byte type,
// a 2-byte length and the data. Every read is bounded by its record.

#include <QByteArray>
#include <QString>
#include <QVector>

#include <cstring>

namespace wp::io::xls {

enum RecordType : quint16
{
    Formula = 0x0006,
    Eof = 0x000A,
    DateMode = 0x0022,
    FilePass = 0x002F,
    Continue = 0x003C,
    CodePage = 0x0042,
    BoundSheet = 0x0085,
    MulRk = 0x00BD,
    MulBlank = 0x00BE,
    RString = 0x00D6,
    Xf = 0x00E0,
    Sst = 0x00FC,
    LabelSst = 0x00FD,
    ColInfo = 0x007D,
    Dimension = 0x0200,
    Blank = 0x0201,
    Number = 0x0203,
    Label = 0x0204,
    BoolErr = 0x0205,
    String = 0x0207,
    RowInfo = 0x0208,
    Rk = 0x027E,
    Format = 0x041E,
    Bof = 0x0809
};

constexpr qint64 MaxRows = 65536; // Excel 97-2003
constexpr qint64 MaxColumns = 256;

struct Record
{
    quint16 type = 0;
    const uchar* data = nullptr;
    int size = 0;
    quint32 offset = 0;

    int u8(int at) const { return at < size ? data[at] : 0; }
    int u16(int at) const { return at + 2 <= size ? data[at] | data[at + 1] << 8 : 0; }
    quint32 u32(int at) const
    {
        return at + 4 <= size ? quint32(data[at]) | quint32(data[at + 1]) << 8 | quint32(data[at + 2]) << 16 |
                                    quint32(data[at + 3]) << 24
                              : 0;
    }
    double f64(int at) const
    {
        double v = 0;
        if (at + 8 <= size)
            std::memcpy(&v, data + at, 8); // BIFF is little-endian, as are the machines this runs on
        return v;
    }
};

/// Walks the records of a stream from an offset; next() is false at the end or on a record
/// that runs past it.
class Records
{
public:
    Records(const QByteArray& stream, quint32 start) : m_stream(stream), m_pos(start) {}
    bool next(Record& r)
    {
        if (m_pos + 4 > quint64(m_stream.size()))
            return false;
        const auto* p = reinterpret_cast<const uchar*>(m_stream.constData()) + m_pos;
        r.type = quint16(p[0] | p[1] << 8);
        r.size = p[2] | p[3] << 8;
        r.offset = quint32(m_pos);
        if (m_pos + 4 + quint64(r.size) > quint64(m_stream.size()))
            return false;
        r.data = p + 4;
        m_pos += 4 + quint64(r.size);
        return true;
    }
    /// The next record's type without moving, 0 at the end.
    quint16 peek() const
    {
        if (m_pos + 4 > quint64(m_stream.size()))
            return 0;
        const auto* p = reinterpret_cast<const uchar*>(m_stream.constData()) + m_pos;
        return quint16(p[0] | p[1] << 8);
    }

private:
    const QByteArray& m_stream;
    quint64 m_pos;
};

/// A BIFF8 XLUnicodeString starting at @p at in @p parts (a record and its CONTINUE records;
/// each continuation starts with a new flags byte for the characters it holds).
QString unicodeString(const QVector<Record>& parts, int at, int lengthBytes, bool* ok);

/// What Excel shows for the error code of a BOOLERR record; any other code is #N/A (0x2A).
QString errorText(int code);

/// The cell columns a cell record covers, for the area check: [first, last].
bool cellColumns(const Record& r, int* first, int* last);

/// True when a FORMULA record's expression ends in a text operator: & (ptgConcat) or a string
/// constant (ptgStr), so that its result is text whatever number is saved with it.
bool textFormula(const Record& r);

QString damaged(const QString& what);

} // namespace wp::io::xls
