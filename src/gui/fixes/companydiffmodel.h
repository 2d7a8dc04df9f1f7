// SPDX-License-Identifier: MIT
#pragma once

#include "companydiff.h"

#include <QAbstractTableModel>

namespace dwh::gui {

/**
 * The three-way company grid: one row per company code of the dual-write selection, F&O
 * LegalEntities and Dataverse cdm_companies. The Difference column carries the status icon and
 * says the outcome in words, so the grid never relies on colour.
 */
class CompanyDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompanyDiffModel)
public:
    /** The difference comes second, so that it stays in view on a narrow screen. */
    enum Column {
        CodeColumn,
        DifferenceColumn,
        FoNameColumn,
        DataverseNameColumn,
        SelectedColumn,
        EnabledColumn,
        OwningTeamColumn,
        ColumnCount
    };
    enum Role {
        HasDifferenceRole = Qt::UserRole + 1,  // bool
        StatusRole,                            // int(CheckStatus)
        SearchTextRole,                        // code and both names, for the search box
    };

    explicit CompanyDiffModel(QObject *parent = nullptr);

    void setDiff(const CompanyDiff &diff);
    const CompanyDiff &diff() const { return m_diff; }
    /** The row behind `index` (of this model), or nullptr. */
    const CompanyDiffRow *rowAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** "Failed", "Warning", "Matches", "Not selected", "Unknown": the status word of a row. */
    static QString statusWord(const CompanyDiffRow &row);

private:
    QVariant displayData(const CompanyDiffRow &row, int column) const;

    CompanyDiff m_diff;
};

} // namespace dwh::gui
