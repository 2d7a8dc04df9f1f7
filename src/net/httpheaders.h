// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace dwh {

/** The response headers of one HTTP answer, in the order they came. */
struct HttpHeaders
{
    QList<std::pair<QByteArray, QByteArray>> pairs;

    /** The value of header `name` (case-insensitive); empty when absent. */
    QByteArray value(const QByteArray &name) const;
    bool contains(const QByteArray &name) const;
    void add(const QByteArray &name, const QByteArray &value) { pairs.append({name, value}); }
};

} // namespace dwh
