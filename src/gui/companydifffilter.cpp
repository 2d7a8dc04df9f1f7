// SPDX-License-Identifier: MIT
#include "companydifffilter.h"

#include "companydiffmodel.h"

namespace dwh::gui {

CompanyDiffFilter::CompanyDiffFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CompanyDiffFilter::setOnlyDifferences(bool only)
{
    if (only == m_onlyDifferences)
        return;
    m_onlyDifferences = only;
    invalidateFilter();
}

void CompanyDiffFilter::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool CompanyDiffFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyDifferences && !index.data(CompanyDiffModel::HasDifferenceRole).toBool())
        return false;
    return m_search.isEmpty()
        || index.data(CompanyDiffModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace dwh::gui
