// libFuzzer target: the xlsx reader (zip, relationships, workbook, shared strings, styles, sheet).
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    wp::fuzz::readTable(data, size, "xlsx");
    return 0;
}
