#pragma once

// Private to wp_io: a reader of Compound File Binary files (OLE2: .xls, .doc, encrypted Office).

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace wp::io::cfb {

/// The streams of a compound file held in memory. Every sector chain is followed with a bound
/// (a chain longer than the file has sectors is a loop), so a damaged or hostile file gives an
/// error, never a hang or a read outside the file.
class CompoundFile
{
public:
    /// Parses @p bytes (the whole file). On failure, error() says why.
    explicit CompoundFile(QByteArray bytes);

    bool isValid() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    /// The names of the streams and storages, as the directory holds them.
    const QStringList& names() const { return m_names; }
    /// The content of the stream named @p name (case-insensitive); nullopt when missing or
    /// unreadable (then error() says why).
    std::optional<QByteArray> stream(const QString& name);

private:
    struct Entry
    {
        QString name;
        int type = 0;
        quint32 start = 0;
        quint64 size = 0;
    };

    bool parseHeader();
    bool readChain(quint32 start, quint64 size, QByteArray* out, bool mini);
    quint32 u32(qint64 offset) const;
    bool setError(const QString& message);

    QByteArray m_bytes;
    QString m_error;
    int m_sectorShift = 9;
    quint32 m_miniCutoff = 4096;
    quint32 m_miniFatStart = 0;
    quint32 m_directoryStart = 0;
    QVector<quint32> m_fat;
    QVector<quint32> m_miniFat;
    QByteArray m_miniStream;
    QVector<Entry> m_entries;
    QStringList m_names;
};

} // namespace wp::io::cfb
