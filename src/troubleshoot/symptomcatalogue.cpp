// SPDX-License-Identifier: MIT
#include "symptomcatalogue.h"

#include "troubleshootstr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtDebug>

namespace dwh {

SymptomCatalogue SymptomCatalogue::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Troubleshoot::tr("offset %1: %2")
                     .arg(QString::number(parseError.offset), parseError.errorString());
        return {};
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("schemaVersion")).toInt() != 1) {
        *error = Troubleshoot::tr("schemaVersion: must be 1");
        return {};
    }
    SymptomCatalogue catalogue;
    catalogue.minimumScore = root.value(QLatin1String("minimumScore")).toInt(1);
    if (catalogue.minimumScore < 1) {
        *error = Troubleshoot::tr("minimumScore: must be 1 or more");
        return {};
    }
    const QJsonArray symptoms = root.value(QLatin1String("symptoms")).toArray();
    QSet<QString> ids;
    for (int i = 0; i < symptoms.size(); ++i) {
        Symptom s;
        const QString where = QStringLiteral("symptoms[%1]").arg(i);
        if (!symptomFromJson(symptoms.at(i).toObject(), where, &s, error))
            return {};
        if (ids.contains(s.id)) {
            *error = Troubleshoot::tr("%1.id: \"%2\" is used twice").arg(where, s.id);
            return {};
        }
        ids.insert(s.id);
        catalogue.symptoms.append(s);
    }
    if (catalogue.symptoms.isEmpty()) {
        *error = Troubleshoot::tr("symptoms: must list at least one symptom");
        return {};
    }
    const QJsonObject packages = root.value(QLatin1String("solutionPackages")).toObject();
    for (auto it = packages.begin(); it != packages.end(); ++it)
        catalogue.solutionPackages.insert(it.key().toLower(), it.value().toString());
    return catalogue;
}

QString SymptomCatalogue::builtinPath()
{
    return QStringLiteral(":/troubleshoot/symptoms.json");
}

const SymptomCatalogue &SymptomCatalogue::builtin()
{
    static const SymptomCatalogue catalogue = [] {
        QFile file(builtinPath());
        QString error;
        SymptomCatalogue c;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else
            c = fromJson(file.readAll(), &error);
        // A broken built-in catalogue is a build defect; the tests load it and fail loudly.
        if (!error.isEmpty())
            qWarning("dwhealth: %s: %s", qPrintable(builtinPath()), qPrintable(error));
        return c;
    }();
    return catalogue;
}

const Symptom *SymptomCatalogue::find(const QString &id) const
{
    for (const Symptom &s : symptoms) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString SymptomCatalogue::packageFor(const QString &solutionUniqueName) const
{
    return solutionPackages.value(solutionUniqueName.toLower());
}

} // namespace dwh
