#include "core/text/Charset.h"
#include "core/message/EncodedWordDecoder.h"
#include "core/text/Idn.h"
#include "core/base/Limits.h"

#include <QTest>

using namespace kensa;

namespace {

// "key name=value" for each finding, in order, so that a table row can list them.
QStringList describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        QString line = f.key;
        for (const auto &[name, value] : f.args)
            line += u' ' + name + u'=' + value;
        out.append(line);
    }
    return out;
}

// A 10 MB input. No time limit here (speed belongs in benchmarks): a decoder that went quadratic
// would run into the 300 s ctest timeout.
constexpr qsizetype LargeInputBytes = 10 * 1024 * 1024;

} // namespace

class TestEncodedWordDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void unknownCharsets();
    void tooMany();
    void largeInput_data();
    void largeInput();
    void charset_data();
    void charset();
    void isKnown_data();
    void isKnown();
    void looksLikeIso2022Jp_data();
    void looksLikeIso2022Jp();
    void decodeUnlabelled_data();
    void decodeUnlabelled();
    void idn_data();
    void idn();
};

void TestEncodedWordDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("findings");

    // RFC 2047 §8 examples (the parenthesised ones, read as unstructured text).
    QTest::newRow("rfc2047-sec8-example-1")
        << QByteArray("(=?ISO-8859-1?Q?a?=)") << u"(a)"_qs << QStringList{};
    QTest::newRow("rfc2047-sec8-example-2")
        << QByteArray("(=?ISO-8859-1?Q?a?= b)") << u"(a b)"_qs << QStringList{};
    QTest::newRow("rfc2047-sec8-example-3")
        << QByteArray("(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)") << u"(ab)"_qs << QStringList{};
    QTest::newRow("rfc2047-sec8-example-4")
        << QByteArray("(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)") << u"(ab)"_qs << QStringList{};
    QTest::newRow("rfc2047-sec8-example-5-folded")
        << QByteArray("(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)") << u"(ab)"_qs
        << QStringList{};
    QTest::newRow("rfc2047-sec8-example-6")
        << QByteArray("(=?ISO-8859-1?Q?a_b?=)") << u"(a b)"_qs << QStringList{};
    QTest::newRow("rfc2047-sec8-example-7")
        << QByteArray("(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)") << u"(a b)"_qs << QStringList{};
    // RFC 2047 §8 header examples.
    QTest::newRow("rfc2047-sec8-keith-moore")
        << QByteArray("=?US-ASCII?Q?Keith_Moore?= <moore@cs.utk.edu>")
        << u"Keith Moore <moore@cs.utk.edu>"_qs << QStringList{};
    QTest::newRow("rfc2047-sec8-keld")
        << QByteArray("=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?= <keld@dkuug.dk>")
        << u"Keld J\u00f8rn Simonsen <keld@dkuug.dk>"_qs << QStringList{};
    QTest::newRow("rfc2047-sec8-andre")
        << QByteArray("=?ISO-8859-1?Q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>")
        << u"Andr\u00e9 Pirard <PIRARD@vm1.ulg.ac.be>"_qs << QStringList{};
    QTest::newRow("rfc2047-sec8-subject-two-charsets")
        << QByteArray("=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=\r\n    "
                      "=?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=")
        << u"If you can read this you understand the example."_qs << QStringList{};
    QTest::newRow("rfc2047-sec8-hebrew-comment")
        << QByteArray("Nathaniel Borenstein <nsb@thumper.bellcore.com> "
                      "(=?iso-8859-8?b?7eXs+SDv4SDp7Oj08A==?=)")
        << u"Nathaniel Borenstein <nsb@thumper.bellcore.com> "
           "(\u05dd\u05d5\u05dc\u05e9 \u05df\u05d1 \u05d9\u05dc\u05d8\u05e4\u05e0)"_qs
        << QStringList{};
    // RFC 2231 §5 example: charset*language.
    QTest::newRow("rfc2231-sec5-language")
        << QByteArray("=?US-ASCII*EN?Q?Keith_Moore?=") << u"Keith Moore"_qs << QStringList{};

    // Japanese words (bytes made with Python's iso-2022-jp, shift_jis, euc-jp and utf-8 codecs).
    QTest::newRow("iso-2022-jp-b")
        << QByteArray("=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=") << u"日本語"_qs << QStringList{};
    QTest::newRow("iso-2022-jp-lower-case-b")
        << QByteArray("=?iso-2022-jp?b?GyRCRnxLXDhsGyhC?=") << u"日本語"_qs << QStringList{};
    QTest::newRow("iso-2022-jp-two-words")
        << QByteArray("=?ISO-2022-JP?B?GyRCOzNFRBsoQg==?= =?ISO-2022-JP?B?GyRCQkBPOhsoQg==?=")
        << u"山田太郎"_qs << QStringList{};
    // "日本語の件名" cut after "K", the first byte of 本: neither half decodes alone.
    QTest::newRow("iso-2022-jp-split-word")
        << QByteArray("=?ISO-2022-JP?B?GyRCRnxL?=\r\n =?ISO-2022-JP?B?XDhsJE43b0w+GyhC?=")
        << u"日本語の件名"_qs << QStringList{};
    // "日本語" in UTF-8 cut inside 本 (e6 9c ac).
    QTest::newRow("utf8-split-word")
        << QByteArray("=?UTF-8?B?5pel5g==?= =?utf-8?B?nKzoqp4=?=") << u"日本語"_qs << QStringList{};
    QTest::newRow("utf8-split-b-then-q")
        << QByteArray("=?UTF-8?B?5pel5g==?= =?UTF-8?Q?=9C=AC?=") << u"日本"_qs << QStringList{};
    QTest::newRow("sjis-b") << QByteArray("=?Shift_JIS?B?k/qWe4zq?=") << u"日本語"_qs
                            << QStringList{};
    QTest::newRow("sjis-alias-x-sjis")
        << QByteArray("=?x-sjis?B?k/qWe4zq?=") << u"日本語"_qs << QStringList{};
    // "株式会社テスト"; "①ﾃｽﾄ" needs the cp932 extensions (NEC row 13).
    QTest::newRow("sjis-company") << QByteArray("=?SHIFT-JIS?B?ipSOronvjtCDZYNYg2c=?=")
                                  << u"株式会社テスト"_qs << QStringList{};
    QTest::newRow("cp932-nec-extension")
        << QByteArray("=?CP932?B?h0DDvcQ=?=") << u"①ﾃｽﾄ"_qs << QStringList{};
    QTest::newRow("eucjp-q") << QByteArray("=?EUC-JP?Q?=C6=FC=CB=DC=B8=EC?=") << u"日本語"_qs
                             << QStringList{};
    QTest::newRow("eucjp-q-lower-hex")
        << QByteArray("=?euc-jp?q?=b3=f4=bc=b0=b2=f1=bc=d2?=") << u"株式会社"_qs << QStringList{};
    QTest::newRow("utf8-b") << QByteArray("=?UTF-8?B?5bGx55Sw5aSq6YOO?=") << u"山田太郎"_qs
                            << QStringList{};
    QTest::newRow("utf8-alias-utf8")
        << QByteArray("=?utf8?B?44OG44K544OI?=") << u"テスト"_qs << QStringList{};
    // RFC 2047 §2: especials are not allowed in the charset token, so this is no word.
    QTest::newRow("quoted-charset-label") << QByteArray("=?\"UTF-8\"?B?44OG44K544OI?=")
                                          << u"=?\"UTF-8\"?B?44OG44K544OI?="_qs << QStringList{};
    QTest::newRow("dotted-charset-label")
        << QByteArray("=?ANSI_X3.4-1968?Q?plain?=") << u"plain"_qs << QStringList{};
    QTest::newRow("missing-padding") << QByteArray("=?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4?=")
                                     << u"Grüße aus Köln"_qs << QStringList{};
    QTest::newRow("word-and-text-keep-space") << QByteArray("Re: =?UTF-8?B?44OG44K544OI?= mail")
                                              << u"Re: テスト mail"_qs << QStringList{};
    QTest::newRow("word-glued-to-text")
        << QByteArray("Re:=?UTF-8?B?44OG44K544OI?=!") << u"Re:テスト!"_qs << QStringList{};
    QTest::newRow("empty-word") << QByteArray("a =?UTF-8?B?"
                                              "?= b")
                                << u"a  b"_qs << QStringList{};

    // Text outside encoded-words.
    QTest::newRow("plain-ascii") << QByteArray("Hello, world") << u"Hello, world"_qs
                                 << QStringList{};
    QTest::newRow("raw-utf8-rfc6532")
        << QByteArray("件名 test") << u"件名 test"_qs << QStringList{};
    QTest::newRow("raw-iso-2022-jp")
        << QByteArray("\x1b$BF|K\\8l\x1b(B subject") << u"日本語 subject"_qs << QStringList{};
    // JIS X 0208 pairs may spell a whole encoded-word; inside shifted text it is kanji.
    QTest::newRow("raw-iso-2022-jp-pairs-look-like-word")
        << QByteArray("\x1b$B=?UTF-8?Q?ab?=\x1b(B") << u"戎孕騰舷竸痰申"_qs << QStringList{};
    QTest::newRow("raw-latin1") << QByteArray("caf\xe9") << u"caf\u00e9"_qs << QStringList{};
    QTest::newRow("empty-input") << QByteArray() << QString() << QStringList{};
    QTest::newRow("nul-bytes") << QByteArray("a\0=?UTF-8?Q?b=00c?=", 19)
                               << QString::fromUtf8("a\0b\0c", 5) << QStringList{};

    // Corrupted and unusual words.
    QTest::newRow("unknown-charset-kept-raw")
        << QByteArray("x =?x-klingon?Q?abc?= y") << u"x =?x-klingon?Q?abc?= y"_qs
        << QStringList{u"header.encoded_word.unknown_charset charset=x-klingon"_qs};
    QTest::newRow("bad-base64")
        << QByteArray("=?utf-8?B?!!!notbase64!!!?=") << u"=?utf-8?B?!!!notbase64!!!?="_qs
        << QStringList{u"header.encoded_word.bad_payload word==?utf-8?B?!!!notbase64!!!?="_qs};
    QTest::newRow("base64-one-char-too-many")
        << QByteArray("=?utf-8?B?QUJDR?=") << u"=?utf-8?B?QUJDR?="_qs
        << QStringList{u"header.encoded_word.bad_payload word==?utf-8?B?QUJDR?="_qs};
    QTest::newRow("bad-hex-in-q")
        << QByteArray("=?utf-8?Q?caf=ZZ?=") << u"=?utf-8?Q?caf=ZZ?="_qs
        << QStringList{u"header.encoded_word.bad_payload word==?utf-8?Q?caf=ZZ?="_qs};
    QTest::newRow("q-cut-after-equals")
        << QByteArray("=?utf-8?Q?caf=E?=") << u"=?utf-8?Q?caf=E?="_qs
        << QStringList{u"header.encoded_word.bad_payload word==?utf-8?Q?caf=E?="_qs};
    // Shift_JIS bytes labelled UTF-8: text still produced, with replacement characters.
    QTest::newRow("charset-label-wrong-for-bytes")
        << QByteArray("=?UTF-8?B?k/qWe4zq?=") << u"\ufffd\ufffd\ufffd{\ufffd\ufffd"_qs
        << QStringList{u"header.encoded_word.invalid_bytes charset=UTF-8"_qs};
    QTest::newRow("iso-2022-jp-label-on-8bit")
        << QByteArray("=?ISO-2022-JP?B?k/qWe4zq?=") << u"\ufffd\ufffd\ufffd{\ufffd\ufffd"_qs
        << QStringList{u"header.encoded_word.invalid_bytes charset=ISO-2022-JP"_qs};
    // "テスト" in UTF-8 with its last byte missing.
    QTest::newRow("utf8-truncated-character")
        << QByteArray("=?UTF-8?B?44OG44K544M=?=") << u"テス\ufffd\ufffd"_qs
        << QStringList{u"header.encoded_word.invalid_bytes charset=UTF-8"_qs};
    QTest::newRow("truncated-word")
        << QByteArray("Re: =?UTF-8?B?44OG44K5") << u"Re: =?UTF-8?B?44OG44K5"_qs
        << QStringList{u"header.encoded_word.malformed word==?UTF-8?B?44OG44K5"_qs};
    QTest::newRow("unknown-encoding-letter")
        << QByteArray("=?utf-8?X?abc?=") << u"=?utf-8?X?abc?="_qs
        << QStringList{u"header.encoded_word.malformed word==?utf-8?X?abc?="_qs};
    QTest::newRow("space-inside-word")
        << QByteArray("=?utf-8?Q?hello world?=") << u"=?utf-8?Q?hello world?="_qs
        << QStringList{u"header.encoded_word.malformed word==?utf-8?Q?hello"_qs};
    // Some Japanese mailers fold inside the B text: "件名のテスト" cut after 12 and 14 characters.
    QTest::newRow("b-word-split-by-fold")
        << QByteArray("=?ISO-2022-JP?B?GyRCN29MPiRO\r\n JUYlOSVIGyhC?=") << u"件名のテスト"_qs
        << QStringList{u"header.encoded_word.split word==?ISO-2022-JP?B?GyRCN29MPiRO\r\n JUYlOSVIGyhC?="_qs};
    QTest::newRow("b-word-split-inside-quantum")
        << QByteArray("Re: =?iso-2022-jp?b?GyRCN29MPiROJU\r\n\tYlOSVIGyhC?= (2)")
        << u"Re: 件名のテスト (2)"_qs
        << QStringList{u"header.encoded_word.split word==?iso-2022-jp?b?GyRCN29MPiROJU\r\n\tYlOSVIGyhC?="_qs};
    QTest::newRow("b-word-split-then-adjacent-word")
        << QByteArray("=?UTF-8?B?5pel\r\n 5pys?= =?UTF-8?B?6Kqe?=") << u"日本語"_qs
        << QStringList{u"header.encoded_word.split word==?UTF-8?B?5pel\r\n 5pys?="_qs};
    // A piece that is no Base64 text is not the rest of the word.
    QTest::newRow("b-word-cut-before-text")
        << QByteArray("=?UTF-8?B?5pel done. ?=") << u"=?UTF-8?B?5pel done. ?="_qs
        << QStringList{u"header.encoded_word.malformed word==?UTF-8?B?5pel"_qs};
    // "配送失敗: テスト" and a line feed, cut inside ス between two words (Exchange writes
    // bounces' subjects so): one run of bytes, and the line feed is no line break on screen.
    QTest::newRow("words-split-character-with-line-feed")
        << QByteArray("=?iso-2022-jp?B?GyRCR1tBdzw6R1QbKEI6IBskQiVGJQ==?=\r\n =?iso-2022-jp?B?OSVIGyhCCg==?=")
        << u"配送失敗: テスト"_qs << QStringList{};
    QTest::newRow("line-break-inside-word")
        << QByteArray("=?UTF-8?Q?first=0D=0Asecond?= third") << u"first second third"_qs
        << QStringList{};
    QTest::newRow("not-a-word-no-finding")
        << QByteArray("x =? y =?abc z ?= 1+1=?") << u"x =? y =?abc z ?= 1+1=?"_qs << QStringList{};
    QTest::newRow("broken-then-good")
        << QByteArray("=?utf-8?B?!!?= =?utf-8?Q?ok?=") << u"=?utf-8?B?!!?= ok"_qs
        << QStringList{u"header.encoded_word.bad_payload word==?utf-8?B?!!?="_qs};
    QTest::newRow("start-inside-broken-candidate")
        << QByteArray("=?=?utf-8?Q?ok?=") << u"=?ok"_qs << QStringList{};
    QTest::newRow("different-charsets-not-joined")
        << QByteArray("=?UTF-8?B?5pel?= =?ISO-2022-JP?B?GyRCS1wbKEI=?=") << u"日本"_qs
        << QStringList{};
}

