// SPDX-License-Identifier: MIT
// Icons and words for check states (never colour alone).
#include "statusicons.h"

#include <QCoreApplication>

namespace dwh::gui {

namespace {

QIcon loadIcon(const QString &name)
{
    QIcon icon;
    for (int size : {16, 32, 64})
        icon.addFile(QStringLiteral(":/icons/%1-%2.png").arg(name).arg(size), QSize(size, size));
    return icon;
}

/** lupdate and the runtime both see this context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::gui::Status)
};

} // namespace

QIcon statusIcon(CheckStatus status)
{
    static const QIcon pass = loadIcon(QStringLiteral("pass"));
    static const QIcon fail = loadIcon(QStringLiteral("fail"));
    static const QIcon warning = loadIcon(QStringLiteral("warning"));
    static const QIcon unknown = loadIcon(QStringLiteral("unknown"));
    static const QIcon skipped = loadIcon(QStringLiteral("skipped"));
    switch (status) {
    case CheckStatus::Pass:
        return pass;
    case CheckStatus::Fail:
        return fail;
    case CheckStatus::Warning:
        return warning;
    case CheckStatus::Unknown:
        return unknown;
    case CheckStatus::Skipped:
        return skipped;
    }
    return unknown;
}

QIcon pendingIcon()
{
    static const QIcon icon = loadIcon(QStringLiteral("pending"));
    return icon;
}

QIcon simulatedIcon()
{
    static const QIcon icon = loadIcon(QStringLiteral("simulated"));
    return icon;
}

QString statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return Tr::tr("Passed", "check status");
    case CheckStatus::Fail:
        return Tr::tr("Failed", "check status");
    case CheckStatus::Warning:
        return Tr::tr("Warning", "check status");
    case CheckStatus::Unknown:
        return Tr::tr("Unknown", "check status: could not be evaluated");
    case CheckStatus::Skipped:
        return Tr::tr("Skipped", "check status");
    }
    return QString();
}

QString pendingText()
{
    return Tr::tr("Pending", "check status: not finished yet");
}

QString statusLineHtml(CheckStatus status, const QString &text)
{
    static const char *const names[] = {"pass", "fail", "warning", "unknown", "skipped"};
    return QStringLiteral("<img src=\":/icons/%1-16.png\" width=\"16\" height=\"16\" "
                          "style=\"vertical-align: middle\">&nbsp;%2")
        .arg(QLatin1String(names[int(status)]), text.toHtmlEscaped());
}

} // namespace dwh::gui
