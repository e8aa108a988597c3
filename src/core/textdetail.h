#pragma once

// Private to wp_core: the pieces of folding that text.cpp and search.cpp share.

#include <QChar>
#include <QString>

#include <array>

namespace wp::text::detail {

// Base letter for every code point in the Latin ranges Vietnamese uses, built once from Qt's
// Unicode decomposition tables; 0 means "not a Latin letter with a decomposition".
struct FoldTable
{
    static constexpr char16_t First = 0x00C0;
    static constexpr char16_t Last = 0x1EFF;
    std::array<char16_t, Last - First + 1> base{};

    FoldTable()
    {
        for (char32_t cp = First; cp <= Last; ++cp) {
            QString decomposed = QString(QChar(char16_t(cp))).normalized(QString::NormalizationForm_D);
            if (decomposed.size() > 1 && decomposed.at(0).unicode() < 0x80)
                base[cp - First] = decomposed.at(0).toLower().unicode();
        }
        base[0x0110 - First] = u'd'; // Đ has no decomposition
        base[0x0111 - First] = u'd'; // đ
    }
};

/// The table, built on first use.
const FoldTable& foldTable();

} // namespace wp::text::detail
