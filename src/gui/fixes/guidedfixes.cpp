// SPDX-License-Identifier: MIT
#include "guidedfixes.h"

#include "companydiffdialog.h"
#include "owningteamdialog.h"
#include "resetwalkthrough.h"
#include "restoredialog.h"
#include "stalecleanupdialog.h"
#include "versionmatrixdialog.h"

#include <QDialog>

namespace dwh::gui {

namespace {

using Factory = QDialog *(*)(const QString &code, WizardSession *session, QWidget *parent);

/** For a dialog constructed as Dialog(code, session, parent). */
template<typename Dialog>
QDialog *withCode(const QString &code, WizardSession *session, QWidget *parent)
{
    return new Dialog(code, session, parent);
}

/** For a dialog constructed as Dialog(session, parent). */
template<typename Dialog>
QDialog *withoutCode(const QString &, WizardSession *session, QWidget *parent)
{
    return new Dialog(session, parent);
}

struct GuidedFix
{
    const char *code;
    Factory create;
};

// One line per code. A captureless lambda of the Factory signature works too.
const GuidedFix GUIDED_FIXES[] = {
    {"DWDVEV1003", withCode<CompanyDiffDialog>},
    {"DWFOEV1003", withCode<CompanyDiffDialog>},
    {"DWHC0202", withoutCode<VersionMatrixDialog>},
    {"DWDVEV1004", withCode<StaleCleanupDialog>},
    {"DWFOEV1004", withCode<StaleCleanupDialog>},
    {"DWDVEV1007", withCode<OwningTeamDialog>},
    {"DWFOEV1006", withCode<OwningTeamDialog>},
    {"reset", withoutCode<ResetWalkthrough>},
    {"restore", withoutCode<RestoreDialog>},
};

const GuidedFix *find(const QString &code)
{
    for (const GuidedFix &fix : GUIDED_FIXES) {
        if (code.compare(QLatin1String(fix.code), Qt::CaseInsensitive) == 0)
            return &fix;
    }
    return nullptr;
}

} // namespace

QStringList guidedFixCodes()
{
    QStringList codes;
    for (const GuidedFix &fix : GUIDED_FIXES)
        codes << QLatin1String(fix.code);
    return codes;
}

bool hasGuidedFix(const QString &code)
{
    return find(code) != nullptr;
}

QDialog *createGuidedFix(const QString &code, WizardSession *session, QWidget *parent)
{
    const GuidedFix *fix = find(code);
    return fix ? fix->create(code, session, parent) : nullptr;
}

} // namespace dwh::gui
