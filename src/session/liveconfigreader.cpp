// SPDX-License-Identifier: MIT
#include "liveconfigreader.h"

#include "collectionreader.h"
#include "recordaddress.h"
#include "serviceclients.h"
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
    delete m_clients;  // before the token provider it asks
    delete m_tokens.data();
}

void LiveConfigReader::read()
{
    if (m_pending > 0)
        return;
    // A fresh sign-in each time: the profile or secret may have changed since the last read.
    delete m_clients;
    delete m_tokens.data();
    const Profile &profile = m_session->profile();
    m_tokens = m_session->newTokenProvider(nullptr);
    m_clients = new ServiceClients(profile, m_tokens);
    const QUrl runtime = RecordAddress::dataverseCollection(
        profile.dataverseUrl, QStringLiteral("msdyn_dualwriteruntimeconfigs"));
    const QUrl projects = RecordAddress::crossCompany(RecordAddress::foCollection(
        profile.foUrl, QStringLiteral("DualWriteProjectConfigurations")));
    m_pending = 2;
    const QList<QPair<Service, QUrl>> reads{{Service::Dataverse, runtime},
                                            {Service::FinanceAndOperations, projects}};
    for (const auto &read : reads) {
        DatasetResult *slot = read.first == Service::Dataverse ? &m_runtime : &m_projects;
        auto *reader = new CollectionReader(m_clients->client(read.first), read.second, false,
                                            this);
        connect(reader, &CollectionReader::finished, this,
                [this, slot](const DatasetResult &result) { onRead(slot, result); });
        reader->start();
    }
}

void LiveConfigReader::onRead(DatasetResult *slot, const DatasetResult &result)
{
    *slot = result;
    if (--m_pending > 0)
        return;
    m_hasRead = true;
    emit finished();
}

} // namespace dwh::gui
