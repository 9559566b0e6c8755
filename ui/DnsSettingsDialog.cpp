#include "ui/DnsSettingsDialog.h"

#include "core/i18n/Explanations.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kensa {

namespace {

QStringList splitServers(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

DnsSettingsDialog::DnsSettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("dnsSettingsDialog"));

    m_sourceBox = new QGroupBox(this);
    m_systemButton = new QRadioButton(m_sourceBox);
    m_systemButton->setObjectName(QStringLiteral("dnsSystem"));
    m_serversButton = new QRadioButton(m_sourceBox);
    m_serversButton->setObjectName(QStringLiteral("dnsServers"));
    m_servers = new QLineEdit(m_sourceBox);
    m_servers->setObjectName(QStringLiteral("dnsServerList"));
    // The wrapped hints below take more lines in Japanese: the field keeps its full height.
    m_servers->setMinimumHeight(m_servers->sizeHint().height());
    m_serversHint = new QLabel(m_sourceBox);
    m_serversHint->setWordWrap(true);
    m_offlineButton = new QRadioButton(m_sourceBox);
    m_offlineButton->setObjectName(QStringLiteral("dnsOffline"));
    m_offlineHint = new QLabel(m_sourceBox);
    m_offlineHint->setWordWrap(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_systemButton);
    group->addButton(m_serversButton);
    group->addButton(m_offlineButton);
    connect(group, &QButtonGroup::buttonToggled, this, &DnsSettingsDialog::updateEnabled);

    m_timeoutLabel = new QLabel(m_sourceBox);
    m_timeout = new QSpinBox(m_sourceBox);
    m_timeout->setRange(1, 30);
    m_timeoutLabel->setBuddy(m_timeout);

    auto *sourceLayout = new QVBoxLayout(m_sourceBox);
    sourceLayout->addWidget(m_systemButton);
    sourceLayout->addWidget(m_serversButton);
    auto *serversRow = new QVBoxLayout;
    serversRow->setContentsMargins(24, 0, 0, 0);
    serversRow->addWidget(m_servers);
    serversRow->addWidget(m_serversHint);
    sourceLayout->addLayout(serversRow);
    sourceLayout->addWidget(m_offlineButton);
    auto *offlineRow = new QVBoxLayout;
    offlineRow->setContentsMargins(24, 0, 0, 0);
    offlineRow->addWidget(m_offlineHint);
    sourceLayout->addLayout(offlineRow);
    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_timeoutLabel);
    timeoutRow->addWidget(m_timeout);
    timeoutRow->addStretch(1);
    sourceLayout->addLayout(timeoutRow);

    m_zonesBox = new QGroupBox(this);
    m_zonesHint = new QLabel(m_zonesBox);
    m_zonesHint->setWordWrap(true);
    m_zones = new QListWidget(m_zonesBox);
    m_zones->setObjectName(QStringLiteral("dnsZoneFiles"));
    m_zones->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_addZone = new QPushButton(m_zonesBox);
    m_removeZone = new QPushButton(m_zonesBox);
    connect(m_addZone, &QPushButton::clicked, this, &DnsSettingsDialog::addZoneFiles);
    connect(m_removeZone, &QPushButton::clicked, this, [this] { qDeleteAll(m_zones->selectedItems()); });
    auto *zoneButtons = new QHBoxLayout;
    zoneButtons->addWidget(m_addZone);
    zoneButtons->addWidget(m_removeZone);
    zoneButtons->addStretch(1);
    auto *zonesLayout = new QVBoxLayout(m_zonesBox);
    zonesLayout->addWidget(m_zonesHint);
    zonesLayout->addWidget(m_zones);
    zonesLayout->addLayout(zoneButtons);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DnsSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sourceBox);
    layout->addWidget(m_zonesBox, 1);
    layout->addWidget(m_buttons);

    setConfig(DnsConfig{});
    retranslateUi();
    resize(640, 560); // room for the hints, which wrap to more lines in Japanese
}

void DnsSettingsDialog::setConfig(const DnsConfig &config)
{
    m_servers->setText(config.servers.join(QStringLiteral(", ")));
    if (config.offline)
        m_offlineButton->setChecked(true);
    else if (!config.servers.isEmpty())
        m_serversButton->setChecked(true);
    else
        m_systemButton->setChecked(true);
    m_timeout->setValue(qBound(1, (config.timeoutMs + 999) / 1000, 30));
    m_zones->clear();
    for (const QString &file : config.zoneFiles) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(file), m_zones);
        item->setData(Qt::UserRole, file);
    }
    updateEnabled();
}

