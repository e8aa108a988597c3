// libFuzzer target: the CSV reader (encoding detection, quoting, line endings).
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    wp::fuzz::readTable(data, size, "csv");
    return 0;
}
