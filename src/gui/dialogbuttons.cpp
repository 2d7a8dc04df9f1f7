// SPDX-License-Identifier: MIT
#include "dialogbuttons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>

namespace dwh::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::gui::DialogButtons)
};
} // namespace

void describeStandardButtons(QDialogButtonBox *box)
{
    if (QPushButton *close = box->button(QDialogButtonBox::Close)) {
        close->setToolTip(Tr::tr("Close this window; nothing is written by closing it"));
        close->setAccessibleDescription(close->toolTip());
    }
}

} // namespace dwh::gui
