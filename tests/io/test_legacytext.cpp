// The legacy-encoding unit (include/workprogram/io/legacytext.h): every TCVN3 and VNI letter of
// Vietnamese against references independent of the program's own tables (glibc's TCVN5712-1
// converter for TCVN3, whose small letters are the ABC codes; the VNI-Windows key table for
// VNI), the syllable check, the detector's verdicts, and mojibake.
#include "workprogram/io/legacytext.h"

#include <QByteArray>

#include <gtest/gtest.h>
#include <iconv.h>

#include <ostream>

static void PrintTo(const QString& s, std::ostream* os)
{
    *os << s.toStdString();
}

namespace {

using wp::io::LegacyEncoding;
namespace legacy = wp::io::legacy;

/// The 67 small letters of Vietnamese that are not ASCII, built from the alphabet's rules.
QStringList vietnameseLetters()
{
    QStringList out;
    const QString bases = QStringLiteral("aăâeêioôơuưy");
    const QList<QChar> tones{QChar(0), QChar(0x0301), QChar(0x0300), QChar(0x0309), QChar(0x0303), QChar(0x0323)};
    for (const QChar b : bases)
        for (const QChar t : tones) {
            const QString letter = (t.isNull() ? QString(b) : QString(b) + t).normalized(QString::NormalizationForm_C);
            if (letter.at(0).unicode() >= 0x80)
                out.append(letter);
        }
    out.append(QStringLiteral("đ"));
    return out;
}

/// The TCVN 5712 byte of @p letter, from glibc (empty when it has none or more than one).
QByteArray tcvnByte(const QString& letter)
{
    iconv_t cd = iconv_open("TCVN5712-1", "UTF-8");
    EXPECT_NE(cd, iconv_t(-1));
    QByteArray in = letter.toUtf8();
    char out[8];
    char* inp = in.data();
    char* outp = out;
    size_t inLeft = size_t(in.size()), outLeft = sizeof out;
    const size_t rc = iconv(cd, &inp, &inLeft, &outp, &outLeft);
    iconv_close(cd);
    if (rc == size_t(-1))
        return QByteArray();
    return QByteArray(out, int(sizeof out - outLeft));
}

/// A byte as Office shows it: the Windows-1252 (Latin-1 above 0x9F) character.
QString shown(uchar b)
{
    return QString(QChar(char16_t(b)));
}

TEST(LegacyText, EveryTcvn3SmallLetterBecomesItsUnicodeLetter)
{
    const QStringList letters = vietnameseLetters();
    ASSERT_EQ(letters.size(), 67);
    for (const QString& letter : letters) {
        const QByteArray b = tcvnByte(letter);
        ASSERT_EQ(b.size(), 1) << letter.toStdString();
        const uchar code = uchar(b.at(0));
        EXPECT_GE(code, 0xA1) << letter.toStdString();
        EXPECT_EQ(legacy::toUnicode(shown(code), LegacyEncoding::Tcvn3), letter) << std::hex << int(code);
        // The same byte from a symbol-charset font (U+F0xx) and inside a word.
        EXPECT_EQ(legacy::toUnicode(QString(QChar(char16_t(0xF000 + code))), LegacyEncoding::Tcvn3), letter);
        EXPECT_EQ(legacy::toUnicode(QStringLiteral("x") + shown(code) + QStringLiteral("n"), LegacyEncoding::Tcvn3),
                  QStringLiteral("x") + letter + QStringLiteral("n"));
    }
}

TEST(LegacyText, TheSevenTcvn3CapitalsAndCapitalsWithToneInCapitalWords)
{
    // TCVN3 codes only seven capitals; the others were the small codes in a .VnTimeH font.
    for (const QString& capital : {QStringLiteral("Ă"), QStringLiteral("Â"), QStringLiteral("Ê"), QStringLiteral("Ô"),
                                   QStringLiteral("Ơ"), QStringLiteral("Ư"), QStringLiteral("Đ")}) {
        const QByteArray b = tcvnByte(capital);
        ASSERT_EQ(b.size(), 1);
        EXPECT_GE(uchar(b.at(0)), 0xA1);
        EXPECT_LE(uchar(b.at(0)), 0xA7);
        EXPECT_EQ(legacy::toUnicode(shown(uchar(b.at(0))), LegacyEncoding::Tcvn3), capital);
    }
    for (const QString& letter : vietnameseLetters()) {
        const uchar code = uchar(tcvnByte(letter).at(0));
        const QString word = QStringLiteral("PH") + shown(code) + QStringLiteral("NG");
        EXPECT_EQ(legacy::toUnicode(word, LegacyEncoding::Tcvn3), QStringLiteral("PH") + letter.toUpper() + "NG")
            << letter.toStdString();
    }
    EXPECT_EQ(legacy::toUnicode(QStringLiteral("PHßNG TµI CHÝNH - KÕ HO¹CH"), LegacyEncoding::Tcvn3),
              QStringLiteral("PHÒNG TÀI CHÍNH - KẾ HOẠCH"));
    EXPECT_EQ(legacy::toUnicode(QStringLiteral("Phßng Tµi chÝnh"), LegacyEncoding::Tcvn3),
              QStringLiteral("Phòng Tài chính"));
    EXPECT_EQ(legacy::toUnicode(QStringLiteral("V¨n phßng H§ND - UBND quËn"), LegacyEncoding::Tcvn3),
              QStringLiteral("Văn phòng HĐND - UBND quận"));
}

TEST(LegacyText, EveryVniLetterBothCasesBecomesItsUnicodeLetter)
{
    // From the VNI-Windows key table: the base letter, then the mark byte (capitals: minus 0x20).
    const std::vector<std::pair<const char16_t*, const char*>> table = {
        {u"á", "61F9"}, {u"Á", "41D9"}, {u"à", "61F8"}, {u"À", "41D8"}, {u"ả", "61FB"}, {u"Ả", "41DB"}, {u"ã", "61F5"},
        {u"Ã", "41D5"}, {u"ạ", "61EF"}, {u"Ạ", "41CF"}, {u"ă", "61EA"}, {u"Ă", "41CA"}, {u"ắ", "61E9"}, {u"Ắ", "41C9"},
        {u"ằ", "61E8"}, {u"Ằ", "41C8"}, {u"ẳ", "61FA"}, {u"Ẳ", "41DA"}, {u"ẵ", "61FC"}, {u"Ẵ", "41DC"}, {u"ặ", "61EB"},
        {u"Ặ", "41CB"}, {u"â", "61E2"}, {u"Â", "41C2"}, {u"ấ", "61E1"}, {u"Ấ", "41C1"}, {u"ầ", "61E0"}, {u"Ầ", "41C0"},
        {u"ẩ", "61E5"}, {u"Ẩ", "41C5"}, {u"ẫ", "61E3"}, {u"Ẫ", "41C3"}, {u"ậ", "61E4"}, {u"Ậ", "41C4"}, {u"é", "65F9"},
        {u"É", "45D9"}, {u"è", "65F8"}, {u"È", "45D8"}, {u"ẻ", "65FB"}, {u"Ẻ", "45DB"}, {u"ẽ", "65F5"}, {u"Ẽ", "45D5"},
        {u"ẹ", "65EF"}, {u"Ẹ", "45CF"}, {u"ê", "65E2"}, {u"Ê", "45C2"}, {u"ế", "65E1"}, {u"Ế", "45C1"}, {u"ề", "65E0"},
        {u"Ề", "45C0"}, {u"ể", "65E5"}, {u"Ể", "45C5"}, {u"ễ", "65E3"}, {u"Ễ", "45C3"}, {u"ệ", "65E4"}, {u"Ệ", "45C4"},
        {u"í", "ED"},   {u"Í", "CD"},   {u"ì", "EC"},   {u"Ì", "CC"},   {u"ỉ", "E6"},   {u"Ỉ", "C6"},   {u"ĩ", "F3"},
        {u"Ĩ", "D3"},   {u"ị", "F2"},   {u"Ị", "D2"},   {u"ó", "6FF9"}, {u"Ó", "4FD9"}, {u"ò", "6FF8"}, {u"Ò", "4FD8"},
        {u"ỏ", "6FFB"}, {u"Ỏ", "4FDB"}, {u"õ", "6FF5"}, {u"Õ", "4FD5"}, {u"ọ", "6FEF"}, {u"Ọ", "4FCF"}, {u"ô", "6FE2"},
        {u"Ô", "4FC2"}, {u"ố", "6FE1"}, {u"Ố", "4FC1"}, {u"ồ", "6FE0"}, {u"Ồ", "4FC0"}, {u"ổ", "6FE5"}, {u"Ổ", "4FC5"},
        {u"ỗ", "6FE3"}, {u"Ỗ", "4FC3"}, {u"ộ", "6FE4"}, {u"Ộ", "4FC4"}, {u"ơ", "F4"},   {u"Ơ", "D4"},   {u"ớ", "F4F9"},
        {u"Ớ", "D4D9"}, {u"ờ", "F4F8"}, {u"Ờ", "D4D8"}, {u"ở", "F4FB"}, {u"Ở", "D4DB"}, {u"ỡ", "F4F5"}, {u"Ỡ", "D4D5"},
        {u"ợ", "F4EF"}, {u"Ợ", "D4CF"}, {u"ú", "75F9"}, {u"Ú", "55D9"}, {u"ù", "75F8"}, {u"Ù", "55D8"}, {u"ủ", "75FB"},
        {u"Ủ", "55DB"}, {u"ũ", "75F5"}, {u"Ũ", "55D5"}, {u"ụ", "75EF"}, {u"Ụ", "55CF"}, {u"ư", "F6"},   {u"Ư", "D6"},
        {u"ứ", "F6F9"}, {u"Ứ", "D6D9"}, {u"ừ", "F6F8"}, {u"Ừ", "D6D8"}, {u"ử", "F6FB"}, {u"Ử", "D6DB"}, {u"ữ", "F6F5"},
        {u"Ữ", "D6D5"}, {u"ự", "F6EF"}, {u"Ự", "D6CF"}, {u"ý", "79F9"}, {u"Ý", "59D9"}, {u"ỳ", "79F8"}, {u"Ỳ", "59D8"},
        {u"ỷ", "79FB"}, {u"Ỷ", "59DB"}, {u"ỹ", "79F5"}, {u"Ỹ", "59D5"}, {u"ỵ", "EE"},   {u"Ỵ", "CE"},   {u"đ", "F1"},
        {u"Đ", "D1"}};
    ASSERT_EQ(table.size(), 134u);
    QSet<QString> covered;
    for (const auto& [letter, hex] : table) {
        const QByteArray bytes = QByteArray::fromHex(hex);
        QString written;
        for (const char b : bytes)
            written += shown(uchar(b));
        const QString expected = QString::fromUtf16(letter);
        covered.insert(expected.toLower());
        EXPECT_EQ(legacy::toUnicode(written, LegacyEncoding::Vni), expected) << hex;
        EXPECT_EQ(legacy::toUnicode(QStringLiteral("t") + written + QStringLiteral("n"), LegacyEncoding::Vni),
                  QStringLiteral("t") + expected + QStringLiteral("n"))
            << hex;
    }
    EXPECT_EQ(covered.size(), 67); // every letter, in both cases
    EXPECT_EQ(legacy::toUnicode(QStringLiteral("Phoøng Taøi chính"), LegacyEncoding::Vni),
              QStringLiteral("Phòng Tài chính"));
    EXPECT_EQ(legacy::toUnicode(QStringLiteral("ÑOÅI MÔÙI, ngöôøi"), LegacyEncoding::Vni),
              QStringLiteral("ĐỔI MỚI, người"));
}

TEST(LegacyText, TextThatIsNotOfTheEncodingIsKept)
{
    // Digits, punctuation, Unicode letters past Latin-1, and Windows-1252 signs (0x80-0x9F are no
    // TCVN3 letters: typographic quotes stay quotes).
    EXPECT_EQ(legacy::toUnicode(QStringLiteral("“Quý II/2023” – 30%"), LegacyEncoding::Tcvn3),
              QStringLiteral("“Quý II/2023” – 30%"));
    EXPECT_EQ(legacy::toUnicode(QStringLiteral("12/2023 (đã xong)"), LegacyEncoding::Vni),
              QStringLiteral("12/2023 (đã xong)"));
    EXPECT_FALSE(legacy::inLegacyRepertoire(QStringLiteral("Phòng Tư pháp")));
    EXPECT_TRUE(legacy::inLegacyRepertoire(QStringLiteral("Phßng T­ ph¸p “x”")));
}

TEST(LegacyText, VietnameseSyllables)
{
    for (const char* w : {"Phòng",  "Tài",  "chính",  "người", "thành", "kịch", "huỳnh", "thuế", "xẻng",  "việc",
                          "khoanh", "được", "nghiệp", "quý",   "khuya", "giữ",  "gìn",   "thuở", "xoong", "hoạch",
                          "Quận",   "ĐỔI",  "mới",    "uyển",  "yêu",   "oai",  "ấy",    "a",    "ý",     "kỳ"})
        EXPECT_TRUE(legacy::isVietnameseSyllable(QString::fromUtf8(w))) << w;
    for (const char* w :
         {"Phßng", "chớnh", "Phoøng", "café", "ýnh", "cê", "ngê", "kà", "ghá", "Tàì", "quu", "Lª", "wow", "hoàc", "ăn̉"})
        EXPECT_FALSE(legacy::isVietnameseSyllable(QString::fromUtf8(w))) << w;
    EXPECT_TRUE(legacy::isVietnameseSyllable(QStringLiteral("sát")));
    EXPECT_FALSE(legacy::isVietnameseSyllable(QStringLiteral("sàt"))); // a stop final takes only acute or dot
}

TEST(LegacyText, VerdictsOnCellsAndColumns)
{
    EXPECT_EQ(legacy::verdict(legacy::weigh(QStringLiteral("Phßng Tµi chÝnh"))), LegacyEncoding::Tcvn3);
    EXPECT_EQ(legacy::verdict(legacy::weigh(QStringLiteral("Phoøng Taøi chính"))), LegacyEncoding::Vni);
    EXPECT_EQ(legacy::verdict(legacy::weigh(QStringLiteral("Phòng Tài chính"))), LegacyEncoding::None);
    EXPECT_EQ(legacy::verdict(legacy::weigh(QStringLiteral("Phòng Tư pháp"))), LegacyEncoding::None); // Unicode
    EXPECT_EQ(legacy::verdict(legacy::weigh(QStringLiteral("Crème brûlée à la façon"))), LegacyEncoding::None);
    EXPECT_EQ(legacy::verdict(legacy::weigh(QStringLiteral("Quý II/2023"))), LegacyEncoding::None);
    // Windows-1258 (tone marks as separate bytes) read byte for byte is no TCVN3 nor VNI.
    EXPECT_EQ(legacy::verdict(legacy::weigh(QString::fromLatin1("K\xEA\xEC ho\x61\xF2\x63h c\xE1i c\xE1\x63h"))),
              LegacyEncoding::None);

    legacy::ColumnDetector column;
    for (const char* cell : {"C¬ quan chñ tr×", "Phßng Néi vô", "V¨n phßng H§ND - UBND quËn", "Phòng Y tế", "TC-KH"})
        column.add(QString::fromUtf8(cell));
    EXPECT_EQ(column.verdict(), LegacyEncoding::Tcvn3);
    EXPECT_EQ(column.evidence().words, 10);    // "Phòng Y tế" is Unicode: no evidence either way
    EXPECT_EQ(column.evidence().tcvn3, 9);     // all but "H§ND"
    EXPECT_EQ(column.evidence().asWritten, 1); // "vô" is a word as written too
}

TEST(LegacyText, MojibakeIsRecognisedAndRepaired)
{
    EXPECT_EQ(legacy::repairMojibake(QStringLiteral("PhÃ²ng TÃ\u00a0i chÃ\u00adnh")),
              QStringLiteral("Phòng Tài chính"));
    EXPECT_EQ(legacy::repairMojibake(QStringLiteral("Ná»™i dung cÃ´ng viá»‡c")), QStringLiteral("Nội dung công việc"));
    // ờ is E1 BB 9D: 0x9D is undefined in Windows-1252 and comes out as U+009D.
    EXPECT_EQ(legacy::repairMojibake(QStringLiteral("thá»\u009di háº¡n")), QStringLiteral("thời hạn"));
    EXPECT_FALSE(legacy::repairMojibake(QStringLiteral("Phòng Tài chính")));
    EXPECT_FALSE(legacy::repairMojibake(QStringLiteral("Phßng Tµi chÝnh")));
    EXPECT_FALSE(legacy::repairMojibake(QStringLiteral("Phoøng Taøi chính")));
    EXPECT_FALSE(legacy::repairMojibake(QStringLiteral("Â°C"))); // no letter: too little to tell
    EXPECT_FALSE(legacy::repairMojibake(QStringLiteral("ÃÃÃ")));
}

TEST(LegacyText, EncodingNames)
{
    EXPECT_EQ(legacy::parseEncoding(QStringLiteral("auto")), LegacyEncoding::Auto);
    EXPECT_EQ(legacy::parseEncoding(QStringLiteral("TCVN3")), LegacyEncoding::Tcvn3);
    EXPECT_EQ(legacy::parseEncoding(QStringLiteral("vni")), LegacyEncoding::Vni);
    EXPECT_EQ(legacy::parseEncoding(QStringLiteral("none")), LegacyEncoding::None);
    EXPECT_FALSE(legacy::parseEncoding(QStringLiteral("abc")));
}

} // namespace
