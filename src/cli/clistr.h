// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace dwh::cli {

/** Translation context of the command line's own texts (options, help, fix and restore output,
 *  explain, diff): "dwh::cli" (CliTexts::tr("…")). */
class CliTexts
{
    Q_DECLARE_TR_FUNCTIONS(dwh::cli)
};

} // namespace dwh::cli
