#include "core/text/HtmlText.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kensa;

namespace {

// One link as "href|text|h" (h: hidden), compact enough for a table column.
QStringList described(const HtmlText &doc)
{
    QStringList out;
    for (const HtmlLink &link : doc.links())
        out.append(link.href + u'|' + link.text + (link.hidden ? QStringLiteral("|h") : QString()));
    return out;
}

// The hidden runs of the text, as the words they hold.
QStringList hiddenWords(const HtmlText &doc)
{
    QStringList out;
    for (const HtmlTextRange &r : doc.hiddenRanges())
        out.append(doc.text().mid(r.start, r.end - r.start).trimmed());
    return out;
}

} // namespace

class TestHtmlText : public QObject
{
    Q_OBJECT
private slots:
    void read_data();
    void read();
    void positions();
    void isHidden();
    void hiddenRangeBounds();
    void blockBreaks_data();
    void blockBreaks();
    void linkLimit();
    void repeatedReadings();
    void corrupted_data();
    void corrupted();
    void wordsAroundEveryStop();
};

void TestHtmlText::read_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QStringList>("hidden");

    QTest::newRow("empty") << QString() << QString() << QStringList{} << QStringList{};
    QTest::newRow("plain-words") << QString("Hello,\r\n  world") << QString("Hello, world")
                                 << QStringList{} << QStringList{};
    QTest::newRow("block-elements-separate-words")
        << QString("<p>one</p><div>two</div>three<br>four") << QString("one two three four")
        << QStringList{} << QStringList{};
    QTest::newRow("inline-elements-join") << QString("un<b>sub</b>scribe") << QString("unsubscribe")
                                          << QStringList{} << QStringList{};
    // HTML character references, decoded by HtmlEntities, in text and in href.
    QTest::newRow("entities") << QString(
        "caf&#233; &amp; &#x3042;&nbsp;<a href=\"https://a.example/?p=1&amp;q=2\">"
        "A&lt;B</a>") << QString("café & あ A<B")
                              << QStringList{"https://a.example/?p=1&q=2|A<B"} << QStringList{};
    QTest::newRow("href-quoting") << QString(
        "<a href=\"https://a.example/\">A</a> <A HREF='http://b.example/'>B</A> "
        "<a class=x href=https://c.example/c>C</a>")
                                  << QString("A B C")
                                  << QStringList{"https://a.example/|A",
                                         "http://b.example/|B",
                                         "https://c.example/c|C"}
                                  << QStringList{};
    QTest::newRow("href-trimmed") << QString("<a href=\"  https://a.example/ \">A</a>")
                                  << QString("A") << QStringList{"https://a.example/|A"}
                                  << QStringList{};
    QTest::newRow("no-or-empty-href")
        << QString("<a name=\"top\">top</a> <a href=\"\">empty</a> <a href>bare</a>")
        << QString("top empty bare") << QStringList{} << QStringList{};
    // Only the attribute named href counts, not one that ends in it or a value that says it.
    QTest::newRow("href-look-alikes")
        << QString("<a data-href=\"https://x.example/\" title=\"href=https://y.example/\">x</a>")
        << QString("x") << QStringList{} << QStringList{};
    QTest::newRow("gt-inside-quoted-attribute")
        << QString("<a title=\"a > b\" href=\"https://a.example/\">A</a>") << QString("A")
        << QStringList{"https://a.example/|A"} << QStringList{};
    QTest::newRow("anchor-text-with-markup")
        << QString("<a href=\"https://a.example/u\"><span>Un</span>subscribe <img src=x></a> now")
        << QString("Unsubscribe now") << QStringList{"https://a.example/u|Unsubscribe"}
        << QStringList{};
    QTest::newRow("anchor-does-not-nest")
        << QString("<a href=\"https://a.example/\">A <a href=\"https://b.example/\">B</a>")
        << QString("A B") << QStringList{"https://a.example/|A", "https://b.example/|B"}
        << QStringList{};
    QTest::newRow("script-style-comment-skipped")
        << QString("<style>p{color:red}</style><script>var a='<a href=x>';</script>"
                   "<!-- <a href=\"https://c.example/\">c</a> -->visible<!DOCTYPE html><?xml?>")
        << QString("visible") << QStringList{} << QStringList{};
    QTest::newRow("head-and-title-skipped")
        << QString("<html><head><title>Title</title></head><body>Body</body></html>")
        << QString("Body") << QStringList{} << QStringList{};
    QTest::newRow("css-display-none")
        << QString("shown <div style=\"display: none !important\">gone "
                   "<a href=\"https://h.example/\">H</a></div> again")
        << QString("shown gone H again") << QStringList{"https://h.example/|H|h"}
        << QStringList{"gone H"};
    QTest::newRow("css-font-size-opacity-visibility")
        << QString("<span style=\"font-size:0px\">a</span>b<span style=\"opacity:0.0\">c</span>"
                   "d<span style=\"visibility:hidden\">e</span>f<span hidden>g</span>")
        << QString("abcdefg") << QStringList{} << QStringList{"a", "c", "e", "g"};
    QTest::newRow("css-nonzero-is-visible")
        << QString("<span style=\"font-size:1px;opacity:0.5\">seen</span>") << QString("seen")
        << QStringList{} << QStringList{};
    QTest::newRow("hidden-anchor-by-own-style")
        << QString("<a style=\"display:none\" href=\"https://t.example/\">track</a> shown")
        << QString("track shown") << QStringList{"https://t.example/|track|h"}
        << QStringList{"track"};
    QTest::newRow("hidden-ends-with-its-element")
        << QString("<div style=\"display:none\"><p>in</p></div><p>out</p>") << QString("in out")
        << QStringList{} << QStringList{"in"};
    QTest::newRow("mailto-and-relative")
        << QString("<a href=\"mailto:u@example.com\">U</a><a href=\"/local\">L</a>")
        << QString("UL") << QStringList{"mailto:u@example.com|U", "/local|L"} << QStringList{};
    QTest::newRow("lone-angle-brackets")
        << QString("1 < 2 and 3 > 2 <3") << QString("1 < 2 and 3 > 2 <3") << QStringList{}
        << QStringList{};
}

