// The "Báo cáo" menu: print preview, print, PDF and Word of the three reports, for the whole year or
// the unit selected in the counts panel, the settings of the header and signature blocks, and the
// charts window (DashboardDialog, also in the "Xem" menu).
#include "workprogram/gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "workprogram/gui/dashboarddialog.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reportsettingsdialog.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/reports/reportfile.h"
#include "workprogram/reports/reportrenderer.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/reportsettingsrepository.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>

namespace wp::gui {

using reports::ReportKind;

namespace {

struct KindInfo
{
    ReportKind kind;
    const char* key; ///< object names and file names
};
constexpr KindInfo kinds[] = {
    {ReportKind::UnitSummary, "unit-summary"}, {ReportKind::Appendix, "appendix"}, {ReportKind::Progress, "progress"}};

QString kindKey(ReportKind kind)
{
    for (const KindInfo& k : kinds)
        if (k.kind == kind)
            return QLatin1String(k.key);
    return {};
}

QString kindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::UnitSummary:
        return MainWindow::tr("Danh mục theo đơn vị chủ trì");
    case ReportKind::Appendix:
        return MainWindow::tr("Phụ lục chương trình");
    case ReportKind::Progress:
        return MainWindow::tr("Báo cáo tiến độ");
    }
    return {};
}

void preparePrinter(QPrinter& printer, const reports::ReportData& data)
{
    printer.setPageLayout(reports::ReportRenderer::pageLayout(data));
    printer.setDocName(reports::ReportRenderer::title(data));
}

} // namespace

void MainWindow::setupReportActions()
{
    QMenu* menu = m_ui->reportsMenu;
    for (const KindInfo& k : kinds) {
        const ReportKind kind = k.kind;
        QMenu* sub = menu->addMenu(kindName(kind));
        sub->setObjectName(QStringLiteral("reportMenu-%1").arg(QLatin1String(k.key)));
        QAction* preview = sub->addAction(tr("Xem trước khi in…"), this, [this, kind] { previewReport(kind); });
        preview->setObjectName(QStringLiteral("previewReport-%1").arg(QLatin1String(k.key)));
        QAction* print = sub->addAction(tr("In…"), this, [this, kind] { printReport(kind); });
        print->setObjectName(QStringLiteral("printReport-%1").arg(QLatin1String(k.key)));
        QAction* pdf = sub->addAction(tr("Xuất PDF…"), this, [this, kind] { exportReportPdf(kind); });
        pdf->setObjectName(QStringLiteral("exportReportPdf-%1").arg(QLatin1String(k.key)));
        // The Word document the Office edits before signing: exportReportPdf writes what the
        // file name's suffix asks for.
        QAction* word = sub->addAction(tr("Xuất Word (.docx)…"), this, [this, kind] {
            QString path = Prompts::saveFileName(this, tr("Xuất Word — %1").arg(kindName(kind)),
                                                 QStringLiteral("%1-%2.docx").arg(kindKey(kind)).arg(m_model->year()),
                                                 tr("Tài liệu Word (*.docx)"));
            if (path.isEmpty())
                return;
            if (QFileInfo(path).suffix().isEmpty())
                path += QStringLiteral(".docx");
            exportReportPdf(kind, {}, path);
        });
        word->setObjectName(QStringLiteral("exportReportDocx-%1").arg(QLatin1String(k.key)));
    }
    menu->addSeparator();
    QAction* dashboard = menu->addAction(tr("Biểu đồ theo đơn vị…"), this, &MainWindow::showDashboard);
    dashboard->setObjectName(QStringLiteral("dashboardAction"));
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_ui->viewMenu->addAction(dashboard);
    menu->addSeparator();
    QAction* settings = menu->addAction(tr("Thông tin in báo cáo (cơ quan, người ký, nơi nhận)…"), this,
                                        &MainWindow::editReportSettings);
    settings->setObjectName(QStringLiteral("reportSettingsAction"));

    // The counts panel: the selected unit's own summary.
    QTableView* counts = m_ui->countsView;
    counts->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto unitOnly = [this] {
        const qint64 unit = selectedCountsUnit();
        return unit ? QVector<qint64>{unit} : QVector<qint64>{};
    };
    QAction* unitPreview = new QAction(tr("Xem trước danh mục của đơn vị này…"), counts);
    unitPreview->setObjectName(QStringLiteral("previewUnitSummaryAction"));
    connect(unitPreview, &QAction::triggered, this,
            [this, unitOnly] { previewReport(ReportKind::UnitSummary, unitOnly()); });
    QAction* unitPrint = new QAction(tr("In danh mục của đơn vị này…"), counts);
    unitPrint->setObjectName(QStringLiteral("printUnitSummaryAction"));
    connect(unitPrint, &QAction::triggered, this,
            [this, unitOnly] { printReport(ReportKind::UnitSummary, unitOnly()); });
    QAction* unitPdf = new QAction(tr("Xuất PDF danh mục của đơn vị này…"), counts);
    unitPdf->setObjectName(QStringLiteral("exportUnitSummaryAction"));
    connect(unitPdf, &QAction::triggered, this,
            [this, unitOnly] { exportReportPdf(ReportKind::UnitSummary, unitOnly()); });
    counts->addActions({unitPreview, unitPrint, unitPdf});
}

