// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace dwh {

/** Translation context of the guided fixes' texts (plans, backups, restores): "dwh::Remediation"
 *  (RemediationTexts::tr("…")). Not named Remediation: that is a finding's documented fix. */
class RemediationTexts
{
    Q_DECLARE_TR_FUNCTIONS(dwh::Remediation)
};

} // namespace dwh
