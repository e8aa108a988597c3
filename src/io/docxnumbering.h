#pragma once

// Private to wp_io: Word's automatic numbering (numbering.xml, and the paragraph styles of
// styles.xml that carry a list), so that an STT cell numbered by Word reads "1.", "2." as shown.

#include "workprogram/io/table.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <array>

namespace wp::io::xlsx {
class ZipArchive;
}

namespace wp::io::docx {

struct ListLevel
{
    int start = 1;
    QString format = QStringLiteral("decimal"); ///< w:numFmt: decimal, upperRoman, lowerLetter, bullet ...
    QString text = QStringLiteral("%1.");       ///< w:lvlText
    int restart = -1;                           ///< w:lvlRestart (1-based level; 0 = never), -1: after any higher level
    bool legal = false;                         ///< w:isLgl: every level shown as decimal
    bool separated = true;                      ///< w:suff is tab or space (not "nothing")
    QString style;                              ///< w:pStyle: the paragraph style bound to this level
};

/// The numbering definitions and the counters of one pass over the document, in document order.
class Numbering
{
public:
    static constexpr int Levels = 9;

    /// Reads numbering.xml and styles.xml from @p zip (either may be missing: no numbering).
    /// False with @p error set when one of them is not well-formed XML.
    bool read(xlsx::ZipArchive& zip, const QString& numberingPart, const QString& stylesPart, const ReadLimits& limits,
              ReadError* error);

    /// The label Word shows before a paragraph with @p numId at level @p level ("1.", "II.",
    /// "a)"), advancing the counters; empty for bullets, "none" and unknown lists.
    QString next(int numId, int level);

    /// The list a paragraph style gives its paragraphs: numId and level, {0, 0} for none.
    std::pair<int, int> styleList(const QString& styleId) const;
    /// The default paragraph style ("Normal"), which paragraphs without w:pStyle have.
    const QString& defaultStyle() const { return m_defaultStyle; }

    /// The counters start again from zero (a second pass over the document).
    void reset();

    // Filled by the parsers in docxnumbering.cpp:
    struct Num
    {
        int abstractId = -1;
        QHash<int, int> startOverride;
        QHash<int, ListLevel> levelOverride;
    };
    struct Style
    {
        QString basedOn;
        int numId = -1; ///< -1: not set by this style
        int level = -1;
    };
    QHash<int, std::array<ListLevel, Levels>> m_abstracts;
    QHash<int, Num> m_nums;
    QHash<QString, Style> m_styles;
    QString m_defaultStyle;

private:
    struct Counters
    {
        std::array<int, Levels> value{};
        std::array<bool, Levels> started{};
    };
    QHash<int, Counters> m_counters; ///< by abstract numbering: lists sharing one continue each other
    QSet<int> m_overridden;          ///< nums whose start overrides have been applied
};

/// @p n in the number format @p format ("upperRoman" 4 -> "IV", "lowerLetter" 28 -> "bb").
QString formatNumber(int n, const QString& format);

} // namespace wp::io::docx
