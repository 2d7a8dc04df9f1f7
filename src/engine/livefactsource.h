// SPDX-License-Identifier: MIT
#pragma once

#include "factsource.h"

#include <memory>

namespace dwh {

class TokenProvider;

/** The facts read now from the services, through one Collector (each dataset once). */
class LiveFactSource final : public FactSource
{
    Q_OBJECT
public:
    LiveFactSource(const Profile &profile, TokenProvider *tokens, CollectorOptions options = {},
                   QObject *parent = nullptr);
    ~LiveFactSource() override;

    void fetch(const QList<Dataset> &datasets) override;
    void cancel() override;
    void expire(const QString &reason) override;
    bool isRunning() const override;
    const Snapshot &snapshot() const override;
    CollectorStats stats() const override;

private:
    std::unique_ptr<Collector> m_collector;
};

} // namespace dwh
