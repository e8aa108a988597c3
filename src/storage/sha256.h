#pragma once

// Private to wp_storage: the one SHA-256 of the storage layer (the three hash chains, the
// history's bulk writer, a file's hash for backups and restores), through OpenSSL's libcrypto,
// which uses the CPU's SHA instructions where it has them (about ten times Qt's portable C: an
// import of 100 000 items hashes 100 000 history rows).

#include <QByteArray>

struct evp_md_ctx_st;

namespace wp::storage {

/// SHA-256 fed in parts; hexDigest() ends it (feed again only after reset()).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void reset();
    void add(const char* data, qsizetype size);
    void add(const QByteArray& bytes) { add(bytes.constData(), bytes.size()); }
    /// The 64 lower-case hex digits of everything added since the start or reset().
    QByteArray hexDigest();

    /// Lower-case hex SHA-256 of @p size bytes at @p data (one object per thread, reused).
    static QByteArray hex(const char* data, qsizetype size);
    static QByteArray hex(const QByteArray& bytes) { return hex(bytes.constData(), bytes.size()); }

private:
    evp_md_ctx_st* m_ctx;
};

} // namespace wp::storage
