#include "workprogram/gui/importwizard.h"

#include "screenfit.h"

#include "workprogram/gui/prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wp::gui {

namespace {
constexpr int PreviewRows = 2000; // enough to see the table; the import reads every row
const QColor errorColour(0xFD, 0xE2, 0xE2);
const QColor errorCellColour(0xF4, 0xA6, 0xA6);
const QColor warningColour(0xFF, 0xF4, 0xCC);

bool isJson(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}
} // namespace

ImportWizard::ImportWizard(storage::Database& db, int year, QWidget* parent) : QWizard(parent), m_db(db), m_year(year)
{
    setWindowTitle(tr("Nhập chương trình công tác năm %1").arg(year));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(PreviewPage, createPreviewPage());
    setPage(SummaryPage, createSummaryPage());
    resizeWithinScreen(this, QSize(1100, 680)); // never larger than the screen (issue 14)
}

QWizardPage* ImportWizard::createFilePage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Chọn tệp"));
    page->setSubTitle(
        tr("Bảng Excel (.xlsx, .xls), OpenDocument (.ods), bảng trong tài liệu Word (.docx) hoặc CSV có dòng tiêu "
           "đề như \"STT | Nội dung công việc | Cơ quan chủ trì | …\"; các dòng tên cơ quan, tên chương trình phía "
           "trên bảng được bỏ qua."));
    auto* form = new QFormLayout(page);
    m_path = new QLineEdit(page);
    auto* browse = new QPushButton(tr("&Chọn tệp…"), page);
    auto* row = new QHBoxLayout;
    row->addWidget(m_path);
    row->addWidget(browse);
    // A label of its own, with the field as its buddy: addRow(text, layout) would show the "&".
    auto* fileLabel = new QLabel(tr("Tệ&p:"), page);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, row);
    m_sheet = new QComboBox(page);
    m_sheet->addItem(tr("Tự tìm trang tính có bảng"), QString());
    form->addRow(tr("Tr&ang tính:"), m_sheet);
    m_table = new QSpinBox(page);
    m_table->setRange(0, 9999);
    m_table->setSpecialValueText(tr("bảng có các cột của chương trình"));
    form->addRow(tr("Bảng trong tệp &Word:"), m_table);
    m_legacy = new QComboBox(page);
    m_legacy->addItem(tr("tự nhận ra và chuyển sang Unicode"), int(io::LegacyEncoding::Auto));
    m_legacy->addItem(tr("TCVN3 (ABC, phông .VnTime)"), int(io::LegacyEncoding::Tcvn3));
    m_legacy->addItem(tr("VNI (phông VNI-Times)"), int(io::LegacyEncoding::Vni));
    m_legacy->addItem(tr("không chuyển"), int(io::LegacyEncoding::None));
    form->addRow(tr("Chữ gõ bằng bảng &mã cũ:"), m_legacy);
    m_createUnits = new QCheckBox(tr("Tạo đơn vị mới khi nhập"), page);
    m_createUnits->setToolTip(tr("Thêm vào danh mục các đơn vị có trong tệp mà danh mục chưa có"));
    form->addRow(QString(), m_createUnits);
    // The same rule as the command line: hidden rows are imported, each with a warning, unless
    // the person asks to leave them out.
    m_skipHidden =
        new QCheckBox(tr("Bỏ qua các dòng bị ẩn trong tệp (nếu không, dòng ẩn vẫn được nhập, có cảnh báo)"), page);
    form->addRow(QString(), m_skipHidden);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = Prompts::openFileName(this, tr("Chọn tệp cần nhập"),
                                                   tr("Bảng (*.xlsx *.xls *.ods *.docx *.csv *.json);;Mọi tệp (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(m_path, &QLineEdit::textChanged, this, &ImportWizard::fillSheets);
    return page;
}

QWizardPage* ImportWizard::createPreviewPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Kiểm tra trước khi nhập"));
    page->setSubTitle(tr("Các cột được nhận ra theo tiêu đề; có thể đổi ở bên trái. Dòng có lỗi tô đỏ, dòng có cảnh "
                         "báo tô vàng; chưa ghi gì cho đến khi bấm Tiếp."));
    auto* layout = new QVBoxLayout(page);
    auto* tableRow = new QHBoxLayout;
    m_tableInfo = new QLabel(page);
    m_tableInfo->setWordWrap(true);
    tableRow->addWidget(m_tableInfo, 1);
    m_candidates = new QComboBox(page);
    m_candidates->setVisible(false);
    tableRow->addWidget(m_candidates);
    layout->addLayout(tableRow);
    connect(m_candidates, &QComboBox::activated, this, [this](int index) {
        const QString name = m_candidates->itemData(index).toString();
        if (name.isEmpty())
            return;
        m_sheet->setCurrentIndex(std::max(0, m_sheet->findData(name)));
        m_plan = io::ImportPlan(); // another table: the mapping found under its header
        refreshPreview();
    });
    auto* splitter = new QSplitter(page);
    auto* mappingBox = new QWidget(splitter);
    auto* grid = new QFormLayout(mappingBox);
    for (io::Field f : io::FieldInfo::all()) {
        auto* combo = new QComboBox(mappingBox);
        // Wide enough for "K: Cơ quan phối hợp": the mapping is read, not guessed at.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(20);
        m_mapping.append(combo);
        grid->addRow(io::FieldInfo::header(f) + (io::FieldInfo::required(f) ? QStringLiteral(" (*)") : QString()),
                     combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingMapping)
                refreshPreview();
        });
    }
    m_preview = new QTableWidget(splitter);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 3);
    m_previewSummary = new QLabel(page);
    m_previewSummary->setTextFormat(Qt::RichText);
    m_previewSummary->setWordWrap(true);
    layout->addWidget(m_previewSummary);
    m_errors = new QListWidget(page);
    layout->addWidget(m_errors, 1);
    connect(m_errors, &QListWidget::currentRowChanged, this, [this](int i) {
        if (i < 0 || i >= m_issues.size())
            return;
        const io::ImportIssue& e = m_issues.at(i);
        for (int r = 0; r < m_preview->rowCount(); ++r)
            if (m_preview->verticalHeaderItem(r) &&
                m_preview->verticalHeaderItem(r)->text() == QString::number(e.row)) {
                m_preview->setCurrentCell(r, std::max(0, e.columnIndex));
                break;
            }
    });
    return page;
}

