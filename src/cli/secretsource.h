// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace dwh::cli {

/**
 * Reads the client secret: from standard input (one line; echo off when it is a terminal) when
 * `fromStdin`, else from the DWHEALTH_CLIENT_SECRET environment variable. Never from argv.
 * Returns an empty array and sets `error` when there is none.
 */
QByteArray readClientSecret(bool fromStdin, QString *error);

} // namespace dwh::cli
