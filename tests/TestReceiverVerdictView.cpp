#include "core/i18n/Localization.h"
#include "core/report/Report.h"
#include "ui/checklist/ChecklistView.h"
#include "ui/MainWindow.h"
#include "ui/receiver/ReceiverCard.h"
#include "ui/receiver/ReceiverView.h"

#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace kensa;

// The receiver's verdict on screen, offscreen: the card on the checklist, the banner that leads
// with the receiver's own decision, and the Receiver's verdict tab, filled from reports whose
// receiverVerdicts are written here by hand as the decoders would fill them (a Microsoft junked
// message, a SpamAssassin-tagged message at a Japanese ISP, an rspamd message), in English and
// Japanese, with screenshots at 1280×800 and 1920×1080.
class TestReceiverVerdictView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void card_data();
    void card();
    void bannerLeadsWithTheReceiversDecision_data();
    void bannerLeadsWithTheReceiversDecision();
    void claimsOnly();
    void noVerdictField();
    void tabListsEveryField_data();
    void tabListsEveryField();
    void languageSwitchRetranslates();
    void screenshots_data();
    void screenshots();

private:
    static QString screenshotDir();
    static bool openSample(MainWindow &window);
    static void show(MainWindow &window, const QList<ReceiverVerdict> &verdicts);
    static QList<ReceiverVerdict> messageVerdicts(const QString &message);
    // English words that must not appear in a Japanese screen (raw tokens and names aside).
    static QString englishLeft(const QString &text);
};

