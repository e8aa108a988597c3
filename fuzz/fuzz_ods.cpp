// libFuzzer target: the OpenDocument reader (zip, mimetype, content.xml), with the legacy-text converter on its rows.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    wp::fuzz::readTable(data, size, "ods");
    return 0;
}
