// SPDX-License-Identifier: MIT
#pragma once

#include "symptom.h"
#include "symptomcatalogue.h"
#include "versionmismatch.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dwh {

/** One symptom recognised in a pasted text. */
struct SymptomMatch
{
    Symptom symptom;                         // translated
    int score = 0;                           // sum of the weights of the patterns that matched
    QStringList matchedText;                 // what each counting pattern matched, in order
    QMap<QString, QString> fields;           // named captures: session id, project, connection…
    QList<VersionMismatch> versionMismatches; // for the version-mismatch family
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
     *  order); empty when none. */
    QList<SymptomMatch> explain(const QString &text) const;
    /** The pick-a-symptom list: every symptom, translated, in catalogue order. */
    QList<Symptom> symptoms() const;
    /** One symptom by id, translated; false when there is none. */
    bool symptom(const QString &id, Symptom *out) const;

private:
    SymptomCatalogue m_catalogue;
};

} // namespace dwh
