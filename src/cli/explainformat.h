// SPDX-License-Identifier: MIT
#pragma once

#include "troubleshooter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dwh::cli {

/** What `dwhealth explain` prints for one symptom, recognised (`match`) or picked by id
 *  (`match` null): title, cause, fix, matched lines, codes, documentation, sources, checks and
 *  guided fix, as text. */
QString symptomText(const Symptom &s, const SymptomMatch *match);
/** The same as JSON (symptomToJson plus the check command, score, fields and lines). */
QJsonObject symptomJson(const Symptom &s, const SymptomMatch *match);
/** The runners-up of the error at `primary`: other readings of its lines close to its score,
 *  as an "Also possible:" block; empty when there is none. */
QString alsoPossible(const QList<SymptomMatch> &matches, qsizetype primary);
/** The closest symptoms of an unrecognised message, as JSON. */
QJsonArray suggestionsJson(const QList<SymptomSuggestion> &suggestions);
/** What to try when nothing matched. */
QStringList whatToTry();
/** "text", "har" or "json". */
QString inputKind(PastedText::Kind kind);

} // namespace dwh::cli
