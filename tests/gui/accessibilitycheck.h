// SPDX-License-Identifier: MIT
#pragma once
// Test helper: the controls under a widget that take the keyboard focus but do not say what they
// are (accessible name, or a button's text) or what they do (accessible description; Qt falls back
// to the tooltip) to assistive technology.

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QScrollArea>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace dwh::test {

inline QStringList unlabelledControls(const QWidget *root)
{
    QStringList problems;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(root)
            || qobject_cast<QScrollArea *>(widget)  // a container, not a control
            || qobject_cast<QTabBar *>(widget)      // its tabs' texts name it
            || qobject_cast<QAbstractScrollArea *>(widget->parentWidget()))  // a viewport
            continue;
        const QString what = QStringLiteral("%1 (%2)").arg(
            widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        if (widget->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
            problems << what + QStringLiteral(": no accessible name");
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
        if (!a || a->text(QAccessible::Description).isEmpty())
            problems << what + QStringLiteral(": no accessible description");
    }
    return problems;
}

} // namespace dwh::test
