// Issue 14, finished: every dialog where something is typed asks before Esc throws it away, and
// what the signed-in person may not change is disabled before typing starts.
#include "forms.h"
#include "modal.h"
#include "samplewindow.h"

#include "workprogram/gui/bulkeditdialog.h"
#include "workprogram/gui/comparisondialog.h"
#include "workprogram/gui/conflictdialog.h"
#include "workprogram/gui/connectdialog.h"
#include "workprogram/gui/dashboarddialog.h"
#include "workprogram/gui/helpactions.h"
#include "workprogram/gui/importwizard.h"
#include "workprogram/gui/itemdelegate.h"
#include "workprogram/gui/itemdialog.h"
#include "workprogram/gui/logindialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/mergedialog.h"
#include "workprogram/gui/programactions.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reportsettingsdialog.h"
#include "workprogram/gui/reviewactions.h"
#include "workprogram/gui/reviewqueuedialog.h"
#include "workprogram/gui/signoffdialog.h"
#include "workprogram/gui/unitpicker.h"
#include "workprogram/gui/usersdialog.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/database.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace wp;
using io::SampleReview;

namespace {

struct WindowFinish : test::SampleWindow
{
    void SetUp() override
    {
        SampleWindow::SetUp();
        if (HasFatalFailure())
            return;
        window->context().setUser(user(SampleReview::officeLogin())); // the program is shown signed in
        ASSERT_GT(window->context().items()->rowCount(), 0);
    }
    QAction* action(const char* name) { return test::named<QAction>(window.get(), name); }
    /// The draft of @p unitId in the window (0 when none).
    qint64 itemOf(qint64 unitId)
    {
        for (const Item& it : window->context().items()->items())
            if (it.leadUnitId == unitId && it.status == Status::Draft)
                return it.id;
        return 0;
    }
};

/// Types into @p dialog's first editable field, then checks that Esc asks (answered No: the
/// dialog stays) and that Yes closes it. Returns a description of what went wrong, empty when
/// all is well.
std::string escAsksBeforeDiscarding(QDialog* dialog)
{
    dialog->show();
    QWidget* field = nullptr;
    for (QPlainTextEdit* e : dialog->findChildren<QPlainTextEdit*>())
        if (!field && e->isEnabled() && e->isVisibleTo(dialog) && !e->isReadOnly())
            field = e;
    for (QLineEdit* e : dialog->findChildren<QLineEdit*>())
        if (!field && e->isEnabled() && e->isVisibleTo(dialog) && !e->isReadOnly() &&
            !qobject_cast<QAbstractSpinBox*>(e->parentWidget()))
            field = e;
    const std::string name = dialog->metaObject()->className();
    if (!field)
        return name + ": no field to type in";
    QTest::keyClicks(field, QStringLiteral("abc"));
    gui::Prompts::shownMessages().clear();
    QTest::keyClick(dialog, Qt::Key_Escape); // answered No, the tests' default
    if (!dialog->isVisible())
        return name + ": Esc threw the typed text away without asking";
    if (gui::Prompts::shownMessages().size() != 1)
        return name + ": Esc did not ask once";
    gui::Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(dialog, Qt::Key_Escape);
    if (dialog->isVisible())
        return name + ": Yes did not close it";
    return {};
}

} // namespace

