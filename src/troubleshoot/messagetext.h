// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh {

/**
 * Prepares pasted text for matching: Markdown escapes as the articles write them (`\[`, `\_`,
 * `\<`) become the characters, typographic quotes and apostrophes become ' and ", and non-breaking
 * spaces become spaces. With `collapseWhitespace` every run of whitespace, line breaks included,
 * becomes one space, so that a message wrapped over several lines still matches.
 */
QString normalisedMessage(const QString &text, bool collapseWhitespace);

} // namespace dwh
