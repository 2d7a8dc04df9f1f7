// SPDX-License-Identifier: MIT
#pragma once

#include "simhttp.h"
#include "simulator.h"

#include <QList>

namespace dwh::sim {

/** The active faults, with how many more requests each may still hit. */
class FaultInjector final
{
public:
    void add(const Fault &fault);
    void clear();
    /** The first fault matching the request, consuming one of its `times`; false if none. */
    bool take(const QString &service, const QString &method, const QString &pathAndQuery, Fault *out);

    /**
     * The response `normal` changed by a body-level fault (Status, Malformed, Html,
     * WrongContentType, HugeBody, NextLinkElsewhere, NextLinkLoop) and Retry-After added when
     * the fault asks for it. Other kinds return `normal` (the Simulator handles them).
     */
    static SimResponse apply(const Fault &fault, const SimResponse &normal, const SimRequest &request);

    static QString kindName(Fault::Kind kind);
    static bool kindFromName(const QString &name, Fault::Kind *out);

private:
    QList<Fault> m_faults;   // `times` counts down; 0 = spent
};

} // namespace dwh::sim
