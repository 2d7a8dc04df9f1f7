// SPDX-License-Identifier: MIT
#pragma once

namespace dwh {

/**
 * Sets the application's identity (organization "dwhealth", application "dwhealth", domain and
 * version) once, in main(), for the wizard and every headless command alike: QSettings and
 * QStandardPaths::AppDataLocation (history, backups) then resolve to the same folders whichever
 * started. May be called before the QCoreApplication exists.
 */
void setApplicationIdentity();

} // namespace dwh
