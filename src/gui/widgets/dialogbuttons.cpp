// SPDX-License-Identifier: MIT
#include "dialogbuttons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QWizard>

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

void describeWizardButtons(QWizard *wizard)
{
    const struct
    {
        QWizard::WizardButton which;
        const char *text;
    } buttons[] = {
        {QWizard::BackButton, QT_TRANSLATE_NOOP("dwh::gui::DialogButtons", "Go back to the previous page")},
        {QWizard::NextButton, QT_TRANSLATE_NOOP("dwh::gui::DialogButtons", "Go on to the next page")},
        {QWizard::FinishButton, QT_TRANSLATE_NOOP("dwh::gui::DialogButtons", "Close the wizard; the results stay in the report and the history")},
        {QWizard::CancelButton, QT_TRANSLATE_NOOP("dwh::gui::DialogButtons", "Close the wizard; nothing more is read or written")},
    };
    for (const auto &b : buttons) {
        QAbstractButton *button = wizard->button(b.which);
        button->setAccessibleDescription(Tr::tr(b.text));
    }
}

} // namespace dwh::gui
