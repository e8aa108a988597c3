#include "workprogram/io/sampledata.h"

#include "workprogram/core/item.h"
#include "workprogram/storage/auditlog.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QHash>

namespace wp::io {

const QVector<SampleData::SampleUnit>& SampleData::units()
{
    // Official names of 2023, the short forms the article uses, and the article's counts.
    static const QVector<SampleUnit> list = {
        {"VP", "Văn phòng HĐND - UBND quận", "Văn phòng HĐND - UBND", {"Văn phòng", "VP HĐND-UBND"}, 30},
        {"TCKH", "Phòng Tài chính - Kế hoạch", "Phòng TC-KH", {"TC-KH", "Tài chính - Kế hoạch"}, 34},
        {"KT", "Phòng Kinh tế", "Phòng Kinh tế", {"Kinh tế", nullptr}, 28},
        {"TP", "Phòng Tư pháp", "Phòng Tư pháp", {"Tư pháp", nullptr}, 23},
        {"NV", "Phòng Nội vụ", "Nội vụ", {"Phòng NV", nullptr}, 54},
        {"LDTBXH", "Phòng Lao động - Thương binh và Xã hội", "LĐTB&XH", {"Phòng LĐTB&XH", "Lao động - TB&XH"}, 26},
        {"GDDT", "Phòng Giáo dục và Đào tạo", "GD&ĐT", {"Phòng GD&ĐT", "Giáo dục và Đào tạo"}, 19},
        {"QLDT", "Phòng Quản lý đô thị", "Quản lý đô thị", {"Phòng QLĐT", "QLĐT"}, 41},
        {"TNMT", "Phòng Tài nguyên và Môi trường", "TN&MT", {"Phòng TN&MT", "Tài nguyên và Môi trường"}, 32},
        {"YT", "Phòng Y tế", "Y tế", {"Phòng YT", nullptr}, 32},
        {"VHTT", "Phòng Văn hóa và Thông tin", "VH&TT", {"Phòng VH&TT", "Văn hóa và Thông tin"}, 34},
        {"TTRA", "Thanh tra quận", "Thanh tra quận", {"Thanh tra", nullptr}, 48},
        {"BQLDA", "Ban Quản lý dự án đầu tư xây dựng quận", "Ban QLDA ĐTXD quận", {"Ban QLDA", "BQLDA"}, 66},
        {"TTPTQD",
         "Trung tâm Phát triển quỹ đất",
         "Trung tâm PTQĐ",
         {"TT PTQĐ", "Trung tâm phát triển quỹ đất quận"},
         60},
        {"BQLC", "Ban Quản lý chợ", "Ban Quản lý chợ", {"BQL chợ", nullptr}, 6},
        {"DTTXD",
         "Đội Quản lý trật tự xây dựng đô thị quận",
         "Đội QLTTXDĐT",
         {"Đội Quản lý TTXDĐT quận", "Đội TTXD"},
         1},
        {"TTVHTT",
         "Trung tâm Văn hóa - Thông tin và Thể thao",
         "Trung tâm VH-TT&TT",
         {"TT VH-TT&TT", "Trung tâm VHTT&TT"},
         1},
    };
    return list;
}

int SampleData::addUnits(storage::Database& db)
{
    storage::UnitRepository repo(db);
    storage::Transaction tx(db);
    int added = 0;
    int order = 0;
    for (const SampleUnit& s : units()) {
        ++order;
        if (repo.byCode(QString::fromLatin1(s.code)))
            continue;
        Unit u;
        u.code = QString::fromLatin1(s.code);
        u.name = QString::fromUtf8(s.name);
        u.shortName = QString::fromUtf8(s.shortName);
        for (const char* a : s.aliases)
            if (a)
                u.aliases.append(QString::fromUtf8(a));
        u.displayOrder = order;
        repo.add(u);
        ++added;
    }
    tx.commit();
    return added;
}

namespace {

// Topics per unit, combined with document forms to give each unit as many distinct items as
// the article counts for it.
const QHash<QString, QStringList>& topics()
{
    static const QHash<QString, QStringList> t = {
        {"VP",
         {"công tác văn thư, lưu trữ của UBND quận", "chương trình công tác năm 2024 của UBND quận",
          "thực hiện Quy chế làm việc của UBND quận", "cải cách thủ tục hành chính tại Bộ phận một cửa",
          "tổ chức kỷ niệm 10 năm ngày thành lập quận", "tiếp công dân định kỳ của lãnh đạo UBND quận"}},
        {"TCKH",
         {"dự toán ngân sách quận năm 2024", "kế hoạch đầu tư công trung hạn 2021-2025",
          "thu ngân sách trên địa bàn quận", "quyết toán ngân sách năm 2022",
          "quản lý tài sản công tại các cơ quan, đơn vị", "phát triển kinh tế - xã hội năm 2023",
          "đăng ký kinh doanh hộ cá thể"}},
        {"KT",
         {"phát triển thương mại, dịch vụ trên địa bàn quận", "chương trình mục tiêu quốc gia xây dựng nông thôn mới",
          "quản lý an toàn thực phẩm tại các chợ", "phát triển kinh tế đêm", "hỗ trợ doanh nghiệp nhỏ và vừa",
          "phòng chống dịch bệnh cây trồng, vật nuôi"}},
        {"TP",
         {"tuyên truyền, phổ biến, giáo dục pháp luật", "kiểm tra, rà soát văn bản quy phạm pháp luật",
          "theo dõi thi hành pháp luật", "công tác hộ tịch, chứng thực", "hòa giải ở cơ sở"}},
        {"NV",
         {"tổ chức bộ máy các phòng, ban thuộc UBND quận", "tuyển dụng, sử dụng công chức, viên chức",
          "thi đua, khen thưởng năm 2023", "công tác tôn giáo trên địa bàn quận", "cải cách hành chính năm 2023",
          "đánh giá, xếp loại công chức, viên chức", "đào tạo, bồi dưỡng cán bộ, công chức",
          "quản lý hồ sơ cán bộ, công chức", "công tác thanh niên"}},
        {"LDTBXH",
         {"giảm nghèo bền vững", "chăm sóc người có công với cách mạng", "giải quyết việc làm cho người lao động",
          "bảo vệ, chăm sóc trẻ em", "phòng, chống tệ nạn xã hội"}},
        {"GDDT",
         {"phát triển giáo dục mầm non", "xây dựng trường chuẩn quốc gia",
          "tuyển sinh vào lớp 1, lớp 6 năm học 2023-2024", "chuyển đổi số trong giáo dục"}},
        {"QLDT",
         {"quản lý quy hoạch, kiến trúc đô thị", "chỉnh trang hè phố, tuyến đường trên địa bàn quận",
          "quản lý hạ tầng kỹ thuật đô thị", "cấp giấy phép xây dựng", "chiếu sáng công cộng",
          "đặt tên đường, phố năm 2023", "quản lý trật tự đô thị, văn minh đô thị"}},
        {"TNMT",
         {"giải phóng mặt bằng các dự án trọng điểm", "cấp giấy chứng nhận quyền sử dụng đất lần đầu",
          "bảo vệ môi trường, vệ sinh môi trường", "quản lý đất công, đất nông nghiệp", "phân loại rác thải tại nguồn",
          "kiểm kê đất đai"}},
        {"YT",
         {"phòng, chống dịch bệnh truyền nhiễm", "bảo đảm an toàn vệ sinh thực phẩm",
          "chăm sóc sức khỏe ban đầu cho nhân dân", "quản lý hành nghề y, dược tư nhân",
          "công tác dân số và phát triển", "tiêm chủng mở rộng"}},
        {"VHTT",
         {"phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa", "chuyển đổi số, xây dựng chính quyền số",
          "quản lý hoạt động quảng cáo ngoài trời", "xây dựng gia đình văn hóa, tổ dân phố văn hóa",
          "tuyên truyền kỷ niệm 10 năm thành lập quận", "quản lý di tích, lễ hội trên địa bàn quận"}},
        {"TTRA",
         {"thanh tra công tác quản lý đất đai", "thanh tra việc thực hiện ngân sách tại các phường",
          "giải quyết khiếu nại, tố cáo", "phòng, chống tham nhũng, tiêu cực", "thanh tra trách nhiệm thủ trưởng",
          "kê khai tài sản, thu nhập", "tiếp công dân thường xuyên", "theo dõi, đôn đốc thực hiện kết luận thanh tra"}},
        {"BQLDA",
         {"dự án xây dựng trường học trên địa bàn quận", "dự án cải tạo, nâng cấp đường giao thông",
          "dự án xây dựng công viên, vườn hoa", "giải ngân vốn đầu tư công", "dự án hạ tầng kỹ thuật khu tái định cư",
          "quyết toán dự án hoàn thành", "dự án trụ sở làm việc các phường", "dự án thoát nước, chống úng ngập",
          "dự án nhà văn hóa tổ dân phố", "dự án trạm y tế phường", "dự án chỉnh trang khu đô thị"}},
        {"TTPTQD",
         {"bồi thường, hỗ trợ, tái định cư dự án đường Vành đai", "quản lý quỹ đất sau thu hồi",
          "đấu giá quyền sử dụng đất", "bàn giao mặt bằng cho chủ đầu tư", "quản lý quỹ nhà tái định cư",
          "giải phóng mặt bằng dự án trường học", "xử lý đất xen kẹt", "cưỡng chế thu hồi đất",
          "lập phương án bồi thường", "kiểm đếm hiện trạng đất đai"}},
        {"BQLC",
         {"quản lý, khai thác các chợ trên địa bàn quận", "phòng cháy, chữa cháy tại chợ",
          "chuyển đổi mô hình quản lý chợ"}},
        {"DTTXD", {"kiểm tra, xử lý vi phạm trật tự xây dựng"}},
        {"TTVHTT", {"tổ chức các hoạt động văn hóa, thể thao chào mừng 10 năm thành lập quận"}},
    };
    return t;
}

struct Form
{
    const char* code;
    const char* lead; // how a content of that form begins
};
const Form forms[] = {{"KH", "Kế hoạch"},  {"BC", "Báo cáo"},       {"QĐ", "Quyết định"}, {"TTr", "Tờ trình"},
                      {"ĐA", "Đề án"},     {"CTr", "Chương trình"}, {"PA", "Phương án"},  {"HD", "Hướng dẫn"},
                      {"TB", "Thông báo"}, {"CT", "Chỉ thị"},       {"QC", "Quy chế"}};

const char* deadlines[] = {"Quý I",           "Quý II",           "Tháng 3",       "Tháng 6",
                           "6 tháng đầu năm", "Quý III",          "Tháng 9",       "Quý IV",
                           "Thường xuyên",    "Cả năm",           "15/04/2023",    "Trước 30/6",
                           "Tháng 11",        "6 tháng cuối năm", "Tháng 12/2023", "30/09/2023"};
const char* leaders[] = {"Chủ tịch UBND quận", "PCT UBND quận phụ trách Kinh tế", "PCT UBND quận phụ trách Đô thị",
                         "PCT UBND quận phụ trách Văn hóa - Xã hội"};
const char* groups[] = {"Chủ trì tham mưu", "Nhiệm vụ trọng tâm kỷ niệm 10 năm thành lập quận",
                        "Nhiệm vụ thường xuyên"};
const char* levels[] = {"UBND quận", "Chủ tịch UBND quận", "Quận ủy", "HĐND quận"};

// A fixed sequence so the sample is the same everywhere.
struct Lcg
{
    quint32 state = 2023;
    int next(int n)
    {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % quint32(n));
    }
};

} // namespace

