// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace dwh::gui {

/**
 * Keeps Alt+letter from typing into a field. When Alt+N has no enabled target (Next is
 * disabled), Qt hands the key to the focused widget and a line edit inserts "n": into a masked
 * client secret, silently. Installed on the application, this swallows (with a beep) every
 * Alt+key press that would reach an editable text field of a window of `scope`'s, so no
 * mnemonic ever changes a secret or a URL. Shortcuts of enabled controls are unaffected: they
 * take the key before it becomes a key press. Not on macOS, where Option+key types characters.
 */
class MnemonicGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MnemonicGuard)
public:
    /** Guards `scope` and the dialogs it opens; the guard is a child of `scope`. */
    static void install(QWidget *scope);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit MnemonicGuard(QWidget *scope);
    QWidget *m_scope;
};

} // namespace dwh::gui
