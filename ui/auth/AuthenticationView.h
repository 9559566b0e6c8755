#pragma once

#include "core/report/Report.h"

#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace kensa {

class AuthResultsBlock;
class DkimCard;
class ArcCard;
class DmarcCard;
class SpfCard;

// The Authentication tab: what the receiver recorded (Authentication-Results) and what Kensa
// re-verified (one card per DKIM signature), side by side.
class AuthenticationView : public QScrollArea
{
    Q_OBJECT

public:
    explicit AuthenticationView(QWidget *parent = nullptr);

    void setReport(const Report &report);
    QList<DkimCard *> dkimCards() const;
    QList<AuthResultsBlock *> authResultsBlocks() const;
    DmarcCard *dmarcCard() const;
    SpfCard *spfCard() const;
    ArcCard *arcCard() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();

    Report m_report;
    bool m_hasReport = false;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_dkimTitle = nullptr;
    QLabel *m_dkimNote = nullptr;
    QWidget *m_dkimCards = nullptr;
    QLabel *m_dmarcTitle = nullptr;
    QWidget *m_dmarcBox = nullptr;
    QLabel *m_arTitle = nullptr;
    QLabel *m_arNote = nullptr;
    QWidget *m_arBlocks = nullptr;
};

} // namespace kensa
