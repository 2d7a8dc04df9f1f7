// SPDX-License-Identifier: MIT
// The Fleet view: saved profiles with their last result and trend; run all or a selection.
#include "fleetdialog.h"

#include "fleetrun.h"
#include "fleettrend.h"
#include "historystore.h"
#include "profilesecret.h"
#include "profilestore.h"
#include "secretstore.h"
#include "tokenprovider.h"
#include "tokenproviderfactory.h"
#include "urlpolicy.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dwh::gui {

namespace {

bool runnable(const Profile &profile, QString *why)
{
    if (profile.authMode != AuthMode::ClientSecret) {
        *why = FleetDialog::tr("signs in a person: open it to check it");
        return false;
    }
    if (!isKnownEntraAuthority(profile.authority)) {
        *why = FleetDialog::tr("its authority is not a Microsoft Entra ID sign-in host: open it");
        return false;
    }
    return true;
}

} // namespace

FleetDialog::FleetDialog(QWidget *parent, int parallel)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_runAll(new QPushButton(tr("Run &all"), this))
    , m_runSelected(new QPushButton(tr("Run &selected"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_parallel(parallel)
{
    setWindowTitle(tr("Fleet: every saved environment"));
    setObjectName(QStringLiteral("fleetDialog"));
    m_table->setObjectName(QStringLiteral("fleetTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Profile"), tr("Last run"), tr("Last result"), tr("Trend"), tr("This run")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    for (int column = 0; column < ThisRunColumn; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ThisRunColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Saved environments"));
    m_table->setAccessibleDescription(
        tr("Each saved profile with its last result and trend from the history"));
    m_status->setObjectName(QStringLiteral("fleetStatus"));
    m_status->setWordWrap(true);
    m_runAll->setObjectName(QStringLiteral("runAllButton"));
    m_runSelected->setObjectName(QStringLiteral("runSelectedButton"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_runAll->setToolTip(tr("Check every saved profile, %1 at once; each run is stored in the history")
                             .arg(m_parallel));
    m_runSelected->setToolTip(tr("Check the selected profiles"));
    m_open->setToolTip(tr("Check the selected profile in the wizard"));
    for (QPushButton *b : {m_runAll, m_runSelected, m_open})
        b->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_runAll, QDialogButtonBox::ActionRole);
    buttons->addButton(m_runSelected, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runAll, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (int row = 0; row < m_table->rowCount(); ++row)
            rows << row;
        runRows(rows);
    });
    connect(m_runSelected, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end());
        runRows(rows);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || isRunning())
            return;
        emit profileChosen(m_names.at(row));
        accept();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FleetDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, m_open, &QPushButton::click);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Saved environments, their last result and how it changed. Runs "
                                "use the profile's auth.clientSecretEnv variable, the keychain, or "
                                "DWHEALTH_CLIENT_SECRET."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 420);
    reload();
}

FleetDialog::~FleetDialog() = default;

bool FleetDialog::isRunning() const
{
    return m_run != nullptr || m_pendingReads > 0;
}

void FleetDialog::reload()
{
    m_names = ProfileStore::names();
    m_profiles.clear();
    m_table->setRowCount(int(m_names.size()));
    for (int row = 0; row < m_names.size(); ++row) {
        QString error;
        const std::optional<Profile> profile = ProfileStore::load(m_names.at(row), &error);
        m_profiles << profile.value_or(Profile());
        setCell(row, NameColumn, m_names.at(row));
        setCell(row, ThisRunColumn, profile ? QString() : error);
        fillHistory(row);
    }
    m_status->setText(m_names.isEmpty() ? tr("No saved profile yet: save one in the wizard first.")
                                        : tr("Saved environments: %1.").arg(m_names.size()));
    updateButtons();
}

void FleetDialog::fillHistory(int row)
{
    const fleet::EnvironmentTrend trend = fleet::trendOf(HistoryStore(), m_names.at(row));
    const bool ran = trend.direction != fleet::EnvironmentTrend::Direction::NoRun;
    setCell(row, LastRunColumn, ran ? QDateTime::fromString(trend.lastStartedAt, Qt::ISODate)
                                          .toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : tr("—"));
    setCell(row, ResultColumn, ran ? tr("%1: %2 failed, %3 unknown, %4 warnings")
                                         .arg(fleet::exitText(trend.lastExit))
                                         .arg(trend.lastSummary.fail)
                                         .arg(trend.lastSummary.unknown)
                                         .arg(trend.lastSummary.warning)
                                   : tr("—"));
    setCell(row, TrendColumn, fleet::trendText(trend));
}

void FleetDialog::setCell(int row, int column, const QString &text)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        m_table->setItem(row, column, item);
    }
    item->setText(text);
    item->setToolTip(text);
}

