// The one list of an item's fields (issue 15): keys, words, order and what stays editable.
#include "workprogram/core/adminnames.h"
#include "workprogram/core/itemfields.h"
#include "workprogram/core/workflow.h"

#include <gtest/gtest.h>

using namespace wp;

TEST(ItemFields, TheColumnsInTheirOrderWithTheirKeysAndHeaders)
{
    QStringList keys, headers;
    for (ItemField f : ItemFields::all()) {
        keys.append(ItemFields::key(f));
        headers.append(ItemFields::header(f));
        EXPECT_EQ(ItemFields::fromKey(ItemFields::key(f)), f);
    }
    EXPECT_EQ(keys, QStringList({"number", "content", "lead_unit", "co_units", "deadline", "leader", "group", "form",
                                 "level", "status", "note"}));
    EXPECT_EQ(headers,
              QStringList({"STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn",
                           "Lãnh đạo phụ trách", "Nhóm nhiệm vụ", "Hình thức", "Cấp trình", "Trạng thái", "Ghi chú"}));
    EXPECT_FALSE(ItemFields::fromKey(QStringLiteral("due_date")));
}

TEST(ItemFields, TheEditableFieldsAreAllButTheNumberAndTheStatus)
{
    const QVector<ItemField> editable = ItemFields::editable();
    EXPECT_EQ(editable.size(), ItemFieldCount - 2);
    EXPECT_FALSE(editable.contains(ItemField::Number));
    EXPECT_FALSE(editable.contains(ItemField::Status));
    // In a sentence the deadline is "Thời gian"; in a list of changes every field is lower case.
    EXPECT_EQ(ItemFields::label(ItemField::Deadline), QStringLiteral("Thời gian"));
    EXPECT_EQ(ItemFields::label(ItemField::LeadUnit), QStringLiteral("Cơ quan chủ trì"));
    EXPECT_EQ(ItemFields::changeLabel(QStringLiteral("lead_unit")), QStringLiteral("chủ trì"));
    EXPECT_EQ(ItemFields::changeLabel(QStringLiteral("due_date")), QStringLiteral("hạn"));
    EXPECT_EQ(ItemFields::changeLabel(QStringLiteral("number")), QStringLiteral("number"));
    // Carrying an approved item out, only its note stays open.
    for (ItemField f : editable)
        EXPECT_EQ(Workflow::isLocked(Status::InProgress, f), !ItemFields::openWhileCarriedOut(f))
            << ItemFields::key(f).toStdString();
    EXPECT_TRUE(ItemFields::openWhileCarriedOut(ItemField::Note));
}

TEST(AdminNames, ThePlaceOfAPeoplesCommittee)
{
    EXPECT_EQ(adminnames::placeFrom(QStringLiteral("ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM")), QStringLiteral("Nam Từ Liêm"));
    EXPECT_EQ(adminnames::placeFrom(QStringLiteral("Uỷ ban nhân dân thị xã Sơn Tây")), QStringLiteral("Sơn Tây"));
    EXPECT_EQ(adminnames::placeFrom(QStringLiteral("VĂN PHÒNG")), QString());
    EXPECT_TRUE(adminnames::isPeoplesCommittee(QStringLiteral("UỶ BAN NHÂN DÂN TỈNH BẮC NINH")));
    EXPECT_EQ(adminnames::titleCase(QStringLiteral("BẮC  NINH")), QStringLiteral("Bắc Ninh"));
}
