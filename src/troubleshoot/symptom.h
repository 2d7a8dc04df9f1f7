// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace dwh {

/** One way to recognise a symptom in a pasted message. */
struct SymptomPattern
{
    QRegularExpression regex;  // case-insensitive; named groups fill SymptomMatch::fields
    /** Added to the score when the pattern matches; 0 = capture only (never a match by itself). */
    int weight = 10;
};

/** A setting the fix asks for, with the recommended value (the parallel-processing advisor). */
struct RecommendedSetting
{
    QString name;
    QString meaning;
    int recommended = 0;
};

/** Where a symptom was read: a file of a repository at a commit (MicrosoftDocs articles), or a
 *  reference of this project with a note saying which article it quotes. */
struct SymptomSource
{
    QString repo;    // "MicrosoftDocs/dynamics-365-unified-operations-public"; empty for a local reference
    QString path;    // "articles/.../dual-write-troubleshooting-live-sync.md"
    QString commit;  // 40 hex digits when repo is set
    QString note;    // optional: what the source quotes, when it is not the article itself
};

/**
 * One item of the troubleshooting articles: how to recognise it, why it happens, how to fix it,
 * which dwhealth checks confirm the cause, and the documentation page. Loaded from
 * resources/troubleshoot/symptoms.json; texts are English until translatedSymptom().
 */
struct Symptom
{
    QString id;                         // e.g. "version-mismatch"
    QString title;
    QList<SymptomPattern> patterns;
    QStringList causes;
    QStringList fixSteps;
    QString requiredRole;               // who can fix it, when the article says so
    QStringList checkIds;               // dwhealth check ids, e.g. "prereq.user-roles"
    QString checkNote;                  // what the checks can and cannot tell
    QString docUrl;                     // learn.microsoft.com
    QStringList examples;               // the messages exactly as the articles quote them
    QMap<QString, QString> fieldLabels; // named capture group -> label
    QList<RecommendedSetting> settings;
    QString settingsNote;
    QString parser;                     // "versionMismatch" or empty
    QStringList codes;                  // documented codes, e.g. "DIPV1003", "DWDVEV1004"
    QStringList guidedFixes;            // codes `dwhealth fix CODE` repairs, e.g. "DWDVEV1004"
    QList<SymptomSource> sources;       // where the facts were read (file + commit)
};

/** Reads one symptom object; false with "`where`.field: problem" in `error`. */
bool symptomFromJson(const QJsonObject &object, const QString &where, Symptom *symptom,
                     QString *error);

/** The symptom with its user-visible texts translated (context "dwh::Symptoms"). */
Symptom translatedSymptom(const Symptom &symptom);

/** Plain JSON of a symptom for reports and `dwhealth explain --format json` (no patterns). */
QJsonObject symptomToJson(const Symptom &symptom);

} // namespace dwh
