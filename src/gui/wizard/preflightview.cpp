// SPDX-License-Identifier: MIT
// The preflight table: one row per right, which checks can run, the role a missing one needs.
#include "preflightview.h"

#include "statusicons.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTreeWidget>

namespace dwh::gui {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::gui::PreflightView)
};

} // namespace

void fillPreflightTree(QTreeWidget *tree, const QList<PreflightRow> &rows)
{
    tree->clear();
    for (const PreflightRow &row : rows) {
        auto *item = new QTreeWidgetItem(tree);
        const int count = int(row.checkIds.size());
        item->setText(0, Tr::tr("%1 (%n)", nullptr, count).arg(row.title));
        item->setToolTip(0, Tr::tr("%n checks: %1", nullptr, count).arg(row.checkIds.join(QStringLiteral(", "))));
        item->setIcon(1, statusIcon(row.status == CheckStatus::Unknown ? CheckStatus::Warning : row.status));
        item->setText(1, row.verdict);
        item->setToolTip(1, row.verdict);
        QString details = row.details;
        if (!row.canRun() && !row.code.isEmpty())
            details = Tr::tr("%1 · %2").arg(row.code, row.details);
        item->setText(2, details);
        item->setToolTip(2, details);
        item->setData(0, Qt::AccessibleTextRole, item->text(0));
        item->setData(1, Qt::AccessibleTextRole, item->text(1));
    }
    // As tall as its rows: a small table, not a scrolling list.
    int height = tree->header()->sizeHint().height() + 2 * tree->frameWidth() + 2;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        height += tree->sizeHintForRow(i);
    tree->setFixedHeight(height);
}

} // namespace dwh::gui
