// SPDX-License-Identifier: MIT
#include "guimain.h"

#include "healthwizard.h"
#include "language.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>

#include <cstdio>

namespace dwh::gui {

namespace {

class FirstPaintProbe final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int runWizard(int &argc, char **argv, bool demo, const QString &scenario, const QString &language)
{
    QApplication app(argc, argv);
    // The application's identity was set in main() (appidentity.h), as for the CLI.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.dwhealth.dwhealth"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/app/dwhealth-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    // Ours and Qt's own catalogue, so QWizard's Back/Next/Cancel follow the same language.
    QString note;
    if (!Language::install(Language::forRun(language), &note))
        std::fprintf(stderr, "dwhealth: %s\n", note.toLocal8Bit().constData());

    HealthWizard wizard(demo, scenario);
    if (qEnvironmentVariableIsSet("DWHEALTH_REPORT_FIRST_PAINT")) {
        // For tests/bench/bench_startup: say when the first page is painted, then quit.
        auto *probe = new FirstPaintProbe(&wizard);
        wizard.installEventFilter(probe);
    }
    wizard.show();
    return app.exec();
}

} // namespace dwh::gui
