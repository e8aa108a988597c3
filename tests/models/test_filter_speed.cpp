// The filter's fast paths (issue 3, speed): search with a Boyer-Moore-Horspool searcher,
// narrowing a refilter to the rows shown before, and sorting by number as the model's own
// row order. Each is checked against the plain definition, so a fast path that shows other
// rows than the slow one fails here.
#include "amendedprogram.h"
#include "testsupport.h"

#include "workprogram/core/search.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemloader.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

using namespace wp;
using models::ItemFilter;
using models::ItemFilterProxy;
using models::ItemTableModel;

namespace {

struct FilterSpeed : test::AmendedProgram
{
    ItemFilterProxy proxy;

    void SetUp() override
    {
        AmendedProgram::SetUp();
        loader.load(db, programId, 2023, QDate(2023, 7, 1));
        proxy.setItemModel(&model);
        proxy.sort(ItemTableModel::Number, Qt::AscendingOrder);
    }

    /// The definition of the search, field by field, without the search keys: every term of the
    /// query occurs in one of the item's fields or in one of the names of one of its units.
    bool matches(const Item& it, const QString& text) const
    {
        const search::Query query(text);
        QStringList fields = {it.content, it.note, it.leader, it.group};
        for (qint64 id : QVector<qint64>{it.leadUnitId} + it.coUnitIds) {
            const Unit& u = model.units().value(id);
            fields << u.name << u.shortName << u.code << u.aliases;
        }
        for (int t = 0; t < query.termCount(); ++t) {
            const bool occurs = std::any_of(fields.cbegin(), fields.cend(), [&](const QString& f) {
                QByteArray one;
                search::appendField(f, one);
                return query.termOccurs(t, one);
            });
            if (!occurs)
                return false;
        }
        return true;
    }
    /// Numbers the proxy shows, in its order.
    QVector<int> shown() const
    {
        QVector<int> n;
        for (int r = 0; r < proxy.rowCount(); ++r)
            n.append(model.item(proxy.mapToSource(proxy.index(r, 0)).row()).number);
        return n;
    }
    /// Numbers of the items that match @p search and lead unit @p lead (0: any), by number.
    QVector<int> expected(const QString& search, qint64 lead = 0) const
    {
        QVector<int> n;
        for (const Item& it : model.items())
            if ((!lead || it.leadUnitId == lead) && matches(it, search))
                n.append(it.number);
        std::sort(n.begin(), n.end());
        return n;
    }
};

} // namespace

