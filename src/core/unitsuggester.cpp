#include "workprogram/core/unitsuggester.h"

#include "workprogram/core/text.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace wp {

namespace {

/// Folded words: "P.TCKH" -> p, tckh; "LĐTB&XH" -> ldtb, xh.
QStringList wordsOf(const QString& name)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    return text::fold(name).split(separators, Qt::SkipEmptyParts);
}

/// Words a unit's name may have that a person leaves out ("Phòng", "quận", "và").
bool optionalWord(const QString& w)
{
    static const QSet<QString> words = {QStringLiteral("phong"), QStringLiteral("ban"),   QStringLiteral("doi"),
                                        QStringLiteral("quan"),  QStringLiteral("huyen"), QStringLiteral("va"),
                                        QStringLiteral("cua"),   QStringLiteral("trung"), QStringLiteral("tam"),
                                        QStringLiteral("thi"),   QStringLiteral("xa"),    QStringLiteral("and")};
    return words.contains(w);
}

/// Words that alone never name a unit: what is left of a phrase cut at its commas ("ban"), or
/// a kind of unit without its name ("Phòng", "Trung tâm", "UBND phường").
bool genericWord(const QString& w)
{
    static const QSet<QString> words = {
        QStringLiteral("phong"), QStringLiteral("ban"),    QStringLiteral("nganh"), QStringLiteral("don"),
        QStringLiteral("vi"),    QStringLiteral("co"),     QStringLiteral("quan"),  QStringLiteral("doi"),
        QStringLiteral("trung"), QStringLiteral("tam"),    QStringLiteral("cac"),   QStringLiteral("lien"),
        QStringLiteral("ubnd"),  QStringLiteral("phuong"), QStringLiteral("xa"),    QStringLiteral("huyen"),
        QStringLiteral("thi"),   QStringLiteral("tran"),   QStringLiteral("khac"),  QStringLiteral("doan"),
        QStringLiteral("the"),   QStringLiteral("va"),     QStringLiteral("so"),    QStringLiteral("to"),
        QStringLiteral("nhung"), QStringLiteral("mot"),    QStringLiteral("so"),    QStringLiteral("bo")};
    return words.contains(w);
}

/// Can the written words @p w stand for the unit's words @p u, each written word being one of
/// the unit's words or the initials of a run of them ("tckh": tài chính kế hoạch), with words
/// either side may leave out skipped?
bool covers(const QStringList& w, const QStringList& u)
{
    const int m = int(w.size());
    const int n = int(u.size());
    // reach[i][j]: w[i..] can stand for u[j..]
    std::vector<std::vector<char>> reach(size_t(m + 1), std::vector<char>(size_t(n + 1), 0));
    reach[size_t(m)][size_t(n)] = 1;
    for (int j = n - 1; j >= 0; --j)
        reach[size_t(m)][size_t(j)] = optionalWord(u[j]) && reach[size_t(m)][size_t(j + 1)];
    for (int i = m - 1; i >= 0; --i) {
        for (int j = n; j >= 0; --j) {
            bool ok = optionalWord(w[i]) && reach[size_t(i + 1)][size_t(j)];
            if (!ok && j < n && optionalWord(u[j]))
                ok = reach[size_t(i)][size_t(j + 1)];
            if (!ok && j < n && w[i] == u[j])
                ok = reach[size_t(i + 1)][size_t(j + 1)];
            for (int k = 1; !ok && k <= int(w[i].size()) && j + k <= n; ++k) {
                bool initials = true;
                for (int t = 0; t < k && initials; ++t)
                    initials = w[i].at(t) == u[j + t].at(0);
                if (!initials)
                    break;
                ok = k == int(w[i].size()) && reach[size_t(i + 1)][size_t(j + k)];
            }
            reach[size_t(i)][size_t(j)] = ok;
        }
    }
    return reach[0][0];
}

