// SPDX-License-Identifier: MIT
#include "languagechooser.h"

#include "language.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProcess>
#include <QPushButton>

namespace dwh::gui {

LanguageChooser::LanguageChooser(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_restart(new QPushButton(tr("&Restart now"), this))
{
    auto *label = new QLabel(tr("Lan&guage:"), this);
    label->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    m_combo->setToolTip(tr("The language of the wizard and of the reports it writes"));
    m_combo->setAccessibleName(tr("Language"));
    m_combo->setAccessibleDescription(
        tr("The language of the wizard and of the reports it writes; it changes at the next start"));
    m_combo->addItem(tr("System (%1)").arg(Language::nativeName(Language::fromLocale(QLocale::system()))),
                     QString());
    for (const QString &code : Language::available())
        m_combo->addItem(Language::nativeName(code), code);
    const int saved = m_combo->findData(Language::setting());
    m_combo->setCurrentIndex(saved >= 0 ? saved : 0);

    m_note->setWordWrap(true);
    m_note->hide();
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->setToolTip(tr("Close the wizard and start dwhealth again in the chosen language"));
    m_restart->setAccessibleDescription(m_restart->toolTip());
    m_restart->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_restart);
    layout->addStretch();

    connect(m_combo, &QComboBox::currentIndexChanged, this, &LanguageChooser::onChosen);
    connect(m_restart, &QPushButton::clicked, this, &LanguageChooser::restart);
}

void LanguageChooser::onChosen(int index)
{
    const QString code = m_combo->itemData(index).toString();
    Language::setSetting(code);
    const bool differs = Language::choose(code) != Language::current();
    m_note->setText(differs ? tr("Takes effect at the next start.") : QString());
    m_note->setVisible(differs);
    m_restart->setVisible(differs);
}

void LanguageChooser::restart()
{
    // The same arguments, without a --lang that would override the new setting.
    QStringList arguments;
    const QStringList given = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < given.size(); ++i) {
        if (given.at(i) == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!given.at(i).startsWith(QLatin1String("--lang=")))
            arguments << given.at(i);
    }
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        emit restartRequested();
    else
        m_note->setText(tr("dwhealth could not be started again; close it and start it yourself."));
}

} // namespace dwh::gui
