#pragma once

#include "workprogram/core/item.h"
#include "workprogram/storage/database.h"

#include <QCoreApplication>

#include <memory>

namespace wp::storage {

/// Writes many new items through statements prepared once: the import's writer, also behind
/// ItemRepository::insert. On SQLite it binds UTF-8 straight to the library's statements (no
/// QVariant per value); elsewhere it goes through Qt Sql. Call inside a Transaction to make a
/// batch all-or-nothing.
class ItemInserter
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::ItemInserter)

public:
    explicit ItemInserter(Database& db);
    ~ItemInserter();
    ItemInserter(const ItemInserter&) = delete;
    ItemInserter& operator=(const ItemInserter&) = delete;

    /// An item's text columns as UTF-8 and its folded search text: the part of an insert that
    /// needs no database, made where there is time for it (the import's reading thread).
    struct Encoded
    {
        QByteArray content, deadlineText, leader, group, form, level, note, searchText;
    };
    static Encoded encode(const Item& item);

    /// Inserts @p item with its co-units; sets its id, times and row version.
    void insert(Item& item);
    /// The same with the text columns encoded already (encode(item)).
    void insert(Item& item, const Encoded& encoded);

    /// The folded text stored for accent-insensitive search (content and note).
    static QString searchTextOf(const Item& item);

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace wp::storage
