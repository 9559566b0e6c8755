#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace kensa {

// What the window shows before a message is loaded: an invitation to drop, open or paste.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void openRequested();
    void pasteRequested();
    void sampleRequested();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_paste = nullptr;
    QPushButton *m_sample = nullptr;
};

} // namespace kensa