void TestEncodedWordDecoder::decode()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, text);
    QFETCH(QStringList, findings);

    const EncodedWordDecoder::Output out = EncodedWordDecoder::decode(input);
    QCOMPARE(out.text, text);
    QCOMPARE(describe(out.findings), findings);
    for (const Finding &f : out.findings) {
        QCOMPARE(f.line, 0);
        QVERIFY(f.header.isEmpty());
    }
}

void TestEncodedWordDecoder::unknownCharsets()
{
    const EncodedWordDecoder::Output out = EncodedWordDecoder::decode(
        "=?x-klingon?Q?a?= =?X-Vulcan?B?YQ==?= =?x-klingon?Q?b?= =?utf-8?Q?c?=");
    QCOMPARE(out.unknownCharsets, (QStringList{u"x-klingon"_qs, u"X-Vulcan"_qs}));
    QCOMPARE(out.text, u"=?x-klingon?Q?a?= =?X-Vulcan?B?YQ==?= =?x-klingon?Q?b?= c"_qs);
    QCOMPARE(out.findings.size(), 2);
    QCOMPARE(out.findings.at(0).severity, Severity::Warning);
}

void TestEncodedWordDecoder::tooMany()
{
    QByteArray input;
    for (int i = 0; i < Limits::MaxEncodedWords + 5; ++i)
        input += "=?utf-8?Q?a?= ";
    input += "=?utf-8?Q?b?=";
    const EncodedWordDecoder::Output out = EncodedWordDecoder::decode(input);
    QCOMPARE(describe(out.findings),
        QStringList{u"header.encoded_word.too_many limit=%1"_qs.arg(Limits::MaxEncodedWords)});
    // The first words decode (and join), the rest stays raw.
    QVERIFY(out.text.startsWith(QString(Limits::MaxEncodedWords, u'a') + u" =?utf-8?Q?a?= "_qs));
    QVERIFY(out.text.endsWith(u"=?utf-8?Q?b?="_qs));
}

