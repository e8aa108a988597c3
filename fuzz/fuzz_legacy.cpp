// libFuzzer target: the legacy-text functions over any text (TCVN3/VNI conversion, the syllable
// check, the evidence and verdict, mojibake repair).
#include "workprogram/io/legacytext.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    namespace legacy = wp::io::legacy;
    // Both readings a cell can arrive in: bytes as Latin-1 letters, and UTF-8 text.
    for (const QString& text : {QString::fromLatin1(reinterpret_cast<const char*>(data), qsizetype(size)),
                                QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size))}) {
        (void)legacy::verdict(legacy::weigh(text));
        (void)legacy::toUnicode(text, wp::io::LegacyEncoding::Tcvn3);
        (void)legacy::toUnicode(text, wp::io::LegacyEncoding::Vni);
        (void)legacy::repairMojibake(text);
        (void)legacy::isVietnameseSyllable(QStringView(text).left(12));
        (void)legacy::asWindows1252(text);
    }
    return 0;
}
