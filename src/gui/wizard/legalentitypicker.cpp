// SPDX-License-Identifier: MIT
// The legal-entity pick list of the credentials page (issue 12): F&O's LegalEntities as read by
// the connection test, ticked into the profile's dualWrite.legalEntities override.
#include "legalentitypicker.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace dwh::gui {

namespace {

QString codeKey(const QString &code)
{
    return code.trimmed().toCaseFolded();
}

} // namespace

LegalEntityPicker::LegalEntityPicker(const QList<LegalEntityChoice> &entities,
                                     const QStringList &current, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("legalEntityPicker"));
    setWindowTitle(tr("Legal entities selected for dual-write"));
    auto *intro = new QLabel(
        tr("Tick the legal entities selected on the Dual-write page. The list is what finance and "
           "operations apps returned to the connection test. Nothing ticked: the checks use the "
           "companies enabled for dual-write in Dataverse, and say that the selection could not "
           "be read."),
        this);
    intro->setWordWrap(true);

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("legalEntityFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Code or name"));
    m_filter->setAccessibleName(tr("Filter legal entities"));
    m_filter->setAccessibleDescription(tr("Shows only the legal entities whose code or name "
                                          "contains the text"));

    m_list->setObjectName(QStringLiteral("legalEntityList"));
    m_list->setAccessibleName(tr("Finance and operations legal entities"));
    m_list->setAccessibleDescription(tr("Tick each legal entity selected for dual-write"));
    m_list->setUniformItemSizes(true);

    QSet<QString> chosen;
    for (const QString &code : current)
        chosen.insert(codeKey(code));
    QSet<QString> listed;
    for (const LegalEntityChoice &entity : entities) {
        if (entity.code.trimmed().isEmpty() || listed.contains(codeKey(entity.code)))
            continue;
        listed.insert(codeKey(entity.code));
        auto *item = new QListWidgetItem(
            entity.name.isEmpty() ? entity.code : tr("%1 — %2").arg(entity.code, entity.name), m_list);
        item->setData(Qt::UserRole, entity.code.trimmed());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(chosen.contains(codeKey(entity.code)) ? Qt::Checked : Qt::Unchecked);
    }
    for (const QString &code : current) {
        if (code.trimmed().isEmpty() || listed.contains(codeKey(code)))
            continue;
        listed.insert(codeKey(code));
        auto *item = new QListWidgetItem(
            tr("%1 — not returned by finance and operations apps").arg(code.trimmed()), m_list);
        item->setData(Qt::UserRole, code.trimmed());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }

    auto *selectAll = new QPushButton(tr("Tick &all shown"), this);
    selectAll->setObjectName(QStringLiteral("legalEntityTickAllButton"));
    selectAll->setToolTip(tr("Ticks every legal entity the filter shows"));
    auto *clearAll = new QPushButton(tr("&Untick all shown"), this);
    clearAll->setObjectName(QStringLiteral("legalEntityUntickAllButton"));
    clearAll->setToolTip(tr("Unticks every legal entity the filter shows"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Puts the ticked codes into the profile"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Leaves the profile's legal entities "
                                                             "as they were"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *tickRow = new QHBoxLayout;
    tickRow->addWidget(selectAll);
    tickRow->addWidget(clearAll);
    tickRow->addStretch(1);
    tickRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(tickRow);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &LegalEntityPicker::applyFilter);
    connect(selectAll, &QPushButton::clicked, this, [this] { setAllVisible(true); });
    connect(clearAll, &QPushButton::clicked, this, [this] { setAllVisible(false); });
    connect(m_list, &QListWidget::itemChanged, this, &LegalEntityPicker::updateCount);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
    resize(520, 480);
}

QStringList LegalEntityPicker::selectedCodes() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            out << item->data(Qt::UserRole).toString();
    }
    return out;
}

void LegalEntityPicker::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void LegalEntityPicker::setAllVisible(bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (!item->isHidden())
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void LegalEntityPicker::updateCount()
{
    m_count->setText(tr("%n ticked", nullptr, int(selectedCodes().size())));
}

} // namespace dwh::gui