void TestEncodedWordDecoder::largeInput_data()
{
    // The 10 MB value is built in largeInput() from `prefix` and copies of `unit`.
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<QString>("firstFinding"); // "" when none

    QTest::newRow("10mb-plain-text") << QByteArray() << QByteArray("Subject text ") << QString();
    QTest::newRow("10mb-utf8") << QByteArray() << QByteArray("件名テスト ") << QString();
    QTest::newRow("10mb-open-markers") << QByteArray() << QByteArray("=?") << QString();
    QTest::newRow("10mb-unterminated-word")
        << QByteArray("=?utf-8?B?") << QByteArray("QUJD") << u"header.encoded_word.malformed"_qs;
    QTest::newRow("10mb-question-marks") << QByteArray() << QByteArray("=?a?") << QString();
    QTest::newRow("10mb-words") << QByteArray() << QByteArray("=?utf-8?Q?a?= ")
                                << u"header.encoded_word.too_many"_qs;
    QTest::newRow("10mb-broken-words")
        << QByteArray() << QByteArray("=?utf-8?B?!?= ") << u"header.encoded_word.bad_payload"_qs;
    QTest::newRow("10mb-iso-2022-jp")
        << QByteArray() << QByteArray("\x1b$BF|K\\8l\x1b(B ") << QString();
    QTest::newRow("10mb-nul") << QByteArray() << QByteArray(1, '\0') << QString();
}