void TestHtmlText::read()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QFETCH(QStringList, links);
    QFETCH(QStringList, hidden);

    const HtmlText doc = HtmlText::read(html, 100);
    QCOMPARE(doc.text().trimmed(), text);
    QCOMPARE(described(doc), links);
    QCOMPARE(hiddenWords(doc), hidden);
    QVERIFY(!doc.linksCut());
}

void TestHtmlText::positions()
{
    const QString html = QStringLiteral("<p>Read <a href=\"https://a.example/\">the news</a>, or "
                                        "<a href='https://b.example/'>leave</a></p>");
    const HtmlText doc = HtmlText::read(html, 10);
    QCOMPARE(doc.links().size(), 2);
    const HtmlLink &first = doc.links().at(0);
    QCOMPARE(first.sourceOffset, html.indexOf(u"<a href=\"https://a"));
    QCOMPARE(doc.text().mid(first.textStart, first.textEnd - first.textStart), QString("the news"));
    const HtmlLink &second = doc.links().at(1);
    QCOMPARE(second.sourceOffset, html.indexOf(u"<a href='"));
    QCOMPARE(second.text, QString("leave"));
    QCOMPARE(doc.text().mid(first.textEnd, second.textStart - first.textEnd), QString(", or "));
}

void TestHtmlText::isHidden()
{
    const HtmlText doc = HtmlText::read(
        QStringLiteral("ab<span style=\"display:none\">cd</span>ef<b hidden>gh</b>"), 10);
    QCOMPARE(doc.text(), QString("abcdefgh"));
    const QString expected = QStringLiteral("..xx..xx");
    for (qsizetype i = 0; i < doc.text().size(); ++i)
        QCOMPARE(doc.isHidden(i), expected.at(i) == u'x');
    QVERIFY(!doc.isHidden(-1));
    QVERIFY(!doc.isHidden(doc.text().size()));
}

// Where block elements split the text: words on the two sides are not one sentence.
// Hidden ranges end exactly where their text ends, whether it came as a run of letters, a
// character reference or white space.
void TestHtmlText::hiddenRangeBounds()
{
    const HtmlText doc = HtmlText::read(
        u"<span style=\"display:none\">ab&amp;cd ef</span>gh<span hidden>ij  kl</span> mn"_qs, 10);
    QCOMPARE(doc.text(), u"ab&cd efghij kl mn"_qs);
    const QList<HtmlTextRange> expected{{0, 8}, {10, 15}};
    QCOMPARE(doc.hiddenRanges(), expected);
}

