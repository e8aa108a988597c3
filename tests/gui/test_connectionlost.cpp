// A lost server connection (issue 13): said in the status bar, nothing typed is lost, a save while
// it is lost is refused with the typed text kept, and the window connects again by itself.
#include "fewitems.h"
#include "modal.h"
#include "serverwindow.h"
#include "testsupport.h"

#include "workprogram/gui/itemdialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wp;
using models::ItemTableModel;
using wp::test::Backend;

namespace {

/// A window on a server database with a three-item draft program of 2024.
struct ConnectionLostPostgres : wp::test::ServerWindow
{
    QVector<Item> items = QVector<Item>(3);

    void SetUp() override
    {
        ServerWindow::SetUp();
        if (IsSkipped())
            return;
        storage::Database& db = server.db();
        Program p;
        p.year = 2024;
        const qint64 unitId = wp::test::addUnitAndProgram(db, p);
        wp::test::addNumberedItems(db, items, p.id, unitId, Status::Draft);
        ASSERT_TRUE(showWindow());
        ASSERT_TRUE(window->openDatabase(server.spec(), 2024));
        window->context().changeNotifier()->setPollInterval(10);
        window->context().changeNotifier()->setReconnectInterval(20);
    }

    QLabel* connectionLabel() { return window->findChild<QLabel*>(QStringLiteral("connectionLabel")); }
    QString status() { return window->findChild<QStatusBar*>()->currentMessage(); }

    /// Ends the window's server session from another connection, as an administrator or a server
    /// restart would.
    void cutConnection()
    {
        QSqlQuery pid(window->context().database()->connection());
        ASSERT_TRUE(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        auto other = storage::Database::open(server.spec());
        QSqlQuery kill(other->connection());
        ASSERT_TRUE(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1, 2000)").arg(pid.value(0).toInt())) &&
                    kill.next() && kill.value(0).toBool());
    }

    /// Handles events until @p done or 5 s pass.
    static bool waitUntil(const std::function<bool()>& done)
    {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < 5000)
            QTest::qWait(10);
        return done();
    }

    QString contentInDatabase(qint64 id)
    {
        auto db = storage::Database::open(server.spec());
        return storage::ItemRepository(*db).byId(id)->content;
    }
};

} // namespace

TEST_F(ConnectionLostPostgres, TheStatusBarSaysItAndADialogsSaveIsRefusedKeepingTheTextThenSaved)
{
    QTableView* view = window->findChild<QTableView*>(QStringLiteral("itemsView"));
    view->setCurrentIndex(view->model()->index(1, ItemTableModel::Content));
    view->selectRow(1);
    const qint64 id = view->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong();
    ASSERT_FALSE(connectionLabel()->isVisible());

    cutConnection();
    ASSERT_TRUE(waitUntil([&] { return connectionLabel()->isVisible(); })) << "the lost connection is not said";
    EXPECT_EQ(connectionLabel()->text(), QStringLiteral("Mất kết nối máy chủ — đang kết nối lại…"));
    window->grab().save(QDir::temp().filePath(QStringLiteral("connection-lost.png")));
    window->context().changeNotifier()->setReconnectInterval(60000); // stays lost while the dialog is typed in

    const QString typed = QStringLiteral("Rà soát thủ tục hành chính (gõ khi mất kết nối)");
    bool cameBack = false;
    wp::test::onNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::ItemDialog*>(modal);
        ASSERT_TRUE(dialog);
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("contentEdit"))->setPlainText(typed);
        // The save is refused (the connection is lost), and the dialog comes back with the text.
        wp::test::onNextModal([&](QWidget* again) {
            cameBack = true;
            auto* second = qobject_cast<gui::ItemDialog*>(again);
            ASSERT_TRUE(second);
            EXPECT_EQ(second->findChild<QPlainTextEdit*>(QStringLiteral("contentEdit"))->toPlainText(), typed);
            window->context().changeNotifier()->setReconnectInterval(20);
            EXPECT_TRUE(waitUntil([&] { return !connectionLabel()->isVisible(); })) << "not reconnected";
            EXPECT_EQ(status(), QStringLiteral("Đã kết nối lại máy chủ."));
            second->accept(); // saved now
        });
        dialog->accept();
    });
    window->findChild<QAction*>(QStringLiteral("editDialogAction"))->trigger();
    EXPECT_TRUE(cameBack);
    ASSERT_FALSE(gui::Prompts::shownMessages().isEmpty());
    EXPECT_EQ(gui::Prompts::shownMessages().first(), QStringLiteral("Mất kết nối máy chủ: thay đổi chưa được lưu."));
    EXPECT_EQ(contentInDatabase(id), typed);
    EXPECT_EQ(window->context().items()->item(window->context().items()->rowOfId(id)).content, typed);
}

