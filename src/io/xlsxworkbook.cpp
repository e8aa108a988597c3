// The small parts of an .xlsx read before the sheet: relationships, workbook, shared strings
// and styles. Each is parsed with the same limits as the sheet.

#include "xlsxparts.h"

#include "readhelpers.h"

#include <QCoreApplication>
#include <QHash>

#include <string>

namespace wp::io::xlsx {

namespace {

/// Reads an XmlPart subclass to its end and copies its error out.
template <typename Parser>
bool runParser(Parser& parser, const QString& entry, ReadError* error)
{
    if (!parser.begin(entry, false) || !parser.parseAll()) {
        *error = parser.error();
        return false;
    }
    return true;
}

class RelationshipsParser : public XmlPart
{
public:
    RelationshipsParser(ZipArchive& zip, const ReadLimits& limits, const QString& baseDir, QVector<Relationship>* out)
        : XmlPart(zip, limits), m_baseDir(baseDir), m_out(out)
    {}

protected:
    void startElement(std::string_view name, const char** attributes) override
    {
        if (name != "Relationship")
            return;
        if (attributeText(attributes, "TargetMode").compare(QLatin1String("External"), Qt::CaseInsensitive) == 0)
            return;
        m_out->append(Relationship{attributeText(attributes, "Id"), attributeText(attributes, "Type"),
                                   resolveTarget(m_baseDir, attributeText(attributes, "Target"))});
    }
    void endElement(std::string_view) override {}

private:
    QString m_baseDir;
    QVector<Relationship>* m_out;
};

class WorkbookParser : public XmlPart
{
public:
    WorkbookParser(ZipArchive& zip, const ReadLimits& limits, WorkbookInfo* out) : XmlPart(zip, limits), m_out(out) {}

protected:
    void startElement(std::string_view name, const char** attributes) override
    {
        if (name == "workbookPr") {
            const QString value = attributeText(attributes, "date1904");
            m_out->date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (name == "sheet") {
            const QString state = attributeText(attributes, "state");
            m_out->sheets.append(SheetInfo{attributeText(attributes, "name"), attributeText(attributes, "id"),
                                           state == QLatin1String("hidden") || state == QLatin1String("veryHidden")});
        }
    }
    void endElement(std::string_view) override {}

private:
    WorkbookInfo* m_out;
};

class SharedStringsParser : public XmlPart
{
public:
    SharedStringsParser(ZipArchive& zip, const ReadLimits& limits, SharedStrings* out)
        : XmlPart(zip, limits), m_out(out)
    {}

protected:
    void startElement(std::string_view name, const char**) override
    {
        if (name == "si") {
            if (m_out->strings.size() >= limits().maxSharedStrings) {
                abort(0, -1,
                      QCoreApplication::translate("wp::io", "tệp có hơn %1 chuỗi dùng chung (sharedStrings)")
                          .arg(detail::groupDigits(limits().maxSharedStrings)));
                return;
            }
            m_inItem = true;
            m_text.clear();
            m_units = 0;
            m_tooLong = false;
        } else if (name == "rPh") {
            ++m_phonetic; // the reading of East Asian text, not part of the cell's value
        } else if (name == "t" && m_inItem && m_phonetic == 0) {
            m_inText = true;
        }
    }

    void endElement(std::string_view name) override
    {
        if (name == "t") {
            m_inText = false;
        } else if (name == "rPh") {
            --m_phonetic;
        } else if (name == "si" && m_inItem) {
            m_inItem = false;
            if (m_tooLong)
                m_out->tooLong.insert(m_out->strings.size());
            detail::decodeXmlEscapes(m_text);
            m_out->strings.append(m_tooLong ? QString() : detail::textFromUtf8(m_text));
            m_text.clear();
        }
    }

    void characters(const char* data, int length) override
    {
        if (!m_inText || m_tooLong)
            return;
        for (int i = 0; i < length; ++i)
            m_units += detail::utf16Units(static_cast<unsigned char>(data[i]));
        if (m_units > limits().maxCellChars) {
            // Keep parsing but drop the text: the cell that uses it reports the error with its address.
            m_tooLong = true;
            m_text.clear();
            m_text.shrink_to_fit();
            return;
        }
        m_text.append(data, size_t(length));
    }

private:
    SharedStrings* m_out;
    std::string m_text;
    qint64 m_units = 0;
    int m_phonetic = 0;
    bool m_inItem = false;
    bool m_inText = false;
    bool m_tooLong = false;
};

class StylesParser : public XmlPart
{
public:
    StylesParser(ZipArchive& zip, const ReadLimits& limits) : XmlPart(zip, limits) {}

    std::vector<DateFormat> dateStyles() const
    {
        std::vector<DateFormat> result;
        result.reserve(m_styleFormats.size());
        for (const int id : m_styleFormats)
            result.push_back(dateFormatOf(id, m_codes.value(id)));
        return result;
    }

protected:
    void startElement(std::string_view name, const char** attributes) override
    {
        if (name == "numFmts") {
            m_inNumFmts = true;
        } else if (name == "numFmt" && m_inNumFmts) { // not those of <dxf>, the conditional formats
            m_codes.insert(attributeText(attributes, "numFmtId").toInt(), attributeText(attributes, "formatCode"));
        } else if (name == "cellXfs") {
            m_inCellXfs = true;
        } else if (name == "xf" && m_inCellXfs && m_styleFormats.size() < MaxStyles) {
            m_styleFormats.push_back(attributeText(attributes, "numFmtId").toInt());
        }
    }

    void endElement(std::string_view name) override
    {
        if (name == "cellXfs")
            m_inCellXfs = false;
        else if (name == "numFmts")
            m_inNumFmts = false;
    }

private:
    // Excel itself allows 64 000 cell formats; styles past this bound are read as not dates.
    static constexpr size_t MaxStyles = 1'000'000;
    QHash<int, QString> m_codes;
    std::vector<int> m_styleFormats;
    bool m_inCellXfs = false;
    bool m_inNumFmts = false;
};

} // namespace

bool readRelationships(ZipArchive& zip, const QString& entry, const ReadLimits& limits,
                       QVector<Relationship>* relationships, ReadError* error)
{
    // "xl/_rels/workbook.xml.rels" describes "xl/workbook.xml": targets are relative to "xl".
    const qsizetype rels = entry.lastIndexOf(QLatin1String("_rels/"));
    const QString baseDir = rels > 0 ? entry.left(rels - 1) : QString();
    RelationshipsParser parser(zip, limits, baseDir, relationships);
    return runParser(parser, entry, error);
}

bool readWorkbook(ZipArchive& zip, const QString& entry, const ReadLimits& limits, WorkbookInfo* workbook,
                  ReadError* error)
{
    WorkbookParser parser(zip, limits, workbook);
    return runParser(parser, entry, error);
}

bool readSharedStrings(ZipArchive& zip, const QString& entry, const ReadLimits& limits, SharedStrings* strings,
                       ReadError* error)
{
    SharedStringsParser parser(zip, limits, strings);
    return runParser(parser, entry, error);
}

bool readDateStyles(ZipArchive& zip, const QString& entry, const ReadLimits& limits,
                    std::vector<DateFormat>* dateStyles, ReadError* error)
{
    StylesParser parser(zip, limits);
    if (!runParser(parser, entry, error))
        return false;
    *dateStyles = parser.dateStyles();
    return true;
}

} // namespace wp::io::xlsx
