// SPDX-License-Identifier: MIT
#pragma once

#include "symptom.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace dwh {

/** The symptoms and the solution-to-package table, as read from a symptoms.json document. */
struct SymptomCatalogue
{
    QList<Symptom> symptoms;                 // in file order (the pick-a-symptom order)
    QHash<QString, QString> solutionPackages; // lower-case solution unique name -> package
    /** A symptom is reported only when its score reaches this ("minimumScore", default 1), so
     *  that a generic fragment ("object reference not set…") alone does not count. */
    int minimumScore = 1;

    /** Parses and validates a document; on error the catalogue is empty and `error` says where. */
    static SymptomCatalogue fromJson(const QByteArray &json, QString *error);
    /** The catalogue compiled in from resources/troubleshoot/symptoms.json (read once). */
    static const SymptomCatalogue &builtin();
    /** Where the built-in catalogue lives in the resources. */
    static QString builtinPath();

    const Symptom *find(const QString &id) const;
    /** The AppSource package that carries a solution; empty when not known. */
    QString packageFor(const QString &solutionUniqueName) const;
};

} // namespace dwh
