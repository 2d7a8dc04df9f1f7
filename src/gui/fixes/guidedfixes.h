// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QDialog;
class QWidget;

namespace dwh::gui {

class WizardSession;

/*
 * The guided fixes the remediation page offers: which finding code opens which dialog. Besides
 * the health-check codes there are pseudo codes for fixes not tied to one finding ("reset",
 * "restore").
 */

/** Every code createGuidedFix() has a dialog for, in its table's order. */
QStringList guidedFixCodes();

/** True when createGuidedFix() has a dialog for `code` (case-insensitive). */
bool hasGuidedFix(const QString &code);

/**
 * A new, not yet shown dialog for `code`, owned by `parent`; nullptr when there is none. The
 * caller shows it with open() (window-modal, never exec()) and usually sets WA_DeleteOnClose.
 */
QDialog *createGuidedFix(const QString &code, WizardSession *session, QWidget *parent);

} // namespace dwh::gui