QWizardPage* ImportWizard::createSummaryPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Đã nhập"));
    auto* layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    layout->addStretch();
    return page;
}

void ImportWizard::setFileName(const QString& path)
{
    m_path->setText(path);
}

void ImportWizard::fillSheets()
{
    // The sheets of the file as it is named now; "tự tìm" first, the default.
    const QString kept = m_sheet->currentData().toString();
    while (m_sheet->count() > 1)
        m_sheet->removeItem(1);
    if (m_path->text().isEmpty() || isJson(m_path->text()) || !QFileInfo(m_path->text()).isFile())
        return;
    io::ReadError error;
    const std::unique_ptr<io::TableReader> reader = io::openTable(m_path->text(), {}, &error);
    if (!reader)
        return;
    for (const io::TableInfo& t : reader->tables())
        if (t.hasCells)
            m_sheet->addItem(t.hidden ? tr("%1 (ẩn)").arg(t.name) : t.name, t.name);
    m_sheet->setCurrentIndex(std::max(0, m_sheet->findData(kept)));
}

io::ImportOptions ImportWizard::options() const
{
    io::ImportOptions o;
    o.year = m_year;
    o.actor = m_importer;
    o.createUnits = m_createUnits->isChecked();
    o.hiddenRows = m_skipHidden->isChecked() ? io::HiddenRows::Skip : io::HiddenRows::Import;
    o.read.sheet = m_sheet->currentData().toString();
    o.read.table = m_table->value();
    o.read.legacyEncoding = io::LegacyEncoding(m_legacy->currentData().toInt());
    if (!m_mapping.isEmpty() && m_plan.result.header.rowNumber > 0) {
        io::ColumnMap map;
        for (int f = 0; f < io::FieldCount; ++f)
            map.column[size_t(f)] = m_mapping.at(f)->currentData().toInt();
        o.columns = map;
    }
    return o;
}

void ImportWizard::fillMappingCombos()
{
    m_updatingMapping = true;
    const io::HeaderMatch& h = m_plan.result.header;
    for (int f = 0; f < io::FieldCount; ++f) {
        QComboBox* combo = m_mapping.at(f);
        combo->clear();
        combo->addItem(tr("— không có —"), -1);
        for (int c = 0; c <= h.lastColumn; ++c) {
            const QString name = c < h.names.size() ? h.names.at(c) : QString();
            combo->addItem(io::columnLetter(c) + (name.isEmpty() ? QString() : QStringLiteral(": ") + name), c);
        }
        combo->setCurrentIndex(combo->findData(h.map.column[size_t(f)]));
    }
    m_updatingMapping = false;
}

