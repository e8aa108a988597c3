#include "docxnumbering.h"

#include "xlsxparts.h"

#include <QSet>

namespace wp::io::docx {

namespace {

/// Word itself stops at 32 767; beyond a billion the counters could overflow.
constexpr int MaxNumber = 1'000'000'000;

using xlsx::XmlPart;

/// Reads the attributes of one <w:lvl> child into @p level.
void levelProperty(std::string_view name, const char** attributes, ListLevel& level)
{
    if (name == "start")
        level.start = std::clamp(XmlPart::attributeInt(attributes, "val", 1), 0, MaxNumber);
    else if (name == "numFmt")
        level.format = XmlPart::attributeText(attributes, "val");
    else if (name == "lvlText")
        level.text = XmlPart::attributeText(attributes, "val");
    else if (name == "lvlRestart")
        level.restart = XmlPart::attributeInt(attributes, "val", -1);
    else if (name == "isLgl")
        level.legal = XmlPart::onOff(attributes);
    else if (name == "suff")
        level.separated = XmlPart::attributeText(attributes, "val") != QLatin1String("nothing");
    else if (name == "pStyle")
        level.style = XmlPart::attributeText(attributes, "val");
}

class NumberingParser : public xlsx::XmlPart
{
public:
    NumberingParser(xlsx::ZipArchive& zip, const ReadLimits& limits, Numbering& out) : XmlPart(zip, limits), m_out(out)
    {}

protected:
    void startElement(std::string_view name, const char** attributes) override
    {
        if (name == "abstractNum") {
            m_abstract = attributeInt(attributes, "abstractNumId", -1);
            if (m_abstract >= 0)
                m_out.m_abstracts[m_abstract] = {};
        } else if (name == "num" && m_abstract < 0) {
            m_num = attributeInt(attributes, "numId", -1);
        } else if (name == "abstractNumId" && m_num >= 0) {
            m_out.m_nums[m_num].abstractId = attributeInt(attributes, "val", -1);
        } else if (name == "lvlOverride" && m_num >= 0) {
            m_overrideLevel = attributeInt(attributes, "ilvl", -1);
        } else if (name == "startOverride" && m_num >= 0 && validLevel(m_overrideLevel)) {
            m_out.m_nums[m_num].startOverride.insert(m_overrideLevel,
                                                     std::clamp(attributeInt(attributes, "val", 1), 0, MaxNumber));
        } else if (name == "lvl") {
            m_level = attributeInt(attributes, "ilvl", -1);
            m_levelData = ListLevel();
        } else if (validLevel(m_level)) {
            levelProperty(name, attributes, m_levelData);
        }
    }

    void endElement(std::string_view name) override
    {
        if (name == "abstractNum") {
            m_abstract = -1;
        } else if (name == "num") {
            m_num = -1;
        } else if (name == "lvlOverride") {
            m_overrideLevel = -1;
        } else if (name == "lvl" && validLevel(m_level)) {
            if (m_abstract >= 0)
                m_out.m_abstracts[m_abstract][size_t(m_level)] = m_levelData;
            else if (m_num >= 0 && m_overrideLevel == m_level)
                m_out.m_nums[m_num].levelOverride.insert(m_level, m_levelData);
            m_level = -1;
        }
    }

private:
    static bool validLevel(int l) { return l >= 0 && l < Numbering::Levels; }

    Numbering& m_out;
    int m_abstract = -1;
    int m_num = -1;
    int m_overrideLevel = -1;
    int m_level = -1;
    ListLevel m_levelData;
};

class StylesParser : public xlsx::XmlPart
{
public:
    StylesParser(xlsx::ZipArchive& zip, const ReadLimits& limits, Numbering& out) : XmlPart(zip, limits), m_out(out) {}

protected:
    void startElement(std::string_view name, const char** attributes) override
    {
        if (name == "style") {
            m_inParagraphStyle = attributeText(attributes, "type") == QLatin1String("paragraph");
            m_id = attributeText(attributes, "styleId");
            if (m_inParagraphStyle && onOffDefault(attributes))
                m_out.m_defaultStyle = m_id;
        } else if (!m_inParagraphStyle || m_id.isEmpty()) {
            return;
        } else if (name == "basedOn") {
            m_out.m_styles[m_id].basedOn = attributeText(attributes, "val");
        } else if (name == "numId") {
            m_out.m_styles[m_id].numId = attributeInt(attributes, "val", -1);
        } else if (name == "ilvl") {
            m_out.m_styles[m_id].level = attributeInt(attributes, "val", -1);
        }
    }
    void endElement(std::string_view name) override
    {
        if (name == "style")
            m_inParagraphStyle = false;
    }

private:
    static bool onOffDefault(const char** attributes)
    {
        const QString v = attributeText(attributes, "default");
        return v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("on");
    }

