#include "workprogram/core/fieldtext.h"

namespace wp {

std::optional<QString> plainFieldText(const Item& it, ItemField f)
{
    switch (f) {
    case ItemField::Content:
        return it.content;
    case ItemField::Deadline:
        return it.deadline.text();
    case ItemField::Leader:
        return it.leader;
    case ItemField::Group:
        return it.group;
    case ItemField::Form:
        return it.form;
    case ItemField::Level:
        return it.level;
    case ItemField::Note:
        return it.note;
    case ItemField::Number:
    case ItemField::LeadUnit:
    case ItemField::CoUnits:
    case ItemField::Status:
        break;
    }
    return std::nullopt;
}

} // namespace wp
