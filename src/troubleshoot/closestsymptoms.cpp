// SPDX-License-Identifier: MIT
#include "closestsymptoms.h"

#include "matchtext.h"
#include "messagetext.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dwh {

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w : {"the", "and", "for", "not", "was", "are", "you", "your", "with", "this",
                              "that", "from", "has", "have", "had", "can", "cannot", "does", "doesn",
                              "did", "error", "errors", "failed", "failure", "fails", "message", "when",
                              "while", "there", "which", "will", "into", "out", "all", "any", "been",
                              "but", "its", "isn", "than", "then", "too", "use", "used", "one", "more",
                              "following", "details", "occurred", "value", "values", "https", "http",
                              "www", "com", "api", "data", "entity", "record", "records"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

QStringList symptomWords(const Symptom &s)
{
    QString text = s.title;
    for (const QString &e : s.examples)
        text += QLatin1Char(' ') + e;
    text += QLatin1Char(' ') + s.codes.join(QLatin1Char(' '));
    return messageWords(text);
}

} // namespace

QStringList messageWords(const QString &rawText)
{
    static const QRegularExpression guid(
        QStringLiteral(R"([0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12})"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}_]+)"));
    static const QRegularExpression noise(QStringLiteral(R"(^(?:\d+|[0-9a-f]{6,}|x+)$)"));
    QString text = foldDualWrite(normalisedMessage(rawText, true)).toLower();
    text.replace(guid, QStringLiteral(" "));
    QStringList out;
    QSet<QString> seen;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        if (w.size() < 3 || noise.match(w).hasMatch() || stopWords().contains(w) || seen.contains(w))
            continue;
        seen.insert(w);
        out << w;
    }
    return out;
}

QList<SymptomSuggestion> closestSymptoms(const QList<Symptom> &symptoms, const QString &text,
                                         int count)
{
    const QStringList words = messageWords(text);
    QList<SymptomSuggestion> out;
    if (words.isEmpty() || count <= 0)
        return out;
    for (const Symptom &s : symptoms) {
        const QStringList theirs = symptomWords(s);
        const QSet<QString> theirSet(theirs.cbegin(), theirs.cend());
        SymptomSuggestion suggestion;
        suggestion.symptom = s;
        for (const QString &w : words) {
            if (theirSet.contains(w))
                suggestion.sharedWords << w;
        }
        if (suggestion.sharedWords.isEmpty())
            continue;
        // Share of the message's words, lightly penalised by how many words the symptom has, so
        // that a long example does not win on size alone.
        const double shared = suggestion.sharedWords.size();
        suggestion.similarity = shared / words.size();
        const double jaccard = shared / (words.size() + theirSet.size() - shared);
        suggestion.similarity = 0.8 * suggestion.similarity + 0.2 * jaccard;
        out.append(suggestion);
    }
    std::stable_sort(out.begin(), out.end(), [](const SymptomSuggestion &a, const SymptomSuggestion &b) {
        return a.similarity > b.similarity;
    });
    if (out.size() > count)
        out.resize(count);
    return out;
}

} // namespace dwh
