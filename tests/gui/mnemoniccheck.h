// SPDX-License-Identifier: MIT
#pragma once
// Test helper: the controls of a window that share a mnemonic (Alt+letter), which then only
// moves the focus between them and never reaches the second one. A window is checked in every
// state a user can bring it into by switching tabs (each page of each QTabWidget and
// QStackedWidget) and, for a QWizard, on each of its pages with its buttons.

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QStackedWidget>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>
#include <QWizard>

namespace dwh::test {

namespace detail {

/** False when `widget` sits on a page of a stack (tab widget) or wizard that is not current. */
inline bool onCurrentPages(const QWidget *widget, const QWidget *root, const QWidget *wizardPage)
{
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        const QWidget *parent = w->parentWidget();
        if (const auto *stack = qobject_cast<const QStackedWidget *>(parent); stack && stack->currentWidget() != w)
            return false;
        if (qobject_cast<const QWizardPage *>(w) && wizardPage && w != wizardPage)
            return false;
    }
    return true;
}

/** Widgets hidden on purpose stay out (isHidden(): hide() was called on it or an ancestor). */
inline bool shown(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        if (w->isHidden() && !qobject_cast<const QWizardPage *>(w)
            && !qobject_cast<const QStackedWidget *>(w->parentWidget()))
            return false;
    }
    return true;
}

inline QStringList clashesNow(QWidget *root, const QWidget *wizardPage, const QString &where,
                              const QList<QAbstractButton *> &extra)
{
    QHash<int, QString> seen;
    QStringList clashes;
    const auto add = [&](const QString &text) {
        const int key = QKeySequence::mnemonic(text)[0].toCombined();
        if (key == 0)
            return;
        const int letter = key & ~int(Qt::ALT);
        if (seen.contains(letter))
            clashes << QStringLiteral("%1: \"%2\" / \"%3\"").arg(where, seen.value(letter), text);
        seen.insert(letter, text);
    };
    for (QAbstractButton *b : extra)
        add(b->text());
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!onCurrentPages(widget, root, wizardPage) || !shown(widget, root) || extra.contains(widget))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget); group && group->isCheckable())
            add(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
    }
    return clashes;
}

} // namespace detail

/** The clashing pairs in `root` over all tab states (each tab of each tab widget in turn). */
inline QStringList mnemonicClashesInWindow(QWidget *root, const QString &name)
{
    QStringList clashes;
    QList<QAbstractButton *> buttons;
    QList<int> pages{-1};
    auto *wizard = qobject_cast<QWizard *>(root);
    if (wizard) {
        pages = wizard->pageIds();
        for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                        QWizard::CancelButton, QWizard::CommitButton})
            buttons << wizard->button(b);
    }
    for (int id : pages) {
        const QWidget *page = wizard ? wizard->page(id) : nullptr;
        const QString where = wizard ? QStringLiteral("%1, page %2").arg(name).arg(id) : name;
        const QList<QTabWidget *> tabWidgets = root->findChildren<QTabWidget *>();
        QList<QAbstractButton *> shownButtons = buttons;
        if (wizard && id == wizard->startId() && wizard->testOption(QWizard::NoBackButtonOnStartPage))
            shownButtons.removeAll(wizard->button(QWizard::BackButton));
        clashes += detail::clashesNow(root, page, where, shownButtons);
        for (QTabWidget *tabs : tabWidgets) {
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                clashes += detail::clashesNow(root, page, where + QStringLiteral(", tab ") + tabs->tabText(i), shownButtons);
            }
            tabs->setCurrentIndex(current);
        }
    }
    clashes.removeDuplicates();
    return clashes;
}

} // namespace dwh::test
