#pragma once

#include <QObject>
#include <QString>

class QAction;

namespace wp::gui {

class WindowContext;

/// Menu "Tệp": importing an office's Excel/CSV table (the import wizard) into the shown year, and
/// exporting the rows shown or the whole year to xlsx, csv or json.
class ImportExportActions : public QObject
{
    Q_OBJECT

public:
    explicit ImportExportActions(WindowContext& context);

    // What the menus do, public so that tests drive exactly that.
    /// The import wizard, on @p path when given.
    void importFile(const QString& path = QString());
    /// Writes the rows shown (@p currentViewOnly) or every item of the year to @p path (asks
    /// where when empty; the format follows the file's suffix, xlsx by default).
    void exportItems(bool currentViewOnly, const QString& path = QString());

private:
    void updateActions();

    WindowContext& m_context;
    QAction* m_import;
    QAction* m_exportView;
    QAction* m_exportYear;
};

} // namespace wp::gui
