#pragma once

#include "workprogram/io/importer.h"

#include <QWizard>

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
/// mapping that can be changed, errors marked on their rows and cells, warnings listed) → summary
/// of what was added per unit. All or nothing, as in the CLI.
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
    /// Reads the file again with the current mapping (the preview's "check again").
    void refreshPreview();
    const io::ImportPlan& plan() const { return m_plan; }
    /// How many items the import wrote (0 until it ran).
    int importedCount() const { return m_imported; }
    QTableWidget* previewTable() const { return m_preview; }
    QListWidget* errorList() const { return m_errors; }

    bool validateCurrentPage() override;

private:
    QWizardPage* createFilePage();
    QWizardPage* createPreviewPage();
    QWizardPage* createSummaryPage();
    io::ImportOptions options() const;
    void fillPreviewTable();
    void fillMappingCombos();

    storage::Database& m_db;
    int m_year;
    io::ImportPlan m_plan;
    int m_imported = 0;
    bool m_updatingMapping = false;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_sheet = nullptr;
    QSpinBox* m_table = nullptr;   ///< the Word table, 0: the one with the program's columns
    QComboBox* m_legacy = nullptr; ///< TCVN3/VNI text: detect, force, or leave
    QCheckBox* m_createUnits = nullptr;
    QVector<QComboBox*> m_mapping;
    QTableWidget* m_preview = nullptr;
    QListWidget* m_errors = nullptr;
    QLabel* m_previewSummary = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace wp::gui