void FleetDialog::updateButtons()
{
    const bool running = isRunning();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_runAll->setEnabled(!running && m_table->rowCount() > 0);
    m_runSelected->setEnabled(!running && selected > 0);
    m_open->setEnabled(!running && selected == 1);
}

void FleetDialog::runRows(const QList<int> &rows)
{
    if (isRunning() || rows.isEmpty())
        return;
    m_runRows.clear();
    m_runProfiles.clear();
    m_keychain.clear();
    for (int row : rows) {
        QString why;
        if (m_profiles.at(row).tenantId.isEmpty()) {
            continue;  // the row says why it cannot load
        }
        if (!runnable(m_profiles.at(row), &why)) {
            setCell(row, ThisRunColumn, tr("not run: %1").arg(why));
            continue;
        }
        setCell(row, ThisRunColumn, tr("waiting"));
        m_runRows << row;
        m_runProfiles << m_profiles.at(row);
    }
    if (m_runRows.isEmpty()) {
        m_status->setText(tr("Nothing to run."));
        return;
    }
    // The keychain answers asynchronously: its secrets are read first, then the run starts.
    for (const Profile &profile : std::as_const(m_runProfiles)) {
        if (!profile.clientSecretEnv.isEmpty() || !ProfileStore::remembersSecret(profile.name))
            continue;
        ++m_pendingReads;
        SecretStore::read(profile, this, [this, name = profile.name](bool ok, const QByteArray &secret,
                                                                     const QString &) {
            if (ok && !secret.isEmpty())
                m_keychain.insert(name, secret);
            if (--m_pendingReads == 0)
                startRun();
        });
    }
    updateButtons();
    if (m_pendingReads == 0)
        startRun();
}

void FleetDialog::startRun()
{
    fleet::FleetRunOptions options;
    options.limits.parallel = m_parallel;
    auto tokens = [this](int index, QString *error) -> std::unique_ptr<TokenProvider> {
        const Profile &profile = m_runProfiles.at(index);
        QByteArray secret = profile.clientSecretEnv.isEmpty() && m_keychain.contains(profile.name)
            ? m_keychain.value(profile.name)
            : fleet::profileSecret(profile, qgetenv("DWHEALTH_CLIENT_SECRET"), error);
        if (secret.isEmpty())
            return nullptr;
        std::unique_ptr<TokenProvider> provider = createTokenProvider(profile, secret, 30000);
        secret.fill('\0');
        m_keychain.remove(profile.name);
        return provider;
    };
    m_run = std::make_unique<fleet::FleetRun>(m_runProfiles, options, tokens);
    connect(m_run.get(), &fleet::FleetRun::environmentStarted, this, [this](int index) {
        setCell(m_runRows.at(index), ThisRunColumn, tr("checking…"));
    });
    connect(m_run.get(), &fleet::FleetRun::environmentProgress, this,
            [this](int index, int done, int total) {
                setCell(m_runRows.at(index), ThisRunColumn,
                        tr("checking: %1 of %2 read").arg(done).arg(total));
            });
    connect(m_run.get(), &fleet::FleetRun::environmentFinished, this,
            &FleetDialog::onEnvironmentFinished);
    connect(m_run.get(), &fleet::FleetRun::finished, this, &FleetDialog::onRunFinished);
    m_status->setText(tr("Checking environments: %1…").arg(m_runRows.size()));
    updateButtons();
    m_run->start();
}

void FleetDialog::onEnvironmentFinished(int index, const Report &report, int exitCode,
                                        const QString &problem)
{
    const int row = m_runRows.at(index);
    if (!problem.isEmpty()) {
        setCell(row, ThisRunColumn, tr("not run: %1").arg(problem));
        return;
    }
    QString error;
    const bool stored = !HistoryStore().store(report, &error).isEmpty();
    const ReportSummary s = report.summary();
    setCell(row, ThisRunColumn,
            tr("%1: %2 failed, %3 unknown, %4 warnings")
                    .arg(fleet::exitText(exitCode)).arg(s.fail).arg(s.unknown).arg(s.warning)
                + (stored ? QString() : tr(" (not stored in the history: %1)").arg(error)));
    fillHistory(row);
}

void FleetDialog::onRunFinished()
{
    m_run.release()->deleteLater();
    m_keychain.clear();
    m_status->setText(tr("Done. Environments checked: %1.").arg(m_runRows.size()));
    updateButtons();
    emit runFinished();
}

} // namespace dwh::gui