void ImportWizard::fillPreviewTable()
{
    m_preview->clear();
    m_preview->clearSpans();
    const io::ImportResult& result = m_plan.result;
    io::ReadError error;
    const io::ReadOptions read = options().read; // converted as the import converts: what will be imported
    std::unique_ptr<io::TableReader> reader =
        isJson(m_path->text()) ? nullptr : io::openTable(m_path->text(), read, &error);
    // The table the import read, which may not be the first.
    if (reader && result.table >= 0 && reader->currentTable() != result.table && !reader->selectTable(result.table))
        reader.reset();
    QHash<int, QSet<int>> badCells;
    QHash<int, QStringList> rowMessages;
    QSet<int> badRows;
    for (const io::ImportIssue& e : result.errors) {
        badCells[e.row].insert(e.columnIndex);
        rowMessages[e.row].append(e.message);
        badRows.insert(e.row);
    }
    for (const io::ImportIssue& w : result.warnings)
        if (w.row > 0)
            rowMessages[w.row].append(tr("Cảnh báo: %1").arg(w.message));
    QVector<io::Row> rows;
    int columns = 0;
    io::Row row;
    while (reader && rows.size() < PreviewRows && reader->next(row)) {
        columns = std::max(columns, int(row.cells.size()));
        rows.append(row);
    }
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(int(rows.size()));
    QStringList headers;
    for (int c = 0; c < columns; ++c)
        headers.append(io::columnLetter(c));
    m_preview->setHorizontalHeaderLabels(headers);
    const int headerRow = result.header.rowNumber;
    const int subHeaderRow = result.header.subHeaderRow;
    for (int r = 0; r < rows.size(); ++r) {
        const io::Row& fileRow = rows.at(r);
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(fileRow.number)));
        const bool bad = badRows.contains(fileRow.number);
        const bool noted = rowMessages.contains(fileRow.number);
        // Every cell of a marked row, empty ones too, so that a heading's warning shows across.
        const int width = noted ? columns : int(fileRow.cells.size());
        for (int c = 0; c < width; ++c) {
            auto* item = new QTableWidgetItem(c < fileRow.cells.size() ? fileRow.cells.at(c).text : QString());
            if (noted) {
                item->setBackground(bad ? (badCells.value(fileRow.number).contains(c) ? errorCellColour : errorColour)
                                        : warningColour);
                item->setToolTip(rowMessages.value(fileRow.number).join(QLatin1Char('\n')));
            }
            if (fileRow.number == headerRow || fileRow.number == subHeaderRow) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (fileRow.hidden)
                item->setForeground(Qt::gray);
            m_preview->setItem(r, c, item);
        }
    }
    // Columns as wide as the table's own cells (from the header row on), so that a long
    // title in A1 does not push the columns apart; title rows span the whole width instead.
    const QFontMetrics plain(m_preview->font());
    QFont boldFont = m_preview->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    QVector<int> widths(columns, 40);
    for (int r = 0; r < rows.size(); ++r) {
        const io::Row& fileRow = rows.at(r);
        if (headerRow > 0 && fileRow.number < headerRow) {
            if (columns > 1)
                m_preview->setSpan(r, 0, 1, columns);
            continue;
        }
        const QFontMetrics& fm = fileRow.number == headerRow ? bold : plain;
        for (int c = 0; c < fileRow.cells.size(); ++c)
            widths[c] = std::max(widths[c], fm.horizontalAdvance(fileRow.cells.at(c).text) + 12);
    }
    for (int c = 0; c < columns; ++c)
        m_preview->setColumnWidth(c, std::min(widths[c], 320));
}

