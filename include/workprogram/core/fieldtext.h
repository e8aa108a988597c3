#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/itemfields.h"

#include <QString>

#include <optional>

namespace wp {

/// The text of field @p f of @p it when the item holds it as text (content, the deadline as
/// written, leader, group, form, level, note); nullopt for the number, the status and the units,
/// which each reader shows its own way (ids in the history, names on screen).
std::optional<QString> plainFieldText(const Item& it, ItemField f);

} // namespace wp
