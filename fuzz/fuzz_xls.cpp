// libFuzzer target: the Excel 97-2003 reader (compound file, BIFF scan, then freexl), with the legacy-text converter on its rows.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    wp::fuzz::readTable(data, size, "xls");
    return 0;
}
