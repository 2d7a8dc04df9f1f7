// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace dwh::gui {

/**
 * Demo mode only: plays the system browser for interactive sign-in against the simulator. It
 * GETs the authorize URL, which the simulator answers with a redirect to the loopback listener
 * (as if the user had signed in), and follows that redirect, so the demo completes without a
 * real browser. The wizard labels this sign-in as simulated.
 */
class SimulatedBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedBrowser)
public:
    explicit SimulatedBrowser(QObject *parent = nullptr);
    ~SimulatedBrowser() override;

    /** Starts following `url`; returns true (a browser "opened"). */
    bool open(const QUrl &url);

private:
    QNetworkAccessManager *m_manager;
};

} // namespace dwh::gui
