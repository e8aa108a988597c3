#pragma once

// Private to wp_reports: the zip container of a .docx, written with the system minizip.

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

namespace wp::reports {

/// An Open Packaging Conventions package (the zip of a .docx) written part by part onto a
/// device — a QSaveFile, so that a failure never leaves half a file. Written with the system
/// minizip's zip API, never QuaZip (which clashes with libxlsxwriter's minizip symbols).
class DocxPackage
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::DocxPackage)

public:
    /// @p device must be open for writing and seekable.
    explicit DocxPackage(QIODevice& device);
    ~DocxPackage();
    DocxPackage(const DocxPackage&) = delete;
    DocxPackage& operator=(const DocxPackage&) = delete;

    /// Adds the part @p name ("word/document.xml") with @p bytes.
    bool add(const QString& name, const QByteArray& bytes);
    /// Starts the part @p name and returns a device its bytes are written to, deflated as they
    /// come (a large document is never held whole in memory); valid until the next part.
    QIODevice* begin(const QString& name);
    /// Ends the open part, if any.
    bool end();
    /// Writes the zip's central directory. False when anything failed on the way.
    bool close();
    bool failed() const { return m_failed; }
    QString errorString() const { return m_error; }

private:
    class EntryDevice;
    bool fail(const QString& what);

    QIODevice& m_device;
    void* m_zip = nullptr;
    std::unique_ptr<EntryDevice> m_entry;
    bool m_failed = false;
    QString m_error;
};

} // namespace wp::reports
