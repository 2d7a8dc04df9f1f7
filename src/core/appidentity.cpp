// SPDX-License-Identifier: MIT
#include "appidentity.h"

#include <QCoreApplication>
#include <QString>

namespace dwh {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("dwhealth"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dwhealth.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("dwhealth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DWHEALTH_VERSION));
}

} // namespace dwh