qint64 MainWindow::selectedCountsUnit() const
{
    const QModelIndex index = m_ui->countsView->currentIndex();
    return index.isValid() ? index.data(models::UnitCountsModel::UnitIdRole).toLongLong() : 0;
}

std::optional<reports::ReportData> MainWindow::reportData(ReportKind kind, const QVector<qint64>& unitIds)
{
    if (!m_db)
        return std::nullopt;
    const std::optional<Program> program = storage::ProgramRepository(*m_db).byYear(m_model->year());
    if (!program) {
        Prompts::warning(this, tr("Chưa có chương trình"),
                         tr("Năm %1 chưa có nội dung nào để in.").arg(m_model->year()));
        return std::nullopt;
    }
    reports::ReportRequest request;
    request.kind = kind;
    request.unitIds = unitIds;
    request.asOf = m_model->today();
    request.date = QDate::currentDate();
    return reports::ReportData::build(reports::DatabaseSource(*m_db, *program), request);
}

void MainWindow::previewReport(ReportKind kind, const QVector<qint64>& unitIds)
{
    const std::optional<reports::ReportData> report = reportData(kind, unitIds);
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *report);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Xem trước — %1").arg(reports::ReportRenderer::title(*report)));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter* p) { reports::ReportRenderer::render(*report, *p); });
    dialog.resize(1000, 800);
    dialog.exec();
}

void MainWindow::printReport(ReportKind kind, const QVector<qint64>& unitIds)
{
    const std::optional<reports::ReportData> report = reportData(kind, unitIds);
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *report);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (reports::ReportRenderer::render(*report, printer) == 0)
        Prompts::warning(this, tr("Không in được"), tr("Máy in không nhận lệnh in."));
}

QString MainWindow::exportReportPdf(ReportKind kind, const QVector<qint64>& unitIds, const QString& chosenPath)
{
    const std::optional<reports::ReportData> report = reportData(kind, unitIds);
    if (!report)
        return {};
    QString path = chosenPath;
    if (path.isEmpty()) {
        QString suggested = QStringLiteral("%1-%2").arg(kindKey(kind)).arg(m_model->year());
        if (unitIds.size() == 1 && !report->units.isEmpty())
            suggested += QLatin1Char('-') + report->units.first().code.toLower();
        path = Prompts::saveFileName(this, tr("Xuất PDF — %1").arg(kindName(kind)), suggested + QStringLiteral(".pdf"),
                                     tr("PDF (*.pdf);;Tài liệu Word (*.docx)"));
    }
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    // A .docx is the Word document; any other name gets the PDF, as it always did.
    const reports::ReportFormat format = reports::reportFormatOf(path).value_or(reports::ReportFormat::Pdf);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    int pages = 0;
    const QString error = reports::writeReport(*report, path, format, &pages);
    QGuiApplication::restoreOverrideCursor();
    const QString title = reports::ReportRenderer::title(*report);
    if (format == reports::ReportFormat::Docx) {
        if (!error.isEmpty()) {
            Prompts::warning(this, tr("Không xuất được tệp Word"), error);
            return {};
        }
        statusBar()->showMessage(tr("Đã ghi %1 ra %2").arg(title, path), 10000);
        return path;
    }
    if (!error.isEmpty()) {
        Prompts::warning(this, tr("Không xuất được PDF"), error);
        return {};
    }
    statusBar()->showMessage(tr("Đã ghi %1 (%n trang) ra %2", nullptr, pages).arg(title, path), 10000);
    return path;
}

void MainWindow::showDashboard()
{
    if (!m_dashboard)
        m_dashboard = new DashboardDialog(m_model, m_counts, this);
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void MainWindow::editReportSettings()
{
    if (!m_db)
        return;
    const std::optional<Program> found = storage::ProgramRepository(*m_db).byYear(m_model->year());
    if (!found) {
        Prompts::warning(this, tr("Chưa có chương trình"),
                         tr("Năm %1 chưa có chương trình: thêm hoặc nhập nội dung trước.").arg(m_model->year()));
        return;
    }
    const Program& program = *found;
    storage::ReportSettingsRepository repo(*m_db);
    ReportSettingsDialog dialog(repo.load(program), storage::ReportSettings::defaultsFor(program), this);
    dialog.setWindowTitle(tr("Thông tin in báo cáo năm %1").arg(program.year));
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        repo.save(program.id, dialog.settings());
    } catch (const std::exception& e) {
        Prompts::warning(this, tr("Không lưu được"), QString::fromUtf8(e.what()));
    }
}

} // namespace wp::gui