void TestHtmlText::blockBreaks_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qsizetype>>("breaks");

    QTest::newRow("br-between-lines") << QStringLiteral("ab<br>cd") << QStringLiteral("ab cd")
                                      << QList<qsizetype>{3};
    QTest::newRow("paragraphs") << QStringLiteral("<p>ab</p><p>cd</p>") << QStringLiteral("ab cd ")
                                << QList<qsizetype>{0, 3, 6};
    QTest::newRow("inline-only") << QStringLiteral("ab <b>c</b><a href='x'>d</a>")
                                 << QStringLiteral("ab cd") << QList<qsizetype>{};
}

void TestHtmlText::blockBreaks()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, breaks);

    const HtmlText doc = HtmlText::read(html, 10);
    QCOMPARE(doc.text(), text);
    QCOMPARE(doc.blockBreaks(), breaks);
}

void TestHtmlText::linkLimit()
{
    QString html;
    for (int i = 0; i < 30; ++i)
        html += QStringLiteral("<a href=\"https://l%1.example/\">%1</a>").arg(i);
    const HtmlText doc = HtmlText::read(html, 25);
    QCOMPARE(doc.links().size(), 25);
    QVERIFY(doc.linksCut());
    QCOMPARE(doc.links().last().href, QString("https://l24.example/"));
    QVERIFY(!HtmlText::read(html, 30).linksCut());
}

// A thread keeps its last reading: reading again, or another text in between, changes nothing.
void TestHtmlText::repeatedReadings()
{
    const QString first = u"<p>one <a href=\"https://a.example/\">unsubscribe</a></p>"_qs;
    const QString second = u"<p>two <a href=\"https://b.example/\" hidden>b</a></p>"_qs;
    const HtmlText a = HtmlText::read(first, 10);
    QCOMPARE(a.text(), u"one unsubscribe "_qs);
    const HtmlText b = HtmlText::read(second, 10);
    QCOMPARE(b.text(), u"two b "_qs);
    QCOMPARE(b.links().size(), 1);
    QVERIFY(b.links().first().hidden);
    QCOMPARE(HtmlText::read(second, 10).links(), b.links());
    // The same words in another string, and a prefix of it: each read as itself.
    const QString copy = QString(first.constData(), first.size());
    QCOMPARE(HtmlText::read(copy, 10).links(), a.links());
    QVERIFY(HtmlText::read(QStringView(copy).first(10), 10).links().isEmpty());
    QCOMPARE(HtmlText::read(first, 0).links().size(), 0);
    QCOMPARE(HtmlText::read(first, 10).hiddenRanges(), a.hiddenRanges());
}

// Broken HTML is read to its end without a crash; what it yields is fixed here.
void TestHtmlText::corrupted_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("links"); // {"*"}: only that reading ends

    QTest::newRow("unterminated-tag") << QString("<p>Unsubscribe <a href=\"https://a.example/u")
                                      << QStringList{"https://a.example/u|"};
    QTest::newRow("unterminated-anchor-element")
        << QString("<a href=https://a.example/u>Unsubscribe <b>now")
        << QStringList{"https://a.example/u|Unsubscribe now"};
    QTest::newRow("unterminated-quoted-value")
        << QString("<a href='https://a.example/ rest of the part")
        << QStringList{"https://a.example/ rest of the part|"};
    QTest::newRow("unterminated-comment")
        << QString("ok <!-- <a href=\"https://c.example/\">c</a>") << QStringList{};
    QTest::newRow("unterminated-script")
        << QString("<script><a href=\"https://s.example/\">s</a>") << QStringList{};
    QTest::newRow("unterminated-declaration")
        << QString("<!DOCTYPE html <a href=x>x</a>") << QStringList{};
    QTest::newRow("lone-lt-at-end") << QString("text <") << QStringList{};
    QTest::newRow("close-tag-at-end") << QString("<a href=x>x</") << QStringList{"x|x</"};
    QTest::newRow("stray-equals-and-slashes")
        << QString("<a = == / href = \"https://a.example/\" / >A</a>")
        << QStringList{"https://a.example/|A"};
    QTest::newRow("bad-entities")
        << QString(
               "<a href=\"https://a.example/&#xFFFFFFFFF;&#0;&#55296;&#;&bogus;&\">x&#x1F600</a>")
        << QStringList{QString("https://a.example/\uFFFDF;\uFFFD\uFFFD&#;&bogus;&|x\U0001F600")};
    QTest::newRow("unbalanced-closing-tags")
        << QString("</div></p></a></span><a href=y>y</a></a>") << QStringList{"y|y"};

    QString deep;
    for (int i = 0; i < 10000; ++i)
        deep += QStringLiteral("<div style=\"display:none\">");
    deep += QStringLiteral("<a href=\"https://d.example/\">deep</a>");
    QTest::newRow("10000-hidden-levels") << deep << QStringList{"https://d.example/|deep|h"};

    QString garbage(64 * 1024, Qt::Uninitialized);
    QRandomGenerator random(20240903);
    for (QChar &c : garbage)
        c = QChar(char16_t(random.bounded(0x80)));
    QTest::newRow("random-ascii") << garbage << QStringList{"*"};
    QString tags;
    for (int i = 0; i < 20000; ++i)
        tags += QStringLiteral("<a href=\"x\" <p style=\"");
    QTest::newRow("20000-broken-tags") << tags << QStringList{"*"};
    QTest::newRow("200000-char-href") << QString("<a href=\"" + QString(200000, u'h'))
                                      << QStringList{QString(200000, u'h') + u'|'};
}

