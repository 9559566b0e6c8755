#pragma once

#include <QPlainTextEdit>

namespace kensa {

class HeaderHighlighter;
class Message;

// The message source as text: monospace, line numbers, header names highlighted. Lines are the
// lines of the normalised message, so a finding's line number points here. Very long lines are
// cut for display only (the analysis always uses every byte).
class RawSourceView : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int MaxDisplayedLineLength = 4000;
    static constexpr int MaxDisplayedLines = 200000;

    explicit RawSourceView(QWidget *parent = nullptr);

    void setMessage(const Message &message);
    void goToLine(int line);
    // Selects lines `first` to `last` (1-based, inclusive; a folded header field) and scrolls to them.
    void selectLines(int first, int last);
    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberArea(const QRect &rect, int dy);

    QWidget *m_lineNumbers = nullptr;
    HeaderHighlighter *m_highlighter = nullptr;
    int m_headerLines = 0;
};

} // namespace kensa