    Numbering& m_out;
    bool m_inParagraphStyle = false;
    QString m_id;
};

QString roman(int n, bool upper)
{
    if (n <= 0 || n >= 4000)
        return QString::number(n);
    static const std::array<std::pair<int, const char*>, 13> parts = {{{1000, "m"},
                                                                       {900, "cm"},
                                                                       {500, "d"},
                                                                       {400, "cd"},
                                                                       {100, "c"},
                                                                       {90, "xc"},
                                                                       {50, "l"},
                                                                       {40, "xl"},
                                                                       {10, "x"},
                                                                       {9, "ix"},
                                                                       {5, "v"},
                                                                       {4, "iv"},
                                                                       {1, "i"}}};
    QString out;
    for (const auto& [value, letters] : parts)
        for (; n >= value; n -= value)
            out += QLatin1String(letters);
    return upper ? out.toUpper() : out;
}

} // namespace

QString formatNumber(int n, const QString& format)
{
    if (format == QLatin1String("upperRoman") || format == QLatin1String("lowerRoman"))
        return roman(n, format.startsWith(QLatin1Char('u')));
    if (format == QLatin1String("upperLetter") || format == QLatin1String("lowerLetter")) {
        // Word repeats the letter: a ... z, aa ... zz, aaa ...
        if (n <= 0)
            return QString::number(n);
        const QChar letter(char16_t((format.startsWith(QLatin1Char('u')) ? u'A' : u'a') + (n - 1) % 26));
        return QString((n - 1) / 26 + 1 > 50 ? 1 : (n - 1) / 26 + 1, letter);
    }
    if (format == QLatin1String("decimalZero"))
        return n >= 0 && n < 10 ? QLatin1Char('0') + QString::number(n) : QString::number(n);
    return QString::number(n); // decimal, and what this reader does not draw (Chinese counting ...)
}

bool Numbering::read(xlsx::ZipArchive& zip, const QString& numberingPart, const QString& stylesPart,
                     const ReadLimits& limits, ReadError* error)
{
    if (!stylesPart.isEmpty() && zip.contains(stylesPart)) {
        StylesParser parser(zip, limits, *this);
        if (!parser.begin(stylesPart, false) || !parser.parseAll()) {
            *error = parser.error();
            return false;
        }
    }
    if (!numberingPart.isEmpty() && zip.contains(numberingPart)) {
        NumberingParser parser(zip, limits, *this);
        if (!parser.begin(numberingPart, false) || !parser.parseAll()) {
            *error = parser.error();
            return false;
        }
    }
    return true;
}

void Numbering::reset()
{
    m_counters.clear();
    m_overridden.clear();
}

std::pair<int, int> Numbering::styleList(const QString& styleId) const
{
    int numId = -1;
    int level = -1;
    QString id = styleId;
    for (int depth = 0; depth < 16 && !id.isEmpty() && (numId < 0 || level < 0); ++depth) {
        const auto it = m_styles.constFind(id);
        if (it == m_styles.cend())
            break;
        if (numId < 0)
            numId = it->numId;
        if (level < 0)
            level = it->level;
        id = it->basedOn;
    }
    if (numId <= 0)
        return {0, 0};
    if (level < 0) { // the level whose w:pStyle is this style, as Word binds them
        level = 0;
        const Num num = m_nums.value(numId);
        if (const auto a = m_abstracts.constFind(num.abstractId); a != m_abstracts.cend())
            for (int l = 0; l < Levels; ++l)
                if ((*a)[size_t(l)].style == styleId)
                    level = l;
    }
    return {numId, level};
}

QString Numbering::next(int numId, int level)
{
    if (numId <= 0 || level < 0 || level >= Levels)
        return QString();
    const auto numIt = m_nums.constFind(numId);
    if (numIt == m_nums.cend())
        return QString();
    const Num& num = *numIt;
    const auto abstractIt = m_abstracts.constFind(num.abstractId);
    if (abstractIt == m_abstracts.cend())
        return QString();
    std::array<ListLevel, Levels> levels = *abstractIt;
    for (auto it = num.levelOverride.cbegin(); it != num.levelOverride.cend(); ++it)
        levels[size_t(it.key())] = it.value();
    for (auto it = num.startOverride.cbegin(); it != num.startOverride.cend(); ++it)
        if (it.key() >= 0 && it.key() < Levels)
            levels[size_t(it.key())].start = it.value();

    Counters& c = m_counters[num.abstractId];
    if (!m_overridden.contains(numId)) {
        m_overridden.insert(numId);
        // A list instance with its own start values begins again there.
        for (auto it = num.startOverride.cbegin(); it != num.startOverride.cend(); ++it)
            if (it.key() >= 0 && it.key() < Levels)
                c.started[size_t(it.key())] = false;
    }
    const size_t l = size_t(level);
    c.value[l] = c.started[l] ? std::min(c.value[l], MaxNumber) + 1 : levels[l].start;
    c.started[l] = true;
    for (int deeper = level + 1; deeper < Levels; ++deeper) {
        const int restart = levels[size_t(deeper)].restart;
        if (restart != 0 && (restart < 0 || restart > level))
            c.started[size_t(deeper)] = false;
    }

    const ListLevel& def = levels[l];
    if (def.format == QLatin1String("bullet") || def.format == QLatin1String("none"))
        return QString();
    QString label;
    const QString& pattern = def.text;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar ch = pattern.at(i);
        if (ch == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1) >= QLatin1Char('1') &&
            pattern.at(i + 1) <= QLatin1Char('9')) {
            const size_t k = size_t(pattern.at(i + 1).unicode() - u'1');
            const int value = c.started[k] ? c.value[k] : levels[k].start;
            label += formatNumber(value, def.legal ? QStringLiteral("decimal") : levels[k].format);
            ++i;
        } else {
            label += ch;
        }
    }
    return label;
}

} // namespace wp::io::docx
