#pragma once

#include <QFrame>

class QLabel;

namespace kensa {

// The frame every verdict card shares: a coloured badge with the result word, a title, the
// receiver's verdict beside Kensa's, an explanation to paste to a customer, and grey evidence.
class VerdictCard : public QFrame
{
    Q_OBJECT

public:
    VerdictCard(const QString &result, const QString &objectName, QWidget *parent = nullptr);

    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;

    // "Recorded by X: Pass (pass)    <now label>: Fail (fail)".
    static QString verdicts(const QString &recordedBy, const QString &recorded, const QString &nowLabel, const QString &now);

    QLabel *m_badge = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_verdicts = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace kensa
