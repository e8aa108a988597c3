#include "sha256.h"

#include "workprogram/storage/database.h"

#include <openssl/evp.h>

namespace wp::storage {

namespace {

/// The algorithm fetched once: EVP_sha256() would look it up in the provider on every digest.
const EVP_MD* sha256Md()
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

[[noreturn]] void fail()
{
    throw StorageError(QStringLiteral("SHA-256 (libcrypto) failed"));
}

} // namespace

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || !sha256Md())
        fail();
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::reset()
{
    if (EVP_DigestInit_ex2(m_ctx, sha256Md(), nullptr) != 1)
        fail();
}

void Sha256::add(const char* data, qsizetype size)
{
    if (size > 0 && EVP_DigestUpdate(m_ctx, data, size_t(size)) != 1)
        fail();
}

QByteArray Sha256::hexDigest()
{
    unsigned char digest[32];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx, digest, &length) != 1 || length != sizeof digest)
        fail();
    static const char digits[] = "0123456789abcdef";
    QByteArray hex(64, Qt::Uninitialized);
    char* out = hex.data();
    for (const unsigned char byte : digest) {
        *out++ = digits[byte >> 4];
        *out++ = digits[byte & 0xF];
    }
    return hex;
}

QByteArray Sha256::hex(const char* data, qsizetype size)
{
    thread_local Sha256 hash;
    hash.reset();
    hash.add(data, size);
    return hash.hexDigest();
}

} // namespace wp::storage