DnsConfig DnsSettingsDialog::config() const
{
    DnsConfig config;
    config.offline = m_offlineButton->isChecked();
    if (m_serversButton->isChecked())
        config.servers = splitServers(m_servers->text());
    config.timeoutMs = m_timeout->value() * 1000;
    for (int i = 0; i < m_zones->count(); ++i)
        config.zoneFiles << m_zones->item(i)->data(Qt::UserRole).toString();
    return config;
}

DnsConfig DnsSettingsDialog::loadSettings()
{
    QSettings settings;
    DnsConfig config;
    config.servers = settings.value(QStringLiteral("dns/servers")).toStringList();
    config.offline = settings.value(QStringLiteral("dns/offline"), false).toBool();
    config.timeoutMs = qBound(1000, settings.value(QStringLiteral("dns/timeoutMs"), config.timeoutMs).toInt(), 30000);
    config.zoneFiles = settings.value(QStringLiteral("dns/zoneFiles")).toStringList();
    return config;
}

void DnsSettingsDialog::saveSettings(const DnsConfig &config)
{
    QSettings settings;
    settings.setValue(QStringLiteral("dns/servers"), config.servers);
    settings.setValue(QStringLiteral("dns/offline"), config.offline);
    settings.setValue(QStringLiteral("dns/timeoutMs"), config.timeoutMs);
    settings.setValue(QStringLiteral("dns/zoneFiles"), config.zoneFiles);
}

void DnsSettingsDialog::accept()
{
    const DnsConfig chosen = config();
    if (m_serversButton->isChecked() && chosen.servers.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Enter at least one DNS server, or choose the system's resolver."));
        m_servers->setFocus();
        return;
    }
    // Building the chain checks the server syntax and loads every zone file once, so a mistake
    // is shown here rather than as failed checks later. No query is sent.
    const auto built = DnsSetup::build(chosen);
    if (const auto *bad = std::get_if<DnsConfigError>(&built)) {
        QString where = QDir::toNativeSeparators(bad->subject);
        if (bad->error.line > 0)
            where = tr("%1, line %2").arg(where).arg(bad->error.line);
        QMessageBox::warning(this, windowTitle(),
                             where + QStringLiteral("\n\n") + Explanations::text(makeFinding(bad->error.key, Severity::Error)));
        return;
    }
    QDialog::accept();
}

void DnsSettingsDialog::addZoneFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Zone Files"), QString(), tr("Zone files and DNS snapshots (*.zone *.txt);;All files (*)"));
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(file), m_zones);
        item->setData(Qt::UserRole, file);
    }
}

void DnsSettingsDialog::updateEnabled()
{
    m_servers->setEnabled(m_serversButton->isChecked());
    m_timeout->setEnabled(!m_offlineButton->isChecked());
}

void DnsSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DnsSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("DNS Settings"));
    m_sourceBox->setTitle(tr("Where DNS answers come from"));
    m_systemButton->setText(tr("The system's DNS resolver"));
    m_serversButton->setText(tr("These DNS servers:"));
    m_servers->setPlaceholderText(tr("for example 192.0.2.53, [2001:db8::53]:5353"));
    // The example is read whole, in either language: the field is at least as wide as it.
    m_servers->setMinimumWidth(m_servers->fontMetrics().horizontalAdvance(m_servers->placeholderText())
                               + m_servers->textMargins().left() + m_servers->textMargins().right() + 24);
    m_servers->setAccessibleName(tr("DNS servers"));
    m_serversHint->setText(tr("IP addresses, with an optional port, separated by commas."));
    m_offlineButton->setText(tr("Offline: send no DNS query at all"));
    m_offlineHint->setText(
        tr("Only the zone files below answer. Checks that need any other name say that they could not be verified offline."));
    m_timeoutLabel->setText(tr("Time allowed per query (seconds):"));
    m_zonesBox->setTitle(tr("Zone files and saved DNS snapshots"));
    m_zonesHint->setText(tr("These answer first, for the names they hold; other names go to DNS unless Kensa is offline. "
                            "Save a snapshot from File > Save DNS Snapshot to repeat an analysis later exactly as it was."));
    m_zones->setAccessibleName(tr("Zone files and saved DNS snapshots"));
    m_addZone->setText(tr("Add…"));
    m_removeZone->setText(tr("Remove"));
}

} // namespace kensa
