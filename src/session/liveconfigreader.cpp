// SPDX-License-Identifier: MIT
// LiveConfigReader: the reset's rows in full, as the datasets dv.runtimeConfigsFull and
// fo.projectConfigsFull of a LiveFactSource.
#include "liveconfigreader.h"

#include "livefactsource.h"
#include "tokenprovider.h"
#include "wizardsession.h"

namespace dwh::gui {

LiveConfigReader::LiveConfigReader(WizardSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

LiveConfigReader::~LiveConfigReader()
{
    m_facts.reset();  // before the token provider it asks
    delete m_tokens.data();
}

void LiveConfigReader::read()
{
    if (m_reading)
        return;
    // A fresh sign-in and source each time: the profile or secret may have changed since the
    // last read, and a source reads each dataset once.
    m_facts.reset();
    delete m_tokens.data();
    m_tokens = m_session->newTokenProvider(nullptr);
    m_facts = std::make_unique<LiveFactSource>(m_session->profile(), m_tokens,
                                               m_session->engineOptions.collector);
    connect(m_facts.get(), &FactSource::finished, this, &LiveConfigReader::onFetched);
    m_reading = true;
    m_facts->fetch({Dataset::DvRuntimeConfigsFull, Dataset::FoProjectConfigsFull});
}

void LiveConfigReader::onFetched()
{
    m_runtime = m_facts->snapshot().get(Dataset::DvRuntimeConfigsFull);
    m_projects = m_facts->snapshot().get(Dataset::FoProjectConfigsFull);
    m_reading = false;
    m_hasRead = true;
    emit finished();
}

} // namespace dwh::gui
