// The "Báo cáo" menu: print preview, print, PDF and Word of the three reports, for the whole year or
// the unit selected in the counts panel, the settings of the header and signature blocks, and the
// charts window (DashboardDialog, also in the "Xem" menu).
#include "workprogram/gui/reportactions.h"

#include "screenfit.h"

#include "windowtext.h"

#include "workprogram/gui/dashboarddialog.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reportsettingsdialog.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/reports/reportfile.h"
#include "workprogram/reports/reportrenderer.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/reportsettingsrepository.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTableView>

namespace wp::gui {

using reports::ReportKind;

namespace {

struct KindInfo
{
    ReportKind kind;
    const char* key;      ///< object names and file names
    const char* name;     ///< in titles and the print action
    const char* menuText; ///< the report's submenu in "Báo cáo", with its access key (each a different letter)
};
// The words keep the window's translation context (see windowtext.h).
constexpr KindInfo kinds[] = {
    {ReportKind::UnitSummary, "unit-summary", QT_TRANSLATE_NOOP("MainWindow", "Danh mục theo đơn vị chủ trì"),
     QT_TRANSLATE_NOOP("MainWindow", "&Danh mục theo đơn vị chủ trì")},
    {ReportKind::Appendix, "appendix", QT_TRANSLATE_NOOP("MainWindow", "Phụ lục chương trình"),
     QT_TRANSLATE_NOOP("MainWindow", "&Phụ lục chương trình")},
    {ReportKind::Progress, "progress", QT_TRANSLATE_NOOP("MainWindow", "Báo cáo tiến độ"),
     QT_TRANSLATE_NOOP("MainWindow", "Báo cáo t&iến độ")},
};

const KindInfo& info(ReportKind kind)
{
    for (const KindInfo& k : kinds)
        if (k.kind == kind)
            return k;
    return kinds[0];
}

QString kindKey(ReportKind kind)
{
    return QLatin1String(info(kind).key);
}

QString kindName(ReportKind kind)
{
    return WindowText::tr(info(kind).name);
}

void preparePrinter(QPrinter& printer, const reports::ReportData& data)
{
    printer.setPageLayout(reports::ReportRenderer::pageLayout(data));
    printer.setDocName(reports::ReportRenderer::title(data));
}

} // namespace

ReportActions::ReportActions(WindowContext& context) : QObject(&context), m_context(context)
{
    QMenu* menu = context.places().reportsMenu;
    for (const KindInfo& k : kinds) {
        const ReportKind kind = k.kind;
        QMenu* sub = menu->addMenu(WindowText::tr(k.menuText));
        sub->setObjectName(QStringLiteral("reportMenu-%1").arg(QLatin1String(k.key)));
        QAction* preview =
            sub->addAction(WindowText::tr("&Xem trước khi in…"), this, [this, kind] { previewReport(kind); });
        preview->setObjectName(QStringLiteral("previewReport-%1").arg(QLatin1String(k.key)));
        QAction* print = sub->addAction(WindowText::tr("&In…"), this, [this, kind] { printReport(kind); });
        print->setObjectName(QStringLiteral("printReport-%1").arg(QLatin1String(k.key)));
        QAction* pdf = sub->addAction(WindowText::tr("Xuất &PDF…"), this, [this, kind] { exportReportPdf(kind); });
        pdf->setObjectName(QStringLiteral("exportReportPdf-%1").arg(QLatin1String(k.key)));
        // The Word document the Office edits before signing: exportReportPdf writes what the
        // file name's suffix asks for.
        QAction* word = sub->addAction(WindowText::tr("Xuất &Word (.docx)…"), this, [this, kind] {
            QString path =
                Prompts::saveFileName(m_context.dialogParent(), WindowText::tr("Xuất Word — %1").arg(kindName(kind)),
                                      QStringLiteral("%1-%2.docx").arg(kindKey(kind)).arg(m_context.year()),
                                      WindowText::tr("Tài liệu Word (*.docx)"));
            if (path.isEmpty())
                return;
            if (QFileInfo(path).suffix().isEmpty())
                path += QStringLiteral(".docx");
            exportReportPdf(kind, {}, path);
        });
        word->setObjectName(QStringLiteral("exportReportDocx-%1").arg(QLatin1String(k.key)));
    }
    // Ctrl+P prints the report last looked at (the appendix, the program itself, at first).
    m_printCurrent = menu->addAction(QString(), this, [this] { printReport(m_currentKind); });
    m_printCurrent->setObjectName(QStringLiteral("printCurrentReportAction"));
    m_printCurrent->setShortcut(QKeySequence::Print);
    setCurrentKind(ReportKind::Appendix);
    menu->addSeparator();
    QAction* dashboard = menu->addAction(WindowText::tr("&Biểu đồ theo đơn vị…"), this, &ReportActions::showDashboard);
    dashboard->setObjectName(QStringLiteral("dashboardAction"));
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    context.places().viewMenu->addAction(dashboard);
    menu->addSeparator();
    QAction* settings = menu->addAction(WindowText::tr("&Thông tin in báo cáo (cơ quan, người ký, nơi nhận)…"), this,
                                        &ReportActions::editReportSettings);
    settings->setObjectName(QStringLiteral("reportSettingsAction"));

    // The counts panel: the selected unit's own summary.
    QTableView* counts = context.places().countsView;
    counts->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto unitOnly = [this] {
        const qint64 unit = selectedCountsUnit();
        return unit ? QVector<qint64>{unit} : QVector<qint64>{};
    };
    QAction* unitPreview = new QAction(WindowText::tr("Xem trước danh mục của đơn vị này…"), counts);
    unitPreview->setObjectName(QStringLiteral("previewUnitSummaryAction"));
    connect(unitPreview, &QAction::triggered, this,
            [this, unitOnly] { previewReport(ReportKind::UnitSummary, unitOnly()); });
    QAction* unitPrint = new QAction(WindowText::tr("In danh mục của đơn vị này…"), counts);
    unitPrint->setObjectName(QStringLiteral("printUnitSummaryAction"));
    connect(unitPrint, &QAction::triggered, this,
            [this, unitOnly] { printReport(ReportKind::UnitSummary, unitOnly()); });
    QAction* unitPdf = new QAction(WindowText::tr("Xuất PDF danh mục của đơn vị này…"), counts);
    unitPdf->setObjectName(QStringLiteral("exportUnitSummaryAction"));
    connect(unitPdf, &QAction::triggered, this,
            [this, unitOnly] { exportReportPdf(ReportKind::UnitSummary, unitOnly()); });
    counts->addActions({unitPreview, unitPrint, unitPdf});
}

void ReportActions::setCurrentKind(ReportKind kind)
{
    m_currentKind = kind;
    m_printCurrent->setText(WindowText::tr("I&n %1…").arg(kindName(kind)));
}

qint64 ReportActions::selectedCountsUnit() const
{
    const QModelIndex index = m_context.places().countsView->currentIndex();
    return index.isValid() ? index.data(models::UnitCountsModel::UnitIdRole).toLongLong() : 0;
}

std::optional<reports::ReportData> ReportActions::reportData(ReportKind kind, const QVector<qint64>& unitIds)
{
    storage::Database* db = m_context.database();
    if (!db)
        return std::nullopt;
    const std::optional<Program> program = storage::ProgramRepository(*db).byYear(m_context.year());
    if (!program) {
        Prompts::warning(m_context.dialogParent(), WindowText::tr("Chưa có chương trình"),
                         WindowText::tr("Năm %1 chưa có nội dung nào để in.").arg(m_context.year()));
        return std::nullopt;
    }
    reports::ReportRequest request;
    request.kind = kind;
    request.unitIds = unitIds;
    request.asOf = m_context.today();
    request.date = QDate::currentDate();
    return reports::ReportData::build(reports::DatabaseSource(*db, *program), request);
}

std::optional<reports::ReportData> ReportActions::startPrinting(ReportKind kind, const QVector<qint64>& unitIds,
                                                                QPrinter& printer)
{
    setCurrentKind(kind);
    std::optional<reports::ReportData> report = reportData(kind, unitIds);
    if (report)
        preparePrinter(printer, *report);
    return report;
}

void ReportActions::previewReport(ReportKind kind, const QVector<qint64>& unitIds)
{
    QPrinter printer(QPrinter::HighResolution);
    const std::optional<reports::ReportData> report = startPrinting(kind, unitIds, printer);
    if (!report)
        return;
    QPrintPreviewDialog dialog(&printer, m_context.dialogParent());
    dialog.setWindowTitle(WindowText::tr("Xem trước — %1").arg(reports::ReportRenderer::title(*report)));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter* p) { reports::ReportRenderer::render(*report, *p); });
    resizeWithinScreen(&dialog, QSize(1000, 800)); // never larger than the screen (issue 14)
    dialog.exec();
}

