// SPDX-License-Identifier: MIT
#include "mapsrunner.h"

#include "clioptions.h"
#include "clistr.h"
#include "collector.h"
#include "clienvironment.h"
#include "environmentsession.h"
#include "mapsbuilder.h"
#include "savefile.h"
#include "terminalout.h"
#include "troubleshooter.h"

#include <QRegularExpression>

namespace dwh::cli {

bool parseSince(const QString &text, const QDateTime &now, QDateTime *out)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,5})([mhd])$"));
    const QRegularExpressionMatch m = relative.match(text.trimmed().toLower());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const qint64 unit = m.captured(2) == QLatin1String("m") ? 60 : m.captured(2) == QLatin1String("h") ? 3600 : 86400;
        if (n <= 0 || n * unit > 30LL * 86400)
            return false;
        *out = now.toUTC().addSecs(-n * unit);
        return true;
    }
    const QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime || at > now || at.secsTo(now) > 30LL * 86400)
        return false;
    *out = at.toUTC();
    return true;
}

QString mapsCommandsHelp()
{
    return CliTexts::tr(
        "  maps --profile FILE | --demo [--scenario NAME] [--since 24h]\n"
        "       [--format text|json|md|html] [--output FILE]\n"
        "                             the dual-write table maps: state, tables, legal entities,\n"
        "                             recent errors with their documented fix; a fact that cannot\n"
        "                             be read names the missing right; exit 0 nothing to report,\n"
        "                             1 a map in error or recent errors, 2 usage error, 3 could\n"
        "                             not read\n"
        "  errors --profile FILE | --demo [--scenario NAME] [--since 24h]\n"
        "       [--format text|json|md|html|junit] [--output FILE]\n"
        "                             the recent live-sync errors from both sides, grouped by\n"
        "                             cause (--since 30m, 24h, 7d or an ISO 8601 time; at most 30\n"
        "                             days); maps and errors also take --client-secret-stdin,\n"
        "                             --timeout S and --allow-authority HOST; same exit codes\n");
}

MapsRunner::MapsRunner(MapsOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

MapsRunner::~MapsRunner() = default;

void MapsRunner::start()
{
    session::EnvironmentRequest request;
    request.profilePath = m_options.profilePath;
    request.profileName = m_options.profileName;
    request.demo = m_options.demo;
    request.scenario = m_options.scenario;
    request.secretFromStdin = m_options.secretFromStdin;
    request.allowedAuthorities = m_options.allowedAuthorities;
    request.timeoutMs = m_options.timeoutSeconds * 1000;
    m_session = std::make_unique<session::EnvironmentSession>();
    useCommandLine(m_session.get(), request.timeoutMs);
    connect(m_session.get(), &session::EnvironmentSession::opened, this, &MapsRunner::onOpened);
    connect(m_session.get(), &session::EnvironmentSession::failed, this,
            [this](session::EnvironmentSession::Failure failure, const QString &error) {
                errLine(error);
                emit done(exitCodeOf(failure));
            });
    m_session->open(request);
}

void MapsRunner::onOpened()
{
    CollectorOptions collectorOptions;
    RequestLimits limits;
    limits.timeoutMs = m_options.timeoutSeconds * 1000;
    for (Service s : {Service::Dataverse, Service::FinanceAndOperations})
        collectorOptions.limits.insert(s, limits);
    collectorOptions.traceLogsSince = m_options.sinceTime;
    m_collector = std::make_unique<Collector>(m_session->profile(), m_session->tokens(),
                                              collectorOptions);
    connect(m_collector.get(), &Collector::finished, this, &MapsRunner::onFinished);
    m_collector->fetch(mapsDatasets());
}

void MapsRunner::cancel()
{
    if (m_collector && m_collector->isRunning())
        m_collector->cancel();
}

void MapsRunner::onFinished()
{
    const Troubleshooter troubleshooter;
    const MapsOverview overview = buildMapsOverview(m_collector->snapshot(), m_session->profile(),
                                                    troubleshooter, m_options.sinceTime,
                                                    QDateTime::currentDateTimeUtc());
    const QByteArray out = renderMaps(overview, m_options.view, m_options.format);
    if (m_options.outputPath.isEmpty()) {
        writeOut(QString::fromUtf8(out));
    } else {
        QString reason;
        if (!saveFileAtomically(m_options.outputPath, out, &reason)) {
            errLine(CliTexts::tr("--output %1: %2").arg(m_options.outputPath, reason));
            emit done(ExitUsage);
            return;
        }
    }
    int code = ExitPass;
    if (m_options.view == MapsView::Errors)
        code = overview.errorsHaveFindings() ? ExitFail : overview.errorsUnread() ? ExitIncomplete : ExitPass;
    else
        code = overview.hasFindings() ? ExitFail : overview.hasUnread() ? ExitIncomplete : ExitPass;
    emit done(code);
}

} // namespace dwh::cli
