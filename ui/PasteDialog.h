#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace kensa {

// A large text field for the "show original" / "view source" text of a webmail.
class PasteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasteDialog(QWidget *parent = nullptr);

    QByteArray text() const;
    void setText(const QString &text);
    QPlainTextEdit *editor() const { return m_edit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    QLabel *m_hint = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kensa