namespace {

const QString MsDoc = QStringLiteral("https://learn.microsoft.com/en-us/defender-office-365/message-headers-eop-mdo");
const QString MsScl = QStringLiteral("https://learn.microsoft.com/en-us/defender-office-365/anti-spam-spam-confidence-level-scl-about");
const QString SaDoc = QStringLiteral("https://spamassassin.apache.org/full/3.4.x/doc/Mail_SpamAssassin_Conf.html");
const QString SaRules = QStringLiteral("https://spamassassin.apache.org/old/tests_3_3_x.html");
const QString RspamdDoc = QStringLiteral("https://docs.rspamd.com/modules/milter_headers");
const QString OcnDoc = QStringLiteral("https://support.ntt.com/ocn/support/pid2900000mns");

DecodedToken token(const QString &name, const QString &value, const LocalText &label, const LocalText &meaning,
                   const QString &source)
{
    DecodedToken t;
    t.token = name;
    t.value = value;
    t.label = label;
    t.meaning = meaning;
    t.source = meaning.isEmpty() ? QString() : source;
    t.documented = !meaning.isEmpty();
    return t;
}

ReceiverRule rule(const QString &name, std::optional<double> weight, const QString &family, const LocalText &meaning,
                  const QString &source, const QString &options = {})
{
    ReceiverRule r;
    r.name = name;
    r.weight = weight;
    r.options = options;
    r.family = family;
    r.meaning = meaning;
    r.source = meaning.isEmpty() ? QString() : source;
    r.documented = !meaning.isEmpty();
    return r;
}

ReceiverVerdict field(const QString &vendor, const LocalText &vendorName, const QString &name, const LocalText &meaning,
                      const QString &source, const QString &raw, int line, bool trusted, ReceiverVerdict::Verdict verdict)
{
    ReceiverVerdict v;
    v.vendor = vendor;
    v.vendorName = vendorName;
    v.field = name;
    v.fieldMeaning = meaning;
    v.fieldSource = source;
    v.raw = raw;
    v.line = line;
    v.trusted = trusted;
    v.verdict = verdict;
    return v;
}

const LocalText Microsoft{u"Microsoft 365 / Outlook.com"_qs, u"Microsoft 365 / Outlook.com"_qs};

// Outlook.com put the message in Junk: SFV:SPM, SCL 5, dest:J, RF:JunkEmail; the sender's own
// Exchange Online tenant wrote an SCL of -1 on the way out (a claim).
QList<ReceiverVerdict> microsoftJunk()
{
    ReceiverVerdict forefront = field(u"microsoft"_qs, Microsoft, u"X-Forefront-Antispam-Report"_qs,
        {u"Exchange Online Protection's anti-spam report for this message"_qs, u"Exchange Online Protection がこのメールに付けた迷惑メール対策の記録"_qs},
        MsDoc,
        u"CIP:203.0.113.25;CTRY:JP;LANG:ja;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:mail.example.co.jp;PTR:mail.example.co.jp;CAT:SPM;SFS:(13230040)(4636009)(376014);DIR:INB;"_qs,
        9, true, ReceiverVerdict::Verdict::Junk);
    forefront.score = 5;
    forefront.threshold = 5;
    forefront.decoded = {
        token(u"CIP"_qs, u"203.0.113.25"_qs, {u"Connecting IP address"_qs, u"接続元 IP アドレス"_qs}, {u"The IP address that delivered the message to Microsoft"_qs, u"Microsoft にメールを届けた IP アドレスです。"_qs}, MsDoc),
        token(u"CTRY"_qs, u"JP"_qs, {u"Source country"_qs, u"送信元の国"_qs}, {u"The country of the connecting IP address"_qs, u"接続元 IP アドレスの国です。"_qs}, MsDoc),
        token(u"LANG"_qs, u"ja"_qs, {u"Language of the message"_qs, u"メールの言語"_qs}, {u"The language the message is written in"_qs, u"メールが書かれている言語です。"_qs}, MsDoc),
        token(u"SCL"_qs, u"5"_qs, {u"Spam confidence level"_qs, u"迷惑メール信頼度（SCL）"_qs}, {u"Spam: delivered to the recipients' Junk Email folder"_qs, u"迷惑メールと判定され、受信者の迷惑メールフォルダーに配送されます。"_qs}, MsScl),
        token(u"SRV"_qs, QString(), {u"Bulk mail"_qs, u"大量送信メール"_qs}, {}, MsDoc),
        token(u"IPV"_qs, u"NLI"_qs, {u"IP reputation"_qs, u"IP アドレスの評価"_qs}, {u"The IP address is not on any IP reputation list"_qs, u"IP アドレスはどの評価リストにも載っていません。"_qs}, MsDoc),
        token(u"SFV"_qs, u"SPM"_qs, {u"Spam filtering verdict"_qs, u"迷惑メールフィルターの判定"_qs}, {u"Marked as spam by spam filtering"_qs, u"迷惑メールフィルターが迷惑メールと判定しました。"_qs}, MsDoc),
        token(u"H"_qs, u"mail.example.co.jp"_qs, {u"HELO or EHLO name"_qs, u"HELO／EHLO のホスト名"_qs}, {u"The name the connecting server gave in HELO or EHLO"_qs, u"接続元サーバーが HELO／EHLO で名乗ったホスト名です。"_qs}, MsDoc),
        token(u"PTR"_qs, u"mail.example.co.jp"_qs, {u"PTR name"_qs, u"逆引きホスト名（PTR）"_qs}, {u"The reverse DNS name of the connecting IP address"_qs, u"接続元 IP アドレスの逆引きホスト名（PTR）です。"_qs}, MsDoc),
        token(u"CAT"_qs, u"SPM"_qs, {u"Protection policy category"_qs, u"適用された保護ポリシーの分類"_qs}, {u"Spam"_qs, u"迷惑メール"_qs}, MsDoc),
        token(u"SFS"_qs, u"(13230040)(4636009)(376014)"_qs, {u"Spam rules matched"_qs, u"一致した迷惑メールルール"_qs}, {}, MsDoc),
        token(u"DIR"_qs, u"INB"_qs, {u"Direction"_qs, u"方向"_qs}, {u"Inbound message"_qs, u"受信したメールです。"_qs}, MsDoc),
    };
    forefront.undocumented = {u"SRV="_qs, u"SFS=(13230040)(4636009)(376014)"_qs};

    ReceiverVerdict antispam = field(u"microsoft"_qs, Microsoft, u"X-Microsoft-Antispam"_qs,
        {u"Bulk mail and phishing levels"_qs, u"大量送信メールとフィッシングの度合い"_qs}, MsDoc,
        u"BCL:0;ARA:13230040|376014|1800799024|366016;"_qs, 8, true, ReceiverVerdict::Verdict::Unknown);
    antispam.decoded = {
        token(u"BCL"_qs, u"0"_qs, {u"Bulk complaint level"_qs, u"大量送信の苦情レベル（BCL）"_qs}, {u"The message is not from a bulk sender"_qs, u"大量送信者からのメールではありません。"_qs}, MsDoc),
        token(u"ARA"_qs, u"13230040|376014|1800799024|366016"_qs, {}, {}, MsDoc),
    };
    antispam.undocumented = {u"ARA"_qs};

    ReceiverVerdict delivery = field(u"microsoft"_qs, Microsoft, u"X-Microsoft-Antispam-Mailbox-Delivery"_qs,
        {u"Where the mailbox delivered the message"_qs, u"メールボックスへの配送先"_qs}, MsDoc,
        u"ucf:0;jmr:0;auth:0;dest:J;OFR:SpamFilterAuthJ;ENG:(910001)(944506478)(944626604)(920097)(930097);RF:JunkEmail;"_qs,
        7, true, ReceiverVerdict::Verdict::Junk);
    delivery.decoded = {
        token(u"ucf"_qs, u"0"_qs, {}, {}, MsDoc),
        token(u"jmr"_qs, u"0"_qs, {}, {}, MsDoc),
        token(u"auth"_qs, u"0"_qs, {}, {}, MsDoc),
        token(u"dest"_qs, u"J"_qs, {u"Destination folder"_qs, u"配送先フォルダー"_qs}, {u"The Junk Email folder"_qs, u"迷惑メールフォルダーです。"_qs}, MsDoc),
        token(u"OFR"_qs, u"SpamFilterAuthJ"_qs, {u"Folder routing reason"_qs, u"振り分けの理由"_qs}, {}, MsDoc),
        token(u"ENG"_qs, u"(910001)(944506478)(944626604)(920097)(930097)"_qs, {}, {}, MsDoc),
        token(u"RF"_qs, u"JunkEmail"_qs, {u"Routing folder"_qs, u"振り分け先フォルダー"_qs}, {u"Routed to the Junk Email folder"_qs, u"迷惑メールフォルダーに振り分けられました。"_qs}, MsDoc),
    };
    delivery.undocumented = {u"ucf"_qs, u"jmr"_qs, u"auth"_qs, u"OFR=SpamFilterAuthJ"_qs, u"ENG"_qs};

    ReceiverVerdict claim = field(u"microsoft"_qs, Microsoft, u"X-MS-Exchange-Organization-SCL"_qs,
        {u"The spam confidence level inside an Exchange organisation"_qs, u"Exchange 組織内の迷惑メール信頼度（SCL）"_qs}, MsScl,
        u"-1"_qs, 31, false, ReceiverVerdict::Verdict::None);
    claim.score = -1;
    claim.decoded = {token(u"SCL"_qs, u"-1"_qs, {u"Spam confidence level"_qs, u"迷惑メール信頼度（SCL）"_qs},
                           {u"Spam filtering was skipped"_qs, u"迷惑メールフィルターを通していません。"_qs}, MsScl)};
    return {delivery, antispam, forefront, claim};
}

// A Japanese ISP's SpamAssassin tagged the message ([meiwaku] in the subject, X-Spam-Status Yes,
// 7.2 of 5.0); the sender's own SpamAssassin said No on the way out (a claim).
QList<ReceiverVerdict> spamAssassinTagged()
{
    const LocalText spamAssassin{u"SpamAssassin"_qs, u"SpamAssassin"_qs};
    ReceiverVerdict tag = field(u"ocn"_qs, {u"OCN"_qs, u"OCN"_qs}, u"Subject"_qs,
        {u"The subject tag OCN's spam filter adds"_qs, u"OCN の迷惑メールフィルターが件名に付ける印"_qs}, OcnDoc,
        u"[meiwaku] 【重要】ご利用料金のお支払い方法の確認"_qs, 12, true, ReceiverVerdict::Verdict::Tagged);
    tag.decoded = {token(u"tag"_qs, u"[meiwaku]"_qs, {u"Subject tag"_qs, u"件名の印"_qs},
                         {u"OCN's filter judged the message as spam and added [meiwaku] to the subject"_qs,
                          u"OCN のフィルターが迷惑メールと判定し、件名に [meiwaku] を付けました。"_qs}, OcnDoc)};

    ReceiverVerdict status = field(u"spamassassin"_qs, spamAssassin, u"X-Spam-Status"_qs,
        {u"SpamAssassin's verdict, score and the tests that matched"_qs, u"SpamAssassin の判定、スコア、一致したテスト"_qs}, SaDoc,
        u"Yes, score=7.2 required=5.0 tests=BAYES_99=3.5,BAYES_999=0.2,HTML_MESSAGE=0.001,RCVD_IN_SBL_CSS=2.5,RDNS_NONE=0.793,SPF_HELO_NONE=0.001,KAM_JP_PHISH=0.2 autolearn=no autolearn_force=no version=3.4.6"_qs,
        14, true, ReceiverVerdict::Verdict::Tagged);
    status.score = 7.2;
    status.threshold = 5.0;
    status.decoded = {
        token(u"verdict"_qs, u"Yes"_qs, {u"Spam"_qs, u"迷惑メールかどうか"_qs}, {u"The score reached the required score: spam"_qs, u"スコアが基準値に達したため、迷惑メールと判定されました。"_qs}, SaDoc),
        token(u"score"_qs, u"7.2"_qs, {u"Score"_qs, u"スコア"_qs}, {u"The sum of the points of the tests that matched"_qs, u"一致したテストの点数の合計です。"_qs}, SaDoc),
        token(u"required"_qs, u"5.0"_qs, {u"Required score"_qs, u"基準値（しきい値）"_qs}, {u"The score from which a message is spam"_qs, u"この値以上のスコアで迷惑メールと判定されます。"_qs}, SaDoc),
        token(u"autolearn"_qs, u"no"_qs, {u"Bayes auto-learning"_qs, u"ベイズの自動学習"_qs}, {u"The message was not learned automatically"_qs, u"このメールは自動学習されていません。"_qs}, SaDoc),
        token(u"version"_qs, u"3.4.6"_qs, {u"SpamAssassin version"_qs, u"SpamAssassin のバージョン"_qs}, {u"The version that checked the message"_qs, u"判定したバージョンです。"_qs}, SaDoc),
    };
    const LocalText bayes{u"Bayesian spam probability is 99 to 100%"_qs, u"ベイズ推定による迷惑メールの確率が 99～100% です。"_qs};
    status.rules = {
        rule(u"BAYES_99"_qs, 3.5, u"bayes"_qs, bayes, SaRules),
        rule(u"BAYES_999"_qs, 0.2, u"bayes"_qs, {u"Bayesian spam probability is 99.9 to 100%"_qs, u"ベイズ推定による迷惑メールの確率が 99.9～100% です。"_qs}, SaRules),
        rule(u"HTML_MESSAGE"_qs, 0.001, u"html"_qs, {u"The message has an HTML part"_qs, u"HTML のパートがあります。"_qs}, SaRules),
        rule(u"RCVD_IN_SBL_CSS"_qs, 2.5, u"dnsbl"_qs, {u"A relay is listed in Spamhaus SBL CSS"_qs, u"中継サーバーが Spamhaus SBL CSS に掲載されています。"_qs}, SaRules),
        rule(u"RDNS_NONE"_qs, 0.793, u"rdns"_qs, {u"The delivering relay has no reverse DNS name"_qs, u"配送した中継サーバーに逆引きホスト名（PTR）がありません。"_qs}, SaRules),
        rule(u"SPF_HELO_NONE"_qs, 0.001, u"spf"_qs, {u"The HELO name publishes no SPF record"_qs, u"HELO のホスト名に SPF レコードがありません。"_qs}, SaRules),
        rule(u"KAM_JP_PHISH"_qs, 0.2, QString(), {}, SaRules),
    };
    status.undocumented = {u"KAM_JP_PHISH"_qs};

    ReceiverVerdict flag = field(u"spamassassin"_qs, spamAssassin, u"X-Spam-Flag"_qs,
        {u"Set when SpamAssassin judged the message as spam"_qs, u"SpamAssassin が迷惑メールと判定したときに付きます。"_qs}, SaDoc,
        u"YES"_qs, 13, true, ReceiverVerdict::Verdict::Tagged);
    flag.decoded = {token(u"flag"_qs, u"YES"_qs, {u"Spam flag"_qs, u"迷惑メールの印"_qs}, {u"Spam"_qs, u"迷惑メールです。"_qs}, SaDoc)};

    ReceiverVerdict claim = field(u"spamassassin"_qs, spamAssassin, u"X-Spam-Status"_qs,
        {u"SpamAssassin's verdict, score and the tests that matched"_qs, u"SpamAssassin の判定、スコア、一致したテスト"_qs}, SaDoc,
        u"No, score=-0.1 required=5.0 tests=DKIM_SIGNED,DKIM_VALID autolearn=ham version=3.4.2"_qs, 40, false,
        ReceiverVerdict::Verdict::Inbox);
    claim.score = -0.1;
    claim.threshold = 5.0;
    claim.rules = {rule(u"DKIM_SIGNED"_qs, {}, u"dkim"_qs, {u"The message has a DKIM signature"_qs, u"DKIM 署名があります。"_qs}, SaRules),
                   rule(u"DKIM_VALID"_qs, {}, u"dkim"_qs, {u"A DKIM signature verifies"_qs, u"DKIM 署名の検証に成功しています。"_qs}, SaRules)};
    return {tag, flag, status, claim};
}

// rspamd added a spam header ("add header"): 6.40 against its reject threshold of 15.
QList<ReceiverVerdict> rspamdAddHeader()
{
    const LocalText rspamd{u"rspamd"_qs, u"rspamd"_qs};
    ReceiverVerdict result = field(u"rspamd"_qs, rspamd, u"X-Spamd-Result"_qs,
        {u"rspamd's score, action and every symbol that matched"_qs, u"rspamd のスコア、アクション、一致したすべてのシンボル"_qs}, RspamdDoc,
        u"default: False [6.40 / 15.00]; BAYES_SPAM(5.10)[99.99%]; R_SPF_FAIL(1.00)[-all]; DMARC_POLICY_QUARANTINE(1.50)[example.com : No valid SPF, No valid DKIM,quarantine]; MIME_GOOD(-0.10)[text/plain]; R_DKIM_NA(0.00)[]; ARC_NA(0.00)[]; FROM_HAS_DN(0.00)[]; RCVD_COUNT_THREE(0.00)[3]; ASN(0.00)[asn:64500, ipnet:203.0.113.0/24, country:JP]; LOCAL_SHOP_LINKS(-1.10)[]; action=add header"_qs,
        18, true, ReceiverVerdict::Verdict::Tagged);
    result.score = 6.4;
    result.threshold = 15;
    result.decoded = {
        token(u"default"_qs, u"False"_qs, {u"Over the reject threshold"_qs, u"拒否のしきい値を超えたか"_qs}, {u"The score stayed under the reject threshold"_qs, u"スコアは拒否のしきい値を下回っています。"_qs}, RspamdDoc),
        token(u"score"_qs, u"6.40 / 15.00"_qs, {u"Score / reject threshold"_qs, u"スコア／拒否のしきい値"_qs}, {u"The sum of the symbols' weights against the reject threshold"_qs, u"シンボルの重みの合計と、拒否のしきい値です。"_qs}, RspamdDoc),
        token(u"action"_qs, u"add header"_qs, {u"Action"_qs, u"アクション"_qs}, {u"Add a spam header; the mailbox decides the folder"_qs, u"迷惑メールを示すヘッダーを付けます。振り分け先はメールボックス側で決まります。"_qs}, RspamdDoc),
    };
    const QString symbols = u"https://docs.rspamd.com/modules/"_qs;
    result.rules = {
        rule(u"BAYES_SPAM"_qs, 5.10, u"bayes"_qs, {u"The Bayes classifier says spam"_qs, u"ベイズ分類器が迷惑メールと判定しました。"_qs}, symbols, u"99.99%"_qs),
        rule(u"R_SPF_FAIL"_qs, 1.00, u"spf"_qs, {u"SPF fails"_qs, u"SPF 認証が失敗（fail）しました。"_qs}, symbols, u"-all"_qs),
        rule(u"DMARC_POLICY_QUARANTINE"_qs, 1.50, u"dmarc"_qs, {u"DMARC fails and the policy is quarantine"_qs, u"DMARC が失敗し、ポリシーが隔離（quarantine）です。"_qs}, symbols,
             u"example.com : No valid SPF, No valid DKIM,quarantine"_qs),
        rule(u"MIME_GOOD"_qs, -0.10, u"mime"_qs, {u"Well-formed MIME structure"_qs, u"MIME の構造が正しい形式です。"_qs}, symbols, u"text/plain"_qs),
        rule(u"R_DKIM_NA"_qs, 0.00, u"dkim"_qs, {u"No DKIM signature"_qs, u"DKIM 署名がありません。"_qs}, symbols),
        rule(u"ARC_NA"_qs, 0.00, u"arc"_qs, {u"No ARC set"_qs, u"ARC ヘッダーがありません。"_qs}, symbols),
        rule(u"FROM_HAS_DN"_qs, 0.00, u"headers"_qs, {u"The From field has a display name"_qs, u"From ヘッダーに表示名があります。"_qs}, symbols),
        rule(u"RCVD_COUNT_THREE"_qs, 0.00, u"headers"_qs, {u"Three to five Received fields"_qs, u"Received ヘッダーが 3～5 個あります。"_qs}, symbols, u"3"_qs),
        rule(u"ASN"_qs, 0.00, u"asn"_qs, {u"The network of the sending IP address"_qs, u"送信元 IP のネットワークです。"_qs}, symbols,
             u"asn:64500, ipnet:203.0.113.0/24, country:JP"_qs),
        rule(u"LOCAL_SHOP_LINKS"_qs, -1.10, QString(), {}, symbols),
    };
    result.undocumented = {u"LOCAL_SHOP_LINKS"_qs};

    ReceiverVerdict bar = field(u"rspamd"_qs, rspamd, u"X-Spamd-Bar"_qs,
        {u"The score as a bar of + or - signs"_qs, u"スコアを + と - の数で表したもの"_qs}, RspamdDoc, u"++++++"_qs, 17, true,
        ReceiverVerdict::Verdict::Unknown);
    bar.decoded = {token(u"bar"_qs, u"++++++"_qs, {u"Score bar"_qs, u"スコアの棒グラフ"_qs}, {u"About 6 points towards spam"_qs, u"迷惑メール寄りに約 6 点です。"_qs}, RspamdDoc)};
    return {bar, result};
}

} // namespace

