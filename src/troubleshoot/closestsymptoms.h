// SPDX-License-Identifier: MIT
#pragma once

#include "symptom.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dwh {

/** A symptom whose words are close to a message that matched nothing. */
struct SymptomSuggestion
{
    Symptom symptom;
    double similarity = 0;   // share of the message's words that the symptom also uses, 0..1
    QStringList sharedWords; // those words, in the message's order
};

/** The words a message is compared by: lower case, three characters or more, without GUIDs,
 *  numbers, hex ids and common English words. In order, each once. */
QStringList messageWords(const QString &text);

/**
 * Up to `count` symptoms sharing the most words with `text` (token overlap against each
 * symptom's title, examples and codes), best first, ties in catalogue order; none that shares
 * no word. The symptoms are returned as given (untranslated).
 */
QList<SymptomSuggestion> closestSymptoms(const QList<Symptom> &symptoms, const QString &text,
                                         int count);

} // namespace dwh
