#pragma once

#include <QObject>
#include <QVector>

class QAction;

namespace wp::gui {

class ReviewQueueDialog;
class SignoffDialog;
class WindowContext;

/// Menu "Duyệt" (issue 4): the review queue, the leader's sign-off screen, merging items that
/// several units proposed for the same work (the Office), and the comparison of snapshots. The
/// queue and the sign-off screen are made on first use, then kept and raised.
class ReviewScreens : public QObject
{
    Q_OBJECT

public:
    explicit ReviewScreens(WindowContext& context);

    // What the menus do, public so that tests drive exactly that.
    /// The review queue; nullptr without a database.
    ReviewQueueDialog* showReviewQueue();
    /// The sign-off screen; nullptr without a database.
    SignoffDialog* showSignoff();
    /// "Gộp các nội dung trùng nhau…": the merge dialog for the selected items (the Office, at
    /// least two); reloads and selects the new item. True when merged.
    bool mergeSelected();
    /// The merge dialog for items @p ids (the review queue's "Gộp…" too). Anyone but the Office
    /// is told that only the Office merges; nothing is written.
    bool mergeItems(const QVector<qint64>& ids);
    /// The comparison of the shown year's snapshots.
    void showComparison();

private:
    void updateActions();

    WindowContext& m_context;
    QAction* m_reviewAction;
    QAction* m_signoffAction;
    QAction* m_mergeAction;
    ReviewQueueDialog* m_reviewQueue = nullptr;
    SignoffDialog* m_signoff = nullptr;
};

} // namespace wp::gui
