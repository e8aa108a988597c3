#include "jsonwriter.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace wp::io {
namespace {

constexpr qsizetype BlockSize = 64 * 1024;

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

} // namespace

void JsonWriter::appendEscaped(QByteArray& out, const QString& text)
{
    // The rules of Qt's qjsonwriter.cpp: ", \ and the C0 controls escaped (\b \f \n \r \t by
    // name, the rest as \u00xx), U+007F and everything above written as UTF-8, and a surrogate
    // that is not half of a pair written as \uxxxx.
    const char16_t* p = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                out += char(u);
                continue;
            }
            out += '\\';
            switch (u) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case 0x08:
                out += 'b';
                break;
            case 0x0c:
                out += 'f';
                break;
            case 0x0a:
                out += 'n';
                break;
            case 0x0d:
                out += 'r';
                break;
            case 0x09:
                out += 't';
                break;
            default:
                out += "u00";
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else {
            out += "\\u";
            out += hexDigit((u >> 12) & 0xf);
            out += hexDigit((u >> 8) & 0xf);
            out += hexDigit((u >> 4) & 0xf);
            out += hexDigit(u & 0xf);
        }
    }
}

void JsonWriter::beginValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.isEmpty())
        return; // the document itself
    if (m_counts.last()++ > 0)
        m_buffer += ",\n";
    m_buffer.append(4 * m_counts.size(), ' ');
}

void JsonWriter::open(char bracket)
{
    beginValue();
    m_buffer += bracket;
    m_buffer += '\n';
    m_counts.append(0);
}

void JsonWriter::close(char bracket)
{
    const int members = m_counts.takeLast();
    if (members > 0)
        m_buffer += '\n';
    m_buffer.append(4 * m_counts.size(), ' ');
    m_buffer += bracket;
    if (m_counts.isEmpty()) {
        m_buffer += '\n';
        flush();
    } else if (m_buffer.size() >= BlockSize) {
        flush();
    }
}

void JsonWriter::beginObject()
{
    open('{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::key(const QString& name)
{
    beginValue();
    m_buffer += '"';
    appendEscaped(m_buffer, name);
    m_buffer += "\": ";
    m_afterKey = true;
}

void JsonWriter::value(const QString& text)
{
    beginValue();
    m_buffer += '"';
    appendEscaped(m_buffer, text);
    m_buffer += '"';
}

void JsonWriter::value(qint64 number)
{
    beginValue();
    m_buffer += QByteArray::number(number);
}

void JsonWriter::null()
{
    beginValue();
    m_buffer += "null";
}

void JsonWriter::value(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        beginValue();
        m_buffer += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        // QJsonValue keeps integers apart from doubles (Double is the type of both); Qt writes
        // the one as an integer and the other in its shortest form, null when not finite.
        const QCborValue c = QCborValue::fromJsonValue(v);
        if (c.isInteger()) {
            value(c.toInteger());
            break;
        }
        beginValue();
        const double d = v.toDouble();
        m_buffer += std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
        break;
    }
    case QJsonValue::String:
        value(v.toString());
        break;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue element : v.toArray())
            value(element);
        endArray();
        break;
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        beginObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

bool JsonWriter::flush()
{
    if (!m_buffer.isEmpty() && !m_failed)
        m_failed = m_out.write(m_buffer) != m_buffer.size();
    m_buffer.resize(0); // keeps its room for the next block
    return !m_failed;
}

} // namespace wp::io
