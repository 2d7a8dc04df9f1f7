// SPDX-License-Identifier: MIT
#pragma once

#include "writeaction.h"

#include <QJsonObject>
#include <QString>

namespace dwh {

/**
 * Whether a record, as a GET just read it, already shows the effect of a write: the record of a
 * DELETE is gone, the record of a POST exists, a PATCH's columns and lookups have the values it
 * sets, a `DELETE …/nav/$ref` left the lookup empty. Restore uses it to skip what is already
 * there; the write executor uses it to learn what became of a write that got no answer.
 */
struct TargetState
{
    enum class Value { Reached, NotReached, Unknown };

    Value value = Value::Unknown;
    QString detail;  // for people: what the read showed

    /** `exists` false: the GET answered 404. `record`: its JSON object when it exists. */
    static TargetState of(const WriteAction &action, bool exists, const QJsonObject &record);
};

} // namespace dwh