void TestHtmlText::corrupted()
{
    QFETCH(QString, html);
    QFETCH(QStringList, links);

    const HtmlText doc = HtmlText::read(html, 100);
    QVERIFY(doc.links().size() <= 100);
    for (const HtmlLink &link : doc.links()) {
        QVERIFY(link.textStart <= link.textEnd);
        QVERIFY(link.textEnd <= doc.text().size());
        QVERIFY(link.sourceOffset < html.size());
    }
    qsizetype previousEnd = 0;
    for (const HtmlTextRange &r : doc.hiddenRanges()) {
        QVERIFY(r.start >= previousEnd && r.start < r.end && r.end <= doc.text().size());
        previousEnd = r.end;
    }
    if (links != QStringList{"*"})
        QCOMPARE(described(doc), links);
}

// Words are read eight units at a time: a character that ends or continues a word at every
// place of a long word, in the vector blocks and in the tail, gives the text a character at a
// time gives.
void TestHtmlText::wordsAroundEveryStop()
{
    const QString word = QStringLiteral("abcdefghijklmnopqrstuvwx");
    struct Stop
    {
        QString html;
        QString text; // what it reads as inside the word
    };
    const QList<Stop> stops = {
        {u" "_qs, u" "_qs}, {u"\t"_qs, u" "_qs}, {u"\n"_qs, u" "_qs}, {u"\r"_qs, u" "_qs},
        {QString(QChar(0x0B)), u" "_qs}, {QString(QChar(0x0C)), u" "_qs}, {QString(QChar(0xA0)), u" "_qs},
        {QString(QChar(0x3000)), u" "_qs}, {QString(QChar(0x85)), u" "_qs}, {u"&amp;"_qs, u"&"_qs},
        {u"<b>"_qs, QString()}, {u"\u00e9"_qs, u"\u00e9"_qs}, {u"\u65e5"_qs, u"\u65e5"_qs},
        {QString(QChar(0x1F)), QString(QChar(0x1F))}, {QString(QChar(0x7F)), QString(QChar(0x7F))},
        {u">"_qs, u">"_qs}, {QString::fromUcs4(U"\U0001F600"), QString::fromUcs4(U"\U0001F600")},
    };
    for (const Stop &stop : stops) {
        for (qsizetype at = 0; at <= word.size(); ++at) {
            const QString html = word.left(at) + stop.html + word.mid(at);
            QString expected = word.left(at) + stop.text + word.mid(at);
            if (expected.startsWith(u' '))
                expected.remove(0, 1); // the text does not start with a space
            const HtmlText doc = HtmlText::read(html, 10);
            QVERIFY2(doc.text() == expected,
                     qPrintable(QStringLiteral("%1 at %2: %3").arg(stop.html.toHtmlEscaped()).arg(at).arg(doc.text())));
        }
    }
}

QTEST_GUILESS_MAIN(TestHtmlText)
#include "TestHtmlText.moc"
