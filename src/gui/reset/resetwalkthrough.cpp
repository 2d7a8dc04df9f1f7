// SPDX-License-Identifier: MIT
#include "resetwalkthrough.h"

#include "catalogue.h"
#include "dialogbuttons.h"
#include "liveconfigreader.h"
#include "resetfacts.h"
#include "resetimpactpage.h"
#include "resetrecheckpage.h"
#include "resetsteppage.h"
#include "wizardsession.h"

namespace dwh::gui {

namespace {

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ol>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item + QStringLiteral("</li>");
    return html + QStringLiteral("</ol>");
}

} // namespace

ResetWalkthrough::ResetWalkthrough(WizardSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_reader(new LiveConfigReader(session, this))
{
    setObjectName(QStringLiteral("resetWalkthrough"));
    setWindowTitle(tr("Reset dual-write connections — walkthrough"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    describeWizardButtons(this);
    setPage(Page_Impact, new ResetImpactPage(session, m_reader));
    addStepPages();
    for (int id : {Page_StopMaps, Page_Reset, Page_Cleared, Page_Reapply}) {
        connect(static_cast<ResetStepPage *>(page(id)), &ResetStepPage::overridden, this,
                [this](const QString &entry) { m_overrides << entry; });
    }
    setPage(Page_Recheck, new ResetRecheckPage(session));
    setStartId(Page_Impact);
    setMinimumSize(560, 420);
    resize(780, 580);
}

ResetWalkthrough::~ResetWalkthrough() = default;

void ResetWalkthrough::addStepPages()
{
    const QString doc = QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                            .arg(DocUrls::reset().toHtmlEscaped(),
                                 tr("Reset dual-write connections (Microsoft Learn)"));
    const QString entities = selectedLegalEntities(m_session->report(), m_session->profile())
                                 .join(QStringLiteral(", ")).toHtmlEscaped();

    auto *stop = new ResetStepPage(m_session, m_reader, ResetStepPage::Verification::MapsStopped);
    stop->setObjectName(QStringLiteral("resetStopMapsPage"));
    stop->setTitle(tr("Step 1: stop every map"));
    stop->setSubTitle(tr("Reset needs every dual-write map stopped."));
    stop->setInstructions(
        list({tr("In finance and operations apps, open <b>Data management</b> → "
                 "<b>Dual-write</b>."),
              tr("Select every table map and choose <b>Stop</b>."),
              tr("Wait until every map shows <b>Not running</b>, then choose Verify below.")})
        + tr("<p>If a map cannot be stopped, the reset wizard shows a <b>Force Reset</b> check "
             "box that must be ticked.</p>")
        + doc);
    setPage(Page_StopMaps, stop);

    auto *reset = new ResetStepPage(m_session, m_reader, ResetStepPage::Verification::None);
    reset->setObjectName(QStringLiteral("resetLinkPage"));
    reset->setTitle(tr("Step 2: reset the link"));
    reset->setSubTitle(tr("On the Dual-write page (Platform update 54 / 10.0.30 or later)."));
    reset->setInstructions(
        list({tr("On the <b>Dual-write</b> page, choose <b>Reset link</b>."),
              tr("<b>Choose environment</b>: keep <b>Power Platform Link Dataverse "
                 "Environment</b> (recommended: it re-aligns dual-write with the Power Platform "
                 "integration, and you cannot go back to the previous environment), or choose "
                 "<b>Current Dataverse Environment</b> only where an older release linked "
                 "another environment. Tick <b>Acknowledge Reset</b> (and <b>Force Reset</b> "
                 "when it is shown)."),
              tr("<b>Next</b> → <b>Select legal entities</b> (the default is None): select "
                 "the ones saved in the snapshot: %1.").arg(entities.isEmpty() ? tr("none") : entities),
              tr("<b>Next</b> → the <b>Health check</b> page, then <b>Next</b> → "
                 "<b>Summary</b>, and confirm the reset.")})
        + tr("<p>The reset clears DualWriteProjectConfiguration, "
             "DualWriteProjectFieldConfiguration and BusinessEventsDefinition in finance and "
             "operations and the Dual Write Runtime Configurations in Dataverse; it removes the "
             "maps, integration keys, legal-entity mapping, default alert settings, activity "
             "logs and initial-sync history, and restores the connection set from the Power "
             "Platform integration.</p>")
        + doc);
    setPage(Page_Reset, reset);

    auto *cleared = new ResetStepPage(m_session, m_reader,
                                      ResetStepPage::Verification::ConfigurationCleared);
    cleared->setObjectName(QStringLiteral("resetClearedPage"));
    cleared->setTitle(tr("Step 3: check that the old configuration is gone"));
    cleared->setSubTitle(tr("Stale rows left behind are what DWDVEV1004 and DWFOEV1004 report."));
    cleared->setInstructions(
        tr("<p>Right after the reset, and before the solution is applied again, no runtime "
           "configuration should be left in Dataverse and no project configuration in finance "
           "and operations. Choose Verify to re-read both tables.</p><p>Rows left in Dataverse "
           "can be deleted with the stale configuration cleanup (DWDVEV1004).</p>")
        + doc);
    setPage(Page_Cleared, cleared);

    auto *reapply = new ResetStepPage(m_session, m_reader, ResetStepPage::Verification::MapsBack);
    reapply->setObjectName(QStringLiteral("resetReapplyPage"));
    reapply->setTitle(tr("Step 4: apply the solution and start the maps"));
    reapply->setSubTitle(tr("After a reset the maps are gone: start over with Apply Solution."));
    reapply->setInstructions(
        list({tr("On the <b>Dual-write</b> page, choose <b>Apply Solution</b> to publish the "
                 "default maps again."),
              tr("Check the integration keys of the maps you use (the snapshot has the old "
                 "ones)."),
              tr("Start the maps you need, with initial sync where required, then choose "
                 "Verify.")})
        + doc);
    setPage(Page_Reapply, reapply);
}

} // namespace dwh::gui
