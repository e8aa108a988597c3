#pragma once

// Private to wp_io: the STT numbers seen in an import, in little memory.

#include <QSet>

#include <vector>

namespace wp::io {

/// A set of positive ints kept as a bitmap up to 2^24 (2 MiB at most) and a hash set above: a
/// million consecutive STT numbers take 125 KiB instead of the ~40 MiB of a QSet<int>.
class NumberSet
{
public:
    NumberSet() = default;
    explicit NumberSet(const QSet<int>& numbers)
    {
        for (int n : numbers)
            insert(n);
    }
    bool contains(int n) const
    {
        if (n >= 0 && n < BitmapLimit)
            return size_t(n) / 64 < m_bits.size() && (m_bits[size_t(n) / 64] >> (n % 64) & 1U);
        return m_large.contains(n);
    }
    void insert(int n)
    {
        if (n >= 0 && n < BitmapLimit) {
            if (m_bits.size() <= size_t(n) / 64)
                m_bits.resize(size_t(n) / 64 + 1);
            m_bits[size_t(n) / 64] |= quint64(1) << (n % 64);
        } else {
            m_large.insert(n);
        }
    }

private:
    static constexpr int BitmapLimit = 1 << 24;
    std::vector<quint64> m_bits;
    QSet<int> m_large;
};

} // namespace wp::io
