#include "xlsxparts.h"

#include "readhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

#include <new>

namespace wp::io::xlsx {

namespace {
constexpr int ChunkSize = 64 * 1024;
} // namespace

// ---------------------------------------------------------------------------------------------
// XmlPart

XmlPart::XmlPart(ZipArchive& zip, const ReadLimits& limits) : m_zip(zip), m_limits(limits) {}

XmlPart::~XmlPart()
{
    release();
}

void XmlPart::release()
{
    if (m_parser) {
        XML_ParserFree(m_parser);
        m_parser = nullptr;
    }
}

bool XmlPart::begin(const QString& entry, bool isSheet)
{
    release();
    m_entry = entry;
    m_isSheet = isSheet;
    m_suspended = m_suspendRequested = m_lastChunk = m_finished = m_aborted = false;
    m_depth = 0;
    m_error = ReadError{};
    if (!m_zip.openEntry(entry, m_limits.maxInflatedBytes)) {
        if (m_zip.lastError() == ZipArchive::Error::None)
            m_error = ReadError{0, -1, QCoreApplication::translate("wp::io", "tệp .xlsx thiếu phần %1").arg(entry)};
        else
            failFromZip();
        m_aborted = true;
        return false;
    }
    m_parser = XML_ParserCreate(nullptr);
    if (!m_parser)
        throw std::bad_alloc();
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &XmlPart::onStart, &XmlPart::onEnd);
    XML_SetCharacterDataHandler(m_parser, &XmlPart::onCharacters);
    // Office never writes a DOCTYPE; refusing it rules out entity-expansion bombs and
    // external entities altogether instead of relying on expat's amplification limits.
    XML_SetStartDoctypeDeclHandler(m_parser, &XmlPart::onDoctype);
    XML_SetEntityDeclHandler(m_parser, &XmlPart::onEntityDecl);
    m_buffer.resize(ChunkSize);
    return true;
}

XmlPart::Status XmlPart::parse()
{
    if (m_aborted || !m_parser)
        return m_finished ? Status::Finished : Status::Failed;
    if (m_finished)
        return Status::Finished;
    for (;;) {
        XML_Status status;
        if (m_suspended) {
            m_suspended = false;
            status = XML_ResumeParser(m_parser);
        } else {
            const int n = m_zip.read(m_buffer.data(), int(m_buffer.size()));
            if (n < 0) {
                failFromZip();
                return Status::Failed;
            }
            m_lastChunk = n == 0;
            status = XML_Parse(m_parser, m_buffer.data(), n, m_lastChunk);
        }
        if (m_aborted)
            return Status::Failed;
        if (status == XML_STATUS_ERROR) {
            failFromExpat();
            return Status::Failed;
        }
        if (status == XML_STATUS_SUSPENDED) {
            m_suspended = true;
            m_suspendRequested = false;
            return Status::Suspended;
        }
        if (m_lastChunk) {
            m_finished = true;
            release();
            return Status::Finished;
        }
    }
}

bool XmlPart::parseAll()
{
    Status status;
    while ((status = parse()) == Status::Suspended) {
    }
    return status == Status::Finished;
}

void XmlPart::suspend()
{
    if (m_suspendRequested || m_aborted)
        return;
    m_suspendRequested = true;
    XML_StopParser(m_parser, XML_TRUE);
}

void XmlPart::abort(int row, int column, const QString& message)
{
    if (m_aborted)
        return;
    m_aborted = true;
    m_error = ReadError{row, column, message};
    if (m_parser)
        XML_StopParser(m_parser, XML_FALSE);
}

