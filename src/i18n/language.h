// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace dwh {

/** The languages of the UI and the reports: English (the source texts) and the catalogues in
 *  translations/ (compiled in under :/i18n). Qt's own qtbase catalogue is loaded with ours, so
 *  QWizard's Back/Next/Cancel and the standard dialogs follow the same language. */
class Language
{
public:
    /** "en", then every language with a catalogue, e.g. {"en", "de", "es", "fr", "ja"}. */
    static QStringList available();
    /** Whether `code` ("de") is one of available(). */
    static bool isAvailable(const QString &code);
    /** The language's own name ("Deutsch", "日本語"). */
    static QString nativeName(const QString &code);
    /** The first of `locale`'s UI languages that is available; "en" when none is. */
    static QString fromLocale(const QLocale &locale);
    /** `requested` when it is set (a --lang value or the setting), else the system's language. */
    static QString choose(const QString &requested, const QLocale &system = QLocale::system());

    /** The language chosen in the wizard ("" = follow the system), from the user's settings. */
    static QString setting();
    /** Stores the wizard's choice; "" follows the system again. */
    static void setSetting(const QString &code);
    /** What a run uses: --lang when given, else the setting, else the system's language. */
    static QString forRun(const QString &langOption);

    /** Installs the catalogues of `code` into the application (replacing those installed before):
     *  dwhealth's own and Qt's. English installs none. Needs a QCoreApplication. False, with what
     *  is missing in `note`, when a catalogue could not be loaded; the texts stay English then. */
    static bool install(const QString &code, QString *note = nullptr);
    /** The language install() was last called with; "en" before that. */
    static QString current();

    /** The text of the --lang usage error: "--lang takes one of: …". */
    static QString usageError(const QString &given);
};

} // namespace dwh
