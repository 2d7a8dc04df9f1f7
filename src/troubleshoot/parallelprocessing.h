// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace dwh {

/** The symptom of the catalogue that carries the parallel-processing advice. */
QString parallelProcessingSymptomId();  // "slow-import"

/** The recommended values of Data management > Framework parameters > Entity settings >
 *  Configure entity execution parameters, as the catalogue gives them (1000 and 8). */
struct ParallelProcessingSettings
{
    int importThresholdRecordCount = 0;
    int importTaskCount = 0;
};
ParallelProcessingSettings recommendedParallelProcessing();

/**
 * The advice as text: why, the steps in finance and operations apps, each parameter with its
 * meaning and recommended value, and the documentation link. Translated; plain text with
 * numbered steps, ready for the CLI or a wizard label.
 */
QString parallelProcessingAdvice();

} // namespace dwh
