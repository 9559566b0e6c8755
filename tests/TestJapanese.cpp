#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>

// Every Japanese text Kensa shows follows ../shared/reference/ja-glossary.md: its words (read
// from tests/data/ja-glossary.tsv, so the next text written cannot drift) and its writing rules
// (full-width punctuation around Japanese, raw result words only in parentheses after a Japanese
// word, no English left where Japanese is due).
class TestJapanese : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void glossaryIsReadable();
    void rulesCatchWhatTheyShould_data();
    void rulesCatchWhatTheyShould();
    void translations();
    void resources();
    void sourceTitlesAreJapanese();
    void helpPages();

private:
    struct Term
    {
        QString idea;
        QString use;
        QRegularExpression forbidden;
        QRegularExpression allowed; // invalid (empty pattern) when there is none
        int line = 0;
    };
    struct Text
    {
        QString where; // "kensa_ja.ts kensa::MainWindow \"&File\"" or "requirements.json rows[3].fix"
        QString text;
    };

    QList<Term> m_terms;
    QStringList m_glossaryErrors;

    QStringList problems(const QString &text) const;
    static QList<Text> translationTexts(const QString &path);
    static void collectJson(const QJsonValue &value, const QString &where, QList<Text> &out);
    static QString report(const QList<Text> &texts, const std::function<QStringList(const QString &)> &check);
};

namespace {

// Japanese script: kanji, kana and the marks that only occur inside Japanese words.
// PCRE2 matches \p{Han} by script extension, which takes in the CJK brackets and marks too;
// those are punctuation, not words, so they are left out.
const QString japanese = QStringLiteral("(?:(?![「」『』（）［］〔〕、。・：〜])[\\p{Han}\\p{Hiragana}\\p{Katakana}ー々〆])");

// RFC 8601 result words and DMARC's policy words, which a Japanese text shows only in
// parentheses after the Japanese word (成功（pass）, 隔離（quarantine）).
const QRegularExpression &rawResultWord()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![A-Za-z0-9=._\\-/:])(pass|fail|softfail|neutral|none|temperror|permerror|policy|"
        "quarantine|reject|bestguesspass)(?![A-Za-z0-9=_\\-])"));
    return re;
}

} // namespace

void TestJapanese::initTestCase()
{
    QFile file(QStringLiteral(KENSA_TEST_DATA_DIR "/ja-glossary.tsv"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "tests/data/ja-glossary.tsv is missing");
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString row = QString::fromUtf8(file.readLine()).trimmed();
        if (row.isEmpty() || row.startsWith(u'#'))
            continue;
        const QStringList cells = row.split(u'\t');
        if (cells.size() < 3 || cells.size() > 4 || cells.at(2).isEmpty()) {
            m_glossaryErrors << QStringLiteral("line %1: expected 3 or 4 tab-separated cells").arg(line);
            continue;
        }
        Term term{cells.at(0), cells.at(1), QRegularExpression(cells.at(2)),
            QRegularExpression(cells.size() == 4 ? cells.at(3) : QString()), line};
        if (!term.forbidden.isValid() || (cells.size() == 4 && !term.allowed.isValid())) {
            m_glossaryErrors << QStringLiteral("line %1: a pattern does not compile").arg(line);
            continue;
        }
        m_terms.append(term);
    }
}

void TestJapanese::glossaryIsReadable()
{
    QVERIFY2(m_glossaryErrors.isEmpty(), qPrintable(m_glossaryErrors.join(u'\n')));
    QVERIFY2(m_terms.size() >= 40, "the glossary file lost its rows");
}

