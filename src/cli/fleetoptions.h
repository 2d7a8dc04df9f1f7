// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace dwh::cli {

struct CheckOptions;

/**
 * The fleet options of `dwhealth check` (issue 18): --profiles DIR, --output-dir OUT,
 * --parallel N, --parallel-per-tenant N, --notify URL|env:NAME. Takes the option at `*i` into
 * `options` and returns true when it is one of them (`error` set when its value is wrong);
 * false for any other argument.
 */
bool parseFleetOption(const QStringList &args, int *i, CheckOptions *options, QString *error);

/** What is wrong with the fleet options as a whole (exit 2), or empty. */
QString fleetOptionsProblem(const CheckOptions &options);

/** The --help lines of the fleet options. */
QString fleetOptionsHelp();

} // namespace dwh::cli
