// SPDX-License-Identifier: MIT
// dwhealth_screenshots DIR [WIDTHxHEIGHT]: drives the real wizard offscreen through every page on
// the simulator (scenario DWDVEV1003 for the findings pages, DWHC0202 for a blocked step 1, a
// wrong secret for the sign-in error) and saves a QWidget::grab() PNG of each into DIR.
#include "healthwizard.h"
#include "wizarddriver.h"
#include "wizardsession.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTreeView>

#include <cstdio>

using namespace dwh;
using namespace dwh::test;

namespace {

QString g_dir;
QSize g_size(900, 680);
int g_failures = 0;

bool waitFor(const std::function<bool()> &condition, const char *what)
{
    if (QTest::qWaitFor(condition, 120000))
        return true;
    std::fprintf(stderr, "dwhealth_screenshots: timed out waiting for %s\n", what);
    ++g_failures;
    return false;
}

void shoot(HealthWizard &wizard, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(g_dir).filePath(name + QStringLiteral(".png"));
    if (!wizard.grab().save(path)) {
        std::fprintf(stderr, "dwhealth_screenshots: cannot write %s\n", qPrintable(path));
        ++g_failures;
        return;
    }
    std::printf("%s\n", qPrintable(path));
}

std::unique_ptr<HealthWizard> open(const QString &scenario)
{
    auto wizard = std::make_unique<HealthWizard>(true, scenario);
    wizard->resize(g_size);
    wizard->show();
    return wizard;
}

bool toPrerequisites(HealthWizard &w)
{
    clickNext(w);
    clickButton(w, HealthWizard::Page_Credentials, "testButton");
    if (!waitFor([&] { return nextEnabled(w); }, "the connection test"))
        return false;
    clickNext(w);
    return waitFor([&] { return nextEnabled(w); }, "the prerequisite health check");
}

void findingsTour()
{
    auto w = open(QStringLiteral("DWDVEV1003"));
    shoot(*w, QStringLiteral("01-welcome"));
    clickNext(*w);
    clickButton(*w, HealthWizard::Page_Credentials, "testButton");
    if (!waitFor([&] { return nextEnabled(*w); }, "the connection test"))
        return;
    shoot(*w, QStringLiteral("02-credentials"));
    clickNext(*w);
    if (!waitFor([&] { return nextEnabled(*w); }, "the prerequisite health check"))
        return;
    shoot(*w, QStringLiteral("03-prerequisites"));
    clickNext(*w);
    if (!waitFor([&] { return nextEnabled(*w); }, "dependency validation"))
        return;
    const QModelIndex row = checkRow(*w, HealthWizard::Page_Dependencies, QStringLiteral("dep.company.dataverse"));
    child<QTreeView>(*w, HealthWizard::Page_Dependencies, "checkTree")->setCurrentIndex(row);
    shoot(*w, QStringLiteral("04-dependencies"));
    clickNext(*w);
    shoot(*w, QStringLiteral("05-remediation"));
    clickNext(*w);
    shoot(*w, QStringLiteral("06-report"));
}

void blockedTour()
{
    auto w = open(QStringLiteral("DWHC0202"));
    if (toPrerequisites(*w))
        shoot(*w, QStringLiteral("07-prerequisites-blocked"));
}

void signInErrorTour()
{
    auto w = open(QStringLiteral("healthy"));
    clickNext(*w);
    auto *secret = child<QLineEdit>(*w, HealthWizard::Page_Credentials, "secretEdit");
    secret->setText(QStringLiteral("not-the-secret"));
    clickButton(*w, HealthWizard::Page_Credentials, "testButton");
    if (waitFor([&] { return child<QWidget>(*w, HealthWizard::Page_Credentials, "signInErrorLabel")->isVisible(); },
                "the sign-in error"))
        shoot(*w, QStringLiteral("08-credentials-sign-in-error"));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dwhealth-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("dwhealth_screenshots"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: dwhealth_screenshots DIR [WIDTHxHEIGHT]\n");
        return 2;
    }
    g_dir = args.at(1);
    if (args.size() > 2) {
        const QStringList wh = args.at(2).split(QLatin1Char('x'));
        g_size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    QDir().mkpath(g_dir);
    findingsTour();
    blockedTour();
    signInErrorTour();
    return g_failures == 0 ? 0 : 1;
}