/// 1 - edit distance / longer length.
double similarity(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    std::vector<int> row(size_t(b.size() + 1));
    for (int j = 0; j <= b.size(); ++j)
        row[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] =
                std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return 1.0 - double(row[size_t(b.size())]) / double(std::max(a.size(), b.size()));
}

} // namespace

UnitSuggester::UnitSuggester(const QVector<Unit>& units)
{
    for (const Unit& u : units) {
        QStringList names = {u.name, u.shortName, u.code};
        names += u.aliases;
        for (const QString& n : names) {
            const QString key = text::foldKey(n);
            if (!key.isEmpty())
                m_entries.append(Entry{u.id, wordsOf(n), key});
        }
    }
}

QVector<qint64> UnitSuggester::suggest(const QString& written, int max) const
{
    const QStringList words = wordsOf(written);
    const QString key = text::foldKey(written);
    bool meaningful = false;
    for (const QString& w : words)
        meaningful = meaningful || !optionalWord(w);
    if (key.isEmpty() || !meaningful)
        return {};
    struct Candidate
    {
        qint64 id;
        double score;
        int order;
    };
    QVector<Candidate> best;
    for (int e = 0; e < m_entries.size(); ++e) {
        const Entry& entry = m_entries.at(e);
        double score = 0;
        if (covers(words, entry.words)) {
            score = 3;
        } else if (key.size() >= 5 && entry.key.size() >= 5 && (entry.key.contains(key) || key.contains(entry.key))) {
            score = 2 + double(std::min(key.size(), entry.key.size())) / double(std::max(key.size(), entry.key.size()));
        } else {
            const double s = similarity(key, entry.key);
            if (s >= 0.8)
                score = 1 + s;
        }
        if (score <= 0)
            continue;
        auto it = std::find_if(best.begin(), best.end(), [&](const Candidate& c) { return c.id == entry.id; });
        if (it == best.end())
            best.append(Candidate{entry.id, score, e});
        else if (it->score < score)
            it->score = score;
    }
    std::stable_sort(best.begin(), best.end(), [](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score > b.score : a.order < b.order;
    });
    QVector<qint64> ids;
    for (const Candidate& c : best)
        if (ids.size() < max)
            ids.append(c.id);
    return ids;
}

bool UnitSuggester::isPhrase(const QString& written)
{
    const QStringList w = wordsOf(written);
    if (w.isEmpty())
        return false;
    const QString first = w.first();
    if (first == QLatin1String("cac") || first == QLatin1String("nhung") || first == QLatin1String("moi") ||
        (first == QLatin1String("tat") && w.value(1) == QLatin1String("ca")) ||
        (first == QLatin1String("toan") && w.value(1) == QLatin1String("bo")))
        return true;
    for (int i = 0; i + 1 < w.size(); ++i)
        if (w.at(i) == QLatin1String("lien") && w.at(i + 1) == QLatin1String("quan"))
            return true;
    return w.mid(1).contains(QStringLiteral("cac"));
}

UnitSuggester::NotAName UnitSuggester::notAName(const QString& written)
{
    const QString t = written.simplified();
    static const QRegularExpression number(QStringLiteral("^[-+]?\\d+(?:[.,]\\d+)*%?$"));
    static const QRegularExpression date(
        QStringLiteral("^\\d{1,4}\\s*[/.\\-]\\s*\\d{1,2}(?:\\s*[/.\\-]\\s*\\d{1,4})?$"));
    if (number.match(t).hasMatch())
        return NotAName::Number;
    if (date.match(t).hasMatch())
        return NotAName::Date;
    if (isPhrase(t))
        return NotAName::Phrase;
    const QStringList w = wordsOf(t);
    if (text::foldKey(t).size() <= 2)
        return NotAName::Generic;
    for (const QString& word : w)
        if (!genericWord(word))
            return NotAName::No;
    return NotAName::Generic;
}

} // namespace wp