// What is wrong with one Japanese text, each problem as a short line; empty when nothing is.
QStringList TestJapanese::problems(const QString &text) const
{
    QStringList out;
    for (const Term &term : m_terms) {
        QRegularExpressionMatchIterator it = term.forbidden.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            bool excused = false;
            if (!term.allowed.pattern().isEmpty()) {
                QRegularExpressionMatchIterator a = term.allowed.globalMatch(text);
                while (a.hasNext() && !excused) {
                    const QRegularExpressionMatch am = a.next();
                    excused = am.capturedStart() <= m.capturedStart() && am.capturedEnd() >= m.capturedEnd();
                }
            }
            if (!excused) {
                out << QStringLiteral("「%1」: use %2 (%3, glossary line %4)")
                           .arg(m.captured(), term.use, term.idea)
                           .arg(term.line);
                break;
            }
        }
    }

    // Half-width ( ) : " directly around Japanese; the menu mnemonic "(&D)" is the one exception.
    static const QRegularExpression halfWidth(QStringLiteral("%1[(\\):\"]|[(\\)\"]%1|: ?%1").arg(japanese));
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[A-Za-z0-9]\\)"));
    // The command line's "kensa-cli: " prefix of its messages is the Unix convention, not prose.
    static const QRegularExpression programPrefix(QStringLiteral("^kensa-cli: "));
    const QString withoutMnemonics
        = QString(text).replace(mnemonic, QStringLiteral("MNEMONIC")).replace(programPrefix, QString());
    if (const QRegularExpressionMatch m = halfWidth.match(withoutMnemonics); m.hasMatch())
        out << QStringLiteral("「%1」: full-width （）：「」 around Japanese").arg(m.captured());

    // A raw result word must sit in full-width parentheses opened right after a Japanese word.
    static const QRegularExpression japaneseChar(japanese);
    QRegularExpressionMatchIterator words = rawResultWord().globalMatch(text);
    while (words.hasNext()) {
        const QRegularExpressionMatch m = words.next();
        const qsizetype open = text.lastIndexOf(u'（', m.capturedStart());
        const qsizetype close = text.lastIndexOf(u'）', m.capturedStart());
        const bool inParentheses = open > 0 && open > close
            && japaneseChar.match(text.mid(open - 1, 1)).hasMatch();
        // Inside a quoted record or code span (「p=reject」 is caught by the = rule above).
        const qsizetype quote = text.lastIndexOf(u'「', m.capturedStart());
        const bool quoted = quote >= 0 && quote > text.lastIndexOf(u'」', m.capturedStart())
            && text.mid(quote, m.capturedStart() - quote).contains(u'=');
        if (!inParentheses && !quoted) {
            out << QStringLiteral("「%1」: a Japanese word first, the token in parentheses: 成功（pass）")
                       .arg(text.mid(qMax<qsizetype>(0, m.capturedStart() - 6), m.capturedLength() + 12));
            break;
        }
    }
    return out;
}

void TestJapanese::rulesCatchWhatTheyShould_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("clean");

    QTest::newRow("good-sentence") << u"SPF は成功（pass）です。送信元 IP は 192.0.2.1 です。"_qs << true;
    QTest::newRow("good-alignment") << u"アライメント（ヘッダーFrom のドメインとの一致）が取れています。"_qs << true;
    QTest::newRow("good-mnemonic") << u"DNS 設定(&D)…"_qs << true;
    QTest::newRow("good-record-code") << u"DMARC ポリシー「p=reject」を公開しています。"_qs << true;
    QTest::newRow("good-yahoo-us") << u"Yahoo（米国）の送信者要件です。"_qs << true;
    QTest::newRow("good-yahoo-japan") << u"Yahoo! JAPAN の要件は表に含みません。"_qs << true;
    QTest::newRow("good-message-source") << u"メッセージのソースを貼り付けてください。"_qs << true;
    QTest::newRow("good-checklist") << u"チェックリストを表示します。"_qs << true;
    QTest::newRow("good-server") << u"受信サーバーが記録しました。"_qs << true;
    QTest::newRow("good-hops") << u"中継 3 回"_qs << true;
    QTest::newRow("good-list") << u"失敗（fail, softfail）です。"_qs << true;
    QTest::newRow("good-generic-field") << u"ヘッダーフィールドの名前です。"_qs << true;
    QTest::newRow("good-code-in-brackets") << u"「include:」を追加し、「%1:」の行を確かめます。"_qs << true;

    QTest::newRow("variant-alignment") << u"アラインメントが取れていません。"_qs << false;
    QTest::newRow("variant-soroeru") << u"ドメインを揃えてください。"_qs << false;
    QTest::newRow("variant-provider") << u"プロバイダーは拒否します。"_qs << false;
    QTest::newRow("variant-message") << u"このメッセージは迷惑メールです。"_qs << false;
    QTest::newRow("variant-routes") << u"経路 %n 件"_qs << false;
    QTest::newRow("variant-bare-yahoo") << u"Yahoo の要件です。"_qs << false;
    QTest::newRow("variant-field") << u"Received フィールドを読めません。"_qs << false;
    QTest::newRow("variant-short-vowel") << u"セレクタを確認してください。"_qs << false;
    QTest::newRow("variant-server") << u"サーバが応答しません。"_qs << false;
    QTest::newRow("variant-de-aru") << u"これは失敗である。"_qs << false;
    QTest::newRow("variant-own-company") << u"自社ドメインで署名します。"_qs << false;
    QTest::newRow("variant-check") << u"このチェックは失敗です。"_qs << false;
    QTest::newRow("half-width-parentheses") << u"送信元 IP(IPv4)です。"_qs << false;
    QTest::newRow("half-width-after") << u"(なし)"_qs << false;
    QTest::newRow("half-width-colon") << u"受信側の処理: 隔離（quarantine）"_qs << false;
    QTest::newRow("half-width-quote") << u"\"適合\"です。"_qs << false;
    QTest::newRow("raw-token-alone") << u"受信側の処理：quarantine"_qs << false;
    QTest::newRow("raw-token-no-word") << u"結果は pass です。"_qs << false;
    QTest::newRow("raw-token-half-width-parens") << u"成功 (pass) です。"_qs << false;
}

