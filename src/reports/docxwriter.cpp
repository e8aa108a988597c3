#include "workprogram/reports/docxwriter.h"

#include "docxbody.h"
#include "docxpackage.h"

#include "workprogram/reports/barchart.h"
#include "workprogram/reports/reportcontent.h"

#include <QBuffer>
#include <QDateTime>
#include <QGuiApplication>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <cmath>
#include <functional>

namespace wp::reports {
namespace {

const QString wordNs = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString relNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString packageRelNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString relTypes = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

/// Charts are embedded at this resolution: sharp on paper, a few hundred kilobytes at most.
constexpr double chartDpi = 200;

QByteArray xmlPart(const std::function<void(QXmlStreamWriter&)>& body)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    body(xml);
    xml.writeEndDocument();
    return bytes;
}

struct Relation
{
    QString id;
    QString type;
    QString target;
};

QByteArray relationships(const QVector<Relation>& relations)
{
    return xmlPart([&](QXmlStreamWriter& xml) {
        xml.writeDefaultNamespace(packageRelNs);
        xml.writeStartElement(packageRelNs, QStringLiteral("Relationships"));
        for (const Relation& r : relations) {
            emptyElement(
                xml, packageRelNs, QStringLiteral("Relationship"),
                {{QStringLiteral("Id"), r.id}, {QStringLiteral("Type"), r.type}, {QStringLiteral("Target"), r.target}});
        }
        xml.writeEndElement();
    });
}

QByteArray contentTypes()
{
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
    const QString wml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    return xmlPart([&](QXmlStreamWriter& xml) {
        xml.writeDefaultNamespace(ns);
        xml.writeStartElement(ns, QStringLiteral("Types"));
        const QPair<QString, QString> defaults[] = {
            {QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")},
            {QStringLiteral("xml"), QStringLiteral("application/xml")},
            {QStringLiteral("png"), QStringLiteral("image/png")}};
        for (const auto& [extension, type] : defaults) {
            emptyElement(xml, ns, QStringLiteral("Default"),
                         {{QStringLiteral("Extension"), extension}, {QStringLiteral("ContentType"), type}});
        }
        const QPair<QString, QString> overrides[] = {
            {QStringLiteral("/word/document.xml"), wml + QStringLiteral("document.main+xml")},
            {QStringLiteral("/word/styles.xml"), wml + QStringLiteral("styles+xml")},
            {QStringLiteral("/word/settings.xml"), wml + QStringLiteral("settings+xml")},
            {QStringLiteral("/word/header1.xml"), wml + QStringLiteral("header+xml")},
            {QStringLiteral("/word/header2.xml"), wml + QStringLiteral("header+xml")},
            {QStringLiteral("/docProps/core.xml"),
             QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")}};
        for (const auto& [part, type] : overrides) {
            emptyElement(xml, ns, QStringLiteral("Override"),
                         {{QStringLiteral("PartName"), part}, {QStringLiteral("ContentType"), type}});
        }
        xml.writeEndElement();
    });
}

QByteArray coreProperties(const QString& title)
{
    return xmlPart([&](QXmlStreamWriter& xml) {
        xml.writeStartElement(QStringLiteral("cp:coreProperties"));
        xml.writeAttribute(QStringLiteral("xmlns:cp"),
                           QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
        xml.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
        xml.writeAttribute(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
        xml.writeAttribute(QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
        xml.writeTextElement(QStringLiteral("dc:title"), title);
        xml.writeStartElement(QStringLiteral("dcterms:created"));
        xml.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
        xml.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

void startWordRoot(QXmlStreamWriter& xml, const QString& name)
{
    xml.writeStartElement(name);
    xml.writeAttribute(QStringLiteral("xmlns:w"), wordNs);
    xml.writeAttribute(QStringLiteral("xmlns:r"), relNs);
}

void halfPoints(QXmlStreamWriter& xml, int value)
{
    for (const QString& name : {QStringLiteral("w:sz"), QStringLiteral("w:szCs")}) {
        emptyElement(xml, name, {{QStringLiteral("w:val"), QString::number(value)}});
    }
}

/// Times New Roman 14 pt for everything not set otherwise, single spacing, no space after
/// paragraphs, Vietnamese for the spelling checker.
QByteArray styles()
{
    return xmlPart([](QXmlStreamWriter& xml) {
        startWordRoot(xml, QStringLiteral("w:styles"));
        xml.writeStartElement(QStringLiteral("w:docDefaults"));
        xml.writeStartElement(QStringLiteral("w:rPrDefault"));
        xml.writeStartElement(QStringLiteral("w:rPr"));
        xml.writeEmptyElement(QStringLiteral("w:rFonts"));
        for (const char* a : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"})
            xml.writeAttribute(QLatin1String(a), QStringLiteral("Times New Roman"));
        halfPoints(xml, 28);
        emptyElement(xml, QStringLiteral("w:lang"), {{QStringLiteral("w:val"), QStringLiteral("vi-VN")}});
        xml.writeEndElement(); // rPr
        xml.writeEndElement(); // rPrDefault
        xml.writeStartElement(QStringLiteral("w:pPrDefault"));
        xml.writeStartElement(QStringLiteral("w:pPr"));
        emptyElement(xml, QStringLiteral("w:spacing"),
                     {{QStringLiteral("w:after"), QStringLiteral("0")},
                      {QStringLiteral("w:line"), QStringLiteral("240")},
                      {QStringLiteral("w:lineRule"), QStringLiteral("auto")}});
        xml.writeEndElement(); // pPr
        xml.writeEndElement(); // pPrDefault
        xml.writeEndElement(); // docDefaults

        auto style = [&](const QString& type, const QString& id, const QString& name, bool hidden) {
            xml.writeStartElement(QStringLiteral("w:style"));
            xml.writeAttribute(QStringLiteral("w:type"), type);
            xml.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
            xml.writeAttribute(QStringLiteral("w:styleId"), id);
            emptyElement(xml, QStringLiteral("w:name"), {{QStringLiteral("w:val"), name}});
            if (hidden) {
                emptyElement(xml, QStringLiteral("w:uiPriority"), {{QStringLiteral("w:val"), QStringLiteral("99")}});
                xml.writeEmptyElement(QStringLiteral("w:semiHidden"));
                xml.writeEmptyElement(QStringLiteral("w:unhideWhenUsed"));
            } else {
                xml.writeEmptyElement(QStringLiteral("w:qFormat"));
            }
        };
        style(QStringLiteral("paragraph"), QStringLiteral("Normal"), QStringLiteral("Normal"), false);
        xml.writeEndElement();
        style(QStringLiteral("character"), QStringLiteral("DefaultParagraphFont"),
              QStringLiteral("Default Paragraph Font"), true);
        xml.writeEndElement();
        style(QStringLiteral("table"), QStringLiteral("TableNormal"), QStringLiteral("Normal Table"), true);
        xml.writeStartElement(QStringLiteral("w:tblPr"));
        emptyElement(xml, QStringLiteral("w:tblInd"),
                     {{QStringLiteral("w:w"), QStringLiteral("0")}, {QStringLiteral("w:type"), QStringLiteral("dxa")}});
        xml.writeEndElement(); // tblPr
        xml.writeEndElement();
        style(QStringLiteral("numbering"), QStringLiteral("NoList"), QStringLiteral("No List"), true);
        xml.writeEndElement();
        xml.writeEndElement(); // styles
    });
}

QByteArray settings()
{
    return xmlPart([](QXmlStreamWriter& xml) {
        startWordRoot(xml, QStringLiteral("w:settings"));
        emptyElement(xml, QStringLiteral("w:zoom"), {{QStringLiteral("w:percent"), QStringLiteral("100")}});
        emptyElement(xml, QStringLiteral("w:defaultTabStop"), {{QStringLiteral("w:val"), QStringLiteral("720")}});
        emptyElement(xml, QStringLiteral("w:characterSpacingControl"),
                     {{QStringLiteral("w:val"), QStringLiteral("doNotCompress")}});
        // Word 2013 and later: tables and spacing as current Word lays them out.
        xml.writeStartElement(QStringLiteral("w:compat"));
        emptyElement(xml, QStringLiteral("w:compatSetting"),
                     {{QStringLiteral("w:name"), QStringLiteral("compatibilityMode")},
                      {QStringLiteral("w:uri"), QStringLiteral("http://schemas.microsoft.com/office/word")},
                      {QStringLiteral("w:val"), QStringLiteral("15")}});
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

/// The page header: the page number centred, 13 pt (the first page of each section has an
/// empty header of its own).
QByteArray pageHeader(bool withNumber)
{
    return xmlPart([&](QXmlStreamWriter& xml) {
        startWordRoot(xml, QStringLiteral("w:hdr"));
        xml.writeStartElement(QStringLiteral("w:p"));
        xml.writeStartElement(QStringLiteral("w:pPr"));
        emptyElement(xml, QStringLiteral("w:jc"), {{QStringLiteral("w:val"), QStringLiteral("center")}});
        xml.writeEndElement();
        if (withNumber) {
            auto run = [&](const std::function<void()>& content) {
                xml.writeStartElement(QStringLiteral("w:r"));
                xml.writeStartElement(QStringLiteral("w:rPr"));
                halfPoints(xml, 26);
                xml.writeEndElement();
                content();
                xml.writeEndElement();
            };
            auto fieldChar = [&](const QString& type) {
                run([&] { emptyElement(xml, QStringLiteral("w:fldChar"), {{QStringLiteral("w:fldCharType"), type}}); });
            };
            fieldChar(QStringLiteral("begin"));
            run([&] {
                xml.writeStartElement(QStringLiteral("w:instrText"));
                xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                xml.writeCharacters(QStringLiteral(" PAGE "));
                xml.writeEndElement();
            });
            fieldChar(QStringLiteral("separate"));
            run([&] { xml.writeTextElement(QStringLiteral("w:t"), QStringLiteral("2")); });
            fieldChar(QStringLiteral("end"));
        }
        xml.writeEndElement(); // p
        xml.writeEndElement(); // hdr
    });
}

} // namespace

QString DocxWriter::write(const ReportData& data, const QString& path)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return tr("cần một QGuiApplication để viết báo cáo");
    const ReportContent content = ReportContent::make(data);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("không ghi được tệp %1: %2").arg(path, file.errorString());

    QString error;
    {
        DocxPackage zip(file);
        QVector<Relation> documentRelations{
            {QStringLiteral("rIdStyles"), relTypes + QStringLiteral("styles"), QStringLiteral("styles.xml")},
            {QStringLiteral("rIdSettings"), relTypes + QStringLiteral("settings"), QStringLiteral("settings.xml")},
            {WordML::headerRelation(), relTypes + QStringLiteral("header"), QStringLiteral("header1.xml")},
            {WordML::firstHeaderRelation(), relTypes + QStringLiteral("header"), QStringLiteral("header2.xml")}};
        zip.add(QStringLiteral("[Content_Types].xml"), contentTypes());
        zip.add(QStringLiteral("_rels/.rels"),
                relationships({{QStringLiteral("rId1"), relTypes + QStringLiteral("officeDocument"),
                                QStringLiteral("word/document.xml")},
                               {QStringLiteral("rId2"),
                                QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                                               "core-properties"),
                                QStringLiteral("docProps/core.xml")}}));
        zip.add(QStringLiteral("docProps/core.xml"), coreProperties(content.title));
        zip.add(QStringLiteral("word/styles.xml"), styles());
        zip.add(QStringLiteral("word/settings.xml"), settings());
        zip.add(QStringLiteral("word/header1.xml"), pageHeader(true));
        zip.add(QStringLiteral("word/header2.xml"), pageHeader(false));

        // The charts as pictures across the body width, before the document that shows them.
        const double widthMm = DocxPage::a4(content.orientation).bodyWidth() * 25.4 / 1440.0;
        QVector<DocxPicture> pictures;
        for (const ReportSection& section : content.sections)
            for (const Part& part : section.parts)
                if (const auto* chart = std::get_if<ChartPart>(&part.content)) {
                    ChartPart bars = *chart;
                    bars.title.clear(); // the title is a paragraph of the document
                    const QImage image = BarChart(bars).image(widthMm, chartDpi);
                    QByteArray png;
                    QBuffer buffer(&png);
                    buffer.open(QIODevice::WriteOnly);
                    image.save(&buffer, "PNG");
                    const int n = int(pictures.size()) + 1;
                    const QString name = QStringLiteral("chart%1.png").arg(n);
                    zip.add(QStringLiteral("word/media/") + name, png);
                    DocxPicture picture;
                    picture.relationId = QStringLiteral("rIdChart%1").arg(n);
                    picture.name = name;
                    picture.cx = qint64(std::llround(widthMm * 36000));
                    picture.cy = qint64(std::llround(image.height() / chartDpi * 914400));
                    pictures.append(picture);
                    documentRelations.append(
                        {picture.relationId, relTypes + QStringLiteral("image"), QStringLiteral("media/") + name});
                }

        if (QIODevice* document = zip.begin(QStringLiteral("word/document.xml"))) {
            DocxBody body(*document, content, pictures);
            body.write();
            zip.end();
        }
        zip.add(QStringLiteral("word/_rels/document.xml.rels"), relationships(documentRelations));
        if (!zip.close())
            error = zip.errorString();
    }
    if (!error.isEmpty()) {
        file.cancelWriting();
        return tr("không ghi được tệp %1: %2").arg(path, error);
    }
    if (!file.commit())
        return tr("không ghi được tệp %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace wp::reports