QList<ReceiverVerdict> TestReceiverVerdictView::messageVerdicts(const QString &message)
{
    if (message == u"microsoft")
        return microsoftJunk();
    if (message == u"spamassassin")
        return spamAssassinTagged();
    return rspamdAddHeader();
}

void TestReceiverVerdictView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KensaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestReceiverVerdictView"));
    QVERIFY(QDir().mkpath(screenshotDir()));
    // Never ask DNS outside the loopback network: offline; the sample brings its zone.
    QSettings settings;
    settings.setValue(QStringLiteral("dns/offline"), true);
    settings.remove(QStringLiteral("dns/servers"));
    settings.remove(QStringLiteral("dns/zoneFiles"));
    settings.setValue(QStringLiteral("checklist/bulk"), false);
}

void TestReceiverVerdictView::init()
{
    Localization::apply(QStringLiteral("en"));
}

QString TestReceiverVerdictView::screenshotDir()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
}

// The bundled sample (it passes SPF, DKIM and DMARC with its zone): the receiver's decision
// below is shown whatever the authentication says.
bool TestReceiverVerdictView::openSample(MainWindow &window)
{
    QSignalSpy spy(&window, &MainWindow::analysisShown);
    window.openSample();
    return spy.wait(30000);
}

void TestReceiverVerdictView::show(MainWindow &window, const QList<ReceiverVerdict> &verdicts)
{
    Report report = window.currentReport();
    report.receiverVerdicts = verdicts;
    report.receiverChecked = true;
    window.checklistView()->setReport(report, true);
    window.receiverView()->setReport(report);
    QCoreApplication::processEvents();
}

