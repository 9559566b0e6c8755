#include "ui/HelpWindow.h"

#include "core/i18n/Localization.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QVBoxLayout>

namespace kensa {

namespace {

const QString ShortcutsMarker = QStringLiteral("<!-- kensa:shortcuts -->");

// A menu text as a name in running text: no mnemonic ("&Open…", "開く(&O)…"), no ellipsis.
QString plainActionText(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)"));
    text.remove(mnemonic);
    text.remove(u'&');
    text.remove(u'…');
    return text.trimmed();
}

} // namespace

HelpBrowser::HelpBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    // Kensa opens nothing outside itself: links are handled by HelpWindow, inside the page.
    setOpenExternalLinks(false);
    setOpenLinks(false);
}

QVariant HelpBrowser::loadResource(int type, const QUrl &name)
{
    const QUrl url = name.isRelative() ? source().resolved(name) : name;
    if (url.scheme() != u"qrc")
        return {};
    return QTextBrowser::loadResource(type, url);
}

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    resize(860, 720);
    auto *layout = new QVBoxLayout(this);
    m_browser = new HelpBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    layout->addWidget(m_browser, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::onAnchor);
    retranslateUi();
}

QUrl HelpWindow::pageUrl(const QString &language)
{
    return QUrl(QStringLiteral("qrc:/help/kensa-help.%1.html").arg(language == u"ja" ? language : QStringLiteral("en")));
}

void HelpWindow::setShortcuts(const QList<QAction *> &actions)
{
    m_actions.clear();
    for (QAction *action : actions)
        m_actions.append(action);
    render();
}

void HelpWindow::showSection(const QString &anchor)
{
    if (anchor.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
    else
        m_browser->scrollToAnchor(anchor);
}

void HelpWindow::onAnchor(const QUrl &url)
{
    // Only a link to a section of this page moves; any other link stays where it is.
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment())
        showSection(url.fragment());
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HelpWindow::retranslateUi()
{
    setWindowTitle(tr("Kensa Help"));
    m_browser->setAccessibleName(tr("Help page"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    render();
}

QString HelpWindow::shortcutTable() const
{
    QString rows;
    for (const QPointer<QAction> &action : m_actions) {
        if (!action || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts()) {
            // Backtab is how Shift+Tab arrives, listed once already; Back and Forward are the
            // browser keys of some keyboards, not keys to read about.
            const Qt::Key k = key[0].key();
            if (k == Qt::Key_Backtab || k == Qt::Key_Back || k == Qt::Key_Forward)
                continue;
            keys << key.toString(QKeySequence::NativeText).toHtmlEscaped();
        }
        if (keys.isEmpty())
            continue;
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                    .arg(plainActionText(action->text()).toHtmlEscaped(), keys.join(QStringLiteral(", ")));
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr><th>%1</th><th>%2</th></tr>\n%3</table>\n")
        .arg(tr("Command").toHtmlEscaped(), tr("Keys").toHtmlEscaped(), rows);
}

void HelpWindow::render()
{
    const QString language = Localization::current();
    QFile page(pageUrl(language).toString().mid(3)); // "qrc:/help/…" is ":/help/…" for QFile
    if (!page.open(QIODevice::ReadOnly))
        return;
    const int scroll = language == m_language ? m_browser->verticalScrollBar()->value() : 0;
    m_language = language;
    QString html = QString::fromUtf8(page.readAll());
    html.replace(ShortcutsMarker, shortcutTable());
    m_browser->setHtml(html);
    m_browser->verticalScrollBar()->setValue(scroll);
}

} // namespace kensa
