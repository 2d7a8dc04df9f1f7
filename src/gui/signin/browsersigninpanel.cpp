// SPDX-License-Identifier: MIT
#include "browsersigninpanel.h"

#include "statusicons.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dwh::gui {

BrowserSignInPanel::BrowserSignInPanel(QWidget *parent)
    : QWidget(parent)
    , m_statusLabel(new QLabel(this))
    , m_simulatedLabel(new QLabel(this))
    , m_copyLink(new QPushButton(tr("Copy sign-in lin&k"), this))
    , m_cancel(new QPushButton(tr("Cancel si&gn-in"), this))
{
    setObjectName(QStringLiteral("browserSignInPanel"));
    setAccessibleName(tr("Browser sign-in"));
    m_statusLabel->setObjectName(QStringLiteral("browserSignInLabel"));
    m_simulatedLabel->setObjectName(QStringLiteral("browserSimulatedLabel"));
    m_copyLink->setObjectName(QStringLiteral("copySignInLinkButton"));
    m_cancel->setObjectName(QStringLiteral("cancelBrowserSignInButton"));
    m_statusLabel->setTextFormat(Qt::RichText);
    m_statusLabel->setWordWrap(true);
    m_simulatedLabel->setWordWrap(true);
    m_copyLink->setAccessibleName(tr("Copy the sign-in link"));
    m_copyLink->setToolTip(tr("For when no browser opened: paste the link into a browser on this computer"));
    m_cancel->setAccessibleName(tr("Cancel the sign-in"));
    for (QPushButton *button : {m_copyLink, m_cancel})
        button->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyLink);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_simulatedLabel);
    layout->addLayout(buttons);

    connect(m_copyLink, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded)); });
    connect(m_cancel, &QPushButton::clicked, this, &BrowserSignInPanel::cancelRequested);
    hide();
}

BrowserSignInPanel::~BrowserSignInPanel() = default;

void BrowserSignInPanel::showStarted(const QUrl &url, bool opened, bool simulated)
{
    m_url = url;
    const QString text = opened
        ? tr("Your browser opened the Microsoft sign-in page: sign in there, then come back. If "
             "no browser window opened, copy the sign-in link into a browser on this computer.")
        : tr("No browser could be opened: copy the sign-in link into a browser on this computer "
             "and sign in there.");
    m_statusLabel->setText(opened ? text.toHtmlEscaped() : statusLineHtml(CheckStatus::Warning, text));
    m_statusLabel->setAccessibleName(text);
    m_simulatedLabel->setText(tr("Simulated: in demo mode a simulated browser signs in to the "
                                 "simulator by itself; no real browser opens."));
    m_simulatedLabel->setVisible(simulated);
    show();
}

void BrowserSignInPanel::finish()
{
    m_url.clear();
    hide();
}

} // namespace dwh::gui
