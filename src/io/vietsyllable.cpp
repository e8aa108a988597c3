// The Vietnamese syllable check behind the legacy-encoding detector: a word read in the right
// encoding is a syllable ("Phòng"), read in the wrong one it is almost never ("Phßng", "Phũng"
// is, but "chớnh" is not). The rules are the orthography's: initial consonant, vowel nucleus,
// final consonant, one tone, stop finals only with the acute or dot-below tone.

#include "workprogram/io/legacytext.h"

#include <QHash>

#include <array>

namespace wp::io::legacy {

namespace {

enum Tone
{
    Level,
    Acute,
    Grave,
    Hook,
    Tilde,
    Dot
};

/// Where a nucleus may stand: before a final consonant, at the end, or both.
enum Fit
{
    OpenOnly = 1,
    ClosedOnly = 2,
    Both = 3
};

const QHash<QString, int>& nuclei()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const auto add = [&t](const char16_t* v, int fit) { t.insert(QString::fromUtf16(v), fit); };
        for (const char16_t* v : {u"a", u"e", u"ê", u"i", u"o", u"ô", u"ơ", u"u", u"ư", u"oa", u"oe", u"uê", u"uy"})
            add(v, Both);
        for (const char16_t* v : {u"ă", u"â", u"oă", u"oo", u"uâ", u"iê", u"yê", u"uô", u"ươ", u"uyê"})
            add(v, ClosedOnly);
        for (const char16_t* v :
             {u"y",   u"ai",  u"ao",  u"au",  u"ay",  u"âu",  u"ây",  u"eo",  u"êu",  u"ia",  u"iu",
              u"oi",  u"ôi",  u"ơi",  u"ua",  u"ui",  u"ưa",  u"ưi",  u"ưu",  u"uơ",  u"iêu", u"yêu",
              u"oai", u"oay", u"oao", u"oeo", u"uây", u"uôi", u"ươi", u"ươu", u"uya", u"uyu"})
            add(v, OpenOnly);
        return t;
    }();
    return table;
}

constexpr std::array<const char16_t*, 27> Initials = {u"ngh", u"ng", u"nh", u"ch", u"gh", u"gi", u"kh", u"ph", u"qu",
                                                      u"th",  u"tr", u"b",  u"c",  u"d",  u"đ",  u"g",  u"h",  u"k",
                                                      u"l",   u"m",  u"n",  u"p",  u"r",  u"s",  u"t",  u"v",  u"x"};
constexpr std::array<const char16_t*, 8> Finals = {u"ch", u"ng", u"nh", u"c", u"m", u"n", u"p", u"t"};

/// Splits a lower-case NFD letter sequence into toneless letters (ă â ê ô ơ ư đ precomposed)
/// and the tone. False when it holds anything but Vietnamese letters or two tones.
bool toneless(QStringView word, QString* letters, Tone* tone)
{
    const QString nfd = word.toString().toLower().normalized(QString::NormalizationForm_D);
    *tone = Level;
    letters->clear();
    bool toned = false;
    for (const QChar qc : nfd) {
        const char16_t c = qc.unicode();
        if ((c >= u'a' && c <= u'z') || c == u'đ') {
            if (c == u'f' || c == u'j' || c == u'w' || c == u'z')
                return false;
            letters->append(qc);
            continue;
        }
        if (letters->isEmpty())
            return false;
        QChar& last = (*letters)[letters->size() - 1];
        const char16_t base = last.unicode();
        Tone t = Level;
        switch (c) {
        case 0x0302: // circumflex
            if (base != u'a' && base != u'e' && base != u'o')
                return false;
            last = base == u'a' ? u'â' : base == u'e' ? u'ê' : u'ô';
            continue;
        case 0x0306: // breve
            if (base != u'a')
                return false;
            last = u'ă';
            continue;
        case 0x031B: // horn
            if (base != u'o' && base != u'u')
                return false;
            last = base == u'o' ? u'ơ' : u'ư';
            continue;
        case 0x0301:
            t = Acute;
            break;
        case 0x0300:
            t = Grave;
            break;
        case 0x0309:
            t = Hook;
            break;
        case 0x0303:
            t = Tilde;
            break;
        case 0x0323:
            t = Dot;
            break;
        default:
            return false;
        }
        if (toned || QStringLiteral("aăâeêioôơuưy").indexOf(last) < 0)
            return false;
        toned = true;
        *tone = t;
    }
    return !letters->isEmpty();
}

bool startsWithFront(QStringView nucleus)
{
    return nucleus.startsWith(u'i') || nucleus.startsWith(u'e') || nucleus.startsWith(u'ê') || nucleus.startsWith(u'y');
}

bool fits(QStringView initial, QStringView nucleus, QStringView final, Tone tone)
{
    const auto it = nuclei().constFind(nucleus.toString());
    if (it == nuclei().cend())
        return false;
    if ((*it & (final.isEmpty() ? OpenOnly : ClosedOnly)) == 0)
        return false;
    // -nh and -ch close only front vowels (anh, ênh, inh, oanh, uynh); -ng and -c never close ê, i
    // or ơ ("chớnh", "ơng" do not exist).
    if ((final == u"nh" || final == u"ch") && nucleus != u"a" && nucleus != u"ê" && nucleus != u"i" &&
        nucleus != u"oa" && nucleus != u"uê" && nucleus != u"uy")
        return false;
    if ((final == u"ng" || final == u"c") &&
        (nucleus == u"ê" || nucleus == u"i" || nucleus == u"ơ" || nucleus == u"uy"))
        return false;
    const bool stop = final == u"c" || final == u"ch" || final == u"p" || final == u"t";
    if (stop && tone != Acute && tone != Dot)
        return false;
    if ((initial == u"k" || initial == u"gh" || initial == u"ngh") && !startsWithFront(nucleus))
        return false;
    if (initial == u"gh" || initial == u"ngh") {
        if (nucleus.startsWith(u'y'))
            return false;
    } else if ((initial == u"c" || initial == u"g" || initial == u"ng") && nucleus != u"i" &&
               startsWithFront(nucleus) && !(initial == u"g" && nucleus.startsWith(u'i'))) {
        return false; // "ce", "ngi": written k, gh, ngh before front vowels
    }
    if (initial == u"qu" && nucleus.startsWith(u'u'))
        return false;
    return true;
}

} // namespace

bool isVietnameseSyllable(QStringView word)
{
    QString letters;
    Tone tone = Level;
    if (word.isEmpty() || word.size() > 8 || !toneless(word, &letters, &tone))
        return false;
    const QStringView s(letters);
    const auto tryInitial = [&](QStringView initial) {
        const QStringView rest = s.mid(initial.size());
        if (fits(initial, rest, QStringView(), tone))
            return true;
        for (const char16_t* f : Finals) {
            const QStringView final(f);
            if (rest.size() > final.size() && rest.endsWith(final) &&
                fits(initial, rest.left(rest.size() - final.size()), final, tone))
                return true;
        }
        return false;
    };
    if (tryInitial(QStringView()))
        return true;
    for (const char16_t* i : Initials) {
        const QStringView initial(i);
        if (s.size() > initial.size() && s.startsWith(initial) && tryInitial(initial))
            return true;
    }
    return false;
}

} // namespace wp::io::legacy
