#pragma once

#include "core/dns/DnsConfig.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace kensa {

// Where Kensa's DNS answers come from: the system's resolver, chosen servers, or none at all
// (offline), and zone files or saved snapshots that answer first. Stored in QSettings.
class DnsSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DnsSettingsDialog(QWidget *parent = nullptr);

    void setConfig(const DnsConfig &config);
    DnsConfig config() const;

    static DnsConfig loadSettings();
    static void saveSettings(const DnsConfig &config);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();
    void addZoneFiles();

    QGroupBox *m_sourceBox = nullptr;
    QRadioButton *m_systemButton = nullptr;
    QRadioButton *m_serversButton = nullptr;
    QRadioButton *m_offlineButton = nullptr;
    QLineEdit *m_servers = nullptr;
    QLabel *m_serversHint = nullptr;
    QLabel *m_offlineHint = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
    QGroupBox *m_zonesBox = nullptr;
    QLabel *m_zonesHint = nullptr;
    QListWidget *m_zones = nullptr;
    QPushButton *m_addZone = nullptr;
    QPushButton *m_removeZone = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kensa
