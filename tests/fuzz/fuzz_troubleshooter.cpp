// SPDX-License-Identifier: MIT
// libFuzzer target: the troubleshooter's error-text parsing (src/troubleshoot): any pasted text
// gives matches (best first) and parsed version mismatches, never a crash; every parsed mismatch
// names a solution and two versions, and comparing them is antisymmetric.
#include "troubleshooter.h"
#include "versionmismatch.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const dwh::Troubleshooter troubleshooter;  // the built-in catalogue, loaded once
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)troubleshooter.explain(text);
    for (const dwh::VersionMismatch &m : dwh::parseVersionMismatches(text)) {
        if (m.solution.isEmpty() || m.installed.isEmpty() || m.required.isEmpty())
            abort();  // a parsed mismatch always names what it found
        if (dwh::compareDottedVersions(m.installed, m.required)
            != -dwh::compareDottedVersions(m.required, m.installed))
            abort();
    }
    return 0;
}
