// The unit pickers search by words like every search of the program (issue 16): the lead unit's
// type-ahead and the co-units' filter box.
#include "workprogram/gui/unitpicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace wp;

namespace {

QVector<Unit> units()
{
    const char* names[][3] = {{"TCKH", "Phòng Tài chính - Kế hoạch", "Phòng TC-KH"},
                              {"TP", "Phòng Tư pháp", ""},
                              {"QLDT", "Phòng Quản lý đô thị", "Phòng QLĐT"},
                              {"DTTXD", "Đội Quản lý trật tự xây dựng đô thị", "Đội QLTTXDĐT"},
                              {"VP", "Văn phòng HĐND - UBND quận", "VP HĐND-UBND"}};
    QVector<Unit> out;
    qint64 id = 0;
    for (const auto& n : names) {
        Unit u;
        u.id = ++id;
        u.code = QString::fromUtf8(n[0]);
        u.name = QString::fromUtf8(n[1]);
        u.shortName = QString::fromUtf8(n[2]);
        out.append(u);
    }
    out[0].aliases = {QStringLiteral("P.TCKH")};
    return out;
}

QStringList offered(gui::UnitComboBox& combo)
{
    QStringList names;
    QAbstractItemModel* m = combo.completer()->completionModel();
    for (int r = 0; r < m->rowCount(); ++r)
        names.append(m->index(r, 0).data().toString());
    return names;
}

} // namespace

TEST(UnitPicker, TheLeadUnitsTypeAheadFindsWordsInAnyOrder)
{
    gui::UnitComboBox combo;
    combo.setUnits(units(), QStringLiteral("(không)"));
    combo.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&combo));
    combo.lineEdit()->clear(); // it shows "(không)"
    QTest::keyClicks(combo.lineEdit(), QStringLiteral("ke hoach tai"));
    EXPECT_EQ(combo.matchCount(), 1);
    EXPECT_EQ(offered(combo), QStringList{QStringLiteral("Phòng Tài chính - Kế hoạch")});
    combo.lineEdit()->clear();
    QTest::keyClicks(combo.lineEdit(), QStringLiteral("do thi quan"));
    EXPECT_EQ(offered(combo), (QStringList{QStringLiteral("Phòng Quản lý đô thị"),
                                           QStringLiteral("Đội Quản lý trật tự xây dựng đô thị")}));
    combo.lineEdit()->clear();
    QTest::keyClicks(combo.lineEdit(), QStringLiteral("p.tckh"));
    EXPECT_EQ(offered(combo), QStringList{QStringLiteral("Phòng Tài chính - Kế hoạch")}) << "aliases too";
    combo.lineEdit()->clear();
    QTest::keyClicks(combo.lineEdit(), QStringLiteral("uan"));
    EXPECT_EQ(combo.matchCount(), 0) << "not the middle of a word";
    // Choosing the one offered writes its name and chooses the unit.
    combo.lineEdit()->clear();
    QTest::keyClicks(combo.lineEdit(), QStringLiteral("phap tu"));
    ASSERT_EQ(offered(combo), QStringList{QStringLiteral("Phòng Tư pháp")});
    emit combo.completer()->activated(QStringLiteral("Phòng Tư pháp"));
    EXPECT_EQ(combo.currentText(), QStringLiteral("Phòng Tư pháp"));
    EXPECT_EQ(combo.unitId(), 2);
}

TEST(UnitPicker, TheCoUnitsFilterKeepsTheUnitsWithEveryWord)
{
    gui::UnitListEditor editor;
    editor.setUnits(units());
    editor.show();
    auto* filter = editor.findChild<QLineEdit*>();
    auto* list = editor.findChild<QListWidget*>();
    ASSERT_TRUE(filter && list);
    auto visible = [&] {
        QStringList names;
        for (int i = 0; i < list->count(); ++i)
            if (!list->item(i)->isHidden())
                names.append(list->item(i)->text());
        return names;
    };
    QTest::keyClicks(filter, QStringLiteral("do thi quan ly"));
    EXPECT_EQ(visible(), (QStringList{QStringLiteral("Phòng Quản lý đô thị"),
                                      QStringLiteral("Đội Quản lý trật tự xây dựng đô thị")}));
    filter->setText(QStringLiteral("\"quan ly do"));
    EXPECT_EQ(visible(), QStringList{QStringLiteral("Phòng Quản lý đô thị")}) << "a phrase, its quote left open";
    filter->setText(QStringLiteral(" - "));
    EXPECT_EQ(visible().size(), 5) << "no word: every unit";
}
