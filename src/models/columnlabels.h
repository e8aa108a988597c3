#pragma once

// Private to wp_models.

#include <QAbstractTableModel>

#include <cstddef>

namespace wp::models {

/// The untranslated header of column @p section from a model's @p labels, listed in column order
/// and marked with QT_TR_NOOP so that the model's own tr() translates them; nullptr past the list.
/// One list per model instead of a switch returning a tr() per column.
template <std::size_t N>
const char* columnLabel(const char* const (&labels)[N], int section)
{
    return section >= 0 && std::size_t(section) < N ? labels[section] : nullptr;
}

/// headerData() of a table model whose columns are named by @p labels: their translations across
/// the top, Qt's defaults for the rest.
template <typename Model, std::size_t N>
QVariant columnHeader(const Model& model, const char* const (&labels)[N], int section, Qt::Orientation orientation,
                      int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return model.QAbstractTableModel::headerData(section, orientation, role);
    const char* label = columnLabel(labels, section);
    return label ? Model::tr(label) : QVariant();
}

} // namespace wp::models
