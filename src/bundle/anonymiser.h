// SPDX-License-Identifier: MIT
#pragma once

#include "evidencebundle.h"

#include <QHash>
#include <QString>

namespace dwh {

/**
 * `dwhealth bundle anonymise`: an evidence bundle without what a customer can be recognised by,
 * with the same findings. Every original value is replaced by a stand-in, the same value always
 * by the same one (case variants by case variants), in every member (report, trace, facts), in
 * URLs percent-encoded as well as in text:
 * - GUIDs and 32-digit hex ids, except Microsoft's fixed ones (well-known application ids, role
 *   template ids, the simulator's tenant);
 * - host names (the customer's label of a Microsoft host, any other host entirely) and e-mail
 *   addresses / user principal names;
 * - names: people, application users, teams, business units, roles, companies, legal-entity
 *   names and codes, solution display names, connection and environment display names, the
 *   profile's name. Microsoft's fixed names (solution unique names, plug-in assemblies and steps,
 *   table and column names) stay.
 */
class Anonymiser
{
public:
    /** The anonymised bundle; `replaced` (when given) receives original → stand-in. */
    static EvidenceBundle anonymise(const EvidenceBundle &bundle,
                                    QHash<QString, QString> *replaced = nullptr);
};

} // namespace dwh