void TestJapanese::rulesCatchWhatTheyShould()
{
    QFETCH(QString, text);
    QFETCH(bool, clean);
    const QStringList found = problems(text);
    QVERIFY2(found.isEmpty() == clean, qPrintable(text + QStringLiteral(" → ") + found.join(u"; ")));
}

QList<TestJapanese::Text> TestJapanese::translationTexts(const QString &path)
{
    QList<Text> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool obsolete = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"source") {
            source = xml.readElementText();
        } else if (name == u"translation") {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            obsolete = type == u"obsolete" || type == u"vanished";
            // readElementText fails on <numerusform> children: read them one by one.
            QStringList forms;
            QString plain;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"translation")
                    break;
                if (xml.isStartElement() && xml.name() == u"numerusform")
                    forms << xml.readElementText();
                else if (xml.isCharacters())
                    plain += xml.text();
            }
            if (forms.isEmpty())
                forms << plain;
            if (obsolete)
                continue;
            const QString where = QStringLiteral("kensa_ja.ts %1 \"%2\"").arg(context, source.left(60));
            out.append(Text{where + QStringLiteral(" [source]"), u'\x1f' + source}); // the source, before its forms
            for (const QString &form : std::as_const(forms))
                out.append(Text{where, form});
        }
    }
    return out;
}

QString TestJapanese::report(const QList<Text> &texts, const std::function<QStringList(const QString &)> &check)
{
    QString out;
    int count = 0;
    for (const Text &t : texts) {
        const QStringList found = check(t.text);
        if (found.isEmpty())
            continue;
        ++count;
        if (count <= 400)
            out += QStringLiteral("\n  ") + t.where + QStringLiteral("\n    ") + found.join(u"\n    ");
    }
    if (count > 400)
        out += QStringLiteral("\n  ... and %1 more").arg(count - 400);
    if (count)
        qWarning().noquote() << out; // QTest cuts a long failure message short
    return count ? QStringLiteral("%1 texts break the glossary (listed above)").arg(count) : QString();
}

void TestJapanese::translations()
{
    QList<Text> texts = translationTexts(QStringLiteral(KENSA_SOURCE_DIR "/translations/kensa_ja.ts"));
    QVERIFY2(texts.size() > 1000, "kensa_ja.ts was not read");
    // Untranslated English: a translation that is its source and reads as an English phrase.
    static const QRegularExpression englishPhrase(QStringLiteral("\\b[A-Za-z]{3,} [a-z]{3,} [a-z]{2,}\\b"));
    QList<Text> japaneseOnly;
    QString source;
    QStringList untranslated;
    for (const Text &t : std::as_const(texts)) {
        if (t.text.startsWith(u'\x1f')) {
            source = t.text.mid(1);
            continue;
        }
        japaneseOnly.append(t);
        if (t.text == source && englishPhrase.match(source).hasMatch())
            untranslated << t.where;
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(u"English left in the Japanese catalogue:\n  "_qs + untranslated.join(u"\n  ")));
    const QString found = report(japaneseOnly, [this](const QString &text) { return problems(text); });
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

void TestJapanese::collectJson(const QJsonValue &value, const QString &where, QList<Text> &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == u"ja" && it.value().isString())
                out.append(Text{where, it.value().toString()});
            else
                collectJson(it.value(), where + u'.' + it.key(), out);
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonValue item = a.at(i);
            const QString id = item.toObject().value(u"id").toString();
            collectJson(item, where + QStringLiteral("[%1]").arg(id.isEmpty() ? QString::number(i) : id), out);
        }
    }
}

