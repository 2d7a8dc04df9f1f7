// SPDX-License-Identifier: MIT
#pragma once

#include "legalentitychoice.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QLineEdit;
class QListWidget;
class QLabel;

namespace dwh::gui {

/**
 * The pick list behind the credentials page's "Pick" button: the finance and operations legal
 * entities the connection test read, each with a check box, filtered as the user types; the
 * profile's current codes come ticked (a code F&O did not return stays listed, ticked, and marked
 * as not read). No network: it only shows what the test already read.
 */
class LegalEntityPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegalEntityPicker)
public:
    LegalEntityPicker(const QList<LegalEntityChoice> &entities, const QStringList &current,
                      QWidget *parent = nullptr);

    /** The ticked codes, in the list's order; empty: "as read from the link". */
    QStringList selectedCodes() const;

private:
    void applyFilter(const QString &text);
    void setAllVisible(bool checked);
    void updateCount();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_count;
};

} // namespace dwh::gui