void TestEncodedWordDecoder::largeInput()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, unit);
    QFETCH(QString, firstFinding);

    const QByteArray value = prefix + unit.repeated(LargeInputBytes / unit.size() + 1);

    const EncodedWordDecoder::Output out = EncodedWordDecoder::decode(value);
    QVERIFY(out.text.size() > 1024 * 1024);
    QVERIFY(out.findings.size() <= 2);
    if (firstFinding.isEmpty())
        QVERIFY(out.findings.isEmpty());
    else
        QCOMPARE(out.findings.value(0).key, firstFinding);
}

void TestEncodedWordDecoder::charset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<bool>("clean");

    QTest::newRow("utf8") << QByteArray("テスト") << QByteArray("UTF-8") << u"テスト"_qs << true
                          << true;
    QTest::newRow("utf8-quoted-spaced-label")
        << QByteArray("テスト") << QByteArray(" \"utf8\" ") << u"テスト"_qs << true << true;
    QTest::newRow("iso-2022-jp") << QByteArray("\x1b$BF|K\\8l\x1b(B") << QByteArray("iso-2022-jp")
                                 << u"日本語"_qs << true << true;
    QTest::newRow("iso-2022-jp-3-falls-back")
        << QByteArray("\x1b$BF|K\\8l\x1b(B") << QByteArray("ISO-2022-JP-3") << u"日本語"_qs << true
        << true;
    QTest::newRow("iso-2022-jp-halfwidth-katakana")
        << QByteArray("\x1b(I12\x1b(B") << QByteArray("ISO-2022-JP") << u"ｱｲ"_qs << true << true;
    QTest::newRow("iso-2022-jp-cut-in-character")
        << QByteArray("\x1b$BF|K") << QByteArray("ISO-2022-JP") << u"日\ufffd"_qs << true << false;
    QTest::newRow("sjis") << QByteArray("\x93\xfa\x96{") << QByteArray("Shift_JIS") << u"日本"_qs
                          << true << true;
    QTest::newRow("sjis-invalid-byte")
        << QByteArray("a\xa0\x80") << QByteArray("sjis") << u"a\ufffd\ufffd"_qs << true << false;
    QTest::newRow("windows-31j-ibm-extension")
        << QByteArray("\xed\x40") << QByteArray("windows-31j") << u"纊"_qs << true << true;
    QTest::newRow("ms932-wave-dash")
        << QByteArray("\x81\x60") << QByteArray("MS932") << u"～"_qs << true << true;
    QTest::newRow("eucjp") << QByteArray("\xc6\xfc\xcb\xdc") << QByteArray("EUC-JP") << u"日本"_qs
                           << true << true;
    QTest::newRow("iso-8859-1-is-windows-1252")
        << QByteArray("\x93quoted\x94") << QByteArray("ISO-8859-1") << u"\u201cquoted\u201d"_qs
        << true << true;
    QTest::newRow("iso-8859-15-euro")
        << QByteArray("\xa4") << QByteArray("iso-8859-15") << u"\u20ac"_qs << true << true;
    QTest::newRow("koi8-r") << QByteArray("\xf0\xd2\xc9") << QByteArray("KOI8-R") << u"При"_qs
                            << true << true;
    QTest::newRow("us-ascii-with-utf8")
        << QByteArray("caf\xc3\xa9") << QByteArray("us-ascii") << u"café"_qs << true << true;
    QTest::newRow("us-ascii-with-latin1")
        << QByteArray("caf\xe9") << QByteArray("ANSI_X3.4-1968") << u"café"_qs << true << false;
    QTest::newRow("us-ascii-label-on-iso-2022-jp")
        << QByteArray("\x1b$BF|K\\8l\x1b(B") << QByteArray("US-ASCII") << u"日本語"_qs << true
        << true;
    QTest::newRow("empty-label") << QByteArray("plain") << QByteArray() << u"plain"_qs << true
                                 << true;
    QTest::newRow("unknown-kept-as-latin1")
        << QByteArray("a\xe9") << QByteArray("x-klingon") << u"a\u00e9"_qs << false << true;
    QTest::newRow("label-with-nul")
        << QByteArray("abc") << QByteArray("utf-8\0x", 7) << u"abc"_qs << false << true;
    QTest::newRow("empty-bytes") << QByteArray() << QByteArray("UTF-8") << QString() << true
                                 << true;
}

