#pragma once

// Reading the .docx the reports write: their parts (minizip), and the PDF LibreOffice makes of
// them, a real client, not the program's own reader.

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVector>
#include <QXmlStreamReader>

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

struct DocxRow
{
    bool header = false;    ///< w:tblHeader: repeated on every page
    bool cantSplit = false; ///< w:cantSplit
    bool keepNext = true;   ///< every paragraph of the row is kept with what follows
    QStringList cells;      ///< text, w:br as "\n"
};

struct DocxTable
{
    bool bordered = false;
    QVector<DocxRow> rows;
};

struct DocxSection
{
    int width = 0;
    int height = 0;
    QString orient;
    QMap<QString, int> margins; ///< top, right, bottom, left, header
    bool titlePage = false;
    QString pageStart;
    QStringList headerTypes;
};

struct DocxDocument
{
    QString error;
    QVector<DocxTable> tables;
    QVector<DocxSection> sections;
    QStringList paragraphs; ///< outside tables
};

/// The tables, sections and paragraphs of a word/document.xml, as a reader meets them.
inline DocxDocument readDocument(const QByteArray& xml)
{
    DocxDocument doc;
    QXmlStreamReader r(xml);
    DocxTable* table = nullptr;
    DocxRow* row = nullptr;
    QString text;
    bool paragraphKeep = false;
    auto attr = [&](const char* name) { return r.attributes().value(QLatin1String(name)).toString(); };
    while (!r.atEnd()) {
        r.readNext();
        const QString name = r.qualifiedName().toString();
        if (r.isStartElement()) {
            if (name == QLatin1String("w:tbl")) {
                doc.tables.append(DocxTable());
                table = &doc.tables.last();
            } else if (name == QLatin1String("w:tr") && table) {
                table->rows.append(DocxRow());
                row = &table->rows.last();
            } else if (name == QLatin1String("w:tblHeader") && row) {
                row->header = true;
            } else if (name == QLatin1String("w:cantSplit") && row) {
                row->cantSplit = true;
            } else if (name == QLatin1String("w:top") && table && table->rows.isEmpty()) {
                if (attr("w:val") == QLatin1String("single"))
                    table->bordered = true;
            } else if (name == QLatin1String("w:tc") && row) {
                row->cells.append(QString());
            } else if (name == QLatin1String("w:p")) {
                paragraphKeep = false;
                if (!row)
                    text.clear();
            } else if (name == QLatin1String("w:keepNext")) {
                paragraphKeep = true;
            } else if (name == QLatin1String("w:br")) {
                (row && !row->cells.isEmpty() ? row->cells.last() : text) += QLatin1Char('\n');
            } else if (name == QLatin1String("w:sectPr")) {
                doc.sections.append(DocxSection());
            } else if (name == QLatin1String("w:pgSz")) {
                doc.sections.last().width = attr("w:w").toInt();
                doc.sections.last().height = attr("w:h").toInt();
                doc.sections.last().orient = attr("w:orient");
            } else if (name == QLatin1String("w:pgMar")) {
                for (const char* m : {"top", "right", "bottom", "left", "header"})
                    doc.sections.last().margins.insert(
                        QLatin1String(m), attr(QStringLiteral("w:%1").arg(QLatin1String(m)).toUtf8()).toInt());
            } else if (name == QLatin1String("w:titlePg")) {
                doc.sections.last().titlePage = true;
            } else if (name == QLatin1String("w:pgNumType")) {
                doc.sections.last().pageStart = attr("w:start");
            } else if (name == QLatin1String("w:headerReference")) {
                doc.sections.last().headerTypes.append(attr("w:type"));
            }
        } else if (r.isCharacters()) {
            if (row && !row->cells.isEmpty())
                row->cells.last() += r.text();
            else
                text += r.text();
        } else if (r.isEndElement()) {
            if (name == QLatin1String("w:tbl")) {
                table = nullptr;
            } else if (name == QLatin1String("w:tr")) {
                row = nullptr;
            } else if (name == QLatin1String("w:p")) {
                if (row)
                    row->keepNext = row->keepNext && paragraphKeep;
                else if (!table)
                    doc.paragraphs.append(text);
            }
        }
    }
    if (r.hasError())
        doc.error = r.errorString();
    return doc;
}

} // namespace wp::test
