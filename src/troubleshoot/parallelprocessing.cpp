// SPDX-License-Identifier: MIT
#include "parallelprocessing.h"

#include "symptomcatalogue.h"
#include "troubleshootstr.h"

#include <QStringList>

namespace dwh {

QString parallelProcessingSymptomId()
{
    return QStringLiteral("slow-import");
}

ParallelProcessingSettings recommendedParallelProcessing()
{
    ParallelProcessingSettings out;
    const Symptom *s = SymptomCatalogue::builtin().find(parallelProcessingSymptomId());
    if (!s)
        return out;
    // The settings are matched by the F&O field names, which the catalogue keeps in English.
    for (const RecommendedSetting &setting : s->settings) {
        if (setting.name == QLatin1String("Import threshold record count"))
            out.importThresholdRecordCount = setting.recommended;
        else if (setting.name == QLatin1String("Import task count"))
            out.importTaskCount = setting.recommended;
    }
    return out;
}

QString parallelProcessingAdvice()
{
    const Symptom *found = SymptomCatalogue::builtin().find(parallelProcessingSymptomId());
    if (!found)
        return QString();
    const Symptom s = translatedSymptom(*found);
    QStringList lines;
    lines << Troubleshoot::tr("Enabling parallel processing can reduce the time needed to import "
                              "data from Dynamics 365 customer engagement apps and Microsoft "
                              "Dataverse to finance and operations apps.");
    lines << QString();
    for (int i = 0; i < s.fixSteps.size(); ++i)
        lines << Troubleshoot::tr("%1. %2").arg(QString::number(i + 1), s.fixSteps.at(i));
    lines << QString();
    for (const RecommendedSetting &setting : s.settings) {
        lines << Troubleshoot::tr("%1: %2 Recommended value: %3.")
                     .arg(setting.name, setting.meaning, QString::number(setting.recommended));
    }
    if (!s.settingsNote.isEmpty())
        lines << s.settingsNote;
    lines << QString() << Troubleshoot::tr("Documentation: %1").arg(s.docUrl);
    return lines.join(QLatin1Char('\n'));
}

} // namespace dwh