void TestJapanese::resources()
{
    QList<Text> texts;
    QDirIterator it(QStringLiteral(KENSA_SOURCE_DIR "/resources"), {QStringLiteral("*.json")}, QDir::Files,
        QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        QVERIFY2(!doc.isNull(), qPrintable(path + QStringLiteral(" is not JSON")));
        collectJson(doc.object(), it.fileName(), texts);
        ++files;
    }
    QVERIFY2(files >= 2 && texts.size() > 100, "the resources' Japanese texts were not found");
    // A source's title quotes the page's own title (Microsoft's 「スパム対策メッセージ ヘッダー」):
    // sourceTitlesAreJapanese checks it is Japanese; its words are the page's, not ours.
    static const QRegularExpression sourceTitle(QStringLiteral("\\.sources(\\[[^\\]]*\\]|\\.[^.]+)\\.title$"));
    texts.removeIf([](const Text &t) { return sourceTitle.match(t.where).hasMatch(); });
    const QString found = report(texts, [this](const QString &text) { return problems(text); });
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

// A source is named in Japanese in the Japanese UI: every "sources" entry of the data (a list, or
// an object keyed by id) carries a Japanese title with Japanese words in it: {"en", "ja"}, or a
// "title_ja" beside an English "title". An English-only title fails.
void TestJapanese::sourceTitlesAreJapanese()
{
    static const QRegularExpression japaneseChar(japanese);
    QStringList english;
    int titles = 0;
    QDirIterator it(QStringLiteral(KENSA_SOURCE_DIR "/resources"), {QStringLiteral("*.json")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonValue sources = QJsonDocument::fromJson(file.readAll()).object().value(u"sources");
        QList<QPair<QString, QJsonObject>> entries;
        if (sources.isArray()) {
            for (const QJsonValue &v : sources.toArray())
                entries.append({v.toObject().value(u"id").toString(), v.toObject()});
        } else {
            const QJsonObject map = sources.toObject();
            for (auto s = map.begin(); s != map.end(); ++s)
                entries.append({s.key(), s.value().toObject()});
        }
        for (const auto &[id, source] : std::as_const(entries)) {
            ++titles;
            const QJsonValue title = source.value(u"title");
            const QString ja = title.isObject() ? title.toObject().value(u"ja").toString()
                                                : source.value(u"title_ja").toString();
            if (!japaneseChar.match(ja).hasMatch())
                english << QStringLiteral("%1 %2").arg(it.fileName(), id);
        }
    }
    QVERIFY2(titles > 10, "no source titles were found");
    if (!english.isEmpty())
        qWarning().noquote() << english.join(u'\n');
    QVERIFY2(english.isEmpty(), qPrintable(u"sources without a Japanese title:\n  "_qs + english.join(u"\n  ")));
}

// The Japanese help page (resources/help/*.ja.html) follows the same rules, paragraph by
// paragraph. A product's own menu name, marked <span class="product">「…」</span>, is a quotation
// of that product's words and is left out (Apple Mail's 「表示 > メッセージ > ソースを表示」).
void TestJapanese::helpPages()
{
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->|<style>.*?</style>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression product(QStringLiteral("<span class=\"product\">.*?</span>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression block(QStringLiteral("</?(p|li|dt|dd|td|th|h[1-6]|tr|ul|dl|table|title|head|body)\\b[^>]*>"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression japaneseChar(japanese);
    static const QRegularExpression englishPhrase(QStringLiteral("\\b[A-Za-z]{3,} [a-z]{3,} [a-z]{2,}\\b"));
    QList<Text> texts;
    QStringList english;
    QDirIterator it(QStringLiteral(KENSA_SOURCE_DIR "/resources/help"), {QStringLiteral("*.ja.html")}, QDir::Files);
    int pages = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++pages;
        QString html = QString::fromUtf8(file.readAll());
        html.remove(comment).replace(product, QStringLiteral("「」")).replace(block, QStringLiteral("\n\n"));
        html.remove(tag).replace(u"&gt;"_qs, u">"_qs).replace(u"&lt;"_qs, u"<"_qs).replace(u"&nbsp;"_qs, u" "_qs)
            .replace(u"&amp;"_qs, u"&"_qs);
        int paragraph = 0;
        for (QString text : html.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            text = text.split(u'\n').join(QString()).trimmed(); // a line break inside Japanese is no space
            if (text.isEmpty())
                continue;
            ++paragraph;
            const QString where = QStringLiteral("%1 ¶%2 \"%3\"").arg(it.fileName()).arg(paragraph).arg(text.left(30));
            if (!japaneseChar.match(text).hasMatch() && englishPhrase.match(text).hasMatch())
                english << where;
            texts.append(Text{where, text});
        }
    }
    QVERIFY2(pages >= 1 && texts.size() > 30, "the Japanese help page was not read");
    QVERIFY2(english.isEmpty(), qPrintable(u"English left in the Japanese help:\n  "_qs + english.join(u"\n  ")));
    const QString found = report(texts, [this](const QString &text) { return problems(text); });
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

QTEST_GUILESS_MAIN(TestJapanese)
#include "TestJapanese.moc"
