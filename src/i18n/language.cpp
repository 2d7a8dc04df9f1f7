// SPDX-License-Identifier: MIT
#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace dwh {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwh::Language)
};

const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kSettingKey = QStringLiteral("language");

// The wizard's settings file (organization and application "dwhealth"), also for headless runs.
std::unique_ptr<QSettings> userSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QStringLiteral("dwhealth"), QStringLiteral("dwhealth"));
}

struct Installed
{
    QString code = QStringLiteral("en");
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeInstalled()
{
    Installed &s = installed();
    for (QPointer<QTranslator> *t : {&s.own, &s.qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}

} // namespace

QStringList Language::available()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(kCatalogueDir).entryList({QStringLiteral("dwhealth_*.qm")},
                                                           QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(9, file.size() - 9 - 3);  // "dwhealth_" … ".qm"
    return codes;
}

bool Language::isAvailable(const QString &code)
{
    return available().contains(code);
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");  // not "American English": the texts are plain English
    const QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    return name.left(1).toUpper() + name.mid(1);  // "français" -> "Français"
}

QString Language::fromLocale(const QLocale &locale)
{
    const QStringList codes = available();
    for (const QString &ui : locale.uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (codes.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Language::choose(const QString &requested, const QLocale &system)
{
    if (!requested.isEmpty() && isAvailable(requested))
        return requested;
    return fromLocale(system);
}

QString Language::setting()
{
    const QString code = userSettings()->value(kSettingKey).toString();
    return isAvailable(code) ? code : QString();
}

void Language::setSetting(const QString &code)
{
    const auto settings = userSettings();
    if (code.isEmpty())
        settings->remove(kSettingKey);
    else
        settings->setValue(kSettingKey, code);
}

QString Language::forRun(const QString &langOption)
{
    return choose(langOption.isEmpty() ? setting() : langOption);
}

bool Language::install(const QString &code, QString *note)
{
    removeInstalled();
    Installed &s = installed();
    s.code = QStringLiteral("en");
    if (code == QLatin1String("en") || code.isEmpty())
        return true;
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral("dwhealth_%1").arg(code), kCatalogueDir)) {
        delete own;
        if (note)
            *note = Tr::tr("no catalogue for the language \"%1\"; the texts stay English").arg(code);
        return false;
    }
    QCoreApplication::installTranslator(own);
    s.own = own;
    s.code = code;
    // Qt's catalogue (qt6-translations-l10n): QWizard's buttons, the standard dialogs.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        s.qt = qt;
    } else {
        delete qt;
        if (note)
            *note = Tr::tr("Qt's own catalogue for \"%1\" is not installed (package "
                           "qt6-translations-l10n); the standard buttons stay English").arg(code);
        return false;
    }
    return true;
}

QString Language::current()
{
    return installed().code;
}

QString Language::usageError(const QString &given)
{
    return Tr::tr("--lang takes one of: %1; not \"%2\"")
        .arg(available().join(QStringLiteral(", ")), given);
}

} // namespace dwh