bool SampleData::addProgram(storage::Database& db, Stage stage)
{
    storage::ProgramRepository programs(db);
    storage::ItemRepository itemRepo(db);
    if (std::optional<Program> existing = programs.byYear(Year); existing && itemRepo.count(existing->id) > 0)
        return false;
    storage::UnitRepository unitRepo(db);
    QHash<QString, qint64> ids;
    for (const Unit& u : unitRepo.all())
        ids.insert(u.code, u.id);

    storage::Transaction tx(db);
    Program p = programs.byYear(Year).value_or(Program{});
    p.year = Year;
    p.title = tr("Chương trình công tác năm %1 của UBND quận Nam Từ Liêm (dữ liệu mẫu)").arg(Year);
    p.issuingBody = QStringLiteral("ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM");
    p.parentBody = QStringLiteral("UBND THÀNH PHỐ HÀ NỘI");
    p.state = stage == Stage::Amending ? ProgramState::Amending : ProgramState::Issued;
    p.sample = true;
    if (p.id)
        programs.update(p);
    else
        p.id = programs.add(p);

    Lcg rng;
    QVector<Item> items;
    int number = 0;
    const QStringList codes = [] {
        QStringList c;
        for (const SampleUnit& s : units())
            c.append(QString::fromLatin1(s.code));
        return c;
    }();
    for (const SampleUnit& s : units()) {
        const QString code = QString::fromLatin1(s.code);
        const QStringList& t = topics().value(code);
        for (int i = 0; i < s.items; ++i) {
            const Form& f = forms[(i / t.size() + (i % t.size())) % std::size(forms)];
            Item it;
            it.programId = p.id;
            it.number = ++number;
            it.leadUnitId = ids.value(code);
            it.content = QString::fromUtf8(f.lead) + QLatin1Char(' ') + t.at(i % t.size());
            if (i >= t.size())
                it.content += tr(" (đợt %1)").arg(i / t.size() + 1);
            it.form = QString::fromUtf8(f.code);
            const int co = rng.next(3);
            for (int k = 0; k < co; ++k) {
                const qint64 other = ids.value(codes.at(rng.next(int(codes.size()))));
                if (other != it.leadUnitId && !it.coUnitIds.contains(other))
                    it.coUnitIds.append(other);
            }
            it.deadline = *Deadline::parse(QString::fromUtf8(deadlines[rng.next(int(std::size(deadlines)))]), Year);
            it.leader = QString::fromUtf8(leaders[rng.next(int(std::size(leaders)))]);
            it.group = QString::fromUtf8(groups[rng.next(int(std::size(groups)))]);
            it.level = QString::fromUtf8(levels[rng.next(int(std::size(levels)))]);
            const int r = rng.next(100);
            it.status = r < 62   ? Status::Done
                        : r < 80 ? Status::InProgress
                        : r < 92 ? Status::Approved
                        // a signed program holds nothing unapproved (issue 12); an amendment
                        // brings items back into the draft
                        : r < 97 ? (stage == Stage::Amending ? Status::InDraft : Status::Approved)
                                 : Status::Withdrawn;
            items.append(it);
        }
    }
    // The two items the article names as shared by several units, each with one lead unit.
    auto shared = [&](int index, const char* content, std::initializer_list<const char*> co) {
        Item& it = items[index];
        it.content = QString::fromUtf8(content);
        it.form = QStringLiteral("ĐA");
        it.coUnitIds.clear();
        for (const char* c : co)
            it.coUnitIds.append(ids.value(QString::fromLatin1(c)));
        it.note = tr("Nội dung chung của nhiều đơn vị: cơ quan chủ trì xây dựng đề án");
    };
    int vhttFirst = 0, ktFirst = 0, n = 0;
    for (const SampleUnit& s : units()) {
        if (QLatin1String(s.code) == QLatin1String("VHTT"))
            vhttFirst = n;
        if (QLatin1String(s.code) == QLatin1String("KT"))
            ktFirst = n;
        n += s.items;
    }
    shared(vhttFirst, "Đề án xây dựng Con đường văn hóa hữu nghị Việt – Hàn", {"QLDT", "BQLDA", "TNMT"});
    shared(ktFirst,
           "Đề án Tuyến phố đi bộ - Chợ đêm từ đường Vũ Quỳnh đến chân cột đồng hồ Quảng trường sân vận động Quốc gia "
           "Mỹ Đình",
           {"QLDT", "BQLC", "VHTT"});
    itemRepo.insert(items, storage::CreationRecord{QString(), tr("dữ liệu mẫu")});
    storage::AuditLog(db).recordProgramState(p, tr("dữ liệu mẫu"));
    tx.commit();
    return true;
}

} // namespace wp::io
