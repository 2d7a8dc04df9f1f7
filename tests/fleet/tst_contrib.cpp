// SPDX-License-Identifier: MIT
// Lints contrib/: the GitHub Actions workflow and the Azure Pipelines YAML parse (python3's yaml
// when it is there, else a structural check) and hold what they promise (a matrix of profiles,
// the secret from the secret store, JUnit published, reports uploaded, `dwhealth diff` against
// the previous artifact); the Containerfile is Debian 12 slim, offscreen and free of secrets.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

QString contrib(const char *path)
{
    return QStringLiteral(DWHEALTH_SOURCE_DIR "/contrib/") + QLatin1String(path);
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

/** The YAML document as JSON through python3's yaml module; nothing when it is not installed. */
std::optional<QJsonValue> parsedWithPython(const QString &path, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import json, sys\n"
                            "try:\n    import yaml\nexcept ImportError:\n    sys.exit(77)\n"
                            "print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding='utf-8'))))"),
             path});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
        return std::nullopt;
    if (p.exitCode() == 77)
        return std::nullopt;
    if (p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return QJsonValue();
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

/** Without a YAML parser: no tabs, indentation in steps of two, "key:" lines, balanced quotes. */
QString structuralProblem(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.contains(QLatin1Char('\t')))
            return QStringLiteral("line %1: a tab").arg(i + 1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const int indent = int(line.size() - QString(line).remove(QRegularExpression(QStringLiteral("^ +"))).size());
        if (indent % 2 != 0)
            return QStringLiteral("line %1: odd indentation").arg(i + 1);
        if (line.count(QLatin1Char('"')) % 2 != 0)
            return QStringLiteral("line %1: unbalanced quotes").arg(i + 1);
    }
    return QString();
}

void verifyYaml(const QString &path, const QStringList &mustHold)
{
    const QString text = readText(path);
    QVERIFY2(!text.isEmpty(), qPrintable(path));
    QString error;
    const std::optional<QJsonValue> parsed = parsedWithPython(path, &error);
    if (parsed) {
        QVERIFY2(parsed->isObject(), qPrintable(path + QStringLiteral(": ") + error));
        qInfo("%s: parsed with python3 yaml", qPrintable(path));
    } else {
        QCOMPARE(structuralProblem(text), QString());
        qInfo("%s: structural check (python3 yaml not available)", qPrintable(path));
    }
    for (const QString &needle : mustHold)
        QVERIFY2(text.contains(needle), qPrintable(path + QStringLiteral(" lacks ") + needle));
    // A secret is never written into the file or put on a command line.
    QVERIFY(!text.contains(QStringLiteral("--client-secret ")));
    QVERIFY(!QRegularExpression(QStringLiteral("DWHEALTH_CLIENT_SECRET=[^$\\s]")).match(text).hasMatch());
}

} // namespace

class tst_Contrib : public QObject
{
    Q_OBJECT
private slots:
    void githubActionsWorkflow()
    {
        const QString path = contrib("github-actions/dwhealth.yml");
        verifyYaml(path, {QStringLiteral("matrix:"), QStringLiteral("${{ secrets.DWHEALTH_CLIENT_SECRET }}"),
                          QStringLiteral("for f in junit html pdf"), QStringLiteral("upload-artifact"),
                          QStringLiteral("dwhealth diff"), QStringLiteral("junit-report"),
                          QStringLiteral(".html"), QStringLiteral(".pdf")});
        QString error;
        const std::optional<QJsonValue> parsed = parsedWithPython(path, &error);
        if (!parsed)
            return;
        const QJsonObject job = parsed->toObject().value(QStringLiteral("jobs")).toObject()
                                    .value(QStringLiteral("check")).toObject();
        QVERIFY(!job.value(QStringLiteral("strategy")).toObject().value(QStringLiteral("matrix"))
                     .toObject().value(QStringLiteral("profile")).toArray().isEmpty());
        QVERIFY(job.value(QStringLiteral("steps")).toArray().size() >= 5);
        // "on" is YAML 1.1's true for python's yaml; either way the triggers are there.
        const QJsonObject root = parsed->toObject();
        QVERIFY(root.contains(QStringLiteral("on")) || root.contains(QStringLiteral("true")));
    }

