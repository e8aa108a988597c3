#pragma once

// Private to wp_io: JSON written as it is produced, in exactly the bytes of
// QJsonDocument::toJson(QJsonDocument::Indented), without building the document first.

#include <QByteArray>
#include <QIODevice>
#include <QJsonValue>
#include <QString>
#include <QVector>

namespace wp::io {

/// Writes one JSON document to a device: objects and arrays are opened and closed, values
/// written in between, and the text goes out in blocks of 64 KiB. The layout (four spaces per
/// level, `"key": value`, `[` and `{` followed by a line break even when empty, a final line
/// break) and the escaping are those of Qt's own writer, so a stream replaces a QJsonDocument
/// byte for byte — provided members are written in the order QJsonObject keeps them: sorted by
/// key (code units).
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice& out) : m_out(out) { m_buffer.reserve(2 * 64 * 1024); }
    ~JsonWriter() { flush(); }
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The key of the next value, inside an object.
    void key(const QString& name);

    void value(const QString& text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void null();
    /// Any value as QJsonDocument would write it (objects and arrays included).
    void value(const QJsonValue& v);
    /// A member of the open object: its key, then its value.
    template <typename T>
    void member(const QString& name, const T& v)
    {
        key(name);
        value(v);
    }

    /// Hands what is buffered to the device; false when the device refused it.
    bool flush();

    /// @p text with JSON's escapes, as UTF-8: what Qt writes between the quotes.
    static void appendEscaped(QByteArray& out, const QString& text);

private:
    void beginValue();
    void open(char bracket);
    void close(char bracket);

    QIODevice& m_out;
    QByteArray m_buffer;
    QVector<int> m_counts; ///< members written so far in each open object or array
    bool m_afterKey = false;
    bool m_failed = false;
};

} // namespace wp::io
