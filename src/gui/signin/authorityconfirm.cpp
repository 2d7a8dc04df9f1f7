// SPDX-License-Identifier: MIT
#include "authorityconfirm.h"

#include "profilestore.h"
#include "tokenproviderfactory.h"
#include "urlpolicy.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace dwh::gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::gui::AuthorityConfirm)
};

} // namespace

bool authorityNeedsConsent(const Profile &profile)
{
    if (!needsClientSecret(profile) || isKnownEntraAuthority(profile.authority))
        return false;
    const QString host = profile.authority.host().toLower();
    return host.isEmpty() || !ProfileStore::allowedAuthorities(profile.name).contains(host);
}

void askAuthorityConsent(QWidget *parent, const Profile &profile, std::function<void()> proceed)
{
    const QString host = profile.authority.host().toLower();
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("authorityConfirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(Tr::tr("Send the client secret?"));
    box->setText(Tr::tr("Send the client secret to %1?").arg(host.toHtmlEscaped()));
    box->setInformativeText(
        Tr::tr("%1 is not a Microsoft Entra ID sign-in host (%2). Whoever runs it "
                        "receives the client secret and can sign in as the app registration. "
                        "Send it only if this authority is meant to receive it.")
            .arg(host.toHtmlEscaped(),
                 knownEntraAuthorityHosts().join(QStringLiteral(", ")).toHtmlEscaped()));
    box->setStandardButtons(QMessageBox::Yes | QMessageBox::No);
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(Tr::tr("&Send the secret"));
    box->button(QMessageBox::No)->setText(Tr::tr("&Do not send"));
    auto *remember = new QCheckBox(Tr::tr("&Remember this host for the profile"), box);
    remember->setObjectName(QStringLiteral("rememberAuthorityCheck"));
    box->setCheckBox(remember);
    const QString name = profile.name;
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, remember, name, host, proceed = std::move(proceed)](int) {
                         if (box->clickedButton() != box->button(QMessageBox::Yes))
                             return;
                         if (remember->isChecked() && !host.isEmpty())
                             ProfileStore::allowAuthority(name, host);
                         proceed();
                     });
    box->open();
}

} // namespace dwh::gui
