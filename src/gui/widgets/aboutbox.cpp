// SPDX-License-Identifier: MIT
#include "aboutbox.h"

#include "sourcecommit.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace dwh::gui {

void showAboutBox(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(QApplication::translate("dwh::gui::AboutBox", "About dwhealth"));
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(QApplication::translate("dwh::gui::AboutBox",
                                         "<h3>dwhealth %1</h3><p>The Dynamics 365 dual-write health "
                                         "check from outside the product.</p><p>Ruleset %2. "
                                         "Licensed under the MIT licence.</p>")
                     .arg(QStringLiteral(DWHEALTH_VERSION), QStringLiteral(DWHEALTH_RULESET))
                 + QApplication::translate("dwh::gui::AboutBox", "<p>Built from source commit %1.</p>")
                       .arg(QString::fromLatin1(sourceCommit())));
    box->setInformativeText(
        QApplication::translate("dwh::gui::AboutBox",
                                "<p>Built with Qt %1 (running on %2), licensed under the GNU LGPL "
                                "version 3; QtKeychain (BSD 3-clause licence); zlib (zlib "
                                "licence).</p><p>The check codes, messages and fixes follow "
                                "Microsoft's dual-write documentation on "
                                "<a href=\"https://learn.microsoft.com/dynamics365/fin-ops-core/"
                                "dev-itpro/data-entities/dual-write/dual-write-health-check\">"
                                "learn.microsoft.com</a>.</p>")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    QPushButton *aboutQt = box->addButton(QApplication::translate("dwh::gui::AboutBox", "About &Qt…"),
                                          QMessageBox::ActionRole);
    aboutQt->disconnect();  // the role would close the box; show Qt's own box instead
    QObject::connect(aboutQt, &QPushButton::clicked, box, [box] { QMessageBox::aboutQt(box); });
    box->open();
}

} // namespace dwh::gui
