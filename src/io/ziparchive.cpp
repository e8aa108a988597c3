// ZipArchive: the entries of an xlsx/docx/ods file through minizip, with their inflated size
// bounded (xlsxparts.h).
#include "xlsxparts.h"

#include "readhelpers.h"

#include <QCoreApplication>
#include <QFile>

namespace wp::io::xlsx {

namespace {
// A workbook has a few dozen parts; a hostile zip may list millions of names. Past this many
// the rest are not indexed (and so not found).
constexpr int MaxIndexedEntries = 200'000;
} // namespace

ZipArchive::ZipArchive(const QString& path)
{
    m_zip = unzOpen64(QFile::encodeName(path).constData());
    if (!m_zip)
        return;
    // One pass over the central directory: every later lookup is a hash lookup, and names
    // written with Windows separators are found under their OPC names.
    char name[1024];
    for (int rc = unzGoToFirstFile(m_zip); rc == UNZ_OK && m_entries.size() < MaxIndexedEntries;
         rc = unzGoToNextFile(m_zip)) {
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            break;
        unz64_file_pos pos{};
        if (unzGetFilePos64(m_zip, &pos) != UNZ_OK)
            break;
        const QString k = key(QString::fromUtf8(name, qsizetype(strnlen(name, sizeof name))));
        if (!m_entries.contains(k)) // the first of two entries with one name, as minizip's lookup did
            m_entries.insert(k, pos);
    }
}

QString ZipArchive::key(const QString& entry)
{
    QString k = entry.toLower();
    k.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (k.startsWith(QLatin1Char('/')))
        k.remove(0, 1);
    return k;
}

ZipArchive::~ZipArchive()
{
    if (m_zip) {
        closeEntry();
        unzClose(m_zip);
    }
}

bool ZipArchive::contains(const QString& entry)
{
    if (!m_zip || entry.isEmpty())
        return false;
    return m_entries.contains(key(entry));
}

bool ZipArchive::openEntry(const QString& entry, qint64 maxInflatedBytes)
{
    m_error = Error::None;
    const auto found = m_entries.constFind(key(entry));
    if (!m_zip || found == m_entries.cend())
        return false;
    // Moving to the entry moves minizip's current file; never do that under an open entry.
    closeEntry();
    unz64_file_pos pos = *found;
    if (unzGoToFilePos64(m_zip, &pos) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK) {
        m_error = Error::Corrupt;
        return false;
    }
    m_entryOpen = true;
    m_inflated = 0;
    m_limit = maxInflatedBytes;
    return true;
}

int ZipArchive::read(char* buffer, int size)
{
    if (!m_entryOpen)
        return m_error == Error::None ? 0 : -1;
    const int n = unzReadCurrentFile(m_zip, buffer, unsigned(size));
    if (n < 0) {
        m_error = Error::Corrupt;
        closeEntry();
        return -1;
    }
    if (n == 0) {
        m_entryOpen = false;
        if (unzCloseCurrentFile(m_zip) != UNZ_OK) { // the CRC check of the whole entry
            m_error = Error::Corrupt;
            return -1;
        }
        return 0;
    }
    m_inflated += n;
    if (m_inflated > m_limit) {
        m_error = Error::TooLarge;
        closeEntry();
        return -1;
    }
    return n;
}

void ZipArchive::closeEntry()
{
    if (m_entryOpen) {
        unzCloseCurrentFile(m_zip);
        m_entryOpen = false;
    }
}

} // namespace wp::io::xlsx
