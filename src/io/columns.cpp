#include "workprogram/io/columns.h"

#include "workprogram/core/text.h"

#include <vector>

namespace wp::io {
namespace {

struct FieldNames
{
    Field field;
    const char* header; // export header, Vietnamese
    const char* jsonKey;
    // folded keys (letters and digits only): exact matches, then prefixes
    std::vector<const char*> exact;
    std::vector<const char*> prefixes;
};

const std::array<FieldNames, FieldCount>& fieldNames()
{
    static const std::array<FieldNames, FieldCount> names = {{
        {Field::Number,
         QT_TRANSLATE_NOOP("wp::io::FieldInfo", "STT"),
         "number",
         {"stt", "tt", "sott", "sothutu", "no", "number", "nr", "so"},
         {}},
        {Field::Content,
         QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Nội dung công việc"),
         "content",
         {"noidung", "noidungcongviec", "tennhiemvu", "nhiemvu", "congviec", "task", "content", "item", "title",
          "tencongviec", "noidungnhiemvu"},
         {"noidung", "tennhiemvu", "tencongviec", "tendean", "task"}},
        {Field::LeadUnit,
         QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Cơ quan chủ trì"),
         "lead_unit",
         {"coquanchutri", "donvichutri", "chutri", "leadunit", "lead", "leadagency", "donvi", "coquan", "donvithuchien",
          "coquanthuchien", "donvichutrithuchien", "coquanchutrithamuu", "chutrithamuu"},
         {"coquanchutri", "donvichutri", "chutri", "leadunit", "leadagency"}},
        {Field::CoUnits,
         QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Cơ quan phối hợp"),
         "co_units",
         {"coquanphoihop", "donviphoihop", "phoihop", "counits", "counit", "cooperatingunits"},
         {"coquanphoihop", "donviphoihop", "phoihop", "counit", "cooperating", "coordinating"}},
        {Field::Deadline,
         QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Thời hạn"),
         "deadline",
         {"thoihan", "thoigian", "thoigianhoanthanh", "deadline", "due", "duedate", "thoihanhoanthanh",
          "thoigianthuchien", "thoihantrinh", "thoigiantrinh", "tiendo", "tiendohoanthanh"},
         {"thoihan", "thoigian", "deadline", "duedate", "hanhoanthanh"}},
        {Field::Leader,
         QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Lãnh đạo phụ trách"),
         "leader",
         {"lanhdaophutrach", "lanhdao", "leader", "ldpt", "lanhdaochidao"},
         {"lanhdao", "leader"}},
        {Field::Group,
         QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Nhóm nhiệm vụ"),
         "group",
         {"nhomnhiemvu", "nhom", "group", "taskgroup", "linhvuc"},
         {"nhomnhiemvu", "taskgroup", "linhvuc"}},
        {Field::Form,
         QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Hình thức"),
         "form",
         {"hinhthuc", "hinhthucvanban", "sanpham", "form", "documentform", "loaivanban"},
         {"hinhthuc", "sanpham", "loaivanban"}},
        {Field::Level,
         QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Cấp trình"),
         "level",
         {"captrinh", "cap", "level", "submissionlevel"},
         {"captrinh", "submissionlevel"}},
        {Field::Status,
         QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Trạng thái"),
         "status",
         {"trangthai", "tinhtrang", "status"},
         {"trangthai", "tinhtrang", "status"}},
        {Field::Note,
         QT_TRANSLATE_NOOP("wp::io::FieldInfo", "Ghi chú"),
         "note",
         {"ghichu", "note", "notes"},
         {"ghichu", "note"}},
    }};
    return names;
}

} // namespace

const std::array<Field, FieldCount>& FieldInfo::all()
{
    static const std::array<Field, FieldCount> fields = {
        Field::Number, Field::Content, Field::LeadUnit, Field::CoUnits, Field::Deadline, Field::Leader,
        Field::Group,  Field::Form,    Field::Level,    Field::Status,  Field::Note};
    return fields;
}

QString FieldInfo::header(Field f)
{
    return QCoreApplication::translate("wp::io::FieldInfo", fieldNames()[size_t(f)].header);
}

QString FieldInfo::jsonKey(Field f)
{
    return QString::fromLatin1(fieldNames()[size_t(f)].jsonKey);
}

std::optional<std::pair<Field, int>> HeaderMatcher::match(const QString& header)
{
    const QString key = text::foldKey(header);
    if (key.isEmpty() || key.size() > 80)
        return std::nullopt;
    for (const FieldNames& n : fieldNames())
        for (const char* e : n.exact)
            if (key == QLatin1String(e))
                return std::make_pair(n.field, 2);
    for (const FieldNames& n : fieldNames())
        for (const char* p : n.prefixes)
            if (key.startsWith(QLatin1String(p)))
                return std::make_pair(n.field, 1);
    return std::nullopt;
}

std::optional<HeaderMatch> HeaderMatcher::tryRow(const Row& row, QString* error)
{
    HeaderMatch m;
    m.rowNumber = row.number;
    std::array<int, FieldCount> quality{};
    int matched = 0;
    for (int c = 0; c < row.cells.size(); ++c) {
        const Cell& cell = row.cells.at(c);
        if (cell.isEmpty())
            continue;
        if (cell.type != Cell::Type::Text)
            return std::nullopt; // header rows hold text only; a number or date means data
        QString name = cell.text.simplified();
        while (m.names.size() <= c)
            m.names.append(QString());
        m.names[c] = name;
        m.lastColumn = c;
        auto found = match(name);
        if (!found)
            continue;
        const auto [field, q] = *found;
        const size_t f = size_t(field);
        if (m.map.column[f] >= 0 && quality[f] == q) {
            if (error)
                *error = tr("cột \"%1\" xuất hiện hai lần (cột %2 và %3)")
                             .arg(name, columnLetter(m.map.column[f]), columnLetter(c));
            return std::nullopt;
        }
        if (quality[f] < q) {
            if (m.map.column[f] < 0)
                ++matched;
            m.map.column[f] = c;
            quality[f] = q;
        }
    }
    if (matched < 2)
        return std::nullopt;
    return m;
}

} // namespace wp::io