QString ImportWizard::issueText(const io::ImportIssue& issue, bool capital)
{
    // "Dòng 4, cột Đơn vị phối hợp: …" — a person's words for the place, not FILE:ROW:COLUMN, and the
    // window's own advice instead of the command line's.
    QStringList where;
    if (!issue.rowLabel.isEmpty())
        where.append(issue.rowLabel);
    else if (issue.row > 0)
        where.append(tr("dòng %1").arg(issue.row));
    if (!issue.column.isEmpty())
        where.append(tr("cột %1").arg(issue.column));
    QString text =
        where.isEmpty() ? issue.message : where.join(QStringLiteral(", ")) + QStringLiteral(": ") + issue.message;
    if (!issue.windowHint.isEmpty())
        text += QStringLiteral(" (") + issue.windowHint + QLatin1Char(')');
    if (capital && !text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

void ImportWizard::fillIssues()
{
    // Errors first, then warnings; words of the window, not of the command line.
    const io::ImportResult& r = m_plan.result;
    m_errors->clear();
    m_issues.clear();
    for (const io::ImportIssue& e : r.errors) {
        m_errors->addItem(issueText(e));
        m_issues.append(e);
    }
    if (r.errorCount() > r.errors.size()) {
        m_errors->addItem(tr("… và %1 lỗi khác").arg(Prompts::number(r.errorCount() - r.errors.size())));
        m_issues.append(io::ImportIssue());
    }
    for (const io::ImportIssue& w : r.warnings) {
        auto* item = new QListWidgetItem(tr("Cảnh báo: %1").arg(issueText(w, false)), m_errors);
        item->setBackground(warningColour);
        m_issues.append(w);
    }
    for (int k = 0; k < io::IssueKindCount; ++k) {
        const int more = r.warningCount(io::IssueKind(k)) - io::ImportResult::MaxWarningsPerKind;
        if (more > 0) {
            auto* item = new QListWidgetItem(tr("Cảnh báo: … và %1 cảnh báo khác cùng loại").arg(more), m_errors);
            item->setBackground(warningColour);
            m_issues.append(io::ImportIssue());
        }
    }
    m_errors->setVisible(m_errors->count() > 0);
}

void ImportWizard::fillTableChoice()
{
    const io::ImportResult& r = m_plan.result;
    m_candidates->clear();
    m_candidates->setVisible(r.candidates.size() > 1);
    if (r.candidates.size() > 1) {
        m_tableInfo->setText(tr("Tệp có bảng ở nhiều trang tính; chọn trang tính cần nhập:"));
        m_candidates->addItem(tr("— chọn —"), QString());
        for (int i : r.candidates)
            m_candidates->addItem(r.tables.at(i).name, r.tables.at(i).name);
        return;
    }
    m_tableInfo->setText(r.tables.size() > 1 && r.table >= 0 ? tr("Bảng đọc ở %1.").arg(r.tableLabel()) : QString());
}

void ImportWizard::refreshPreview()
{
    const io::ImportOptions o = options();
    m_plan = io::Importer(m_db).plan(m_path->text(), o);
    fillMappingCombos();
    fillPreviewTable();
    fillIssues();
    fillTableChoice();
    const io::ImportResult& r = m_plan.result;
    QString text;
    if (r.ok)
        text = tr("%n nội dung hợp lệ, sẵn sàng nhập vào chương trình năm %1.", nullptr, r.itemsAdded).arg(m_year);
    else if (r.errorCount() == 0 && !r.refusal.isEmpty())
        text = tr("<b>Không được nhập:</b> %1. Chưa có gì được ghi.").arg(r.refusal.toHtmlEscaped());
    else
        text = tr("<b>%n lỗi</b> — sửa tệp (hoặc đổi cột ở bên trái) rồi kiểm tra lại; chưa có gì được ghi.", nullptr,
                  r.errorCount());
    const QVector<StatedCount> mismatches = r.mismatches();
    if (!mismatches.isEmpty())
        text += QLatin1Char(' ') + tr("%n số liệu ghi trong tệp khác số đếm được (tô vàng trên dòng của nó).", nullptr,
                                      int(mismatches.size()));
    m_previewSummary->setText(text);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage) {
        if (!QFileInfo::exists(m_path->text())) {
            Prompts::warning(this, tr("Nhập"), tr("Không có tệp \"%1\".").arg(m_path->text()));
            return false;
        }
        m_plan = io::ImportPlan();
        refreshPreview();
        return true;
    }
    if (currentId() == PreviewPage) {
        if (!m_plan.result.ok && m_plan.result.errorCount() == 0 && !m_plan.result.refusal.isEmpty()) {
            // The workflow refuses the import as a whole (the importer's role or the program's step).
            Prompts::warning(this, tr("Nhập"),
                             tr("Không được nhập: %1. Không có gì được ghi.").arg(m_plan.result.refusal));
            return false;
        }
        if (!m_plan.result.ok) {
            Prompts::warning(this, tr("Nhập"), tr("Tệp còn lỗi; không nhập gì."));
            return false;
        }
        try {
            io::Importer(m_db).apply(m_plan, options());
        } catch (const wp::Error& e) {
            Prompts::warning(this, tr("Nhập"), tr("Không ghi được vào cơ sở dữ liệu; không có gì thay đổi."),
                             e.message());
            return false;
        }
        m_imported = m_plan.result.itemsAdded;
        QString html = tr("<p>Đã nhập <b>%1</b> nội dung vào chương trình năm %2.</p>")
                           .arg(Prompts::number(m_imported))
                           .arg(m_year);
        html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
        for (const auto& [unit, n] : m_plan.result.perUnit)
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                        .arg(unit.toHtmlEscaped(), Prompts::number(n));
        html += QStringLiteral("</table>");
        if (!m_plan.result.createdUnits.isEmpty())
            html += tr("<p>Đơn vị mới thêm vào danh mục: %1</p>")
                        .arg(m_plan.result.createdUnits.join(QStringLiteral("; ")).toHtmlEscaped());
        for (const StatedCount& s : m_plan.result.mismatches())
            html += tr("<p>Dòng %1 của tệp ghi %2 nội dung, đếm được %3 (%4).</p>")
                        .arg(s.row)
                        .arg(Prompts::number(s.stated))
                        .arg(Prompts::number(s.counted))
                        .arg(s.label.toHtmlEscaped());
        m_summary->setText(html);
        return true;
    }
    return QWizard::validateCurrentPage();
}

} // namespace wp::gui
