// SPDX-License-Identifier: MIT
#pragma once

#include "backup.h"

#include <QString>

#include <optional>

namespace dwh {

struct Profile;

/**
 * What `restore` accepts from a backup file (untrusted input): only what a `fix` of this version
 * (or a `restore`, for a restore's own backup) could have written, for the code the file names.
 *
 * | operation, code      | write in the file                                                  |
 * |----------------------|--------------------------------------------------------------------|
 * | fix DWDVEV1004       | DELETE msdyn_dualwriteruntimeconfigs({guid})                        |
 * | fix DWFOEV1004       | DELETE DualWriteProjectConfigurations(ProjectName='…')              |
 * | fix DWDVEV1007       | PATCH cdm_companies({guid}) {"cdm_defaultowningteam@odata.bind": "/teams({guid})"} |
 * | restore DWDVEV1004   | POST msdyn_dualwriteruntimeconfigs                                  |
 * | restore DWFOEV1004   | POST DualWriteProjectConfigurations                                 |
 * | restore DWDVEV1007   | the PATCH above, or DELETE cdm_companies({guid})/cdm_defaultowningteam/$ref |
 *
 * Every URL the file records (the profile block, each record's environment and url, each
 * action's url) must be on the profile's own host for that service (scheme, host and port), and
 * address the record the entry names; the saved columns of a record restore creates again must
 * be columns of that table, of the right JSON type (unknown columns are refused); the company's
 * saved team must be a GUID or null. The backup returned is rebuilt: environment = the profile's
 * URL, every URL made again from it and the validated entity set and key, the action's body made
 * again from the validated values. Nothing (and `error` naming the entry and what is wrong) when
 * anything else is found; then no request may be sent.
 */
std::optional<Backup> checkBackup(const Backup &backup, const Profile &profile, QString *error);

} // namespace dwh
