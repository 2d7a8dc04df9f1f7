// SPDX-License-Identifier: MIT
#pragma once

#include "checkstatus.h"
#include "connectiontester.h"
#include "sessionpage.h"

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;

namespace Ui {
class CredentialsPage;
}

namespace dwh::gui {

/**
 * Page 2, "Link credentials": tenant, environment URLs, app registration and client secret,
 * validated inline as the user types. Next is allowed only after "Test connection" signed in to
 * all three services with exactly what is on the page. The secret stays in memory unless the
 * user ticks "remember", which stores it in the system keychain (never in a file).
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
    /** The profile as entered; nullopt (and the reason) when it is not usable yet. */
    std::optional<Profile> profileFromFields(QString *problem) const;
    bool fieldsValid() const;
    void onFieldEdited();
    void onSecretEdited();
    void onTestClicked();
    void onTestFinished(const QList<ServiceCheck> &checks, bool allOk, const QString &signInError);
    void onShowSecretToggled(bool show);
    void onAdvancedToggled(bool show);
    void updateFieldErrors();
    void setFieldError(QLabel *label, const QString &problem);
    void setTestStatus(CheckStatus status, const QString &text);
    void readRememberedSecret();
    void storeSecret(const Profile &profile);
    void invalidateTest();

    std::unique_ptr<Ui::CredentialsPage> m_ui;
    ConnectionTester *m_tester;
    bool m_verified = false;
    bool m_testing = false;
    bool m_filling = false;
};

} // namespace dwh::gui
