#include "workprogram/gui/importwizard.h"

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
    resize(1100, 680);
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
    form->addRow(tr("&Tệp:"), row);
    m_sheet = new QLineEdit(page);
    m_sheet->setPlaceholderText(tr("trang đầu tiên"));
    form->addRow(tr("Trang &tính:"), m_sheet);
    m_table = new QSpinBox(page);
    m_table->setRange(0, 9999);
    m_table->setSpecialValueText(tr("bảng có các cột của chương trình"));
    form->addRow(tr("Bảng trong tệp &Word:"), m_table);
    m_legacy = new QComboBox(page);
    m_legacy->addItem(tr("tự nhận ra và chuyển sang Unicode"), int(io::LegacyEncoding::Auto));
    m_legacy->addItem(tr("TCVN3 (ABC, phông .VnTime)"), int(io::LegacyEncoding::Tcvn3));
    m_legacy->addItem(tr("VNI (phông VNI-Times)"), int(io::LegacyEncoding::Vni));
    m_legacy->addItem(tr("không chuyển"), int(io::LegacyEncoding::None));
    form->addRow(tr("Chữ gõ bằng bảng mã &cũ:"), m_legacy);
    m_createUnits = new QCheckBox(tr("Thêm vào danh mục các đơn vị chưa có"), page);
    form->addRow(QString(), m_createUnits);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = Prompts::openFileName(this, tr("Chọn tệp cần nhập"),
                                                   tr("Bảng (*.xlsx *.xls *.ods *.docx *.csv *.json);;Mọi tệp (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    return page;
}

QWizardPage* ImportWizard::createPreviewPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Kiểm tra trước khi nhập"));
    page->setSubTitle(tr("Các cột được nhận ra theo tiêu đề; có thể đổi ở bên trái. Dòng có lỗi tô đỏ; chưa ghi gì "
                         "cho đến khi bấm Tiếp."));
    auto* layout = new QVBoxLayout(page);
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
        if (i < 0 || i >= m_plan.result.errors.size())
            return;
        const io::ImportIssue& e = m_plan.result.errors.at(i);
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

io::ImportOptions ImportWizard::options() const
{
    io::ImportOptions o;
    o.year = m_year;
    o.createUnits = m_createUnits->isChecked();
    o.read.sheet = m_sheet->text().trimmed();
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
    io::ReadError error;
    const io::ReadOptions read = options().read; // converted as the import converts: what will be imported
    std::unique_ptr<io::TableReader> reader =
        QFileInfo(m_path->text()).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
            ? nullptr
            : io::openTable(m_path->text(), read, &error);
    QHash<int, QSet<int>> badCells;
    QHash<int, QStringList> rowMessages;
    for (const io::ImportIssue& e : m_plan.result.errors) {
        badCells[e.row].insert(e.columnIndex);
        rowMessages[e.row].append(e.message);
    }
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
    for (int r = 0; r < rows.size(); ++r) {
        const io::Row& fileRow = rows.at(r);
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(fileRow.number)));
        const bool bad = rowMessages.contains(fileRow.number);
        for (int c = 0; c < fileRow.cells.size(); ++c) {
            auto* item = new QTableWidgetItem(fileRow.cells.at(c).text);
            if (bad) {
                item->setBackground(badCells.value(fileRow.number).contains(c) ? errorCellColour : errorColour);
                item->setToolTip(rowMessages.value(fileRow.number).join(QLatin1Char('\n')));
            }
            if (fileRow.number == m_plan.result.header.rowNumber) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_preview->setItem(r, c, item);
        }
    }
    // Columns as wide as the table's own cells (from the header row on), so that a long
    // title in A1 does not push the columns apart; title rows span the whole width instead.
    const int headerRow = m_plan.result.header.rowNumber;
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

void ImportWizard::refreshPreview()
{
    const io::ImportOptions o = options();
    m_plan = io::Importer(m_db).plan(m_path->text(), o);
    fillMappingCombos();
    fillPreviewTable();
    m_errors->clear();
    for (const io::ImportIssue& e : m_plan.result.errors)
        m_errors->addItem(e.format(QFileInfo(m_path->text()).fileName()));
    if (m_plan.result.ok)
        m_previewSummary->setText(
            tr("%n nội dung hợp lệ, sẵn sàng nhập vào chương trình năm %1.", nullptr, m_plan.result.itemsAdded)
                .arg(m_year));
    else
        m_previewSummary->setText(tr("<b>%n lỗi</b> — sửa tệp (hoặc đổi cột ở bên trái) rồi kiểm tra lại; chưa có gì "
                                     "được ghi.",
                                     nullptr, int(m_plan.result.errors.size())));
    m_errors->setVisible(!m_plan.result.errors.isEmpty());
    // What the reading itself says: the Word table read, the columns converted from TCVN3 or VNI.
    QStringList warnings;
    constexpr int ShownWarnings = 10;
    for (const io::ImportIssue& w : m_plan.result.warnings.mid(0, ShownWarnings))
        warnings.append(w.format(QFileInfo(m_path->text()).fileName()).toHtmlEscaped());
    if (m_plan.result.warnings.size() > ShownWarnings)
        warnings.append(tr("… và %n cảnh báo khác", nullptr, int(m_plan.result.warnings.size()) - ShownWarnings));
    if (!warnings.isEmpty())
        m_previewSummary->setText(m_previewSummary->text() + QStringLiteral("<br>") + tr("Cảnh báo:") +
                                  QStringLiteral("<br>") + warnings.join(QStringLiteral("<br>")));
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
        if (!m_plan.result.ok) {
            Prompts::warning(this, tr("Nhập"), tr("Tệp còn lỗi; không nhập gì."));
            return false;
        }
        try {
            io::Importer(m_db).apply(m_plan, options());
        } catch (const storage::StorageError& e) {
            Prompts::warning(this, tr("Nhập"), tr("Không ghi được vào cơ sở dữ liệu; không có gì thay đổi."),
                             e.message());
            return false;
        }
        m_imported = m_plan.result.itemsAdded;
        QString html = tr("<p>Đã nhập <b>%1</b> nội dung vào chương trình năm %2.</p>").arg(m_imported).arg(m_year);
        html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
        for (const auto& [unit, n] : m_plan.result.perUnit)
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>").arg(unit.toHtmlEscaped()).arg(n);
        html += QStringLiteral("</table>");
        if (!m_plan.result.createdUnits.isEmpty())
            html += tr("<p>Đơn vị mới thêm vào danh mục: %1</p>")
                        .arg(m_plan.result.createdUnits.join(QStringLiteral("; ")).toHtmlEscaped());
        m_summary->setText(html);
        return true;
    }
    return QWizard::validateCurrentPage();
}

} // namespace wp::gui