void ReportActions::printReport(ReportKind kind, const QVector<qint64>& unitIds)
{
    QPrinter printer(QPrinter::HighResolution);
    const std::optional<reports::ReportData> report = startPrinting(kind, unitIds, printer);
    if (!report)
        return;
    QPrintDialog dialog(&printer, m_context.dialogParent());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (reports::ReportRenderer::render(*report, printer) == 0)
        Prompts::warning(m_context.dialogParent(), WindowText::tr("Không in được"),
                         WindowText::tr("Máy in không nhận lệnh in."));
}

QString ReportActions::exportReportPdf(ReportKind kind, const QVector<qint64>& unitIds, const QString& chosenPath)
{
    const std::optional<reports::ReportData> report = reportData(kind, unitIds);
    if (!report)
        return {};
    QString path = chosenPath;
    if (path.isEmpty()) {
        QString suggested = QStringLiteral("%1-%2").arg(kindKey(kind)).arg(m_context.year());
        if (unitIds.size() == 1 && !report->units.isEmpty())
            suggested += QLatin1Char('-') + report->units.first().code.toLower();
        path = Prompts::saveFileName(m_context.dialogParent(), WindowText::tr("Xuất PDF — %1").arg(kindName(kind)),
                                     suggested + QStringLiteral(".pdf"),
                                     WindowText::tr("PDF (*.pdf);;Tài liệu Word (*.docx)"));
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
            Prompts::warning(m_context.dialogParent(), WindowText::tr("Không xuất được tệp Word"), error);
            return {};
        }
        m_context.showMessage(WindowText::tr("Đã ghi %1 ra %2").arg(title, path), 10000);
        return path;
    }
    if (!error.isEmpty()) {
        Prompts::warning(m_context.dialogParent(), WindowText::tr("Không xuất được PDF"), error);
        return {};
    }
    m_context.showMessage(WindowText::tr("Đã ghi %1 (%n trang) ra %2", nullptr, pages).arg(title, path), 10000);
    return path;
}

void ReportActions::showDashboard()
{
    if (!m_dashboard)
        m_dashboard = new DashboardDialog(m_context.items(), m_context.counts(), m_context.dialogParent());
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void ReportActions::editReportSettings()
{
    storage::Database* db = m_context.database();
    if (!db)
        return;
    const std::optional<Program> found = storage::ProgramRepository(*db).byYear(m_context.year());
    if (!found) {
        Prompts::warning(
            m_context.dialogParent(), WindowText::tr("Chưa có chương trình"),
            WindowText::tr("Năm %1 chưa có chương trình: thêm hoặc nhập nội dung trước.").arg(m_context.year()));
        return;
    }
    const Program& program = *found;
    storage::ReportSettingsRepository repo(*db);
    ReportSettingsDialog dialog(repo.load(program), storage::ReportSettings::defaultsFor(program),
                                m_context.dialogParent());
    dialog.setWindowTitle(WindowText::tr("Thông tin in báo cáo năm %1").arg(program.year));
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        repo.save(program.id, dialog.settings());
    } catch (const std::exception& e) {
        Prompts::warning(m_context.dialogParent(), WindowText::tr("Không lưu được"), QString::fromUtf8(e.what()));
    }
}

} // namespace wp::gui