namespace {
/// expat's complaint in Vietnamese, with its own words after it for whoever searches for them.
QString xmlErrorText(XML_Error code)
{
    const char* why = nullptr;
    switch (code) {
    case XML_ERROR_NO_MEMORY:
        why = QT_TRANSLATE_NOOP("wp::io", "không đủ bộ nhớ");
        break;
    case XML_ERROR_SYNTAX:
        why = QT_TRANSLATE_NOOP("wp::io", "sai cú pháp");
        break;
    case XML_ERROR_NO_ELEMENTS:
        why = QT_TRANSLATE_NOOP("wp::io", "phần này rỗng hoặc bị cắt cụt");
        break;
    case XML_ERROR_INVALID_TOKEN:
        why = QT_TRANSLATE_NOOP("wp::io", "có ký tự không hợp lệ (byte không phải UTF-8 hoặc ký tự điều khiển)");
        break;
    case XML_ERROR_UNCLOSED_TOKEN:
    case XML_ERROR_PARTIAL_CHAR:
        why = QT_TRANSLATE_NOOP("wp::io", "dữ liệu bị cắt ngang giữa chừng");
        break;
    case XML_ERROR_TAG_MISMATCH:
        why = QT_TRANSLATE_NOOP("wp::io", "thẻ đóng không khớp với thẻ mở");
        break;
    case XML_ERROR_DUPLICATE_ATTRIBUTE:
        why = QT_TRANSLATE_NOOP("wp::io", "một thuộc tính được ghi hai lần");
        break;
    case XML_ERROR_JUNK_AFTER_DOC_ELEMENT:
        why = QT_TRANSLATE_NOOP("wp::io", "có dữ liệu thừa sau phần tử gốc");
        break;
    case XML_ERROR_UNDEFINED_ENTITY:
        why = QT_TRANSLATE_NOOP("wp::io", "có tham chiếu thực thể không xác định");
        break;
    case XML_ERROR_UNCLOSED_CDATA_SECTION:
        why = QT_TRANSLATE_NOOP("wp::io", "đoạn CDATA không được đóng");
        break;
    case XML_ERROR_UNKNOWN_ENCODING:
    case XML_ERROR_INCORRECT_ENCODING:
        why = QT_TRANSLATE_NOOP("wp::io", "bảng mã khai báo không đúng hoặc không được hỗ trợ");
        break;
    case XML_ERROR_MISPLACED_XML_PI:
    case XML_ERROR_XML_DECL:
        why = QT_TRANSLATE_NOOP("wp::io", "khai báo <?xml ?> sai chỗ hoặc sai cú pháp");
        break;
    case XML_ERROR_UNBOUND_PREFIX:
        why = QT_TRANSLATE_NOOP("wp::io", "tiền tố không gian tên chưa được khai báo");
        break;
    default:
        why = QT_TRANSLATE_NOOP("wp::io", "lỗi XML");
        break;
    }
    return QCoreApplication::translate("wp::io", why) + QStringLiteral(" (") +
           QString::fromLatin1(XML_ErrorString(code)) + QLatin1Char(')');
}
} // namespace

void XmlPart::failFromExpat()
{
    m_aborted = true;
    const XML_Error code = XML_GetErrorCode(m_parser);
    const QString xmlLine = QString::number(XML_GetCurrentLineNumber(m_parser));
    const int row = currentRow();
    QString message;
    if (row > 0)
        message = QCoreApplication::translate("wp::io", "XML không hợp lệ trong phần %1 của tệp, ở dòng %2 của bảng "
                                                        "(dòng %3 của XML): %4")
                      .arg(m_entry, QString::number(row), xmlLine, xmlErrorText(code));
    else if (lastRow() > 0)
        message = QCoreApplication::translate("wp::io", "XML không hợp lệ trong phần %1 của tệp, sau dòng %2 của "
                                                        "bảng (dòng %3 của XML): %4")
                      .arg(m_entry, QString::number(lastRow()), xmlLine, xmlErrorText(code));
    else
        message = QCoreApplication::translate("wp::io", "XML không hợp lệ trong phần %1 của tệp (dòng %2 của XML): %3")
                      .arg(m_entry, xmlLine, xmlErrorText(code));
    m_error = ReadError{row, -1, message};
}

void XmlPart::failFromZip()
{
    m_aborted = true;
    if (m_zip.lastError() == ZipArchive::Error::TooLarge) {
        const QString limit = detail::formatBytes(m_limits.maxInflatedBytes);
        m_error = ReadError{
            currentRow(), -1,
            m_isSheet
                ? QCoreApplication::translate("wp::io", "trang tính quá lớn: %1 giải nén ra hơn %2").arg(m_entry, limit)
                : QCoreApplication::translate("wp::io", "tệp Excel quá lớn: phần %1 giải nén ra hơn %2")
                      .arg(m_entry, limit)};
    } else {
        m_error = ReadError{currentRow(), -1,
                            QCoreApplication::translate("wp::io", "tệp không phải là tệp Excel .xlsx hợp lệ "
                                                                  "(dữ liệu nén của %1 bị hỏng)")
                                .arg(m_entry)};
    }
}

namespace {
/// The part of a qualified name after its prefix: "x:row" -> "row". One pass, no strlen.
std::string_view localName(const XML_Char* name)
{
    const char* local = name;
    const char* p = name;
    for (; *p; ++p)
        if (*p == ':')
            local = p + 1;
    return std::string_view(local, size_t(p - local));
}
} // namespace

QString XmlPart::attributeText(const char** attributes, std::string_view name)
{
    const char* value = attribute(attributes, name);
    return value ? QString::fromUtf8(value) : QString();
}

int XmlPart::attributeInt(const char** attributes, std::string_view name, int fallback)
{
    bool ok = false;
    const int v = attributeText(attributes, name).toInt(&ok);
    return ok ? v : fallback;
}

bool XmlPart::onOff(const char** attributes)
{
    const QString v = attributeText(attributes, "val");
    return v.isEmpty() || (v != QLatin1String("0") && v != QLatin1String("false") && v != QLatin1String("off"));
}

