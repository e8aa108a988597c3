// [MS-CFB]: a 512-byte header, sectors of 512 or 4096 bytes chained by a FAT, a directory of
// 128-byte entries, and small streams (under 4096 bytes) in 64-byte sectors of a mini stream.

#include "cfbfile.h"

#include <QCoreApplication>

namespace wp::io::cfb {

namespace {
constexpr quint32 EndOfChain = 0xFFFFFFFE;
constexpr quint32 FreeSector = 0xFFFFFFFF;
constexpr int HeaderDifatEntries = 109;
constexpr int EntrySize = 128;

QString damaged(const QString& what)
{
    return QCoreApplication::translate("wp::io", "tệp Excel 97-2003 (.xls) bị hỏng (cấu trúc OLE: %1)").arg(what);
}
} // namespace

CompoundFile::CompoundFile(QByteArray bytes) : m_bytes(std::move(bytes))
{
    parseHeader();
}

quint32 CompoundFile::u32(qint64 offset) const
{
    if (offset < 0 || offset + 4 > m_bytes.size())
        return FreeSector;
    const auto* p = reinterpret_cast<const uchar*>(m_bytes.constData() + offset);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

bool CompoundFile::setError(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool CompoundFile::parseHeader()
{
    static const QByteArray signature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    if (m_bytes.size() < 512 || !m_bytes.startsWith(signature))
        return setError(damaged(QCoreApplication::translate("wp::io", "tệp ngắn hơn phần đầu 512 byte")));
    const auto* h = reinterpret_cast<const uchar*>(m_bytes.constData());
    const int major = h[26] | h[27] << 8;
    m_sectorShift = h[30] | h[31] << 8;
    const int miniShift = h[32] | h[33] << 8;
    if ((m_sectorShift != 9 && m_sectorShift != 12) || miniShift != 6)
        return setError(damaged(QCoreApplication::translate("wp::io", "kích thước sector không hợp lệ")));
    const qint64 sectorSize = qint64(1) << m_sectorShift;
    const qint64 sectors = (m_bytes.size() - sectorSize + sectorSize - 1) / sectorSize; // a short last one counts
    const quint32 fatSectors = u32(44);
    m_directoryStart = u32(48);
    m_miniCutoff = u32(56);
    m_miniFatStart = u32(60);
    quint32 difat = u32(68);
    if (fatSectors == 0 || fatSectors > quint32(sectors))
        return setError(damaged(QCoreApplication::translate("wp::io", "số sector FAT không hợp lệ")));

    // The FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors.
    QVector<quint32> fatList;
    for (int i = 0; i < HeaderDifatEntries && quint32(fatList.size()) < fatSectors; ++i)
        fatList.append(u32(76 + 4 * i));
    const int perDifat = int(sectorSize / 4) - 1;
    for (qint64 steps = 0; quint32(fatList.size()) < fatSectors; ++steps) {
        if (difat >= quint32(sectors) || steps > sectors)
            return setError(damaged(QCoreApplication::translate("wp::io", "chuỗi DIFAT")));
        const qint64 base = (qint64(difat) + 1) * sectorSize;
        for (int i = 0; i < perDifat && quint32(fatList.size()) < fatSectors; ++i)
            fatList.append(u32(base + 4 * i));
        difat = u32(base + 4 * perDifat);
    }
    m_fat.reserve(int(fatSectors * (sectorSize / 4)));
    for (const quint32 s : std::as_const(fatList)) {
        if (s >= quint32(sectors))
            return setError(damaged(QCoreApplication::translate("wp::io", "sector FAT nằm ngoài tệp")));
        const qint64 base = (qint64(s) + 1) * sectorSize;
        for (qint64 i = 0; i < sectorSize / 4; ++i)
            m_fat.append(u32(base + 4 * i));
    }

    QByteArray directory;
    if (!readChain(m_directoryStart, ~quint64(0), &directory, false))
        return false;
    for (qint64 off = 0; off + EntrySize <= directory.size(); off += EntrySize) {
        const auto* e = reinterpret_cast<const uchar*>(directory.constData() + off);
        Entry entry;
        // freexl converts each entry's name with the length stored here, unchecked, from a 64-byte
        // field: a longer one is damage, refused before freexl reads past the field.
        const int nameBytes = int(e[64] | e[65] << 8);
        if (nameBytes > 64)
            return setError(damaged(QCoreApplication::translate("wp::io", "mục thư mục số %1 ghi tên dài %2 byte, "
                                                                          "quá 64 byte")
                                        .arg(off / EntrySize + 1)
                                        .arg(nameBytes)));
        for (int i = 0; i + 1 < nameBytes; i += 2) {
            const char16_t c = char16_t(e[i] | e[i + 1] << 8);
            if (c == 0)
                break;
            entry.name.append(QChar(c));
        }
        entry.type = e[66];
        entry.start = quint32(e[116]) | quint32(e[117]) << 8 | quint32(e[118]) << 16 | quint32(e[119]) << 24;
        entry.size = quint64(e[120]) | quint64(e[121]) << 8 | quint64(e[122]) << 16 | quint64(e[123]) << 24;
        if (major >= 4)
            entry.size |= quint64(e[124]) << 32 | quint64(e[125]) << 40 | quint64(e[126]) << 48 | quint64(e[127]) << 56;
        if (entry.type == 0)
            continue;
        m_entries.append(entry);
        m_names.append(entry.name);
    }
    if (m_entries.isEmpty() || m_entries.first().type != 5)
        return setError(damaged(QCoreApplication::translate("wp::io", "thiếu mục gốc của thư mục")));
    const Entry& root = m_entries.first();
    if (root.size > 0 && !readChain(root.start, root.size, &m_miniStream, false))
        return false;
    QByteArray miniFat;
    if (m_miniFatStart != EndOfChain && m_miniFatStart != FreeSector) {
        if (!readChain(m_miniFatStart, ~quint64(0), &miniFat, false))
            return false;
        for (qint64 i = 0; i + 4 <= miniFat.size(); i += 4) {
            const auto* p = reinterpret_cast<const uchar*>(miniFat.constData() + i);
            m_miniFat.append(quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24);
        }
    }
    return true;
}

bool CompoundFile::readChain(quint32 start, quint64 size, QByteArray* out, bool mini)
{
    const qint64 sectorSize = mini ? 64 : qint64(1) << m_sectorShift;
    const QVector<quint32>& fat = mini ? m_miniFat : m_fat;
    const QByteArray& data = mini ? m_miniStream : m_bytes;
    const qint64 base = mini ? 0 : sectorSize; // the header takes the place of sector -1
    const bool known = size != ~quint64(0);
    if (known && size > quint64(data.size()))
        return setError(damaged(QCoreApplication::translate("wp::io", "luồng dài hơn tệp")));
    out->clear();
    if (known)
        out->reserve(qsizetype(size));
    quint32 s = start;
    for (qint64 steps = 0; s != EndOfChain && (!known || quint64(out->size()) < size); ++steps) {
        if (s >= quint32(fat.size()) || steps > fat.size())
            return setError(damaged(QCoreApplication::translate("wp::io", "chuỗi sector")));
        const qint64 offset = base + qint64(s) * sectorSize;
        if (offset >= data.size())
            return setError(damaged(QCoreApplication::translate("wp::io", "sector nằm ngoài tệp")));
        out->append(data.constData() + offset, qsizetype(std::min<qint64>(sectorSize, data.size() - offset)));
        s = fat.at(qsizetype(s));
    }
    if (known) {
        if (quint64(out->size()) < size)
            return setError(damaged(QCoreApplication::translate("wp::io", "luồng bị cắt cụt")));
        out->truncate(qsizetype(size));
    }
    return true;
}

std::optional<QByteArray> CompoundFile::stream(const QString& name)
{
    if (!isValid())
        return std::nullopt;
    for (const Entry& e : std::as_const(m_entries)) {
        if (e.type != 2 || e.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QByteArray out;
        if (!readChain(e.start, e.size, &out, e.size < m_miniCutoff))
            return std::nullopt;
        return out;
    }
    return std::nullopt;
}

} // namespace wp::io::cfb
