// SPDX-License-Identifier: MIT
#pragma once

#include "devicecodetokenprovider.h"

#include <QDateTime>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

namespace dwh::gui {

/**
 * Device code sign-in, on the credentials page: the user code in large selectable text with
 * "Copy code", the verification URL as a link with "Copy link", Entra ID's own message and a
 * live countdown until the code expires, and "Cancel sign-in". Shown by showPrompt(), hidden by
 * finish(). Shows only what the user needs on the other device, never the device code.
 */
class DeviceCodePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodePanel)
public:
    explicit DeviceCodePanel(QWidget *parent = nullptr);
    ~DeviceCodePanel() override;

    /** `simulated`: demo mode, where the simulator approves the code by itself. */
    void showPrompt(const DeviceCodePrompt &prompt, bool simulated);
    /** The sign-in ended: stops the countdown and hides the panel. */
    void finish();

    QString userCode() const { return m_code; }
    /** Seconds left on the countdown (0 when expired or not shown). */
    int secondsLeft() const;

signals:
    void cancelRequested();

private:
    void updateCountdown();

    QLabel *m_codeLabel;
    QLabel *m_linkLabel;
    QLabel *m_messageLabel;
    QLabel *m_countdownLabel;
    QLabel *m_simulatedLabel;
    QPushButton *m_copyCode;
    QPushButton *m_copyLink;
    QPushButton *m_cancel;
    QTimer m_tick;
    QString m_code;
    QUrl m_url;
    QDateTime m_expiresAt;
};

} // namespace dwh::gui
