#pragma once

#include "workprogram/core/program.h"
#include "workprogram/storage/database.h"

#include <QVector>

#include <optional>

namespace wp::storage {

/// Programs, one per year.
class ProgramRepository
{
public:
    explicit ProgramRepository(Database& db) : m_db(db) {}

    std::optional<Program> byYear(int year) const;
    QVector<Program> all() const;
    /// The program of @p year, created with the default title when missing.
    Program ensure(int year);
    qint64 add(const Program& program);
    void update(const Program& program);

private:
    Database& m_db;
};

} // namespace wp::storage