const char* XmlPart::attribute(const char** attributes, std::string_view name)
{
    for (int i = 0; attributes[i]; i += 2)
        if (localName(attributes[i]) == name)
            return attributes[i + 1];
    return nullptr;
}

void XMLCALL XmlPart::onStart(void* data, const XML_Char* name, const XML_Char** attributes)
{
    auto* self = static_cast<XmlPart*>(data);
    if (self->m_aborted)
        return;
    if (++self->m_depth > self->m_limits.maxXmlDepth) {
        self->abort(self->currentRow(), -1,
                    QCoreApplication::translate("wp::io", "XML trong %1 lồng quá sâu (hơn %2 cấp)")
                        .arg(self->m_entry, QString::number(self->m_limits.maxXmlDepth)));
        return;
    }
    self->startElement(localName(name), attributes);
}

void XMLCALL XmlPart::onEnd(void* data, const XML_Char* name)
{
    auto* self = static_cast<XmlPart*>(data);
    if (self->m_aborted)
        return;
    --self->m_depth;
    self->endElement(localName(name));
}

void XMLCALL XmlPart::onCharacters(void* data, const XML_Char* s, int length)
{
    auto* self = static_cast<XmlPart*>(data);
    if (!self->m_aborted)
        self->characters(s, length);
}

void XMLCALL XmlPart::onDoctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int)
{
    auto* self = static_cast<XmlPart*>(data);
    self->abort(0, -1,
                QCoreApplication::translate("wp::io", "%1 có khai báo DOCTYPE mà tệp Office không bao giờ có; "
                                                      "tệp bị từ chối vì có thể là tệp độc hại")
                    .arg(self->m_entry));
}

void XMLCALL XmlPart::onEntityDecl(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                                   const XML_Char*, const XML_Char*, const XML_Char*)
{
    onDoctype(data, nullptr, nullptr, nullptr, 0);
}

// ---------------------------------------------------------------------------------------------

QString resolveTarget(const QString& baseDir, const QString& target)
{
    QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    decoded.replace(QLatin1Char('\\'), QLatin1Char('/')); // written by some Windows tools
    if (decoded.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(decoded.mid(1));
    return QDir::cleanPath(baseDir.isEmpty() ? decoded : baseDir + QLatin1Char('/') + decoded);
}

DateFormat dateFormatOf(int numFmtId, const QString& code)
{
    if (code.isEmpty()) {
        // Excel's built-in date and time formats (ECMA-376 18.8.30 and the East Asian ids);
        // 17 is "mmm-yy", what Excel gives a typed "6/2023".
        if (numFmtId == 17)
            return DateFormat::Month;
        const bool date = (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36) ||
                          (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 50 && numFmtId <= 58);
        return date ? DateFormat::Day : DateFormat::None;
    }
    bool day = false;
    bool year = false;
    bool month = false;
    bool hourOrSecond = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) { // literal text: "kg", "ngày"
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == QLatin1Char('[')) { // [Red], [$-42A], [>=100], elapsed [h]
            const qsizetype end = code.indexOf(QLatin1Char(']'), i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // an escaped character, a space the width of the next one, a fill character
        } else {
            switch (c.toLower().unicode()) {
            case 'd':
                day = true;
                break;
            case 'y':
                year = true;
                break;
            case 'm':
                month = true;
                break;
            case 'h':
            case 's':
                hourOrSecond = true;
                break;
            default:
                break;
            }
        }
    }
    // "m" next to hours or seconds means minutes: "h:mm" and "mm:ss" are times, not dates.
    if (day)
        return DateFormat::Day;
    if (month && !hourOrSecond)
        return DateFormat::Month; // "mm/yyyy", "mmm-yy", "mmmm"
    return year ? DateFormat::Year : DateFormat::None;
}

QString relationKind(const Relationship& r)
{
    return r.type.section(QLatin1Char('/'), -1);
}

bool checkOpened(const ZipArchive& zip, QString (*notFormat)(const QString&), ReadError* error)
{
    if (zip.isOpen())
        return true;
    *error = ReadError{0, -1,
                       notFormat(QCoreApplication::translate(
                           "wp::io", "không đọc được cấu trúc zip; tệp bị cắt cụt, hỏng hoặc không phải tệp zip"))};
    return false;
}

bool findOfficeDocument(ZipArchive& zip, const ReadLimits& limits, QString* part, ReadError* error)
{
    const QString rootRels = QStringLiteral("_rels/.rels");
    if (!zip.contains(rootRels))
        return true;
    QVector<Relationship> relationships;
    if (!readRelationships(zip, rootRels, limits, &relationships, error))
        return false;
    for (const Relationship& r : relationships) {
        if (relationKind(r) == QLatin1String("officeDocument") && zip.contains(r.target)) {
            *part = r.target;
            break;
        }
    }
    return true;
}

} // namespace wp::io::xlsx
