#pragma once

// The readers take a path: each input is written to a file in a private temporary folder,
// then read to the end the way the importer reads it.

#include <cstddef>
#include <cstdint>

namespace wp::fuzz {

/// Writes @p data to a file named "input.<suffix>" and reads every row of it with openTable().
void readTable(const uint8_t* data, size_t size, const char* suffix);

} // namespace wp::fuzz