void TestEncodedWordDecoder::charset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(bool, clean);

    const Charset::Decoded decoded = Charset::decode(bytes, charset);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.known, known);
    QCOMPARE(decoded.clean, clean);
}

void TestEncodedWordDecoder::isKnown_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<bool>("known");

    const char *const known[] = {"utf-8",
        "UTF8",
        "x-sjis",
        "sjis",
        "shift-jis",
        "cp932",
        "ms932",
        "Windows-31J",
        "us-ascii",
        "ascii",
        "ansi_x3.4-1968",
        "iso-2022-jp",
        "ISO-2022-JP-2",
        "iso-2022-jp-3",
        "euc-jp",
        "GB2312",
        "Big5",
        "KOI8-R",
        "windows-1251",
        "iso-8859-2",
        "ks_c_5601-1987",
        "'utf-8'"};
    for (const char *name : known)
        QTest::newRow(name) << QByteArray(name) << true;
    const char *const unknown[]
        = {"x-klingon", "x-unknown", "unknown-8bit", "binary", "8bit", "utf-8?", "=?"};
    for (const char *name : unknown)
        QTest::newRow(name) << QByteArray(name) << false;
    QTest::newRow("overlong-name") << QByteArray(500, 'a') << false;
}

void TestEncodedWordDecoder::isKnown()
{
    QFETCH(QByteArray, charset);
    QFETCH(bool, known);
    QCOMPARE(Charset::isKnown(charset), known);
}

