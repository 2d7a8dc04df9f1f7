// SPDX-License-Identifier: MIT
#include "checklistmodel.h"

#include "checkhtml.h"
#include "statusicons.h"

namespace dwh::gui {

// internalId: 0 for a group row, group index + 1 for a check row.

CheckListModel::CheckListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

CheckListModel::~CheckListModel() = default;

void CheckListModel::setChecks(const QList<Entry> &checks, const QList<Group> &groups)
{
    beginResetModel();
    m_groups.clear();
    m_flat = groups.isEmpty();
    QStringList placed;
    for (const Group &g : groups) {
        GroupData data{g.title, {}};
        for (const QString &id : g.checkIds) {
            for (const Entry &e : checks) {
                if (e.id == id) {
                    data.items << Item{e, {}, false, {}};
                    placed << id;
                }
            }
        }
        m_groups << data;
    }
    GroupData rest{tr("Other checks"), {}};
    for (const Entry &e : checks) {
        if (!placed.contains(e.id))
            rest.items << Item{e, {}, false, {}};
    }
    if (m_flat || !rest.items.isEmpty())
        m_groups << rest;
    endResetModel();
}

void CheckListModel::setResult(const CheckResult &result)
{
    for (int g = 0; g < m_groups.size(); ++g) {
        QList<Item> &items = m_groups[g].items;
        for (int r = 0; r < items.size(); ++r) {
            if (items[r].entry.id != result.id)
                continue;
            items[r].result = result;
            items[r].done = true;
            items[r].html.clear();
            const quintptr id = quintptr(g + 1);
            emit dataChanged(createIndex(r, 0, id), createIndex(r, ColumnCount - 1, id));
            if (!m_flat)
                emit dataChanged(createIndex(g, 0, quintptr(0)), createIndex(g, ColumnCount - 1, quintptr(0)));
            return;
        }
    }
}

void CheckListModel::clearResults()
{
    if (checkCount() == 0)
        return;
    for (GroupData &g : m_groups) {
        for (Item &item : g.items) {
            item.done = false;
            item.result = CheckResult();
            item.html.clear();
        }
    }
    // Every row changes; the structure does not.
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = m_flat ? QModelIndex() : index(g, 0);
        const int rows = m_groups[g].items.size();
        if (rows > 0)
            emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    }
    if (!m_flat && !m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(m_groups.size() - 1, ColumnCount - 1));
}

const CheckResult *CheckListModel::resultAt(const QModelIndex &index) const
{
    const Item *item = itemAt(index);
    return item && item->done ? &item->result : nullptr;
}

QString CheckListModel::detailsHtml(const QModelIndex &index) const
{
    const Item *item = itemAt(index);
    if (!item || !item->done)
        return QString();
    if (item->html.isEmpty())
        item->html = checkDetailsHtml(item->result);
    return item->html;
}

QModelIndex CheckListModel::indexOf(const QString &checkId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int r = 0; r < m_groups[g].items.size(); ++r) {
            if (m_groups[g].items[r].entry.id == checkId)
                return createIndex(r, 0, quintptr(g + 1));
        }
    }
    return {};
}

int CheckListModel::count(CheckStatus status) const
{
    int n = 0;
    for (const GroupData &g : m_groups) {
        for (const Item &item : g.items)
            n += item.done && item.result.status == status ? 1 : 0;
    }
    return n;
}

int CheckListModel::finishedCount() const
{
    int n = 0;
    for (const GroupData &g : m_groups) {
        for (const Item &item : g.items)
            n += item.done ? 1 : 0;
    }
    return n;
}

int CheckListModel::checkCount() const
{
    int n = 0;
    for (const GroupData &g : m_groups)
        n += int(g.items.size());
    return n;
}

QModelIndex CheckListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(m_flat ? 1 : 0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CheckListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || m_flat || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int CheckListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        if (m_flat)
            return m_groups.isEmpty() ? 0 : int(m_groups.first().items.size());
        return int(m_groups.size());
    }
    if (m_flat || parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).items.size());
}

int CheckListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const CheckListModel::Item *CheckListModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const int g = int(index.internalId()) - 1;
    if (g >= m_groups.size() || index.row() >= m_groups.at(g).items.size())
        return nullptr;
    return &m_groups.at(g).items.at(index.row());
}

QVariant CheckListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (const Item *item = itemAt(index))
        return itemData(*item, index.column(), role);
    return groupData(index.row(), index.column(), role);
}

QVariant CheckListModel::itemData(const Item &item, int column, int role) const
{
    const int status = item.done ? int(item.result.status) : -1;
    const QString statusWord = item.done ? statusText(item.result.status) : pendingText();
    switch (role) {
    case CheckIdRole:
        return item.entry.id;
    case StatusRole:
        return status;
    case IsGroupRole:
        return false;
    case Qt::DecorationRole:
        if (column == TitleColumn)
            return item.done ? statusIcon(item.result.status) : pendingIcon();
        return {};
    case Qt::AccessibleTextRole:
        if (column == TitleColumn)
            return tr("%1: %2").arg(statusWord, item.entry.title);
        return {};
    case Qt::ToolTipRole:
        if (column == MessageColumn || column == TitleColumn)
            return item.done ? item.result.message : QString();
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return item.done && !item.result.title.isEmpty() ? item.result.title : item.entry.title;
        case StatusColumn:
            return statusWord;
        case CodeColumn:
            return (item.done && !item.result.codes.isEmpty() ? item.result.codes : item.entry.codes)
                .join(QStringLiteral(", "));
        case MessageColumn:
            return item.done ? item.result.message.section(QLatin1Char('\n'), 0, 0) : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

int CheckListModel::groupStatus(int group) const
{
    int worst = int(CheckStatus::Pass);
    bool allSkipped = true;
    for (const Item &item : m_groups.at(group).items) {
        if (!item.done)
            return -1;
        if (item.result.status != CheckStatus::Skipped)
            allSkipped = false;
        if (severity(item.result.status) > severity(CheckStatus(worst)))
            worst = int(item.result.status);
    }
    return allSkipped && !m_groups.at(group).items.isEmpty() ? int(CheckStatus::Skipped) : worst;
}

QVariant CheckListModel::groupData(int group, int column, int role) const
{
    if (group < 0 || group >= m_groups.size())
        return {};
    const int status = groupStatus(group);
    const QString statusWord = status < 0 ? pendingText() : statusText(CheckStatus(status));
    switch (role) {
    case IsGroupRole:
        return true;
    case StatusRole:
        return status;
    case CheckIdRole:
        return QString();
    case Qt::DecorationRole:
        if (column == TitleColumn)
            return status < 0 ? pendingIcon() : statusIcon(CheckStatus(status));
        return {};
    case Qt::AccessibleTextRole:
        if (column == TitleColumn)
            return tr("%1: %2").arg(statusWord, m_groups.at(group).title);
        return {};
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return m_groups.at(group).title;
        if (column == StatusColumn)
            return statusWord;
        return {};
    default:
        return {};
    }
}

QVariant CheckListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Check");
    case StatusColumn:
        return tr("Status");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

Qt::ItemFlags CheckListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace dwh::gui