TEST_F(FilterSpeed, SearchShowsExactlyTheItemsWhoseFieldsHoldEveryWord)
{
    const QStringList searches = {
        QStringLiteral("đô thị"),
        QStringLiteral("DO THI"),
        QStringLiteral("Đ"),
        QStringLiteral("d"),
        QStringLiteral("quận"),
        QStringLiteral("ke hoach"),
        QStringLiteral("VIỆT – HÀN"),
        QStringLiteral("tu phap"),
        QStringLiteral("TCKH"),
        QStringLiteral("phòng tc-kh"),
        QStringLiteral("  chuyển   đổi  số "),
        QStringLiteral("không có ở đâu cả xyz"),
        QStringLiteral("2023"),
        QStringLiteral("hoach ke"),
        QStringLiteral("\"ke hoach\" quan"),
        QStringLiteral("\"hoach ke\""),
        QStringLiteral("thi do"),
        QStringLiteral("tu phap ke"),
        QStringLiteral("chu tich"),
        QStringLiteral("\"to chuc"),
    };
    int nonEmpty = 0;
    for (const QString& s : searches) {
        proxy.setSearchText(s);
        const QVector<int> want = expected(s);
        EXPECT_EQ(shown(), want) << s.toStdString();
        nonEmpty += !want.isEmpty();
    }
    EXPECT_GE(nonEmpty, 10) << "the searches find something";
    proxy.setSearchText(QStringLiteral("không có ở đâu cả xyz"));
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST_F(FilterSpeed, TypingNarrowsAndDeletingWidensToTheSameRowsAsAFreshSearch)
{
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Steps that drop rows while at most half the year is shown: those refilter only the rows
    // shown before, so a wrong narrowing would show here.
    int narrowedSteps = 0;
    for (const QString& typed : {QStringLiteral("phòng quản lý đô thị"), QStringLiteral("kế hoạch tổ chức"),
                                 QStringLiteral("báo cáo tổng kết"), QStringLiteral("triển khai thực hiện")}) {
        QVector<int> before = expected(QString());
        for (int n = 1; n <= typed.size(); ++n) {
            proxy.setSearchText(typed.left(n));
            const QVector<int> want = expected(typed.left(n));
            ASSERT_EQ(shown(), want) << "typing " << typed.toStdString() << " to " << n;
            narrowedSteps += before.size() <= 535 / 2 && want.size() < before.size();
            before = want;
        }
        for (int n = typed.size() - 1; n >= 0; --n) {
            proxy.setSearchText(typed.left(n));
            ASSERT_EQ(shown(), expected(typed.left(n))) << "deleting " << typed.toStdString() << " to " << n;
        }
        EXPECT_EQ(proxy.rowCount(), 535);
    }
    EXPECT_GE(narrowedSteps, 3);
}

TEST_F(FilterSpeed, NarrowingKeepsTheOtherFiltersAndSeesEditsMadeMeanwhile)
{
    ItemFilter f;
    f.leadUnits = {unit.value(QStringLiteral("TP"))};
    f.search = QStringLiteral("k");
    proxy.setFilter(f);
    EXPECT_EQ(shown(), expected(f.search, unit.value(QStringLiteral("TP"))));
    // An item of the unit that did not match "k" now contains "ke hoach zz": shown as soon as
    // it changes, and still there when the search narrows.
    int row = -1;
    for (int r = 0; r < model.rowCount() && row < 0; ++r)
        if (model.item(r).leadUnitId == unit.value(QStringLiteral("TP")) && !matches(model.item(r), f.search) &&
            (model.item(r).status == Status::Approved || model.item(r).status == Status::InProgress))
            row = r;
    ASSERT_GE(row, 0) << "an editable Justice item without \"k\"";
    ASSERT_TRUE(model.setData(model.index(row, ItemTableModel::Content), QStringLiteral("Ghi kế hoạch zz")));
    const int number = model.item(row).number;
    EXPECT_TRUE(shown().contains(number));
    for (const QString& s : {QStringLiteral("ke"), QStringLiteral("ke hoach"), QStringLiteral("ke hoach zz")}) {
        f.search = s;
        proxy.setFilter(f);
        EXPECT_EQ(shown(), expected(s, unit.value(QStringLiteral("TP")))) << s.toStdString();
    }
    EXPECT_EQ(shown(), QVector<int>{number});
    // Another unit with the same search is a new filter, not a narrowing of this one.
    f.leadUnits = {unit.value(QStringLiteral("VP"))};
    f.search = QStringLiteral("ke hoach");
    proxy.setFilter(f);
    EXPECT_EQ(shown(), expected(f.search, unit.value(QStringLiteral("VP"))));
    EXPECT_GT(proxy.rowCount(), 0);
}

TEST_F(FilterSpeed, SortingByNumberFollowsRenumberedItemsBothWays)
{
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(proxy.requestedSortColumn(), int(ItemTableModel::Number));
    // Number 3 becomes 900: it moves to the end of the model and of the view.
    Item it = model.item(2);
    ASSERT_EQ(it.number, 3);
    it.number = 900;
    ASSERT_TRUE(editor.editItems({it}, QStringLiteral("đánh số lại")));
    EXPECT_EQ(model.items().last().number, 900);
    EXPECT_EQ(model.rowOfId(it.id), model.rowCount() - 1);
    QVector<int> numbers = shown();
    EXPECT_TRUE(std::is_sorted(numbers.begin(), numbers.end()));
    EXPECT_EQ(numbers.last(), 900);
    EXPECT_FALSE(numbers.contains(3));
    // And back to the front by undo; while a search is on, too.
    proxy.setSearchText(QStringLiteral("a"));
    undo.undo();
    EXPECT_EQ(model.item(2).number, 3);
    EXPECT_EQ(model.rowOfId(it.id), 2);
    numbers = shown();
    EXPECT_EQ(numbers, expected(QStringLiteral("a")));
    proxy.setSearchText(QString());
    // Descending: the reverse of the model's order.
    proxy.sort(ItemTableModel::Number, Qt::DescendingOrder);
    numbers = shown();
    EXPECT_TRUE(std::is_sorted(numbers.rbegin(), numbers.rend()));
    EXPECT_EQ(numbers.first(), 535);
    // Another column sorts as before, and back to the number.
    proxy.sort(ItemTableModel::LeadUnit, Qt::AscendingOrder);
    EXPECT_EQ(proxy.sortColumn(), int(ItemTableModel::LeadUnit));
    EXPECT_NE(shown(), expected(QString()));
    proxy.sort(ItemTableModel::Number, Qt::AscendingOrder);
    EXPECT_EQ(shown(), expected(QString()));
}
