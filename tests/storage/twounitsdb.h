#pragma once

// The storage tests' common ground on both backends: two units and an empty program of 2024.

#include "testsupport.h"

#include "workprogram/core/program.h"
#include "workprogram/core/unit.h"
#include "workprogram/core/user.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"

#include <gtest/gtest.h>

namespace wp::test {

/// On SQLite and on PostgreSQL (skipped without WP_TEST_PG): the units TP (Phòng Tư pháp, unitA)
/// and YT (Phòng Y tế, unitB), and the program of 2024 with no items. A fixture that adds to SetUp
/// returns when IsSkipped().
struct TwoUnitsDb : ::testing::TestWithParam<Backend>
{
    TestDb tmp{GetParam()};
    TempDb placeholder; ///< stands in for an unavailable server (the test is skipped)
    storage::Database& db = tmp.unavailable().isEmpty() ? tmp.db() : placeholder.db();
    qint64 unitA = 0;
    qint64 unitB = 0;
    Program program;

    void SetUp() override
    {
        WP_SKIP_UNLESS_AVAILABLE(tmp);
        qputenv("WP_PWHASH_FAST", "1");
        Unit a;
        a.code = QStringLiteral("TP");
        a.name = QStringLiteral("Phòng Tư pháp");
        unitA = storage::UnitRepository(db).add(a);
        Unit b;
        b.code = QStringLiteral("YT");
        b.name = QStringLiteral("Phòng Y tế");
        unitB = storage::UnitRepository(db).add(b);
        program.year = 2024;
        program.title = Program::defaultTitle(2024);
        program.id = storage::ProgramRepository(db).add(program);
    }
    /// An account @p login (its full name the same) with @p password, of @p unit when not 0.
    User addAccount(const QString& login, Role role, const QString& password, qint64 unit = 0)
    {
        User u;
        u.login = login;
        u.fullName = login;
        u.role = role;
        u.unitId = unit;
        storage::UserRepository(db).add(u, password);
        return u;
    }
};

} // namespace wp::test