void TestEncodedWordDecoder::looksLikeIso2022Jp_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("expected");

    QTest::newRow("esc-dollar-b") << QByteArray("a\x1b$B$\"\x1b(B") << true;
    QTest::newRow("esc-dollar-at") << QByteArray("\x1b$@$\"") << true;
    QTest::newRow("esc-paren-j") << QByteArray("x\x1b(Jy") << true;
    QTest::newRow("esc-paren-b-only") << QByteArray("x\x1b(B") << true;
    QTest::newRow("plain-ascii") << QByteArray("no escapes $B here") << false;
    QTest::newRow("other-escape") << QByteArray("\x1b[31mred\x1b[0m") << false;
    QTest::newRow("esc-at-end") << QByteArray("abc\x1b") << false;
    QTest::newRow("esc-dollar-at-end") << QByteArray("abc\x1b$") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestEncodedWordDecoder::looksLikeIso2022Jp()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, expected);
    QCOMPARE(Charset::looksLikeIso2022Jp(bytes), expected);
}

void TestEncodedWordDecoder::decodeUnlabelled_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("ascii") << QByteArray("hello") << u"hello"_qs;
    QTest::newRow("utf8") << QByteArray("日本語") << u"日本語"_qs;
    QTest::newRow("iso-2022-jp") << QByteArray("\x1b$BF|K\\8l\x1b(B") << u"日本語"_qs;
    QTest::newRow("latin1-fallback") << QByteArray("K\xf6ln") << u"K\u00f6ln"_qs;
    // Raw 8-bit Japanese: the charset whose decoding is valid and reads as Japanese.
    QTest::newRow("sjis-kanji") << QByteArray("\x93\xfa") << u"日"_qs;
    QTest::newRow("sjis-text") << QByteArray("\x93\xfa\x96{\x8c\xea\x82\xcc\x8c\x8f\x96\xbc")
                               << u"日本語の件名"_qs;
    QTest::newRow("cp932-nec-circled") << QByteArray("\x87@\x87" "A test") << u"①② test"_qs;
    QTest::newRow("euc-jp-text") << QByteArray("\xc6\xfc\xcb\xdc\xb8\xec\xa4\xce\xb7\xef\xcc\xbe")
                                 << u"日本語の件名"_qs;
    // Also valid Shift_JIS, as half-width katakana "･ﾆ･ｹ･ﾈ".
    QTest::newRow("euc-jp-not-halfwidth") << QByteArray("\xa5\xc6\xa5\xb9\xa5\xc8") << u"テスト"_qs;
    // Also valid Shift_JIS ("譌･譛ｬ"): UTF-8 first.
    QTest::newRow("utf8-before-sjis") << QByteArray("\xe6\x97\xa5\xe6\x9c\xac") << u"日本"_qs;
    // Valid Shift_JIS too ("ﾄrger"), but not Japanese text.
    QTest::newRow("latin1-not-halfwidth-katakana") << QByteArray("\xc4rger") << u"\u00c4rger"_qs;
    // Windows-1252's apostrophe (0x92) pairs with the next letter as a Shift_JIS kanji.
    QTest::newRow("cp1252-quote-in-word") << QByteArray("It\x92s fine") << u"It\u0092s fine"_qs;
    QTest::newRow("latin1-accents") << QByteArray("Cr\xe8me br\xfbl\xe9" "e") << u"Cr\u00e8me br\u00fbl\u00e9e"_qs;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QString::fromUtf8("a\0b", 3);
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestEncodedWordDecoder::decodeUnlabelled()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(Charset::decodeUnlabelled(bytes), text);
}

