// SPDX-License-Identifier: MIT
#include "troubleshooter.h"

#include "closestsymptoms.h"
#include "matchtext.h"

#include <QSet>

#include <algorithm>

namespace dwh {

namespace {

// Scores one symptom against the match text; named groups of matching patterns become fields,
// and every occurrence of a counting pattern (the first of a capture) marks the lines it covers.
SymptomMatch score(const Symptom &symptom, const MatchText &text, QList<int> *lineIndexes)
{
    SymptomMatch match;
    for (const SymptomPattern &pattern : symptom.patterns) {
        QRegularExpressionMatchIterator it = pattern.regex.globalMatch(text.text);
        bool first = true;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (first) {
                first = false;
                match.score += pattern.weight;
                if (pattern.weight > 0)
                    match.matchedText << m.captured(0);
                for (const QString &name : pattern.regex.namedCaptureGroups()) {
                    if (!name.isEmpty() && !m.captured(name).isEmpty() && !match.fields.contains(name))
                        match.fields.insert(name, m.captured(name));
                }
            }
            for (int line : text.linesOf(m.capturedStart(), m.capturedEnd())) {
                if (!lineIndexes->contains(line))
                    lineIndexes->append(line);
            }
            if (pattern.weight == 0)
                break;  // a capture: its first occurrence fills the field
        }
    }
    std::sort(lineIndexes->begin(), lineIndexes->end());
    return match;
}

// A match is another reading of a better match's message when all its lines are among the
// lines of the better matches.
void markAlternatives(QList<SymptomMatch> *matches)
{
    QSet<int> covered;
    QList<QSet<int>> linesOf;
    for (qsizetype i = 0; i < matches->size(); ++i) {
        SymptomMatch &m = (*matches)[i];
        QSet<int> mine;
        for (const MatchedLine &l : m.lines)
            mine.insert(l.index);
        linesOf.append(mine);
        if (i > 0 && !mine.isEmpty() && covered.contains(mine)) {
            for (qsizetype k = 0; k < i; ++k) {
                if (matches->at(k).alternativeTo < 0 && linesOf.at(k).intersects(mine)) {
                    m.alternativeTo = int(k);
                    break;
                }
            }
        }
        covered.unite(mine);
    }
}

} // namespace

Troubleshooter::Troubleshooter() : m_catalogue(SymptomCatalogue::builtin()) {}

Troubleshooter::Troubleshooter(SymptomCatalogue catalogue) : m_catalogue(std::move(catalogue)) {}

QList<SymptomMatch> Troubleshooter::explain(const QString &text, PastedText *decoded) const
{
    const PastedText pasted = readPastedText(text);
    if (decoded)
        *decoded = pasted;
    const MatchText matchText = MatchText::fromLines(pasted.lines);
    QList<SymptomMatch> matches;
    if (matchText.text.isEmpty())
        return matches;
    for (const Symptom &symptom : m_catalogue.symptoms) {
        QList<int> lineIndexes;
        SymptomMatch match = score(symptom, matchText, &lineIndexes);
        if (symptom.parser == QLatin1String("versionMismatch")) {
            match.versionMismatches = parseVersionMismatches(pasted.joined());
            for (VersionMismatch &v : match.versionMismatches)
                v.package = m_catalogue.packageFor(v.solution);
        }
        if (match.score < m_catalogue.minimumScore)
            continue;
        for (int index : lineIndexes)
            match.lines.append(MatchedLine{index, pasted.lines.at(index).where, pasted.lines.at(index).text});
        match.symptom = translatedSymptom(symptom);
        matches.append(match);
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const SymptomMatch &a, const SymptomMatch &b) { return a.score > b.score; });
    markAlternatives(&matches);
    return matches;
}

QList<SymptomSuggestion> Troubleshooter::closest(const QString &text, int count) const
{
    const PastedText pasted = readPastedText(text);
    QList<SymptomSuggestion> out = closestSymptoms(m_catalogue.symptoms, pasted.joined(), count);
    for (SymptomSuggestion &s : out)
        s.symptom = translatedSymptom(s.symptom);
    return out;
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
