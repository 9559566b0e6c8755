#pragma once

#include "core/auth/results/AuthResultsField.h"

#include <QFrame>

class QLabel;
class QTableWidget;

namespace kensa {

// One Authentication-Results (or ARC-Authentication-Results) field as the receiver wrote it:
// who wrote it, whether Kensa trusts it, and each method's result with its properties.
class AuthResultsBlock : public QFrame
{
    Q_OBJECT

public:
    explicit AuthResultsBlock(const AuthResultsField &field, QWidget *parent = nullptr);

    const AuthResultsField &field() const { return m_field; }
    QTableWidget *table() const { return m_table; }
    QString trustText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AuthResultsField m_field;
    QLabel *m_title = nullptr;
    QLabel *m_trust = nullptr;
    QLabel *m_problems = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace kensa
