// SPDX-License-Identifier: MIT
#include "httpheaders.h"

namespace dwh {

QByteArray HttpHeaders::value(const QByteArray &name) const
{
    for (const auto &pair : pairs) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}

bool HttpHeaders::contains(const QByteArray &name) const
{
    for (const auto &pair : pairs) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace dwh
