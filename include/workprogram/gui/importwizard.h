#pragma once

#include "workprogram/core/user.h"
#include "workprogram/io/importer.h"

#include <QWizard>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace wp::gui {

/// Import of an office's table (xlsx, xls, ods, a Word document's table, csv) in three steps:
/// choose the file → check the preview (text in old Vietnamese fonts already converted, column
/// mapping that can be changed, errors and warnings marked on their rows and cells, "có phải …
/// không?" suggestions, the sheet read and the others that hold a table) → summary of what was
/// added per unit and what the file stated. All or nothing, as in the CLI, with the CLI's rules
/// (hidden rows imported unless skipped) but never its command-line advice.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        PreviewPage,
        SummaryPage
    };

    ImportWizard(storage::Database& db, int year, QWidget* parent = nullptr);

    void setFileName(const QString& path);
    /// Who imports (none: a database without accounts): their items' history names them and
    /// their role limits what the file may bring in (io::ImportOptions::actor); a refusal is
    /// said on the preview page and nothing is written.
    void setImporter(const std::optional<User>& importer) { m_importer = importer; }
    /// Reads the file again with the current mapping (the preview's "check again").
    void refreshPreview();
    const io::ImportPlan& plan() const { return m_plan; }
    /// How many items the import wrote (0 until it ran).
    int importedCount() const { return m_imported; }
    QTableWidget* previewTable() const { return m_preview; }
    /// The errors, then the warnings, as the window words them.
    QListWidget* errorList() const { return m_errors; }
    /// The file page's choice of sheet: "tự tìm" (empty data) or a sheet's name.
    QComboBox* sheetBox() const { return m_sheet; }
    /// On the preview page, when the table could be on several sheets: the candidates.
    QComboBox* candidateBox() const { return m_candidates; }
    QLabel* previewSummary() const { return m_previewSummary; }
    QCheckBox* skipHiddenRowsBox() const { return m_skipHidden; }

    bool validateCurrentPage() override;
    /// An import issue as the window says it: "Dòng 4, cột Đơn vị phối hợp: …", with the window's
    /// advice (never the command line's), starting with a capital letter unless @p capital is false
    /// (after "Cảnh báo: ").
    static QString issueText(const io::ImportIssue& issue, bool capital = true);

private:
    QWizardPage* createFilePage();
    QWizardPage* createPreviewPage();
    QWizardPage* createSummaryPage();
    io::ImportOptions options() const;
    void fillPreviewTable();
    void fillMappingCombos();
    void fillSheets();
    void fillIssues();
    void fillTableChoice();

    storage::Database& m_db;
    int m_year;
    std::optional<User> m_importer;
    io::ImportPlan m_plan;
    int m_imported = 0;
    bool m_updatingMapping = false;
    QLineEdit* m_path = nullptr;
    QComboBox* m_sheet = nullptr;
    QSpinBox* m_table = nullptr;   ///< the Word table, 0: the one with the program's columns
    QComboBox* m_legacy = nullptr; ///< TCVN3/VNI text: detect, force, or leave
    QCheckBox* m_createUnits = nullptr;
    QCheckBox* m_skipHidden = nullptr;
    QLabel* m_tableInfo = nullptr;
    QComboBox* m_candidates = nullptr;
    QVector<io::ImportIssue> m_issues; ///< what m_errors lists, row by row
    QVector<QComboBox*> m_mapping;
    QTableWidget* m_preview = nullptr;
    QListWidget* m_errors = nullptr;
    QLabel* m_previewSummary = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace wp::gui
