// SPDX-License-Identifier: MIT
#include "sessionpage.h"

#include "bundlescenario.h"
#include "statusicons.h"
#include "wizardsession.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace dwh::gui {

SessionPage::SessionPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_content(new QWidget(this))
{
    m_banner->setObjectName(QStringLiteral("simulatedBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    applyBannerPalette();

    auto *icon = new QLabel(m_banner);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    icon->setPixmap(simulatedIcon().pixmap(QSize(size, size), devicePixelRatioF()));
    icon->setAccessibleName(tr("Simulated environment"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setObjectName(QStringLiteral("simulatedBannerText"));

    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->addWidget(icon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_content, 1);

    connect(m_session, &WizardSession::simulationChanged, this, &SessionPage::onSimulationChanged);
    onSimulationChanged();
}

SessionPage::~SessionPage() = default;

void SessionPage::changeEvent(QEvent *event)
{
    // The system switched between light and dark (or the user chose another palette).
    if (event->type() == QEvent::PaletteChange)
        applyBannerPalette();
    QWizardPage::changeEvent(event);
}

void SessionPage::applyBannerPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette banner = palette();
    banner.setColor(QPalette::Window, dark ? QColor(0x3a, 0x27, 0x5e) : QColor(0xee, 0xe6, 0xf8));
    banner.setColor(QPalette::WindowText, dark ? QColor(0xf1, 0xeb, 0xfa) : QColor(0x2d, 0x14, 0x5a));
    m_banner->setPalette(banner);
    m_bannerText->setPalette(banner);
}

void SessionPage::onSimulationChanged()
{
    m_banner->setVisible(m_session->isDemo());
    // An evidence bundle served by the simulator (--demo --from-bundle): named as a replay.
    if (const QString replay = sim::BundleScenario::labelOf(m_session->scenario()); !replay.isEmpty()) {
        m_bannerText->setText(tr("<b>%1</b> &mdash; every answer comes from the recorded evidence "
                                 "bundle, served by the simulator on this computer; no real "
                                 "tenant is contacted.")
                                  .arg(replay.toHtmlEscaped()));
        m_banner->setAccessibleName(replay);
        return;
    }
    m_bannerText->setText(
        tr("<b>Simulated environment</b> &mdash; scenario <b>%1</b>. Every answer comes from "
           "the built-in simulator on this computer; no real tenant is contacted.")
            .arg(m_session->scenario().toHtmlEscaped()));
    m_banner->setAccessibleName(tr("Simulated environment: scenario %1").arg(m_session->scenario()));
}

} // namespace dwh::gui
