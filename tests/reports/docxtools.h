#pragma once

// Reading the .docx the reports write: their parts (minizip), and the PDF LibreOffice makes of
// them, a real client, not the program's own reader.

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <minizip/unzip.h>

namespace wp::test {

/// The names of the parts of the zip at @p path.
inline QStringList zipEntries(const QString& path)
{
    QStringList names;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return names;
    for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        char name[512];
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK)
            names.append(QString::fromUtf8(name));
    }
    unzClose(zip);
    return names;
}

/// The bytes of part @p name of the zip at @p path (empty when absent).
inline QByteArray zipEntry(const QString& path, const QString& name)
{
    QByteArray bytes;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return bytes;
    if (unzLocateFile(zip, name.toUtf8().constData(), 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[65536];
        for (int n = unzReadCurrentFile(zip, buffer, sizeof buffer); n > 0;
             n = unzReadCurrentFile(zip, buffer, sizeof buffer))
            bytes.append(buffer, n);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return bytes;
}

/// Converts @p docx to PDF with LibreOffice headless (a private profile, so that tests running
/// at the same time never share one) and returns the PDF's path, empty when none was made.
inline QString libreOfficePdf(const QString& docx)
{
    QTemporaryDir profile;
    const QString outDir = QFileInfo(docx).absolutePath();
    QProcess soffice;
    soffice.start(QStringLiteral("soffice"),
                  {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                   QStringLiteral("-env:UserInstallation=file://") + profile.path(), QStringLiteral("--convert-to"),
                   QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir, docx});
    soffice.waitForFinished(300000);
    const QString pdf = QDir(outDir).filePath(QFileInfo(docx).completeBaseName() + QStringLiteral(".pdf"));
    return QFileInfo::exists(pdf) ? pdf : QString();
}

} // namespace wp::test
