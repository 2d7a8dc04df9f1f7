// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace dwh::gui {

/**
 * The company grid's "only differences" filter and search box (code or name, any case). Column
 * headers of more than one word are shown on two lines, so that the grid fits its width.
 */
class CompanyDiffFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompanyDiffFilter)
public:
    explicit CompanyDiffFilter(QObject *parent = nullptr);

    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_onlyDifferences; }
    void setSearchText(const QString &text);
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyDifferences = false;
    QString m_search;
};

} // namespace dwh::gui
