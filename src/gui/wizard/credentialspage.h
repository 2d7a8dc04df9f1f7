// SPDX-License-Identifier: MIT
#pragma once

#include "checkstatus.h"
#include "connectiontester.h"
#include "sessionpage.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;

namespace dwh {
class TokenProvider;
struct DeviceCodePrompt;
} // namespace dwh

namespace Ui {
class CredentialsPage;
}

namespace dwh::gui {

class BrowserSignInPanel;
class DeviceCodePanel;

/**
 * Page 2, "Link credentials": tenant, environment URLs, sign-in mode (client secret, device code,
 * interactive browser), app registration and client secret, validated inline as the user types.
 * Next is allowed only after "Test connection" signed in to all three services with exactly what
 * is on the page; the test signs in through the session's token provider, so the run reuses
 * that sign-in. A device code sign-in shows its code and countdown, an interactive one says the
 * browser opened; both can be cancelled. The test ends with the least-privilege preflight. The
 * secret (or, for a user, the refresh token) stays in memory unless the user ticks "remember",
 * which stores it in the system keychain (never in a file); "Sign out" forgets both.
 */
class CredentialsPage final : public SessionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsPage)
public:
    explicit CredentialsPage(WizardSession *session, QWidget *parent = nullptr);
    ~CredentialsPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void alignFormLabels();
    void fillFrom(const Profile &profile);
    /** The profile as entered, not validated. */
    Profile fieldsProfile() const;
    /** The profile as entered; nullopt (and the first problem) when it is not usable yet. */
    std::optional<Profile> profileFromFields(QString *problem) const;
    bool fieldsValid() const;
    void onFieldEdited();
    void onSecretEdited();
    void onTestClicked();
    void startTest(const Profile &profile);
    void onTestFinished(const QList<ServiceCheck> &checks, bool allOk, const QString &signInError);
    /** The status line of a failed test: names the cause class, not just "sign-in failed". */
    QString failureHeadline(FailureCause cause, const QString &services) const;
    static QString causeWord(FailureCause cause);
    void onServiceFinished(Service service, bool ok);
    /** "Signing in to … (12 s)": the services still waited for, and for how long. */
    void showProgress();
    void setTesting(bool testing);
    void onSaveProfileClicked();
    void onExportProfileClicked();
    void onShowSecretToggled(bool show);
    void onModeChanged();
    void onSignOutClicked();
    void cancelSignIn();
    void watchProvider(TokenProvider *provider);
    void onDeviceCode(const DeviceCodePrompt &prompt);
    void onBrowserStarted(const QUrl &url, bool opened);
    void endPrompts();
    AuthMode mode() const;
    void onAdvancedToggled(bool show);
    void updateFieldErrors();
    void setFieldError(QLabel *label, const QString &problem);
    void setTestStatus(CheckStatus status, const QString &text);
    void setWaitingStatus(const QString &text);
    void readRememberedSecret();
    void storeSecret(const Profile &profile);
    void forgetRemembered(const Profile &profile);
    void invalidateTest();
    /** "Pick…" is offered once a connection test read the F&O legal entities. */
    void updatePickButton();
    void onPickLegalEntitiesClicked();

    std::unique_ptr<Ui::CredentialsPage> m_ui;
    ConnectionTester *m_tester;
    DeviceCodePanel *m_deviceCodePanel;
    BrowserSignInPanel *m_browserPanel;
    QElapsedTimer m_testClock;
    QTimer m_progressTimer;
    bool m_verified = false;
    bool m_testing = false;
    bool m_filling = false;
};

} // namespace dwh::gui