QString TestReceiverVerdictView::englishLeft(const QString &text)
{
    // Raw tokens, field and vendor names stay as written; an English word of the UI does not.
    static const QRegularExpression words(QStringLiteral(
        "\\b(the|The|of|and|put|this|message|folder|Score|score|against|threshold|Rules|weighed|receiver|Receiver|"
        "written|claims?|Claims?|field|line|itself|decision|only|earlier|hop|Tagged|Junk|Inbox|verdict)\\b"));
    const QRegularExpressionMatch match = words.match(text);
    return match.hasMatch() ? match.captured(0) : QString();
}

void TestReceiverVerdictView::card_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QStringList>("decision");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QStringList>("trust");

    QTest::newRow("microsoft-junk-en") << u"microsoft"_qs << u"en"_qs << u"Junk folder"_qs
        << QStringList{u"Score 5 against a threshold of 5."_qs}
        << QStringList()
        << QStringList{u"From X-Forefront-Antispam-Report (line 9), written by the receiving server itself: its own decision."_qs,
                       u"Also: X-Microsoft-Antispam-Mailbox-Delivery: Junk folder."_qs,
                       u"1 more field from an earlier hop"_qs};
    QTest::newRow("microsoft-junk-ja") << u"microsoft"_qs << u"ja"_qs << u"迷惑メールフォルダー"_qs
        << QStringList{u"スコアは 5 で、しきい値は 5 です。"_qs}
        << QStringList()
        << QStringList{u"受信サーバー自身"_qs, u"X-Forefront-Antispam-Report ヘッダー（9 行目）"_qs, u"X-Microsoft-Antispam-Mailbox-Delivery：迷惑メールフォルダー"_qs, u"申告"_qs};
    QTest::newRow("spamassassin-tagged-en") << u"spamassassin"_qs << u"en"_qs << u"Tagged as spam"_qs
        << QStringList{u"Score 7.2 against a threshold of 5."_qs}
        << QStringList{u"Rules that weighed most: BAYES_99 (+3.5), RCVD_IN_SBL_CSS (+2.5), RDNS_NONE (+0.793), BAYES_999 (+0.2), KAM_JP_PHISH (+0.2)."_qs}
        << QStringList{u"From X-Spam-Status (line 14)"_qs, u"Subject: Tagged as spam"_qs, u"X-Spam-Flag: Tagged as spam"_qs,
                       u"1 more field from an earlier hop is only a claim."_qs};
    QTest::newRow("spamassassin-tagged-ja") << u"spamassassin"_qs << u"ja"_qs << u"迷惑メールの印"_qs
        << QStringList{u"スコアは 7.2 で、しきい値は 5 です。"_qs}
        << QStringList{u"BAYES_99（+3.5）"_qs, u"RCVD_IN_SBL_CSS（+2.5）"_qs}
        << QStringList{u"受信サーバー自身"_qs, u"14 行目"_qs, u"Subject：迷惑メールの印"_qs};
    QTest::newRow("rspamd-add-header-en") << u"rspamd"_qs << u"en"_qs << u"Tagged as spam"_qs
        << QStringList{u"Score 6.4 against a threshold of 15."_qs}
        << QStringList{u"Rules that weighed most: BAYES_SPAM (+5.1), DMARC_POLICY_QUARANTINE (+1.5), LOCAL_SHOP_LINKS (-1.1), R_SPF_FAIL (+1), MIME_GOOD (-0.1)."_qs}
        << QStringList{u"From X-Spamd-Result (line 18)"_qs};
    QTest::newRow("rspamd-add-header-ja") << u"rspamd"_qs << u"ja"_qs << u"迷惑メールの印"_qs
        << QStringList{u"スコアは 6.4 で、しきい値は 15 です。"_qs}
        << QStringList{u"BAYES_SPAM（+5.1）"_qs}
        << QStringList{u"18 行目"_qs};
}