void TestEncodedWordDecoder::idn_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("ascii");
    QTest::addColumn<QString>("unicode");
    QTest::addColumn<bool>("internationalised");

    QTest::newRow("idn-u-label") << u"例え.jp"_qs << u"xn--r8jz45g.jp"_qs << u"例え.jp"_qs << true;
    QTest::newRow("idn-a-label") << u"xn--r8jz45g.jp"_qs << u"xn--r8jz45g.jp"_qs << u"例え.jp"_qs
                                 << true;
    QTest::newRow("idn-a-label-upper-case")
        << u"XN--R8JZ45G.JP"_qs << u"xn--r8jz45g.jp"_qs << u"例え.jp"_qs << true;
    QTest::newRow("idn-umlaut") << u"Bücher.example"_qs << u"xn--bcher-kva.example"_qs
                                << u"bücher.example"_qs << true;
    // UTS #46 non-transitional: ß stays ß (IDNA2008), not "ss".
    QTest::newRow("idn-nontransitional-sharp-s")
        << u"faß.de"_qs << u"xn--fa-hia.de"_qs << u"faß.de"_qs << true;
    QTest::newRow("ascii-lower-cased")
        << u"Example.COM"_qs << u"example.com"_qs << u"example.com"_qs << false;
    QTest::newRow("trailing-dot") << u"example.com."_qs << u"example.com"_qs << u"example.com."_qs
                                  << false;
    QTest::newRow("underscore-label") << u"_dmarc.example.com"_qs << u"_dmarc.example.com"_qs
                                      << u"_dmarc.example.com"_qs << false;
    QTest::newRow("ascii-double-hyphen")
        << u"r1---sn-abc.example.com"_qs << u"r1---sn-abc.example.com"_qs
        << u"r1---sn-abc.example.com"_qs << false;
    QTest::newRow("bad-punycode") << u"xn--zz-.example"_qs << QString() << u"xn--zz-.example"_qs
                                  << true;
    QTest::newRow("empty-label") << u"a..example"_qs << QString() << u"a..example"_qs << false;
    // RFC 5893: a right-to-left label must not mix in left-to-right letters.
    QTest::newRow("bidi-violation")
        << u"\u05d0a.example"_qs << QString() << u"\u05d0a.example"_qs << true;
    QTest::newRow("empty") << QString() << QString() << QString() << false;
    QTest::newRow("overlong") << QString(2000, u'a') << QString() << QString(2000, u'a') << false;
}

void TestEncodedWordDecoder::idn()
{
    QFETCH(QString, input);
    QFETCH(QString, ascii);
    QFETCH(QString, unicode);
    QFETCH(bool, internationalised);

    QCOMPARE(Idn::toAscii(input), ascii);
    QCOMPARE(Idn::toUnicode(input), unicode);
    QCOMPARE(Idn::isInternationalised(input), internationalised);
}

QTEST_GUILESS_MAIN(TestEncodedWordDecoder)
#include "TestEncodedWordDecoder.moc"
