#pragma once

#include "workprogram/core/unit.h"

#include <QComboBox>
#include <QListWidget>
#include <QWidget>

class QLineEdit;

namespace wp::gui {

class UnitQueryProxy;

/// A combo box of units with type-ahead by words (search::Query, the rule of every search): typing
/// "do thi quan" offers "Phòng Quản lý đô thị".
class UnitComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit UnitComboBox(QWidget* parent = nullptr);
    /// @p emptyText: when set, a first entry meaning "no unit" (id 0).
    void setUnits(const QVector<Unit>& units, const QString& emptyText = QString());
    qint64 unitId() const;
    void setUnitId(qint64 id);
    /// How many units the type-ahead offers for the text typed last.
    int matchCount() const;

private:
    void onTextEdited(const QString& text);
    UnitQueryProxy* m_matches;
};

/// A checkable list of units with a filter box (by words, as every search), for co-operating units.
class UnitListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit UnitListEditor(QWidget* parent = nullptr);
    void setUnits(const QVector<Unit>& units);
    QVector<qint64> checkedIds() const;
    void setCheckedIds(const QVector<qint64>& ids);

private:
    void applyFilter(const QString& text);
    QLineEdit* m_filter;
    QListWidget* m_list;
    QVector<qint64> m_order; ///< checked ids in the order they were checked
};

} // namespace wp::gui