void TestReceiverVerdictView::card()
{
    QFETCH(QString, message);
    QFETCH(QString, language);
    QFETCH(QString, badge);
    QFETCH(QStringList, decision);
    QFETCH(QStringList, rules);
    QFETCH(QStringList, trust);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openSample(window));
    window.setLanguage(language);
    show(window, messageVerdicts(message));
    ReceiverCard *card = window.checklistView()->receiverCard();
    QVERIFY(card->isVisible());
    QCOMPARE(card->badgeText(), badge);
    QVERIFY2(card->titleText().contains(message == u"microsoft" ? u"Microsoft 365 / Outlook.com"_qs
                                        : message == u"spamassassin" ? u"SpamAssassin"_qs : u"rspamd"_qs),
             qPrintable(card->titleText()));
    for (const QString &part : decision)
        QVERIFY2(card->decisionText().contains(part), qPrintable(card->decisionText()));
    for (const QString &part : rules)
        QVERIFY2(card->rulesText().contains(part), qPrintable(card->rulesText()));
    if (rules.isEmpty())
        QVERIFY(card->rulesText().isEmpty());
    for (const QString &part : trust)
        QVERIFY2(card->trustText().contains(part), qPrintable(card->trustText()));
    // Zero weights moved nothing: never among the rules that weighed most.
    QVERIFY(!card->rulesText().contains(u"R_DKIM_NA"));
    if (language == u"ja") {
        for (const QString &text : {card->titleText(), card->decisionText(), card->rulesText(), card->trustText()})
            QVERIFY2(englishLeft(text).isEmpty(), qPrintable(text));
    }
    window.setLanguage(QStringLiteral("en"));
}

