// SPDX-License-Identifier: MIT
// What the command line asks for (one options struct per command), the exit codes, and the
// entry points: parseCommandLine (the dispatcher) and helpText (the overview of `--help`).
#pragma once

#include "pdfoptions.h"

#include "fixoptions.h"
#include "mapsrunner.h"

#include <QString>
#include <QStringList>

namespace dwh::cli {

/** Exit codes of `dwhealth check` (contract.md). */
enum ExitCode { ExitPass = 0, ExitFail = 1, ExitUsage = 2, ExitIncomplete = 3 };

/** `dwhealth check` as parsed from the command line. */
struct CheckOptions
{
    QString profilePath;
    QString profileName;           // --profile-name NAME: a profile the wizard saved (keychain secret)
    bool demo = false;
    QString scenario = QStringLiteral("healthy");
    QString format = QStringLiteral("json");
    QString outputPath;            // empty: stdout
    bool forceDependencies = false;
    bool secretFromStdin = false;
    int concurrency = 16;          // per service
    int timeoutSeconds = 30;
    int latencyMs = 0;             // --demo only: simulated latency
    bool progress = true;          // on stderr, when it is a terminal
    bool redact = false;           // --redact: identifiers, URLs and user names masked
    PdfOptions document;           // pdf, html: --consultant, --customer, --logo, --page-size
    QString bundlePath;            // --bundle FILE: the evidence bundle (ZIP) of the run
    QString replayPath;            // --replay FILE: evaluate a bundle's facts again, offline
    bool history = true;           // store the run in the history (--profile only; --no-history)
    int historyMaxRuns = -1;       // --history-max-runs N: runs kept per profile (-1: the wizard's setting, else 100)
    int historyMaxMb = -1;         // --history-max-mb N: MB kept per profile (-1: the wizard's setting, else 50)
    QStringList allowedAuthorities;  // --allow-authority HOST: may receive the client secret
    int deadlineSeconds = 600;     // --deadline S: the whole run; past it the unread checks are unknown
    // Several environments in one run (issue 18; fleetoptions.h, fleetrunner.h).
    QStringList profilePaths;      // every --profile FILE, in order
    QString profilesDir;           // --profiles DIR
    QString outputDir;             // --output-dir OUT
    int parallel = 8;              // --parallel N: environments at once
    int parallelPerTenant = 4;     // --parallel-per-tenant N
    QString notify;                // --notify URL|env:NAME (a secret: never printed)
    bool isFleet() const
    {
        return profilePaths.size() > 1 || !profilesDir.isEmpty() || !outputDir.isEmpty();
    }
    int maxPages = 0;              // --max-pages N: pages per dataset (0: derived from the page size)
};

struct SimulateOptions
{
    QString scenario = QStringLiteral("healthy");
    int port = 0;
    int latencyMs = 0;
    QString bundlePath;            // --from-bundle FILE: serve what an evidence bundle recorded
};

/** `dwhealth explain …`: exactly one of the text, stdin (-), --file, --list or --symptom. */
struct ExplainOptions
{
    QString format = QStringLiteral("text");
    bool list = false;
    bool fromStdin = false;
    QString filePath;
    QString symptomId;
    QStringList textParts;
};

/** `dwhealth diff OLD NEW`: two reports or bundles. */
struct DiffOptions
{
    QString format = QStringLiteral("text");
    QStringList files;
};

/** `dwhealth bundle anonymise IN OUT`. */
struct BundleOptions
{
    QString input;
    QString output;
};

enum class Command { Gui, Check, Simulate, Scenarios, Version, Help, Explain, Fix, Restore, Diff, Bundle,
                     Maps, Errors };

struct ParsedCommand
{
    Command command = Command::Gui;
    CheckOptions check;
    SimulateOptions simulate;
    bool demo = false;             // GUI: --demo
    QString language;              // --lang CODE (any command); empty: the setting or the system's
    ExplainOptions explain;        // explain … (explainrunner.h)
    DiffOptions diff;              // diff OLD NEW (diffrunner.h)
    BundleOptions bundle;          // bundle anonymise IN OUT (bundlerunner.h)
    FixOptions fix;                // fix CODE … (fixoptions.h)
    RestoreOptions restore;        // restore BACKUP.json … (fixoptions.h)
    MapsOptions maps;              // maps / errors (mapsrunner.h)
    QString helpFor;               // Help: the command whose help (empty: the overview)
    QString error;                 // non-empty: usage error (exit 2)
};

/** Parses `dwhealth [command] [options]` (arguments without the program name). Pure. */
ParsedCommand parseCommandLine(const QStringList &arguments);

/** The text of `dwhealth --help`: every command, option and exit code (overviewhelp.cpp). */
QString helpText();

} // namespace dwh::cli
