// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace dwh {

struct Report;

/** Markdown for tickets and chat: summary, a table per step, then each finding with its fix. */
QByteArray renderMarkdown(const Report &report);

} // namespace dwh
