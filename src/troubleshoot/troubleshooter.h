// SPDX-License-Identifier: MIT
#pragma once

#include "closestsymptoms.h"
#include "pastedtext.h"
#include "symptom.h"
#include "symptomcatalogue.h"
#include "versionmismatch.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dwh {

/** A pasted line that a symptom's pattern matched. */
struct MatchedLine
{
    int index = 0;   // in the decoded pasted lines
    QString where;   // "line 12", "HAR entry 3 (…), response 403: error.message"
    QString text;    // the decoded line
};

/** One symptom recognised in a pasted text. */
struct SymptomMatch
{
    Symptom symptom;                         // translated
    int score = 0;                           // sum of the weights of the patterns that matched
    QStringList matchedText;                 // what each counting pattern matched, in order
    QMap<QString, QString> fields;           // named captures: session id, project, connection…
    QList<VersionMismatch> versionMismatches; // for the version-mismatch family
    QList<MatchedLine> lines;                // every pasted line a counting pattern matched
    /** Index (in the same result list) of a better match whose lines cover all of this one's:
     *  this symptom is another reading of the same message, not another error. -1: an error of
     *  its own. */
    int alternativeTo = -1;
};



/**
 * "Explain this error": recognises the items of the dual-write troubleshooting articles in a
 * pasted message. Pure and cheap; holds a copy of its catalogue.
 */
class Troubleshooter
{
public:
    /** Uses the built-in catalogue (resources/troubleshoot/symptoms.json). */
    Troubleshooter();
    explicit Troubleshooter(SymptomCatalogue catalogue);

    /** Every symptom whose score reaches the catalogue's minimum, best first (ties in catalogue
     *  order); empty when none. `text` is a pasted message or log, a HAR file or a JSON error
     *  body (see readPastedText); `decoded`, when given, receives what was read. */
    QList<SymptomMatch> explain(const QString &text, PastedText *decoded = nullptr) const;
    /** For a message that matched nothing: up to `count` symptoms sharing the most words with it
     *  (GUIDs and numbers ignored), best first; empty when none shares a word. */
    QList<SymptomSuggestion> closest(const QString &text, int count = 3) const;
    /** The pick-a-symptom list: every symptom, translated, in catalogue order. */
    QList<Symptom> symptoms() const;
    /** One symptom by id, translated; false when there is none. */
    bool symptom(const QString &id, Symptom *out) const;

private:
    SymptomCatalogue m_catalogue;
};

} // namespace dwh
