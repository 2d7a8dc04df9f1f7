// SPDX-License-Identifier: MIT
#include "devicecodepanel.h"

#include "statusicons.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dwh::gui {

DeviceCodePanel::DeviceCodePanel(QWidget *parent)
    : QWidget(parent)
    , m_codeLabel(new QLabel(this))
    , m_linkLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_countdownLabel(new QLabel(this))
    , m_simulatedLabel(new QLabel(this))
    , m_copyCode(new QPushButton(tr("Copy &code"), this))
    , m_copyLink(new QPushButton(tr("Copy lin&k"), this))
    , m_cancel(new QPushButton(tr("Cancel si&gn-in"), this))
{
    setObjectName(QStringLiteral("deviceCodePanel"));
    setAccessibleName(tr("Device code sign-in"));
    m_codeLabel->setObjectName(QStringLiteral("userCodeLabel"));
    m_linkLabel->setObjectName(QStringLiteral("verificationLinkLabel"));
    m_messageLabel->setObjectName(QStringLiteral("deviceCodeMessageLabel"));
    m_countdownLabel->setObjectName(QStringLiteral("deviceCodeCountdownLabel"));
    m_simulatedLabel->setObjectName(QStringLiteral("deviceCodeSimulatedLabel"));
    m_copyCode->setObjectName(QStringLiteral("copyCodeButton"));
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));

    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(qMax(big.pointSizeF(), font().pointSizeF()) * 2.0);
    big.setBold(true);
    m_codeLabel->setFont(big);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_codeLabel->setFocusPolicy(Qt::StrongFocus);
    m_linkLabel->setTextFormat(Qt::RichText);
    m_linkLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_linkLabel->setOpenExternalLinks(true);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countdownLabel->setTextFormat(Qt::RichText);
    m_simulatedLabel->setTextFormat(Qt::RichText);
    m_simulatedLabel->setWordWrap(true);
    for (QPushButton *button : {m_copyCode, m_copyLink, m_cancel})
        button->setAutoDefault(false);
    m_copyCode->setAccessibleName(tr("Copy the code"));
    m_copyLink->setAccessibleName(tr("Copy the sign-in link"));
    m_cancel->setAccessibleName(tr("Cancel the sign-in"));

    auto *heading = new QLabel(tr("<b>Sign in on another device or in a browser</b>"), this);
    auto *codeCaption = new QLabel(tr("Code:"), this);
    codeCaption->setBuddy(m_codeLabel);
    auto *linkCaption = new QLabel(tr("At:"), this);
    linkCaption->setBuddy(m_linkLabel);

    auto *grid = new QGridLayout;
    grid->addWidget(codeCaption, 0, 0);
    grid->addWidget(m_codeLabel, 0, 1);
    grid->addWidget(m_copyCode, 0, 2);
    grid->addWidget(linkCaption, 1, 0);
    grid->addWidget(m_linkLabel, 1, 1);
    grid->addWidget(m_copyLink, 1, 2);
    grid->setColumnStretch(1, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_countdownLabel, 1);
    bottom->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(heading);
    layout->addLayout(grid);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_simulatedLabel);
    layout->addLayout(bottom);
    setTabOrder(m_codeLabel, m_copyCode);
    setTabOrder(m_copyCode, m_linkLabel);
    setTabOrder(m_linkLabel, m_copyLink);
    setTabOrder(m_copyLink, m_cancel);

    connect(m_copyCode, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_code); });
    connect(m_copyLink, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_url.toString()); });
    connect(m_cancel, &QPushButton::clicked, this, &DeviceCodePanel::cancelRequested);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &DeviceCodePanel::updateCountdown);
    hide();
}

DeviceCodePanel::~DeviceCodePanel() = default;

void DeviceCodePanel::showPrompt(const DeviceCodePrompt &prompt, bool simulated)
{
    m_code = prompt.userCode;
    m_url = prompt.verificationUri;
    m_expiresAt = prompt.expiresAt;
    m_codeLabel->setText(m_code);
    m_codeLabel->setAccessibleName(tr("Code to enter: %1").arg(m_code));
    const QString url = m_url.toString().toHtmlEscaped();
    m_linkLabel->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(url));
    m_linkLabel->setAccessibleName(tr("Sign-in page: %1").arg(m_url.toString()));
    m_messageLabel->setText(prompt.message);
    m_simulatedLabel->setVisible(simulated);
    m_simulatedLabel->setText(tr("<b>Simulated:</b> in demo mode the simulator approves the code "
                                 "by itself after a few seconds; nothing is sent to Microsoft."));
    updateCountdown();
    m_tick.start();
    show();
    m_codeLabel->setFocus();
}

void DeviceCodePanel::finish()
{
    m_tick.stop();
    m_code.clear();
    m_codeLabel->clear();
    hide();
}

int DeviceCodePanel::secondsLeft() const
{
    if (!m_expiresAt.isValid())
        return 0;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt)));
}

void DeviceCodePanel::updateCountdown()
{
    const int left = secondsLeft();
    const QString text = left > 0
        ? tr("Waiting for the sign-in; the code expires in %1:%2.")
              .arg(left / 60)
              .arg(left % 60, 2, 10, QLatin1Char('0'))
        : tr("The code has expired.");
    m_countdownLabel->setText(left > 0 ? text.toHtmlEscaped() : statusLineHtml(CheckStatus::Warning, text));
    m_countdownLabel->setAccessibleName(text);
    if (left == 0)
        m_tick.stop();
}

} // namespace dwh::gui
