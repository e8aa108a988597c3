#include "docxreader.h"

#include "docxbody.h"
#include "docxnumbering.h"
#include "readhelpers.h"
#include "xlsxparts.h"

#include <QCoreApplication>
#include <QSet>

namespace wp::io {

using xlsx::ZipArchive;

namespace {

/// Rows of each table the first pass looks at for a header.
constexpr int SurveyRows = 12;

/// A section heading: one written cell spanning two grid columns or more, perhaps after the
/// section's number ("I", "A.") in a cell of its own.
bool spansTable(const docx::WordRow& w)
{
    int wide = 0;
    int narrow = 0;
    for (const docx::WordCell& c : w.cells) {
        if (c.mergedFromAbove || c.text.trimmed().isEmpty())
            continue;
        if (c.span >= 2)
            ++wide;
        else if (c.text.trimmed().size() <= 5)
            ++narrow;
        else
            return false;
    }
    return wide == 1 && narrow <= 1;
}

/// More tables than any document a person writes; beyond, the document is refused.
constexpr int MaxTables = 100000;

QString notDocx(const QString& reason)
{
    return QCoreApplication::translate("wp::io", "tệp không phải là tài liệu Word .docx hợp lệ (%1)").arg(reason);
}

Row gridRow(const docx::WordRow& w)
{
    Row row;
    row.number = w.index;
    const QVector<QString> texts = w.gridTexts();
    row.cells.resize(texts.size());
    for (int c = 0; c < texts.size(); ++c) {
        row.cells[c].text = texts.at(c);
        row.cells[c].type = texts.at(c).isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
    }
    return row;
}

/// A row's texts as one string, to recognise a header row repeated further down.
QString rowKey(const QVector<QString>& texts)
{
    QStringList parts;
    for (const QString& t : texts)
        parts.append(t.simplified());
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts.join(QChar(0x1F));
}

QString preview(const QVector<QString>& texts)
{
    QStringList parts;
    for (const QString& t : texts)
        if (!t.simplified().isEmpty())
            parts.append(t.simplified());
    QString s = parts.join(QStringLiteral(" | "));
    return s.size() > 60 ? s.left(60) + QStringLiteral("…") : s;
}

} // namespace

DocxReader::DocxReader(const ReadLimits& limits) : m_limits(limits) {}

DocxReader::~DocxReader() = default;

bool DocxReader::openDocument(const QString& path, ReadError* error)
{
    m_zip = std::make_unique<ZipArchive>(path);
    ZipArchive& zip = *m_zip;
    m_documentPart = QStringLiteral("word/document.xml");
    if (!xlsx::checkOpened(zip, notDocx, error) || !xlsx::findOfficeDocument(zip, m_limits, &m_documentPart, error))
        return false;
    if (!zip.contains(m_documentPart)) {
        *error = ReadError{0, -1, notDocx(QCoreApplication::translate("wp::io", "thiếu %1").arg(m_documentPart))};
        return false;
    }
    const qsizetype slash = m_documentPart.lastIndexOf(QLatin1Char('/'));
    const QString dir = slash < 0 ? QString() : m_documentPart.left(slash + 1);
    QString numberingPart = dir + QStringLiteral("numbering.xml");
    QString stylesPart = dir + QStringLiteral("styles.xml");
    const QString rels = dir + QStringLiteral("_rels/") + m_documentPart.mid(slash + 1) + QStringLiteral(".rels");
    if (zip.contains(rels)) {
        QVector<xlsx::Relationship> relationships;
        if (!xlsx::readRelationships(zip, rels, m_limits, &relationships, error))
            return false;
        for (const xlsx::Relationship& r : relationships) {
            if (relationKind(r) == QLatin1String("numbering"))
                numberingPart = r.target;
            else if (relationKind(r) == QLatin1String("styles"))
                stylesPart = r.target;
        }
    }
    m_numbering = std::make_unique<docx::Numbering>();
    return m_numbering->read(zip, numberingPart, stylesPart, m_limits, error);
}

ReadError DocxReader::parserError() const
{
    ReadError e = m_parser->error();
    if (m_zip->lastError() == ZipArchive::Error::TooLarge)
        e.message = QCoreApplication::translate("wp::io", "tài liệu Word quá lớn: %1 giải nén ra hơn %2")
                        .arg(m_documentPart, detail::formatBytes(m_limits.maxInflatedBytes));
    else if (m_zip->lastError() == ZipArchive::Error::Corrupt)
        e.message = notDocx(QCoreApplication::translate("wp::io", "dữ liệu nén của %1 bị hỏng").arg(m_documentPart));
    int row = 0;
    for (const Segment& s : m_segments)
        if (s.table == m_parser->currentTable() && e.row > 0)
            row = s.base + e.row;
    e.row = row;
    return e;
}

bool DocxReader::survey(ReadError* error)
{
    QHash<int, QVector<docx::WordRow>> firstRows;
    m_parser = std::make_unique<docx::BodyParser>(
        *m_zip, m_limits, *m_numbering, [](int, int row) { return row <= SurveyRows; }, true);
    if (!m_parser->begin(m_documentPart, true)) {
        *error = parserError();
        return false;
    }
    for (;;) {
        const xlsx::XmlPart::Status status = m_parser->parse();
        docx::WordRow w;
        while (m_parser->takeRow(w))
            firstRows[w.table].append(std::move(w));
        if (m_parser->tables().size() > MaxTables) {
            *error = ReadError{0, -1,
                               QCoreApplication::translate("wp::io", "tài liệu Word có hơn %1 bảng")
                                   .arg(detail::groupDigits(MaxTables))};
            return false;
        }
        if (status == xlsx::XmlPart::Status::Failed) {
            *error = parserError();
            return false;
        }
        if (status == xlsx::XmlPart::Status::Finished)
            break;
    }
    for (const docx::WordTable& t : m_parser->tables()) {
        Survey s;
        s.index = t.index;
        s.rows = t.rows;
        s.gridColumns = t.gridColumns;
        s.textBefore = t.textBefore;
        const QVector<docx::WordRow>& rows = firstRows.value(t.index);
        int leadingRepeated = 0;
        std::optional<HeaderMatch> sectioned; // a header with content but no lead unit
        int sectionedRow = 0;
        for (const docx::WordRow& w : rows) {
            if (w.repeatedHeader && leadingRepeated == w.index - 1)
                leadingRepeated = w.index;
            const Row row = gridRow(w);
            if (s.firstRow.isEmpty())
                s.firstRow = preview(w.gridTexts());
            QString duplicate;
            const std::optional<HeaderMatch> m = HeaderMatcher::tryRow(row, &duplicate);
            if (!s.headerRow && m && m->map.has(Field::Content) && m->map.has(Field::LeadUnit)) {
                s.headerRow = w.index;
                s.header = m;
            } else if (!s.headerRow && !sectioned && m && m->map.has(Field::Content)) {
                sectioned = m;
                sectionedRow = w.index;
            } else if (!s.headerRow && sectioned && !s.header && spansTable(w)) {
                // The appendix grouped by unit: no lead unit column, one cell across the table
                // naming the unit above its items. The table finder checks the headings' units.
                s.headerRow = sectionedRow;
                s.header = sectioned;
                s.leadFromHeadings = true;
            }
        }
        s.headerEnd = std::max(s.headerRow, leadingRepeated);
        // A second header row: its cells continue vertical merges started in the header
        // ("STT" over two rows) under the header's merged cells ("Thời gian" over two columns).
        QSet<int> mergeStarts;
        for (const docx::WordRow& w : rows) {
            if (w.index <= s.headerEnd) {
                for (int c = 0; c < w.cells.size(); ++c)
                    if (w.cells.at(c).mergeStart)
                        mergeStarts.insert(w.columnOf(c));
            } else if (s.headerEnd > 0 && w.index == s.headerEnd + 1) {
                bool continues = false;
                for (int c = 0; c < w.cells.size(); ++c)
                    continues = continues || (w.cells.at(c).mergedFromAbove && mergeStarts.contains(w.columnOf(c)));
                if (!continues)
                    break;
                s.headerEnd = w.index;
                for (int c = 0; c < w.cells.size(); ++c)
                    if (w.cells.at(c).mergeStart)
                        mergeStarts.insert(w.columnOf(c));
            }
        }
        for (const docx::WordRow& w : rows)
            if (w.index <= s.headerEnd)
                if (const QString key = rowKey(w.gridTexts()); !key.isEmpty())
                    s.headerKeys.append(key);
        m_surveys.append(s);
    }
    m_parser.reset();
    return true;
}

bool DocxReader::choose(const ReadOptions& options, ReadError* error)
{
    const int n = int(m_surveys.size());
    if (n == 0) {
        *error = ReadError{0, -1, QCoreApplication::translate("wp::io", "tài liệu Word không có bảng nào")};
        return false;
    }
    const auto listing = [this] {
        QStringList parts;
        for (const Survey& s : std::as_const(m_surveys).mid(0, 20))
            parts.append(QCoreApplication::translate("wp::io", "bảng %1 (%n dòng: \"%2\")", nullptr, s.rows)
                             .arg(s.index)
                             .arg(s.firstRow));
        if (m_surveys.size() > 20)
            parts.append(QStringLiteral("…"));
        return parts.join(QStringLiteral("; "));
    };
    int chosen = -1;
    if (options.table > 0) {
        if (options.table > n) {
            *error = ReadError{
                0, -1,
                QCoreApplication::translate("wp::io", "tài liệu không có bảng %1; tài liệu có %n bảng: %2", nullptr, n)
                    .arg(options.table)
                    .arg(listing())};
            return false;
        }
        chosen = options.table - 1;
    } else {
        for (int i = 0; i < n && chosen < 0; ++i)
            if (m_surveys.at(i).headerRow > 0 && !m_surveys.at(i).leadFromHeadings)
                chosen = i;
        for (int i = 0; i < n && chosen < 0; ++i)
            if (m_surveys.at(i).headerRow > 0)
                chosen = i;
        if (chosen < 0 && n == 1)
            chosen = 0;
        if (chosen < 0) {
            *error =
                ReadError{0, -1,
                          QCoreApplication::translate("wp::io",
                                                      "không bảng nào của tài liệu có dòng tiêu đề với các cột \"%1\" "
                                                      "và \"%2\"; tài liệu có %n bảng: %3; chọn bảng bằng --table N",
                                                      nullptr, n)
                              .arg(FieldInfo::header(Field::Content), FieldInfo::header(Field::LeadUnit), listing())};
            return false;
        }
    }
    const Survey& first = m_surveys.at(chosen);
    m_headerKeys = first.headerKeys;
    if (first.header)
        m_contentColumn = first.header->map[Field::Content];
    else
        m_contentColumn = first.gridColumns > 1 ? 1 : 0;
    m_segments.append(Segment{first.index, 0, first.headerEnd});
    int base = first.rows;
    QStringList continued;
    for (int j = chosen + 1; j < n; ++j) {
        const Survey& t = m_surveys.at(j);
        if (t.textBefore)
            break;
        const bool sameHeader = t.headerRow > 0 && !t.headerKeys.isEmpty() &&
                                m_headerKeys.contains(t.headerKeys.value(t.headerKeys.size() - 1));
        const bool splitPart = t.headerRow == 0 && t.gridColumns == first.gridColumns;
        if (!sameHeader && !splitPart)
            break;
        m_segments.append(Segment{t.index, base, t.headerEnd});
        base += t.rows;
        continued.append(QString::number(t.index));
    }
    if (n > 1) {
        QStringList skipped;
        for (const Survey& s : std::as_const(m_surveys)) {
            bool read = false;
            for (const Segment& seg : std::as_const(m_segments))
                read = read || seg.table == s.index;
            if (read || s.rows == 0)
                continue;
            skipped.append(
                s.headerRow > 0
                    ? QCoreApplication::translate("wp::io", "%1 (cũng có các cột của chương trình)").arg(s.index)
                    : QString::number(s.index));
        }
        QString message =
            continued.isEmpty()
                ? QCoreApplication::translate("wp::io", "tài liệu có %1 bảng; đã đọc bảng %2").arg(n).arg(first.index)
                : QCoreApplication::translate("wp::io", "tài liệu có %1 bảng; đã đọc bảng %2 và bảng %3 "
                                                        "nối tiếp nó")
                      .arg(n)
                      .arg(first.index)
                      .arg(continued.join(QStringLiteral(", ")));
        if (!skipped.isEmpty())
            message += QCoreApplication::translate("wp::io", "; không đọc bảng %1 (chọn bảng khác bằng --table N)")
                           .arg(skipped.join(QStringLiteral(", ")));
        m_notes.append(ReadError{0, -1, message});
    }
    return true;
}

std::unique_ptr<DocxReader> DocxReader::open(const QString& path, const ReadOptions& options, ReadError* error)
{
    std::unique_ptr<DocxReader> reader(new DocxReader(options.limits));
    if (!reader->openDocument(path, error) || !reader->survey(error) || !reader->choose(options, error))
        return nullptr;
    QSet<int> selected;
    for (const Segment& s : std::as_const(reader->m_segments))
        selected.insert(s.table);
    reader->m_numbering->reset(); // the list numbers are counted again from the start
    reader->m_parser = std::make_unique<docx::BodyParser>(
        *reader->m_zip, reader->m_limits, *reader->m_numbering,
        [selected](int table, int) { return selected.contains(table); }, false);
    if (!reader->m_parser->begin(reader->m_documentPart, true)) {
        *error = reader->parserError();
        return nullptr;
    }
    return reader;
}

bool DocxReader::makeRow(const docx::WordRow& w, Row& row)
{
    const Segment* segment = nullptr;
    for (const Segment& s : std::as_const(m_segments))
        if (s.table == w.table)
            segment = &s;
    if (!segment)
        return false;
    const bool firstTable = segment == &m_segments.first();
    QVector<QString> texts = w.gridTexts();
    const QString key = rowKey(texts);
    if (key.isEmpty())
        return false;
    const int number = segment->base + w.index;
    if (!(firstTable && w.index <= segment->headerEnd) &&
        (m_headerKeys.contains(key) || (!firstTable && w.index <= segment->headerEnd))) {
        m_skippedHeaders.append(number);
        return false;
    }
    row = Row();
    row.number = number;
    // One cell spanning the table past the content column: a section heading.
    if (w.index > segment->headerEnd || !firstTable) {
        int filled = 0;
        int at = -1;
        for (int c = 0; c < w.cells.size(); ++c) {
            const docx::WordCell& cell = w.cells.at(c);
            if (!cell.mergedFromAbove && !cell.text.trimmed().isEmpty()) {
                ++filled;
                at = c;
            }
        }
        if (filled == 1 && m_contentColumn >= 0) {
            const int start = w.columnOf(at);
            const int span = w.cells.at(at).span;
            if (span >= 2 && start <= m_contentColumn && m_contentColumn < start + span) {
                const QString text = w.cells.at(at).text;
                texts = QVector<QString>(std::max(int(texts.size()), m_contentColumn + 1));
                texts[m_contentColumn] = text;
                row.heading = true;
            }
        }
    }
    row.cells.resize(texts.size());
    for (int c = 0; c < texts.size(); ++c) {
        if (texts.at(c).isEmpty())
            continue;
        row.cells[c].type = Cell::Type::Text;
        row.cells[c].text = texts.at(c);
    }
    return true;
}

bool DocxReader::next(Row& row)
{
    if (failed() || !m_parser)
        return false;
    docx::WordRow w;
    for (;;) {
        const xlsx::Pull pulled = xlsx::pullRow(*m_parser, m_finished, [&] { return m_parser->takeRow(w); });
        if (pulled == xlsx::Pull::Failed) {
            fail(parserError());
            m_parser.reset();
        }
        if (pulled != xlsx::Pull::Row)
            return false;
        if (makeRow(w, row))
            return true;
    }
}

QVector<ReadError> DocxReader::warnings() const
{
    QVector<ReadError> out = m_notes;
    if (!m_skippedHeaders.isEmpty()) {
        QStringList where;
        for (const int n : m_skippedHeaders.mid(0, 5))
            where.append(rowLabel(n));
        if (m_skippedHeaders.size() > 5)
            where.append(QStringLiteral("…"));
        out.append(ReadError{0, -1,
                             QCoreApplication::translate("wp::io", "bỏ qua %n dòng tiêu đề lặp lại (%1)", nullptr,
                                                         int(m_skippedHeaders.size()))
                                 .arg(where.join(QStringLiteral("; ")))});
    }
    return out;
}

QString DocxReader::rowLabel(int row) const
{
    for (auto it = m_segments.crbegin(); it != m_segments.crend(); ++it)
        if (row > it->base)
            return QCoreApplication::translate("wp::io", "bảng %1, dòng %2").arg(it->table).arg(row - it->base);
    return QString();
}

QString DocxReader::columnLabel(int column) const
{
    return QCoreApplication::translate("wp::io", "cột %1").arg(column + 1);
}

QVector<TableInfo> DocxReader::documentTables(const QString& path, ReadError* error)
{
    DocxReader reader{ReadLimits()};
    if (!reader.openDocument(path, error) || !reader.survey(error))
        return {};
    QVector<TableInfo> out;
    for (const Survey& s : std::as_const(reader.m_surveys)) {
        TableInfo info;
        info.index = s.index;
        info.name = QCoreApplication::translate("wp::io", "Bảng %1").arg(s.index);
        info.rows = s.rows;
        info.firstRow = s.firstRow;
        info.programColumns = s.headerRow > 0;
        out.append(info);
    }
    return out;
}

} // namespace wp::io