TEST_F(WindowFinish, EscInEveryEditingDialogWithTypedChangesAsksFirst)
{
    const User office = user(SampleReview::officeLogin());
    const User admin = user(SampleReview::adminLogin());
    const QVector<Item> items = window->context().items()->items();
    const QVector<Unit> units = storage::UnitRepository(*db).all();
    QWidget* parent = window.get();

    gui::BulkEditDialog bulk(*window->context().items(), {items.first()}, parent);
    // The bulk edit's fields are enabled by their check box: tick the leader's first.
    bulk.findChildren<QCheckBox*>().at(1)->setChecked(true);
    EXPECT_EQ(escAsksBeforeDiscarding(&bulk), "");
    gui::ReasonDialog reason(QStringLiteral("Lý do"), QStringLiteral("&Lý do:"), parent);
    EXPECT_EQ(escAsksBeforeDiscarding(&reason), "");
    gui::StepDialog step(QStringLiteral("Chuyển bước"), QStringLiteral("Dự thảo"), parent);
    EXPECT_EQ(escAsksBeforeDiscarding(&step), "");
    gui::AddUserDialog add(*db, admin, units, parent);
    EXPECT_EQ(escAsksBeforeDiscarding(&add), "");
    gui::PasswordDialog password(*db, admin, office, parent);
    EXPECT_EQ(escAsksBeforeDiscarding(&password), "");
    gui::ReportSettingsDialog settings({}, {}, parent);
    EXPECT_EQ(escAsksBeforeDiscarding(&settings), "");
    gui::MergeDialog merge(*db, office, {items.at(0), items.at(4)}, units, SampleReview::Year, parent);
    EXPECT_EQ(escAsksBeforeDiscarding(&merge), "");

    // The program's settings (Công cụ → Tùy chọn…) are a dialog of their own.
    std::string settingsOutcome = "not opened";
    test::onNextModal([&settingsOutcome](QWidget* modal) {
        settingsOutcome = escAsksBeforeDiscarding(qobject_cast<QDialog*>(modal));
    });
    action("settingsAction")->trigger();
    EXPECT_EQ(settingsOutcome, "");

    // Untouched, Esc closes at once.
    gui::StepDialog untouched(QStringLiteral("Chuyển bước"), QStringLiteral("Dự thảo"), parent);
    untouched.show();
    gui::Prompts::shownMessages().clear();
    QTest::keyClick(&untouched, Qt::Key_Escape);
    EXPECT_FALSE(untouched.isVisible());
    EXPECT_TRUE(gui::Prompts::shownMessages().isEmpty());
}

TEST_F(WindowFinish, WhatTheSignedInPersonMayNotChangeIsDisabledBeforeTyping)
{
    const User unit = user(SampleReview::unitLogin());
    Item draft;
    draft.programId = storage::ProgramRepository(*db).byYear(SampleReview::Year)->id;
    draft.content = QStringLiteral("Nháp của đơn vị");
    draft.leadUnitId = unit.unitId;
    draft.status = Status::Draft;
    QVector<Item> drafts{draft};
    storage::ItemService(*db).create(drafts, QString());
    window->context().setUser(unit);
    window->context().reloadItems();
    const qint64 own = itemOf(unit.unitId);
    ASSERT_NE(own, 0);
    window->context().selectItem(own);

    bool statusOff = false, leadOff = false;
    test::onNextModal([&](QWidget* modal) {
        statusOff = !test::named<QComboBox>(modal, "statusCombo")->isEnabled();
        leadOff = !test::named<QComboBox>(modal, "leadCombo")->isEnabled();
        qobject_cast<QDialog*>(modal)->reject();
    });
    action("editDialogAction")->trigger();
    EXPECT_TRUE(statusOff) << "a status is changed by the review actions once signed in";
    EXPECT_TRUE(leadOff) << "unit staff keep their own unit as the lead";

    bool bulkStatusOff = false, bulkLeadOff = false;
    test::onNextModal([&](QWidget* modal) {
        bulkStatusOff = !test::named<QCheckBox>(modal, "statusCheck")->isEnabled();
        bulkLeadOff = !test::named<QCheckBox>(modal, "leadCheck")->isEnabled();
        qobject_cast<QDialog*>(modal)->reject();
    });
    action("bulkEditAction")->trigger();
    EXPECT_TRUE(bulkStatusOff);
    EXPECT_TRUE(bulkLeadOff);

    // A new item of unit staff is led by their unit, whatever row was selected.
    qint64 newLead = 0;
    test::onNextModal([&](QWidget* modal) {
        newLead = static_cast<gui::UnitComboBox*>(test::named<QComboBox>(modal, "leadCombo"))->unitId();
        qobject_cast<QDialog*>(modal)->reject();
    });
    qint64 other = 0;
    for (const Item& it : window->context().items()->items())
        if (it.leadUnitId != unit.unitId)
            other = it.id;
    window->context().selectItem(other);
    EXPECT_FALSE(action("duplicateAction")->isEnabled()) << "another unit's item is not copied by unit staff";
    action("newAction")->trigger();
    EXPECT_EQ(newLead, unit.unitId);

    // The Office changes the lead unit in a bulk edit, not the status.
    window->context().setUser(user(SampleReview::officeLogin()));
    window->context().selectItem(own);
    test::onNextModal([&](QWidget* modal) {
        bulkStatusOff = !test::named<QCheckBox>(modal, "statusCheck")->isEnabled();
        bulkLeadOff = !test::named<QCheckBox>(modal, "leadCheck")->isEnabled();
        qobject_cast<QDialog*>(modal)->reject();
    });
    EXPECT_TRUE(action("bulkEditAction")->isEnabled());
    action("bulkEditAction")->trigger();
    EXPECT_TRUE(bulkStatusOff);
    EXPECT_FALSE(bulkLeadOff);
}

