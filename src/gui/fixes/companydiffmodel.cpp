// SPDX-License-Identifier: MIT
#include "companydiffmodel.h"

#include "statusicons.h"

#include <QFont>

namespace dwh::gui {

CompanyDiffModel::CompanyDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompanyDiffModel::setDiff(const CompanyDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
}

const CompanyDiffRow *CompanyDiffModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_diff.rows.size())
        return nullptr;
    return &m_diff.rows.at(index.row());
}

int CompanyDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diff.rows.size());
}

int CompanyDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompanyDiffModel::statusWord(const CompanyDiffRow &row)
{
    switch (row.status()) {
    case CheckStatus::Pass:
        return tr("Matches");
    case CheckStatus::Skipped:
        return tr("Not selected");
    default:
        return statusText(row.status());
    }
}

QVariant CompanyDiffModel::displayData(const CompanyDiffRow &row, int column) const
{
    const QString missing = tr("(missing)");
    switch (column) {
    case CodeColumn:
        return row.code;
    case FoNameColumn:
        return row.inFo ? row.foName : missing;
    case DataverseNameColumn:
        return row.inDataverse ? row.dvName : missing;
    case EnabledColumn:
        return !row.inDataverse ? QString() : row.enabledForDualWrite ? tr("Yes") : tr("No");
    case OwningTeamColumn:
        if (!row.inDataverse)
            return QString();
        if (row.owningTeamId.isEmpty())
            return tr("(none)");
        return row.owningTeamName.isEmpty() ? row.owningTeamId : row.owningTeamName;
    case SelectedColumn:
        return row.selected ? tr("Yes") : tr("No");
    case DifferenceColumn: {
        const QStringList texts = row.differenceTexts();
        return texts.isEmpty() ? statusWord(row)
                               : tr("%1: %2").arg(statusWord(row), texts.join(QLatin1String("; ")));
    }
    }
    return QVariant();
}

QVariant CompanyDiffModel::data(const QModelIndex &index, int role) const
{
    const CompanyDiffRow *row = rowAt(index);
    if (!row)
        return QVariant();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*row, column);
    case Qt::ToolTipRole:
        if (column == OwningTeamColumn && !row->owningTeamId.isEmpty())
            return tr("Team id %1").arg(row->owningTeamId);
        if (column == DifferenceColumn || column == CodeColumn)
            return displayData(*row, DifferenceColumn);
        return displayData(*row, column);
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(headerData(column, Qt::Horizontal).toString(),
                                displayData(*row, column).toString());
    case Qt::DecorationRole:
        if (column == DifferenceColumn)
            return statusIcon(row->status());
        return QVariant();
    case Qt::FontRole:
        if ((column == FoNameColumn && !row->inFo) || (column == DataverseNameColumn && !row->inDataverse)
            || (column == OwningTeamColumn && row->inDataverse && row->owningTeamId.isEmpty())) {
            QFont font;
            font.setItalic(true);
            font.setBold(row->selected);
            return font;
        }
        return QVariant();
    case HasDifferenceRole:
        return row->hasDifference();
    case StatusRole:
        return int(row->status());
    case SearchTextRole:
        return QStringList{row->code, row->foCode, row->dvCode, row->foName, row->dvName}.join(QLatin1Char('\n'));
    }
    return QVariant();
}

QVariant CompanyDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return role == Qt::DisplayRole ? tr("Code") : tr("Legal entity / company code, compared trimmed and case-insensitively");
    case FoNameColumn:
        return role == Qt::DisplayRole ? tr("F&O name") : tr("Name in finance and operations apps (LegalEntities)");
    case DataverseNameColumn:
        return role == Qt::DisplayRole ? tr("Dataverse name") : tr("Name in the Dataverse Company table (cdm_company)");
    case EnabledColumn:
        return role == Qt::DisplayRole ? tr("Enabled for dual-write") : tr("Is Enabled for Dual Write (cdm_isenabledfordualwrite)");
    case OwningTeamColumn:
        return role == Qt::DisplayRole ? tr("Default owning team") : tr("Default owning team of the company (cdm_defaultowningteam)");
    case SelectedColumn:
        return role == Qt::DisplayRole ? tr("Selected") : tr("Selected for dual-write (profile, else the companies enabled in Dataverse)");
    case DifferenceColumn:
        return role == Qt::DisplayRole ? tr("Difference") : tr("What differs between the three sides");
    }
    return QVariant();
}

} // namespace dwh::gui
