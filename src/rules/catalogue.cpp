// SPDX-License-Identifier: MIT
#include "catalogue.h"

#include "rulestr.h"

namespace dwh {

namespace {

QString dualWriteDoc(const char *page)
{
    return QStringLiteral(
               "https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/"
               "dual-write/")
        + QLatin1String(page);
}

/** Reset, as reset.md documents it, including what it deletes. */
QStringList resetSteps()
{
    return {
        Rules::tr("In finance and operations apps, open Data management > Dual-write and stop all "
           "table maps."),
        Rules::tr("Know what the reset deletes before you start: the dual-write runtime configuration "
           "(finance and operations tables DualWriteProjectConfiguration, "
           "DualWriteProjectFieldConfiguration and BusinessEventsDefinition, and the Dataverse "
           "table Dual Write Runtime Configurations) and all dual-write configuration data: "
           "table maps, integration keys, legal-entity mapping, alert settings, activity logs "
           "and initial-sync history."),
        Rules::tr("Select Reset link. Choose Power Platform Link Dataverse Environment (recommended), "
           "select Acknowledge Reset (and Force Reset if maps were still running), select the "
           "legal entities, review the health check page and finish the wizard."),
        Rules::tr("After the reset, apply the dual-write solutions again (Apply Solution), start the "
           "table maps and run the initial synchronization where needed."),
    };
}

Remediation make(QString summary, QStringList steps, QString docUrl)
{
    Remediation r;
    r.summary = std::move(summary);
    r.steps = std::move(steps);
    r.docUrl = std::move(docUrl);
    return r;
}

Remediation apiHubRemediation(bool dataverse)
{
    QStringList steps{
        dataverse ? Rules::tr("In the Power Apps maker portal (https://make.powerapps.com), open the "
                       "environment linked to dual-write and check Connections: the Microsoft "
                       "Dataverse connection used by dual-write is missing or not connected.")
                  : Rules::tr("In the Power Apps maker portal (https://make.powerapps.com), open the "
                       "environment linked to dual-write and check Connections: the Finance and "
                       "Operations apps (Dynamics 365) connection used by dual-write is missing "
                       "or not connected."),
        Rules::tr("A connection in an error state can sometimes be repaired by signing in again from "
           "its Connections entry; a deleted connection can only be recreated by resetting the "
           "dual-write link."),
    };
    steps << resetSteps();
    return make(dataverse ? Rules::tr("Reset the dual-write link so that its Dataverse APIHub "
                               "connection is created again.")
                          : Rules::tr("Reset the dual-write link so that its finance and operations "
                               "APIHub connection is created again."),
                steps, DocUrls::reset());
}

Remediation companyRemediation(bool dataverse)
{
    QStringList steps{
        Rules::tr("On the Dual-write page in finance and operations apps, select Environment details "
           "and review the Legal entities tab."),
        dataverse ? Rules::tr("Compare it with the Company (cdm_company) table in Dataverse: every "
                       "legal entity listed for dual-write must have a Company row with the "
                       "same company code.")
                  : Rules::tr("Compare it with the legal entities in finance and operations apps "
                       "(Organization administration > Organizations > Legal entities): every "
                       "legal entity listed for dual-write must exist there."),
        Rules::tr("Option 1: remove the mismatched legal entities (listed in this result) from the "
           "dual-write configuration."),
        Rules::tr("Option 2: reset the dual-write link (see the reset article) and select only legal "
           "entities that exist on both sides. A reset deletes the table maps, integration "
           "keys, legal-entity mapping and runtime configuration; apply the solutions again "
           "afterwards."),
    };
    return make(dataverse ? Rules::tr("Make the legal entities selected for dual-write match the "
                               "companies in Dataverse.")
                          : Rules::tr("Make the legal entities selected for dual-write match the legal "
                               "entities in finance and operations apps."),
                steps, DocUrls::healthCheck());
}

Remediation staleRemediation(bool dataverse)
{
    const QStringList foSteps{
        Rules::tr("In finance and operations apps, stop all dual-write table maps."),
        Rules::tr("Open the data entity DualWriteProjectConfigurationEntity in the Excel add-in "
           "(enable design mode and add the entity to a sheet)."),
        Rules::tr("Delete the rows listed in this result (there are two rows per table map) and "
           "publish; publishing deletes them from the DualWriteProjectConfiguration tables."),
        Rules::tr("Check that no configuration pointing at another Dataverse environment remains, "
           "then restart the table maps."),
    };
    const QStringList dvSteps{
        Rules::tr("Stop all dual-write table maps in finance and operations apps."),
        Rules::tr("In Dataverse, open Advanced Settings > Advanced Find and look for DualWrite Runtime "
           "Configuration (Dual Write Runtime Configurations)."),
        Rules::tr("Select Results, select the stale rows listed in this result and delete them."),
        Rules::tr("Repeat the finance and operations cleanup of DualWriteProjectConfigurationEntity so "
           "that no stale configuration remains on either side, then restart the table maps."),
    };
    return make(dataverse ? Rules::tr("Delete the dual-write runtime configurations in Dataverse that "
                               "no longer belong to the current link.")
                          : Rules::tr("Delete the finance and operations dual-write project "
                               "configurations that point at another Dataverse environment."),
                dataverse ? dvSteps : foSteps, DocUrls::staleCleanup());
}

Remediation teamNameRemediation()
{
    QStringList steps{
        Rules::tr("Find the root business unit's default team with the query "
           "GET https://[environment].dynamics.com/api/data/v9.0/teams?$filter=isdefault eq "
           "true and businessunitid/_parentbusinessunitid_value eq null&$select=name (the team "
           "and business unit are named in this result)."),
        Rules::tr("Option 1: open a ticket with Microsoft Support to update the connection details, "
           "giving the default team of the root business unit (its id and name are in this "
           "result)."),
        Rules::tr("Option 2: reset the dual-write link (see the reset article). A reset deletes the "
           "table maps, integration keys, legal-entity mapping and runtime configuration; apply "
           "the solutions again afterwards."),
    };
    return make(Rules::tr("Have the dual-write connection details updated to the renamed default "
                   "team: open a ticket with Microsoft Support asking them to update the "
                   "connection details, or reset the link, which reads them again."),
                steps, DocUrls::defaultOwningTeam());
}

Remediation owningTeamRemediation()
{
    return make(Rules::tr("Select a default owning team on every company that syncs with dual-write."),
                {Rules::tr("Open the Power Apps maker portal (https://make.powerapps.com)."),
                 Rules::tr("Select the environment that has the dual-write link to your finance and "
                    "operations apps environment."),
                 Rules::tr("Open the Tables list, then the Company table."),
                 Rules::tr("If the Default owning team column isn't shown, show it."),
                 Rules::tr("Set a Default owning team for every company listed in this result: "
                    "the owner team of the company's own business unit (created with the "
                    "company's name when it was enabled for dual-write) keeps its records "
                    "visible to that business unit; dwhealth fix DWDVEV1007 offers it first."),
                 Rules::tr("Make sure the selected teams have the needed security roles (Dual-write "
                    "runtime user, Dual-write app user and roles for the synced tables).")},
                DocUrls::healthCheck());
}

} // namespace

namespace DocUrls {
QString healthCheck() { return dualWriteDoc("dual-write-health-check"); }
QString reset() { return dualWriteDoc("reset"); }
QString staleCleanup()
{
    return dualWriteDoc("dual-write-troubleshooting-live-sync#fix-synchronization-issues-in-an-"
                        "environment-that-has-a-recently-changed-dataverse-environment");
}
QString defaultOwningTeam()
{
    return dualWriteDoc("security-roles#assign-security-role-to-the-default-owning-team");
}
QString prerequisites() { return dualWriteDoc("requirements-and-prerequisites"); }
QString securityRoles()
{
    return dualWriteDoc("security-roles#security-roles-for-users-and-teams");
}
QString separatedSolutions() { return dualWriteDoc("separated-solutions"); }
QString versionMismatch() { return dualWriteDoc("dual-write-troubleshooting-dual-write-module"); }
QString initialSetup() { return dualWriteDoc("dual-write-troubleshooting-initial-setup"); }
QString limits() { return dualWriteDoc("dual-write-system-req"); }
} // namespace DocUrls

QStringList allCodes()
{
    return {QStringLiteral("DWDVEV1001"), QStringLiteral("DWFOEV1001"),
            QStringLiteral("DWDVEV1003"), QStringLiteral("DWFOEV1003"),
            QStringLiteral("DWDVEV1004"), QStringLiteral("DWFOEV1004"),
            QStringLiteral("DWFOEV1006"), QStringLiteral("DWDVEV1007"),
            QStringLiteral("DWHC0101"),   QStringLiteral("DWHC0102"),
            QStringLiteral("DWHC0201"),   QStringLiteral("DWHC0202"),
            QStringLiteral("DWHC0203"),   QStringLiteral("DWHC0204"),
            QStringLiteral("DWHC0301"),   QStringLiteral("DWHC0302"),
            QStringLiteral("DWHC0305"),   QStringLiteral("DWHC0401"),
            QStringLiteral("DWHC0402"),   QStringLiteral("DWHC0403"),
            QStringLiteral("DWHC0404"),   QStringLiteral("DWHC0501"),
            QStringLiteral("DWHC0502")};
}

bool isKnownCode(const QString &code)
{
    return allCodes().contains(code);
}

QString codeDescription(const QString &code)
{
    // Microsoft's texts are copied exactly from the health check article (06/30/2023).
    if (code == QLatin1String("DWDVEV1001"))
        return Rules::tr("Missing Dataverse APIHub connection, without ConnectionFix support.");
    if (code == QLatin1String("DWFOEV1001"))
        return Rules::tr("Missing finance and operations apps APIHub connection without ConnectionFix "
                  "support.");
    if (code == QLatin1String("DWDVEV1003"))
        return Rules::tr("Company mismatched between dual-write and Dataverse.");
    if (code == QLatin1String("DWFOEV1003"))
        return Rules::tr("Company mismatched between dual-write and finance and operations apps.");
    if (code == QLatin1String("DWDVEV1004"))
        return Rules::tr("Stale dual-write configurations are present in Dataverse.");
    if (code == QLatin1String("DWFOEV1004"))
        return Rules::tr("Stale dual-write configurations are present in finance and operations apps.");
    if (code == QLatin1String("DWFOEV1006"))
        return Rules::tr("Default Team name mismatch for Dataverse and dual-write.");
    if (code == QLatin1String("DWDVEV1007"))
        return Rules::tr("Default owning team isn't present in company.");
    if (code == QLatin1String("DWHC0101"))
        return Rules::tr("Dataverse is unreachable or refuses the sign-in.");
    if (code == QLatin1String("DWHC0102"))
        return Rules::tr("Finance and operations apps are unreachable or refuse the sign-in.");
    if (code == QLatin1String("DWHC0201"))
        return Rules::tr("The Dual Write Core solution is not installed in Dataverse.");
    if (code == QLatin1String("DWHC0202"))
        return Rules::tr("A dual-write solution is below its required version.");
    if (code == QLatin1String("DWHC0203"))
        return Rules::tr("The Prospect to Cash solution is installed; dual-write cannot run side by side "
                  "with it.");
    if (code == QLatin1String("DWHC0204"))
        return Rules::tr("The Dual Write Core solution is below the version Microsoft's dual-write "
                         "release notes require.");
    if (code == QLatin1String("DWHC0301"))
        return Rules::tr("A dual-write application user is missing or disabled in Dataverse.");
    if (code == QLatin1String("DWHC0305"))
        return Rules::tr("An application dual-write needs is missing from the Microsoft Entra ID "
                         "applications page of finance and operations apps.");
    if (code == QLatin1String("DWHC0402"))
        return Rules::tr("The signed-in identity is not System administrator in finance and "
                         "operations apps.");
    if (code == QLatin1String("DWHC0403"))
        return Rules::tr("A dual-write application user lacks the security roles dual-write "
                         "needs in Dataverse.");
    if (code == QLatin1String("DWHC0404"))
        return Rules::tr("The root business unit's default team or a dual-write company's default "
                         "owning team lacks the security roles dual-write needs.");
    if (code == QLatin1String("DWHC0302"))
        return Rules::tr("A dual-write plug-in assembly is missing or its steps are disabled.");
    if (code == QLatin1String("DWHC0401"))
        return Rules::tr("The signed-in identity is not System Administrator in Dataverse.");
    if (code == QLatin1String("DWHC0501"))
        return Rules::tr("The Company (cdm_company) table has duplicate or blank names.");
    if (code == QLatin1String("DWHC0502"))
        return Rules::tr("More legal entities are selected for dual-write than it supports.");
    return QString();
}

Remediation remediationFor(const QString &code)
{
    if (code == QLatin1String("DWDVEV1001") || code == QLatin1String("DWFOEV1001"))
        return apiHubRemediation(code.startsWith(QLatin1String("DWDV")));
    if (code == QLatin1String("DWDVEV1003") || code == QLatin1String("DWFOEV1003"))
        return companyRemediation(code.startsWith(QLatin1String("DWDV")));
    if (code == QLatin1String("DWDVEV1004") || code == QLatin1String("DWFOEV1004"))
        return staleRemediation(code.startsWith(QLatin1String("DWDV")));
    if (code == QLatin1String("DWFOEV1006"))
        return teamNameRemediation();
    if (code == QLatin1String("DWDVEV1007"))
        return owningTeamRemediation();
    if (code == QLatin1String("DWHC0101"))
        return accessRemediation(Service::Dataverse);
    if (code == QLatin1String("DWHC0102"))
        return accessRemediation(Service::FinanceAndOperations);
    if (code == QLatin1String("DWHC0201"))
        return make(Rules::tr("Install the Dual Write Core solution in the Dataverse environment."),
                    {Rules::tr("In the Power Platform admin center, open the environment and choose "
                        "Dynamics 365 apps (or get \"Dual Write Core\" from AppSource)."),
                     Rules::tr("Install the Dual Write Core solution; it carries the "
                        "DualWriteRegistration.Plugins and DualWriteRuntime.Plugins assemblies."),
                     Rules::tr("Run the health check again.")},
                    DocUrls::prerequisites());
    if (code == QLatin1String("DWHC0202"))
        return make(Rules::tr("Upgrade the dual-write solutions listed in this result to at least the "
                       "required version."),
                    {Rules::tr("In the Power Platform admin center, open the environment and choose "
                        "Dynamics 365 apps."),
                     Rules::tr("Update the dual-write packages that contain the listed solutions: "
                        "Dual-write Application Core (Dynamics365Company, "
                        "Dynamics365FinanceAndOperationsCommon, CurrencyExchangeRates), "
                        "Dual-write Finance (Dynamics365FinanceExtended) and Dual-write Supply "
                        "Chain (Dynamics365SupplyChainExtended); see the separated solutions "
                        "article for the package contents and their order."),
                     Rules::tr("In finance and operations apps, on the Dual-write page, apply the "
                        "updated map solutions (Apply Solution) where they show new changes."),
                     Rules::tr("Run the health check again.")},
                    DocUrls::versionMismatch());
    if (code == QLatin1String("DWHC0203"))
        return make(Rules::tr("Uninstall the Prospect to Cash solution; dual-write cannot run side by "
                       "side with the Prospect to Cash Data Integrator."),
                    {Rules::tr("Stop any Prospect to Cash Data Integrator projects."),
                     Rules::tr("In the Power Platform admin center or the maker portal (Solutions), "
                        "delete the ProspectToCash solution."),
                     Rules::tr("Run the health check again.")},
                    DocUrls::prerequisites());
    if (code == QLatin1String("DWHC0204"))
        return make(Rules::tr("Update the Dual Write Core solution to at least 1.0.24073.3 (the "
                              "September 2024 security update, mandatory since November 30, "
                              "2024)."),
                    {Rules::tr("In the Power Platform admin center, open the environment and choose "
                               "Dynamics 365 apps."),
                     Rules::tr("Update \"Dual-write core solution\" (AppSource "
                               "mscrm.msft-d365-dual-write) to the current version."),
                     Rules::tr("The same security update needs finance and operations apps on "
                               "platform update 63 (7.0.7198.188) or 64 (7.0.7279.121) or later."),
                     Rules::tr("Run the health check again.")},
                    QStringLiteral("https://learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/"
                                   "data-entities/dual-write/whats-new-dual-write"));
    if (code == QLatin1String("DWHC0305"))
        return make(Rules::tr("Register the applications dual-write needs on the Microsoft Entra ID "
                              "applications page of finance and operations apps."),
                    {Rules::tr("In finance and operations apps, open System administration > Setup > "
                               "Microsoft Entra ID applications."),
                     Rules::tr("Add a row for every client id listed in this result, each mapped to "
                               "an enabled user with the privileges dual-write needs."),
                     Rules::tr("After granting access, open Data management > Framework parameters > "
                               "Entity settings and select Refresh entity list."),
                     Rules::tr("Run the health check again.")},
                    DocUrls::prerequisites());
    if (code == QLatin1String("DWHC0402"))
        return make(Rules::tr("Give the identity that runs the check or links dual-write the System "
                              "administrator role in finance and operations apps."),
                    {Rules::tr("In finance and operations apps, open System administration > Users > "
                               "Users and select the user named in this result (for an app "
                               "registration: the user mapped to its client id on the Microsoft "
                               "Entra ID applications page)."),
                     Rules::tr("Assign the System administrator role."),
                     Rules::tr("Linking dual-write needs System administrator in both finance and "
                               "operations apps and Dataverse."),
                     Rules::tr("Run the health check again.")},
                    DocUrls::initialSetup());
    if (code == QLatin1String("DWHC0403"))
        return make(Rules::tr("Assign security roles to the dual-write application users in "
                              "Dataverse."),
                    {Rules::tr("In the Power Platform admin center, open the environment, then "
                               "Settings > Users + permissions > Application users."),
                     Rules::tr("Select each application user listed in this result (application "
                               "ids 00000015-0000-0000-c000-000000000000 and "
                               "2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b) and choose Edit security "
                               "roles."),
                     Rules::tr("Assign the Dual-write app user and Dual-write runtime user roles "
                               "and a role with create, read, write and delete on every table "
                               "dual-write syncs (or System Administrator)."),
                     Rules::tr("Run the health check again.")},
                    DocUrls::securityRoles());
    if (code == QLatin1String("DWHC0404"))
        return make(Rules::tr("Assign security roles to the root business unit's default team and "
                              "to the dual-write companies' default owning teams."),
                    {Rules::tr("Sign in to the Power Platform admin center, open the environment "
                               "linked to dual-write and, on the Access tab, under Teams, select "
                               "See all."),
                     Rules::tr("Select each team named in this result (the root business unit's "
                               "default team has the business unit's name) and choose Manage "
                               "security roles."),
                     Rules::tr("Assign Dual-write runtime user, Dual-write app user and a role "
                               "that can read every table dual-write syncs (built-in, such as "
                               "Salesperson, or custom; the global address book needs a custom "
                               "role for Party, Postal Address and the related tables)."),
                     Rules::tr("A team without any role makes dual-write's writes fail with "
                               "\"Principal team … is missing prvRead… privilege\"; run the "
                               "health check again after assigning the roles.")},
                    DocUrls::securityRoles());
    if (code == QLatin1String("DWHC0301"))
        return make(Rules::tr("Create or enable the dual-write application users in Dataverse."),
                    {Rules::tr("In the Power Platform admin center, open the environment, then Settings "
                        "> Users + permissions > Application users."),
                     Rules::tr("Make sure an enabled application user exists for the application id "
                        "00000015-0000-0000-c000-000000000000 (finance and operations apps; not "
                        "needed in customer-managed cloud-hosted environments) and for "
                        "2e49aa60-1bd3-43b6-8ab6-03ada3d9f08b (Dynamics Data Integration)."),
                     Rules::tr("Give both users the Dual-write app user role and a role with create, "
                        "read, write and delete on every dual-write table."),
                     Rules::tr("Run the health check again.")},
                    DocUrls::prerequisites());
    if (code == QLatin1String("DWHC0302"))
        return make(Rules::tr("Restore and enable the dual-write plug-in assemblies and their steps."),
                    {Rules::tr("If an assembly is missing, install or update the Dual Write Core "
                        "solution, which carries DualWriteRegistration.Plugins and "
                        "DualWriteRuntime.Plugins."),
                     Rules::tr("If steps are disabled, enable them (for example with the Plug-in "
                        "Registration Tool: select each disabled step of the listed assemblies "
                        "and choose Enable)."),
                     Rules::tr("Run the health check again.")},
                    DocUrls::prerequisites());
    if (code == QLatin1String("DWHC0401"))
        return make(Rules::tr("Give the identity that runs the check or links dual-write the System "
                       "Administrator role in Dataverse."),
                    {Rules::tr("In the Power Platform admin center, open the environment, then Settings "
                        "> Users + permissions (Users or Application users)."),
                     Rules::tr("Select the identity named in this result and assign the System "
                        "Administrator security role."),
                     Rules::tr("Linking dual-write also needs System administrator in finance and "
                        "operations apps and Microsoft Entra tenant admin credentials."),
                     Rules::tr("Run the health check again.")},
                    DocUrls::initialSetup());
    if (code == QLatin1String("DWHC0501"))
        return make(Rules::tr("Give every Company (cdm_company) row in Dataverse a unique, non-blank "
                       "name."),
                    {Rules::tr("In the Power Apps maker portal, open Tables > Company and show the Name "
                        "and Company code columns."),
                     Rules::tr("Rename or remove the rows listed in this result so that no two rows "
                        "share a name (ignoring letter case) and no row has a blank name."),
                     Rules::tr("Link or reset dual-write again; the link fails with \"Saving connection "
                        "set failed! An item with the same key has already been added.\" while "
                        "duplicates remain.")},
                    DocUrls::initialSetup());
    if (code == QLatin1String("DWHC0502"))
        return make(Rules::tr("Select fewer legal entities for dual-write."),
                    {Rules::tr("Initial synchronization supports at most 40 legal entities; live "
                        "synchronization supports at most 250."),
                     Rules::tr("On the Dual-write page, under Environment details > Legal entities, "
                        "remove the legal entities that do not need to sync."),
                     Rules::tr("Above 40 legal entities, run the initial synchronization in batches of "
                        "at most 40 legal entities.")},
                    DocUrls::limits());
    return Remediation();
}

QString docUrlFor(const QString &code)
{
    return remediationFor(code).docUrl;
}

Remediation accessRemediation(Service service)
{
    switch (service) {
    case Service::Dataverse:
        return make(Rules::tr("Make sure dwhealth can sign in to Dataverse and read the dual-write "
                       "tables."),
                    {Rules::tr("Check the profile's Dataverse URL, tenant and client id, and the client "
                        "secret or sign-in."),
                     Rules::tr("In the Power Platform admin center, make sure the identity is an "
                        "enabled (application) user of the environment with a security role "
                        "that can read solutions, companies, business units, teams, users, "
                        "plug-ins and dual-write runtime configurations (System "
                        "Administrator is simplest)."),
                     Rules::tr("If the service throttled the requests, wait a few minutes and run the "
                        "check again.")},
                    DocUrls::prerequisites());
    case Service::FinanceAndOperations:
        return make(Rules::tr("Make sure dwhealth can sign in to finance and operations apps and read "
                       "its data entities."),
                    {Rules::tr("Check the profile's finance and operations URL, tenant and client id, "
                        "and the client secret or sign-in."),
                     Rules::tr("In finance and operations apps, register the client id on the "
                        "Microsoft Entra ID applications page (System administration > Setup) "
                        "and map it to a user that can read LegalEntities and "
                        "DualWriteProjectConfigurations."),
                     Rules::tr("If the service throttled the requests, wait a few minutes and run the "
                        "check again.")},
                    DocUrls::prerequisites());
    case Service::PowerPlatform:
        return make(Rules::tr("Make sure dwhealth can list the connections of the Power Platform "
                       "environment."),
                    {Rules::tr("Check the profile's environment id (or powerPlatform.url) and the "
                        "sign-in for https://api.powerplatform.com."),
                     Rules::tr("Give the identity access to the environment's connections (for example "
                        "as an environment admin) and run the check again.")},
                    DocUrls::prerequisites());
    case Service::PowerPlatformAdmin:
        return make(Rules::tr("Make sure dwhealth can read the environment from the Power Platform "
                       "admin API, which says which finance and operations environment it is "
                       "linked to."),
                    {Rules::tr("Sign in with an identity that is a Power Platform administrator or "
                        "a Dynamics 365 administrator (a service principal must be registered "
                        "as a Power Platform management application)."),
                     Rules::tr("Without it, dwhealth judges the link from the finance and operations "
                        "project configurations alone and says so in the report.")},
                    DocUrls::prerequisites());
    case Service::Entra:
        break;
    }
    return make(Rules::tr("Make sure dwhealth can sign in with Microsoft Entra ID."),
                {Rules::tr("Check the profile's tenant id, authority and client id, and the client "
                    "secret or sign-in.")},
                DocUrls::prerequisites());
}

} // namespace dwh