void TestReceiverVerdictView::bannerLeadsWithTheReceiversDecision_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lead");
    QTest::addColumn<QString>("authentication");
    QTest::newRow("en") << u"en"_qs << u"The receiver's own decision: Junk folder (Microsoft 365 / Outlook.com, score 5 against a threshold of 5)."_qs
                        << u"From the authentication alone: "_qs;
    QTest::newRow("ja") << u"ja"_qs << u"受信サーバー自身の判定は「迷惑メールフォルダー」です（Microsoft 365 / Outlook.com、スコア 5、しきい値 5）。"_qs
                        << u"送信ドメイン認証だけから見ると："_qs;
}

void TestReceiverVerdictView::bannerLeadsWithTheReceiversDecision()
{
    QFETCH(QString, language);
    QFETCH(QString, lead);
    QFETCH(QString, authentication);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openSample(window));
    window.setLanguage(language);
    QTest::qWait(20);
    ChecklistView *view = window.checklistView();
    const QString before = view->headlineText();
    QVERIFY(!before.contains(lead));
    // The sample passes its authentication; Outlook.com still put it in Junk, and says so.
    show(window, microsoftJunk());
    QCOMPARE(view->headlineText(), lead);
    const QList<QLabel *> labels = view->findChildren<QLabel *>();
    const bool authLine = std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) {
        return l->isVisible() && l->text().startsWith(authentication) && l->text().contains(before);
    });
    QVERIFY2(authLine, qPrintable(before));
    // A claim alone never leads the banner.
    QList<ReceiverVerdict> claims = microsoftJunk();
    claims.removeIf([](const ReceiverVerdict &v) { return v.trusted; });
    show(window, claims);
    QCOMPARE(view->headlineText(), before);
    window.setLanguage(QStringLiteral("en"));
}

