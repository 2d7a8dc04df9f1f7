// SPDX-License-Identifier: MIT
// LiveFactSource: the engine's facts read from the services by a Collector.
#include "livefactsource.h"

namespace dwh {

LiveFactSource::LiveFactSource(const Profile &profile, TokenProvider *tokens,
                               CollectorOptions options, QObject *parent)
    : FactSource(parent)
    , m_collector(std::make_unique<Collector>(profile, tokens, std::move(options)))
{
    connect(m_collector.get(), &Collector::datasetReady, this, &FactSource::datasetReady);
    connect(m_collector.get(), &Collector::progress, this, &FactSource::progress);
    connect(m_collector.get(), &Collector::finished, this, &FactSource::finished);
}

LiveFactSource::~LiveFactSource() = default;

void LiveFactSource::fetch(const QList<Dataset> &datasets)
{
    m_collector->fetch(datasets);
}

void LiveFactSource::cancel()
{
    m_collector->cancel();
}

void LiveFactSource::expire(const QString &reason)
{
    m_collector->expire(reason);
}

bool LiveFactSource::isRunning() const
{
    return m_collector->isRunning();
}

const Snapshot &LiveFactSource::snapshot() const
{
    return m_collector->snapshot();
}

CollectorStats LiveFactSource::stats() const
{
    return m_collector->stats();
}

} // namespace dwh
