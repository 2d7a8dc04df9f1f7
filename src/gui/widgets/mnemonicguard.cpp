// SPDX-License-Identifier: MIT
#include "mnemonicguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace dwh::gui {

namespace {

bool isEditableText(const QObject *object)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(object))
        return !line->isReadOnly();
    if (const auto *text = qobject_cast<const QTextEdit *>(object))
        return !text->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(object))
        return !plain->isReadOnly();
    if (const auto *combo = qobject_cast<const QComboBox *>(object))
        return combo->isEditable();
    return qobject_cast<const QAbstractSpinBox *>(object) != nullptr;
}

} // namespace

MnemonicGuard::MnemonicGuard(QWidget *scope)
    : QObject(scope)
    , m_scope(scope)
{
}

void MnemonicGuard::install(QWidget *scope)
{
#ifndef Q_OS_MACOS
    qApp->installEventFilter(new MnemonicGuard(scope));
#else
    Q_UNUSED(scope)
#endif
}

bool MnemonicGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (!(mods & Qt::AltModifier) || (mods & (Qt::ControlModifier | Qt::MetaModifier))
        || key->text().isEmpty())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    // The editor of a field may be a child of it (a combo box's line edit).
    if (!isEditableText(widget) && !isEditableText(widget->parent()))
        return false;
    // Only our own windows: the wizard and the dialogs it opens.
    QWidget *window = widget->window();
    bool ours = false;
    for (QWidget *w = window; w && !ours; w = w->parentWidget())
        ours = w == m_scope || w->window() == m_scope;
    if (!ours)
        return false;
    QApplication::beep();
    return true;  // swallowed: an Alt+letter with no enabled target changes nothing
}

} // namespace dwh::gui
