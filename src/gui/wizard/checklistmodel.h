// SPDX-License-Identifier: MIT
#pragma once

#include "checkresult.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

namespace dwh::gui {

/**
 * The checks of one step, as a tree for QTreeView: optional group rows (the product's
 * APIHubConnection / StaleConfiguration / BusinessUnit headings) with the checks under them, or a
 * flat list when there are no groups. Checks are listed up front as "pending" and filled in as
 * results arrive, so rows never move during a run.
 */
class CheckListModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckListModel)
public:
    enum Column { TitleColumn, StatusColumn, CodeColumn, MessageColumn, ColumnCount };
    enum Role {
        CheckIdRole = Qt::UserRole + 1,  // QString; empty on group rows
        StatusRole,                      // int(CheckStatus), or -1 while pending
        IsGroupRole,                     // bool
    };

    /** A check known before it has run. */
    struct Entry
    {
        QString id;
        QString title;
        QStringList codes;  // the codes the check can raise
    };
    /** A heading and the ids of the checks under it, in order. */
    struct Group
    {
        QString title;
        QStringList checkIds;
    };

    explicit CheckListModel(QObject *parent = nullptr);
    ~CheckListModel() override;

    /** Replaces everything with `checks`, all pending. Checks in no group are listed last. */
    void setChecks(const QList<Entry> &checks, const QList<Group> &groups = {});
    /** Fills in the result of the check with the same id; unknown ids are ignored. */
    void setResult(const CheckResult &result);
    /** Marks every check pending again (for a re-run). */
    void clearResults();

    /** The result at `index`, or nullptr for groups and pending checks. */
    const CheckResult *resultAt(const QModelIndex &index) const;
    /** checkDetailsHtml() of the result at `index` (empty when none), built the first time it
     *  is asked for and kept until the result changes. */
    QString detailsHtml(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &checkId) const;
    /** How many finished checks have `status`. */
    int count(CheckStatus status) const;
    int finishedCount() const;
    int checkCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Item
    {
        Entry entry;
        CheckResult result;
        bool done = false;
        mutable QString html;  // detailsHtml(), once built
    };
    struct GroupData
    {
        QString title;
        QList<Item> items;
    };

    const Item *itemAt(const QModelIndex &index) const;
    QVariant itemData(const Item &item, int column, int role) const;
    QVariant groupData(int group, int column, int role) const;
    /** Worst finished status of a group; -1 while any check in it is pending. */
    int groupStatus(int group) const;

    QList<GroupData> m_groups;
    bool m_flat = true;  // one hidden group: the checks are the top-level rows
};

} // namespace dwh::gui
