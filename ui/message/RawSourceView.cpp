#include "ui/message/RawSourceView.h"

#include "core/message/Message.h"
#include "ui/style/StatusStyle.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace kensa {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(RawSourceView *view)
        : QWidget(view)
        , m_view(view)
    {}
    QSize sizeHint() const override { return {m_view->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintLineNumbers(event); }

private:
    RawSourceView *m_view;
};

// Colours header field names in the header section (the lines before the body).
class HeaderHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;
    int headerLines = 0;

protected:
    void highlightBlock(const QString &text) override
    {
        const int line = currentBlock().blockNumber() + 1;
        if (line > headerLines)
            return;
        if (text.isEmpty() || text.at(0) == u' ' || text.at(0) == u'\t')
            return;
        const qsizetype colon = text.indexOf(u':');
        if (colon <= 0)
            return;
        QTextCharFormat name;
        // Blue field names, lighter on a dark palette.
        name.setForeground(StatusStyle::isDark(QGuiApplication::palette()) ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1f, 0x5f, 0xa8));
        name.setFontWeight(QFont::Bold);
        setFormat(0, int(colon + 1), name);
    }
};

namespace {

QString displayLine(QByteArrayView bytes)
{
    QString line = Message::rawText(
        bytes.first(qMin<qsizetype>(bytes.size(), RawSourceView::MaxDisplayedLineLength)));
    // Control characters would garble the view; show them as their Unicode pictures.
    for (QChar &c : line) {
        if (c.unicode() < 0x20 && c != u'\t')
            c = QChar(0x2400 + c.unicode());
    }
    if (bytes.size() > RawSourceView::MaxDisplayedLineLength) {
        line += QStringLiteral(" … ");
        line += RawSourceView::tr("[line cut for display: %n byte(s) in all]", nullptr, int(qMin<qsizetype>(bytes.size(), INT_MAX)));
    }
    return line;
}

} // namespace

RawSourceView::RawSourceView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("rawSourceView"));
    setReadOnly(true);
    setAcceptDrops(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUndoRedoEnabled(false);
    m_lineNumbers = new LineNumberArea(this);
    m_highlighter = new HeaderHighlighter(document());
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] {
        setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    });
    connect(this, &QPlainTextEdit::updateRequest, this, &RawSourceView::updateLineNumberArea);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void RawSourceView::setMessage(const Message &message)
{
    const QByteArray &bytes = message.bytes();
    QStringList lines;
    qsizetype pos = 0;
    while (pos < bytes.size() && lines.size() < MaxDisplayedLines) {
        qsizetype nl = bytes.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? bytes.size() : nl;
        qsizetype contentEnd = end;
        if (contentEnd > pos && bytes.at(contentEnd - 1) == '\r')
            --contentEnd;
        lines.append(displayLine(QByteArrayView(bytes).sliced(pos, contentEnd - pos)));
        pos = nl < 0 ? bytes.size() : nl + 1;
    }
    if (pos < bytes.size())
        lines.append(tr("[the rest of the message is not shown: %n byte(s)]", nullptr, int(qMin<qsizetype>(bytes.size() - pos, INT_MAX))));
    m_headerLines = message.bodyLine() > 0 ? message.bodyLine() - 1 : int(lines.size());
    m_highlighter->headerLines = m_headerLines;
    setPlainText(lines.join(u'\n'));
}

void RawSourceView::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.select(QTextCursor::LineUnderCursor);
    setTextCursor(cursor);
    centerCursor();
}

void RawSourceView::selectLines(int first, int last)
{
    const QTextBlock begin = document()->findBlockByNumber(first - 1);
    if (!begin.isValid())
        return;
    QTextBlock end = document()->findBlockByNumber(qMax(first, last) - 1);
    if (!end.isValid())
        end = document()->lastBlock();
    QTextCursor cursor(begin);
    cursor.setPosition(end.position() + end.length() - 1, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
}

int RawSourceView::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void RawSourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void RawSourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void RawSourceView::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void RawSourceView::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.drawText(0,
                             top,
                             m_lineNumbers->width() - 6,
                             fontMetrics().height(),
                             Qt::AlignRight,
                             QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

} // namespace kensa
