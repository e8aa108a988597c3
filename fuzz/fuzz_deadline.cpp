// libFuzzer target: Deadline::parse, the free-text deadline of a work-program row.
#include "workprogram/core/deadline.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    for (const int year : {2023, 1900, 9999}) {
        const auto d = wp::Deadline::parse(text, year, &error);
        if (d)
            (void)d->kindKey(d->kind());
    }
    return 0;
}
