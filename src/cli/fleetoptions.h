// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace dwh::cli {

struct CheckOptions;
struct CliOption;

/**
 * The fleet options of `dwhealth check` (issue 18), rows of its option table: --profiles DIR,
 * --output-dir OUT, --parallel N, --parallel-per-tenant N, --notify URL|env:NAME.
 */
QList<CliOption> fleetOptionRows();

/** Reads them (and every repeated --profile) from `parser` into `options`; a usage error or
 *  empty. */
QString takeFleetOptions(const QCommandLineParser &parser, CheckOptions *options);

/** What is wrong with the fleet options as a whole (exit 2), or empty. */
QString fleetOptionsProblem(const CheckOptions &options);

/** The --help lines of the fleet options. */
QString fleetOptionsHelp();

} // namespace dwh::cli
