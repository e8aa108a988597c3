#include "docxpackage.h"

#include <QDateTime>

#include <minizip/zip.h>

#include <cstring>

namespace wp::reports {
namespace {

// minizip's file functions over a QIODevice: the zip is written wherever the device writes.
voidpf ZCALLBACK openDevice(voidpf opaque, const void*, int)
{
    return opaque;
}

uLong ZCALLBACK readDevice(voidpf, voidpf stream, void* buf, uLong size)
{
    const qint64 n = static_cast<QIODevice*>(stream)->read(static_cast<char*>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong ZCALLBACK writeDevice(voidpf, voidpf stream, const void* buf, uLong size)
{
    const qint64 n = static_cast<QIODevice*>(stream)->write(static_cast<const char*>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

ZPOS64_T ZCALLBACK tellDevice(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice*>(stream)->pos());
}

long ZCALLBACK seekDevice(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* device = static_cast<QIODevice*>(stream);
    qint64 to = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        to += device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        to += device->size();
    return device->seek(to) ? 0 : -1;
}

int ZCALLBACK closeDevice(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK deviceError(voidpf, voidpf)
{
    return 0;
}

zip_fileinfo nowInfo()
{
    zip_fileinfo info;
    std::memset(&info, 0, sizeof info);
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date.tm_sec = uInt(now.time().second());
    info.tmz_date.tm_min = uInt(now.time().minute());
    info.tmz_date.tm_hour = uInt(now.time().hour());
    info.tmz_date.tm_mday = uInt(now.date().day());
    info.tmz_date.tm_mon = uInt(now.date().month() - 1);
    info.tmz_date.tm_year = uInt(now.date().year());
    return info;
}

} // namespace

/// The bytes of the open part, handed to minizip as they are written.
class DocxPackage::EntryDevice final : public QIODevice
{
public:
    explicit EntryDevice(zipFile zip) : m_zip(zip) { open(QIODevice::WriteOnly); }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        // zipWriteInFileInZip takes an unsigned int: feed it in slices.
        for (qint64 done = 0; done < size;) {
            const unsigned slice = unsigned(qMin<qint64>(size - done, 1 << 20));
            if (zipWriteInFileInZip(m_zip, data + done, slice) != ZIP_OK) {
                m_failed = true;
                return -1;
            }
            done += slice;
        }
        return size;
    }

private:
    zipFile m_zip;
    bool m_failed = false;
};

DocxPackage::DocxPackage(QIODevice& device) : m_device(device)
{
    zlib_filefunc64_def functions{openDevice, readDevice,  writeDevice, tellDevice,
                                  seekDevice, closeDevice, deviceError, &m_device};
    m_zip = zipOpen2_64(&m_device, APPEND_STATUS_CREATE, nullptr, &functions);
    if (!m_zip)
        fail(tr("không tạo được tệp nén"));
}

DocxPackage::~DocxPackage()
{
    if (m_zip) {
        end();
        zipClose(m_zip, nullptr);
    }
}

bool DocxPackage::fail(const QString& what)
{
    if (!m_failed) {
        m_failed = true;
        m_error = m_device.errorString().isEmpty() || m_device.errorString() == QLatin1String("Unknown error")
                      ? what
                      : QStringLiteral("%1: %2").arg(what, m_device.errorString());
    }
    return false;
}

QIODevice* DocxPackage::begin(const QString& name)
{
    if (!end() || m_failed)
        return nullptr;
    const zip_fileinfo info = nowInfo();
    // Part names are stored as given: forward slashes, no leading slash (OPC).
    if (zipOpenNewFileInZip64(m_zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_DEFAULT_COMPRESSION, 0) != ZIP_OK) {
        fail(tr("không ghi được phần %1 của tệp").arg(name));
        return nullptr;
    }
    m_entry = std::make_unique<EntryDevice>(static_cast<zipFile>(m_zip));
    return m_entry.get();
}

bool DocxPackage::end()
{
    if (!m_entry)
        return !m_failed;
    const bool written = !m_entry->failed();
    m_entry.reset();
    if (zipCloseFileInZip(m_zip) != ZIP_OK || !written)
        return fail(tr("không ghi được tệp"));
    return true;
}

bool DocxPackage::add(const QString& name, const QByteArray& bytes)
{
    QIODevice* part = begin(name);
    if (!part)
        return false;
    if (part->write(bytes) != bytes.size())
        return fail(tr("không ghi được phần %1 của tệp").arg(name));
    return end();
}

bool DocxPackage::close()
{
    if (!m_zip)
        return false;
    end();
    const int closed = zipClose(m_zip, nullptr);
    m_zip = nullptr;
    if (closed != ZIP_OK)
        return fail(tr("không ghi được tệp"));
    return !m_failed;
}

} // namespace wp::reports
