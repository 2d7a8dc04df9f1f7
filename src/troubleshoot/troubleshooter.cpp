// SPDX-License-Identifier: MIT
#include "troubleshooter.h"

#include "messagetext.h"

#include <algorithm>

namespace dwh {

namespace {

// Scores one symptom against normalised text; named groups of matching patterns become fields.
SymptomMatch score(const Symptom &symptom, const QString &text)
{
    SymptomMatch match;
    for (const SymptomPattern &pattern : symptom.patterns) {
        const QRegularExpressionMatch m = pattern.regex.match(text);
        if (!m.hasMatch())
            continue;
        match.score += pattern.weight;
        if (pattern.weight > 0)
            match.matchedText << m.captured(0);
        for (const QString &name : pattern.regex.namedCaptureGroups()) {
            if (!name.isEmpty() && !m.captured(name).isEmpty() && !match.fields.contains(name))
                match.fields.insert(name, m.captured(name));
        }
    }
    return match;
}

} // namespace

Troubleshooter::Troubleshooter() : m_catalogue(SymptomCatalogue::builtin()) {}

Troubleshooter::Troubleshooter(SymptomCatalogue catalogue) : m_catalogue(std::move(catalogue)) {}

QList<SymptomMatch> Troubleshooter::explain(const QString &text) const
{
    const QString normalised = normalisedMessage(text, true);
    QList<SymptomMatch> matches;
    if (normalised.isEmpty())
        return matches;
    for (const Symptom &symptom : m_catalogue.symptoms) {
        SymptomMatch match = score(symptom, normalised);
        if (symptom.parser == QLatin1String("versionMismatch")) {
            match.versionMismatches = parseVersionMismatches(text);
            for (VersionMismatch &v : match.versionMismatches)
                v.package = m_catalogue.packageFor(v.solution);
        }
        if (match.score < m_catalogue.minimumScore)
            continue;
        match.symptom = translatedSymptom(symptom);
        matches.append(match);
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const SymptomMatch &a, const SymptomMatch &b) { return a.score > b.score; });
    return matches;
}

QList<Symptom> Troubleshooter::symptoms() const
{
    QList<Symptom> out;
    for (const Symptom &s : m_catalogue.symptoms)
        out << translatedSymptom(s);
    return out;
}

bool Troubleshooter::symptom(const QString &id, Symptom *out) const
{
    const Symptom *s = m_catalogue.find(id);
    if (!s)
        return false;
    *out = translatedSymptom(*s);
    return true;
}

} // namespace dwh
