// SPDX-License-Identifier: MIT
// The credentials page's field checks: service URLs, GUIDs, host names.
#include "fieldchecks.h"

#include "urlpolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace dwh::gui {

namespace {

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::gui::FieldChecks)
};

bool plausibleHost(const QString &host)
{
    static const QRegularExpression label(
        QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList labels = host.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

} // namespace

QString serviceUrlFieldProblem(const QString &text, bool required)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return required ? Tr::tr("Required.") : QString();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString problem = serviceUrlProblem(url);
    if (!problem.isEmpty())
        return Tr::tr("This URL %1.").arg(problem);
    if (!isLoopbackHost(url.host()) && !plausibleHost(url.host()))
        return Tr::tr("The host \"%1\" is not a full host name such as contoso.crm.dynamics.com.")
            .arg(url.host());
    return QString();
}

QString guidFieldProblem(const QString &text, bool required)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return required ? Tr::tr("Required.") : QString();
    if (QUuid::fromString(trimmed).isNull())
        return Tr::tr("Not a GUID: expected 8-4-4-4-12 hexadecimal digits.");
    return QString();
}

QString tenantFieldProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Tr::tr("Required.");
    if (!QUuid::fromString(trimmed).isNull() || plausibleHost(trimmed))
        return QString();
    return Tr::tr("Expected the tenant id (a GUID) or a domain such as contoso.onmicrosoft.com.");
}

} // namespace dwh::gui