void TestReceiverVerdictView::claimsOnly()
{
    for (const QString &language : {u"en"_qs, u"ja"_qs}) {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openSample(window));
        window.setLanguage(language);
        QList<ReceiverVerdict> verdicts = spamAssassinTagged();
        verdicts.removeIf([](const ReceiverVerdict &v) { return v.trusted; });
        show(window, verdicts);
        ReceiverCard *card = window.checklistView()->receiverCard();
        QVERIFY(card->isVisible());
        if (language == u"en") {
            QCOMPARE(card->badgeText(), u"Claims only"_qs);
            QVERIFY2(card->decisionText().contains(u"(X-Spam-Status, an earlier hop) claims \"Inbox\""), qPrintable(card->decisionText()));
            QVERIFY(card->trustText().contains(u"claims from an earlier hop"));
        } else {
            QCOMPARE(card->badgeText(), u"申告のみ"_qs);
            QVERIFY2(card->decisionText().contains(u"「受信トレイ」と申告"), qPrintable(card->decisionText()));
            for (const QString &text : {card->titleText(), card->decisionText(), card->trustText()})
                QVERIFY2(englishLeft(text).isEmpty(), qPrintable(text));
        }
        ReceiverView *tab = window.receiverView();
        QVERIFY(tab->summaryText().contains(language == u"en" ? u"all claims"_qs : u"すべて前の中継による申告"_qs));
        window.setLanguage(QStringLiteral("en"));
    }
}

void TestReceiverVerdictView::noVerdictField()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openSample(window));
    const QString headline = window.checklistView()->headlineText();
    show(window, {});
    QVERIFY(window.checklistView()->receiverCard()->isHidden());
    QCOMPARE(window.checklistView()->headlineText(), headline);
    QVERIFY2(window.receiverView()->summaryText().startsWith(u"The receiving server wrote no spam-verdict field"),
             qPrintable(window.receiverView()->summaryText()));
    QCOMPARE(window.receiverView()->tree()->topLevelItemCount(), 0);
    window.setLanguage(QStringLiteral("ja"));
    QTest::qWait(20);
    QVERIFY2(window.receiverView()->summaryText().startsWith(u"受信サーバーは"), qPrintable(window.receiverView()->summaryText()));
    window.setLanguage(QStringLiteral("en"));
}

void TestReceiverVerdictView::tabListsEveryField_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("trusted");
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("undocumented");
    QTest::addColumn<QString>("summary");
    QTest::newRow("en") << u"en"_qs << u"Receiving server (trusted)"_qs << u"Claim (earlier hop)"_qs << u"Undocumented"_qs
                        << u"4 verdict fields in this message. 3 written by the receiving server itself (trusted), 1 only claimed by an earlier hop."_qs;
    QTest::newRow("ja") << u"ja"_qs << u"受信サーバー（信頼）"_qs << u"申告（前の中継）"_qs << u"未公開"_qs
                        << u"このメールには迷惑メール判定のヘッダーが 4 件あります。受信サーバー自身が書いたもの（信頼）が 3 件、前の中継による申告が 1 件です。"_qs;
}

void TestReceiverVerdictView::tabListsEveryField()
{
    QFETCH(QString, language);
    QFETCH(QString, trusted);
    QFETCH(QString, claim);
    QFETCH(QString, undocumented);
    QFETCH(QString, summary);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openSample(window));
    window.setLanguage(language);
    show(window, microsoftJunk());
    ReceiverView *tab = window.receiverView();
    QTreeWidget *tree = tab->tree();
    QCOMPARE(tab->summaryText(), summary);
    QCOMPARE(tree->topLevelItemCount(), 4);
    QVERIFY(tree->topLevelItem(0)->text(0).startsWith(u"X-Microsoft-Antispam-Mailbox-Delivery · "));
    QVERIFY2(tree->topLevelItem(0)->text(0).contains(trusted), qPrintable(tree->topLevelItem(0)->text(0)));
    QVERIFY2(tree->topLevelItem(3)->text(0).contains(claim), qPrintable(tree->topLevelItem(3)->text(0)));
    QVERIFY(tree->topLevelItem(3)->text(0).endsWith(language == u"en" ? u"line 31"_qs : u"31 行目"_qs));
    // Every token of the field is a row, undocumented ones say so in words.
    QTreeWidgetItem *forefront = tree->topLevelItem(2);
    QCOMPARE(forefront->childCount(), 12);
    QVERIFY2(forefront->text(0).contains(language == u"en" ? u" · Junk folder, 5 / 5 · "_qs : u" · 迷惑メールフォルダー、5 / 5 · "_qs),
             qPrintable(forefront->text(0)));
    QVERIFY(forefront->isFirstColumnSpanned());
    QCOMPARE(forefront->child(3)->text(0), u"SCL"_qs);
    QCOMPARE(forefront->child(3)->text(1), u"5"_qs);
    QVERIFY(!forefront->child(3)->text(2).contains(undocumented));
    QVERIFY2(forefront->child(10)->text(2).contains(undocumented, Qt::CaseInsensitive), qPrintable(forefront->child(10)->text(2)));
    QVERIFY2(tree->topLevelItem(1)->child(1)->text(2).contains(undocumented), qPrintable(tree->topLevelItem(1)->child(1)->text(2)));

    // The field: receiver, trust, verdict, score, its documentation as text, the raw text.
    tab->selectField(2);
    QVERIFY(tab->detailText().contains(u"Microsoft 365 / Outlook.com"));
    QVERIFY(tab->detailText().contains(language == u"en" ? u"Score 5 against a threshold of 5."_qs : u"スコアは 5 で、しきい値は 5 です。"_qs));
    QCOMPARE(tab->sourceText(), MsDoc);
    QVERIFY(tab->copySourceButton()->isEnabled());
    QVERIFY(tab->rawText().startsWith(u"X-Forefront-Antispam-Report: CIP:203.0.113.25;"));
    // A token: its label, value, meaning and source.
    tab->selectToken(2, u"SCL"_qs);
    QVERIFY(tab->detailText().contains(language == u"en" ? u"Spam: delivered to the recipients' Junk Email folder"_qs
                                                         : u"受信者の迷惑メールフォルダーに配送されます"_qs));
    QCOMPARE(tab->sourceText(), MsScl);
    // An undocumented token: no meaning invented, no source.
    tab->selectToken(1, u"ARA"_qs);
    QVERIFY2(tab->detailText().contains(undocumented), qPrintable(tab->detailText()));
    QVERIFY(!tab->copySourceButton()->isEnabled());
    // The claim says it is one.
    tab->selectField(3);
    QVERIFY2(tab->detailText().contains(language == u"en" ? u"a claim, not the receiver's decision"_qs : u"申告"_qs),
             qPrintable(tab->detailText()));

    // rspamd: rules with weight, options and meaning; an undocumented symbol.
    show(window, rspamdAddHeader());
    QTreeWidgetItem *result = tree->topLevelItem(1);
    QTreeWidgetItem *rules = result->child(result->childCount() - 1);
    QCOMPARE(rules->childCount(), 10);
    QCOMPARE(rules->child(2)->text(0), u"DMARC_POLICY_QUARANTINE"_qs);
    QCOMPARE(rules->child(2)->text(1), u"+1.5 {example.com : No valid SPF, No valid DKIM,quarantine}"_qs);
    QVERIFY(rules->child(9)->text(2).contains(undocumented));
    tab->selectRule(1, u"BAYES_SPAM"_qs);
    QVERIFY(tab->detailText().contains(u"+5.1"));
    QVERIFY(tab->detailText().contains(u"99.99%"));
    QCOMPARE(tab->sourceText(), u"https://docs.rspamd.com/modules/"_qs);
    if (language == u"ja") {
        QVERIFY2(englishLeft(tab->summaryText()).isEmpty(), qPrintable(tab->summaryText()));
        for (int c = 0; c < 3; ++c)
            QVERIFY2(englishLeft(tree->headerItem()->text(c)).isEmpty(), qPrintable(tree->headerItem()->text(c)));
    }
    window.setLanguage(QStringLiteral("en"));
}