namespace {

QStringList timingLog;
QtMessageHandler previousHandler = nullptr;

void keepTiming(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QLatin1String(context.category) == QLatin1String("workprogram.timing"))
        timingLog.append(message);
    else if (previousHandler)
        previousHandler(type, context, message);
}

bool firstRowsLogged()
{
    return std::any_of(timingLog.begin(), timingLog.end(),
                       [](const QString& m) { return m.contains(QStringLiteral("first rows shown")); });
}

} // namespace

TEST(WindowFinishTiming, FirstRowsShownIsLoggedWhenTheTableIsOnScreen)
{
    QSettings().clear();
    gui::Prompts::setNonInteractive(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timing.sqlite"));
    {
        auto db = storage::Database::open(path);
        io::SampleData::addUnits(*db);
        io::SampleData::addProgram(*db);
    }
    QLoggingCategory::setFilterRules(QStringLiteral("workprogram.timing.info=true"));
    timingLog.clear();
    previousHandler = qInstallMessageHandler(keepTiming);
    {
        // As the program starts under a window manager: the window is asked to show, the database
        // is opened before it is exposed.
        gui::MainWindow window;
        window.resize(1024, 768);
        ASSERT_TRUE(window.openDatabase(path, 2023));
        EXPECT_FALSE(firstRowsLogged()) << "nothing is on screen yet";
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < 100 && !firstRowsLogged(); ++i)
            QTest::qWait(10);
        EXPECT_TRUE(firstRowsLogged()) << timingLog.join(QLatin1Char('\n')).toStdString();
        // Written once per opening, not at every paint.
        const auto logged = timingLog.size();
        window.update();
        QTest::qWait(20);
        EXPECT_EQ(timingLog.size(), logged);
    }
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

TEST_F(WindowFinish, TheShortcutsAreListedFromTheActionsThemselves)
{
    QMenu* help = test::named<QMenu>(window.get(), "helpMenu");
    // An entry added to a menu later is listed without anyone writing it into the dialog.
    auto* added = new QAction(QStringLiteral("Việc &mới"), help);
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    help->addAction(added);

    QMap<QString, QString> listed; // action → keys
    test::onNextModal([&listed](QWidget* modal) {
        auto* table = test::named<QTableWidget>(modal, "shortcutsTable");
        for (int r = 0; r < table->rowCount(); ++r)
            listed.insert(table->item(r, 1)->text(), table->item(r, 2)->text());
        qobject_cast<QDialog*>(modal)->reject();
    });
    action("shortcutsAction")->trigger();
    EXPECT_EQ(listed.value(QStringLiteral("Thêm nội dung")), QStringLiteral("Ctrl+N"));
    EXPECT_EQ(listed.value(QStringLiteral("Hàng chờ duyệt…")), QStringLiteral("Ctrl+Shift+R"));
    EXPECT_EQ(listed.value(QStringLiteral("Việc mới")), QStringLiteral("Ctrl+Alt+J"));
    EXPECT_TRUE(listed.contains(QStringLiteral("Hướng dẫn sử dụng")));
    // Every action of the window with a shortcut is there, once.
    QSet<QString> withKeys;
    for (QAction* a : window->findChildren<QAction*>())
        if (!a->shortcuts().isEmpty())
            withKeys.insert(a->text().remove(QLatin1Char('&')));
    EXPECT_EQ(QSet<QString>(listed.keyBegin(), listed.keyEnd()), withKeys);
}

TEST_F(WindowFinish, TheUserGuideIsWrittenAsHtmlAndOpenedInTheBrowser)
{
    QUrl opened;
    gui::HelpActions::setUrlOpener([&opened](const QUrl& url) {
        opened = url;
        return true;
    });
    action("userGuideAction")->trigger();
    gui::HelpActions::setUrlOpener({});
    ASSERT_TRUE(opened.isLocalFile()) << opened.toString().toStdString();
    QFile file(opened.toLocalFile());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << opened.toLocalFile().toStdString();
    const QString html = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(html.contains(QStringLiteral("<html"))) << "HTML, not the Markdown source";
    EXPECT_TRUE(html.contains(QStringLiteral("Hướng dẫn sử dụng Quản lý Chương trình công tác")));
    EXPECT_TRUE(html.contains(QStringLiteral("Thêm và sửa nội dung")));
    EXPECT_FALSE(html.contains(QStringLiteral("## "))) << "headings rendered";
    EXPECT_EQ(action("userGuideAction")->shortcut(), QKeySequence(QKeySequence::HelpContents));
}

TEST_F(WindowFinish, RowsShowWholeLinesWithTheWholeTextInTheTooltip)
{
    window->resize(1024, 768);
    const QString leader = QStringLiteral("Phó Chủ tịch Ủy ban nhân dân quận phụ trách khối văn hóa - xã hội, giáo dục "
                                          "và đào tạo, y tế, lao động - thương binh và xã hội");
    Item it = window->context().items()->item(0);
    it.leader = leader;
    ASSERT_TRUE(window->context().editor()->editItems({it}, QStringLiteral("Sửa")));
    QApplication::processEvents();

    auto* view = test::named<QTableView>(window.get(), "itemsView");
    auto* delegate = qobject_cast<gui::ItemDelegate*>(view->itemDelegate());
    ASSERT_NE(delegate, nullptr);
    const QModelIndex index =
        window->context().proxy()->mapFromSource(window->context().items()->index(0, models::ItemTableModel::Leader));
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.widget = view;
    option.features = view->wordWrap() ? QStyleOptionViewItem::WrapText : QStyleOptionViewItem::None;
    option.textElideMode = view->textElideMode();
    ASSERT_GT(option.rect.height(), 0);
    EXPECT_GE(option.rect.height(), view->fontMetrics().height() * gui::ItemDelegate::RowLines)
        << "room for whole lines";
    const QString shown = delegate->shownText(option, index);
    EXPECT_TRUE(shown.endsWith(QStringLiteral("…"))) << shown.toStdString();
    EXPECT_LT(shown.size(), leader.size());
    EXPECT_EQ(index.data(Qt::ToolTipRole).toString(), leader) << "the whole text in the tooltip";

    // A short text is shown whole.
    const QModelIndex number =
        window->context().proxy()->mapFromSource(window->context().items()->index(0, models::ItemTableModel::Number));
    option.rect = view->visualRect(number);
    EXPECT_FALSE(delegate->shownText(option, number).endsWith(QStringLiteral("…")));
}

TEST_F(WindowFinish, ColumnWidthsAreKeptPerLanguage)
{
    auto columnWidth = [](gui::MainWindow& w) {
        return test::named<QTableView>(&w, "itemsView")->horizontalHeader()->sectionSize(1);
    };
    window.reset();
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
    {
        gui::MainWindow english;
        test::named<QTableView>(&english, "itemsView")->horizontalHeader()->resizeSection(1, 123);
        english.close(); // saves the layout
    }
    EXPECT_TRUE(QSettings().contains(QStringLiteral("window/columns/en")));
    EXPECT_FALSE(QSettings().contains(QStringLiteral("window/columns/vi")));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("vi"));
    {
        gui::MainWindow vietnamese;
        EXPECT_NE(columnWidth(vietnamese), 123) << "the English widths are not the Vietnamese ones";
    }
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
    {
        gui::MainWindow english;
        EXPECT_EQ(columnWidth(english), 123);
    }
}