TEST_F(ConnectionLostPostgres, ACellBeingEditedKeepsItsTextAcrossTheReconnectionAndOthersChangesAreShown)
{
    QTableView* view = window->findChild<QTableView*>(QStringLiteral("itemsView"));
    const QModelIndex cell = view->model()->index(0, ItemTableModel::Content);
    const qint64 editedId = cell.data(ItemTableModel::ItemIdRole).toLongLong();
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    ASSERT_TRUE(editor && view->viewport()->isAncestorOf(editor));
    auto* plain = qobject_cast<QPlainTextEdit*>(editor);
    auto* line = qobject_cast<QLineEdit*>(editor);
    ASSERT_TRUE(plain || line);
    const auto text = [&] { return plain ? plain->toPlainText() : line->text(); };
    QTest::keyClick(editor, Qt::Key_End);
    QTest::keyClicks(editor, QStringLiteral(" - dang go"));
    const QString typed = text();

    cutConnection();
    ASSERT_TRUE(waitUntil([&] { return connectionLabel()->isVisible(); })) << "the lost connection is not said";
    // Someone else changes another item meanwhile; the window hears of it once reconnected.
    Item other = items[2];
    {
        auto db = storage::Database::open(server.spec());
        other = *storage::ItemRepository(*db).byId(other.id);
        other.content = QStringLiteral("Sửa ở máy khác khi mất kết nối");
        QVector<Item> changed{other};
        storage::ItemService(*db).update(changed);
    }
    ASSERT_TRUE(waitUntil([&] { return !connectionLabel()->isVisible(); })) << "not reconnected";
    ItemTableModel* model = window->context().items();
    EXPECT_TRUE(waitUntil([&] { return model->item(model->rowOfId(other.id)).content == other.content; }))
        << "the table was not read again after reconnecting";
    ASSERT_EQ(QApplication::focusWidget(), editor) << "the editor was closed";
    EXPECT_EQ(text(), typed);
    QTest::keyClick(editor, Qt::Key_Return, plain ? Qt::ControlModifier : Qt::NoModifier);
    QCoreApplication::processEvents();
    EXPECT_EQ(contentInDatabase(editedId), typed);
}

TEST_F(ConnectionLostPostgres, ACellKeptWhileTheConnectionIsLostIsDroppedWhenThePersonChanges)
{
    // Written later as whoever is signed in then: never as the next person.
    ItemTableModel* model = window->context().items();
    const int row = 1;
    const qint64 id = model->item(row).id;
    const QString before = model->item(row).content;
    cutConnection();
    ASSERT_TRUE(waitUntil([&] { return connectionLabel()->isVisible(); })) << "the lost connection is not said";
    window->context().changeNotifier()->setReconnectInterval(60000);
    ASSERT_TRUE(model->setData(model->index(row, ItemTableModel::Content), QStringLiteral("Gõ khi mất kết nối")));
    ASSERT_TRUE(model->hasPending());

    window->context().setUser(User{}); // another person (id 0) signed in
    EXPECT_FALSE(model->hasPending());
    EXPECT_EQ(model->index(row, ItemTableModel::Content).data(Qt::DisplayRole).toString(), before);
    EXPECT_EQ(status(), QStringLiteral("Các ô sửa khi mất kết nối chưa được lưu và đã bị bỏ: người dùng đã đổi."));

    window->context().changeNotifier()->setReconnectInterval(20);
    ASSERT_TRUE(waitUntil([&] { return !connectionLabel()->isVisible(); })) << "not reconnected";
    EXPECT_EQ(contentInDatabase(id), before);
}

TEST_F(ConnectionLostPostgres, ACellCommittedWhileTheConnectionIsLostKeepsItsTextAndIsSavedOnReconnecting)
{
    QTableView* view = window->findChild<QTableView*>(QStringLiteral("itemsView"));
    ItemTableModel* model = window->context().items();
    const int row = 1;
    const qint64 id = model->item(row).id;
    const QModelIndex cell = model->index(row, ItemTableModel::Content);
    const QString before = model->item(row).content;
    const QColor normal = view->model()->index(0, ItemTableModel::Content).data(Qt::ForegroundRole).value<QColor>();

    cutConnection();
    ASSERT_TRUE(waitUntil([&] { return connectionLabel()->isVisible(); })) << "the lost connection is not said";
    window->context().changeNotifier()->setReconnectInterval(60000); // stays lost while the cell is edited

    // Typed and committed in the cell as a person does (the delegate's setModelData).
    const QString typed = QStringLiteral("Rà soát văn bản (gõ vào ô khi mất kết nối)");
    EXPECT_TRUE(model->setData(cell, typed));
    EXPECT_TRUE(gui::Prompts::shownMessages().isEmpty()) << "a message box for a kept edit";
    EXPECT_EQ(cell.data(Qt::DisplayRole).toString(), typed) << "the typed text is gone from the cell";
    EXPECT_EQ(model->item(row).content, before) << "shown as written while it is not";
    EXPECT_TRUE(model->hasPending());
    EXPECT_NE(cell.data(Qt::ForegroundRole).value<QColor>(), normal);
    EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Chưa lưu: mất kết nối máy chủ.")));
    EXPECT_TRUE(status() == QStringLiteral("Ô vừa sửa chưa được lưu (mất kết nối); sẽ lưu khi kết nối lại."))
        << status().toStdString();
    EXPECT_EQ(contentInDatabase(id), before);
    window->grab().save(QDir::temp().filePath(QStringLiteral("cell-kept-offline.png")));

    window->context().changeNotifier()->setReconnectInterval(20);
    ASSERT_TRUE(waitUntil([&] { return !connectionLabel()->isVisible(); })) << "not reconnected";
    EXPECT_TRUE(waitUntil([&] { return !model->hasPending(); })) << "not written on reconnecting";
    EXPECT_EQ(contentInDatabase(id), typed);
    EXPECT_EQ(model->item(model->rowOfId(id)).content, typed);
    EXPECT_EQ(model->index(model->rowOfId(id), ItemTableModel::Content).data(Qt::ForegroundRole).value<QColor>(),
              normal);
    EXPECT_EQ(status(), QStringLiteral("Đã kết nối lại máy chủ; các ô sửa khi mất kết nối đã được lưu."));
    EXPECT_TRUE(gui::Prompts::shownMessages().isEmpty()) << gui::Prompts::shownMessages().join('\n').toStdString();
    // One undo step, as any cell edit.
    window->context().undoStack()->undo();
    EXPECT_EQ(contentInDatabase(id), before);
}
