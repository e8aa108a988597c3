#pragma once

#include "workprogram/reports/reportdata.h"

#include <QObject>
#include <QVector>

#include <optional>

class QAction;
class QPrinter;

namespace wp::gui {

class DashboardDialog;
class WindowContext;

/// Menu "Báo cáo": print preview, print and PDF of the three reports of the shown year, for the
/// whole year or for the unit selected in the counts panel (its context menu), the settings of
/// the header and signature blocks, and the charts window (also in menu "Xem").
class ReportActions : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(WindowContext& context);

    // What the menus do, public so that tests drive exactly that; @p unitIds empty: every unit.
    void previewReport(reports::ReportKind kind, const QVector<qint64>& unitIds = {});
    void printReport(reports::ReportKind kind, const QVector<qint64>& unitIds = {});
    /// Asks for a file name through Prompts unless @p path is given. Returns the file written,
    /// empty when cancelled or failed (the failure is shown).
    QString exportReportPdf(reports::ReportKind kind, const QVector<qint64>& unitIds = {},
                            const QString& path = QString());
    void editReportSettings();
    /// Shows the charts of the shown year (created on first use, then kept and raised).
    void showDashboard();
    /// The charts window, nullptr until first shown.
    DashboardDialog* dashboard() const { return m_dashboard; }
    /// The lead unit selected in the counts panel, 0 when none (or the total row).
    qint64 selectedCountsUnit() const;

private:
    /// The report Ctrl+P prints: the one last previewed or printed.
    void setCurrentKind(reports::ReportKind kind);
    std::optional<reports::ReportData> reportData(reports::ReportKind kind, const QVector<qint64>& unitIds);
    /// The report of @p kind made current, with @p printer set up for it (nullopt: refused, said).
    std::optional<reports::ReportData> startPrinting(reports::ReportKind kind, const QVector<qint64>& unitIds,
                                                     QPrinter& printer);

    WindowContext& m_context;
    DashboardDialog* m_dashboard = nullptr;
    QAction* m_printCurrent = nullptr;                                 ///< Ctrl+P: prints the current report
    reports::ReportKind m_currentKind = reports::ReportKind::Appendix; ///< the last report previewed or printed
};

} // namespace wp::gui
