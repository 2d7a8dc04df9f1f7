// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace dwh::gui {

/**
 * "Language: [System (Deutsch)]" on the welcome page: the language of the wizard and of the
 * reports it writes, stored in the settings (Language::setSetting). The change takes effect at
 * the next start; "Restart now" starts dwhealth again with the same arguments, without --lang.
 */
class LanguageChooser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageChooser)
public:
    explicit LanguageChooser(QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }

signals:
    /** The user asked for a restart; the wizard closes after the new process started. */
    void restartRequested();

private:
    void onChosen(int index);
    void restart();

    QComboBox *m_combo = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_restart = nullptr;
};

} // namespace dwh::gui