TEST_F(WindowFinish, ADeadlineThatCannotBeReadSaysWhichFormsAreAccepted)
{
    // A deadline that cannot be read says which forms are accepted: the core's own list.
    gui::ItemDialog dialog(*window->context().items(), window->context().items()->item(0), window.get());
    test::named<QLineEdit>(&dialog, "deadlineEdit")->setText(QStringLiteral("hôm nào đó"));
    const QString hint = test::named<QLabel>(&dialog, "deadlineHint")->text();
    EXPECT_TRUE(hint.startsWith(QStringLiteral("Không đọc được. "))) << hint.toStdString();
    EXPECT_TRUE(hint.contains(Deadline::acceptedForms())) << hint.toStdString();
}

TEST(WindowFinishNumbers, CountsHaveTheLanguagesThousandsSeparators)
{
    QSettings().clear();
    gui::Prompts::setNonInteractive(true);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    EXPECT_EQ(gui::Prompts::number(92071), QStringLiteral("92\u00A0071"));
    EXPECT_EQ(gui::Prompts::number(100000), QStringLiteral("100\u00A0000"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.sqlite"));
    {
        auto db = storage::Database::open(path);
        io::SampleData::addUnits(*db);
        io::SampleData::addProgram(*db); // 535 items
        const QVector<Item> existing =
            storage::ItemRepository(*db).list(storage::ProgramRepository(*db).byYear(2023)->id);
        QVector<Item> more = existing.mid(0, 1001 - existing.size());
        int number = 1000;
        for (Item& it : more) {
            it.id = 0;
            it.number = ++number;
        }
        storage::Transaction tx(*db);              // one commit, not one per row
        storage::ItemRepository(*db).insert(more); // the signed 2023 program takes no new items by the workflow
        tx.commit();
    }
    {
        gui::MainWindow window;
        ASSERT_TRUE(window.openDatabase(path, 2023));
        EXPECT_EQ(test::named<QLabel>(&window, "countLabel")->text(),
                  QStringLiteral("Hiển thị 1\u00A0001/1\u00A0001 nội dung"));
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(gui::Prompts::number(100000), QStringLiteral("100,000"));
    QLocale::setDefault(before);
}

namespace {

/// The access key of @p text ("&Tiếp" → "t"), empty when it has none.
QString keyOf(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/// "key: text, text" for every access key two texts share.
QStringList shared(const QMultiHash<QString, QString>& byKey)
{
    QStringList out;
    for (const QString& key : byKey.uniqueKeys())
        if (byKey.count(key) > 1)
            out.append(key + QStringLiteral(": ") + QStringList(byKey.values(key)).join(QStringLiteral(", ")));
    return out;
}

/// The access keys two visible controls of @p dialog share (buttons, labels with a buddy, tabs,
/// group boxes).
QStringList sharedKeys(QWidget* dialog)
{
    QMultiHash<QString, QString> byKey;
    auto add = [&byKey](const QString& text) {
        if (!keyOf(text).isEmpty())
            byKey.insert(keyOf(text), text);
    };
    for (QAbstractButton* b : dialog->findChildren<QAbstractButton*>())
        if (b->isVisibleTo(dialog))
            add(b->text());
    for (QLabel* l : dialog->findChildren<QLabel*>())
        if (l->isVisibleTo(dialog) && l->buddy())
            add(l->text());
    for (QGroupBox* g : dialog->findChildren<QGroupBox*>())
        if (g->isVisibleTo(dialog))
            add(g->title());
    for (QTabWidget* t : dialog->findChildren<QTabWidget*>())
        if (t->isVisibleTo(dialog))
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i));
    return shared(byKey);
}

/// The access keys two entries of @p menu (or of one of its submenus) share.
QStringList sharedKeys(QMenu* menu)
{
    QMultiHash<QString, QString> byKey;
    QStringList out;
    for (QAction* a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        if (!keyOf(a->text()).isEmpty())
            byKey.insert(keyOf(a->text()), a->text());
        if (a->menu())
            out += sharedKeys(a->menu());
    }
    for (const QString& s : shared(byKey))
        out.append(menu->title() + QStringLiteral(" — ") + s);
    return out;
}

} // namespace

TEST_F(WindowFinish, NoTwoControlsOfAnyDialogOrMenuShareAnAccessKey)
{
    window->context().setUser(user(SampleReview::officeLogin()));
    const QVector<Item> items = window->context().items()->items();
    window->context().selectItem(items.first().id);
    QApplication::processEvents();

    // The menus, each shown as the Office sees them.
    QMultiHash<QString, QString> titles;
    for (QAction* top : window->menuBar()->actions()) {
        titles.insert(keyOf(top->text()), top->text());
        if (QMenu* menu = top->menu()) {
            emit menu->aboutToShow(); // menus that fill themselves when opened
            EXPECT_EQ(sharedKeys(menu).join(QStringLiteral("; ")).toStdString(), "");
        }
    }
    EXPECT_EQ(shared(titles).join(QStringLiteral("; ")).toStdString(), "") << "the menu bar";

    // Every dialog the window opens.
    const User office = user(SampleReview::officeLogin());
    const User admin = user(SampleReview::adminLogin());
    const QVector<Unit> units = storage::UnitRepository(*db).all();
    const qint64 programId = storage::ProgramRepository(*db).byYear(SampleReview::Year)->id;
    QWidget* parent = window.get();
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.emplace_back(new gui::ItemDialog(*window->context().items(), items.first(), parent));
    dialogs.emplace_back(new gui::BulkEditDialog(*window->context().items(), {items.first()}, parent));
    dialogs.emplace_back(
        new gui::MergeDialog(*db, office, {items.at(0), items.at(4)}, units, SampleReview::Year, parent));
    dialogs.emplace_back(new gui::ReasonDialog(QStringLiteral("Lý do"), QStringLiteral("&Lý do:"), parent));
    dialogs.emplace_back(new gui::StepDialog(QStringLiteral("Chuyển bước"), QStringLiteral("Dự thảo"), parent));
    dialogs.emplace_back(new gui::RolloverDialog(window->context(), SampleReview::Year, parent));
    dialogs.emplace_back(new gui::UsersDialog(*db, admin, units, parent));
    dialogs.emplace_back(new gui::AddUserDialog(*db, admin, units, parent));
    dialogs.emplace_back(new gui::PasswordDialog(*db, admin, office, parent));
    dialogs.emplace_back(new gui::ReportSettingsDialog({}, {}, parent));
    dialogs.emplace_back(new gui::LoginDialog(*db, parent));
    dialogs.emplace_back(new gui::FirstAdminDialog(*db, parent));
    dialogs.emplace_back(new gui::ImportWizard(*db, SampleReview::Year, parent));
    dialogs.emplace_back(new gui::ReviewQueueDialog(window->context()));
    dialogs.emplace_back(new gui::SignoffDialog(window->context()));
    dialogs.emplace_back(new gui::ComparisonDialog(*db, programId, SampleReview::Year, parent));
    dialogs.emplace_back(new gui::DashboardDialog(window->context().items(), window->context().counts(), parent));
    dialogs.emplace_back(new gui::ConnectDialog(parent));
    Item theirs = items.first();
    theirs.note = QStringLiteral("Ghi chú của người khác");
    dialogs.emplace_back(
        new gui::ConflictDialog(*db, *window->context().items(), {{items.first(), items.first(), theirs}}, parent));
    for (const std::unique_ptr<QDialog>& d : dialogs) {
        d->show();
        EXPECT_EQ(sharedKeys(d.get()).join(QStringLiteral("; ")).toStdString(), "") << d->metaObject()->className();
        d->hide();
    }
    // And the ones the window builds itself: the settings and the shortcuts.
    for (const char* name : {"settingsAction", "shortcutsAction"}) {
        QStringList found{QStringLiteral("not opened")};
        test::onNextModal([&found](QWidget* modal) {
            found = sharedKeys(modal);
            qobject_cast<QDialog*>(modal)->done(QDialog::Rejected);
        });
        action(name)->trigger();
        EXPECT_EQ(found.join(QStringLiteral("; ")).toStdString(), "") << name;
    }
}
