// SPDX-License-Identifier: MIT
#include "mapsrunner.h"

#include "clioptions.h"
#include "clistr.h"
#include "collector.h"
#include "fixsession.h"
#include "mapsbuilder.h"
#include "savefile.h"
#include "terminalout.h"
#include "troubleshooter.h"

#include <QRegularExpression>

namespace dwh::cli {

namespace {

bool takeValue(const QStringList &args, int *i, const QString &name, QString *value, QString *error)
{
    const QString &arg = args.at(*i);
    if (arg.startsWith(name + QLatin1Char('='))) {
        *value = arg.mid(name.size() + 1);
        return true;
    }
    if (*i + 1 >= args.size()) {
        *error = CliTexts::tr("%1 needs a value").arg(name);
        return false;
    }
    *value = args.at(++*i);
    return true;
}

bool isOption(const QString &arg, const char *name)
{
    const QString n = QString::fromLatin1(name);
    return arg == n || arg.startsWith(n + QLatin1Char('='));
}

} // namespace

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

QString parseMapsOptions(MapsView view, const QStringList &args, const QDateTime &now,
                         MapsOptions *out)
{
    const QString command = view == MapsView::Maps ? QStringLiteral("maps") : QStringLiteral("errors");
    out->view = view;
    QString err;
    QString v;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (isOption(a, "--profile")) {
            if (!takeValue(args, &i, QStringLiteral("--profile"), &out->profilePath, &err))
                return err;
        } else if (a == QLatin1String("--demo")) {
            out->demo = true;
        } else if (isOption(a, "--scenario")) {
            if (!takeValue(args, &i, QStringLiteral("--scenario"), &out->scenario, &err))
                return err;
        } else if (isOption(a, "--format")) {
            if (!takeValue(args, &i, QStringLiteral("--format"), &out->format, &err))
                return err;
            out->format = out->format.toLower();
            if (!mapsFormats(view).contains(out->format))
                return CliTexts::tr("--format \"%1\" is not available for %2; use one of: %3")
                    .arg(out->format, command, mapsFormats(view).join(QStringLiteral(", ")));
        } else if (isOption(a, "--output")) {
            if (!takeValue(args, &i, QStringLiteral("--output"), &out->outputPath, &err))
                return err;
        } else if (isOption(a, "--since")) {
            if (!takeValue(args, &i, QStringLiteral("--since"), &out->since, &err))
                return err;
        } else if (a == QLatin1String("--client-secret-stdin")) {
            out->secretFromStdin = true;
        } else if (isOption(a, "--timeout")) {
            if (!takeValue(args, &i, QStringLiteral("--timeout"), &v, &err))
                return err;
            bool ok = false;
            out->timeoutSeconds = v.toInt(&ok);
            if (!ok || out->timeoutSeconds < 1 || out->timeoutSeconds > 600)
                return CliTexts::tr("%1 takes a whole number from %2 to %3, not \"%4\"")
                    .arg(QStringLiteral("--timeout")).arg(1).arg(600).arg(v);
        } else if (isOption(a, "--allow-authority")) {
            if (!takeValue(args, &i, QStringLiteral("--allow-authority"), &v, &err))
                return err;
            if (v.contains(QLatin1Char('/')) || v.trimmed().isEmpty())
                return CliTexts::tr("--allow-authority takes a host name such as "
                                    "sts.contoso.example, not \"%1\"").arg(v);
            out->allowedAuthorities << v.trimmed().toLower();
        } else if (a.startsWith(QLatin1String("--client-secret"))) {
            return CliTexts::tr("secrets are never taken on the command line; use the "
                                "DWHEALTH_CLIENT_SECRET environment variable or "
                                "--client-secret-stdin");
        } else {
            return CliTexts::tr("unknown option for %1: %2").arg(command, a);
        }
    }
    if (int(out->demo) + int(!out->profilePath.isEmpty()) != 1)
        return CliTexts::tr("%1 needs exactly one of --profile FILE or --demo").arg(command);
    if (!parseSince(out->since, now, &out->sinceTime))
        return CliTexts::tr("--since takes a duration such as 30m, 24h or 7d (at most 30 days) "
                            "or a past ISO 8601 time with its offset, not \"%1\"").arg(out->since);
    return QString();
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
    m_session = std::make_unique<FixSession>();
    int exitCode = ExitUsage;
    QString error;
    SignInOptions signIn;
    signIn.timeoutMs = m_options.timeoutSeconds * 1000;
    signIn.allowedAuthorities = m_options.allowedAuthorities;
    if (!m_session->open(m_options.profilePath, m_options.demo, m_options.scenario,
                         m_options.secretFromStdin, &exitCode, &error, signIn)) {
        errLine(error);
        QMetaObject::invokeMethod(this, [this, exitCode] { emit done(exitCode); }, Qt::QueuedConnection);
        return;
    }
    CollectorOptions collectorOptions;
    RequestLimits limits;
    limits.timeoutMs = m_options.timeoutSeconds * 1000;
    for (Service s : {Service::Dataverse, Service::FinanceAndOperations})
        collectorOptions.limits.insert(s, limits);
    collectorOptions.traceLogsSince = m_options.sinceTime;
    m_collector = std::make_unique<Collector>(m_session->profile, m_session->tokens.get(),
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
    const MapsOverview overview = buildMapsOverview(m_collector->snapshot(), m_session->profile,
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
