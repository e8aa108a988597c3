#pragma once

#include <QObject>

class QTableView;

namespace wp::gui {

/// Keeps the counts panel's total readable. The panel scrolls sideways for the status columns,
/// but a number cut at the panel's edge reads as another number ("588" of 5 882); so the unit's
/// name takes the width it needs only as far as the total still fits beside it, and is elided
/// beyond that (the whole name in its tooltip).
class CountsColumnFit : public QObject
{
public:
    /// Watches @p view (its model's changes and its size); owned by the view.
    explicit CountsColumnFit(QTableView* view);
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_view;
    /// Compared with, never called: the filter also sees the viewport's last events while the
    /// view is being destroyed, when the view is no scroll area any more.
    const QObject* m_viewport;
};

} // namespace wp::gui