void TestReceiverVerdictView::languageSwitchRetranslates()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openSample(window));
    show(window, microsoftJunk());
    ReceiverCard *card = window.checklistView()->receiverCard();
    window.receiverView()->selectToken(2, u"SCL"_qs);
    QCOMPARE(card->badgeText(), u"Junk folder"_qs);
    QCOMPARE(window.tabs()->tabText(3), u"Receiver's verdict"_qs);
    window.setLanguage(QStringLiteral("ja"));
    QTest::qWait(20);
    QCOMPARE(card->badgeText(), u"迷惑メールフォルダー"_qs);
    QCOMPARE(window.tabs()->tabText(3), u"受信サーバーの判定"_qs);
    QCOMPARE(window.receiverView()->tree()->headerItem()->text(1), u"値"_qs);
    // The selection survives the switch, its text follows the language.
    QVERIFY2(window.receiverView()->detailText().contains(u"迷惑メール信頼度（SCL）"), qPrintable(window.receiverView()->detailText()));
    window.setLanguage(QStringLiteral("en"));
    QTest::qWait(20);
    QCOMPARE(card->badgeText(), u"Junk folder"_qs);
    QVERIFY(window.receiverView()->detailText().contains(u"Spam confidence level"));
}

void TestReceiverVerdictView::screenshots_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString &message : {u"microsoft"_qs, u"spamassassin"_qs, u"rspamd"_qs}) {
        for (const QString &language : {u"en"_qs, u"ja"_qs}) {
            for (const QSize &size : {QSize(1280, 800), QSize(1920, 1080)})
                QTest::newRow(qPrintable(u"%1-%2x%3-%4"_qs.arg(message).arg(size.width()).arg(size.height()).arg(language)))
                    << message << language << size;
        }
    }
}

void TestReceiverVerdictView::screenshots()
{
    QFETCH(QString, message);
    QFETCH(QString, language);
    QFETCH(QSize, size);
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setLanguage(language);
    QVERIFY(openSample(window));
    show(window, messageVerdicts(message));
    const QString suffix = u"%1-%2x%3-%4.png"_qs.arg(message).arg(size.width()).arg(size.height()).arg(language);
    window.tabs()->setCurrentWidget(window.checklistView());
    QTest::qWait(100);
    QVERIFY(window.checklistView()->receiverCard()->isVisible());
    QVERIFY(window.grab().save(screenshotDir() + u"/receiver-card-"_qs + suffix));
    window.tabs()->setCurrentWidget(window.receiverView());
    // The field with the rules when there is one, else the first.
    ReceiverView *tab = window.receiverView();
    for (int i = 0; i < tab->tree()->topLevelItemCount(); ++i) {
        const QString name = tab->tree()->topLevelItem(i)->text(0).section(u" · "_qs, 0, 0);
        if (name == u"X-Spamd-Result" || name == u"X-Spam-Status" || name == u"X-Forefront-Antispam-Report") {
            tab->selectField(i);
            break;
        }
    }
    QTest::qWait(100);
    QVERIFY(window.grab().save(screenshotDir() + u"/receiver-tab-"_qs + suffix));
    window.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestReceiverVerdictView)
#include "TestReceiverVerdictView.moc"
