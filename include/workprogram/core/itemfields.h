#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace wp {

/// The fields of an item, in the order every table shows them (the window's columns, the
/// export's, the import's). The one list: io::Field, the items model's columns and the
/// workflow's locks and history are read from it.
enum class ItemField
{
    Number,
    Content,
    LeadUnit,
    CoUnits,
    Deadline,
    Leader,
    Group,
    Form,
    Level,
    Status,
    Note
};
constexpr int ItemFieldCount = 11;

/// What is known of each field: its key, its words and when it may be edited.
class ItemFields
{
public:
    /// Every field, in column order.
    static const std::array<ItemField, ItemFieldCount>& all();
    /// The fields a person edits, whose changes the history records field by field and the
    /// workflow locks: all but the number and the status, which have steps of their own.
    static const QVector<ItemField>& editable();

    /// The stable key, in JSON and in the history: "content", "lead_unit", ...
    static QString key(ItemField f);
    static std::optional<ItemField> fromKey(const QString& key);
    /// The column header, Vietnamese, through the translation: "Cơ quan chủ trì", "Thời hạn".
    static QString header(ItemField f);
    /// The field named in a sentence (locks, refusals, the history): the header, but the
    /// deadline is "Thời gian".
    static QString label(ItemField f);
    /// The field in a list of changes ("chủ trì: A → B"), lower case; also the comparison's
    /// "due_date" ("hạn"). An unknown key is returned as it is.
    static QString changeLabel(const QString& key);
    /// Still editable while an approved item is being carried out (the note); every other field
    /// is then locked until an amendment (Workflow::isLocked).
    static bool openWhileCarriedOut(ItemField f) { return f == ItemField::Note; }
};

} // namespace wp