    void azurePipelines()
    {
        const QString path = contrib("azure-pipelines/dwhealth.yml");
        verifyYaml(path, {QStringLiteral("matrix:"), QStringLiteral("DWHEALTH_CLIENT_SECRET: $(DWHEALTH_CLIENT_SECRET)"),
                          QStringLiteral("PublishTestResults@2"), QStringLiteral("testResultsFormat: JUnit"),
                          QStringLiteral("PublishPipelineArtifact@1"), QStringLiteral("DownloadPipelineArtifact@2"),
                          QStringLiteral("dwhealth diff"), QStringLiteral("for f in junit html pdf")});
        QString error;
        const std::optional<QJsonValue> parsed = parsedWithPython(path, &error);
        if (!parsed)
            return;
        const QJsonObject job = parsed->toObject().value(QStringLiteral("jobs")).toArray().first().toObject();
        QVERIFY(job.value(QStringLiteral("strategy")).toObject().value(QStringLiteral("matrix"))
                    .toObject().size() >= 1);
        QVERIFY(job.value(QStringLiteral("steps")).toArray().size() >= 5);
    }

    void containerfile()
    {
        const QString text = readText(contrib("container/Containerfile"));
        QVERIFY(!text.isEmpty());
        static const QStringList instructions{
            QStringLiteral("FROM"), QStringLiteral("RUN"), QStringLiteral("COPY"), QStringLiteral("ENV"),
            QStringLiteral("CMD"), QStringLiteral("WORKDIR"), QStringLiteral("ARG"), QStringLiteral("LABEL")};
        QStringList froms;
        bool continued = false;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i);
            const QString trimmed = line.trimmed();
            QVERIFY2(!line.endsWith(QLatin1Char(' ')) && !line.contains(QLatin1Char('\t')),
                     qPrintable(QStringLiteral("line %1: trailing space or tab").arg(i + 1)));
            const bool comment = trimmed.startsWith(QLatin1Char('#'));
            if (!continued && !trimmed.isEmpty() && !comment) {
                const QString instruction = trimmed.section(QLatin1Char(' '), 0, 0);
                QVERIFY2(instructions.contains(instruction),
                         qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(instruction)));
                if (instruction == QLatin1String("FROM"))
                    froms << trimmed.section(QLatin1Char(' '), 1, 1);
                if (instruction == QLatin1String("ENV") || instruction == QLatin1String("ARG"))
                    QVERIFY2(!QRegularExpression(QStringLiteral("SECRET|PASSWORD|TOKEN"),
                                                 QRegularExpression::CaseInsensitiveOption)
                                  .match(trimmed).hasMatch(),
                             "no secret baked into the image");
            }
            if (!comment)
                continued = trimmed.endsWith(QLatin1Char('\\'));
        }
        QVERIFY(!continued);  // the last instruction is complete
        QVERIFY(!froms.isEmpty());
        for (const QString &from : froms)
            QCOMPARE(from, QStringLiteral("debian:12-slim"));
        QVERIFY(text.contains(QStringLiteral("ENV QT_QPA_PLATFORM=offscreen")));
        QVERIFY(text.contains(QStringLiteral("-DDWHEALTH_BUILD_GUI=OFF")));
        QCOMPARE(text.count(QStringLiteral("apt-get install")), text.count(QStringLiteral("--no-install-recommends")));
        QCOMPARE(text.count(QStringLiteral("apt-get update")), text.count(QStringLiteral("rm -rf /var/lib/apt/lists/*")));
        // Pipeline container jobs need an image without ENTRYPOINT.
        QVERIFY(!QRegularExpression(QStringLiteral("^ENTRYPOINT"), QRegularExpression::MultilineOption)
                     .match(text).hasMatch());
        QVERIFY(QFile::exists(contrib("container/Containerfile.dockerignore")));
    }
};

QTEST_MAIN(tst_Contrib)
#include "tst_contrib.moc"
