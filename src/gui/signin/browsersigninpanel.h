// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

namespace dwh::gui {

/**
 * Interactive sign-in, on the credentials page: says that the browser opened (or that it could
 * not be opened), offers "Copy sign-in link" for when no browser came up, and "Cancel sign-in".
 * The sign-in link holds no secret (the PKCE verifier never leaves the app).
 */
class BrowserSignInPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignInPanel)
public:
    explicit BrowserSignInPanel(QWidget *parent = nullptr);
    ~BrowserSignInPanel() override;

    /** `simulated`: demo mode, where a simulated browser signs in by itself. */
    void showStarted(const QUrl &url, bool opened, bool simulated);
    void finish();

signals:
    void cancelRequested();

private:
    QLabel *m_statusLabel;
    QLabel *m_simulatedLabel;
    QPushButton *m_copyLink;
    QPushButton *m_cancel;
    QUrl m_url;
};

} // namespace dwh::gui
