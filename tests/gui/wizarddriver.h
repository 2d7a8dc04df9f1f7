// SPDX-License-Identifier: MIT
#pragma once
// Test helper shared by tst_healthwizard and dwhealth_screenshots: finds the wizard's widgets by
// their .ui object names and presses its buttons. Waiting is left to the caller (QTRY_* in tests).

#include "checklistmodel.h"
#include "healthwizard.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QTest>
#include <QTreeView>
#include <QWizard>

namespace dwh::test {

using gui::HealthWizard;

template<typename T>
T *child(const HealthWizard &wizard, int pageId, const char *objectName)
{
    return wizard.page(pageId)->findChild<T *>(QLatin1String(objectName));
}

inline bool nextEnabled(const HealthWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled()
        && wizard.button(QWizard::NextButton)->isVisible();
}

inline void clickNext(HealthWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

inline void clickButton(const HealthWizard &wizard, int pageId, const char *objectName)
{
    QTest::mouseClick(child<QAbstractButton>(wizard, pageId, objectName), Qt::LeftButton);
}

/** The check list row of `checkId` on a check page (column 0). */
inline QModelIndex checkRow(const HealthWizard &wizard, int pageId, const QString &checkId)
{
    const QAbstractItemModel *model = child<QTreeView>(wizard, pageId, "checkTree")->model();
    const QModelIndexList hits = model->match(model->index(0, 0), gui::CheckListModel::CheckIdRole,
                                              checkId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.value(0);
}

inline int checkStatus(const HealthWizard &wizard, int pageId, const QString &checkId)
{
    return checkRow(wizard, pageId, checkId).data(gui::CheckListModel::StatusRole).toInt();
}

} // namespace dwh::test
