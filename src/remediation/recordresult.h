// SPDX-License-Identifier: MIT
#pragma once

#include "checkresult.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace dwh {

/** What became of one write. Every action of a run ends with exactly one of these. */
struct RecordResult
{
    enum class Outcome {
        Done,          // the service confirmed the write (or the record to delete was gone)
        Failed,        // the service refused or could not be reached; `message` says why
        NotAttempted,  // never sent: cancelled first, or the backup could not be written
        Unknown,       // sent, and no answer or read tells whether it was applied
        AlreadyPresent,  // not sent: a read showed the record already as the write would leave it
    };

    Outcome outcome = Outcome::NotAttempted;
    int status = 0;            // HTTP status of the last answer, 0 when none
    QString message;           // the server's message on failure; why, when not done
    QList<Evidence> evidence;  // the exchanges made (no token, no body)

    /** "done", "failed", "notAttempted", "unknown", "alreadyPresent" */
    static QString outcomeName(Outcome outcome);
    QJsonObject toJson() const;
};

} // namespace dwh

Q_DECLARE_METATYPE(dwh::RecordResult)
