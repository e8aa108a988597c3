#include "workprogram/core/itemfields.h"

namespace wp {
namespace {

// The words keep the translation contexts they had before the list was one (the io's headers,
// the workflow's sentences, the change lists of the CLI and the comparison), so that
// workprogram_en.ts translates them as it did.
constexpr const char* HeaderContext = "wp::io::FieldInfo";
constexpr const char* LabelContext = "wp::Workflow";
constexpr const char* ChangeContext = "wp::cli::Cli";

struct FieldWords
{
    ItemField field;
    const char* key;
    const char* header;
    const char* label;  ///< nullptr: the header
    const char* change; ///< nullptr: none (the number and the status have no field changes)
};

const std::array<FieldWords, ItemFieldCount>& words()
{
    static const std::array<FieldWords, ItemFieldCount> table = {{
        {ItemField::Number, "number", QT_TRANSLATE_NOOP("wp::io::FieldInfo", "STT"), nullptr, nullptr},
        {ItemField::Content, "content", QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Nội dung công việc"),
         QT_TRANSLATE_NOOP("wp::Workflow", "Nội dung công việc"), QT_TRANSLATE_NOOP("wp::cli::Cli", "nội dung")},
        {ItemField::LeadUnit, "lead_unit", QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Cơ quan chủ trì"),
         QT_TRANSLATE_NOOP("wp::Workflow", "Cơ quan chủ trì"), QT_TRANSLATE_NOOP("wp::cli::Cli", "chủ trì")},
        {ItemField::CoUnits, "co_units", QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Cơ quan phối hợp"),
         QT_TRANSLATE_NOOP("wp::Workflow", "Cơ quan phối hợp"), QT_TRANSLATE_NOOP("wp::cli::Cli", "phối hợp")},
        {ItemField::Deadline, "deadline", QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Thời hạn"),
         QT_TRANSLATE_NOOP("wp::Workflow", "Thời gian"), QT_TRANSLATE_NOOP("wp::cli::Cli", "thời gian")},
        {ItemField::Leader, "leader", QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Lãnh đạo phụ trách"),
         QT_TRANSLATE_NOOP("wp::Workflow", "Lãnh đạo phụ trách"),
         QT_TRANSLATE_NOOP("wp::cli::Cli", "lãnh đạo phụ trách")},
        {ItemField::Group, "group", QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Nhóm nhiệm vụ"),
         QT_TRANSLATE_NOOP("wp::Workflow", "Nhóm nhiệm vụ"), QT_TRANSLATE_NOOP("wp::cli::Cli", "nhóm")},
        {ItemField::Form, "form", QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Hình thức"),
         QT_TRANSLATE_NOOP("wp::Workflow", "Hình thức"), QT_TRANSLATE_NOOP("wp::cli::Cli", "hình thức")},
        {ItemField::Level, "level", QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Cấp trình"),
         QT_TRANSLATE_NOOP("wp::Workflow", "Cấp trình"), QT_TRANSLATE_NOOP("wp::cli::Cli", "cấp trình")},
        {ItemField::Status, "status", QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Trạng thái"), nullptr, nullptr},
        {ItemField::Note, "note", QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Ghi chú"),
         QT_TRANSLATE_NOOP("wp::Workflow", "Ghi chú"), QT_TRANSLATE_NOOP("wp::cli::Cli", "ghi chú")},
    }};
    return table;
}

const FieldWords& of(ItemField f)
{
    return words()[size_t(f)];
}

} // namespace

const std::array<ItemField, ItemFieldCount>& ItemFields::all()
{
    static const std::array<ItemField, ItemFieldCount> fields = [] {
        std::array<ItemField, ItemFieldCount> a{};
        for (size_t i = 0; i < a.size(); ++i)
            a[i] = words()[i].field;
        return a;
    }();
    return fields;
}

const QVector<ItemField>& ItemFields::editable()
{
    static const QVector<ItemField> fields = [] {
        QVector<ItemField> v;
        for (const FieldWords& w : words())
            if (w.change)
                v.append(w.field);
        return v;
    }();
    return fields;
}

QString ItemFields::key(ItemField f)
{
    return QString::fromLatin1(of(f).key);
}

std::optional<ItemField> ItemFields::fromKey(const QString& key)
{
    for (const FieldWords& w : words())
        if (key == QLatin1String(w.key))
            return w.field;
    return std::nullopt;
}

QString ItemFields::header(ItemField f)
{
    return QCoreApplication::translate(HeaderContext, of(f).header);
}

QString ItemFields::label(ItemField f)
{
    const FieldWords& w = of(f);
    return w.label ? QCoreApplication::translate(LabelContext, w.label) : header(f);
}

QString ItemFields::changeLabel(const QString& key)
{
    if (key == QLatin1String("due_date"))
        return QCoreApplication::translate(ChangeContext, QT_TRANSLATE_NOOP("wp::cli::Cli", "hạn"));
    const std::optional<ItemField> f = fromKey(key);
    if (!f || !of(*f).change)
        return key;
    return QCoreApplication::translate(ChangeContext, of(*f).change);
}

} // namespace wp
