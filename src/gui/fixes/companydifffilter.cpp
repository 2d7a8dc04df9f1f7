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

QVariant CompanyDiffFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    QVariant value = QSortFilterProxyModel::headerData(section, orientation, role);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return value;
    // "Default owning team" → "Default\nowning team": the space nearest the middle breaks it.
    QString text = value.toString();
    qsizetype best = -1;
    for (qsizetype i = text.indexOf(QLatin1Char(' ')); i >= 0; i = text.indexOf(QLatin1Char(' '), i + 1)) {
        if (best < 0 || qAbs(text.size() - 2 * i) < qAbs(text.size() - 2 * best))
            best = i;
    }
    if (best > 0)
        text[best] = QLatin1Char('\n');
    return text;
}

} // namespace dwh::gui
