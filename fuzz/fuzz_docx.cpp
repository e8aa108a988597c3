// libFuzzer target: the Word reader (zip, relationships, numbering and styles, document.xml: both passes), with the legacy-text converter on its rows.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    wp::fuzz::readTable(data, size, "docx");
    return 0;
}
