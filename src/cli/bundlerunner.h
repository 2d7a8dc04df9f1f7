// SPDX-License-Identifier: MIT
#pragma once

#include "clioptions.h"

namespace dwh::cli {

/**
 * `dwhealth bundle anonymise IN.zip OUT.zip`: writes IN's evidence bundle with every name, host,
 * id and e-mail address replaced consistently (Anonymiser), owner-only (bundlecommand.cpp parses
 * the command line). Returns 0 when written, 2 when OUT is IN or IN is no readable bundle, 3 when
 * OUT could not be written.
 */
int runBundle(const BundleOptions &options);

} // namespace dwh::cli
