#pragma once

#include <QPointer>
#include <QTextBrowser>
#include <QWidget>

class QAction;
class QDialogButtonBox;

namespace kensa {

// A QTextBrowser that reads only the bundled help (qrc:), whatever a page asks for: no file
// outside the program, nothing from the network.
class HelpBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit HelpBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
};

// The help page (F1): bundled with the program, offline, in the language of the UI, and
// switched with it at run time. Links move inside the page only; nothing is opened outside.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // The page for `language` ("en", "ja") in the program's resources.
    static QUrl pageUrl(const QString &language);
    // Scrolls to a section of the page (the anchor names are the same in every language).
    void showSection(const QString &anchor);
    // The actions whose keys the "Keyboard" section lists, with their keys as this platform
    // shows them; read again whenever the page is shown in another language.
    void setShortcuts(const QList<QAction *> &actions);

    // For tests and screenshots.
    HelpBrowser *browser() const { return m_browser; }
    QString language() const { return m_language; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    QString shortcutTable() const;
    void onAnchor(const QUrl &url);

    HelpBrowser *m_browser = nullptr;
    QList<QPointer<QAction>> m_actions;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_language;
};

} // namespace kensa
