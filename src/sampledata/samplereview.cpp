#include "workprogram/io/samplereview.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/storage/auditlog.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

namespace wp::io {

qint64 SampleReview::add(storage::Database& db, int units, int perUnit)
{
    storage::UserRepository users(db);
    const QVector<Unit> yearUnits = storage::UnitRepository(db).inYear(SampleData::Year);
    if (yearUnits.isEmpty())
        throw storage::StorageError(tr("chưa có các đơn vị mẫu"));
    auto addUser = [&](const QString& login, const QString& name, const QString& title, Role role, qint64 unitId) {
        if (users.byLogin(login))
            return *users.byLogin(login);
        User u;
        u.login = login;
        u.fullName = name;
        u.title = title;
        u.role = role;
        u.unitId = unitId;
        users.add(u, password());
        return u;
    };
    addUser(adminLogin(), tr("Quản trị hệ thống"), tr("Chuyên viên"), Role::Admin, 0);
    const User office = addUser(officeLogin(), tr("Nguyễn Văn Phong"), tr("Chánh Văn phòng"), Role::Office, 0);
    addUser(leaderLogin(), tr("Trần Minh Chính"), tr("Chủ tịch"), Role::Leader, 0);
    addUser(unitLogin(), tr("Lê Thị Đơn"), tr("Chuyên viên"), Role::Unit, yearUnits.value(1, yearUnits.first()).id);

    storage::ProgramRepository programs(db);
    Program p;
    p.year = Year;
    p.title = Program::defaultTitle(Year);
    p.state = ProgramState::Review;
    p.sample = true;
    if (const std::optional<Program> old = programs.byYear(SampleData::Year)) {
        p.issuingBody = old->issuingBody;
        p.parentBody = old->parentBody;
    }
    p.id = programs.add(p);

    storage::ItemRepository itemRepo(db);
    const std::optional<Program> source = programs.byYear(SampleData::Year);
    const QVector<Item> sourceItems = source ? itemRepo.list(source->id) : QVector<Item>();
    QVector<Item> items;
    int number = 0;
    for (int u = 0; u < units && u < yearUnits.size(); ++u) {
        int taken = 0;
        for (const Item& s : sourceItems) {
            if (s.leadUnitId != yearUnits[u].id || taken == perUnit)
                continue;
            Item it = s;
            it.id = 0;
            it.programId = p.id;
            it.number = ++number;
            it.status = Status::Proposed;
            // Next year's work: a date of the sample year moves into this one.
            QString deadline = s.deadline.text();
            deadline.replace(QString::number(SampleData::Year), QString::number(Year));
            if (std::optional<Deadline> d = Deadline::parse(deadline, Year))
                it.deadline = *d;
            items.append(it);
            ++taken;
        }
    }
    {
        storage::Transaction tx(db);
        itemRepo.insert(items, storage::CreationRecord{QString(), tr("dữ liệu mẫu")});
        storage::AuditLog(db).recordProgramState(p, tr("dữ liệu mẫu"));
        tx.commit();
    }
    storage::WorkflowService flow(db, office);
    QHash<qint64, int> seen;
    for (const Item& it : items) {
        const int n = seen[it.leadUnitId]++;
        if (n == 0)
            flow.transition(it.id, Status::InDraft);
        else if (n == 1)
            flow.transition(it.id, Status::Returned, tr("Ghi rõ sản phẩm đầu ra và thời hạn trình theo quý."));
    }
    return p.id;
}

} // namespace wp::io
