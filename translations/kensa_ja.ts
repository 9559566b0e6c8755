<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>GuiMain</name>
    <message>
        <source>Open the bundled sample message.</source>
        <translation>同梱のサンプルメールを開きます。</translation>
    </message>
    <message>
        <source>Kensa tells you why an email was delivered, sent to spam or rejected.</source>
        <translation>Kensa は、メールが受信トレイに届いた理由、迷惑メールになった理由、受信拒否された理由を説明します。</translation>
    </message>
    <message>
        <source>Message (.eml, .msg, pasted source) or mbox file to open.</source>
        <translation>開くメール（.eml、.msg、貼り付けたメッセージのソース）または mbox ファイルです。</translation>
    </message>
</context>
<context>
    <name>KensaCli</name>
    <message>
        <source>kensa-cli: %1: %2</source>
        <translation>kensa-cli: %1: %2</translation>
    </message>
    <message>
        <source>Re-verifies the authentication of email messages and prints what it finds.

Exit codes: 0 all inputs analysed, 2 usage error, 3 an input could not be read.</source>
        <translation>メールの送信ドメイン認証を自ら再検証し、その結果を表示します。

終了コード：0＝すべての入力を解析、2＝使い方の誤り、3＝読み込めない入力あり。</translation>
    </message>
    <message>
        <source>Print the JSON report (schema 1) instead of text.</source>
        <translation>テキストの代わりに JSON レポート（スキーマ 1）を出力します。</translation>
    </message>
    <message>
        <source>Language of the text output: en or ja.</source>
        <translation>テキスト出力の言語：en または ja。</translation>
    </message>
    <message>
        <source>Treat every input as an mbox file of several messages.</source>
        <translation>すべての入力を、複数のメールを含む mbox ファイルとして扱います。</translation>
    </message>
    <message>
        <source>Try &apos;kensa-cli --help&apos;.</source>
        <translation>使い方は「kensa-cli --help」で確認してください。</translation>
    </message>
    <message>
        <source>kensa-cli: unknown language &apos;%1&apos; (use en or ja)</source>
        <translation>kensa-cli: 不明な言語「%1」です（en または ja を指定してください）</translation>
    </message>
    <message>
        <source>kensa-cli: no input file given.</source>
        <translation>kensa-cli: 入力ファイルが指定されていません。</translation>
    </message>
    <message>
        <source>kensa-cli: %1, line %2: %3</source>
        <translation>kensa-cli: %1、%2 行目：%3</translation>
    </message>
    <message>
        <source>Ask this DNS server (HOST or HOST:PORT; repeatable) instead of those of /etc/resolv.conf.</source>
        <translation>/etc/resolv.conf のサーバーの代わりに、この DNS サーバーに問い合わせます（HOST または HOST:PORT。複数指定可）。</translation>
    </message>
    <message>
        <source>Answer DNS questions from this zone file or saved DNS snapshot first (repeatable).</source>
        <translation>DNS の問い合わせに、まずこのゾーンファイルまたは保存した DNS スナップショットで答えます（複数指定可）。</translation>
    </message>
    <message>
        <source>Send no DNS query at all: only --zone files answer; checks that need other names say they could not be verified.</source>
        <translation>DNS の問い合わせを一切送りません。--zone のファイルだけが応答し、それ以外の名前が必要な確認項目は「検証できませんでした」と表示します。</translation>
    </message>
    <message>
        <source>Give each message at most this many seconds, DNS included (default 20).</source>
        <translation>1 通あたりの解析時間の上限（秒、DNS を含む。既定値 20）。</translation>
    </message>
    <message>
        <source>Judge signature expiry (x=, t=) at this time instead of now (ISO 8601 or seconds since 1970).</source>
        <translation>署名の有効期限（x=、t=）を現在ではなくこの日時で判定します（ISO 8601 形式、または 1970 年からの秒数）。</translation>
    </message>
    <message>
        <source>Write every DNS answer used to FILE as a snapshot that --zone reads back.</source>
        <translation>使用したすべての DNS 応答を、--zone で読み戻せるスナップショットとして FILE に書き出します。</translation>
    </message>
    <message>
        <source>Benchmark: verify the DKIM signatures of every .eml below DIR single-threaded, keys from --zone files (or DIR/*.zone), and print messages per second beside the OpenSSL bound.</source>
        <translation>ベンチマーク：DIR 以下のすべての .eml の DKIM 署名をシングルスレッドで検証し（鍵は --zone のファイル、なければ DIR/*.zone から）、1 秒あたりの処理通数を OpenSSL の理論上限と並べて表示します。</translation>
    </message>
    <message>
        <source>kensa-cli: --now wants an ISO 8601 time such as 2024-02-01T12:00:00Z, not &apos;%1&apos;</source>
        <translation>kensa-cli: --now には 2024-02-01T12:00:00Z のような ISO 8601 形式の日時を指定してください（指定値：%1）</translation>
    </message>
    <message>
        <source>kensa-cli: cannot write the DNS snapshot %1: %2</source>
        <translation>kensa-cli: DNS スナップショット %1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>Judge the checklist for a bulk sender (5,000 or more messages a day): bulk-only rules count.</source>
        <translation>大量送信者（1 日 5,000 通以上）としてチェックリストを判定します。大量送信者向けの要件も対象になります。</translation>
    </message>
    <message>
        <source>Treat the message as subscribed/marketing mail (the unsubscribe rules apply) whatever its headers say.</source>
        <translation>ヘッダーの内容にかかわらず、広告・メルマガとして扱います（配信停止の要件が対象になります）。</translation>
    </message>
    <message>
        <source>Treat the message as transactional mail (the one-click unsubscribe rule does not apply).</source>
        <translation>トランザクションメール（注文確認・パスワード再設定などの通知）として扱います（ワンクリック配信停止の要件は対象外になります）。</translation>
    </message>
    <message>
        <source>kensa-cli: --marketing and --transactional exclude each other.</source>
        <translation>kensa-cli: --marketing と --transactional は同時に指定できません。</translation>
    </message>
    <message>
        <source>Print each JSON report (schema 1) on one line as soon as it is done (JSON Lines).</source>
        <translation>JSON レポート（スキーマ 1）を、解析が終わるごとに 1 行ずつ出力します（JSON Lines）。</translation>
    </message>
    <message>
        <source>Show no progress on standard error (it is shown only when standard error is a terminal).</source>
        <translation>標準エラー出力に進み具合を表示しません（表示するのは標準エラー出力が端末のときだけです）。</translation>
    </message>
    <message>
        <source>kensa-cli: --json and --jsonl exclude each other.</source>
        <translation>kensa-cli: --json と --jsonl は同時に指定できません。</translation>
    </message>
    <message>
        <source>%1 messages · %2 msgs/s</source>
        <translation>メール %1 通、毎秒 %2 通</translation>
    </message>
    <message>
        <source>%1/%2 messages · %3 msgs/s · %4 left</source>
        <translation>メール %1/%2 通、毎秒 %3 通、残り %4</translation>
    </message>
    <message>
        <source>kensa-cli: --timeout wants a number of seconds above 0 and at most 3600, not &apos;%1&apos;</source>
        <translation>kensa-cli: --timeout には 0 より大きく 3600 以下の秒数を指定してください（指定値：%1）</translation>
    </message>
    <message>
        <source>Restrict the checklist to this provider: gmail, yahoo, apple, outlook, docomo, au or softbank (repeatable).</source>
        <translation>チェックリストをこのメールサービス（携帯キャリアを含む）に絞ります：gmail、yahoo、apple、outlook、docomo、au、softbank（複数指定可）。</translation>
    </message>
    <message>
        <source>kensa-cli: unknown provider &quot;%1&quot;; use gmail, yahoo, apple, outlook, docomo, au or softbank.</source>
        <translation>kensa-cli: 「%1」は不明なメールサービスです。gmail、yahoo、apple、outlook、docomo、au、softbank のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Write the report of the message as a self-contained HTML file (no scripts, nothing loaded from the network).</source>
        <translation>メールのレポートを、単体で開ける HTML ファイルとして書き出します（スクリプトなし、ネットワークから読み込むものなし）。</translation>
    </message>
    <message>
        <source>Write the same report as an A4 PDF file.</source>
        <translation>同じレポートを A4 の PDF ファイルとして書き出します。</translation>
    </message>
    <message>
        <source>With --html or --pdf: include the text of the message body (left out by default).</source>
        <translation>--html または --pdf と一緒に使います：メール本文のテキストを含めます（既定では含めません）。</translation>
    </message>
    <message>
        <source>With --html or --pdf: mask the local parts of the recipients&apos; addresses (To, Cc, Delivered-To, Received for ...).</source>
        <translation>--html または --pdf と一緒に使います：受信者のアドレス（To、Cc、Delivered-To、Received ヘッダーの for など）のローカルパートを伏せ字にします。</translation>
    </message>
    <message numerus="yes">
        <source>kensa-cli: --html and --pdf write the report of one message; the input holds %n message(s).</source>
        <translation>
            <numerusform>kensa-cli: --html と --pdf が書き出すのはメール 1 通のレポートです。入力にはメールが %n 通あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>kensa-cli: cannot write the HTML report %1: %2</source>
        <translation>kensa-cli: HTML レポート %1 を書き出せません：%2</translation>
    </message>
    <message>
        <source>kensa-cli: cannot write the PDF report %1: %2</source>
        <translation>kensa-cli: PDF レポート %1 を書き出せません：%2</translation>
    </message>
    <message>
        <source>Print only the summary for the customer (the most likely reason first, who can fix it), then its technical block, instead of the full report.</source>
        <translation>完全なレポートの代わりに、お客様向けの要約（最も可能性の高い原因から順に、誰が対処できるか）と、その技術情報だけを出力します。</translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation>%1 の %2 通目</translation>
    </message>
    <message>
        <source>Write the evidence bundle (.kensa) of the one message analysed to FILE: the message, the DNS answers used, the time and the switches, so that kensa-cli FILE shows the same result later, offline.</source>
        <translation>解析したメール 1 通のエビデンスファイル（.kensa）を FILE に書き出します。メール、使用した DNS 応答、解析時刻、判定の条件をまとめて保存するので、後で kensa-cli FILE を実行するとオフラインで同じ結果を表示します。</translation>
    </message>
    <message>
        <source>Message (.eml), pasted source (.txt), mbox file or evidence bundle (.kensa, analysed offline as saved); - reads standard input.</source>
        <translation>メール（.eml）、貼り付けたソース（.txt）、mbox ファイルまたはエビデンスファイル（.kensa、保存時のとおりオフラインで解析）。- は標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>kensa-cli: %1: the DNS snapshot of the evidence bundle cannot be read, line %2: %3</source>
        <translation>kensa-cli: %1：エビデンスファイルの DNS スナップショットを読み込めません（%2 行目）：%3</translation>
    </message>
    <message>
        <source>kensa-cli: %1: from an evidence bundle saved at %2 by Kensa %3: analysed offline with its DNS answers only, as at %4.</source>
        <translation>kensa-cli: %1：%2 に Kensa %3 で保存されたエビデンスファイルです。含まれる DNS 応答だけを使い、%4 時点としてオフラインで解析しました。</translation>
    </message>
    <message numerus="yes">
        <source>kensa-cli: --save-evidence saves the evidence of one message, but %n message(s) were analysed.</source>
        <translation>
            <numerusform>kensa-cli: --save-evidence で保存できるのはメール 1 通のエビデンスだけですが、%n 通を解析しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>kensa-cli: cannot write the evidence bundle %1: %2</source>
        <translation>kensa-cli: エビデンスファイル %1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>Analyse on N threads at once (default: one per core, here %1). Many messages wait on DNS together in any case; the output keeps the input order.</source>
        <translation>N 個のスレッドで同時に解析します（既定値はコア数、この環境では %1）。いずれの場合も多数のメールの DNS 問い合わせを並行して待ち、出力は入力の順に並びます。</translation>
    </message>
    <message>
        <source>kensa-cli: --jobs wants a number of threads from 1 to 256, not &apos;%1&apos;</source>
        <translation>kensa-cli: --jobs には 1 以上 256 以下のスレッド数を指定してください（指定値：%1）</translation>
    </message>
    <message>
        <source>the PDF module cannot be loaded (%1)</source>
        <translation>PDF 出力用のモジュールを読み込めません（%1）</translation>
    </message>
</context>
<context>
    <name>KensaCliTools</name>
    <message>
        <source>Print a JSON object instead of text.</source>
        <translation>テキストの代わりに JSON オブジェクトを出力します。</translation>
    </message>
    <message>
        <source>Language of the text output: en or ja.</source>
        <translation>テキスト出力の言語：en または ja。</translation>
    </message>
    <message>
        <source>Ask this DNS server (HOST or HOST:PORT; repeatable).</source>
        <translation>この DNS サーバーに問い合わせます（HOST または HOST:PORT。複数指定可）。</translation>
    </message>
    <message>
        <source>Answer from this zone file or DNS snapshot first (repeatable).</source>
        <translation>まずこのゾーンファイルまたは DNS スナップショットで応答します（複数指定可）。</translation>
    </message>
    <message>
        <source>Send no DNS query; only --zone files answer.</source>
        <translation>DNS の問い合わせを送りません。--zone のファイルだけが応答します。</translation>
    </message>
    <message>
        <source>kensa-cli: %1: %2</source>
        <translation>kensa-cli: %1: %2</translation>
    </message>
    <message>
        <source>Evaluates SPF (RFC 7208 check_host) for a client IP and envelope sender, with the full trace and the DNS lookup count. With --scope from, checks the header From domain instead, as the Japanese carriers&apos; spoofed-sender filters (docomo, au, SoftBank) do.</source>
        <translation>送信元 IP とエンベロープFrom（Return-Path）について SPF（RFC 7208 の check_host）を評価し、評価の全過程と DNS ルックアップ回数を表示します。--scope from を指定すると、携帯キャリア（docomo・au・SoftBank）のなりすまし拒否と同じく、ヘッダーFrom のドメインを確かめます。</translation>
    </message>
    <message>
        <source>Which identity to check: mailfrom (the envelope sender, the default) or from (the header From domain, with --from).</source>
        <extracomment>Do not translate &quot;mailfrom&quot; and &quot;from&quot;: they are the values the option takes</extracomment>
        <translation>確かめる対象：mailfrom（エンベロープFrom、既定）または from（ヘッダーFrom のドメイン。--from と一緒に指定）。</translation>
    </message>
    <message>
        <source>The header From address or domain, for --scope from.</source>
        <translation>--scope from で確かめるヘッダーFrom のアドレスまたはドメイン。</translation>
    </message>
    <message>
        <source>kensa-cli spf: --scope takes mailfrom or from.</source>
        <translation>kensa-cli spf: --scope には mailfrom か from を指定してください。</translation>
    </message>
    <message>
        <source>kensa-cli spf: --scope from needs --ip with an IP address and --from with an address or domain.</source>
        <translation>kensa-cli spf: --scope from には、IP アドレスを指定した --ip と、アドレスかドメインを指定した --from が必要です。</translation>
    </message>
    <message>
        <source>The client&apos;s IP address.</source>
        <translation>送信元の IP アドレス。</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM); &apos;&apos; is the null reverse-path, and the HELO name is checked.</source>
        <translation>エンベロープFrom（MAIL FROM）。&apos;&apos; は空のリバースパス（null reverse-path）で、その場合は HELO 名を検証します。</translation>
    </message>
    <message>
        <source>The HELO/EHLO name.</source>
        <translation>HELO/EHLO 名。</translation>
    </message>
    <message>
        <source>kensa-cli spf: --ip with an IP address and --mailfrom are required.</source>
        <translation>kensa-cli spf: IP アドレスを指定した --ip と --mailfrom が必要です。</translation>
    </message>
    <message>
        <source>kensa-cli spf: an empty --mailfrom needs --helo (RFC 7208 §2.4).</source>
        <translation>kensa-cli spf: --mailfrom が空の場合は --helo が必要です（RFC 7208 §2.4）。</translation>
    </message>
    <message>
        <source>SPF for %1 from %2: %3</source>
        <translation>%1 の SPF（送信元 %2）：%3</translation>
    </message>
    <message>
        <source>Explanation (exp=): %1</source>
        <translation>説明（exp=）：%1</translation>
    </message>
    <message>
        <source>DNS lookups: %1 of 10, void lookups: %2 of 2</source>
        <translation>DNS ルックアップ：%1 回（上限 10 回）、結果が空のルックアップ（void lookup）：%2 回（上限 2 回）</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>評価の過程：</translation>
    </message>
    <message>
        <source>Finds the DMARC policy that applies to DOMAIN (RFC 9989 DNS Tree Walk, and the RFC 7489 answer beside it) and shows its tags and problems.</source>
        <translation>DOMAIN に適用される DMARC ポリシーを探し（RFC 9989 の DNS ツリーウォーク、および RFC 7489 による結果）、タグと問題点を表示します。</translation>
    </message>
    <message>
        <source>The From domain.</source>
        <translation>ヘッダーFrom のドメイン。</translation>
    </message>
    <message>
        <source>kensa-cli dmarc: give exactly one DOMAIN.</source>
        <translation>kensa-cli dmarc: DOMAIN を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>DMARC for %1: temperror</source>
        <translation>%1 の DMARC：一時エラー（temperror）</translation>
    </message>
    <message>
        <source>DMARC for %1: no policy record, neither at _dmarc.%1 nor higher up the DNS tree.</source>
        <translation>%1 の DMARC：ポリシーレコードがありません（_dmarc.%1 にも上位ドメインにもありません）。</translation>
    </message>
    <message>
        <source>DMARC for %1: record at _dmarc.%2</source>
        <translation>%1 の DMARC：_dmarc.%2 のレコード</translation>
    </message>
    <message>
        <source>policy p=%1, subdomains sp=%2, non-existent subdomains np=%3, testing t=%4</source>
        <translation>ポリシー p=%1、サブドメイン sp=%2、存在しないサブドメイン np=%3、テストモード t=%4</translation>
    </message>
    <message>
        <source>alignment: DKIM %1, SPF %2</source>
        <translation>アライメント：DKIM %1、SPF %2</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>厳格</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>緩和</translation>
    </message>
    <message>
        <source>organisational domain: %1 (DNS Tree Walk), %2 (Public Suffix List)</source>
        <translation>組織ドメイン：%1（DNS ツリーウォーク）、%2（Public Suffix List）</translation>
    </message>
    <message>
        <source>SPF for the header From domain %1 from %2: %3</source>
        <extracomment>%1 the header From domain, %2 the client IP, %3 the SPF result word</extracomment>
        <translation>ヘッダーFrom のドメイン %1 の SPF（送信元 %2）：%3</translation>
    </message>
</context>
<context>
    <name>kensa::AboutDialog</name>
    <message>
        <source>About Kensa</source>
        <translation>Kensa について</translation>
    </message>
    <message>
        <source>Re-verifies why an email was delivered, sent to spam or rejected, and checks it against the sender requirements of Gmail, Yahoo, Apple and Outlook.com.</source>
        <translation>メールが受信トレイに届いた理由、迷惑メールに振り分けられた理由、受信拒否された理由を自ら再検証し、Gmail・Yahoo（米国）・Apple・Outlook.com の送信者要件と照らし合わせます。</translation>
    </message>
    <message>
        <source>Built with these libraries:</source>
        <translation>使用しているライブラリ：</translation>
    </message>
</context>
<context>
    <name>kensa::ArcCard</name>
    <message numerus="yes">
        <source>ARC chain of %n set(s)</source>
        <translation>
            <numerusform>ARC チェーン（%n セット）</numerusform>
        </translation>
    </message>
    <message>
        <source>Validated now: %1</source>
        <translation>今回の検証：%1</translation>
    </message>
    <message>
        <source>The chain broke at set %1.</source>
        <translation>チェーンはセット %1 で途切れています。</translation>
    </message>
    <message>
        <source>Oldest set whose message signature still verifies: %1</source>
        <translation>署名（AMS）が現在も検証できる最も古いセット：%1</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>セット</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>シールしたドメイン</translation>
    </message>
    <message>
        <source>cv</source>
        <translation>チェーン判定（cv）</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>シール</translation>
    </message>
    <message>
        <source>Message signature</source>
        <translation>署名（AMS）</translation>
    </message>
    <message>
        <source>What it saw</source>
        <translation>受信時の認証結果</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>result word, cv= token</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>kensa::AuthResultsBlock</name>
    <message>
        <source>(no authserv-id)</source>
        <translation>（authserv-id なし）</translation>
    </message>
    <message>
        <source>ARC-Authentication-Results i=%1 by %2 (line %3)</source>
        <translation>ARC-Authentication-Results i=%1（%2、%3 行目）</translation>
    </message>
    <message>
        <source>Authentication-Results by %1 (line %2)</source>
        <translation>Authentication-Results（%1、%2 行目）</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>信頼</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>申告</translation>
    </message>
    <message>
        <source>Written by a server that handled the message on its way and sealed with ARC; the ARC check judges it.</source>
        <translation>配送経路上のサーバーが書き込み、ARC でシールしたものです。信頼できるかどうかは ARC の検証で判断します。</translation>
    </message>
    <message>
        <source>Written by the final receiver when the message arrived: this is what the receiver decided.</source>
        <translation>最終的な受信サーバーがメールの受信時に書き込んだもので、受信サーバーの判定結果です。</translation>
    </message>
    <message>
        <source>Not written by the final receiver: an earlier server, or the sender itself, may have added it. It is shown, not believed.</source>
        <translation>最終的な受信サーバーが書き込んだものではありません。途中のサーバーや送信者自身が追加した可能性があるため、表示はしますが信頼はしません。</translation>
    </message>
    <message>
        <source>The receiver recorded that it checked nothing (&quot;none&quot;).</source>
        <translation>受信サーバーは「検証なし（none）」と記録しています。</translation>
    </message>
    <message>
        <source>This field does not follow RFC 8601; Kensa read it leniently.</source>
        <translation>このヘッダーは RFC 8601 に準拠していないため、Kensa は寛容に解釈して読み取りました。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>result word, RFC 8601 token</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>理由：%1</translation>
    </message>
</context>
<context>
    <name>kensa::AuthenticationView</name>
    <message>
        <source>DKIM signatures</source>
        <translation>DKIM 署名</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature. Gmail, Yahoo, Apple and Outlook.com require DKIM from bulk senders.</source>
        <translation>このメールには DKIM 署名がありません。Gmail・Yahoo（米国）・Apple・Outlook.com は大量送信者に DKIM を求めています。</translation>
    </message>
    <message>
        <source>Each signature was verified again now, with the key published in DNS today, and compared with what the receiver recorded at delivery.</source>
        <translation>各署名を、現在 DNS に公開されている鍵で改めて検証し、配送時に受信サーバーが記録した結果と比較しています。</translation>
    </message>
    <message>
        <source>Authentication-Results</source>
        <translation>Authentication-Results（受信サーバーの認証結果）</translation>
    </message>
    <message>
        <source>The message carries no Authentication-Results field: no receiver recorded its verdicts. Open the message as received by the mailbox (&quot;Show original&quot;), not as sent.</source>
        <translation>このメールには Authentication-Results ヘッダーがなく、受信サーバーの判定結果が記録されていません。送信時のものではなく、受信したメールボックスから取り出したメール（「メッセージのソースを表示」など）を開いてください。</translation>
    </message>
    <message>
        <source>The fields marked Trusted were written by the final receiver (%1) when the message arrived. The others are shown as claims: an earlier server or the sender may have written them.</source>
        <translation>「信頼」と表示されたヘッダーは、最終的な受信サーバー（%1）がメールの受信時に書き込んだものです。それ以外は申告として表示しています。途中のサーバーや送信者が書き込んだ可能性があります。</translation>
    </message>
    <message>
        <source>No field could be attributed to the final receiver, so every field is shown as a claim.</source>
        <translation>最終的な受信サーバーが書き込んだヘッダーを特定できなかったため、すべてを申告として表示しています。</translation>
    </message>
    <message>
        <source>DMARC, SPF and ARC</source>
        <translation>DMARC・SPF・ARC</translation>
    </message>
</context>
<context>
    <name>kensa::ChecklistModel</name>
    <message>
        <source>bulk</source>
        <comment>checklist tag</comment>
        <extracomment>Tag on a checklist cell: the rule is for bulk senders only (5,000+ a day)</extracomment>
        <translation>大量送信者</translation>
    </message>
    <message>
        <source>marketing</source>
        <comment>checklist tag</comment>
        <extracomment>Tag on a checklist cell: the rule is for subscribed/marketing mail only</extracomment>
        <translation>広告・メルマガ</translation>
    </message>
    <message>
        <source>forwarded</source>
        <comment>checklist tag</comment>
        <extracomment>Tag on a checklist cell: the rule is for mail that went through a forwarder or list</extracomment>
        <translation>転送</translation>
    </message>
    <message>
        <source>recommended</source>
        <comment>checklist tag</comment>
        <extracomment>Tag on a checklist cell: the provider recommends this, it does not require it</extracomment>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>A checklist cell whose check waits for DNS answers</extracomment>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status word, tag</comment>
        <extracomment>Screen reader text of a checklist cell: status word, then a tag such as &quot;bulk&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Requirement</source>
        <extracomment>Column title of the checklist: the requirement rows</extracomment>
        <translation>要件</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <comment>checklist tag, reason</comment>
        <extracomment>Tooltip of a checklist cell with a tag: the tag (&quot;bulk&quot;), then why the cell has its status</extracomment>
        <translation>（%1）%2</translation>
    </message>
</context>
<context>
    <name>kensa::ChecklistView</name>
    <message>
        <source>Inbox</source>
        <comment>provider verdict</comment>
        <extracomment>Where a provider would most likely deliver the message (checklist banner)</extracomment>
        <translation>受信トレイ</translation>
    </message>
    <message>
        <source>Spam</source>
        <comment>provider verdict</comment>
        <extracomment>The provider would most likely deliver the message to the spam folder (checklist banner)</extracomment>
        <translation>迷惑メール</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>provider verdict</comment>
        <extracomment>The provider would most likely refuse the message at SMTP time (checklist banner)</extracomment>
        <translation>受信拒否</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <comment>provider verdict</comment>
        <extracomment>Kensa cannot tell what the provider would do (checklist banner)</extracomment>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>Open a message to check it against the providers&apos; requirements.</source>
        <translation>メールを開くと、各メールサービスの送信者要件に照らして確認します。</translation>
    </message>
    <message>
        <source>No requirement could be judged for this message.</source>
        <translation>このメールについて判定できた要件はありません。</translation>
    </message>
    <message>
        <source>Still checking: the verdict may change as DNS answers arrive.</source>
        <translation>確認中です。DNS の応答がそろうにつれて判定が変わることがあります。</translation>
    </message>
    <message>
        <source>Kensa cannot tell for sure what %1 would do with this message.</source>
        <translation>%1 がこのメールをどう扱うかは、Kensa では判定できません。</translation>
    </message>
    <message>
        <source>Checking DNS…</source>
        <translation>DNS を確認中…</translation>
    </message>
    <message numerus="yes">
        <source>Checking DNS… %1 of %n check(s) done</source>
        <extracomment>%1 checks of %n are finished; the others wait for DNS answers</extracomment>
        <translation>
            <numerusform>DNS を確認中…（確認項目 %n 件中 %1 件が完了）</numerusform>
        </translation>
    </message>
    <message>
        <source>a bulk-mail service&apos;s header</source>
        <extracomment>A marketing signal: a header field only bulk-mail services add (X-Mailgun-*, X-SES-* ...)</extracomment>
        <translation>配信サービスが付けるヘッダー</translation>
    </message>
    <message>
        <source>From the message: looks like marketing mail.</source>
        <translation>メールの内容から判断：広告・メルマガのようです。</translation>
    </message>
    <message>
        <source>From the message: looks like marketing mail (%1).</source>
        <translation>メールの内容から判断：広告・メルマガのようです（%1）。</translation>
    </message>
    <message>
        <source>From the message: no sign of marketing mail.</source>
        <translation>メールの内容から判断：広告・メルマガの特徴はありません。</translation>
    </message>
    <message>
        <source>From the message: not marketing mail, despite %1.</source>
        <translation>メールの内容から判断：%1 はありますが、広告・メルマガではありません。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>Badge of the checklist banner while DNS answers are still arriving</extracomment>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>verdict word, reason</comment>
        <extracomment>A provider&apos;s verdict word, then why (&quot;Spam: DMARC fails ...&quot;)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>About the sender</source>
        <translation>送信者について</translation>
    </message>
    <message>
        <source>Bulk sender (5,000+ a day)</source>
        <translation>大量送信者（1 日 5,000 通以上）</translation>
    </message>
    <message>
        <source>Gmail, Yahoo, Apple and Outlook.com have extra rules for senders of about 5,000 or more messages a day. Kensa cannot see the volume: say it here.</source>
        <translation>Gmail・Yahoo（米国）・Apple・Outlook.com には、1 日におよそ 5,000 通以上を送る送信者向けの追加の要件があります。Kensa には送信量が分からないため、ここで指定してください。</translation>
    </message>
    <message>
        <source>&amp;Marketing / subscribed message:</source>
        <translation>広告・メルマガ(&amp;M)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>marketing switch</comment>
        <extracomment>Marketing switch: decide from the message&apos;s own signals (List-Unsubscribe, List-Id ...)</extracomment>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>marketing switch</comment>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <comment>marketing switch</comment>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Provider rules as reviewed on %1.</source>
        <translation>各メールサービスの要件は %1 時点の内容です。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>provider list</comment>
        <extracomment>Separator between provider names sharing one verdict (&quot;Gmail, Yahoo&quot;)</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>From the message: still checking the unsubscribe fields…</source>
        <extracomment>The unsubscribe check waits for the DKIM verdicts (it needs to know which signature covers the fields)</extracomment>
        <translation>メールの内容から判断：配信停止のヘッダーを確認中です…</translation>
    </message>
    <message>
        <source>Yahoo is Yahoo Mail in the US; the rules of Yahoo! JAPAN are not part of this table.</source>
        <translation>Yahoo（米国）は米国のメールサービスです。Yahoo! JAPAN（Yahoo!メール）の要件はこの表に含まれていません。</translation>
    </message>
    <message>
        <source>Japanese carriers</source>
        <extracomment>Shows the columns of docomo, au and SoftBank in the checklist</extracomment>
        <translation>携帯キャリア</translation>
    </message>
    <message>
        <source>From the authentication alone: %1</source>
        <extracomment>First line under the receiver&apos;s own decision: what the authentication alone suggests</extracomment>
        <translation>送信ドメイン認証だけから見ると：%1</translation>
    </message>
    <message>
        <source>The receiver&apos;s own decision: %1 (%2, score %3 against a threshold of %4).</source>
        <extracomment>Banner headline when the receiving server wrote its own verdict: %1 the verdict word (&quot;Junk folder&quot;), %2 the receiver</extracomment>
        <translation>受信サーバー自身の判定は「%1」です（%2、スコア %3、しきい値 %4）。</translation>
    </message>
    <message>
        <source>The receiver&apos;s own decision: %1 (%2, score %3).</source>
        <translation>受信サーバー自身の判定は「%1」です（%2、スコア %3）。</translation>
    </message>
    <message>
        <source>The receiver&apos;s own decision: %1 (%2).</source>
        <translation>受信サーバー自身の判定は「%1」です（%2）。</translation>
    </message>
    <message>
        <source>Show docomo, au and SoftBank: their spoofed-sender rejection checks SPF of the header From domain, and each subscriber decides whether to switch it on.</source>
        <translation>docomo・au・SoftBank の列を表示します。これらのなりすまし拒否はヘッダーFrom のドメインで SPF を確かめます。設定をオンにするかは利用者ごとに異なります。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>provider: status</comment>
        <extracomment>A copied checklist cell: provider, then its status word (and tag)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <extracomment>A copied checklist cell: why the cell has its status</extracomment>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>根拠：%1</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2)</source>
        <translation>根拠：%1（%2）</translation>
    </message>
    <message>
        <source>Provider</source>
        <extracomment>Column of the copied checklist table: the mailbox provider</extracomment>
        <translation>メールサービス</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column of the copied checklist table: the cell&apos;s status word</extracomment>
        <translation>判定</translation>
    </message>
    <message>
        <source>Why</source>
        <extracomment>Column of the copied checklist table: why the cell has its status</extracomment>
        <translation>理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>Column of the copied checklist table: the evidence in the message</extracomment>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Not a message</source>
        <extracomment>Badge of the checklist banner when the input is not an email message</extracomment>
        <translation>メールではありません</translation>
    </message>
    <message>
        <source>This is not an email message, so nothing is judged.</source>
        <extracomment>Headline of the checklist banner when the input is not an email message; the line under it says what it is</extracomment>
        <translation>メールではないため、何も判定していません。</translation>
    </message>
    <message>
        <source>Open the .eml file, or paste the full source of the message.</source>
        <translation>.eml ファイルを開くか、メールのソース全体を貼り付けてください。</translation>
    </message>
    <message numerus="yes">
        <source>Checking… (%1 of %n DNS answer(s))</source>
        <extracomment>Banner headline while DNS answers arrive: %1 received of %n asked</extracomment>
        <translation>
            <numerusform>確認中…（DNS の応答 %n 件中 %1 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is judged until every DNS answer is in.</source>
        <translation>DNS の応答がすべてそろうまで判定しません。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Badge of the checklist banner after the user cancelled the analysis</extracomment>
        <translation>中止</translation>
    </message>
    <message>
        <source>The analysis was cancelled, so nothing is judged.</source>
        <translation>分析を中止したため、何も判定していません。</translation>
    </message>
    <message>
        <source>It stopped before every DNS answer was in. Choose View &gt; Re-analyse (%1) to run it again.</source>
        <extracomment>%1 is the key that analyses the message again (F5)</extracomment>
        <translation>DNS の応答がそろう前に中止しました。もう一度実行するには「表示 &gt; 再分析」（%1）を選んでください。</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <extracomment>Badge of the checklist banner when Kensa&apos;s DNS answers cannot be relied on</extracomment>
        <translation>信頼できません</translation>
    </message>
    <message>
        <source>The verdict is unreliable: Kensa&apos;s DNS cannot be reached.</source>
        <translation>判定は信頼できません：Kensa の DNS に接続できません。</translation>
    </message>
    <message>
        <source>The verdict is unreliable: Kensa&apos;s DNS answers that no name exists, not even the root zone.</source>
        <translation>判定は信頼できません：Kensa の DNS が、ルートゾーンを含むすべての名前について「存在しない」と応答しています。</translation>
    </message>
    <message>
        <source>The verdict is unreliable: Kensa&apos;s DNS answers cannot be relied on.</source>
        <translation>判定は信頼できません：Kensa の DNS の応答が信頼できません。</translation>
    </message>
    <message>
        <source>Less</source>
        <comment>banner toggle</comment>
        <translation>短く表示</translation>
    </message>
    <message>
        <source>More</source>
        <comment>banner toggle</comment>
        <translation>続きを表示</translation>
    </message>
    <message>
        <source>Show the banner at its usual height</source>
        <translation>判定の欄を通常の高さに戻します</translation>
    </message>
    <message>
        <source>Show the whole text of the banner</source>
        <translation>判定の文章をすべて表示します</translation>
    </message>
</context>
<context>
    <name>kensa::ClipboardText</name>
    <message>
        <source> · </source>
        <comment>copied row separator</comment>
        <extracomment>Between the parts of one row of a card when it is copied (&quot;Fail · Signature 1 by example.com&quot;)</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Line %1 of the message is empty or missing: there is nothing to copy.</source>
        <translation>メールの %1 行目は空か、存在しません。コピーできる内容はありません。</translation>
    </message>
    <message>
        <source>This analysis holds no DNS answer for %1 (%2): there is no record to copy.</source>
        <translation>この分析には %1（%2）の DNS 応答が含まれていません。コピーできるレコードはありません。</translation>
    </message>
    <message>
        <source>The DNS answer for %1 (%2) held no record (%3): there is nothing to copy.</source>
        <translation>%1（%2）の DNS 応答にレコードはありませんでした（%3）。コピーできる内容はありません。</translation>
    </message>
    <message>
        <source>None of the records answered for %1 (%2) starts with %3: there is nothing to copy.</source>
        <translation>%1（%2）の DNS 応答に %3 で始まるレコードはありません。コピーできる内容はありません。</translation>
    </message>
    <message>
        <source>This item points to no header field of the message and to no DNS record.</source>
        <translation>この項目には、根拠となるメールのヘッダーも DNS レコードもありません。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where a piece of evidence is in the message: header field name, line number</extracomment>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Copy selected text</source>
        <translation>選択したテキストをコピー</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy this item as text, with its result and evidence</source>
        <translation>この項目を、判定と根拠を含むテキストとしてコピーします。</translation>
    </message>
    <message>
        <source>Copy evidence line</source>
        <extracomment>Copies the exact header field or DNS record an item rests on</extracomment>
        <translation>根拠の行をコピー</translation>
    </message>
    <message>
        <source>Copy the header field or DNS record this item rests on, exactly as written</source>
        <translation>この項目の根拠となるヘッダーまたは DNS レコードを、書かれたとおりにコピーします。</translation>
    </message>
</context>
<context>
    <name>kensa::CompareDialog</name>
    <message>
        <source>Not checked</source>
        <extracomment>Compare view: a check that did not run for this message</extracomment>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>result word, RFC token</comment>
        <extracomment>Compare view: a result in the user&apos;s language, then the RFC 8601 word (&quot;Pass (pass)&quot;)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Compare view: the message has no such value</extracomment>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>None written</source>
        <extracomment>Compare view: no receiving server wrote its own spam verdict</extracomment>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>receiver, verdict</comment>
        <extracomment>Compare view: %1 the receiver, %2 its verdict word (&quot;Microsoft 365: Junk folder&quot;)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>provider, status</comment>
        <extracomment>Compare view, a checklist row whose status differs by provider: %1 provider, %2 status</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ヘッダーFrom</translation>
    </message>
    <message>
        <source>Return-Path</source>
        <translation>エンベロープFrom（Return-Path）</translation>
    </message>
    <message>
        <source>Delivering IP</source>
        <extracomment>Compare view: the IP address that handed the message to the receiving server</extracomment>
        <translation>送信元 IP</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DKIM d= (signing domain)</source>
        <translation>DKIM 署名ドメイン（d=）</translation>
    </message>
    <message>
        <source>DKIM s= (selector)</source>
        <translation>DKIM セレクター（s=）</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>No ARC headers</source>
        <translation>ARC ヘッダーなし</translation>
    </message>
    <message>
        <source>Receiver&apos;s verdict</source>
        <translation>受信サーバーの判定</translation>
    </message>
    <message>
        <source>Verdict at %1</source>
        <extracomment>Compare view row: what a provider would most likely do with the message; %1 the provider</extracomment>
        <translation>%1 での判定</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>違い</translation>
    </message>
    <message>
        <source>≠ Differs</source>
        <extracomment>Compare view: marks a row whose two values differ (shown with a tint as well)</extracomment>
        <translation>≠ 違いあり</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) differ between the two messages; they are tinted and marked “≠ Differs”.</source>
        <extracomment>Compare view, above the table: %n rows differ</extracomment>
        <translation>
            <numerusform>2 通のメールで %n 行が違います。違う行は色付きで「≠ 違いあり」と示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare Two Messages</source>
        <extracomment>Title of the window that shows two messages side by side</extracomment>
        <translation>メール 2 通の比較</translation>
    </message>
    <message>
        <source>Show only the rows that differ</source>
        <translation>違いのある行だけ表示</translation>
    </message>
    <message>
        <source>; </source>
        <comment>lines of one value</comment>
        <extracomment>Compare view: joins the lines of one value (a DKIM result per signature) on one line</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>kensa::CustomerSummary</name>
    <message>
        <source>Who can fix it: the administrator of %1.</source>
        <translation>対処できる方：%1 の管理者</translation>
    </message>
    <message>
        <source>Who can fix it: the administrator of %1, in the settings of the sending service.</source>
        <translation>対処できる方：%1 の管理者（配信サービスの設定で対処します）</translation>
    </message>
    <message>
        <source>Who can fix it: the administrator of the mailing list or forwarding service.</source>
        <translation>対処できる方：メーリングリストまたは転送サービスの管理者</translation>
    </message>
    <message>
        <source>Who can fix it: the recipient or the administrator of the recipient&apos;s mail.</source>
        <translation>対処できる方：受信者ご本人、または受信者側のメール管理者</translation>
    </message>
    <message>
        <source>DNS answer: %1 %2</source>
        <extracomment>Evidence of a summary point: a DNS answer; %1 the record type, %2 the name</extracomment>
        <translation>DNS の応答：%1 %2</translation>
    </message>
    <message>
        <source>%1 header, line %2</source>
        <extracomment>Evidence of a summary point: a header field of the message and its line</extracomment>
        <translation>%1 ヘッダー（%2 行目）</translation>
    </message>
    <message>
        <source>Technical details (for the postmaster)</source>
        <translation>技術情報（メール管理者向け）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>The analysis has not finished yet.</source>
        <translation>分析はまだ終わっていません。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Cannot conclude (inconclusive)</source>
        <translation>判断できません（inconclusive）</translation>
    </message>
    <message>
        <source>Probably forged (forged)</source>
        <translation>なりすましの可能性（forged）</translation>
    </message>
    <message>
        <source>Forwarded on the way (forwarded)</source>
        <translation>途中の転送サーバーによる転送（forwarded）</translation>
    </message>
    <message>
        <source>The sending service signs with its own domain (service_unaligned)</source>
        <translation>配信サービス自身のドメインによる署名（service_unaligned）</translation>
    </message>
    <message>
        <source>Passes, but not aligned with the From domain (unaligned)</source>
        <translation>成功しているが、ヘッダーFrom のドメインとアライメントが取れていない（unaligned）</translation>
    </message>
    <message>
        <source>The signature no longer matches (signature_broken)</source>
        <translation>DKIM 署名の不一致（signature_broken）</translation>
    </message>
    <message>
        <source>Authentication failed (auth_failed)</source>
        <translation>認証の失敗（auth_failed）</translation>
    </message>
    <message>
        <source>The receiving server&apos;s spam verdict (receiver_spam)</source>
        <translation>受信サーバーの迷惑メール判定（receiver_spam）</translation>
    </message>
    <message>
        <source>Authentication passes (auth_pass)</source>
        <translation>認証の成功（auth_pass）</translation>
    </message>
    <message>
        <source>No DMARC record (no_dmarc)</source>
        <translation>DMARC レコードなし（no_dmarc）</translation>
    </message>
    <message>
        <source>DMARC policy p=none (policy_none)</source>
        <translation>DMARC ポリシーが p=none（policy_none）</translation>
    </message>
    <message>
        <source>Unmet sender requirements (requirements_unmet)</source>
        <translation>満たしていない送信者要件（requirements_unmet）</translation>
    </message>
</context>
<context>
    <name>kensa::DateText</name>
    <message>
        <source>%1 (%2)</source>
        <comment>local date, date as written</comment>
        <extracomment>A date in the reader&apos;s time zone (%1, &quot;2026-12-05 13:04 JST&quot;), then as the message wrote it (%2)</extracomment>
        <translation>%1（記載：%2）</translation>
    </message>
</context>
<context>
    <name>kensa::DkimCard</name>
    <message>
        <source>Ed25519 key</source>
        <translation>Ed25519 鍵</translation>
    </message>
    <message>
        <source>%1-bit RSA key</source>
        <translation>%1 ビット RSA 鍵</translation>
    </message>
    <message>
        <source>Signature %1 by %2 (selector %3, %4)</source>
        <translation>署名 %1：%2（セレクター %3、%4）</translation>
    </message>
    <message>
        <source>Signature %1 by %2 (selector %3, %4, %5)</source>
        <translation>署名 %1：%2（セレクター %3、%4、%5）</translation>
    </message>
    <message>
        <source>Recorded by the receiver: %1    Re-verified now: %2</source>
        <translation>受信サーバーの記録：%1    今回の再検証：%2</translation>
    </message>
    <message>
        <source>Signed header fields: %1</source>
        <translation>署名対象のヘッダーフィールド：%1</translation>
    </message>
    <message>
        <source>Canonicalization: %1</source>
        <translation>正規化方式：%1</translation>
    </message>
    <message>
        <source>Body hash: matches (%1)</source>
        <translation>本文ハッシュ：一致（%1）</translation>
    </message>
    <message>
        <source>Body hash: the signature says %1, the body gives %2</source>
        <translation>本文ハッシュ：不一致（署名の値は %1、本文から計算した値は %2）</translation>
    </message>
    <message>
        <source>Body hash: not checked, the body was not supplied</source>
        <translation>本文ハッシュ：本文が入力されていないため未確認</translation>
    </message>
    <message>
        <source>Key record %1: %2</source>
        <translation>鍵レコード %1：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>result word, RFC 8601 token</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Recorded by %1: %2    Re-verified now: %3</source>
        <translation>%1 の記録：%2    今回の再検証：%3</translation>
    </message>
</context>
<context>
    <name>kensa::DmarcCard</name>
    <message>
        <source>DMARC for %1</source>
        <translation>%1 の DMARC</translation>
    </message>
    <message>
        <source>DMARC for %1 (policy published at _dmarc.%2)</source>
        <translation>%1 の DMARC（ポリシーの公開場所：_dmarc.%2）</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>レコード：%1</translation>
    </message>
    <message>
        <source>Policy that applies: p=%1 (from the %2= tag); a receiver would: %3</source>
        <translation>適用されるポリシー：p=%1（%2= タグによる）。受信側の処理：%3</translation>
    </message>
    <message>
        <source>aligned</source>
        <translation>アライメントが取れている</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>アライメントが取れていない</translation>
    </message>
    <message>
        <source>SPF: %1 for %2, %3 (%4)</source>
        <translation>SPF：%2 について %1、%3（%4）</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>厳格</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>緩和</translation>
    </message>
    <message>
        <source>DKIM: pass for %1, %2 (%3)</source>
        <translation>DKIM：%1 で成功（pass）、%2（%3）</translation>
    </message>
    <message>
        <source>DKIM: no passing signature</source>
        <translation>DKIM：成功（pass）した署名はありません</translation>
    </message>
    <message>
        <source>Organisational domain: %1 (DNS Tree Walk, RFC 9989); %2 (Public Suffix List, RFC 7489, DMARC %3)</source>
        <translation>組織ドメイン：%1（DNS ツリーウォーク、RFC 9989）／%2（Public Suffix List、RFC 7489、DMARC は %3）</translation>
    </message>
    <message>
        <source>SPF (as the receiver recorded it): %1 for %2, %3 (%4)</source>
        <translation>SPF（受信サーバーの記録）：%2 について %1、%3（%4）</translation>
    </message>
    <message>
        <source>Evaluated now: %1</source>
        <translation>今回の評価：%1</translation>
    </message>
    <message>
        <source>Sent through %1. How to fix it there: %2</source>
        <translation>%1 経由で送信されています。%1 での対処方法：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>result word, RFC 8601 token</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>reject</source>
        <comment>DMARC disposition: refuse the message</comment>
        <translation>拒否（reject）</translation>
    </message>
    <message>
        <source>quarantine</source>
        <comment>DMARC disposition: deliver to the spam folder</comment>
        <translation>隔離（quarantine）</translation>
    </message>
    <message>
        <source>none</source>
        <comment>DMARC disposition: no special treatment</comment>
        <translation>処理なし（none）</translation>
    </message>
</context>
<context>
    <name>kensa::DnsSettingsDialog</name>
    <message>
        <source>Enter at least one DNS server, or choose the system&apos;s resolver.</source>
        <translation>DNS サーバーを 1 つ以上入力するか、システムのリゾルバーを選んでください。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>Add Zone Files</source>
        <translation>ゾーンファイルを追加</translation>
    </message>
    <message>
        <source>Zone files and DNS snapshots (*.zone *.txt);;All files (*)</source>
        <translation>ゾーンファイルと DNS スナップショット (*.zone *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>DNS Settings</source>
        <translation>DNS の設定</translation>
    </message>
    <message>
        <source>Where DNS answers come from</source>
        <translation>DNS の応答の取得元</translation>
    </message>
    <message>
        <source>The system&apos;s DNS resolver</source>
        <translation>システムの DNS リゾルバー</translation>
    </message>
    <message>
        <source>These DNS servers:</source>
        <translation>次の DNS サーバー：</translation>
    </message>
    <message>
        <source>for example 192.0.2.53, [2001:db8::53]:5353</source>
        <translation>例：192.0.2.53, [2001:db8::53]:5353</translation>
    </message>
    <message>
        <source>IP addresses, with an optional port, separated by commas.</source>
        <translation>IP アドレス（ポート指定可）をカンマで区切って入力します。</translation>
    </message>
    <message>
        <source>Offline: send no DNS query at all</source>
        <translation>オフライン：DNS の問い合わせを一切送らない</translation>
    </message>
    <message>
        <source>Only the zone files below answer. Checks that need any other name say that they could not be verified offline.</source>
        <translation>下のゾーンファイルだけが応答します。それ以外の名前が必要な確認項目は「オフラインのため検証できませんでした」と表示します。</translation>
    </message>
    <message>
        <source>Time allowed per query (seconds):</source>
        <translation>1 回の問い合わせの待ち時間（秒）：</translation>
    </message>
    <message>
        <source>Zone files and saved DNS snapshots</source>
        <translation>ゾーンファイルと保存した DNS スナップショット</translation>
    </message>
    <message>
        <source>These answer first, for the names they hold; other names go to DNS unless Kensa is offline. Save a snapshot from File &gt; Save DNS Snapshot to repeat an analysis later exactly as it was.</source>
        <translation>ここにあるファイルが、含まれている名前について最初に応答します。それ以外の名前は、オフラインでない限り DNS に問い合わせます。「ファイル &gt; DNS スナップショットを保存…」で保存しておくと、後で同じ条件のまま解析をやり直せます。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS サーバー</translation>
    </message>
</context>
<context>
    <name>kensa::EvidenceBanner</name>
    <message>
        <source>Cannot open the evidence bundle</source>
        <translation>エビデンスファイルを開けません</translation>
    </message>
    <message>
        <source>The message is no longer loaded.</source>
        <translation>このメールはもう読み込まれていません。</translation>
    </message>
    <message>
        <source>Kensa evidence bundles (*.kensa)</source>
        <extracomment>File dialog filter: the pattern in parentheses must stay as it is.</extracomment>
        <translation>Kensa のエビデンスファイル (*.kensa)</translation>
    </message>
    <message>
        <source>Save Evidence</source>
        <translation>エビデンスを保存</translation>
    </message>
    <message>
        <source>The evidence bundle could not be written to %1: %2</source>
        <translation>エビデンスファイルを %1 に書き込めませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the evidence bundle %1: the message, %n DNS answer(s) and the time of the analysis.</source>
        <translation>
            <numerusform>エビデンスファイル %1 を保存しました（メール、DNS 応答 %n 件、解析時刻）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;Evidence…</source>
        <translation>エビデンスを保存(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the message, the DNS answers its analysis used and the time of the analysis as one .kensa file, which shows the same result later, offline</source>
        <translation>メール、その解析で使用した DNS 応答、解析時刻を 1 つの .kensa ファイルに保存します。後で開くと、オフラインで同じ結果を表示します</translation>
    </message>
    <message>
        <source>From an evidence bundle saved at %1 by Kensa %2. Analysed offline with the DNS answers it holds, as at %3: no DNS query was sent.</source>
        <extracomment>The banner above a result opened from a .kensa file. %1 when it was saved, %2 the Kensa version, %3 the time the analysis is judged at</extracomment>
        <translation>%1 に Kensa %2 で保存されたエビデンスファイルの結果です。含まれる DNS 応答だけを使い、%3 時点としてオフラインで解析しました。DNS への問い合わせは送っていません。</translation>
    </message>
</context>
<context>
    <name>kensa::Explanations</name>
    <message>
        <source>Info</source>
        <comment>finding severity</comment>
        <translation>情報</translation>
    </message>
    <message>
        <source>Notice</source>
        <comment>finding severity</comment>
        <translation>注意</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>finding severity</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>finding severity</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>The input is empty: there is no message to analyse.</source>
        <translation>入力が空です。解析するメールがありません。</translation>
    </message>
    <message>
        <source>This looks like a %1 file, not an email message. Open the .eml file or paste the message source.</source>
        <translation>これはメールではなく %1 ファイルのようです。.eml ファイルを開くか、メッセージのソースを貼り付けてください。</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and that you may open it.</source>
        <translation>ファイルを読み込めません。ファイルが存在し、読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>これはファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>The file is too large to analyse (over 1 GiB).</source>
        <translation>ファイルが大きすぎるため解析できません（1 GiB 超）。</translation>
    </message>
    <message>
        <source>This does not look like an email message: line %1 is not a header field (a name followed by a colon).</source>
        <translation>メールではないようです。%1 行目がヘッダーフィールド（名前とコロン）ではありません。</translation>
    </message>
    <message>
        <source>Line %1 is not a header field, but no empty line separates it from the header section. The body is taken to start there.</source>
        <translation>%1 行目はヘッダーフィールドではありませんが、ヘッダー部分との間に空行がありません。この行から本文が始まるものとして扱います。</translation>
    </message>
    <message>
        <source>Line %1 starts with white space before any header field; it was skipped.</source>
        <translation>%1 行目は最初のヘッダーフィールドより前に空白で始まっているため、読み飛ばしました。</translation>
    </message>
    <message numerus="yes">
        <source>The message has more header fields than Kensa reads (%1); %n further field(s) were ignored.</source>
        <translation>
            <numerusform>ヘッダーフィールドが Kensa の読み込み上限（%1 個）を超えています。残りの %n 個は無視しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 is %2 characters long; RFC 5322 allows at most %3. Receivers may reject or rewrap such lines.</source>
        <translation>%1 行目の長さは %2 文字です。RFC 5322 の上限は %3 文字で、受信側で拒否されたり折り返されたりすることがあります。</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte, which RFC 5322 does not allow in a message.</source>
        <translation>%1 行目に NUL バイトが含まれています。RFC 5322 ではメール内での使用が認められていません。</translation>
    </message>
    <message>
        <source>Only the header section was supplied. Checks that need the body say so instead of failing.</source>
        <translation>ヘッダー部分のみが入力されました。本文が必要な検証は失敗とせず、その旨を表示します。</translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) like &quot;%1&quot; were not listed.</source>
        <translation>
            <numerusform>「%1」と同じ種類の所見があと %n 件ありますが、一覧には表示していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB; only the first %1 MiB were analysed.</source>
        <translation>入力が %1 MiB を超えているため、先頭の %1 MiB だけを解析しました。</translation>
    </message>
    <message>
        <source>The file began with a UTF-8 byte-order mark, which some editors write; it is not part of the message and was removed.</source>
        <translation>ファイルの先頭に UTF-8 のバイトオーダーマーク（BOM）がありました。一部のエディターが書き込むもので、メールの一部ではないため取り除きました。</translation>
    </message>
    <message numerus="yes">
        <source>%n line ending(s) were LF only and were converted to CRLF, as mail has them in transit. Signatures with simple canonicalization (c=simple) may fail if the original had different white space.</source>
        <translation>
            <numerusform>%n か所の改行コードが LF のみだったため、配送時と同じ CRLF に変換しました。元のメールと空白が異なる場合、正規化方式 simple（c=simple）の署名は失敗することがあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line ending(s) were CR only (old Mac style) and were converted to CRLF.</source>
        <translation>
            <numerusform>%n か所の改行コードが CR のみ（旧 Mac 形式）だったため、CRLF に変換しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty line(s) before the message were removed.</source>
        <translation>
            <numerusform>メールの前にあった空行 %n 行を取り除きました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox separator line (&quot;From sender date&quot;) above the message was removed; it is not part of the message.</source>
        <translation>メールの前にあったメールボックスの区切り行（「From 送信者 日時」）はメールの一部ではないため、取り除きました。</translation>
    </message>
    <message numerus="yes">
        <source>The text of Gmail&apos;s &quot;Show original&quot; page above the message (%n line(s): summary table and buttons) was removed.</source>
        <translation>
            <numerusform>メールの前にあった Gmail の「メッセージのソースを表示」画面の文字（%n 行：概要の表とボタン）を取り除きました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of Outlook&apos;s message source window above the message (%n line(s)) was removed.</source>
        <translation>
            <numerusform>メールの前にあった Outlook のメッセージのソース画面の文字（%n 行）を取り除きました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of Yahoo Mail&apos;s raw message page above the message (%n line(s)) was removed.</source>
        <translation>
            <numerusform>メールの前にあった Yahoo（米国）のメールのソース画面の文字（%n 行）を取り除きました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of Apple Mail&apos;s raw source window above the message (%n line(s)) was removed.</source>
        <translation>
            <numerusform>メールの前にあった Apple メールのソース画面の文字（%n 行）を取り除きました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of text above the first header field were removed.</source>
        <translation>
            <numerusform>最初のヘッダーフィールドの前にあった %n 行の文字を取り除きました。</numerusform>
        </translation>
    </message>
    <message>
        <source>This file holds text copied from a web page. Copying can lose trailing spaces and turn tabs into spaces, so DKIM signatures with simple canonicalization (c=simple) may fail here although they passed at delivery. Open the original .eml file to be sure.</source>
        <translation>このファイルには Web ページからコピーした文字が含まれています。コピーすると行末の空白が失われたりタブが空白に変わったりするため、配送時には成功していた正規化方式 simple（c=simple）の DKIM 署名がここでは失敗することがあります。確実に確認するには元の .eml ファイルを開いてください。</translation>
    </message>
    <message>
        <source>This message was pasted. Copying from a web page can lose trailing spaces and turn tabs into spaces, so DKIM signatures with simple canonicalization (c=simple) may fail here although they passed at delivery. Open the original .eml file to be sure.</source>
        <translation>このメールは貼り付けられたものです。Web ページからコピーすると行末の空白が失われたりタブが空白に変わったりするため、配送時には成功していた正規化方式 simple（c=simple）の DKIM 署名がここでは失敗することがあります。確実に確認するには元の .eml ファイルを開いてください。</translation>
    </message>
    <message>
        <source>The mailbox entry starting on line %1 holds no message; it was skipped.</source>
        <translation>%1 行目から始まるメールボックスの項目にはメールがないため、読み飛ばしました。</translation>
    </message>
    <message>
        <source>The mailbox file holds more than %1 messages; only the first %1 were read.</source>
        <translation>メールボックスファイルに %1 通を超えるメールがあるため、最初の %1 通だけを読み込みました。</translation>
    </message>
    <message>
        <source>An encoded word in this header uses the unknown character set &quot;%1&quot;; it is shown undecoded.</source>
        <translation>このヘッダーのエンコードワード（encoded-word）は不明な文字コード「%1」を指定しているため、デコードせずにそのまま表示しています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an RFC 2047 encoded word but is malformed; it is shown as written.</source>
        <translation>「%1」は RFC 2047 のエンコードワード（encoded-word）のように見えますが、形式が正しくないため、そのまま表示しています。</translation>
    </message>
    <message>
        <source>The encoded word &quot;%1&quot; is cut by a line fold, which RFC 2047 does not allow (some Japanese mail programs write it so); it was joined and decoded.</source>
        <translation>エンコードワード（encoded-word）「%1」が折り返しで途中から分かれています。RFC 2047 では認められていませんが、一部の日本のメールソフトがこのように書くため、つなげてデコードしました。</translation>
    </message>
    <message>
        <source>The encoded word &quot;%1&quot; contains invalid Base64 or quoted-printable data; it is shown undecoded.</source>
        <translation>エンコードワード（encoded-word）「%1」に不正な Base64 または Q エンコードのデータが含まれているため、デコードせずに表示しています。</translation>
    </message>
    <message>
        <source>Some bytes in this header are not valid in the declared character set &quot;%1&quot; and are shown as replacement characters; the label may be wrong.</source>
        <translation>このヘッダーには、指定された文字コード「%1」として不正なバイトが含まれているため、該当部分を置換文字で表示しています。文字コードの指定が誤っている可能性があります。</translation>
    </message>
    <message>
        <source>This header contains more than %1 encoded words; the rest is shown undecoded.</source>
        <translation>このヘッダーにはエンコードワード（encoded-word）が %1 個を超えて含まれているため、残りはデコードせずに表示しています。</translation>
    </message>
    <message>
        <source>The address field could not be parsed from character %1 on; that part was skipped up to the next comma.</source>
        <translation>アドレス欄の %1 文字目以降を解析できなかったため、次のカンマまでを読み飛ばしました。</translation>
    </message>
    <message>
        <source>The address field has a double quote (&quot;) that is never closed.</source>
        <translation>アドレス欄に閉じられていない二重引用符（&quot;）があります。</translation>
    </message>
    <message>
        <source>The address field has a comment parenthesis that is never closed.</source>
        <translation>アドレス欄に閉じられていないコメントの括弧があります。</translation>
    </message>
    <message>
        <source>The address field has an angle bracket (&lt; or &gt;) without its partner.</source>
        <translation>アドレス欄に対応する相手のない山括弧（&lt; または &gt;）があります。</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has no domain part (nothing after &quot;@&quot;).</source>
        <translation>アドレス「%1」にドメイン部分（「@」以降）がありません。</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is not a valid domain name (it cannot be converted to its IDNA ASCII form).</source>
        <translation>ドメイン「%1」は有効なドメイン名ではありません（IDNA の ASCII 形式に変換できません）。</translation>
    </message>
    <message>
        <source>This address field lists more than %1 addresses or groups; only the first %1 were checked.</source>
        <translation>このアドレス欄には %1 件を超えるアドレスまたはグループがあるため、最初の %1 件のみ確認しました。</translation>
    </message>
    <message>
        <source>The Received field on line %1 could not be read; it is shown as it is.</source>
        <translation>%1 行目の Received ヘッダーは読み取れませんでした。配送経路には元のまま表示しています。</translation>
    </message>
    <message>
        <source>The Received field on line %1 could only be read in part: the text from column %2 on was not understood.</source>
        <translation>%1 行目の Received ヘッダーは一部しか読み取れませんでした（%2 文字目以降を解釈できません）。</translation>
    </message>
    <message>
        <source>The Received field on line %1 has no date, so the time spent at this relay cannot be computed.</source>
        <translation>%1 行目の Received ヘッダーには受信日時がないため、この中継サーバーでの所要時間を計算できません。</translation>
    </message>
    <message>
        <source>The date &quot;%2&quot; in the Received field on line %1 cannot be read.</source>
        <translation>%1 行目の Received ヘッダーの受信日時「%2」を読み取れません。</translation>
    </message>
    <message>
        <source>The date &quot;%2&quot; in the Received field on line %1 is not in the standard format (RFC 5322), but it could be read.</source>
        <translation>%1 行目の Received ヘッダーの受信日時「%2」は標準の形式（RFC 5322）ではありませんが、読み取れました。</translation>
    </message>
    <message>
        <source>The date &quot;%2&quot; in the Received field on line %1 has no time zone; it is taken as UTC, so delays next to this relay may be off by hours.</source>
        <translation>%1 行目の Received ヘッダーの受信日時「%2」にはタイムゾーンがないため UTC とみなしました。この中継サーバー前後の遅延は数時間ずれている可能性があります。</translation>
    </message>
    <message>
        <source>In the Received field on line %1 the date is not separated by &quot;;&quot; (column %2); it was read anyway.</source>
        <translation>%1 行目の Received ヘッダーでは、受信日時が「;」で区切られていません（%2 文字目）。そのまま読み取りました。</translation>
    </message>
    <message>
        <source>The parenthesis opened at column %2 of line %1 is never closed; the rest of the Received field may be misread.</source>
        <translation>%1 行目 %2 文字目で開いた括弧が閉じられていません。Received ヘッダーの残りを正しく読めていない可能性があります。</translation>
    </message>
    <message>
        <source>Line %1 has a closing parenthesis at column %2 without a matching opening one.</source>
        <translation>%1 行目 %2 文字目の閉じ括弧に対応する開き括弧がありません。</translation>
    </message>
    <message>
        <source>The comment starting at column %2 of line %1 is nested more than %3 levels deep; it was skipped.</source>
        <translation>%1 行目 %2 文字目から始まるコメントは %3 段より深く入れ子になっているため、読み飛ばしました。</translation>
    </message>
    <message>
        <source>The Received field on line %1 is %2 bytes long; only the first %3 bytes were read.</source>
        <translation>%1 行目の Received ヘッダーは %2 バイトあるため、先頭の %3 バイトだけを読み取りました。</translation>
    </message>
    <message>
        <source>The Received field on line %1 gives &quot;%2&quot; as the relay&apos;s address, which is not a valid IP address.</source>
        <translation>%1 行目の Received ヘッダーにある中継サーバーのアドレス「%2」は正しい IP アドレスではありません。</translation>
    </message>
    <message>
        <source>The Received field contains a control character at line %1, column %2; it was treated as a space.</source>
        <translation>Received ヘッダーの %1 行目 %2 文字目に制御文字があります。空白として扱いました。</translation>
    </message>
    <message numerus="yes">
        <source>The hop on line %1 is dated %n second(s) before the hop that handed it the message: one of the two relays&apos; clocks is wrong, so the delays around it are not reliable.</source>
        <translation>
            <numerusform>%1 行目の中継は、その前の中継より %n 秒早い日時になっています。どちらかの中継サーバーの時計がずれているため、この前後の遅延は正確ではありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kensa could not tell which Received field the final receiver added when the message arrived, so every hop is shown as a claim.</source>
        <translation>最終的な受信サーバーがメールを受け取った際に追加した Received ヘッダーを特定できなかったため、すべての中継を未確認の申告として表示しています。</translation>
    </message>
    <message>
        <source>The multipart section declared on line %1 has no boundary parameter, so its parts cannot be separated; it is shown as a single part.</source>
        <translation>%1 行目のマルチパートに境界文字列（boundary パラメーター）の指定がないため、パートに分割できません。1 つのパートとして表示します。</translation>
    </message>
    <message>
        <source>The multipart section with boundary %1 is never closed; the message may be truncated, and the last part runs to the end of the message.</source>
        <translation>境界文字列 %1 のマルチパートに終端の区切り行がありません。メールが途中で切れている可能性があります。最後のパートはメールの末尾までとして扱います。</translation>
    </message>
    <message>
        <source>The multipart section with boundary %1 contains no parts: the boundary never appears in the body.</source>
        <translation>境界文字列 %1 のマルチパートにパートが 1 つもありません（本文中に境界文字列が見つかりません）。</translation>
    </message>
    <message>
        <source>The MIME structure is nested deeper than %1 levels; deeper parts are not analysed.</source>
        <translation>MIME 構造の入れ子が %1 階層を超えているため、それより深いパートは解析していません。</translation>
    </message>
    <message>
        <source>The message has more than %1 MIME parts; the remaining parts are not analysed.</source>
        <translation>MIME パートが %1 個を超えているため、残りのパートは解析していません。</translation>
    </message>
    <message>
        <source>The transfer encoding &quot;%1&quot; is unknown; the part&apos;s body is shown as it was transferred.</source>
        <translation>転送エンコーディング「%1」は不明です。このパートの本文は受信したままの状態で表示します。</translation>
    </message>
    <message>
        <source>The base64-encoded body contains invalid data at line %1; only the decodable part is shown.</source>
        <translation>%1 行目の base64 エンコードされた本文に不正なデータがあります。デコードできた部分のみ表示します。</translation>
    </message>
    <message>
        <source>The character set &quot;%1&quot; is unknown; the text is shown as Latin-1 and may look garbled.</source>
        <translation>文字コード「%1」は不明です。本文は Latin-1 として表示するため、文字化けする場合があります。</translation>
    </message>
    <message>
        <source>A MIME part decodes to more than %1 bytes; only the first %1 bytes are shown.</source>
        <translation>MIME パートのデコード後のサイズが %1 バイトを超えています。先頭の %1 バイトのみ表示します。</translation>
    </message>
    <message>
        <source>The signature verifies: the signed header fields and the body are unchanged since the domain signed them, and the key is published in DNS today.</source>
        <translation>署名は有効です。署名対象のヘッダーフィールドと本文は署名後に変更されておらず、公開鍵も現在 DNS に公開されています。</translation>
    </message>
    <message>
        <source>The signature over the header fields verifies with the key published today. The body was not supplied, so its hash (bh=) could not be checked and is taken as the signature states it.</source>
        <translation>ヘッダーフィールドに対する署名は、現在公開されている鍵で検証できました。本文が入力されていないため本文ハッシュ（bh=）は確認できず、署名に記載された値をそのまま用いています。</translation>
    </message>
    <message>
        <source>The body hash does not match: the body was changed after it was signed (for example by a mailing list footer, a forwarder, a security gateway or lost whitespace when pasting).</source>
        <translation>本文ハッシュが一致しません。署名後に本文が変更されています（メーリングリストのフッター追加、転送サーバー、セキュリティゲートウェイ、貼り付け時の空白の欠落など）。</translation>
    </message>
    <message>
        <source>The signature does not verify with the published key: a signed header field was changed after signing, or the key in DNS is not the one that signed (it may have been rotated).</source>
        <translation>公開鍵で署名を検証できません。署名対象のヘッダーフィールドが署名後に変更されたか、DNS の鍵が署名時のものと異なります。鍵の更新（ローテーション）が行われた可能性があります。</translation>
    </message>
    <message>
        <source>No key is published at %1. The selector may be wrong, or the key was removed after the message was sent.</source>
        <translation>%1 に公開鍵がありません。セレクターが誤っているか、メール送信後に鍵が削除された可能性があります。</translation>
    </message>
    <message>
        <source>The key %1 is not in the DNS snapshot and Kensa is offline, so this signature cannot be verified.</source>
        <translation>鍵 %1 が DNS スナップショットに含まれておらず、Kensa がオフラインのため、この署名は検証できません。</translation>
    </message>
    <message>
        <source>The key could not be fetched from DNS (%1). This is a temporary error; try again later.</source>
        <translation>DNS から鍵を取得できませんでした（%1）。一時的なエラーです。時間をおいて再度お試しください。</translation>
    </message>
    <message>
        <source>The key record in DNS is malformed and cannot be used.</source>
        <translation>DNS の鍵レコードの書式が不正なため使用できません。</translation>
    </message>
    <message>
        <source>The key record has v=%1; it must be v=DKIM1 and come first.</source>
        <translation>鍵レコードが v=%1 になっています。v=DKIM1 を先頭に記述する必要があります。</translation>
    </message>
    <message>
        <source>The TXT record at the selector has no p= tag, so it is not a DKIM key.</source>
        <translation>セレクターの TXT レコードに p= タグがないため、DKIM の鍵ではありません。</translation>
    </message>
    <message>
        <source>The key has been revoked: the record at the selector has an empty p= tag.</source>
        <translation>鍵は失効しています。セレクターのレコードの p= タグが空です。</translation>
    </message>
    <message>
        <source>The key record names an unknown key type k=%1.</source>
        <translation>鍵レコードの鍵の種類 k=%1 が不明です。</translation>
    </message>
    <message>
        <source>The key is restricted to another service (s=%1) and may not be used for email.</source>
        <translation>この鍵は別のサービス用に限定されており（s=%1）、メールには使用できません。</translation>
    </message>
    <message>
        <source>The Ed25519 key is %1 bytes long; RFC 8463 requires exactly 32.</source>
        <translation>Ed25519 の鍵の長さが %1 バイトです。RFC 8463 では 32 バイトちょうどでなければなりません。</translation>
    </message>
    <message>
        <source>The signature uses %1, but the published key is of type %2.</source>
        <translation>署名は %1 を使用していますが、公開鍵の種類は %2 です。</translation>
    </message>
    <message>
        <source>The key record&apos;s h= tag does not allow %1, the hash this signature uses.</source>
        <translation>鍵レコードの h= タグが、この署名で使われているハッシュ方式 %1 を許可していません。</translation>
    </message>
    <message>
        <source>The key is marked t=s (no subdomains), but the signing identity %1 is in a subdomain.</source>
        <translation>鍵に t=s（サブドメイン不可）が指定されていますが、署名者の識別子 %1 はサブドメインです。</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits. RFC 8301 forbids keys under 1024 bits and receivers ignore such signatures; publish a 2048-bit key.</source>
        <translation>RSA 鍵の長さが %1 ビットしかありません。RFC 8301 により 1024 ビット未満の鍵は禁止されており、受信側はこの署名を無視します。2048 ビットの鍵を公開してください。</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits. It still works, but 2048 bits are recommended and Gmail and Yahoo ask for at least 1024.</source>
        <translation>RSA 鍵の長さは %1 ビットです。現時点では有効ですが、2048 ビットが推奨されます。Gmail と Yahoo（米国）は 1024 ビット以上を求めています。</translation>
    </message>
    <message>
        <source>The key %1 is marked as testing (t=y): receivers may treat the signature as if it were absent.</source>
        <translation>鍵 %1 はテストモード（t=y）に設定されています。受信側は署名がないものとして扱う場合があります。</translation>
    </message>
    <message>
        <source>The signature uses rsa-sha1, which RFC 8301 forbids: receivers treat it as invalid. Sign with rsa-sha256.</source>
        <translation>署名に rsa-sha1 が使われています。RFC 8301 で禁止されているため、受信側は無効として扱います。rsa-sha256 で署名してください。</translation>
    </message>
    <message>
        <source>The signature algorithm a=%1 is unknown.</source>
        <translation>署名アルゴリズム a=%1 が不明です。</translation>
    </message>
    <message>
        <source>The required tag %1= is missing from the signature.</source>
        <translation>署名に必須のタグ %1= がありません。</translation>
    </message>
    <message>
        <source>The value of the %1= tag is malformed.</source>
        <translation>%1= タグの値の書式が不正です。</translation>
    </message>
    <message>
        <source>A tag appears twice in the signature (at character %1), which makes it invalid.</source>
        <translation>署名内で同じタグが 2 回使われているため（%1 文字目）、署名は無効です。</translation>
    </message>
    <message>
        <source>The signature&apos;s tag list is malformed at character %1.</source>
        <translation>署名のタグ一覧の %1 文字目の書式が不正です。</translation>
    </message>
    <message>
        <source>The signature has version v=%1; only v=1 is defined.</source>
        <translation>署名のバージョンが v=%1 です。定義されているのは v=1 のみです。</translation>
    </message>
    <message>
        <source>The canonicalization c=%1 is unknown.</source>
        <translation>正規化方式 c=%1 が不明です。</translation>
    </message>
    <message>
        <source>The signing identity i=%1 is not in the signing domain d=%2.</source>
        <translation>署名者の識別子 i=%1 が署名ドメイン d=%2 に属していません。</translation>
    </message>
    <message>
        <source>The From field is not among the signed header fields (h=), which RFC 6376 requires.</source>
        <translation>From ヘッダーが署名対象のヘッダーフィールド（h=）に含まれていません。RFC 6376 では必須です。</translation>
    </message>
    <message>
        <source>The signature names no supported key query method (q=%1); dns/txt is required.</source>
        <translation>署名に対応している鍵の取得方法がありません（q=%1）。dns/txt が必要です。</translation>
    </message>
    <message>
        <source>The signature expired on %1 (x= tag). It may have been valid when the message was delivered.</source>
        <translation>署名の有効期限は %1 に切れています（x= タグ）。配送時点では有効だった可能性があります。</translation>
    </message>
    <message>
        <source>The signature&apos;s expiry (x=) is earlier than its signing time (t=).</source>
        <translation>署名の有効期限（x=）が署名日時（t=）より前になっています。</translation>
    </message>
    <message>
        <source>The signature claims to have been made in the future (%1); the signer&apos;s clock may be wrong.</source>
        <translation>署名日時が未来（%1）になっています。署名側のサーバーの時計がずれている可能性があります。</translation>
    </message>
    <message>
        <source>Only the first %1 bytes of the body are signed (l= tag); %2 more bytes follow that anyone could have added.</source>
        <translation>本文のうち署名されているのは先頭の %1 バイトだけです（l= タグ）。その後に続く %2 バイトは第三者が追加できてしまいます。</translation>
    </message>
    <message>
        <source>The signature says it covers the first %1 bytes of the body (l= tag), but the body has only %2 bytes: part of the signed body is missing, so the signature is not valid.</source>
        <translation>署名は本文の先頭 %1 バイトを対象とすると宣言していますが（l= タグ）、本文は %2 バイトしかありません。署名された本文の一部が失われているため、この署名は有効ではありません。</translation>
    </message>
    <message>
        <source>This DNS server is not an IP address with an optional port (for example 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53).</source>
        <translation>この DNS サーバーの指定は、IP アドレス（必要ならポート付き）になっていません（例：192.0.2.53、192.0.2.53:5353、[2001:db8::53]:53）。</translation>
    </message>
    <message>
        <source>The zone file cannot be read. Check that it exists and that you may open it.</source>
        <translation>ゾーンファイルを読み込めません。ファイルが存在し、開く権限があるか確認してください。</translation>
    </message>
    <message>
        <source>The zone file is too large to load (more than 64 MB).</source>
        <translation>ゾーンファイルが大きすぎて読み込めません（64 MB 超）。</translation>
    </message>
    <message>
        <source>The zone file holds no DNS records.</source>
        <translation>ゾーンファイルに DNS レコードがありません。</translation>
    </message>
    <message>
        <source>The zone file is not valid master-file syntax (RFC 1035 §5) where reading stopped.</source>
        <translation>読み込みが止まった箇所で、ゾーンファイルがマスターファイル形式（RFC 1035 §5）になっていません。</translation>
    </message>
    <message>
        <source>A &quot;; kensa-answer:&quot; line of this DNS snapshot is malformed.</source>
        <translation>この DNS スナップショットにある kensa-answer の行の書式が正しくありません。</translation>
    </message>
    <message>
        <source>%2 recorded dkim=%3 for %1 at delivery, but the key is no longer published. The signature was probably fine when the message arrived; the sender has most likely rotated or removed the key since.</source>
        <translation>%2 は配送時に %1 の署名を dkim=%3 と記録していますが、鍵は現在 DNS に公開されていません。配送時点では署名は有効だったと考えられます。送信側がその後、鍵を更新（ローテーション）したか削除したものと思われます。</translation>
    </message>
    <message>
        <source>The receiving server recorded dkim=%2 for %1 at delivery, but the key is no longer published. The signature was probably fine when the message arrived; the sender has most likely rotated or removed the key since.</source>
        <translation>受信サーバーは配送時に %1 の署名を dkim=%2 と記録していますが、鍵は現在 DNS に公開されていません。配送時点では署名は有効だったと考えられます。送信側がその後、鍵を更新（ローテーション）したか削除したものと思われます。</translation>
    </message>
    <message>
        <source>%2 recorded dkim=%3 for %1 at delivery; Kensa could not check the signature again now (%4), so only the receiver&apos;s verdict is available.</source>
        <translation>%2 は配送時に %1 の署名を dkim=%3 と記録しています。今回は署名を再検証できなかったため（%4）、受信サーバーの判定結果のみが手がかりです。</translation>
    </message>
    <message>
        <source>The receiving server recorded dkim=%2 for %1 at delivery; Kensa could not check the signature again now (%3), so only the receiver&apos;s verdict is available.</source>
        <translation>受信サーバーは配送時に %1 の署名を dkim=%2 と記録しています。今回は署名を再検証できなかったため（%3）、受信サーバーの判定結果のみが手がかりです。</translation>
    </message>
    <message>
        <source>%2 recorded dkim=%3 for %1 at delivery; the signature has expired since (x= tag), which does not matter for a message already delivered.</source>
        <translation>%2 は配送時に %1 の署名を dkim=%3 と記録しています。署名はその後有効期限（x= タグ）を過ぎていますが、配送済みのメールには影響しません。</translation>
    </message>
    <message>
        <source>The receiving server recorded dkim=%2 for %1 at delivery; the signature has expired since (x= tag), which does not matter for a message already delivered.</source>
        <translation>受信サーバーは配送時に %1 の署名を dkim=%2 と記録しています。署名はその後有効期限（x= タグ）を過ぎていますが、配送済みのメールには影響しません。</translation>
    </message>
    <message>
        <source>%2 recorded dkim=%3 for %1 at delivery, but the body no longer matches the signature: the body was changed after delivery (by a mail client, an archive or a security gateway).</source>
        <translation>%2 は配送時に %1 の署名を dkim=%3 と記録していますが、現在の本文は署名と一致しません。配送後に本文が変更されています（メールソフト、アーカイブ、セキュリティゲートウェイなどによる）。</translation>
    </message>
    <message>
        <source>The receiving server recorded dkim=%2 for %1 at delivery, but the body no longer matches the signature: the body was changed after delivery (by a mail client, an archive or a security gateway).</source>
        <translation>受信サーバーは配送時に %1 の署名を dkim=%2 と記録していますが、現在の本文は署名と一致しません。配送後に本文が変更されています（メールソフト、アーカイブ、セキュリティゲートウェイなどによる）。</translation>
    </message>
    <message>
        <source>%2 recorded dkim=%3 for %1 at delivery, but the body no longer matches: most likely white space or line endings were lost when the message was copied or pasted. Open the original .eml file to be sure.</source>
        <translation>%2 は配送時に %1 の署名を dkim=%3 と記録していますが、現在の本文は一致しません。コピーや貼り付けの際に空白や改行が失われた可能性が高いです。確実に確認するには元の .eml ファイルを開いてください。</translation>
    </message>
    <message>
        <source>The receiving server recorded dkim=%2 for %1 at delivery, but the body no longer matches: most likely white space or line endings were lost when the message was copied or pasted. Open the original .eml file to be sure.</source>
        <translation>受信サーバーは配送時に %1 の署名を dkim=%2 と記録していますが、現在の本文は一致しません。コピーや貼り付けの際に空白や改行が失われた可能性が高いです。確実に確認するには元の .eml ファイルを開いてください。</translation>
    </message>
    <message>
        <source>%2 recorded dkim=%3 for %1 at delivery, but the signature no longer verifies: a signed header field was changed after delivery, or the key was replaced by a different one under the same selector.</source>
        <translation>%2 は配送時に %1 の署名を dkim=%3 と記録していますが、現在は署名を検証できません。配送後に署名対象のヘッダーフィールドが変更されたか、同じセレクターの鍵が別の鍵に更新（ローテーション）されたかのどちらかです。</translation>
    </message>
    <message>
        <source>The receiving server recorded dkim=%2 for %1 at delivery, but the signature no longer verifies: a signed header field was changed after delivery, or the key was replaced by a different one under the same selector.</source>
        <translation>受信サーバーは配送時に %1 の署名を dkim=%2 と記録していますが、現在は署名を検証できません。配送後に署名対象のヘッダーフィールドが変更されたか、同じセレクターの鍵が別の鍵に更新（ローテーション）されたかのどちらかです。</translation>
    </message>
    <message>
        <source>%2 recorded dkim=%3 for %1 at delivery, but the signature no longer verifies: pasted text often loses the exact folding or spacing of signed header fields. Open the original .eml file to be sure.</source>
        <translation>%2 は配送時に %1 の署名を dkim=%3 と記録していますが、現在は署名を検証できません。貼り付けたテキストでは、署名対象のヘッダーフィールドの折り返しや空白が正確に保たれないことがよくあります。確実に確認するには元の .eml ファイルを開いてください。</translation>
    </message>
    <message>
        <source>The receiving server recorded dkim=%2 for %1 at delivery, but the signature no longer verifies: pasted text often loses the exact folding or spacing of signed header fields. Open the original .eml file to be sure.</source>
        <translation>受信サーバーは配送時に %1 の署名を dkim=%2 と記録していますが、現在は署名を検証できません。貼り付けたテキストでは、署名対象のヘッダーフィールドの折り返しや空白が正確に保たれないことがよくあります。確実に確認するには元の .eml ファイルを開いてください。</translation>
    </message>
    <message>
        <source>%2 recorded dkim=%3 for %1, but Kensa finds the signature invalid (%4) under the current rules (RFC 6376, RFC 8301); the receiver was more lenient.</source>
        <translation>%2 は %1 の署名を dkim=%3 と記録していますが、現行の規則（RFC 6376、RFC 8301）では署名は無効（%4）です。受信サーバーの判定が緩かったと考えられます。</translation>
    </message>
    <message>
        <source>The receiving server recorded dkim=%2 for %1, but Kensa finds the signature invalid (%3) under the current rules (RFC 6376, RFC 8301); the receiver was more lenient.</source>
        <translation>受信サーバーは %1 の署名を dkim=%2 と記録していますが、現行の規則（RFC 6376、RFC 8301）では署名は無効（%3）です。受信サーバーの判定が緩かったと考えられます。</translation>
    </message>
    <message>
        <source>%2 recorded dkim=%3 for %1 at delivery, but the signature verifies now. The key may have been missing or unreachable when the message arrived, or the receiver changed the message before checking it.</source>
        <translation>%2 は配送時に %1 の署名を dkim=%3 と記録していますが、現在は署名を検証できます。配送時に鍵が未公開だったか DNS に問い合わせできなかった、あるいは受信サーバーが検証前にメールを変更した可能性があります。</translation>
    </message>
    <message>
        <source>The receiving server recorded dkim=%2 for %1 at delivery, but the signature verifies now. The key may have been missing or unreachable when the message arrived, or the receiver changed the message before checking it.</source>
        <translation>受信サーバーは配送時に %1 の署名を dkim=%2 と記録していますが、現在は署名を検証できます。配送時に鍵が未公開だったか DNS に問い合わせできなかった、あるいは受信サーバーが検証前にメールを変更した可能性があります。</translation>
    </message>
    <message>
        <source>%2 recorded dkim=%3 for %1 at delivery; Kensa finds %4 now.</source>
        <translation>%2 は配送時に %1 の署名を dkim=%3 と記録していますが、今回の再検証の結果は dkim=%4 です。</translation>
    </message>
    <message>
        <source>The receiving server recorded dkim=%2 for %1 at delivery; Kensa finds %3 now.</source>
        <translation>受信サーバーは配送時に %1 の署名を dkim=%2 と記録していますが、今回の再検証の結果は dkim=%3 です。</translation>
    </message>
    <message>
        <source>The Authentication-Results field on line %1 is empty.</source>
        <translation>%1 行目の Authentication-Results ヘッダーが空です。</translation>
    </message>
    <message>
        <source>The Authentication-Results field on line %1 is %2 bytes long; only the first %3 bytes were read.</source>
        <translation>%1 行目の Authentication-Results ヘッダーは %2 バイトあります。先頭 %3 バイトのみ読み取りました。</translation>
    </message>
    <message>
        <source>The Authentication-Results field contains a control character at line %1, column %2; it was read as a space.</source>
        <translation>Authentication-Results ヘッダーの %1 行目 %2 文字目に制御文字があります。空白として扱いました。</translation>
    </message>
    <message>
        <source>The parenthesis opened at column %2 of line %1 is never closed; the rest of the Authentication-Results field may be misread.</source>
        <translation>%1 行目 %2 文字目で開いた括弧が閉じられていません。Authentication-Results ヘッダーの残りを誤読している可能性があります。</translation>
    </message>
    <message>
        <source>The double quote at column %2 of line %1 is never closed; the value was read up to the next &quot;;&quot;.</source>
        <translation>%1 行目 %2 文字目の二重引用符が閉じられていません。次の「;」までを値として読みました。</translation>
    </message>
    <message>
        <source>In the Authentication-Results field, &quot;%3&quot; at line %1, column %2 does not follow RFC 8601 and was skipped.</source>
        <translation>Authentication-Results ヘッダーの %1 行目 %2 文字目の「%3」は RFC 8601 の書式に合わないため、読み飛ばしました。</translation>
    </message>
    <message>
        <source>The Authentication-Results field on line %1 does not name the server that checked the message (no authserv-id), as Microsoft writes it; it was read anyway, but who wrote it cannot be verified.</source>
        <translation>%1 行目の Authentication-Results ヘッダーには判定したサーバーの識別子（authserv-id）がありません（Microsoft の書式です）。読み取りはしましたが、誰が付けた結果かは確認できません。</translation>
    </message>
    <message>
        <source>The Authentication-Results field on line %1 reports no result (neither a method result nor &quot;none&quot;).</source>
        <translation>%1 行目の Authentication-Results ヘッダーには認証結果が 1 つもありません。方式ごとの結果も、「結果なし（none）」の記載もありません。</translation>
    </message>
    <message>
        <source>A result in the Authentication-Results field at line %1, column %2 is not separated from the previous one by &quot;;&quot;; it was read as a separate result.</source>
        <translation>%1 行目 %2 文字目の認証結果は前の結果と「;」で区切られていません。別の結果として読み取りました。</translation>
    </message>
    <message>
        <source>The &quot;;&quot; at line %1, column %2 is not followed by a result; RFC 8601 does not allow this, but it is harmless.</source>
        <translation>%1 行目 %2 文字目の「;」の後に結果がありません。RFC 8601 上は誤りですが、実害はありません。</translation>
    </message>
    <message>
        <source>The method &quot;%3&quot; at line %1, column %2 has no result (no &quot;=result&quot;); it was skipped.</source>
        <translation>%1 行目 %2 文字目の認証方式「%3」には結果（=result）がないため、読み飛ばしました。</translation>
    </message>
    <message>
        <source>&quot;%3&quot; at line %1, column %2 is not in ptype.property form (such as header.from); it was kept as written.</source>
        <translation>%1 行目 %2 文字目の「%3」は ptype.property 形式（header.from など）になっていません。記載どおり保持しました。</translation>
    </message>
    <message>
        <source>The reason= of &quot;%3&quot; at line %1, column %2 comes after the properties or is repeated; the first reason was kept.</source>
        <translation>%1 行目 %2 文字目の「%3」の reason= がプロパティの後にあるか、重複しています。最初の reason を採用しました。</translation>
    </message>
    <message>
        <source>The value &quot;%3&quot; at line %1, column %2 contains characters that must be quoted; it was read as written.</source>
        <translation>%1 行目 %2 文字目の値「%3」には引用符で囲むべき文字が含まれています。記載どおり読み取りました。</translation>
    </message>
    <message>
        <source>The Authentication-Results field on line %1 declares format version %2; Kensa reads version 1, so results may be misread.</source>
        <translation>%1 行目の Authentication-Results ヘッダーは書式バージョン %2 を宣言しています。Kensa はバージョン 1 として読むため、誤読の可能性があります。</translation>
    </message>
    <message>
        <source>The method &quot;%2&quot; on line %1 declares version %3; Kensa knows version 1 only.</source>
        <translation>%1 行目の認証方式「%2」はバージョン %3 を宣言しています。Kensa が扱えるのはバージョン 1 のみです。</translation>
    </message>
    <message>
        <source>The authentication method &quot;%2&quot; on line %1 is not a registered method; its result is shown as written.</source>
        <translation>%1 行目の認証方式「%2」は登録されていない方式です。結果は記載どおり表示します。</translation>
    </message>
    <message>
        <source>&quot;%3&quot; on line %1 is not a defined result of %2; it is shown as written and not treated as pass.</source>
        <translation>%1 行目の「%3」は %2 の結果として定義されていない値です。記載どおり表示し、成功（pass）とは見なしません。</translation>
    </message>
    <message>
        <source>The property type &quot;%2&quot; of %3 on line %1 is not one of smtp, header, body or policy; it was kept as written.</source>
        <translation>%1 行目の %3 のプロパティ種別「%2」は、定義されている種別（smtp、header、body、policy）のいずれでもありません。記載どおり保持しました。</translation>
    </message>
    <message>
        <source>The Authentication-Results field on line %1 holds more than %2 results; the rest were ignored.</source>
        <translation>%1 行目の Authentication-Results ヘッダーには %2 件を超える結果があります。超過分は無視しました。</translation>
    </message>
    <message>
        <source>The ARC-Authentication-Results field on line %1 has no instance number (i=).</source>
        <translation>%1 行目の ARC-Authentication-Results ヘッダーにインスタンス番号（i=）がありません。</translation>
    </message>
    <message>
        <source>The ARC instance &quot;%2&quot; on line %1 is not a number from 1 to 50.</source>
        <translation>%1 行目の ARC インスタンス番号「%2」は 1〜50 の数値ではありません。</translation>
    </message>
    <message>
        <source>The Authentication-Results field on line %1 carries the receiving server&apos;s name &quot;%2&quot; but sits below another server&apos;s field: it was added before delivery, possibly forged, and is treated as the sender&apos;s claim.</source>
        <translation>%1 行目の Authentication-Results ヘッダーは受信サーバーの識別子「%2」を名乗っていますが、他のサーバーが付けたヘッダーより下にあります。配送前に付けられたもの（偽造の可能性があります）なので、送信側の申告として扱います。</translation>
    </message>
    <message>
        <source>The Authentication-Results field on line %1 stands below every Received field: it was added before delivery, on the sender&apos;s side, and is treated as the sender&apos;s claim, not as the receiving server&apos;s verdict.</source>
        <translation>%1 行目の Authentication-Results ヘッダーは、すべての Received ヘッダーより下にあります。配送前に送信側で付けられたものなので、受信サーバーの判定ではなく送信側の申告として扱います。</translation>
    </message>
    <message>
        <source>DMARC passes for %1: %2 passed for a domain aligned with the From domain.</source>
        <translation>%1 の DMARC は成功です。From ドメインとのアライメント（ヘッダーFrom のドメインとの一致）が取れているドメインで、%2 が成功しています。</translation>
    </message>
    <message>
        <source>DMARC fails for %1: SPF or DKIM passed, but only for domains that are not aligned with the From domain. The domain&apos;s policy for such mail is p=%2. This is typical of a third-party sending service that signs with its own domain.</source>
        <translation>%1 の DMARC は失敗です。SPF または DKIM は成功していますが、成功したのは From ドメインとのアライメント（ヘッダーFrom のドメインとの一致）が取れていないドメインだけです。このようなメールに対するドメインのポリシーは p=%2 です。外部の配信サービスが、配信サービス自身のドメインで署名している場合によく起こります。</translation>
    </message>
    <message>
        <source>DMARC fails for %1: neither SPF nor DKIM passed. The domain&apos;s policy for such mail is p=%2; the message may be forged.</source>
        <translation>%1 の DMARC は失敗です。SPF も DKIM も成功していません。このようなメールに対するドメインのポリシーは p=%2 です。なりすましメールの可能性があります。</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC policy, neither itself nor higher up the DNS tree. Gmail, Yahoo and Outlook.com require one from bulk senders.</source>
        <translation>%1 には DMARC ポリシーが公開されていません（上位ドメインにもありません）。Gmail・Yahoo（米国）・Outlook.com は大量送信者に DMARC の公開を求めています。</translation>
    </message>
    <message>
        <source>The DMARC record at %1 is not in the DNS snapshot and Kensa is offline, so DMARC cannot be evaluated.</source>
        <translation>%1 の DMARC レコードが DNS スナップショットに含まれておらず、Kensa がオフラインのため、DMARC を評価できません。</translation>
    </message>
    <message>
        <source>The DMARC record at %1 could not be fetched (%2). This is a temporary error; try again later.</source>
        <translation>%1 の DMARC レコードを取得できませんでした（%2）。一時的なエラーです。時間をおいて再度お試しください。</translation>
    </message>
    <message>
        <source>The message has no From address with a domain, so DMARC cannot apply. Receivers often reject such messages.</source>
        <translation>メールにドメイン付きの From アドレスがないため、DMARC を適用できません。受信側はこのようなメールを拒否することがよくあります。</translation>
    </message>
    <message>
        <source>The From field holds %1 addresses; DMARC was evaluated for the first domain, %2. Many receivers reject messages with several authors.</source>
        <translation>From ヘッダーに %1 件のアドレスがあります。DMARC は最初のドメイン %2 について評価しました。複数の差出人を持つメールは多くの受信側で拒否されます。</translation>
    </message>
    <message>
        <source>The DMARC record &quot;%1&quot; is not a valid tag list and is ignored.</source>
        <translation>DMARC レコード「%1」はタグの書式が正しくないため、無視されます。</translation>
    </message>
    <message>
        <source>The DMARC record has an invalid value %1=%2; receivers ignore this tag.</source>
        <translation>DMARC レコードの %1=%2 は無効な値のため、受信側はこのタグを無視します。</translation>
    </message>
    <message>
        <source>The DMARC record has an unknown tag %1=; it is ignored.</source>
        <translation>DMARC レコードに不明なタグ %1= があります。無視されます。</translation>
    </message>
    <message>
        <source>The DMARC record uses %1=, which RFC 9989 removed; current receivers ignore it.</source>
        <translation>DMARC レコードで使われている %1= は RFC 9989 で廃止されたため、現在の受信側は無視します。</translation>
    </message>
    <message>
        <source>The DMARC record has no valid p= tag; it is read as p=none (monitoring only).</source>
        <translation>DMARC レコードに有効な p= タグがないため、p=none（監視のみ）として扱います。</translation>
    </message>
    <message>
        <source>The DMARC record is in testing mode (t=y): instead of %1, receivers apply the next weaker policy, %2.</source>
        <translation>DMARC レコードはテストモード（t=y）です。受信側は %1 ではなく、一段階弱い %2 を適用します。</translation>
    </message>
    <message>
        <source>Under RFC 9989 (DNS Tree Walk) the organisational domain is %1 and DMARC gives %3; under RFC 7489 (Public Suffix List) it is %2 and DMARC gives %4. Receivers that have not moved to the new rules may decide differently.</source>
        <translation>RFC 9989（DNS ツリーウォーク）では組織ドメインは %1、DMARC の結果は %3 です。RFC 7489（Public Suffix List）では組織ドメインは %2、結果は %4 です。新しい規則に移行していない受信側では判定が異なる場合があります。</translation>
    </message>
    <message>
        <source>Some DMARC records above %1 could not be fetched, so its organisational domain may be wrong.</source>
        <translation>%1 より上位の DMARC レコードの一部を取得できなかったため、組織ドメインの判定が正しくない可能性があります。</translation>
    </message>
    <message>
        <source>%1 recorded dmarc=%2 at delivery; Kensa finds %3 now. The DMARC or SPF record may have changed since, or the receiver applied a local rule.</source>
        <translation>%1 は配送時に dmarc=%2 と記録していますが、今回の評価結果は dmarc=%3 です。その後 DMARC や SPF のレコードが変更されたか、受信側が独自の設定を適用した可能性があります。</translation>
    </message>
    <message>
        <source>The receiving server recorded dmarc=%1 at delivery; Kensa finds %2 now. The DMARC or SPF record may have changed since, or the receiver applied a local rule.</source>
        <translation>受信サーバーは配送時に dmarc=%1 と記録していますが、今回の評価結果は dmarc=%2 です。その後 DMARC や SPF のレコードが変更されたか、受信側が独自の設定を適用した可能性があります。</translation>
    </message>
    <message>
        <source>%1 recorded dmarc=%2 at delivery; Kensa could not evaluate DMARC again now (%3), so only the receiver&apos;s verdict is available.</source>
        <translation>%1 は配送時に dmarc=%2 と記録しています。今回は DMARC を再評価できなかったため（%3）、受信サーバーの判定結果のみが手がかりです。</translation>
    </message>
    <message>
        <source>The receiving server recorded dmarc=%1 at delivery; Kensa could not evaluate DMARC again now (%2), so only the receiver&apos;s verdict is available.</source>
        <translation>受信サーバーは配送時に dmarc=%1 と記録しています。今回は DMARC を再評価できなかったため（%2）、受信サーバーの判定結果のみが手がかりです。</translation>
    </message>
    <message>
        <source>The mechanism %1 in the SPF record of %2 matched and decided the result.</source>
        <translation>%2 の SPF レコードのメカニズム %1 が一致し、判定結果が決まりました。</translation>
    </message>
    <message>
        <source>No mechanism in the SPF record of %1 matched, so the default result (neutral) applies.</source>
        <translation>%1 の SPF レコードに一致するメカニズムがないため、既定の結果の中立（neutral）になりました。</translation>
    </message>
    <message>
        <source>%1 is not a valid multi-label domain name, so SPF returns none (RFC 7208 §4.3).</source>
        <translation>%1 は有効な複数ラベルのドメイン名ではないため、SPF の結果はなし（none）です（RFC 7208 §4.3）。</translation>
    </message>
    <message>
        <source>The DNS query %2 %1 failed (%3), so SPF returns temperror.</source>
        <translation>DNS 問い合わせ %2 %1 が失敗した（%3）ため、SPF の結果は一時エラー（temperror）です。</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record (v=spf1).</source>
        <translation>%1 は SPF レコード（v=spf1）を公開していません。</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; only one is allowed, so the result is permerror.</source>
        <translation>%1 は SPF レコードを %2 件公開しています。1 件しか許されないため、結果は恒久エラー（permerror）です。</translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error at column %2 (%3), so the whole record is permerror. %4</source>
        <translation>%1 の SPF レコードの %2 文字目（%3）に構文エラーがあるため、レコード全体が恒久エラー（permerror）となります。%4</translation>
    </message>
    <message>
        <source>The include target %1 has no SPF record, so the result is permerror.</source>
        <translation>include 先の %1 に SPF レコードがないため、結果は恒久エラー（permerror）です。</translation>
    </message>
    <message>
        <source>The redirect= target %1 has no SPF record, so the result is permerror.</source>
        <translation>redirect= 先の %1 に SPF レコードがないため、結果は恒久エラー（permerror）です。</translation>
    </message>
    <message>
        <source>Evaluating the SPF record needed more than %1 DNS lookups, so the result is permerror.</source>
        <translation>SPF レコードの評価に %1 回を超える DNS ルックアップが必要となったため、結果は恒久エラー（permerror）です。</translation>
    </message>
    <message>
        <source>More than %1 DNS lookups returned no records (void lookups), so the result is permerror.</source>
        <translation>結果が空の DNS ルックアップ（void lookup）が %1 回を超えたため、結果は恒久エラー（permerror）です。</translation>
    </message>
    <message>
        <source>%1 has %2 MX records, more than the mx mechanism may use, so the result is permerror.</source>
        <translation>%1 の MX レコードが %2 件あり、mx メカニズムで扱える上限を超えるため、結果は恒久エラー（permerror）です。</translation>
    </message>
    <message>
        <source>The SPF evaluation was stopped after %1 DNS questions.</source>
        <translation>SPF の評価は DNS 問い合わせ %1 回で打ち切られました。</translation>
    </message>
    <message>
        <source>The client address %1 is not a valid IP address, so SPF cannot be evaluated.</source>
        <translation>送信元 IP アドレス %1 が有効な IP アドレスではないため、SPF を評価できません。</translation>
    </message>
    <message>
        <source>The SPF record of %1 uses the ptr mechanism (%2), which RFC 7208 says should not be used: it is slow and unreliable.</source>
        <translation>%1 の SPF レコードは ptr メカニズム（%2）を使用しています。RFC 7208 では低速で信頼性が低いため使用すべきでないとされています。</translation>
    </message>
    <message>
        <source>The exp= explanation record was missing, ambiguous or unreachable, so the default explanation is used.</source>
        <translation>exp= の説明レコードが存在しない・複数ある・取得できないため、既定の説明を使用します。</translation>
    </message>
    <message>
        <source>The exp= explanation text has a macro syntax error, so the default explanation is used.</source>
        <translation>exp= の説明文にマクロ構文エラーがあるため、既定の説明を使用します。</translation>
    </message>
    <message>
        <source>The target name cannot form a DNS query (empty or over-long label), so the mechanism does not match.</source>
        <translation>対象名から DNS 問い合わせを作成できない（空または長すぎるラベル）ため、メカニズムは一致しません。</translation>
    </message>
    <message>
        <source>The record does not start with &quot;v=spf1&quot;.</source>
        <translation>レコードが「v=spf1」で始まっていません。</translation>
    </message>
    <message>
        <source>The record contains a character other than printable ASCII and spaces.</source>
        <translation>レコードに印字可能な ASCII と空白以外の文字が含まれています。</translation>
    </message>
    <message>
        <source>The record contains an unknown mechanism.</source>
        <translation>レコードに不明なメカニズムが含まれています。</translation>
    </message>
    <message>
        <source>A mechanism has an argument it does not allow, or lacks a required one.</source>
        <translation>メカニズムに許されない引数があるか、必須の引数がありません。</translation>
    </message>
    <message>
        <source>A CIDR prefix length is malformed or out of range.</source>
        <translation>CIDR プレフィックス長の形式が不正か、範囲外です。</translation>
    </message>
    <message>
        <source>An ip4 mechanism does not hold a valid IPv4 address.</source>
        <translation>ip4 メカニズムに有効な IPv4 アドレスが指定されていません。</translation>
    </message>
    <message>
        <source>An ip6 mechanism does not hold a valid IPv6 address.</source>
        <translation>ip6 メカニズムに有効な IPv6 アドレスが指定されていません。</translation>
    </message>
    <message>
        <source>A domain specification is empty, has a macro error, or does not end in a valid top-level label.</source>
        <translation>ドメイン指定が空か、マクロに誤りがあるか、有効なトップレベルラベルで終わっていません。</translation>
    </message>
    <message>
        <source>A modifier value contains a malformed macro.</source>
        <translation>修飾子の値に不正なマクロが含まれています。</translation>
    </message>
    <message>
        <source>A modifier name is malformed.</source>
        <translation>修飾子名の形式が不正です。</translation>
    </message>
    <message>
        <source>redirect= or exp= appears more than once.</source>
        <translation>redirect= または exp= が複数回指定されています。</translation>
    </message>
    <message>
        <source>Kensa cannot re-evaluate SPF for this message: no Received field or Authentication-Results names the IP address that delivered it to the receiver.</source>
        <translation>このメールでは SPF を再評価できません。受信サーバーに配送した IP アドレスが Received ヘッダーにも Authentication-Results ヘッダーにも記載されていません。</translation>
    </message>
    <message>
        <source>%1 is not in the DNS snapshot and Kensa is offline, so SPF cannot be evaluated.</source>
        <translation>%1 が DNS スナップショットに含まれておらず、Kensa がオフラインのため、SPF を評価できません。</translation>
    </message>
    <message>
        <source>%1 recorded spf=%2 at delivery; Kensa finds %3 now. The SPF record may have changed since delivery, or the receiver used a local override.</source>
        <translation>%1 は配送時に spf=%2 と記録していますが、今回の評価結果は spf=%3 です。配送後に SPF レコードが変更されたか、受信側が独自の例外設定を使った可能性があります。</translation>
    </message>
    <message>
        <source>The receiving server recorded spf=%1 at delivery; Kensa finds %2 now. The SPF record may have changed since delivery, or the receiver used a local override.</source>
        <translation>受信サーバーは配送時に spf=%1 と記録していますが、今回の評価結果は spf=%2 です。配送後に SPF レコードが変更されたか、受信側が独自の例外設定を使った可能性があります。</translation>
    </message>
    <message>
        <source>%1 recorded spf=%2 at delivery; Kensa could not evaluate SPF again now (%3), so only the receiver&apos;s verdict is available.</source>
        <translation>%1 は配送時に spf=%2 と記録しています。今回は SPF を再評価できなかったため（%3）、受信サーバーの判定結果のみが手がかりです。</translation>
    </message>
    <message>
        <source>The receiving server recorded spf=%1 at delivery; Kensa could not evaluate SPF again now (%2), so only the receiver&apos;s verdict is available.</source>
        <translation>受信サーバーは配送時に spf=%1 と記録しています。今回は SPF を再評価できなかったため（%2）、受信サーバーの判定結果のみが手がかりです。</translation>
    </message>
    <message>
        <source>The message has no ARC fields, so there is no chain to validate.</source>
        <translation>このメールには ARC ヘッダーがないため、検証するチェーンがありません。</translation>
    </message>
    <message>
        <source>The ARC chain is complete (ARC sets: %1), every seal verifies and the newest ARC-Message-Signature passes.</source>
        <translation>ARC チェーンは完全で（%1 セット）、すべてのシールが検証でき、最新の ARC-Message-Signature も成功しました。</translation>
    </message>
    <message>
        <source>The %1 field on line %2 has no valid instance number (i= must be 1 to 50).</source>
        <translation>%2 行目の %1 ヘッダーに有効なインスタンス番号がありません（i= は 1〜50 でなければなりません）。</translation>
    </message>
    <message>
        <source>The %1 field on line %2 has an instance number above the limit of %3 ARC sets.</source>
        <translation>%2 行目の %1 ヘッダーのインスタンス番号が、ARC セットの上限 %3 を超えています。</translation>
    </message>
    <message>
        <source>ARC set %2 has no %1 field, so the chain is incomplete.</source>
        <translation>ARC セット %2 に %1 ヘッダーがなく、チェーンが不完全です。</translation>
    </message>
    <message>
        <source>ARC set %2 has more than one %1 field.</source>
        <translation>ARC セット %2 に %1 ヘッダーが複数あります。</translation>
    </message>
    <message>
        <source>The sealer of ARC set %1 recorded that the chain had already failed (cv=fail).</source>
        <translation>ARC セット %1 をシールしたドメイン（サーバー）が、チェーンはすでに失敗していたと記録しています（cv=fail）。</translation>
    </message>
    <message>
        <source>The ARC-Seal of set %1 says cv=%2 where %3 is required.</source>
        <translation>セット %1 の ARC-Seal は cv=%2 ですが、%3 でなければなりません。</translation>
    </message>
    <message>
        <source>The newest ARC-Message-Signature (set %1) did not pass (%2).</source>
        <translation>最新の ARC-Message-Signature（セット %1）が成功しませんでした（%2）。</translation>
    </message>
    <message>
        <source>The ARC-Seal of set %1 did not verify (%2).</source>
        <translation>セット %1 の ARC-Seal を検証できませんでした（%2）。</translation>
    </message>
    <message>
        <source>The key of the %1 of ARC set %2 could not be fetched (a DNS failure or time-out, or Kensa is offline and the key is not in the DNS snapshot), so the ARC chain cannot be validated now. This is a temporary error, not a sign that the message was changed.</source>
        <translation>ARC セット %2 の %1 の鍵を取得できなかったため（DNS の障害やタイムアウト、または Kensa がオフラインで鍵が DNS スナップショットに含まれていない）、今は ARC チェーンを検証できません。一時エラーであり、メールが変更されたことを示すものではありません。</translation>
    </message>
    <message>
        <source>The ARC-Seal verifies over the ARC sets up to this one.</source>
        <translation>ARC-Seal は、このセットまでの ARC セット全体に対して正しく検証できました。</translation>
    </message>
    <message>
        <source>The ARC-Seal&apos;s signature does not match the ARC fields it covers.</source>
        <translation>ARC-Seal の署名が、対象の ARC ヘッダーと一致しません。</translation>
    </message>
    <message>
        <source>The ARC-Seal lacks the required tag %1=.</source>
        <translation>ARC-Seal に必須のタグ %1= がありません。</translation>
    </message>
    <message>
        <source>The ARC-Seal&apos;s %1= value is not valid.</source>
        <translation>ARC-Seal の %1= の値が正しくありません。</translation>
    </message>
    <message>
        <source>The ARC-Seal names the same tag twice (at position %1).</source>
        <translation>ARC-Seal で同じタグが 2 回指定されています（%1 文字目）。</translation>
    </message>
    <message>
        <source>The ARC-Seal&apos;s tag list is malformed at position %1.</source>
        <translation>ARC-Seal のタグリストの %1 文字目の書式が不正です。</translation>
    </message>
    <message>
        <source>The ARC-Seal has an h= tag, which RFC 8617 forbids.</source>
        <translation>ARC-Seal に h= タグがありますが、RFC 8617 では禁止されています。</translation>
    </message>
    <message>
        <source>The ARC-Seal uses an unknown algorithm %1.</source>
        <translation>ARC-Seal が不明なアルゴリズム %1 を使っています。</translation>
    </message>
    <message>
        <source>The ARC-Seal uses rsa-sha1, which must not be accepted.</source>
        <translation>ARC-Seal が rsa-sha1 を使っていますが、これは受け入れてはなりません。</translation>
    </message>
    <message>
        <source>The ARC-Message-Signature signs ARC-Seal fields, which RFC 8617 forbids.</source>
        <translation>ARC-Message-Signature が ARC-Seal ヘッダーに署名していますが、RFC 8617 では禁止されています。</translation>
    </message>
    <message>
        <source>%1 recorded arc=%2 at delivery; Kensa finds %3 now. A key may have been rotated since, or the message was changed after delivery.</source>
        <translation>%1 は配送時に arc=%2 と記録していますが、今回の検証結果は arc=%3 です。その後鍵の更新（ローテーション）が行われたか、配送後にメールが変更された可能性があります。</translation>
    </message>
    <message>
        <source>%1 recorded arc=%2 at delivery; Kensa could not validate the ARC chain again now (%3: a key could not be fetched), so only the receiver&apos;s verdict is available.</source>
        <translation>%1 は配送時に arc=%2 と記録しています。今回は鍵を取得できず ARC チェーンを再検証できなかったため（%3）、受信サーバーの判定結果のみが手がかりです。</translation>
    </message>
    <message>
        <source>The receiving server recorded arc=%1 at delivery; Kensa could not validate the ARC chain again now (%2: a key could not be fetched), so only the receiver&apos;s verdict is available.</source>
        <translation>受信サーバーは配送時に arc=%1 と記録しています。今回は鍵を取得できず ARC チェーンを再検証できなかったため（%2）、受信サーバーの判定結果のみが手がかりです。</translation>
    </message>
    <message>
        <source>The receiving server recorded arc=%1 at delivery; Kensa finds %2 now. A key may have been rotated since, or the message was changed after delivery.</source>
        <translation>受信サーバーは配送時に arc=%1 と記録していますが、今回の検証結果は arc=%2 です。その後鍵の更新（ローテーション）が行われたか、配送後にメールが変更された可能性があります。</translation>
    </message>
    <message>
        <source>Set %1: %2 forwarded the message and recorded what it saw on arrival: %3.</source>
        <translation>セット %1：%2 がメールを転送し、受け取った時点の認証結果を記録しています（%3）。</translation>
    </message>
    <message>
        <source>The message was sent through %1 (evidence: %2).</source>
        <translation>このメールは %1 経由で送信されています（根拠：%2）。</translation>
    </message>
    <message>
        <source>The envelope sender (Return-Path) domain is the From domain, %1: SPF speaks for the From domain itself.</source>
        <translation>エンベロープFrom（Return-Path）のドメインはヘッダーFrom のドメインと同じ %1 です。SPF の結果は、ヘッダーFrom のドメインそのものについての結果になります。</translation>
    </message>
    <message>
        <source>The envelope sender (Return-Path) domain %1 is in the same organisation as the From domain %2: SPF aligns under relaxed alignment (aspf=r), not under strict.</source>
        <translation>エンベロープFrom（Return-Path）のドメイン %1 は、ヘッダーFrom のドメイン %2 と同じ組織ドメインに属します。SPF は緩和アライメント（aspf=r）ではアライメントが取れていますが、厳格アライメントでは取れていません。</translation>
    </message>
    <message>
        <source>The envelope sender (Return-Path) domain %1 is not part of the From domain %2, so SPF cannot help DMARC, and no DKIM signature aligns with %2 either. This is typical when a sending service uses its own bounce and signing domains: set up a custom bounce (MAIL FROM) domain and DKIM signing with your own domain at the service.</source>
        <translation>エンベロープFrom（Return-Path）のドメイン %1 はヘッダーFrom のドメイン %2 とは別の組織のため、SPF は DMARC の成功に使えません。%2 とアライメントが取れている DKIM 署名もありません。配信サービスが、バウンス（エラーメール）用と署名用に配信サービス自身のドメインを使っている場合の典型例です。サービス側で、自ドメインのバウンス用ドメイン（MAIL FROM）と自ドメインでの DKIM 署名を設定してください。</translation>
    </message>
    <message>
        <source>The envelope sender (Return-Path) domain %1 is not part of the From domain %2, so SPF does not align; DMARC passes only because a DKIM signature aligns. If that signature breaks (a forwarder or a mailing list changes the message), DMARC fails.</source>
        <translation>エンベロープFrom（Return-Path）のドメイン %1 はヘッダーFrom のドメイン %2 とは別の組織のため、SPF のアライメントが取れていません。DMARC が成功しているのは、アライメントが取れている DKIM 署名があるためです。転送サーバーやメーリングリストでメールが変更されて署名が壊れると、DMARC は失敗します。</translation>
    </message>
    <message>
        <source>The sending IP %1 has a reverse DNS name, %2, that resolves back to it (forward-confirmed reverse DNS).</source>
        <translation>送信元 IP %1 の逆引きホスト名（PTR）%2 は、正引きでも同じ IP に戻ります（正引き・逆引きが一致）。</translation>
    </message>
    <message>
        <source>The reverse DNS name of %1 (%2) does not resolve back to it. Gmail and Yahoo require forward-confirmed reverse DNS for the sending IP.</source>
        <translation>%1 の逆引きホスト名（PTR）%2 は、正引きで同じ IP に戻りません。Gmail と Yahoo（米国）は、送信元 IP の正引き・逆引きの一致を求めています。</translation>
    </message>
    <message>
        <source>The sending IP %1 has no reverse DNS (PTR) record. Many receivers reject or penalise mail from such addresses.</source>
        <translation>送信元 IP %1 には逆引き（PTR）レコードがありません。このようなアドレスからのメールは多くの受信側で拒否されるか、評価が下がります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address, so reverse DNS cannot be checked.</source>
        <translation>「%1」は IP アドレスではないため、逆引きを確認できません。</translation>
    </message>
    <message>
        <source>The reverse DNS query %1 failed (%2), so reverse DNS could not be checked now.</source>
        <translation>逆引きの問い合わせ %1 が失敗した（%2）ため、今回は逆引きを確認できませんでした。</translation>
    </message>
    <message>
        <source>The reverse DNS names of %1 (%2) could not be looked up forward now, so the check is incomplete.</source>
        <translation>%1 の逆引きホスト名（%2）を今回は正引きできなかったため、確認が完了していません。</translation>
    </message>
    <message>
        <source>The reverse DNS name %1 looks like a generic or dynamic address (it contains the IP&apos;s digits or words such as dynamic or pool). Receivers treat mail from such names as likely spam; use a name of your own domain for %2.</source>
        <translation>逆引きホスト名（PTR）%1 は、汎用・動的なアドレスの名前のように見えます（IP アドレスの数字や dynamic・pool などの語を含む）。受信側はこのような名前からのメールを迷惑メールとみなしがちです。%2 の逆引きホスト名には、自ドメインのホスト名を設定してください。</translation>
    </message>
    <message>
        <source>The sending server introduced itself as %1 (HELO), but its reverse DNS name is %2.</source>
        <translation>送信サーバーは HELO で %1 と名乗っていますが、逆引きホスト名（PTR）は %2 です。</translation>
    </message>
    <message>
        <source>The message has %2 %1 fields; RFC 2369 allows only one. Receivers may read only one of them, or ignore them all.</source>
        <translation>このメールには %1 ヘッダーが %2 個あります。RFC 2369 では 1 個だけと定められています。受信側はそのうち 1 個しか読まないか、すべて無視することがあります。</translation>
    </message>
    <message>
        <source>The List-Unsubscribe field holds no address or link, so it offers no way to unsubscribe.</source>
        <translation>List-Unsubscribe ヘッダーにアドレスもリンクも書かれていないため、配信停止の手段になっていません。</translation>
    </message>
    <message>
        <source>The unsubscribe address &quot;%1&quot; in List-Unsubscribe is not enclosed in angle brackets (&lt; &gt;) as RFC 2369 requires; mail providers may ignore it.</source>
        <translation>List-Unsubscribe の配信停止アドレス「%1」が、RFC 2369 の定める山括弧（&lt; &gt;）で囲まれていません。メールサービスに無視されることがあります。</translation>
    </message>
    <message>
        <source>The unsubscribe address &quot;%1&quot; in List-Unsubscribe has an opening angle bracket (&lt;) but no closing one (&gt;); mail providers may ignore it.</source>
        <translation>List-Unsubscribe の配信停止アドレス「%1」は開き山括弧（&lt;）はありますが、閉じ山括弧（&gt;）がありません。メールサービスに無視されることがあります。</translation>
    </message>
    <message>
        <source>The List-Unsubscribe field contains empty angle brackets (&lt;&gt;) with no address in them.</source>
        <translation>List-Unsubscribe ヘッダーに、中にアドレスのない空の山括弧（&lt;&gt;）があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in List-Unsubscribe is not a valid address: it should start with https:, http: or mailto:.</source>
        <translation>List-Unsubscribe の「%1」は有効なアドレスではありません。https、http、mailto のいずれかのスキームで始まる必要があります。</translation>
    </message>
    <message>
        <source>List-Unsubscribe contains an address of type &quot;%1:&quot;; mail providers only use https:, http: and mailto: addresses.</source>
        <translation>List-Unsubscribe にスキームが「%1」のアドレスがあります。メールサービスが使うのは https、http、mailto のアドレスだけです。</translation>
    </message>
    <message>
        <source>List-Unsubscribe contains more than %1 addresses; only the first %1 were read.</source>
        <translation>List-Unsubscribe に %1 個を超えるアドレスがあります。最初の %1 個だけを読み取りました。</translation>
    </message>
    <message>
        <source>A comment in List-Unsubscribe opens a parenthesis that is never closed; the rest of the field was not read.</source>
        <translation>List-Unsubscribe のコメントの括弧が閉じられていないため、ヘッダーの残りの部分は読み取っていません。</translation>
    </message>
    <message>
        <source>The List-Unsubscribe-Post field is empty. For one-click unsubscribe (RFC 8058) it must read exactly &quot;List-Unsubscribe=One-Click&quot;.</source>
        <translation>List-Unsubscribe-Post ヘッダーが空です。ワンクリック配信停止（RFC 8058）には、値を正確に「List-Unsubscribe=One-Click」とする必要があります。</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post reads &quot;%1&quot;, but RFC 8058 requires exactly &quot;List-Unsubscribe=One-Click&quot; with this capitalisation; some receivers will not offer one-click unsubscribe.</source>
        <translation>List-Unsubscribe-Post の値は「%1」ですが、RFC 8058 では大文字・小文字も含めて正確に「List-Unsubscribe=One-Click」と書く必要があります。受信側によってはワンクリック配信停止が表示されません。</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post reads &quot;%1&quot;: it contains more than &quot;List-Unsubscribe=One-Click&quot;, which RFC 8058 requires as the only content; some receivers will not offer one-click unsubscribe.</source>
        <translation>List-Unsubscribe-Post の値は「%1」で、「List-Unsubscribe=One-Click」以外の内容が含まれています。RFC 8058 ではこの値だけを書く必要があります。受信側によってはワンクリック配信停止が表示されません。</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post reads &quot;%1&quot;, but RFC 8058 requires exactly &quot;List-Unsubscribe=One-Click&quot;; one-click unsubscribe will not work.</source>
        <translation>List-Unsubscribe-Post の値は「%1」ですが、RFC 8058 では正確に「List-Unsubscribe=One-Click」と書く必要があります。ワンクリック配信停止は機能しません。</translation>
    </message>
    <message>
        <source>The message has a List-Unsubscribe-Post field but no List-Unsubscribe field, so there is no address to unsubscribe at.</source>
        <translation>List-Unsubscribe-Post ヘッダーはありますが List-Unsubscribe ヘッダーがないため、配信停止の送り先がありません。</translation>
    </message>
    <message>
        <source>The message asks for one-click unsubscribe (List-Unsubscribe-Post), but List-Unsubscribe holds no https: link; RFC 8058 needs one, so one-click unsubscribe will not work.</source>
        <translation>ワンクリック配信停止（List-Unsubscribe-Post）が指定されていますが、List-Unsubscribe に https のリンクがありません。RFC 8058 では https のリンクが必要なため、ワンクリック配信停止は機能しません。</translation>
    </message>
    <message>
        <source>List-Unsubscribe has an https: link, but there is no List-Unsubscribe-Post field, so one-click unsubscribe (RFC 8058) is not offered. Gmail and Yahoo require it for bulk marketing mail.</source>
        <translation>List-Unsubscribe に https のリンクはありますが、List-Unsubscribe-Post ヘッダーがないため、ワンクリック配信停止（RFC 8058）になっていません。Gmail と Yahoo（米国）は、大量送信者の広告・メルマガにこれを求めています。</translation>
    </message>
    <message>
        <source>The one-click unsubscribe link in List-Unsubscribe uses http:, not https:. Gmail requires an https: link for one-click unsubscribe.</source>
        <translation>List-Unsubscribe のワンクリック配信停止のリンクが https ではなく http です。Gmail はワンクリック配信停止に https のリンクを求めています。</translation>
    </message>
    <message>
        <source>List-Unsubscribe offers only an email address (mailto:). Yahoo accepts this, but Gmail requires one-click unsubscribe with an https: link (RFC 8058) for bulk marketing mail.</source>
        <translation>List-Unsubscribe にはメールアドレス（mailto:）しかありません。Yahoo（米国）はこれを認めていますが、Gmail は大量送信者の広告・メルマガに https のリンクによるワンクリック配信停止（RFC 8058）を求めています。</translation>
    </message>
    <message>
        <source>The message has no DKIM signature, so the List-Unsubscribe and List-Unsubscribe-Post fields are not protected; RFC 8058 requires a valid DKIM signature over both for one-click unsubscribe.</source>
        <translation>このメールには DKIM 署名がないため、List-Unsubscribe ヘッダーと List-Unsubscribe-Post ヘッダーが改ざんから保護されていません。RFC 8058 では、ワンクリック配信停止に両方を含む有効な DKIM 署名が必要です。</translation>
    </message>
    <message>
        <source>No DKIM signature lists %1 among its signed header fields (h=). RFC 8058 requires one valid DKIM signature that covers both List-Unsubscribe and List-Unsubscribe-Post for one-click unsubscribe.</source>
        <translation>%1 を署名対象ヘッダー（h=）に含む DKIM 署名がありません。RFC 8058 では、ワンクリック配信停止に List-Unsubscribe と List-Unsubscribe-Post の両方を含む有効な DKIM 署名が 1 つ必要です。</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 covers the unsubscribe fields, but it does not verify (result: %2), so one-click unsubscribe is not protected as RFC 8058 requires.</source>
        <translation>%1 の DKIM 署名は配信停止のヘッダーを含んでいますが、検証に失敗しています（dkim=%2）。そのため、RFC 8058 が求めるワンクリック配信停止の保護になっていません。</translation>
    </message>
    <message>
        <source>The unsubscribe fields are signed only by %1, which is not the sender&apos;s domain %2 (the DKIM signature is not aligned). Sign them with the sender&apos;s own domain so that receivers can trust the one-click unsubscribe.</source>
        <translation>配信停止のヘッダーに署名しているのは %1 だけで、送信者のドメイン %2 ではありません（DKIM 署名のアライメントが取れていません）。受信側がワンクリック配信停止を信頼できるよう、自ドメインで署名してください。</translation>
    </message>
    <message>
        <source>The unsubscribe fields are signed by %1, but the message has no single From address whose domain it could be compared with.</source>
        <translation>配信停止のヘッダーは %1 が署名していますが、メールに単一の From アドレスがないため、そのドメインと照合できません。</translation>
    </message>
    <message>
        <source>The unsubscribe link &quot;%2&quot; (%1) in the message body is hidden by its style (CSS), so readers cannot see it. Providers ask for a clearly visible unsubscribe link.</source>
        <translation>本文の配信停止リンク「%2」（%1）はスタイル（CSS）で非表示になっているため、読者には見えません。メールサービスは分かりやすく表示された配信停止リンクを求めています。</translation>
    </message>
    <message>
        <source>This text part is very large; only its first %1 characters were searched for an unsubscribe link.</source>
        <translation>このテキストパートは非常に大きいため、配信停止リンクは最初の %1 文字だけから探しました。</translation>
    </message>
    <message>
        <source>This HTML part has more than %1 links; only the first %1 were checked for an unsubscribe link.</source>
        <translation>この HTML パートには %1 個を超えるリンクがあります。配信停止リンクかどうかは最初の %1 個だけを確認しました。</translation>
    </message>
    <message>
        <source>Message format: the message follows RFC 5322 (field syntax, lines of at most 998 characters, no bare CR, no NUL, valid Date and From, MIME structure) and the sending server&apos;s HELO name is valid.</source>
        <translation>メール形式：メールが RFC 5322 に従っていること（ヘッダーフィールドの構文、1 行 998 文字以内、単独の CR や NUL がないこと、正しい Date と From、MIME 構造）、および送信サーバーの HELO 名が正しいこと。</translation>
    </message>
    <message>
        <source>Single From (Gmail): exactly one From field with exactly one valid address, not empty and not a group.</source>
        <translation>From は 1 つ（Gmail）：From ヘッダーがちょうど 1 つで、有効なアドレスがちょうど 1 つあり、空でもグループでもないこと。</translation>
    </message>
    <message>
        <source>Single From (RFC 5322): one From field; several addresses only together with a Sender field.</source>
        <translation>From は 1 つ（RFC 5322）：From ヘッダーが 1 つだけあること。複数のアドレスは Sender ヘッダーがある場合のみ許されます。</translation>
    </message>
    <message>
        <source>Fields that RFC 5322 §3.6 allows only once appear at most once.</source>
        <translation>RFC 5322 §3.6 で 1 回だけ許されるヘッダーフィールドが、いずれも 1 回以下であること。</translation>
    </message>
    <message>
        <source>The message has one Message-ID of the form &lt;left-part@right-part&gt;, at most 500 characters long.</source>
        <translation>メールに &lt;左側@右側&gt; 形式で 500 文字以内の Message-ID が 1 つあること。</translation>
    </message>
    <message>
        <source>The header section stays within Gmail&apos;s limits: 500 KB in total, 5,000 fields, 32 KB per field value, 500 characters for Message-ID, 998 for Subject and 1 KB per field name.</source>
        <translation>ヘッダー部分が Gmail の制限内であること：合計 500 KB、5,000 フィールド、フィールド値 1 つあたり 32 KB、Message-ID は 500 文字、Subject は 998 文字、フィールド名は 1 KB まで。</translation>
    </message>
    <message>
        <source>Header values are ASCII or well-formed RFC 2047 encoded-words, raw UTF-8 appears only with SMTPUTF8, and no address contains an encoded-word.</source>
        <translation>ヘッダーの値が ASCII または正しい形式の RFC 2047 エンコードワードであり、生の UTF-8 は SMTPUTF8 の場合のみで、アドレスにエンコードワードが含まれていないこと。</translation>
    </message>
    <message>
        <source>Internationalised domain names meet the Highly Restrictive level of UTS #39 §5.2.</source>
        <translation>国際化ドメイン名が UTS #39 §5.2 の Highly Restrictive レベルを満たしていること。</translation>
    </message>
    <message>
        <source>The display name and subject represent the sender honestly (checked with heuristics only).</source>
        <translation>表示名と件名が送信者を正直に表していること（ヒューリスティックによる確認のみ）。</translation>
    </message>
    <message>
        <source>No message was given, so the message format could not be checked.</source>
        <translation>メールが渡されなかったため、メール形式を確認できませんでした。</translation>
    </message>
    <message>
        <source>The header section, line lengths, Date and From fields and MIME structure follow RFC 5322, the Internet message format.</source>
        <translation>ヘッダー部分、行の長さ、Date・From ヘッダー、MIME 構造は RFC 5322（メールの形式を定めた規格）に従っています。</translation>
    </message>
    <message>
        <source>The header fields, Date and From follow RFC 5322, the Internet message format. Only headers were supplied, so the body (line lengths, MIME structure) was not checked.</source>
        <translation>ヘッダーフィールド、Date、From は RFC 5322（メールの形式を定めた規格）に従っています。ヘッダーのみが渡されたため、本文（行の長さ、MIME 構造）は確認していません。</translation>
    </message>
    <message>
        <source>The message does not follow RFC 5322, the Internet message format. Problems found: %1 (listed below). Receivers may reject or delay such mail.</source>
        <translation>メールが RFC 5322（メールの形式を定めた規格）に従っていません。見つかった問題：%1 件（下に一覧があります）。受信側はこのようなメールを拒否または遅延させることがあります。</translation>
    </message>
    <message numerus="yes">
        <source>The message follows RFC 5322 in the points that cause rejection, but %n point(s) deserve attention (listed below).</source>
        <translation>
            <numerusform>拒否の原因となる点では RFC 5322 に従っていますが、注意すべき点が %n 件あります（下に一覧があります）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 contains a carriage return (CR) without a line feed at column %2. RFC 5322 allows CR only as part of a CRLF line ending.</source>
        <translation>%1 行目の %2 文字目に、改行（LF）を伴わない復帰文字（CR）があります。RFC 5322 では CR は CRLF の行末としてのみ使えます。</translation>
    </message>
    <message>
        <source>The %1 field has white space before its colon. This is obsolete syntax (RFC 5322 §4.5) that senders must not generate; receivers still accept it.</source>
        <translation>%1 ヘッダーのコロンの前に空白があります。これは送信側が生成してはならない旧形式の構文（RFC 5322 §4.5）ですが、受信側は受け付けます。</translation>
    </message>
    <message>
        <source>Only the header section was supplied: body line lengths, NUL bytes and the MIME structure were not checked.</source>
        <translation>ヘッダー部分のみが渡されたため、本文の行の長さ、NUL バイト、MIME 構造は確認していません。</translation>
    </message>
    <message>
        <source>The message has no Date field. RFC 5322 requires one, and Gmail and Yahoo may reject mail without it.</source>
        <translation>メールに Date ヘッダーがありません。RFC 5322 では必須で、Gmail や Yahoo（米国）はこれがないメールを拒否することがあります。</translation>
    </message>
    <message>
        <source>The Date field (%1) cannot be read as a date. RFC 5322 §3.3 defines its format, for example: Mon, 2 Sep 2024 10:15:00 +0900.</source>
        <translation>Date ヘッダー（%1）を日時として読み取れません。形式は RFC 5322 §3.3 で定められています（例：Mon, 2 Sep 2024 10:15:00 +0900）。</translation>
    </message>
    <message>
        <source>The Date field (%1) could be read, but it is not in the format of RFC 5322 §3.3 (for example: Mon, 2 Sep 2024 10:15:00 +0900). Receivers may reject it.</source>
        <translation>Date ヘッダー（%1）は読み取れましたが、RFC 5322 §3.3 の形式（例：Mon, 2 Sep 2024 10:15:00 +0900）ではありません。受信側に拒否されることがあります。</translation>
    </message>
    <message>
        <source>The Date field (%1) uses an obsolete form (RFC 5322 §4.3, such as a two-digit year or a zone name like GMT). It is accepted, but current software should write a numeric zone such as +0900.</source>
        <translation>Date ヘッダー（%1）は旧形式（RFC 5322 §4.3。2 桁の年や GMT などのタイムゾーン名）を使っています。受け付けられますが、現在のソフトウェアは +0900 のような数値のタイムゾーンを書くべきです。</translation>
    </message>
    <message>
        <source>The Date field (%1) is %3 hours away from the time the receiving server got the message (%2). Yahoo rejects dates outside of an unpublished range; warning beyond 24 hours is Kensa&apos;s own choice. Check the sending server&apos;s clock.</source>
        <translation>Date ヘッダー（%1）は、受信サーバーがメールを受け取った時刻（%2）から %3 時間ずれています。Yahoo（米国）は非公開の範囲外の日時を拒否します。24 時間を超えたら「要注意」とするのは Kensa 独自の基準です。送信サーバーの時計を確認してください。</translation>
    </message>
    <message>
        <source>The message has no From field. RFC 5322 requires exactly one, and every mail provider rejects or filters mail without it.</source>
        <translation>メールに From ヘッダーがありません。RFC 5322 ではちょうど 1 つ必要で、どのメールサービスもこれがないメールを拒否または迷惑メール扱いにします。</translation>
    </message>
    <message>
        <source>The sending server introduced itself (HELO/EHLO) as %1, which is neither a fully qualified domain name nor an address literal such as [192.0.2.1]. RFC 5321 requires one of the two; Yahoo and Apple check this.</source>
        <translation>送信サーバーは HELO/EHLO で %1 と名乗っていますが、これは完全修飾ドメイン名（FQDN）でも [192.0.2.1] のようなアドレスリテラルでもありません。RFC 5321 ではどちらかが必須で、Yahoo（米国）と Apple はこれを確認します。</translation>
    </message>
    <message>
        <source>The message has exactly one From field with one address (%1).</source>
        <translation>メールには From ヘッダーがちょうど 1 つあり、アドレスも 1 つ（%1）です。</translation>
    </message>
    <message>
        <source>The From field lists %1 addresses; RFC 5322 allows this because a Sender field (%2) names the one who sent it. Gmail requires a single address in From.</source>
        <translation>From ヘッダーには %1 個のアドレスがありますが、Sender ヘッダー（%2）で実際の送信者が示されているため RFC 5322 では許されます。Gmail は From に 1 つのアドレスしか認めません。</translation>
    </message>
    <message>
        <source>The message has %1 From fields. RFC 5322 allows exactly one, and Gmail rejects messages with more.</source>
        <translation>メールに From ヘッダーが %1 個あります。RFC 5322 では 1 つだけ許されており、Gmail は複数あるメールを拒否します。</translation>
    </message>
    <message>
        <source>The From field is a group (%1) instead of a mailbox. Gmail rejects messages whose From field is a group.</source>
        <translation>From ヘッダーがメールボックスではなくグループ（%1）になっています。Gmail は From がグループのメールを拒否します。</translation>
    </message>
    <message>
        <source>The From field uses a group (%1). RFC 6854 allows this only for limited uses; many receivers, Gmail among them, refuse it.</source>
        <translation>From ヘッダーにグループ（%1）が使われています。RFC 6854 では限られた用途でのみ許され、Gmail を含む多くの受信側は受け付けません。</translation>
    </message>
    <message>
        <source>The From field holds no address. RFC 5322 requires at least one mailbox, and Gmail rejects an empty From.</source>
        <translation>From ヘッダーにアドレスがありません。RFC 5322 では少なくとも 1 つのメールボックスが必要で、Gmail は空の From を拒否します。</translation>
    </message>
    <message>
        <source>The From field lists %1 addresses. Gmail requires exactly one address in From and rejects the message otherwise.</source>
        <translation>From ヘッダーに %1 個のアドレスがあります。Gmail は From にちょうど 1 つのアドレスを求め、そうでないメールを拒否します。</translation>
    </message>
    <message>
        <source>The From field lists %1 addresses but there is no Sender field. RFC 5322 §3.6.2 requires a Sender field naming the actual sender when From has several addresses.</source>
        <translation>From ヘッダーに %1 個のアドレスがありますが、Sender ヘッダーがありません。RFC 5322 §3.6.2 では、From に複数のアドレスがある場合、実際の送信者を示す Sender ヘッダーが必要です。</translation>
    </message>
    <message>
        <source>The domain %1 in the From field is not a valid domain name under a public suffix. Gmail rejects messages whose From domain is invalid.</source>
        <translation>From ヘッダーのドメイン %1 は、公開サフィックス配下の有効なドメイン名ではありません。Gmail は From のドメインが無効なメールを拒否します。</translation>
    </message>
    <message>
        <source>The From field does not follow the address syntax of RFC 5322 §3.4 (see the details below). Gmail rejects messages whose From field is not RFC 5322 compliant.</source>
        <translation>From ヘッダーが RFC 5322 §3.4 のアドレス構文に従っていません（詳細は下記）。Gmail は From ヘッダーが RFC 5322 に準拠していないメールを拒否します。</translation>
    </message>
    <message>
        <source>Each of the fields that RFC 5322 §3.6 allows only once (Date, From, Sender, Reply-To, To, Cc, Bcc, Message-ID, In-Reply-To, References, Subject) appears at most once.</source>
        <translation>RFC 5322 §3.6 で 1 回だけ許されるヘッダーフィールド（Date、From、Sender、Reply-To、To、Cc、Bcc、Message-ID、In-Reply-To、References、Subject）は、いずれも 1 回以下です。</translation>
    </message>
    <message>
        <source>These fields appear more than once although RFC 5322 §3.6 allows them only once: %1.</source>
        <translation>RFC 5322 §3.6 で 1 回だけ許されるヘッダーフィールドが複数回現れています：%1。</translation>
    </message>
    <message>
        <source>Another %1 field: the message has %2 of them, the first on line %3. RFC 5322 allows only one.</source>
        <translation>%1 ヘッダーが重複しています。全部で %2 個あり、最初のものは %3 行目です。RFC 5322 では 1 つだけ許されます。</translation>
    </message>
    <message>
        <source>The message has one valid Message-ID (%1).</source>
        <translation>メールには有効な Message-ID が 1 つあります（%1）。</translation>
    </message>
    <message>
        <source>The message has no Message-ID field. RFC 5322 says every message should have one, and Gmail requires it.</source>
        <translation>メールに Message-ID ヘッダーがありません。RFC 5322 ではすべてのメールに付けるべきとされ、Gmail では必須です。</translation>
    </message>
    <message>
        <source>The message has %1 Message-ID fields; RFC 5322 allows only one.</source>
        <translation>メールに Message-ID ヘッダーが %1 個あります。RFC 5322 では 1 つだけ許されます。</translation>
    </message>
    <message>
        <source>The Message-ID is %1 characters long; Gmail allows at most %2.</source>
        <translation>Message-ID の長さが %1 文字あります。Gmail が認めるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>The Message-ID %1 uses obsolete syntax (RFC 5322 §4.5.4, such as quotes or spaces). It is accepted, but the standard form is &lt;left-part@right-part&gt; with no spaces.</source>
        <translation>Message-ID %1 は旧形式の構文（RFC 5322 §4.5.4。引用符や空白など）を使っています。受け付けられますが、標準の形式は空白のない &lt;左側@右側&gt; です。</translation>
    </message>
    <message>
        <source>The Message-ID %1 is not of the form &lt;left-part@right-part&gt; that RFC 5322 §3.6.4 requires. Gmail rejects messages with an invalid Message-ID.</source>
        <translation>Message-ID %1 は RFC 5322 §3.6.4 が求める &lt;左側@右側&gt; の形式ではありません。Gmail は Message-ID が無効なメールを拒否します。</translation>
    </message>
    <message>
        <source>The right side of the Message-ID names the receiving server %1, so the ID may have been added by a relay rather than by the sender.</source>
        <translation>Message-ID の右側が受信サーバー %1 を指しているため、この ID は送信者ではなく中継サーバーが付けた可能性があります。</translation>
    </message>
    <message>
        <source>The header section is within the published size limits (%1 bytes in %2 fields; the figures are Gmail&apos;s, the only ones a mailbox provider publishes).</source>
        <translation>ヘッダー部分は公開されているサイズ上限の範囲内です（%2 フィールド、%1 バイト。上限値はメールサービスで唯一公開されている Gmail のものです）。</translation>
    </message>
    <message>
        <source>The header section exceeds the published size limits (problems found: %1, listed below; the figures are Gmail&apos;s, the only ones a mailbox provider publishes).</source>
        <translation>ヘッダー部分が公開されているサイズ上限を超えています（見つかった問題：%1 件、下に一覧があります。上限値はメールサービスで唯一公開されている Gmail のものです）。</translation>
    </message>
    <message numerus="yes">
        <source>The header section is close to the published size limits (%n point(s), listed below): the figures are Gmail&apos;s, which says KB without saying whether it means 1000 or 1024 bytes.</source>
        <translation>
            <numerusform>ヘッダー部分が公開されているサイズ上限に近づいています（%n 件、下に一覧があります）。上限値は Gmail のもので、Gmail は KB が 1000 バイトか 1024 バイトかを明示していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>All header fields together are %1 bytes; Gmail allows at most 500 KB (%2 bytes).</source>
        <translation>ヘッダーフィールドの合計が %1 バイトあります。Gmail が認めるのは最大 500 KB（%2 バイト）です。</translation>
    </message>
    <message>
        <source>All header fields together are %1 bytes, over %2 but within %3 bytes: Gmail&apos;s limit of 500 KB may be either figure.</source>
        <translation>ヘッダーフィールドの合計が %1 バイトで、%2 バイトを超えていますが %3 バイト以内です。Gmail の 500 KB という制限はどちらの値とも取れます。</translation>
    </message>
    <message>
        <source>The message has %1 header fields; Gmail allows at most %2.</source>
        <translation>メールにヘッダーフィールドが %1 個あります。Gmail が認めるのは最大 %2 個です。</translation>
    </message>
    <message>
        <source>The value of the %1 field is %2 bytes; Gmail allows at most 32 KB (%3 bytes) per field (To, Cc and References excepted).</source>
        <translation>%1 ヘッダーの値が %2 バイトあります。Gmail が 1 フィールドに認めるのは最大 32 KB（%3 バイト）です（To、Cc、References を除く）。</translation>
    </message>
    <message>
        <source>The value of the %1 field is %2 bytes, over %3 but within %4 bytes: Gmail&apos;s limit of 32 KB per field may be either figure.</source>
        <translation>%1 ヘッダーの値が %2 バイトで、%3 バイトを超えていますが %4 バイト以内です。Gmail の 1 フィールド 32 KB という制限はどちらの値とも取れます。</translation>
    </message>
    <message>
        <source>A field name is %1 bytes long; Gmail allows at most 1 KB (%2 bytes).</source>
        <translation>フィールド名の長さが %1 バイトあります。Gmail が認めるのは最大 1 KB（%2 バイト）です。</translation>
    </message>
    <message>
        <source>A field name is %1 bytes long, over %2 but within %3 bytes: Gmail&apos;s limit of 1 KB may be either figure.</source>
        <translation>フィールド名の長さが %1 バイトで、%2 バイトを超えていますが %3 バイト以内です。Gmail の 1 KB という制限はどちらの値とも取れます。</translation>
    </message>
    <message>
        <source>The Message-ID value is %1 characters long; Gmail allows at most %2.</source>
        <translation>Message-ID の値の長さが %1 文字あります。Gmail が認めるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>The Subject value is %1 characters long; Gmail allows at most %2.</source>
        <translation>Subject の値の長さが %1 文字あります。Gmail が認めるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>Header values are plain ASCII, well-formed RFC 2047 encoded-words, or UTF-8 that was sent with SMTPUTF8.</source>
        <translation>ヘッダーの値は ASCII、正しい形式の RFC 2047 エンコードワード、または SMTPUTF8 で送られた UTF-8 のいずれかです。</translation>
    </message>
    <message>
        <source>Some header values are not encoded as the standards require (problems found: %1, listed below). Gmail and Yahoo may reject such messages.</source>
        <translation>一部のヘッダーの値が規格どおりにエンコードされていません（見つかった問題：%1 件、下に一覧があります）。Gmail や Yahoo（米国）はこのようなメールを拒否することがあります。</translation>
    </message>
    <message numerus="yes">
        <source>Some header values use encoded-words where the standards do not expect them (%n point(s), listed below). Receiving servers may refuse encoded-words in such fields.</source>
        <translation>
            <numerusform>一部のヘッダーの値で、規格が想定していない場所にエンコードワードが使われています（%n 件、下に一覧があります）。受信サーバーによっては、このようなヘッダーのエンコードワードを受け付けません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 field contains non-ASCII bytes that are not encoded, and nothing shows the message was sent with SMTPUTF8 (RFC 6532). Encode such text as RFC 2047 encoded-words (=?UTF-8?B?...?=).</source>
        <translation>%1 ヘッダーにエンコードされていない非 ASCII のバイトがありますが、メールが SMTPUTF8（RFC 6532）で送られた形跡がありません。このような文字列は RFC 2047 のエンコードワード（=?UTF-8?B?...?=）にしてください。</translation>
    </message>
    <message>
        <source>The %1 field contains non-ASCII bytes that are not valid UTF-8, although RFC 6532 requires UTF-8 in headers.</source>
        <translation>%1 ヘッダーに有効な UTF-8 ではない非 ASCII のバイトがあります。RFC 6532 ではヘッダーは UTF-8 でなければなりません。</translation>
    </message>
    <message>
        <source>The %1 field contains raw ISO-2022-JP (JIS) text that is not inside RFC 2047 encoded-words. Many programs show it garbled.</source>
        <translation>%1 ヘッダーに、RFC 2047 エンコードワードに入っていない生の ISO-2022-JP（JIS）の文字列があります。多くのソフトウェアで文字化けします。</translation>
    </message>
    <message>
        <source>The %1 field has an encoded-word in a character set that cannot be decoded.</source>
        <translation>%1 ヘッダーに、デコードできない文字コードのエンコードワードがあります。</translation>
    </message>
    <message>
        <source>The address %2 in the %1 field contains an RFC 2047 encoded-word. RFC 2047 §5 forbids encoded-words in addresses; only the display name may use them.</source>
        <translation>%1 ヘッダーのアドレス %2 に RFC 2047 のエンコードワードが含まれています。RFC 2047 §5 はアドレス内のエンコードワードを禁止しており、使えるのは表示名だけです。</translation>
    </message>
    <message>
        <source>The %1 field contains an RFC 2047 encoded-word outside a display name or comment, where RFC 2047 §5 does not allow one. Gmail may refuse it.</source>
        <translation>%1 ヘッダーで、表示名やコメント以外の場所に RFC 2047 のエンコードワードが使われています。RFC 2047 §5 では許されておらず、Gmail に拒否されることがあります。</translation>
    </message>
    <message>
        <source>No internationalised domain name was found in From, Reply-To, Sender, the authenticated domains, the envelope sender or the body links, so the UTS #39 rule has nothing to check.</source>
        <translation>From、Reply-To、Sender、認証ドメイン、エンベロープFrom、本文のリンクに国際化ドメイン名は見つからなかったため、UTS #39 の規則で確認する対象はありません。</translation>
    </message>
    <message numerus="yes">
        <source>All %n internationalised domain name(s) meet the Highly Restrictive level of UTS #39 §5.2 (no mixing of scripts that look alike).</source>
        <translation>
            <numerusform>%n 個の国際化ドメイン名はすべて UTS #39 §5.2 の Highly Restrictive レベルを満たしています（見分けにくい文字体系の混在はありません）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The domain %1 (%2) mixes scripts or characters in a way that UTS #39 §5.2 Highly Restrictive does not allow, a common sign of look-alike spoofing. Gmail requires this level. Domains that fail: %3.</source>
        <translation>ドメイン %1（%2）は、UTS #39 §5.2 の Highly Restrictive で許されない形で文字体系や文字を混在させています。これは似た文字を使ったなりすましによく見られる特徴です。Gmail はこのレベルを求めています。該当するドメイン：%3 件。</translation>
    </message>
    <message>
        <source>The UTS #39 spoof checker of ICU could not be started, so the internationalised domain names were not checked.</source>
        <translation>ICU の UTS #39 なりすまし検査機能を起動できなかったため、国際化ドメイン名を確認していません。</translation>
    </message>
    <message>
        <source>Only the header section was supplied: the domains of links in the body were not checked.</source>
        <translation>ヘッダー部分のみが渡されたため、本文のリンクのドメインは確認していません。</translation>
    </message>
    <message>
        <source>The domain %1 (%2) is not a valid internationalised domain name (IDNA2008).</source>
        <translation>ドメイン %1（%2）は有効な国際化ドメイン名（IDNA2008）ではありません。</translation>
    </message>
    <message>
        <source>The domain %1 (%2) in the %3 field does not meet UTS #39 §5.2 Highly Restrictive: it mixes scripts or contains invisible characters or mixed digits.</source>
        <translation>%3 ヘッダーのドメイン %1（%2）は UTS #39 §5.2 の Highly Restrictive を満たしていません。文字体系が混在しているか、不可視文字や異なる種類の数字が含まれています。</translation>
    </message>
    <message>
        <source>The authenticated domain %1 (%2) (DKIM or SPF) does not meet UTS #39 §5.2 Highly Restrictive: it mixes scripts or contains invisible characters or mixed digits.</source>
        <translation>送信ドメイン認証（DKIM または SPF）のドメイン %1（%2）は UTS #39 §5.2 の Highly Restrictive を満たしていません。文字体系が混在しているか、不可視文字や異なる種類の数字が含まれています。</translation>
    </message>
    <message>
        <source>The envelope sender domain %1 (%2) does not meet UTS #39 §5.2 Highly Restrictive: it mixes scripts or contains invisible characters or mixed digits.</source>
        <translation>エンベロープFrom のドメイン %1（%2）は UTS #39 §5.2 の Highly Restrictive を満たしていません。文字体系が混在しているか、不可視文字や異なる種類の数字が含まれています。</translation>
    </message>
    <message>
        <source>A link in the body points to %1 (%2), which does not meet UTS #39 §5.2 Highly Restrictive: it mixes scripts or contains invisible characters or mixed digits. Kensa read the link but did not open it.</source>
        <translation>本文のリンク先 %1（%2）は UTS #39 §5.2 の Highly Restrictive を満たしていません。文字体系が混在しているか、不可視文字や異なる種類の数字が含まれています。Kensa はリンクを読み取っただけで、開いてはいません。</translation>
    </message>
    <message>
        <source>None of Kensa&apos;s heuristics for misleading display names and subjects matched. These are heuristics only: they cannot prove that the sender is represented honestly.</source>
        <translation>誤解を招く表示名や件名を見つけるための Kensa のヒューリスティックには、いずれも該当しませんでした。これはヒューリスティックにすぎず、送信者が正直に表示されていることを証明するものではありません。</translation>
    </message>
    <message>
        <source>The display name %1 contains an address at %2, but the message comes from %3. Mailbox providers treat such display names as spoofing.</source>
        <translation>表示名 %1 には %2 のアドレスが含まれていますが、メールの送信元は %3 です。メールサービスはこのような表示名をなりすましとみなします。</translation>
    </message>
    <message>
        <source>The display name %1 contains the symbol %2, which imitates a verification badge or seal. Mail providers advise against such symbols.</source>
        <translation>表示名 %1 に、認証バッジや印章を模した記号 %2 が含まれています。メールサービスはこのような記号を使わないよう求めています。</translation>
    </message>
    <message>
        <source>The display name %1 ends with a number in parentheses, which imitates the message count that mail apps show for a conversation.</source>
        <translation>表示名 %1 の末尾に括弧付きの数字があり、メールアプリがスレッドの件数として表示する数字を模しています。</translation>
    </message>
    <message>
        <source>The subject %1 starts with a number in parentheses, which imitates the message count of a conversation.</source>
        <translation>件名 %1 が括弧付きの数字で始まっており、スレッドの件数を模しています。</translation>
    </message>
    <message>
        <source>The subject %1 looks like a reply or forward, but the message has neither In-Reply-To nor References, so it is not part of an earlier conversation. Providers count false reply subjects as deceptive.</source>
        <translation>件名 %1 は返信や転送に見えますが、In-Reply-To も References もないため、以前のやり取りの一部ではありません。メールサービスは偽の返信件名を、受信者を欺くものとみなします。</translation>
    </message>
    <message>
        <source>The requirement table is not valid JSON.</source>
        <translation>要件表が正しい JSON ではありません。</translation>
    </message>
    <message>
        <source>The requirement table has an unsupported schema version, or its providers or groups are missing or incomplete.</source>
        <translation>要件表のスキーマのバージョンに対応していないか、メールサービスまたはグループの定義がないか不完全です。</translation>
    </message>
    <message>
        <source>A row of the requirement table lacks its id, group, scope, check or a text in English and Japanese, or names an unknown group.</source>
        <translation>要件表の行に、ID、グループ、対象範囲、確認処理（check）、英語と日本語のテキストのいずれかがないか、不明なグループが指定されています。</translation>
    </message>
    <message>
        <source>A row of the requirement table lacks a provider&apos;s cell, or a cell gives an unknown status or an incomplete note.</source>
        <translation>要件表の行にメールサービスのセルがないか、セルに不明な適用区分または不完全な注記があります。</translation>
    </message>
    <message>
        <source>The requirement table cites a source that is missing from its list of sources, or a source lacks its title or address.</source>
        <translation>要件表が出典一覧にない出典を参照しているか、出典にタイトルまたはアドレスがありません。</translation>
    </message>
    <message>
        <source>Waiting for DNS answers; this check is not finished yet.</source>
        <translation>DNS の応答を待っています。この確認はまだ終わっていません。</translation>
    </message>
    <message>
        <source>This provider does not state this rule.</source>
        <translation>このメールサービスはこの要件を定めていません。</translation>
    </message>
    <message>
        <source>This provider has withdrawn this rule.</source>
        <translation>このメールサービスはこの要件を取り下げました。</translation>
    </message>
    <message>
        <source>The message does not look like subscribed or marketing mail (no List-Unsubscribe, List-Id, Precedence: bulk or bulk-mail service headers), so this rule does not apply. Set &quot;Marketing / subscribed message&quot; to Yes if it is one.</source>
        <translation>このメールは広告・メルマガには見えない（List-Unsubscribe、List-Id、Precedence: bulk、配信サービスのヘッダーがない）ため、この要件は対象外です。広告・メルマガであれば「広告・メルマガ」で「はい」を選んでください。</translation>
    </message>
    <message>
        <source>Kensa has no check named %1; the requirement table names a check this version does not know.</source>
        <translation>Kensa には %1 という確認がありません。要件表がこのバージョンの知らない確認を指定しています。</translation>
    </message>
    <message>
        <source>This check did not run for this message.</source>
        <translation>このメールではこの確認は実行されませんでした。</translation>
    </message>
    <message>
        <source>SPF re-evaluated now: %1 for %2 from %3.</source>
        <translation>SPF の再評価結果：spf=%1（%2、送信元 %3）。</translation>
    </message>
    <message>
        <source>SPF as the receiver recorded it (Kensa could not re-evaluate it): %1 for %2.</source>
        <translation>受信サーバーが記録した SPF（Kensa では再評価できませんでした）：spf=%1（%2）。</translation>
    </message>
    <message>
        <source>DKIM signature d=%1 s=%2: %3 now, recorded at delivery: %4.</source>
        <translation>DKIM 署名 d=%1 s=%2：現在 dkim=%3、配送時の記録 dkim=%4。</translation>
    </message>
    <message>
        <source>DMARC for %1: %2, policy p=%3, record at %4.</source>
        <translation>%1 の DMARC：dmarc=%2、ポリシー p=%3、レコード %4。</translation>
    </message>
    <message>
        <source>The %1 field.</source>
        <translation>%1 ヘッダー。</translation>
    </message>
    <message>
        <source>The Received field where the receiver took the message from %1.</source>
        <translation>受信サーバーが %1 からメールを受け取ったことを示す Received ヘッダー。</translation>
    </message>
    <message>
        <source>Body link &quot;%1&quot; pointing to %2 (not opened).</source>
        <translation>本文のリンク「%1」（リンク先 %2、開いていません）。</translation>
    </message>
    <message>
        <source>DNS %2 query for %1: %3.</source>
        <translation>%1 の %2 レコードの DNS 問い合わせ：%3。</translation>
    </message>
    <message>
        <source>A DKIM signature verifies (d=%1), which satisfies &quot;SPF or DKIM&quot;.</source>
        <translation>DKIM 署名（d=%1）が検証に成功しており、「SPF または DKIM」を満たしています。</translation>
    </message>
    <message>
        <source>SPF passes for %1, which satisfies &quot;SPF or DKIM&quot;.</source>
        <translation>%1 の SPF が成功しており、「SPF または DKIM」を満たしています。</translation>
    </message>
    <message>
        <source>No DKIM signature verifies, and SPF could not be evaluated, so Kensa cannot tell whether the message was authenticated.</source>
        <translation>検証に成功した DKIM 署名がなく、SPF も評価できなかったため、認証されていたかどうか判定できません。</translation>
    </message>
    <message>
        <source>Neither SPF (result: %1) nor any DKIM signature passes: the message is not authenticated at all.</source>
        <translation>SPF（spf=%1）も DKIM 署名も成功しておらず、このメールはまったく認証されていません。</translation>
    </message>
    <message>
        <source>SPF passes for the envelope domain %1.</source>
        <translation>エンベロープFrom のドメイン %1 で SPF が成功しています。</translation>
    </message>
    <message>
        <source>The receiver recorded SPF pass for %1; Kensa could not re-evaluate it because the sending IP is not in the message.</source>
        <translation>受信側は %1 の SPF を成功（pass）と記録しています。送信元 IP がメールに記載されていないため、Kensa では再評価できませんでした。</translation>
    </message>
    <message>
        <source>The SPF check for %1 hit a temporary DNS error, so it cannot be judged now.</source>
        <translation>%1 の SPF の検証で一時的な DNS エラーが起きたため、現時点では判定できません。</translation>
    </message>
    <message>
        <source>The envelope domain %1 publishes no SPF record.</source>
        <translation>エンベロープFrom のドメイン %1 には SPF レコードがありません。</translation>
    </message>
    <message>
        <source>SPF gives %1 for the envelope domain %2: the sending server is not authorised by its SPF record.</source>
        <translation>エンベロープFrom のドメイン %2 の SPF は spf=%1 です。送信サーバーは SPF レコードで許可されていません。</translation>
    </message>
    <message>
        <source>The sending IP address could not be found in the Received fields and the receiver recorded no SPF result, so SPF cannot be judged.</source>
        <translation>Received ヘッダーから送信元 IP アドレスを特定できず、受信側の SPF 結果の記録もないため、SPF を判定できません。</translation>
    </message>
    <message>
        <source>The message has no DKIM signature.</source>
        <translation>メールに DKIM 署名がありません。</translation>
    </message>
    <message>
        <source>None of the DKIM signatures (%1) verifies.</source>
        <translation>DKIM 署名（%1 件）はどれも検証に成功しません。</translation>
    </message>
    <message>
        <source>No DKIM signature verifies yet, and at least one key could not be fetched because of a temporary DNS error.</source>
        <translation>検証に成功した DKIM 署名はまだなく、一時的な DNS エラーで取得できなかった鍵があります。</translation>
    </message>
    <message>
        <source>The receiver recorded DKIM pass, but the key %2._domainkey.%1 is no longer published. The signature was probably fine at delivery; keys are often rotated after sending.</source>
        <translation>受信側は DKIM を成功（pass）と記録していますが、鍵 %2._domainkey.%1 は現在公開されていません。配送時には署名は正しかった可能性が高いです。送信後に鍵の更新（ローテーション）が行われることはよくあります。</translation>
    </message>
    <message>
        <source>DKIM passes only for %1, a domain outside the From domain %2. Gmail asks bulk senders to sign with their own domain.</source>
        <translation>DKIM が成功しているのは From ドメイン %2 とは別の %1 だけです。Gmail は大量送信者に自ドメインでの署名を求めています。</translation>
    </message>
    <message>
        <source>Several signatures are aligned with From and the one for %1 fails; Yahoo says DMARC pass is then not assured.</source>
        <translation>From とアライメントが取れている署名が複数あり、そのうち %1 の署名が失敗しています。Yahoo（米国）は、この場合 DMARC の成功は保証されないとしています。</translation>
    </message>
    <message>
        <source>DKIM passes (d=%1).</source>
        <translation>DKIM が成功しています（d=%1）。</translation>
    </message>
    <message>
        <source>There is no DKIM signature, so there is no key to measure.</source>
        <translation>DKIM 署名がないため、鍵の長さは確認できません。</translation>
    </message>
    <message>
        <source>No DKIM key could be fetched, so its size is unknown.</source>
        <translation>DKIM の鍵を取得できなかったため、鍵の長さは不明です。</translation>
    </message>
    <message>
        <source>The DKIM key is Ed25519, which is strong.</source>
        <translation>DKIM の鍵は Ed25519 で、十分な強度があります。</translation>
    </message>
    <message>
        <source>The DKIM key %2 has only %1 bits; keys under 1024 bits are invalid (RFC 8301).</source>
        <translation>DKIM の鍵 %2 は %1 ビットしかありません。1024 ビット未満の鍵は無効です（RFC 8301）。</translation>
    </message>
    <message>
        <source>The DKIM key %2 has %1 bits: accepted today, but 2048 bits are advised.</source>
        <translation>DKIM の鍵 %2 は %1 ビットです。現在は受け付けられますが、2048 ビットが推奨されています。</translation>
    </message>
    <message>
        <source>The smallest DKIM key has %1 bits.</source>
        <translation>最も短い DKIM の鍵は %1 ビットです。</translation>
    </message>
    <message>
        <source>The From field has no single usable domain, so DMARC cannot be judged.</source>
        <translation>From ヘッダーに使えるドメインが 1 つに定まらないため、DMARC を判定できません。</translation>
    </message>
    <message>
        <source>The DMARC record lookup hit a temporary DNS error.</source>
        <translation>DMARC レコードの問い合わせで一時的な DNS エラーが起きました。</translation>
    </message>
    <message>
        <source>No DMARC record covers the From domain %1.</source>
        <translation>From ドメイン %1 に適用される DMARC レコードがありません。</translation>
    </message>
    <message>
        <source>The DMARC record found for %1 is not valid (no usable p= policy).</source>
        <translation>%1 の DMARC レコードは有効ではありません（使える p= ポリシーがありません）。</translation>
    </message>
    <message>
        <source>A DMARC record at _dmarc.%1 covers %3 with policy p=%2.</source>
        <translation>_dmarc.%1 の DMARC レコードが %3 に適用され、ポリシーは p=%2 です。</translation>
    </message>
    <message>
        <source>DMARC passes for %1 through SPF aligned with %2.</source>
        <translation>%1 の DMARC は、%2 とアライメントが取れている SPF によって成功しています。</translation>
    </message>
    <message>
        <source>DMARC passes for %1 through a DKIM signature aligned with %2.</source>
        <translation>%1 の DMARC は、%2 とアライメントが取れている DKIM 署名によって成功しています。</translation>
    </message>
    <message>
        <source>DMARC cannot pass for %1: the domain publishes no DMARC record.</source>
        <translation>%1 には DMARC レコードがないため、DMARC は成功になりません。</translation>
    </message>
    <message>
        <source>DMARC fails for %1 (policy p=%2): neither SPF nor DKIM passes for a domain aligned with From.</source>
        <translation>%1 の DMARC は失敗しています（ポリシー p=%2）。From とアライメントが取れているドメインでは、SPF も DKIM も成功していません。</translation>
    </message>
    <message>
        <source>The message came through a forwarder or mailing list; Gmail does not apply its alignment rule to such mail.</source>
        <translation>このメールは転送サーバーまたはメーリングリストを経由しています。Gmail はこのようなメールにアライメントの要件を適用しません。</translation>
    </message>
    <message>
        <source>The From domain %2 is in the same organisation as %1, for which SPF passes.</source>
        <translation>From ドメイン %2 は SPF が成功した %1 と同じ組織ドメインです。</translation>
    </message>
    <message>
        <source>The From domain %2 is in the same organisation as the DKIM signing domain %1, which passes.</source>
        <translation>From ドメイン %2 は、成功した DKIM 署名のドメイン %1 と同じ組織ドメインです。</translation>
    </message>
    <message>
        <source>No passing SPF or DKIM domain belongs to the organisation of the From domain %1.</source>
        <translation>SPF や DKIM が成功したドメインの中に、From ドメイン %1 と同じ組織のものがありません。</translation>
    </message>
    <message>
        <source>The From domain %1 is in the same organisation as %2, which passes, but its DMARC record asks for strict alignment (%3), so DMARC fails and Gmail applies the domain&apos;s policy p=%4.</source>
        <translation>From ドメイン %1 は認証に成功した %2 と同じ組織ですが、DMARC レコードが厳格なアライメント（%3）を指定しているため DMARC は失敗し、Gmail はこのドメインのポリシー p=%4 を適用します。</translation>
    </message>
    <message>
        <source>SPF and DKIM both align with the From domain.</source>
        <translation>SPF と DKIM の両方で、From ドメインとのアライメントが取れています。</translation>
    </message>
    <message>
        <source>Not aligned with the From domain: %1. Providers advise aligning both.</source>
        <translation>From ドメインとのアライメントが取れていないもの：%1。メールサービスは両方のアライメントを取ることを推奨しています。</translation>
    </message>
    <message>
        <source>The DMARC policy is p=none: it monitors but asks receivers to do nothing with failing mail, so the domain stays easy to spoof.</source>
        <translation>DMARC ポリシーは p=none です。監視のみで、失敗したメールへの対処を受信側に求めないため、なりすましに弱いままです。</translation>
    </message>
    <message>
        <source>The DMARC policy is p=%1, which is enforced.</source>
        <translation>DMARC ポリシーは p=%1 で、強制力があります。</translation>
    </message>
    <message>
        <source>The message was not forwarded or sent through a mailing list, so ARC does not apply.</source>
        <translation>転送やメーリングリストを経由していないため、ARC は対象外です。</translation>
    </message>
    <message numerus="yes">
        <source>The forwarder added ARC headers and the chain validates (%n set(s)).</source>
        <translation>
            <numerusform>転送サーバーが ARC ヘッダーを付けており、チェーンの検証に成功しています（%n セット）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The message went through a forwarder or mailing list that added no ARC headers.</source>
        <translation>このメールは転送サーバーまたはメーリングリストを経由していますが、ARC ヘッダーが付けられていません。</translation>
    </message>
    <message>
        <source>The ARC chain added by the forwarders does not validate.</source>
        <translation>転送サーバーが付けた ARC チェーンの検証に失敗しています。</translation>
    </message>
    <message>
        <source>A key of the ARC chain could not be fetched (a temporary DNS error, or offline), so the chain cannot be validated now.</source>
        <translation>ARC チェーンの鍵を取得できなかったため（一時的な DNS エラー、または Kensa がオフライン）、今はチェーンを検証できません。</translation>
    </message>
    <message>
        <source>The sending IP address could not be found in the Received fields, so its reverse DNS cannot be checked.</source>
        <translation>Received ヘッダーから送信元 IP アドレスを特定できないため、逆引きを確認できません。</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 is %2, which looks like a generic or dynamic address name. Mailbox providers expect a host name in the sender&apos;s own domain.</source>
        <translation>%1 の逆引きホスト名（PTR）は %2 で、汎用・動的なアドレスの名前に見えます。メールサービスは、逆引きホスト名を送信者の自ドメインのホスト名にするよう求めています。</translation>
    </message>
    <message>
        <source>The sending IP %1 has the reverse DNS name %2, which resolves back to it.</source>
        <translation>送信元 IP %1 の逆引きホスト名（PTR）は %2 で、正引きすると同じ IP に戻ります。</translation>
    </message>
    <message>
        <source>The reverse DNS lookup of %1 hit a temporary DNS error.</source>
        <translation>%1 の逆引きで一時的な DNS エラーが起きました。</translation>
    </message>
    <message>
        <source>The sending IP %1 has no reverse DNS (PTR) record.</source>
        <translation>送信元 IP %1 には逆引き（PTR）レコードがありません。</translation>
    </message>
    <message>
        <source>The reverse DNS name %2 of %1 does not resolve back to that IP.</source>
        <translation>%1 の逆引きホスト名 %2 を正引きしても、その IP に戻りません。</translation>
    </message>
    <message>
        <source>The Received field written by the receiving provider could not be identified, so the use of TLS cannot be judged. A copy taken from another mailbox says nothing about delivery to this provider.</source>
        <translation>受信側のメールサービスが書いた Received ヘッダーを特定できないため、TLS の使用を判定できません。別のメールボックスから取ったコピーでは、このメールサービスへの配送については分かりません。</translation>
    </message>
    <message>
        <source>The last hop into the receiver was encrypted (%1).</source>
        <translation>受信側への最後の中継は暗号化されていました（%1）。</translation>
    </message>
    <message>
        <source>The last hop into the receiver was not encrypted (with %1).</source>
        <translation>受信側への最後の中継は暗号化されていませんでした（with %1）。</translation>
    </message>
    <message>
        <source>The receiver&apos;s Received field does not say whether TLS was used (with %1).</source>
        <translation>受信側の Received ヘッダーからは TLS が使われたかどうか分かりません（with %1）。</translation>
    </message>
    <message>
        <source>No envelope or From domain to check.</source>
        <translation>確認するエンベロープFrom や From のドメインがありません。</translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS (NXDOMAIN).</source>
        <translation>ドメイン %1 は DNS に存在しません（NXDOMAIN）。</translation>
    </message>
    <message>
        <source>The domain %1 publishes a null MX (RFC 7505): it declares that it accepts no mail, so replies and bounces cannot reach it.</source>
        <translation>ドメイン %1 は null MX（RFC 7505）を公開しており、メールを受け取らないと宣言しています。返信やバウンス（エラーメール）が届きません。</translation>
    </message>
    <message>
        <source>Whether %1 exists could not be determined (the DNS lookup failed or was not in the snapshot).</source>
        <translation>%1 が存在するかどうか判定できませんでした（DNS の問い合わせに失敗したか、スナップショットにありません）。</translation>
    </message>
    <message>
        <source>The domains exist in DNS: %1.</source>
        <translation>ドメインは DNS に存在します：%1。</translation>
    </message>
    <message>
        <source>The domain %1 publishes a null MX, so it cannot receive replies.</source>
        <translation>ドメイン %1 は null MX を公開しているため、返信を受け取れません。</translation>
    </message>
    <message>
        <source>The domain %1 has neither an MX record nor an address, so replies cannot be delivered.</source>
        <translation>ドメイン %1 には MX レコードもアドレスもなく、返信を配送できません。</translation>
    </message>
    <message>
        <source>These domains can receive replies: %1.</source>
        <translation>次のドメインは返信を受け取れます：%1。</translation>
    </message>
    <message>
        <source>One message cannot show whether streams are kept consistent. This message&apos;s markers to compare with others: sending IP %1, DKIM %2, From domain %3, envelope sender %4.</source>
        <translation>1 通のメールからは、送信の流れが一貫しているかは分かりません。他のメールと比べるための情報：送信元 IP %1、DKIM %2、From ドメイン %3、エンベロープFrom %4。</translation>
    </message>
    <message>
        <source>The From domain %1 is not a mailbox provider&apos;s consumer domain.</source>
        <translation>From ドメイン %1 は、フリーメールのドメイン（gmail.com など）ではありません。</translation>
    </message>
    <message>
        <source>The From domain is %1 and DMARC passes, so the message was sent through that provider.</source>
        <translation>From ドメインは %1 で DMARC が成功しているため、そのメールサービスから送信されています。</translation>
    </message>
    <message>
        <source>The From address is at %1 but the message was not sent through that provider (DMARC does not pass, p=%2). Sending &quot;as&quot; a gmail.com or yahoo.com address from your own servers is treated as spoofing.</source>
        <translation>From アドレスは %1 ですが、そのメールサービス経由で送信されていません（DMARC が成功していません。p=%2）。gmail.com や yahoo.com のアドレスを名乗って自社のサーバーから送信すると、なりすましとして扱われます。</translation>
    </message>
    <message>
        <source>The message offers unsubscribing through its List-Unsubscribe field.</source>
        <translation>List-Unsubscribe ヘッダーで配信停止の手段を提供しています。</translation>
    </message>
    <message>
        <source>The message offers an unsubscribe link in its body.</source>
        <translation>本文に配信停止のリンクがあります。</translation>
    </message>
    <message>
        <source>There is no List-Unsubscribe field and the body was not supplied, so an unsubscribe link cannot be looked for.</source>
        <translation>List-Unsubscribe ヘッダーがなく、本文も与えられていないため、配信停止リンクを確認できません。</translation>
    </message>
    <message>
        <source>The message offers no way to unsubscribe: no List-Unsubscribe field and no unsubscribe link in the body.</source>
        <translation>配信停止の手段がありません。List-Unsubscribe ヘッダーも本文の配信停止リンクもありません。</translation>
    </message>
    <message>
        <source>One-click unsubscribe works as RFC 8058 requires: an https URI, List-Unsubscribe-Post: List-Unsubscribe=One-Click, and both fields signed by DKIM (d=%1).</source>
        <translation>RFC 8058 の要件どおりワンクリック配信停止に対応しています。https の URI、List-Unsubscribe-Post: List-Unsubscribe=One-Click があり、両ヘッダーが DKIM（d=%1）で署名されています。</translation>
    </message>
    <message>
        <source>The List-Unsubscribe field offers a mailto: address, which Yahoo accepts (RFC 8058 one-click is preferred).</source>
        <translation>List-Unsubscribe ヘッダーに mailto のアドレスがあり、Yahoo（米国）はこれを認めています（RFC 8058 のワンクリック配信停止が推奨です）。</translation>
    </message>
    <message>
        <source>The message has no List-Unsubscribe field.</source>
        <translation>List-Unsubscribe ヘッダーがありません。</translation>
    </message>
    <message>
        <source>List-Unsubscribe has no https: URI; one-click unsubscribe needs one (mailto: alone is not enough for Gmail).</source>
        <translation>List-Unsubscribe に https の URI がありません。ワンクリック配信停止には必要です（Gmail では mailto のアドレスだけでは不十分です）。</translation>
    </message>
    <message>
        <source>There is no valid List-Unsubscribe-Post: List-Unsubscribe=One-Click field, so mail clients cannot unsubscribe in one click.</source>
        <translation>有効な List-Unsubscribe-Post: List-Unsubscribe=One-Click ヘッダーがないため、メールソフトからワンクリックで配信停止できません。</translation>
    </message>
    <message>
        <source>Both unsubscribe fields are signed only by %1, a domain not aligned with From; RFC 8058 expects an aligned signature.</source>
        <translation>配信停止の 2 つのヘッダーは、From とアライメントが取れていない %1 でしか署名されていません。RFC 8058 はアライメントが取れている署名を求めています。</translation>
    </message>
    <message>
        <source>List-Unsubscribe and List-Unsubscribe-Post are not both covered by a passing DKIM signature aligned with From (RFC 8058 §4).</source>
        <translation>List-Unsubscribe と List-Unsubscribe-Post の両方を対象にした、From とアライメントが取れている成功した DKIM 署名がありません（RFC 8058 §4）。</translation>
    </message>
    <message>
        <source>The body has a visible unsubscribe link (&quot;%1&quot;).</source>
        <translation>本文に見える配信停止リンクがあります（「%1」）。</translation>
    </message>
    <message>
        <source>The body&apos;s unsubscribe link (&quot;%1&quot;) is hidden by its styling; providers ask for a clearly visible one.</source>
        <translation>本文の配信停止リンク（「%1」）はスタイルで隠されています。メールサービスははっきり見えるリンクを求めています。</translation>
    </message>
    <message>
        <source>No unsubscribe link was found in the body (English or Japanese wording).</source>
        <translation>本文に配信停止リンク（英語・日本語の表現）が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Only the header section was supplied, so the body cannot be searched for an unsubscribe link.</source>
        <translation>ヘッダー部分しか与えられていないため、本文の配信停止リンクを確認できません。</translation>
    </message>
    <message>
        <source>Whether unsubscribe requests are carried out in time cannot be seen in one message.</source>
        <translation>配信停止の依頼が期限内に処理されているかは、1 通のメールからは分かりません。</translation>
    </message>
    <message>
        <source>The spam complaint rate is known only to the provider (Gmail Postmaster Tools, Yahoo Complaint Feedback Loop), not from one message.</source>
        <translation>迷惑メール報告率を把握しているのはメールサービスだけで、1 通のメールからは分かりません。Gmail では Postmaster Tools、Yahoo（米国）では苦情フィードバックループ（Complaint Feedback Loop）で確認できます。</translation>
    </message>
    <message>
        <source>Whether recipients asked for this mail cannot be seen in one message.</source>
        <translation>受信者がこのメールの送信に同意したかどうかは、1 通のメールからは分かりません。</translation>
    </message>
    <message>
        <source>How the sender handles SMTP errors and bounces cannot be seen in one message.</source>
        <translation>送信者が SMTP のエラー応答やバウンス（エラーメール）にどう対処しているかは、1 通のメールからは分かりません。</translation>
    </message>
    <message>
        <source>%1 would most likely reject this message: DMARC fails for %2 and its policy is p=reject.</source>
        <translation>%1 はこのメールを拒否する可能性が高いです。%2 の DMARC が失敗しており、ポリシーが p=reject です。</translation>
    </message>
    <message>
        <source>%1 would most likely put this message in spam: DMARC fails for %2 and its policy is p=quarantine.</source>
        <translation>%1 はこのメールを迷惑メールフォルダーに入れる可能性が高いです。%2 の DMARC が失敗しており、ポリシーが p=quarantine です。</translation>
    </message>
    <message>
        <source>DMARC fails for %2, but its policy p=none asks %1 to do nothing; the message may still be filtered as spam.</source>
        <translation>%2 の DMARC は失敗していますが、ポリシー p=none は %1 に対処を求めていません。それでも迷惑メールと判定されることがあります。</translation>
    </message>
    <message>
        <source>%1 would most likely reject this message: neither SPF nor DKIM passes.</source>
        <translation>%1 はこのメールを拒否する可能性が高いです。SPF も DKIM も成功していません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 may put this message in spam or refuse it: %n of its requirements are not met.</source>
        <translation>
            <numerusform>%1 はこのメールを迷惑メールフォルダーに入れるか、拒否するおそれがあります。満たしていない要件が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: still checking (waiting for DNS answers).</source>
        <translation>%1：確認中です（DNS の応答を待っています）。</translation>
    </message>
    <message>
        <source>%1: no requirement fails, but %2 could not be verified from this message.</source>
        <translation>%1：満たしていない要件はありませんが、このメールからは %2 件を確認できませんでした。</translation>
    </message>
    <message>
        <source>%1: the message meets every requirement Kensa can check.</source>
        <translation>%1：Kensa が確認できる要件をすべて満たしています。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the message meets the requirements, with %n warning(s) worth fixing.</source>
        <translation>
            <numerusform>%1：要件は満たしていますが、直すべき注意点が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>DMARC passes for %1 only through SPF of %2, whose record ends in ~all, and no DKIM signature aligns. Forwarding will break SPF and DMARC with it; sign with DKIM for the From domain.</source>
        <translation>%1 の DMARC は %2 の SPF だけで成功しています。その SPF レコードは ~all で終わっており、アライメントが取れている DKIM 署名もありません。転送されると SPF が失敗し、DMARC も失敗します。From ドメインで DKIM 署名を付けてください。</translation>
    </message>
    <message>
        <source>%1 states its rules for bulk senders only; switch on &quot;Bulk sender&quot; to judge the message by them.</source>
        <translation>%1 は大量送信者向けの要件しか定めていません。それらで判定するには「大量送信者」を有効にしてください。</translation>
    </message>
    <message>
        <source>SPF of the header From domain, re-evaluated now: %1 for %2 from %3.</source>
        <translation>ヘッダーFrom のドメインの SPF を今回あらためて評価した結果：%2 は送信元 %3 で %1 です。</translation>
    </message>
    <message>
        <source>SPF of the header From domain: %1 for %2 from %3 (the envelope domain, evaluated once for both).</source>
        <translation>ヘッダーFrom のドメインの SPF：%2 は送信元 %3 で %1 です（エンベロープFrom と同じドメインのため、1 回の評価を両方に使っています）。</translation>
    </message>
    <message>
        <source>The header From domain %1 publishes no SPF record, so subscribers of docomo, au and SoftBank who switched on spoofed-sender rejection will not receive this message.</source>
        <translation>ヘッダーFrom のドメイン %1 に SPF レコードがないため、なりすまし拒否を設定した docomo・au・SoftBank の利用者には届きません。</translation>
    </message>
    <message>
        <source>SPF gives %3 for the header From domain %1 from %2: its record does not authorise the sending server, so subscribers of docomo, au and SoftBank who switched on spoofed-sender rejection will not receive this message.</source>
        <translation>ヘッダーFrom のドメイン %1 の SPF は、送信元 %2 で認証に失敗しています（%3）。SPF レコードが送信サーバーを許可していないため、なりすまし拒否を設定した docomo・au・SoftBank の利用者には届きません。</translation>
    </message>
    <message>
        <source>The SPF record of the header From domain %1 cannot be used (%2), so the sender cannot be verified and subscribers of docomo, au and SoftBank who switched on spoofed-sender rejection will not receive this message.</source>
        <translation>ヘッダーFrom のドメイン %1 の SPF レコードにエラーがあり（%2）、送信者を確認できないため、なりすまし拒否を設定した docomo・au・SoftBank の利用者には届きません。</translation>
    </message>
    <message>
        <source>SPF gives %3 for the envelope domain %1 from %2. au&apos;s high level asks both the envelope From and the header From to pass, so au subscribers with that level will not receive this message.</source>
        <translation>エンベロープFrom のドメイン %1 の SPF は、送信元 %2 で認証に失敗しています（%3）。au の「高」の設定ではエンベロープFrom とヘッダーFrom の両方の成功が必要なため、この設定をした au の利用者には届きません。</translation>
    </message>
    <message>
        <source>The message has no From field, so the carriers check the envelope domain %1: SPF gives %3 from %2, and subscribers who switched on spoofed-sender rejection will not receive this message.</source>
        <translation>このメールには From ヘッダーがないため、携帯キャリアはエンベロープFrom のドメイン %1 を確かめます。その SPF は送信元 %2 で認証に失敗しているため（%3）、なりすまし拒否を設定した利用者には届きません。</translation>
    </message>
    <message>
        <source>The message has no From field, so the carriers check the envelope domain %1, whose SPF passes from %2. Whether the subscriber switched the filter on cannot be known from the message.</source>
        <translation>このメールには From ヘッダーがないため、携帯キャリアはエンベロープFrom のドメイン %1 を確かめます。その SPF は送信元 %2 で成功しています。利用者がなりすまし拒否を設定しているかはメールからは分かりません。</translation>
    </message>
    <message>
        <source>The message came through a forwarder (%2), so SPF of %1 is judged for the forwarder&apos;s IP address and gives %3. Subscribers of docomo, au and SoftBank who switched on spoofed-sender rejection will not receive it unless they list the forwarding address as an allowed sender.</source>
        <translation>このメールは転送サーバー（%2）を経由して届いたため、%1 の SPF は転送サーバーの IP アドレスで判定され、認証に失敗します（%3）。利用者が転送サーバーのアドレスを受信リストに登録していない限り、なりすまし拒否を設定した docomo・au・SoftBank の利用者には届きません。</translation>
    </message>
    <message>
        <source>SPF of the header From domain could not be completed from %1 (a DNS lookup failed or timed out), so the carriers&apos; spoofed-sender rejection cannot be judged.</source>
        <translation>DNS の問い合わせが失敗したか時間切れになったため、送信元 %1 についてヘッダーFrom のドメインの SPF を判定できませんでした。携帯キャリアのなりすまし拒否を判定できません。</translation>
    </message>
    <message>
        <source>The IP address that delivered the message is unknown, so SPF of the header From domain cannot be evaluated.</source>
        <translation>メールを届けたサーバーの IP アドレスが分からないため、ヘッダーFrom のドメインの SPF を評価できません。</translation>
    </message>
    <message>
        <source>The From field holds no single readable address, so the domain the carriers check is unknown.</source>
        <translation>From ヘッダーに読み取れるアドレスが 1 つだけ書かれていないため、携帯キャリアが確かめるドメインが分かりません。</translation>
    </message>
    <message>
        <source>SPF of the header From domain %1 passes from %2: spoofed-sender rejection accepts the message. Whether the subscriber switched it on, and what the carriers&apos; other filters do, cannot be known from the message.</source>
        <translation>ヘッダーFrom のドメイン %1 の SPF は送信元 %2 で成功しています。なりすまし拒否では受け付けられます。ただし、利用者がこの設定をオンにしているかや、携帯キャリアのその他のフィルターの判定はメールからは分かりません。</translation>
    </message>
    <message>
        <source>SPF passes from %2 for both the header From domain %1 and the envelope domain %3: au&apos;s high level accepts the message. Whether the subscriber switched it on, and what au&apos;s other filters do, cannot be known from the message.</source>
        <translation>ヘッダーFrom のドメイン %1 とエンベロープFrom のドメイン %3 の SPF は、どちらも送信元 %2 で成功しています。au の「高」の設定でも受け付けられます。ただし、利用者がこの設定をオンにしているかや、au のその他のフィルターの判定はメールからは分かりません。</translation>
    </message>
    <message>
        <source>Whether the subscriber switched on spoofed-sender rejection cannot be seen in a message; the row above tells what happens when it is on.</source>
        <translation>利用者がなりすまし拒否をオンにしているかはメールからは分かりません。オンのときにどうなるかは上の項目で示しています。</translation>
    </message>
    <message>
        <source>Subscribers of %1 who switched on spoofed-sender rejection will not receive this message; whether they did cannot be known.</source>
        <translation>なりすまし拒否を設定した %1 の利用者には、このメールは届きません（設定しているかはメールからは分かりません）。</translation>
    </message>
    <message>
        <source>Spoofed-sender rejection at %1 would accept this message; whether the subscriber uses it, and the carriers&apos; other filters, cannot be judged from here.</source>
        <translation>%1 のなりすまし拒否では、このメールは受け付けられます。利用者がこの設定を使っているかや、携帯キャリアのその他のフィルターの判定はここでは分かりません。</translation>
    </message>
    <message>
        <source>SpamAssassin on the receiving server scored this mail %1 against its threshold of %2 and marked it as spam.</source>
        <translation>受信サーバーの SpamAssassin はこのメールを %1 点と採点し、しきい値 %2 点に達したため迷惑メールと判定しています。</translation>
    </message>
    <message>
        <source>The heaviest rule was %1 (%2 points): the receiver&apos;s Bayes filter, trained on mail its users marked, finds the content spam-like. Passing authentication does not change that; the wording, the links and the recipients&apos; past judgements do.</source>
        <translation>最も重いルールは %1（%2 点）です。受信サーバーのベイズフィルター（利用者が判定したメールで学習したもの）が、内容を迷惑メールに近いと判断しています。送信ドメイン認証に成功してもこの判定は変わらず、文面、リンク、受信者の過去の判定が影響します。</translation>
    </message>
    <message>
        <source>The heaviest rule was %1 (%2 points).</source>
        <translation>最も重いルールは %1（%2 点）です。</translation>
    </message>
    <message>
        <source>%1: the receiving server&apos;s query to a DNS list was refused (too many queries, or a public resolver). This is not a listing of the sender&apos;s IP: the check did not run.</source>
        <translation>%1：受信サーバーから DNS リストへの問い合わせが拒否されました（問い合わせ数の超過、または公開リゾルバーの利用）。送信元 IP がリストに載っているという意味ではなく、この確認は実施されていません。</translation>
    </message>
    <message>
        <source>%1: the receiving server&apos;s query to a URL blocklist was refused (too many queries, or a public resolver). The links in this mail were not checked against that list; this says nothing about them.</source>
        <translation>%1：受信サーバーから URL のブラックリストへの問い合わせが拒否されました（問い合わせ数の超過、または公開リゾルバーの利用）。このメールのリンクはこのリストで確認されておらず、リンクについては何も示していません。</translation>
    </message>
    <message>
        <source>rspamd on the receiving server recommended rejecting this mail (action &quot;reject&quot;). This copy exists only because the server delivered it anyway or quoted it in a bounce; a server that follows rspamd refuses this mail.</source>
        <translation>受信サーバーの rspamd はこのメールの受信拒否（reject）を推奨しています。このコピーがあるのは、サーバーが推奨に従わずに配送したか、バウンス（エラーメール）に引用されたためです。rspamd の推奨に従うサーバーはこのメールを受信拒否します。</translation>
    </message>
    <message>
        <source>rspamd on the receiving server asked for this mail to be deferred with a temporary error (action &quot;soft reject&quot;, used for greylisting and rate limits). The sending server retries, so delivery is delayed, not refused.</source>
        <translation>受信サーバーの rspamd はこのメールを一時エラーで保留するよう求めています（soft reject：グレーリスティングや送信数の制限に使われます）。送信側のサーバーが再送するため、配送は遅れますが、受信拒否ではありません。</translation>
    </message>
    <message>
        <source>rspamd on the receiving server greylisted this mail (action &quot;greylist&quot;): the first attempt is deferred with a temporary error and accepted on a retry, which delays delivery.</source>
        <translation>受信サーバーの rspamd はこのメールをグレーリスティングの対象にしています（greylist）。最初の配送は一時エラーで保留され、再送で受け付けられるため、配送が遅れます。</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s spam filter did not judge this message as spam (SFV:%1, SCL %2), yet its mailbox delivery field says dest:J / RF:JunkEmail, which Microsoft does not document. If the message is in the Junk Email folder, the filter did not put it there: check the recipient&apos;s own junk settings (Blocked Senders), their Outlook rules and the organisation&apos;s mail flow rules.</source>
        <translation>Exchange Online の迷惑メール フィルターはこのメールを迷惑メールと判定していません（SFV:%1、SCL %2）。一方、配送時のヘッダーには dest:J／RF:JunkEmail とあります（Microsoft は説明を公開していません）。迷惑メール フォルダーに入っている場合、フィルターの判定によるものではありません。受信者自身の迷惑メール設定（受信拒否リスト）、Outlook の仕分けルール、組織のメール フロー ルールを確認してください。</translation>
    </message>
    <message>
        <source>SCL -1: Exchange Online skipped spam filtering for this message (a safe sender, the IP Allow List or a mail flow rule). Reaching the inbox says nothing about how the message itself was judged.</source>
        <translation>SCL -1：Exchange Online はこのメールの迷惑メール判定を省略しました（差出人セーフ リスト、IP 許可一覧、メール フロー ルールなど）。受信トレイに入ったことは、メールそのものの評価を意味しません。</translation>
    </message>
    <message>
        <source>SFV:SKN: a mail flow (transport) rule of the recipient&apos;s organisation told Exchange Online to skip spam filtering. The inbox placement is the organisation&apos;s setting, not a judgement of the message.</source>
        <translation>SFV:SKN：受信側組織のメール フロー ルール（トランスポート ルール）が迷惑メール判定の省略を指示しました。受信トレイに入ったのは組織の設定によるもので、メールの評価ではありません。</translation>
    </message>
    <message>
        <source>SFV:SKA: the sender is on the allowed senders or domains of the recipient organisation&apos;s anti-spam policy, so spam filtering was skipped.</source>
        <translation>SFV:SKA：差出人が受信側組織のスパム対策ポリシーの許可リストにあるため、迷惑メール判定は省略されました。</translation>
    </message>
    <message>
        <source>SFV:SFE: the sender is in the recipient&apos;s Safe Senders list, so filtering was skipped.</source>
        <translation>SFV:SFE：差出人が受信者の差出人セーフ リストにあるため、判定は省略されました。</translation>
    </message>
    <message>
        <source>The connecting IP address %1 is in the recipient organisation&apos;s IP Allow List (connection filtering), so spam filtering was skipped.</source>
        <translation>接続元の IP アドレス %1 が受信側組織の IP 許可一覧（接続フィルター）にあるため、迷惑メール判定は省略されました。</translation>
    </message>
    <message>
        <source>SFV:BLK: the sender is in the recipient&apos;s Blocked Senders list; the recipient&apos;s own setting blocked it, not Microsoft&apos;s filter.</source>
        <translation>SFV:BLK：差出人が受信者の受信拒否リストにあります。Microsoft のフィルターではなく、受信者自身の設定によるものです。</translation>
    </message>
    <message>
        <source>SFV:SKB: the sender is on the blocked senders or domains of the recipient organisation&apos;s anti-spam policy; the organisation&apos;s setting marked the message as spam.</source>
        <translation>SFV:SKB：差出人が受信側組織のスパム対策ポリシーの禁止リストにあり、組織の設定により迷惑メールとされました。</translation>
    </message>
    <message>
        <source>SFV:SKS: the message was marked as spam before spam filtering, for example by a mail flow rule of the recipient&apos;s organisation (or by on-premises Exchange in a hybrid setup).</source>
        <translation>SFV:SKS：迷惑メール判定の前に迷惑メールとされました。たとえば受信側組織のメール フロー ルール（ハイブリッド構成ではオンプレミスの Exchange）によるものです。</translation>
    </message>
    <message>
        <source>Bulk complaint level %1 reaches the default threshold (%2) of Microsoft&apos;s anti-spam policy: the message goes to the Junk Email folder as bulk mail, whatever the authentication. The BCL reflects how many complaints the sender&apos;s mail generates.</source>
        <translation>一括苦情レベル（BCL）%1 が Microsoft の既定のしきい値（%2）に達しています。認証の結果にかかわらず、大量送信者のメールとして迷惑メール フォルダーに配送されます。BCL は送信者のメールが受ける苦情の多さを表します。</translation>
    </message>
    <message>
        <source>Composite authentication failed (reason %1): the From domain failed DMARC and its policy is p=quarantine or p=reject.</source>
        <translation>複合認証（compauth）に失敗しました（理由 %1）。ヘッダーFrom のドメインが DMARC に失敗し、そのポリシーが p=quarantine か p=reject です。</translation>
    </message>
    <message>
        <source>Composite authentication failed (reason %1): the From domain publishes no authentication records, or only weak ones (SPF ~all or ?all, DMARC p=none), and Microsoft&apos;s implicit checks did not pass. Give the From domain an aligned SPF or DKIM result and publish DMARC.</source>
        <translation>複合認証（compauth）に失敗しました（理由 %1）。ヘッダーFrom のドメインが認証のレコードを公開していないか弱い設定（SPF ~all／?all、DMARC p=none）で、Microsoft の暗黙の認証に通りませんでした。ヘッダーFrom のドメインとアライメントが取れている SPF か DKIM を用意し、DMARC を公開してください。</translation>
    </message>
    <message>
        <source>Composite authentication failed (reason %1): an admin of the recipient&apos;s organisation prohibits this sender and domain pair from sending spoofed mail.</source>
        <translation>複合認証（compauth）に失敗しました（理由 %1）。受信側組織の管理者が、この差出人とドメインの組み合わせによるなりすましを禁止しています。</translation>
    </message>
    <message>
        <source>Composite authentication failed (reason %1): the From domain is one of the recipient organisation&apos;s own domains, but the message did not authenticate (self-to-self spoofing).</source>
        <translation>複合認証（compauth）に失敗しました（理由 %1）。ヘッダーFrom は受信側組織自身のドメインですが、認証に通りませんでした（自ドメインのなりすまし）。</translation>
    </message>
    <message>
        <source>Composite authentication failed (reason %1).</source>
        <translation>複合認証（compauth）に失敗しました（理由 %1）。</translation>
    </message>
    <message>
        <source>DMARC failed for %1, whose policy is p=reject; Microsoft 365 did not reject the message but marked it as spam (action=oreject).</source>
        <translation>%1 の DMARC に失敗しました（ポリシーは p=reject）。Microsoft 365 は受信拒否せず、迷惑メールとして扱いました（action=oreject）。</translation>
    </message>
    <message>
        <source>DMARC failed for %1; its policy asks for p=%2, and Gmail applied dis=%3 instead (a comment Google does not document).</source>
        <translation>%1 の DMARC に失敗しました。ポリシーは p=%2 ですが、Gmail は dis=%3 を適用しました（Google が説明を公開していないコメントです）。</translation>
    </message>
    <message>
        <source>%1: whether spoofed-sender rejection would accept this message cannot be judged from here.</source>
        <translation>%1：なりすまし拒否でこのメールが受け付けられるかは、ここでは判定できません。</translation>
    </message>
    <message>
        <source>This is an Outlook .msg file. Outlook keeps the header section of a received message but not its original MIME source; it keeps the body in its own forms (%1). Kensa analysed the header section only, so DKIM body hashes and the checks of the body cannot be verified. To check everything, save the message as .eml or paste its source.</source>
        <translation>これは Outlook の .msg ファイルです。Outlook は受信したメールのヘッダー部分を保存しますが、元の MIME ソースは保存せず、本文を独自の形式（%1）で保存します。Kensa はヘッダー部分だけを解析したため、DKIM の本文ハッシュと本文の確認項目は検証できません。すべてを確認するには、メールを .eml として保存するか、メッセージのソースを貼り付けてください。</translation>
    </message>
    <message>
        <source>This is an Outlook .msg file. Outlook keeps the header section of a received message but not its original MIME source, and this file holds no body either. Kensa analysed the header section only, so DKIM body hashes and the checks of the body cannot be verified. To check everything, save the message as .eml or paste its source.</source>
        <translation>これは Outlook の .msg ファイルです。Outlook は受信したメールのヘッダー部分を保存しますが、元の MIME ソースは保存しません。このファイルには本文もありません。Kensa はヘッダー部分だけを解析したため、DKIM の本文ハッシュと本文の確認項目は検証できません。すべてを確認するには、メールを .eml として保存するか、メッセージのソースを貼り付けてください。</translation>
    </message>
    <message>
        <source>This is an Outlook .msg file of an S/MIME signed message. Outlook kept its original signed MIME body, so Kensa analysed the header section together with that body. Outlook stored the header section again itself, so its bytes may differ from those delivered (folding, encoding).</source>
        <translation>これは S/MIME 署名付きメールの Outlook .msg ファイルです。Outlook は署名された元の MIME 本文を保存しているため、Kensa はヘッダー部分とその本文を合わせて解析しました。ヘッダー部分は Outlook が保存し直したもので、配送時とバイト単位で異なる場合があります（折り返し、エンコード）。</translation>
    </message>
    <message>
        <source>This Outlook .msg file holds no Internet header section (PR_TRANSPORT_MESSAGE_HEADERS): Outlook keeps one only for received messages, not for drafts or sent items. Without it nothing can be verified. Open the received message in Outlook, copy the Internet headers from File &gt; Properties, and paste them with Edit &gt; Paste Message.</source>
        <translation>この Outlook .msg ファイルにはインターネットヘッダー（PR_TRANSPORT_MESSAGE_HEADERS）がありません。Outlook はこれを受信したメールにだけ保存し、下書きや送信済みのメールには保存しません。ヘッダー部分がないため、何も検証できません。Outlook で受信したメールを開き、「ファイル &gt; プロパティ」の「インターネット ヘッダー」をコピーして、Kensa の「編集」メニューから貼り付けてください。</translation>
    </message>
    <message>
        <source>This is an OLE compound file, as Word, Excel and Outlook write, but not an Outlook message: it holds no message properties. Open the .eml or .msg file of the message.</source>
        <translation>これは Word、Excel、Outlook などが書き出す OLE 複合ファイルですが、Outlook のメールではありません（メールのプロパティがありません）。メールの .eml または .msg ファイルを開いてください。</translation>
    </message>
    <message>
        <source>This file starts like an Outlook .msg file (an OLE compound file), but its file header is damaged at byte %1, so it cannot be read.</source>
        <translation>このファイルは Outlook .msg ファイル（OLE 複合ファイル）のように始まりますが、ファイルの先頭部分（header）がバイト %1 で壊れているため、読み取れません。</translation>
    </message>
    <message>
        <source>This Outlook .msg file is cut short: its %1 continues to byte %3, but the file ends at byte %2. Save or copy the file again.</source>
        <translation>この Outlook .msg ファイルは途中で切れています：部分（%1）はバイト %3 まで続きますが、ファイルはバイト %2 で終わっています。ファイルをもう一度保存するか、コピーし直してください。</translation>
    </message>
    <message>
        <source>This Outlook .msg file is damaged: in its %1, the pointer at byte %2 names sector %3, which does not exist. It cannot be read.</source>
        <translation>この Outlook .msg ファイルは壊れています：部分（%1）のバイト %2 にある参照が、存在しないセクター %3 を指しています。読み取れません。</translation>
    </message>
    <message>
        <source>This Outlook .msg file is damaged: the sector chain of its %1 runs in a loop (the pointer at byte %2 leads back to sector %3). It cannot be read.</source>
        <translation>この Outlook .msg ファイルは壊れています：部分（%1）のセクターのつながりがループしています（バイト %2 の参照がセクター %3 に戻ります）。読み取れません。</translation>
    </message>
    <message>
        <source>This Outlook .msg file is damaged: the sector chain of its %1 ends after %3 bytes, before the size the file states (the pointer at byte %2). It cannot be read.</source>
        <translation>この Outlook .msg ファイルは壊れています：部分（%1）のセクターのつながりが、ファイルに記された長さより前の %3 バイトで終わっています（バイト %2 の参照）。読み取れません。</translation>
    </message>
    <message>
        <source>This Outlook .msg file is damaged: its %1 claims %3 bytes, more than the whole file (the size at byte %2). It cannot be read.</source>
        <translation>この Outlook .msg ファイルは壊れています：部分（%1）の長さが %3 バイトとされていて、ファイル全体より大きくなっています（バイト %2 の値）。読み取れません。</translation>
    </message>
    <message>
        <source>This Outlook .msg file has a directory of more than 32,768 entries, more than any single message needs: it is damaged or not one message. Kensa does not read it.</source>
        <translation>この Outlook .msg ファイルのディレクトリには 32,768 を超える項目があり、メール 1 通としては多すぎます。壊れているか、メール 1 通のファイルではありません。Kensa は読み取りません。</translation>
    </message>
    <message>
        <source>This Outlook .msg file is damaged: directory entry %2 (at byte %1) is invalid. It cannot be read.</source>
        <translation>この Outlook .msg ファイルは壊れています：ディレクトリ項目 %2（バイト %1）が不正です。読み取れません。</translation>
    </message>
    <message>
        <source>This Outlook .msg file is damaged: directory entry %2 is reached twice (the pointer at byte %1), so its folder tree runs in a loop. It cannot be read.</source>
        <translation>この Outlook .msg ファイルは壊れています：ディレクトリ項目 %2 に 2 回たどり着くため（バイト %1 の参照）、フォルダー構造がループしています。読み取れません。</translation>
    </message>
    <message>
        <source>The Return-Path &quot;%1&quot; has no domain: the receiving server wrote the null sender of a bounce this way, so Kensa treats it as &lt;&gt; and SPF checks the HELO name.</source>
        <translation>Return-Path ヘッダーの「%1」にはドメインがありません。受信サーバーがバウンス（エラーメール）の空の送信者をこの形で書いたものなので、Kensa は &lt;&gt; として扱い、SPF は HELO 名で確かめます。</translation>
    </message>
    <message>
        <source>The message has %1 Received fields, more than the %2 Kensa reads (RFC 5321 §6.3 takes so many for a mail loop); the oldest were not read.</source>
        <translation>このメールには Received ヘッダーが %1 個あり、Kensa が読み取る上限（%2 個）を超えています（RFC 5321 §6.3 では、これほど多い場合はメールのループとみなします）。古いものは読み取っていません。</translation>
    </message>
    <message>
        <source>The message has %2 %1 fields; only the topmost %3 were read.</source>
        <translation>このメールには %1 ヘッダーが %2 個あります。上から %3 個だけを読み取りました。</translation>
    </message>
    <message>
        <source>The DNS query %2 %1 was not answered within the analysis&apos; DNS budget, so SPF returns temperror.</source>
        <translation>DNS 問い合わせ %2 %1 に解析の DNS 制限時間内に応答がなかったため、SPF の結果は一時エラー（temperror）です。</translation>
    </message>
    <message numerus="yes">
        <source>The DNS budget of %1 s ran out with %n question(s) unanswered. The checks that needed them could not be verified (temperror); they are neither pass nor fail.</source>
        <translation>
            <numerusform>DNS の制限時間（%1 秒）が切れ、%n 件の問い合わせに応答がありませんでした。これらが必要な検証は一時エラー（temperror）で、確認できていません。成功（pass）でも失敗（fail）でもありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The DNS answer to %2 %1 holds %3 records; only the first %4 were used.</source>
        <translation>%2 %1 の DNS 応答にはレコードが %3 件あります。最初の %4 件だけを使いました。</translation>
    </message>
    <message>
        <source>The DNS answer to %2 %1 holds a text record of %3 bytes, longer than the %4 bytes Kensa reads; that record was not used.</source>
        <translation>%2 %1 の DNS 応答に %3 バイトのテキストレコードがあり、Kensa が読み取る上限（%4 バイト）を超えています。このレコードは使っていません。</translation>
    </message>
    <message>
        <source>The message has %1 DKIM signatures; Kensa verifies the first %2 and lists the rest as not verified.</source>
        <translation>このメールには DKIM 署名が %1 個あります。Kensa は最初の %2 個を検証し、残りは未検証として表示します。</translation>
    </message>
    <message>
        <source>Not verified: Kensa verifies at most %1 DKIM signatures per message, and this one comes after them.</source>
        <translation>未検証です。Kensa が検証する DKIM 署名はメール 1 通につき %1 個までで、この署名はそれより後にあります。</translation>
    </message>
    <message>
        <source>The %1 field on line %2 is %3 bytes long; only the first %4 bytes were decoded.</source>
        <translation>%2 行目の %1 ヘッダーは %3 バイトあるため、先頭の %4 バイトだけを読み取りました。</translation>
    </message>
    <message>
        <source>The header field on line %1 is %2 bytes long; only its first %3 bytes are decoded for display. Its bytes are checked whole.</source>
        <translation>%1 行目のヘッダーフィールドは %2 バイトあるため、表示用には先頭の %3 バイトだけをデコードしました。検証にはバイト列全体を使っています。</translation>
    </message>
    <message>
        <source>This text is not an email message: its first lines (%1) are none of a message&apos;s header fields such as From, To, Subject, Date or Received. Open the .eml file, or paste the full source of the message (&quot;Show original&quot; in Gmail, &quot;View message source&quot; in Outlook).</source>
        <translation>この文章はメールではありません。先頭の行（%1）は From、To、Subject、Date、Received などのヘッダーのどれでもありません。.eml ファイルを開くか、メールのソース全体（Gmail の「メッセージのソースを表示」、Outlook の「メッセージのソースを表示」）を貼り付けてください。</translation>
    </message>
    <message>
        <source>%1 recorded dmarc=%2%3 at delivery, so it found a DMARC record for %4; Kensa&apos;s DNS answer now says there is none. The DNS answer disagrees with what the receiver saw: the record may have been removed since, or Kensa&apos;s DNS server answers wrongly.</source>
        <translation>%1 は配送時に「dmarc=%2%3」と記録しているため、%4 の DMARC レコードを見つけています。しかし今回の Kensa の DNS の応答ではレコードがありません。DNS の応答が受信サーバーの見たものと食い違っています。その後レコードが削除されたか、Kensa が使う DNS サーバーの応答が誤っている可能性があります。</translation>
    </message>
    <message>
        <source>The receiving server recorded dmarc=%1%2 at delivery, so it found a DMARC record for %3; Kensa&apos;s DNS answer now says there is none. The DNS answer disagrees with what the receiver saw: the record may have been removed since, or Kensa&apos;s DNS server answers wrongly.</source>
        <translation>受信サーバーは配送時に「dmarc=%1%2」と記録しているため、%3 の DMARC レコードを見つけています。しかし今回の Kensa の DNS の応答ではレコードがありません。DNS の応答が受信サーバーの見たものと食い違っています。その後レコードが削除されたか、Kensa が使う DNS サーバーの応答が誤っている可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>Kensa&apos;s DNS is unreachable: none of the %n DNS question(s) of this analysis got a usable answer (%1). The DNS server cannot be reached or refuses to answer, so every result that needs DNS (DKIM keys, SPF, DMARC, reverse DNS) is unverified and no provider verdict is given. Check the network connection and the DNS server setting, then analyse again.</source>
        <translation>
            <numerusform>Kensa の DNS に接続できません。この分析の DNS 問い合わせ %n 件のどれにも使える応答がありませんでした（%1）。DNS サーバーに届かないか応答を拒否しているため、DNS が必要な結果（DKIM の鍵、SPF、DMARC、逆引き）はすべて未確認で、メールサービスごとの判定は出しません。ネットワーク接続と DNS サーバーの設定を確かめてから、もう一度分析してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kensa&apos;s DNS answers are unreliable: all %n DNS question(s) answered NXDOMAIN (no such name), and so did the question for the root zone, which always exists. The DNS server answers falsely (a broken offline set-up, a filtering or captive-portal resolver), so every result that needs DNS is unverified and no provider verdict is given. Use another DNS server, or zone files offline, and analyse again.</source>
        <translation>
            <numerusform>Kensa の DNS の応答は信頼できません。DNS 問い合わせ %n 件がすべて「名前が存在しない」（NXDOMAIN）で、必ず存在するルートゾーンへの問い合わせも同じでした。DNS サーバーが誤った応答を返しています（壊れたオフライン設定、フィルタリングやキャプティブポータルのリゾルバーなど）。そのため DNS が必要な結果はすべて未確認で、メールサービスごとの判定は出しません。別の DNS サーバーか、オフラインでゾーンファイルを使って、もう一度分析してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be verified: Kensa&apos;s DNS finds no DMARC record for %1, but the receiver recorded dmarc=%2%3 at delivery, which needs one. The DNS answer disagrees with what the receiver saw.</source>
        <translation>判定不能：Kensa の DNS では %1 の DMARC レコードが見つかりませんが、受信サーバーは配送時に「dmarc=%2%3」と記録しており、これはレコードがなければ記録されません。DNS の応答が受信サーバーの見たものと食い違っています。</translation>
    </message>
    <message>
        <source>Cannot be verified: Kensa&apos;s DNS answers are unreliable for this analysis (see the DNS finding), so this check is not judged.</source>
        <translation>判定不能：この分析では Kensa の DNS の応答が信頼できないため（DNS の所見を参照）、この確認項目は判定しません。</translation>
    </message>
    <message>
        <source>%1: not judged, because Kensa&apos;s DNS answers are unreliable.</source>
        <translation>%1：Kensa の DNS の応答が信頼できないため、判定しません。</translation>
    </message>
    <message>
        <source>The From address names %1, but the message is most likely not from %1: %1 publishes the DMARC policy p=%2, nothing aligned with %1 passed, and the message came from a server %1 does not authorise, with no forwarder or list in the path. A sender name that is not the sender is deceptive however the name is written.</source>
        <translation>From のアドレスは %1 ですが、このメールは %1 から送られたものではない可能性が高いです。%1 は DMARC ポリシー p=%2 を公開しており、%1 とアライメントが取れている認証はどれも成功せず、%1 が許可していないサーバーから届いています。経路に転送サーバーやメーリングリストもありません。実際の送信者ではない差出人名は、表記にかかわらず欺瞞にあたります。</translation>
    </message>
    <message>
        <source>Kensa could not look up the records that %1 publishes for its mail (the DNS lookups got no answer, or Kensa is offline without them), so it cannot say yet why this email was treated as it was. Please check again when the lookups work.</source>
        <translation>%1 がメールのために公開している DNS レコードを確認できませんでした（DNS の問い合わせに応答がないか、オフラインでレコードの記録がありません）。そのため、このメールがこのように扱われた原因は、現時点ではお答えできません。問い合わせができる状態になりましたら、改めて確認いたします。</translation>
    </message>
    <message>
        <source>This email is most likely not from %1. It was not sent from a mail server that %1 uses, it carries no valid signature of %1, and %1 asks mail services to treat such email as fake. There is nothing to fix at the sender: please delete this email and do not open its links or attachments.</source>
        <translation>このメールは %1 から送信されたものではない可能性が高いです。%1 が使用しているメールサーバーから送られておらず、%1 の有効な電子署名もありません。また、%1 はこのようなメールをなりすましとして扱うようメールサービスに求めております。送信元で修正すべき点はございませんので、このメールは削除していただき、本文中のリンクや添付ファイルは開かないようお願いいたします。</translation>
    </message>
    <message>
        <source>This email reached the recipient through %1, a mailing list or forwarding service. The check of the sending server therefore looked at the server of %1, not at one that %2 uses.</source>
        <translation>このメールは、メーリングリストまたは転送サービスである %1 を経由して届いております。そのため、送信サーバーの確認では %2 が使用しているサーバーではなく、%1 のサーバーが確認されております。</translation>
    </message>
    <message>
        <source>This email reached the recipient through %1, a mailing list or forwarding service, which changed it on the way (for example the subject or a footer). Because of that, the signature of %2 no longer matches, and the check of the sending server looked at the server of %1, not at one that %2 uses.</source>
        <translation>このメールは、メーリングリストまたは転送サービスである %1 を経由して届いており、その途中で内容（件名やフッターなど）が変更されております。そのため %2 の電子署名が一致しなくなり、送信サーバーの確認でも %2 が使用しているサーバーではなく、%1 のサーバーが確認されております。</translation>
    </message>
    <message>
        <source>%1 did not add its own seal (ARC) that would let mail services trust the results of the original checks.</source>
        <translation>%1 は、元の認証結果をメールサービスが信頼できるようにする転送時の証明（ARC）を付けておりません。</translation>
    </message>
    <message>
        <source>%1 added its own seal (ARC) that vouches for the results of the original checks, and the seal is intact, so mail services that trust %1 can still accept the email.</source>
        <translation>%1 は元の認証結果を保証する転送時の証明（ARC）を付けており、その証明は有効です。%1 を信頼するメールサービスであれば、このメールを正規のものとして受け付けられます。</translation>
    </message>
    <message>
        <source>%1 added its own seal (ARC) that vouches for the results of the original checks; the receiving server found it intact at delivery. It cannot be checked again now because a key has changed since, which is normal for older email.</source>
        <translation>%1 は元の認証結果を保証する転送時の証明（ARC）を付けており、受信サーバーは配送時にこれを有効と判定しております。その後に鍵が変更されたため現在は再確認できませんが、古いメールではよくあることです。</translation>
    </message>
    <message>
        <source>%1 added its own seal (ARC), but the seal is broken, so mail services cannot rely on it.</source>
        <translation>%1 は転送時の証明（ARC）を付けておりますが、その証明が壊れているため、メールサービスはこれを頼りにできません。</translation>
    </message>
    <message>
        <source>%1 added its own seal (ARC), but it cannot be checked now.</source>
        <translation>%1 は転送時の証明（ARC）を付けておりますが、現在は確認できません。</translation>
    </message>
    <message>
        <source>The receiving server still confirmed that the email comes from %1.</source>
        <translation>それでも受信サーバーは、このメールが %1 から送られたものであることを確認しております。</translation>
    </message>
    <message>
        <source>The administrator of %1 can avoid this by leaving the subject and body unchanged, or by sending list mail with the list&apos;s own address as the sender, and by sealing forwarded email (ARC).</source>
        <translation>%1 の管理者は、件名や本文を変更しないようにするか、リストのメールをリスト自身のアドレスを差出人として送るようにし、あわせて転送するメールに転送時の証明（ARC）を付けることで、この問題を避けられます。</translation>
    </message>
    <message>
        <source>This email was sent through %1 on behalf of %2, but %1 sent it under its own domain instead of %2 (its signature and return address), so mail services cannot confirm that %2 sent it.</source>
        <translation>このメールは %2 の依頼で %1 から送信されておりますが、%1 は %2 ではなく配信サービス自身のドメイン（電子署名と返送先アドレス）で送信しております。そのため、メールサービスは %2 が送ったメールであることを確認できません。</translation>
    </message>
    <message>
        <source>The administrator of %2 needs to change a setting in %1:</source>
        <translation>%2 の管理者が、%1 で次の設定を変更する必要がございます。</translation>
    </message>
    <message>
        <source>This email passed the sender checks only for %1, not for %2, the domain in its sender address, so mail services cannot confirm that %2 sent it.</source>
        <translation>このメールの送信元の確認は %1 についてだけ成功しており、差出人アドレスのドメインである %2 については成功しておりません。そのため、メールサービスは %2 が送ったメールであることを確認できません。</translation>
    </message>
    <message>
        <source>Whoever sends email for %1 needs to sign it with the domain %1 (DKIM) or send it with a return address under %1.</source>
        <translation>%1 のメールを代わりに送信している配信サービスやサーバーで、%1 のドメインによる電子署名（DKIM）を付けるか、%1 配下の返送先アドレスで送信する必要がございます。</translation>
    </message>
    <message>
        <source>%1 asks mail services to reject such email or put it in the spam folder.</source>
        <translation>%1 は、このようなメールを受信拒否するか迷惑メールフォルダーに入れるよう、メールサービスに求めております。</translation>
    </message>
    <message>
        <source>The signature of %1 on this email no longer matches: the email was changed after it was signed (for example by a security gateway or a footer added on the way).</source>
        <translation>このメールに付いている %1 の電子署名が一致しなくなっております。署名された後に、セキュリティ機器や途中で追加されたフッターなどによって、メールが変更されております。</translation>
    </message>
    <message>
        <source>The administrator of %1 should make sure that nothing changes the email after it is signed (such as a disclaimer added by a gateway), or have it signed after that step.</source>
        <translation>%1 の管理者は、署名した後にメールを変更する処理（ゲートウェイによる免責文の追加など）がないようにするか、その処理の後で署名するように設定してください。</translation>
    </message>
    <message>
        <source>Mail services cannot confirm that this email comes from %1: it carries no valid signature of %1, and the server that sent it is not one %1 has authorised. If %1 really sent it, its mail settings need fixing; if not, it may be fake.</source>
        <translation>メールサービスは、このメールが %1 から送られたものであることを確認できません。%1 の有効な電子署名がなく、送信したサーバーも %1 が許可したものではありません。%1 が実際に送ったメールであれば、メールの設定を修正する必要がございます。そうでなければ、なりすましメールの可能性がございます。</translation>
    </message>
    <message>
        <source>The administrator of %1 should list the servers that send its email in its SPF record, sign the email with DKIM, and publish a DMARC policy.</source>
        <translation>%1 の管理者は、メールを送信するサーバーを SPF レコードに登録し、DKIM で電子署名を付け、DMARC ポリシーを公開してください。</translation>
    </message>
    <message>
        <source>The spam filter of the receiving server (%1) put this email in the spam folder.</source>
        <translation>受信サーバーの迷惑メールフィルター（%1）が、このメールを迷惑メールフォルダーに入れております。</translation>
    </message>
    <message>
        <source>The spam filter of the receiving server (%1) held this email in quarantine.</source>
        <translation>受信サーバーの迷惑メールフィルター（%1）が、このメールを隔離しております。</translation>
    </message>
    <message>
        <source>The spam filter of the receiving server (%1) refused this email.</source>
        <translation>受信サーバーの迷惑メールフィルター（%1）が、このメールを受信拒否しております。</translation>
    </message>
    <message>
        <source>The spam filter of the receiving server (%1) marked this email as spam.</source>
        <translation>受信サーバーの迷惑メールフィルター（%1）が、このメールを迷惑メールと判定しております。</translation>
    </message>
    <message>
        <source>The filter rated the email %1, against a limit of %2.</source>
        <translation>フィルターの評価は %1 で、基準値（%2）に達しております。</translation>
    </message>
    <message>
        <source>This came from the recipient&apos;s own settings (a blocked-senders list or a rule of the recipient&apos;s organisation), not from a judgement of the email itself.</source>
        <translation>これはメールの内容を判定した結果ではなく、受信者側の設定（受信拒否リストや組織のルール）によるものです。</translation>
    </message>
    <message>
        <source>The recipient or the administrator of the recipient&apos;s mail can change that setting.</source>
        <translation>この設定は、受信者ご本人または受信者側のメール管理者が変更できます。</translation>
    </message>
    <message>
        <source>The service counts the sender as a bulk sender whose email draws many complaints.</source>
        <translation>このメールサービスは、送信者を苦情の多い大量送信者とみなしております。</translation>
    </message>
    <message>
        <source>The filter&apos;s main reason was the content of the email (its wording and links), not the sender checks.</source>
        <translation>判定の主な理由は送信元の確認ではなく、メールの内容（文面やリンク）です。</translation>
    </message>
    <message>
        <source>The filter&apos;s main reason was that the sender checks failed.</source>
        <translation>判定の主な理由は、送信元の確認に失敗したことです。</translation>
    </message>
    <message>
        <source>The sender checks alone do not decide this: the sender can review the content, the links and whether the recipients asked for the email, and the recipient can mark it as not spam.</source>
        <translation>これは送信元の確認だけで決まるものではございません。送信者は内容やリンク、受信者が配信を希望しているかどうかを見直せます。受信者はこのメールを「迷惑メールではない」と報告できます。</translation>
    </message>
    <message>
        <source>This email passes the sender checks: it carries a valid signature of %1 and was sent from a server that %1 authorises.</source>
        <translation>このメールは送信元の確認に成功しております。%1 の有効な電子署名があり、%1 が許可したサーバーから送信されております。</translation>
    </message>
    <message>
        <source>This email passes the sender checks: it carries a valid signature of %1.</source>
        <translation>このメールは送信元の確認に成功しております。%1 の有効な電子署名がございます。</translation>
    </message>
    <message>
        <source>This email passes the sender checks: it was sent from a server that %1 authorises.</source>
        <translation>このメールは送信元の確認に成功しております。%1 が許可したサーバーから送信されております。</translation>
    </message>
    <message>
        <source>The receiving server confirmed at delivery that this email comes from %1. Kensa cannot repeat every check now because a key or record has changed since, which is normal for older email.</source>
        <translation>受信サーバーは配送時に、このメールが %1 から送られたものであることを確認しております。その後に鍵やレコードが変更されたため、現在はすべての確認を再現できませんが、古いメールではよくあることです。</translation>
    </message>
    <message>
        <source>%1 publishes no sender-domain policy (DMARC), which Gmail, Yahoo and Outlook.com require from bulk senders, and which lets mail services recognise fake email in its name.</source>
        <translation>%1 は送信ドメイン認証のポリシー（DMARC）を公開しておりません。Gmail・Yahoo（米国）・Outlook.com は大量送信者に公開を求めており、公開するとメールサービスが %1 をかたるなりすましメールを見分けられるようになります。</translation>
    </message>
    <message>
        <source>The administrator of %1 should publish a DMARC policy, starting with monitoring only.</source>
        <translation>%1 の管理者は、まず監視のみの設定から DMARC ポリシーを公開してください。</translation>
    </message>
    <message>
        <source>%1 only monitors its email (its DMARC policy does not ask mail services to act), so fake email in its name is not stopped either.</source>
        <translation>%1 はメールの監視のみを行っており（DMARC ポリシーがメールサービスに対処を求めていません）、%1 をかたるなりすましメールも止められておりません。</translation>
    </message>
    <message>
        <source>Once all of its legitimate email passes, the administrator of %1 can ask mail services to put failing email in the spam folder or to reject it.</source>
        <translation>正規のメールがすべて確認に成功するようになりましたら、%1 の管理者は、確認に失敗したメールを迷惑メールフォルダーに入れるか受信拒否するようメールサービスに求める、より厳しいポリシーに変更できます。</translation>
    </message>
    <message>
        <source>Some requirements of the mail services are not met: %1. The administrator of %2 can address them.</source>
        <translation>メールサービスの送信者要件のうち、満たされていないものがございます（%1）。%2 の管理者が対処できます。</translation>
    </message>
    <message>
        <source>DNS answers missing: %1.</source>
        <translation>得られなかった DNS の応答：%1</translation>
    </message>
    <message>
        <source>At delivery the receiver recorded (%1, line %2): %3</source>
        <translation>配送時の受信サーバーの記録（%1、%2 行目）：%3</translation>
    </message>
    <message>
        <source>Likely spoofed From: DMARC fails for %1 with p=%2, nothing aligned passes, the delivering IP %3 is not authorised by %1, and no ARC set or list is in the path.</source>
        <translation>ヘッダーFrom のなりすましの可能性が高いです。%1 の DMARC は失敗（p=%2）で、アライメントが取れている認証はどれも成功していません。配送元の IP %3 は %1 に許可されておらず、経路に ARC セットもメーリングリストもありません。</translation>
    </message>
    <message>
        <source>DKIM-Signature d=%1 s=%2: Kensa finds %3, the receiver recorded %4.</source>
        <translation>DKIM-Signature d=%1 s=%2：Kensa の評価は %3、受信サーバーの記録は %4 です。</translation>
    </message>
    <message>
        <source>The receiver&apos;s reason: %1</source>
        <translation>受信サーバーが記録した理由：%1</translation>
    </message>
    <message>
        <source>SPF for %1 from %2: Kensa finds %3, the receiver recorded %4.</source>
        <translation>%2 からの %1 の SPF：Kensa の評価は %3、受信サーバーの記録は %4 です。</translation>
    </message>
    <message>
        <source>SPF of the From domain %1 from %2: %3.</source>
        <translation>%2 からのヘッダーFrom のドメイン %1 の SPF：%3</translation>
    </message>
    <message>
        <source>DMARC for %1: Kensa finds %2 (p=%3; aligned passes: %4), the receiver recorded %5.</source>
        <translation>%1 の DMARC：Kensa の評価は %2（p=%3、アライメントが取れている成功：%4）、受信サーバーの記録は %5 です。</translation>
    </message>
    <message>
        <source>ARC sets: %1; Kensa finds %2, the receiver recorded %3; sealed by %4.</source>
        <translation>ARC セット数：%1。Kensa の評価は %2、受信サーバーの記録は %3。シールしたドメイン：%4</translation>
    </message>
    <message>
        <source>The message carries no DKIM-Signature.</source>
        <translation>このメールには DKIM-Signature がありません。</translation>
    </message>
    <message>
        <source>Intermediary: %1 (%2).</source>
        <translation>中継したリストまたは転送サーバー：%1（%2）</translation>
    </message>
    <message>
        <source>Sending service %1, recognised from: %2.</source>
        <translation>配信サービス %1（根拠：%2）</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1（%2 行目）：%3</translation>
    </message>
    <message>
        <source>Checklist rows not met: %1.</source>
        <translation>満たされていない確認項目：%1</translation>
    </message>
    <message>
        <source>This file is named like a Kensa evidence bundle (.kensa) but is not a zip archive, so it cannot be read.</source>
        <translation>このファイルは Kensa のエビデンスファイル（.kensa）の名前ですが、zip アーカイブではないため読み込めません。</translation>
    </message>
    <message>
        <source>This evidence bundle is cut short: the directory at the end of its zip archive is missing. Copy or download the file again.</source>
        <translation>このエビデンスファイルは途中で切れています。zip アーカイブの末尾にある目録がありません。ファイルをもう一度コピーするか、ダウンロードし直してください。</translation>
    </message>
    <message>
        <source>This evidence bundle is a ZIP64 archive, which Kensa does not read. Kensa saves bundles as plain zip archives, so this one was made or changed by another tool.</source>
        <translation>このエビデンスファイルは ZIP64 形式のアーカイブで、Kensa は読み込みません。Kensa は通常の zip アーカイブとして保存するため、別のツールで作成または変更されたものです。</translation>
    </message>
    <message>
        <source>This evidence bundle is one part of a zip archive split over several files, which Kensa does not read.</source>
        <translation>このエビデンスファイルは、複数のファイルに分割された zip アーカイブの一部です。Kensa は分割されたアーカイブを読み込みません。</translation>
    </message>
    <message>
        <source>This evidence bundle lists %1 entries, more than Kensa reads (64): it is damaged or not a bundle.</source>
        <translation>このエビデンスファイルにはエントリーが %1 件あり、Kensa が読み込む上限（64 件）を超えています。壊れているか、エビデンスファイルではありません。</translation>
    </message>
    <message>
        <source>This evidence bundle is damaged: the directory of its zip archive is broken at byte %1.</source>
        <translation>このエビデンスファイルは壊れています。zip アーカイブの目録が %1 バイト目で壊れています。</translation>
    </message>
    <message>
        <source>This evidence bundle holds an entry whose name is not a plain file name (%1). Names such as ../ or absolute paths are used to write outside a folder, so Kensa refuses the whole archive.</source>
        <translation>このエビデンスファイルには、通常のファイル名ではない名前（%1）のエントリーがあります。../ や絶対パスのような名前はフォルダーの外へ書き込むために使われるため、Kensa はアーカイブ全体を読み込みません。</translation>
    </message>
    <message>
        <source>This evidence bundle holds two entries named %1, so which one is meant is unclear: Kensa does not read it.</source>
        <translation>このエビデンスファイルには %1 という名前のエントリーが 2 つあり、どちらが正しいか判断できないため、Kensa は読み込みません。</translation>
    </message>
    <message>
        <source>The entry %1 of this evidence bundle is encrypted; Kensa reads only unencrypted bundles.</source>
        <translation>このエビデンスファイルのエントリー %1 は暗号化されています。Kensa は暗号化されていないエビデンスファイルだけを読み込みます。</translation>
    </message>
    <message>
        <source>The entry %1 of this evidence bundle is compressed (deflate), so the bundle was packed again by another tool. Kensa reads only uncompressed bundles, as it saves them: unpack the files and pack them again without compression (for example with zip -0).</source>
        <translation>このエビデンスファイルのエントリー %1 は圧縮（deflate）されているため、別のツールでまとめ直されたものです。Kensa は保存時と同じ無圧縮のエビデンスファイルだけを読み込みます。中のファイルを取り出し、圧縮せずにまとめ直してください（例：zip -0）。</translation>
    </message>
    <message>
        <source>The entry %1 of this evidence bundle uses compression method %2, which Kensa does not read.</source>
        <translation>このエビデンスファイルのエントリー %1 は圧縮方式 %2 を使っており、Kensa は読み込みません。</translation>
    </message>
    <message>
        <source>The entry %1 of this evidence bundle claims %2 bytes, more than Kensa reads from one entry (128 MiB).</source>
        <translation>このエビデンスファイルのエントリー %1 は %2 バイトと記録されており、Kensa が 1 つのエントリーから読み込む上限（128 MiB）を超えています。</translation>
    </message>
    <message>
        <source>The entries of this evidence bundle claim %2 bytes together (up to the entry %1), more than Kensa reads from one bundle (192 MiB).</source>
        <translation>このエビデンスファイルのエントリーは合計 %2 バイト（エントリー %1 まで）と記録されており、Kensa が 1 つのエビデンスファイルから読み込む上限（192 MiB）を超えています。</translation>
    </message>
    <message>
        <source>The entry %1 of this evidence bundle is described differently by the archive&apos;s directory and by its own header (byte %2): the bundle is damaged or was altered.</source>
        <translation>このエビデンスファイルのエントリー %1 は、アーカイブの目録とエントリー自身のヘッダー（%2 バイト目）で記録が食い違っています。壊れているか、改変されています。</translation>
    </message>
    <message>
        <source>The entry %1 of this evidence bundle points outside its data (byte %2): the bundle is damaged or cut short.</source>
        <translation>このエビデンスファイルのエントリー %1 は、データの範囲外（%2 バイト目）を指しています。壊れているか、途中で切れています。</translation>
    </message>
    <message>
        <source>The entry %1 of this evidence bundle is damaged: its content does not match its checksum (CRC-32). Copy or download the file again.</source>
        <translation>このエビデンスファイルのエントリー %1 は壊れています。内容が記録された CRC-32 の値と一致しません。ファイルをもう一度コピーするか、ダウンロードし直してください。</translation>
    </message>
    <message>
        <source>This zip archive holds no kensa-manifest.json, so it is not a Kensa evidence bundle.</source>
        <translation>この zip アーカイブには kensa-manifest.json がないため、Kensa のエビデンスファイルではありません。</translation>
    </message>
    <message>
        <source>The manifest of this evidence bundle (kensa-manifest.json) is damaged: its field %1 is missing or invalid.</source>
        <translation>このエビデンスファイルのマニフェスト（kensa-manifest.json）は壊れています。項目 %1 がないか、正しくありません。</translation>
    </message>
    <message>
        <source>This evidence bundle was saved by a newer Kensa (%1) in a format this version does not read. Update Kensa to open it.</source>
        <translation>このエビデンスファイルは新しい Kensa（%1）が、このバージョンでは読み込めない形式で保存したものです。開くには Kensa を更新してください。</translation>
    </message>
    <message>
        <source>The manifest of this evidence bundle names the entry %1, but the archive does not hold it.</source>
        <translation>このエビデンスファイルのマニフェストはエントリー %1 を指定していますが、アーカイブに含まれていません。</translation>
    </message>
</context>
<context>
    <name>kensa::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>レポートの書き出し</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>&amp;HTML report (.html): one file, opens in any browser</source>
        <translation>HTML レポート（.html）：1 つのファイルで、どのブラウザーでも開けます(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;PDF report (.pdf): A4 pages, for attaching and printing</source>
        <translation>PDF レポート（.pdf）：A4 のページで、添付や印刷に向いています(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;JSON report (.json): the complete analysis, for scripts</source>
        <translation>JSON レポート（.json）：解析結果のすべてで、スクリプト向けです(&amp;J)</translation>
    </message>
    <message>
        <source>Contents of the HTML and PDF report</source>
        <translation>HTML と PDF のレポートに含める内容</translation>
    </message>
    <message>
        <source>Include the message &amp;body</source>
        <translation>メール本文を含める(&amp;B)</translation>
    </message>
    <message>
        <source>Off: nothing of the body is in the report, only the analysis of the headers and signatures.</source>
        <translation>オフの場合、本文は一切レポートに含まれず、ヘッダーと署名の解析結果だけが入ります。</translation>
    </message>
    <message>
        <source>&amp;Mask the recipients&apos; addresses (local parts)</source>
        <translation>受信者のアドレスを伏せ字にする（ローカルパート）(&amp;M)</translation>
    </message>
    <message>
        <source>To, Cc, Delivered-To and the recipients named in Received fields show as ***@example.com.</source>
        <translation>To、Cc、Delivered-To と Received ヘッダーに書かれた受信者が ***@example.com のように表示されます。</translation>
    </message>
    <message>
        <source>The JSON report holds the whole analysis as kensa-cli --json writes it; these choices do not apply to it.</source>
        <translation>JSON レポートは kensa-cli --json と同じく解析結果のすべてを含みます。これらの設定は JSON レポートには適用されません。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出す(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>kensa::FindingsModel</name>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>header field name: explanation</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Kensa found no problems while reading this message.</source>
        <translation>このメールの読み込みでは問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>kensa::FindingsView</name>
    <message>
        <source>%1: %2</source>
        <comment>severity: finding</comment>
        <extracomment>A copied finding: severity word, then the finding</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>severity (where): finding</comment>
        <extracomment>A copied finding: severity word, where it is (&quot;line 12&quot;), then the finding</extracomment>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>kensa::HeaderTableModel</name>
    <message>
        <source>Part of this value names a character set Kensa cannot decode; it is shown as written.</source>
        <translation>この値の一部は Kensa がデコードできない文字コードで書かれているため、そのまま表示しています。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value (decoded)</source>
        <translation>値（デコード後）</translation>
    </message>
    <message>
        <source>In your time zone: %1</source>
        <extracomment>Tooltip line under a Date or Received field: %1 its date in the reader&apos;s time zone (&quot;2026-12-05 13:04:05 JST&quot;)</extracomment>
        <translation>お使いのタイムゾーンでの日時：%1</translation>
    </message>
</context>
<context>
    <name>kensa::HeadersView</name>
    <message>
        <source>Filter header fields</source>
        <translation>ヘッダーフィールドを絞り込む</translation>
    </message>
    <message>
        <source>Show raw bytes</source>
        <translation>生のバイト列を表示</translation>
    </message>
    <message>
        <source>Show the selected field exactly as it is in the message, with its line endings, as DKIM and ARC hash it.</source>
        <translation>選択したヘッダーフィールドを、DKIM や ARC がハッシュを計算するとおり、改行コードも含めてメール内のままの形で表示します。</translation>
    </message>
    <message>
        <source>Exact bytes of the selected field (\r\n marks each line ending):</source>
        <translation>選択したヘッダーフィールドの正確なバイト列（\r\n は各行の改行コード）：</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Copies the selected header fields as written in the message (&quot;Name: value&quot;)</extracomment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy value</source>
        <extracomment>Copies the value of the header field under the mouse, decoded as the table shows it</extracomment>
        <translation>値をコピー</translation>
    </message>
    <message>
        <source>Copy all headers</source>
        <extracomment>Copies every header field of the message as written, whatever the filter shows</extracomment>
        <translation>すべてのヘッダーをコピー</translation>
    </message>
</context>
<context>
    <name>kensa::HelpWindow</name>
    <message>
        <source>Kensa Help</source>
        <translation>Kensa ヘルプ</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>ヘルプページ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>kensa::HopsView</name>
    <message>
        <source>Chosen because the receiver recorded this client IP in its Authentication-Results.</source>
        <translation>受信サーバーが Authentication-Results ヘッダーに記録した送信元 IP と一致するため、この中継を選びました。</translation>
    </message>
    <message>
        <source>Chosen as the topmost hop that the recipient&apos;s organisation received from outside it.</source>
        <translation>受信者の組織のサーバーが組織の外から受け取った中継のうち、いちばん上のものを選びました。</translation>
    </message>
    <message>
        <source>Chosen as the topmost hop whose client is outside the receiver&apos;s organisation.</source>
        <translation>受信サーバーの組織の外にある送信元から受け取った中継のうち、いちばん上のものを選びました。</translation>
    </message>
    <message>
        <source>Every client is inside the receiver&apos;s organisation: chosen as the oldest of them, where the message entered its servers.</source>
        <translation>送信元はすべて受信サーバーの組織の内側にあります。そのうち最も古い中継（組織のサーバーにメールが入った地点）を選びました。</translation>
    </message>
    <message>
        <source>%1 (HELO %2)</source>
        <extracomment>%1 is the client&apos;s reverse-DNS name, %2 the name it gave in HELO/EHLO</extracomment>
        <translation>%1（HELO %2）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>seconds, abbreviated</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>minutes and seconds, abbreviated</extracomment>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>hours and minutes, abbreviated</extracomment>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>days and hours, abbreviated</extracomment>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Show the hops as a journey from the sender to the recipient</source>
        <translation>送信者から受信者までの中継を順にたどって表示します</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Show the hops as a table</source>
        <translation>中継を表で表示します</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>受信サーバー</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>信頼</translation>
    </message>
    <message>
        <source>This message has no Received fields: it was not received over SMTP, or only its body was pasted.</source>
        <translation>このメールには Received ヘッダーがありません。SMTP で受信されたものではないか、本文だけが貼り付けられています。</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s); the total delivery time is unknown because a date is missing or unreadable.</source>
        <translation>
            <numerusform>中継 %n 回。日時が欠けているか読み取れないため、配送にかかった時間の合計は不明です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s), delivered in %1 from the first to the last.</source>
        <extracomment>%1 is a duration such as &quot;1 h 2 min&quot;</extracomment>
        <translation>
            <numerusform>中継 %n 回。最初から最後までの配送時間は %1 です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sender (oldest hop)</source>
        <translation>送信者（最も古い中継）</translation>
    </message>
    <message>
        <source>Recipient (newest hop)</source>
        <translation>受信者（最も新しい中継）</translation>
    </message>
    <message>
        <source>delay unknown: a date is missing or unreadable</source>
        <translation>遅延不明：日時が欠けているか読み取れません</translation>
    </message>
    <message>
        <source>%1: dated before the previous hop (clock skew)</source>
        <translation>%1：前の中継より前の日時（時計のずれ）</translation>
    </message>
    <message>
        <source>Hop %1 of %2</source>
        <translation>%1 番目の中継（全 %2 回）</translation>
    </message>
    <message>
        <source>Trusted (added by the receiver)</source>
        <translation>信頼（受信サーバーが追加）</translation>
    </message>
    <message>
        <source>Claimed by the sender</source>
        <translation>送信側の申告</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Both ends of this hop are on a private network, on loopback or inside one host</source>
        <translation>この中継の両端はプライベートネットワーク、ループバック、または同一ホスト内です</translation>
    </message>
    <message>
        <source>Non-public address (%1)</source>
        <extracomment>%1 is an address scope such as &quot;private&quot;, &quot;loopback&quot; or &quot;cgnat&quot;; keep it as is</extracomment>
        <translation>非公開アドレス（%1）</translation>
    </message>
    <message>
        <source>From: not recorded (added inside the receiving host)</source>
        <translation>送信元：記録なし（受信サーバー内で追加）</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>送信元：%1</translation>
    </message>
    <message>
        <source>From: %1 [%2]</source>
        <extracomment>%1 is a host name, %2 its IP address</extracomment>
        <translation>送信元：%1 [%2]</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>受信サーバー：%1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>プロトコル：%1</translation>
    </message>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>暗号化あり（TLS）</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>暗号化あり（%1）</translation>
    </message>
    <message>
        <source>Cipher: %1</source>
        <translation>暗号スイート：%1</translation>
    </message>
    <message>
        <source>The receiver&apos;s SPF and iprev checks are about this connection: %1.</source>
        <translation>受信サーバーの SPF と逆引き（iprev）の検証は、この接続（%1）が対象です。</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>TLS was used</comment>
        <translation>はい</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申告</translation>
    </message>
    <message>
        <source>Dated before the previous hop: one of the two clocks is wrong</source>
        <translation>前の中継より前の日時です。どちらかの時計がずれています</translation>
    </message>
    <message>
        <source>private network</source>
        <translation>プライベートネットワーク</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>ループバック</translation>
    </message>
    <message>
        <source>carrier-grade NAT</source>
        <translation>キャリアグレード NAT</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>リンクローカル</translation>
    </message>
    <message>
        <source>documentation range</source>
        <translation>ドキュメント用アドレス</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>マルチキャスト</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>不正なアドレス</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>Read in part (line %1)</source>
        <extracomment>%1 is the line number of the Received field in the header</extracomment>
        <translation>一部のみ読み取り（%1 行目）</translation>
    </message>
    <message>
        <source>Could not be read (line %1)</source>
        <translation>読み取り不可（%1 行目）</translation>
    </message>
    <message>
        <source>From: the field could not be read</source>
        <translation>送信元：Received ヘッダーを読み取れませんでした</translation>
    </message>
    <message>
        <source>No</source>
        <comment>TLS was not used</comment>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>境界</translation>
    </message>
    <message>
        <source>Boundary: entered the receiver here</source>
        <extracomment>The badge of the boundary hop; &quot;Boundary&quot; is the word the Hops tab and the help use</extracomment>
        <translation>境界：ここで受信サーバーに入りました</translation>
    </message>
    <message>
        <source>The receiver&apos;s servers start at this hop: the hops above it were written before the message reached them</source>
        <translation>受信サーバーはこの中継から始まります。これより上の中継は、メールが受信サーバーに届く前に書かれたものです。</translation>
    </message>
    <message>
        <source>%1, boundary</source>
        <extracomment>The Trusted column of the boundary hop; %1 is &quot;Trusted&quot; or &quot;Claimed&quot;</extracomment>
        <translation>%1、境界</translation>
    </message>
    <message>
        <source>benchmarking range</source>
        <translation>ベンチマーク用アドレス</translation>
    </message>
</context>
<context>
    <name>kensa::HtmlReport</name>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>requirement status</comment>
        <extracomment>A provider requirement is met (badge in the exported report)</extracomment>
        <translation>適合</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>requirement status</comment>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>requirement status</comment>
        <extracomment>Met today but at risk (badge in the exported report)</extracomment>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Can&apos;t tell</source>
        <comment>requirement status</comment>
        <extracomment>One message cannot show it (badge in the exported report)</extracomment>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>N/A</source>
        <comment>requirement status</comment>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Inbox</source>
        <comment>provider verdict</comment>
        <extracomment>Where a provider would most likely deliver the message (exported report)</extracomment>
        <translation>受信トレイ</translation>
    </message>
    <message>
        <source>Spam</source>
        <comment>provider verdict</comment>
        <translation>迷惑メール</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>provider verdict</comment>
        <translation>受信拒否</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <comment>provider verdict</comment>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where a piece of evidence stands: %1 header field name, %2 line number</extracomment>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>evidence sentence (where)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>根拠：</translation>
    </message>
    <message>
        <source>Email authentication report</source>
        <translation>送信ドメイン認証レポート</translation>
    </message>
    <message>
        <source>Analysed %1 UTC</source>
        <extracomment>%1 date and time of the analysis, in UTC</extracomment>
        <translation>解析日時 %1（UTC）</translation>
    </message>
    <message>
        <source>Kensa</source>
        <translation>Kensa</translation>
    </message>
    <message>
        <source>Kensa %1</source>
        <translation>Kensa %1</translation>
    </message>
    <message>
        <source> · </source>
        <comment>report byline</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The message body is not included in this report.</source>
        <translation>このレポートにはメール本文を含めていません。</translation>
    </message>
    <message>
        <source>Recipient addresses are masked (%1).</source>
        <translation>受信者のアドレスは伏せ字（%1）にしています。</translation>
    </message>
    <message>
        <source>The local parts of recipient addresses are masked (%1).</source>
        <translation>受信者のアドレスのローカルパートは伏せ字（%1）にしています。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>, </source>
        <comment>provider list</comment>
        <extracomment>Separator between provider names sharing one verdict (&quot;Gmail, Yahoo&quot;)</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>The receiver&apos;s own decision: %1 (%2).</source>
        <translation>受信サーバー自身の判定は「%1」です（%2）。</translation>
    </message>
    <message>
        <source>No requirement could be judged for this message.</source>
        <translation>このメールについて判定できた要件はありません。</translation>
    </message>
    <message>
        <source>From the authentication alone: %1</source>
        <extracomment>First line under the receiver&apos;s own decision: what the authentication alone suggests</extracomment>
        <translation>送信ドメイン認証だけから見ると：%1</translation>
    </message>
    <message>
        <source>Re-verified now:</source>
        <translation>今回の再検証：</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入力元</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Provider requirements</source>
        <translation>メールサービスの送信者要件</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>✔ pass · ✘ fail · ! warning · ? can&apos;t tell · – not applicable or not stated; (…) applies to bulk senders only; * recommended, not required.</source>
        <translation>✔ 適合・✘ 不適合・! 要注意・? 判定不能・– 対象外または記載なし。（…）は大量送信者のみに適用、* は推奨（必須ではありません）。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>bulk senders only</source>
        <translation>大量送信者のみ</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>送信ドメイン認証</translation>
    </message>
    <message>
        <source>Recorded at delivery and re-verified now</source>
        <translation>配送時の記録と今回の再検証</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Recorded at delivery</source>
        <translation>配送時の記録</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録した受信サーバー</translation>
    </message>
    <message>
        <source>Re-verified by Kensa</source>
        <translation>Kensa による再検証</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>相違あり</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Authentication-Results fields</source>
        <translation>Authentication-Results ヘッダー</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>書いたサーバー</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信頼</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>DKIM signatures</source>
        <translation>DKIM 署名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 ビット</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>シールしたドメイン</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>シール</translation>
    </message>
    <message>
        <source>Message signature</source>
        <translation>署名（AMS）</translation>
    </message>
    <message>
        <source>Results the sealer saw</source>
        <translation>シールしたサーバーが見た結果</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>送信元 IP</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation>DNS ルックアップ</translation>
    </message>
    <message>
        <source>SPF of the header From domain</source>
        <translation>ヘッダーFrom のドメインの SPF</translation>
    </message>
    <message>
        <source>From domain</source>
        <translation>ヘッダーFrom のドメイン</translation>
    </message>
    <message>
        <source>Organisational domain</source>
        <translation>組織ドメイン</translation>
    </message>
    <message>
        <source>%1 (%2 applies)</source>
        <extracomment>%1 the policy tags of the record, %2 the tag that applies to this From domain (&quot;sp&quot;)</extracomment>
        <translation>%1（%2 を適用）</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF のアライメント</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM のアライメント</translation>
    </message>
    <message>
        <source>Under RFC 7489</source>
        <translation>RFC 7489 での結果</translation>
    </message>
    <message>
        <source>Receivers that still follow RFC 7489 take %1 as the organisational domain.</source>
        <translation>RFC 7489 に従う受信サーバーは %1 を組織ドメインとして扱います。</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Reverse DNS (iprev)</source>
        <translation>逆引き（iprev）</translation>
    </message>
    <message>
        <source>PTR names</source>
        <translation>逆引きホスト名（PTR）</translation>
    </message>
    <message>
        <source>Route (Received hops, oldest first)</source>
        <translation>配送経路（Received ヘッダーの中継、古い順）</translation>
    </message>
    <message>
        <source>By</source>
        <translation>受信サーバー</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>宛先 %1</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TLS (%1)</source>
        <translation>TLS（%1）</translation>
    </message>
    <message>
        <source>boundary</source>
        <extracomment>Marks the hop that handed the message to the final receiver (exported report)</extracomment>
        <translation>境界</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>The boundary hop: %1</source>
        <extracomment>%1 is the rule that chose the boundary hop (marked in the table above)</extracomment>
        <translation>境界の中継：%1</translation>
    </message>
    <message>
        <source>Receiver&apos;s verdict</source>
        <translation>受信サーバーの判定</translation>
    </message>
    <message>
        <source>%1 — %2 (line %3, %4)</source>
        <translation>%1 — %2（%3 行目、%4）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>DNS answers used</source>
        <translation>使用した DNS の応答</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Answer code</source>
        <translation>応答コード</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>メール本文</translation>
    </message>
    <message>
        <source>Part %1 (line %2)</source>
        <translation>パート %1（%2 行目）</translation>
    </message>
    <message>
        <source>The rest of the body is left out.</source>
        <translation>本文の残りは省略しています。</translation>
    </message>
    <message>
        <source>Part %1 (line %2), not shown</source>
        <translation>パート %1（%2 行目）：表示していません</translation>
    </message>
    <message>
        <source>Attachment %1 (%2), not shown</source>
        <translation>添付ファイル %1（%2）：表示していません</translation>
    </message>
    <message>
        <source>Email authentication report: %1</source>
        <translation>送信ドメイン認証レポート：%1</translation>
    </message>
</context>
<context>
    <name>kensa::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Paste &amp;Source…</source>
        <translation>ソースを貼り付け(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Paste Message</source>
        <translation>メールを貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Analyse the message source on the clipboard</source>
        <translation>クリップボードにあるメッセージのソースを解析します</translation>
    </message>
    <message>
        <source>Open &amp;Sample Message</source>
        <translation>サンプルのメールを開く(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close Message</source>
        <translation>メールを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Kensa</source>
        <translation>Kensa について(&amp;A)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Raw source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>What Kensa noticed while reading the message</source>
        <translation>メールの読み込み時に Kensa が見つけた所見</translation>
    </message>
    <message>
        <source>Message structure: not available, only the header section was supplied</source>
        <translation>メールの構造：ヘッダー部分のみが入力されたため表示できません</translation>
    </message>
    <message>
        <source>Message structure (MIME)</source>
        <translation>メールの構造（MIME）</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>所見 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Kensa</source>
        <translation>Kensa</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>%1 — Kensa</source>
        <translation>%1 — Kensa</translation>
    </message>
    <message>
        <source>Open Message</source>
        <translation>メールを開く</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the message source first, or use File &gt; Paste Source.</source>
        <translation>クリップボードにテキストがありません。先にメッセージのソースをコピーするか、「ファイル &gt; ソースを貼り付け…」を使ってください。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading the message…</source>
        <translation>メールを読み込んでいます…</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>解析しています…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>送信ドメイン認証</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;DNS…</source>
        <translation>DNS(&amp;D)…</translation>
    </message>
    <message>
        <source>Save &amp;DNS Snapshot…</source>
        <translation>DNS スナップショットを保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save every DNS answer this analysis used, to repeat it later offline</source>
        <translation>この解析で使用したすべての DNS 応答を保存し、後でオフラインで再解析できるようにします</translation>
    </message>
    <message>
        <source>&amp;Repeat Offline with a DNS Snapshot…</source>
        <translation>DNS スナップショットを使ってオフラインで再解析(&amp;R)…</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>DNS settings</source>
        <translation>DNS の設定</translation>
    </message>
    <message>
        <source>Kensa cannot use the DNS settings:</source>
        <translation>DNS の設定を使用できません：</translation>
    </message>
    <message>
        <source>Change them in Settings &gt; DNS.</source>
        <translation>「設定 &gt; DNS…」で変更してください。</translation>
    </message>
    <message>
        <source>Save DNS Snapshot</source>
        <translation>DNS スナップショットを保存</translation>
    </message>
    <message>
        <source>DNS snapshots (*.zone)</source>
        <translation>DNS スナップショット (*.zone)</translation>
    </message>
    <message>
        <source>The snapshot could not be written to %1: %2</source>
        <translation>スナップショットを %1 に書き込めませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n DNS answer(s) to %1.</source>
        <translation>
            <numerusform>DNS 応答 %n 件を %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat Offline with a DNS Snapshot</source>
        <translation>DNS スナップショットを使ってオフラインで再解析</translation>
    </message>
    <message>
        <source>DNS snapshots and zone files (*.zone *.txt);;All files (*)</source>
        <translation>DNS スナップショットとゾーンファイル (*.zone *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <extracomment>Status bar: the DNS the next analysis uses (%1: offline with zone files, servers, the system resolver)</extracomment>
        <translation>DNS：%1</translation>
    </message>
    <message>
        <source>For this message only; the DNS settings apply to the next one you open.</source>
        <translation>このメールにのみ適用されます。次に開くメールには DNS の設定が使われます。</translation>
    </message>
    <message>
        <source>Change in Settings &gt; DNS.</source>
        <translation>「設定 &gt; DNS…」で変更できます。</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>配送経路</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message numerus="yes">
        <source>Analysing… %1 of %n DNS answer(s) received</source>
        <extracomment>The status bar while an analysis waits for DNS; %n questions were asked so far</extracomment>
        <translation>
            <numerusform>解析しています…（DNS の応答 %n 件中 %1 件を受信済み）</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiver&apos;s verdict</source>
        <extracomment>Tab listing every spam-verdict field the receiving servers wrote, decoded</extracomment>
        <translation>受信サーバーの判定</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>ファイル %n 個を読み込んでいます…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1 again</source>
        <translation>%1 をもう一度開きます。</translation>
    </message>
    <message>
        <source>The files you open are listed here</source>
        <translation>開いたファイルがここに表示されます。</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目次(&amp;C)</translation>
    </message>
    <message>
        <source>Show the help: what each tab shows, and how to get a message&apos;s source</source>
        <translation>ヘルプを表示します。各タブの内容と、メッセージのソースの取り出し方を説明します。</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>次のタブ</translation>
    </message>
    <message>
        <source>Show the next tab</source>
        <translation>次のタブを表示します。</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>前のタブ</translation>
    </message>
    <message>
        <source>Show the previous tab</source>
        <translation>前のタブを表示します。</translation>
    </message>
    <message>
        <source>Open a message, an Outlook .msg file or a mailbox file</source>
        <translation>メール、Outlook の .msg ファイル、またはメールボックスファイルを開きます。</translation>
    </message>
    <message>
        <source>Paste or type the source of a message, and check it before it is analysed</source>
        <translation>メッセージのソースを貼り付けるか入力し、解析の前に確かめます。</translation>
    </message>
    <message>
        <source>Open a sample newsletter that Kensa checks offline</source>
        <translation>Kensa がオフラインで確認できる、サンプルのメルマガを開きます。</translation>
    </message>
    <message>
        <source>Close the message and return to the start page</source>
        <translation>メールを閉じて、最初の画面に戻ります。</translation>
    </message>
    <message>
        <source>Quit Kensa</source>
        <translation>Kensa を終了します。</translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation>最近使ったファイルの一覧を消去します。</translation>
    </message>
    <message>
        <source>The version of Kensa and the libraries it is built with</source>
        <translation>Kensa のバージョンと、使用しているライブラリを表示します。</translation>
    </message>
    <message>
        <source>Choose the DNS servers, or check offline with zone files</source>
        <translation>DNS サーバーを選ぶか、ゾーンファイルを使ってオフラインで確認するかを設定します。</translation>
    </message>
    <message>
        <source>Analyse the message again with the DNS answers of a saved snapshot, without asking DNS</source>
        <translation>保存した DNS スナップショットの応答を使い、DNS に問い合わせずにメールを再解析します。</translation>
    </message>
    <message>
        <source>Show Kensa in %1</source>
        <translation>Kensa を %1 で表示します。</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>解析結果</translation>
    </message>
    <message>
        <source>Requirements by mailbox provider</source>
        <translation>メールサービスごとの確認項目</translation>
    </message>
    <message>
        <source>Detail of the selected requirement</source>
        <translation>選択した確認項目の詳細</translation>
    </message>
    <message>
        <source>ARC sets of the message</source>
        <translation>このメールの ARC セット</translation>
    </message>
    <message>
        <source>Spam-verdict fields of the receiving servers</source>
        <translation>受信サーバーが書き込んだ迷惑メール判定のヘッダー</translation>
    </message>
    <message>
        <source>Meaning of the selected field, token or rule</source>
        <translation>選択したヘッダー、トークン、ルールの意味</translation>
    </message>
    <message>
        <source>Text of the selected field as written</source>
        <translation>選択したヘッダーの元のテキスト</translation>
    </message>
    <message>
        <source>Hops as a table</source>
        <translation>中継の表</translation>
    </message>
    <message>
        <source>Filter the header fields</source>
        <translation>ヘッダーの絞り込み</translation>
    </message>
    <message>
        <source>Header fields</source>
        <translation>ヘッダーの一覧</translation>
    </message>
    <message>
        <source>Exact bytes of the selected header field</source>
        <translation>選択したヘッダーのバイト列</translation>
    </message>
    <message>
        <source>Message source with line numbers</source>
        <translation>行番号付きのメッセージのソース</translation>
    </message>
    <message>
        <source>Methods and results recorded in this field</source>
        <translation>このヘッダーに記録された認証方式と結果</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the report as HTML, PDF or JSON</source>
        <translation>レポートを HTML、PDF、JSON で保存します</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Exported the report to %1.</source>
        <translation>レポートを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>Print the report of this message</source>
        <translation>このメールのレポートを印刷します</translation>
    </message>
    <message>
        <source>Analysed at %1 with DNS: %2</source>
        <extracomment>Status bar: when the result on screen was computed (%1, local time) and with which DNS (%2)</extracomment>
        <translation>分析日時：%1、DNS：%2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Re-analyse</source>
        <translation>再分析(&amp;R)</translation>
    </message>
    <message>
        <source>Analyse the message again with the current DNS settings (%1)</source>
        <translation>現在の DNS 設定でメールをもう一度分析します（%1）</translation>
    </message>
    <message>
        <source>&amp;Cancel Analysis</source>
        <translation>分析を中止(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running analysis (%1)</source>
        <translation>実行中の分析を中止します（%1）</translation>
    </message>
    <message>
        <source>Analysis cancelled. Press %1 to analyse the message again.</source>
        <translation>分析を中止しました。もう一度分析するには %1 を押してください。</translation>
    </message>
    <message>
        <source>DNS settings changed: analysing the message again…</source>
        <translation>DNS 設定を変更しました。メールをもう一度分析しています…</translation>
    </message>
    <message numerus="yes">
        <source>offline, %n zone file(s)</source>
        <translation>
            <numerusform>オフライン（ゾーンファイル %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>offline, no zone file</source>
        <translation>オフライン（ゾーンファイルなし）</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>システムのリゾルバー</translation>
    </message>
    <message>
        <source>Show or hide the summary for the customer beside the tabs (%1)</source>
        <translation>お客様向けの要約をタブの横に表示するか、隠します（%1）</translation>
    </message>
    <message>
        <source>Messages and mailboxes (*.eml *.msg *.mbox *.mbx *.txt *.kensa);;Email messages (*.eml);;Outlook messages (*.msg);;Mailboxes (*.mbox *.mbx);;Message source saved as text (*.txt);;Kensa evidence bundles (*.kensa)</source>
        <extracomment>File dialog filters: the patterns in parentheses must stay as they are.</extracomment>
        <translation>メールとメールボックス (*.eml *.msg *.mbox *.mbx *.txt *.kensa);;メール (*.eml);;Outlook のメール (*.msg);;メールボックス (*.mbox *.mbx);;テキストとして保存したメッセージのソース (*.txt);;Kensa のエビデンスファイル (*.kensa)</translation>
    </message>
</context>
<context>
    <name>kensa::MimeTreeView</name>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n パート</numerusform>
        </translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>コンテンツタイプ</translation>
    </message>
    <message>
        <source>Charset</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Transfer encoding</source>
        <translation>転送エンコーディング</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
</context>
<context>
    <name>kensa::PasteDialog</name>
    <message>
        <source>Paste Message Source</source>
        <translation>メッセージのソースを貼り付け</translation>
    </message>
    <message>
        <source>Paste the whole message source here: Gmail &quot;Show original&quot;, Outlook &quot;View message source&quot;, Yahoo &quot;View raw message&quot; or Apple Mail &quot;Raw Source&quot;. The page text around the message is removed automatically. The header section alone is enough for most checks.</source>
        <translation>メッセージのソース全体をここに貼り付けてください。次のどの画面からでも使えます：
Gmail「メッセージのソースを表示」、Outlook「メッセージのソースを表示」、
Yahoo（米国）「View raw message」、Apple メール「ソースを表示」
メールの前後にある画面上の文字は自動的に取り除かれます。ほとんどの確認項目はヘッダー部分だけでも判定できます。</translation>
    </message>
    <message>
        <source>Received: from mail.example.com …
DKIM-Signature: v=1; a=rsa-sha256; …
From: …</source>
        <translation>Received: from mail.example.com …
DKIM-Signature: v=1; a=rsa-sha256; …
From: …</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>メッセージのソース</translation>
    </message>
</context>
<context>
    <name>kensa::RawSourceView</name>
    <message numerus="yes">
        <source>[line cut for display: %n byte(s) in all]</source>
        <translation>
            <numerusform>［表示のため行を省略：全体で %n バイト］</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[the rest of the message is not shown: %n byte(s)]</source>
        <translation>
            <numerusform>［メールの残り %n バイトは表示していません］</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::ReceiverCard</name>
    <message>
        <source>All fields…</source>
        <extracomment>Button on the receiver&apos;s verdict card: show the tab with every decoded field</extracomment>
        <translation>すべてのヘッダー…</translation>
    </message>
    <message>
        <source>Show every verdict field with its decoded values and raw text</source>
        <translation>迷惑メール判定のヘッダーをすべて、値の意味と原文付きで表示します</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <extracomment>Two sentences in a row; Japanese joins them without a space</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Receiver&apos;s verdict: %1</source>
        <extracomment>Title of the receiver&apos;s verdict card; %1 is the receiver (&quot;Microsoft 365 / Outlook.com&quot;)</extracomment>
        <translation>受信サーバーの判定：%1</translation>
    </message>
    <message>
        <source>Rules that weighed most: %1.</source>
        <translation>重みの大きいルール：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field, verdict</comment>
        <extracomment>A field and its verdict word in a list (&quot;X-Spam-Status: Tagged as spam&quot;)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>field list</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n more field(s) from an earlier hop are only claims.</source>
        <translation>
            <numerusform>ほかに前の中継が書いたヘッダーが %n 件ありますが、申告にすぎません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims only</source>
        <extracomment>Badge of the receiver&apos;s verdict card when only an earlier hop&apos;s fields exist</extracomment>
        <translation>申告のみ</translation>
    </message>
    <message>
        <source>Receiver&apos;s verdict: the receiving server wrote no verdict field</source>
        <translation>受信サーバーの判定：受信サーバーは判定のヘッダーを書いていません</translation>
    </message>
    <message>
        <source>Rules that weighed most in the claim: %1.</source>
        <translation>申告の中で重みの大きいルール：%1。</translation>
    </message>
    <message>
        <source>These fields were written before the message reached the receiving server: they are claims from an earlier hop and say nothing certain about where the receiver put the message.</source>
        <translation>これらのヘッダーは受信サーバーに届く前に書かれたもので、前の中継による申告です。受信サーバーがこのメールをどこに入れたかは、ここからは分かりません。</translation>
    </message>
    <message>
        <source>From %1 (line %2), written by the receiving server itself: its own decision.</source>
        <translation>%1 ヘッダー（%2 行目）によります。受信サーバー自身が書いたもので、受信サーバー自身の判定です。</translation>
    </message>
    <message>
        <source>Also: %1.</source>
        <translation>ほかの判定ヘッダー：%1。</translation>
    </message>
</context>
<context>
    <name>kensa::ReceiverText</name>
    <message>
        <source>Inbox</source>
        <comment>receiver verdict</comment>
        <extracomment>The receiver delivered the message to the inbox (badge of the receiver&apos;s verdict)</extracomment>
        <translation>受信トレイ</translation>
    </message>
    <message>
        <source>Junk folder</source>
        <comment>receiver verdict</comment>
        <extracomment>The receiver delivered the message to the junk / spam folder (badge)</extracomment>
        <translation>迷惑メールフォルダー</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <comment>receiver verdict</comment>
        <extracomment>The receiver held the message in quarantine (badge)</extracomment>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>receiver verdict</comment>
        <extracomment>The receiver refused the message (badge)</extracomment>
        <translation>受信拒否</translation>
    </message>
    <message>
        <source>Tagged as spam</source>
        <comment>receiver verdict</comment>
        <extracomment>The receiver marked the message as spam (subject tag, X-Spam-Flag) and left the folder to the mailbox (badge)</extracomment>
        <translation>迷惑メールの印</translation>
    </message>
    <message>
        <source>No verdict</source>
        <comment>receiver verdict</comment>
        <extracomment>The field says the filter made no decision (skipped, switched off) (badge)</extracomment>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>Not stated</source>
        <comment>receiver verdict</comment>
        <extracomment>The field names no decision (badge)</extracomment>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>A field written before the message reached the receiving server (%1, an earlier hop) claims &quot;%2&quot;; it is not the receiver&apos;s decision.</source>
        <extracomment>%1: a field name (X-Spam-Status), %2: the verdict word it claims (&quot;Junk folder&quot;)</extracomment>
        <translation>受信サーバーに届く前（前の中継）に書かれたヘッダー（%1）が「%2」と申告しています。受信サーバーの判定ではありません。</translation>
    </message>
    <message>
        <source>%1 delivered this message to the inbox.</source>
        <translation>%1 はこのメールを受信トレイに配送しました。</translation>
    </message>
    <message>
        <source>%1 put this message in the junk folder.</source>
        <translation>%1 はこのメールを迷惑メールフォルダーに入れました。</translation>
    </message>
    <message>
        <source>%1 held this message in quarantine.</source>
        <translation>%1 はこのメールを隔離しました。</translation>
    </message>
    <message>
        <source>%1 refused this message.</source>
        <translation>%1 はこのメールを受信拒否しました。</translation>
    </message>
    <message>
        <source>%1 marked this message as spam; which folder it lands in is up to the mailbox.</source>
        <translation>%1 はこのメールに迷惑メールの印を付けました。どのフォルダーに入るかはメールボックス側の設定で決まります。</translation>
    </message>
    <message>
        <source>%1 says its filter made no spam decision for this message.</source>
        <translation>%1 のフィルターは、このメールについて迷惑メールの判定をしていません。</translation>
    </message>
    <message>
        <source>%1 wrote this field, but it names no decision.</source>
        <translation>%1 はこのヘッダーを書きましたが、判定は記載されていません。</translation>
    </message>
    <message>
        <source>Score %1 against a threshold of %2.</source>
        <translation>スコアは %1 で、しきい値は %2 です。</translation>
    </message>
    <message>
        <source>Score %1; the field gives no threshold.</source>
        <translation>スコアは %1 です（しきい値の記載はありません）。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>score / threshold</comment>
        <extracomment>Score against threshold in a table cell (&quot;7.2 / 5&quot;)</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Receiving server (trusted)</source>
        <extracomment>Who wrote the verdict field: the final receiving server (trusted) or a server before it (a claim)</extracomment>
        <translation>受信サーバー（信頼）</translation>
    </message>
    <message>
        <source>Claim (earlier hop)</source>
        <translation>申告（前の中継）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule name, weight</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>rule list</comment>
        <extracomment>Separator between rule names</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>kensa::ReceiverView</name>
    <message>
        <source>Field, token or rule</source>
        <translation>ヘッダー・項目・ルール</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Source of the meaning:</source>
        <translation>意味の出典：</translation>
    </message>
    <message>
        <source>Copy address</source>
        <extracomment>Copies the documentation address to the clipboard (Kensa never opens it)</extracomment>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <source>Copy the address of the vendor&apos;s documentation page; Kensa does not open it</source>
        <translation>提供元の説明ページのアドレスをコピーします。Kensa はこのページを開きません。</translation>
    </message>
    <message>
        <source>Open a message to see what the receiving server wrote about its own spam decision.</source>
        <translation>メールを開くと、受信サーバーが自身の迷惑メール判定について書いた内容を表示します。</translation>
    </message>
    <message>
        <source>Kensa has not read the receiver&apos;s verdict fields of this message.</source>
        <translation>このメールの受信サーバーの判定ヘッダーは、まだ読み取っていません。</translation>
    </message>
    <message>
        <source>The receiving server wrote no spam-verdict field that Kensa knows (such as X-Forefront-Antispam-Report, X-Spam-Status or X-Spamd-Result). Where it put the message cannot be read from the message itself.</source>
        <translation>受信サーバーは、Kensa が知っている迷惑メール判定のヘッダー（X-Forefront-Antispam-Report、X-Spam-Status、X-Spamd-Result など）を書いていません。どのフォルダーに入れたかは、メール自体からは分かりません。</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict field(s) in this message.</source>
        <translation>
            <numerusform>このメールには迷惑メール判定のヘッダーが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>None was written by the receiving server: they are all claims from an earlier hop.</source>
        <translation>受信サーバーが書いたものはなく、すべて前の中継による申告です。</translation>
    </message>
    <message>
        <source>%1 written by the receiving server itself (trusted), %2 only claimed by an earlier hop.</source>
        <translation>受信サーバー自身が書いたもの（信頼）が %1 件、前の中継による申告が %2 件です。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <extracomment>Two sentences in a row; Japanese joins them without a space</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>verdict, score</comment>
        <extracomment>Verdict word and score in the tree (&quot;Junk folder, 5 / 5&quot;)</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label, meaning</comment>
        <extracomment>A token&apos;s label, then what its value means (&quot;Spam confidence level: spam, ...&quot;)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <extracomment>The tree&apos;s node holding a filter&apos;s rules or symbols</extracomment>
        <translation>ルール（%1）</translation>
    </message>
    <message>
        <source>Rules the filter reports, with their weights</source>
        <translation>フィルターが報告したルールと重み</translation>
    </message>
    <message>
        <source>%1 {%2}</source>
        <comment>weight, options</comment>
        <translation>%1 {%2}</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Detail title: a token of a field (&quot;SCL in X-Forefront-Antispam-Report&quot;)</extracomment>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>項目の説明</translation>
    </message>
    <message>
        <source>Undocumented: the vendor publishes no meaning for this value. Kensa shows it as written and does not guess.</source>
        <translation>意味は未公開です。提供元がこの値の意味を公開していないため、Kensa は推測せずにそのまま表示します。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Undocumented: the vendor publishes no meaning for this rule. Kensa shows it as written and does not guess.</source>
        <translation>意味は未公開です。提供元がこのルールの意味を公開していないため、Kensa は推測せずにそのまま表示します。</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>受信サーバー</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>書いたサーバー</translation>
    </message>
    <message>
        <source>The receiving server itself, when the message arrived (trusted): its own decision.</source>
        <translation>受信サーバー自身が配送時に書いたもの（信頼）で、受信サーバー自身の判定です。</translation>
    </message>
    <message>
        <source>A server before the receiving server (an earlier hop): a claim, not the receiver&apos;s decision.</source>
        <translation>受信サーバーより前のサーバー（前の中継）が書いたもので、申告です。受信サーバーの判定ではありません。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>What the field is</source>
        <translation>ヘッダーの説明</translation>
    </message>
    <message>
        <source>Rules that weighed most</source>
        <translation>重みの大きいルール</translation>
    </message>
    <message>
        <source>Undocumented</source>
        <translation>意味が未公開の項目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>補足</translation>
    </message>
    <message>
        <source>No documentation page is known for this.</source>
        <translation>説明ページは分かっていません。</translation>
    </message>
    <message>
        <source>Raw field as written (line %1):</source>
        <extracomment>Label above the raw text of the field</extracomment>
        <translation>ヘッダーの原文（%1 行目）：</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · line %5</source>
        <extracomment>The tree&apos;s row of a field: field, verdict and score, who wrote it, receiver, line (&quot;X-Spam-Status · Tagged as spam, 7.2 / 5 · Receiving server (trusted) · SpamAssassin · line 14&quot;)</extracomment>
        <translation>%1 · %2 · %3 · %4 · %5 行目</translation>
    </message>
    <message>
        <source>%1: undocumented value (shown as written)</source>
        <translation>%1：値の意味は未公開（そのまま表示）</translation>
    </message>
    <message>
        <source>Undocumented (shown as written)</source>
        <comment>token</comment>
        <translation>意味は未公開（そのまま表示）</translation>
    </message>
    <message>
        <source>Undocumented (shown as written)</source>
        <comment>rule</comment>
        <translation>意味は未公開（そのまま表示）</translation>
    </message>
    <message>
        <source>All of them were written by the receiving server itself (trusted).</source>
        <translation>すべて受信サーバー自身が書いたもの（信頼）です。</translation>
    </message>
</context>
<context>
    <name>kensa::ReportExport</name>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML ファイル (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートの書き出し</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>レポートを %1 に書き出せませんでした：%2</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>レポートの印刷</translation>
    </message>
    <message>
        <source>The report could not be sent to the printer.</source>
        <translation>レポートをプリンターに送れませんでした。</translation>
    </message>
</context>
<context>
    <name>kensa::ReportPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>The PDF could not be laid out.</source>
        <translation>PDF のページを組めませんでした。</translation>
    </message>
</context>
<context>
    <name>kensa::RequirementDetail</name>
    <message>
        <source>Required of every sender</source>
        <translation>すべての送信者に必須</translation>
    </message>
    <message>
        <source>Required of bulk senders (5,000 or more messages a day)</source>
        <translation>大量送信者（1 日 5,000 通以上）に必須</translation>
    </message>
    <message>
        <source>Recommended (a guideline, not a requirement)</source>
        <translation>推奨（必須ではなくガイドライン）</translation>
    </message>
    <message>
        <source>Not stated by this provider</source>
        <translation>このメールサービスは定めていません</translation>
    </message>
    <message>
        <source>Was required, since withdrawn</source>
        <translation>以前は必須でしたが、現在は取り下げられています</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>result word, RFC 8601 token</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the receiver</source>
        <translation>受信側</translation>
    </message>
    <message>
        <source>DKIM d=%1 s=%2</source>
        <extracomment>A DKIM signature named by its domain and selector (RFC 6376 d= and s=)</extracomment>
        <translation>DKIM d=%1 s=%2</translation>
    </message>
    <message>
        <source>Recorded at delivery and verified again now</source>
        <translation>配送時の記録と現在の再検証</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録した受信サーバー</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>配送時の記録</translation>
    </message>
    <message>
        <source>Kensa now</source>
        <translation>Kensa の再検証</translation>
    </message>
    <message>
        <source>DNS answers are today&apos;s, not those at delivery: a key rotated since then changes the result.</source>
        <translation>DNS の応答は配送時ではなく現在のものです。その後に鍵が更新（ローテーション）されていると、結果が変わります。</translation>
    </message>
    <message>
        <source>Select a cell of the checklist to see what was checked, the provider&apos;s rule, the evidence in the message and how to fix it.</source>
        <translation>チェックリストのセルを選ぶと、確認した内容、そのメールサービスの要件、メール内の根拠、対処方法を表示します。</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>確認する内容</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>適用開始</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Label before what the provider says about this rule in particular</extracomment>
        <translation>補足</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <extracomment>After a source&apos;s title: the date of the page version the table was checked against</extracomment>
        <translation>（%1 時点）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>This rule is for bulk senders. It is evaluated, but it counts only when you mark the sender as a bulk sender.</source>
        <translation>大量送信者向けの要件です。判定は行いますが、送信者を大量送信者に指定した場合にのみ評価に含めます。</translation>
    </message>
    <message>
        <source>This rule is for subscribed or marketing mail; the message is not treated as such.</source>
        <translation>広告・メルマガ向けの要件です。このメールは広告・メルマガとして扱っていません。</translation>
    </message>
    <message>
        <source>This rule is for mail that went through a forwarder or a mailing list; this message did not.</source>
        <translation>転送サーバーやメーリングリストを経由したメール向けの要件です。このメールは経由していません。</translation>
    </message>
    <message>
        <source>This rule does not apply to this sender as the switches describe it.</source>
        <translation>「送信者について」の設定では、この送信者にこの要件は適用されません。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>適用範囲</translation>
    </message>
    <message>
        <source>Evidence in the message</source>
        <translation>メール内の根拠</translation>
    </message>
    <message>
        <source>(%1: show in the source)</source>
        <comment>evidence location</comment>
        <translation>（%1：ソースで表示）</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Why it cannot be verified</source>
        <translation>判定できない理由</translation>
    </message>
    <message>
        <source>No fix is suggested, because it would assume DNS data that Kensa could not get. %1</source>
        <extracomment>%1 says why Kensa&apos;s DNS answers cannot be relied on and what to do</extracomment>
        <translation>Kensa が取得できなかった DNS のデータを前提とすることになるため、対処方法は示しません。%1</translation>
    </message>
    <message>
        <source>No fix is suggested, because it would assume DNS data that Kensa could not get: a lookup failed or timed out, Kensa works offline without that record, or its answer disagrees with what the receiver recorded at delivery. Check Settings &gt; DNS, then choose View &gt; Re-analyse (%1).</source>
        <translation>Kensa が取得できなかった DNS のデータを前提とすることになるため、対処方法は示しません。DNS の問い合わせが失敗したかタイムアウトしたか、Kensa がそのレコードなしにオフラインで分析したか、DNS の応答が配送時に受信サーバーが記録した内容と食い違っています。「設定 &gt; DNS…」を確かめてから、「表示 &gt; 再分析」（%1）を選んでください。</translation>
    </message>
    <message>
        <source>Kensa is still waiting for the DNS answers this check needs, so it suggests no fix yet.</source>
        <translation>この確認項目に必要な DNS の応答を待っているため、まだ対処方法は示しません。</translation>
    </message>
</context>
<context>
    <name>kensa::SpfCard</name>
    <message>
        <source>SPF for the HELO name %1, sent from %2</source>
        <translation>HELO 名 %1 の SPF（送信元 %2）</translation>
    </message>
    <message>
        <source>SPF for %1, sent from %2</source>
        <translation>%1 の SPF（送信元 %2）</translation>
    </message>
    <message>
        <source>Re-evaluated now: %1</source>
        <translation>今回の再評価：%1</translation>
    </message>
    <message>
        <source>The domain&apos;s explanation (exp=): %1</source>
        <translation>ドメインによる説明（exp=）：%1</translation>
    </message>
    <message>
        <source>Envelope sender (MAIL FROM): %1</source>
        <translation>エンベロープFrom（MAIL FROM）：%1</translation>
    </message>
    <message>
        <source>empty (a bounce), so the HELO name is checked</source>
        <translation>空（バウンス、つまりエラーメール）のため、HELO 名を検証</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>レコード：%1</translation>
    </message>
    <message>
        <source>DNS lookups counted: %1 of 10; void lookups (no records in the answer): %2 of 2</source>
        <translation>DNS ルックアップ：%1 回（上限 10 回）、結果が空のルックアップ（void lookup）：%2 回（上限 2 回）</translation>
    </message>
</context>
<context>
    <name>kensa::StatusStyle</name>
    <message>
        <source>Pass</source>
        <comment>authentication result</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>authentication result</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Soft fail</source>
        <comment>authentication result</comment>
        <translation>ソフトフェイル</translation>
    </message>
    <message>
        <source>Neutral</source>
        <comment>authentication result</comment>
        <translation>中立</translation>
    </message>
    <message>
        <source>None</source>
        <comment>authentication result</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Policy</source>
        <comment>authentication result</comment>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Temporary error</source>
        <comment>authentication result</comment>
        <translation>一時エラー</translation>
    </message>
    <message>
        <source>Permanent error</source>
        <comment>authentication result</comment>
        <translation>恒久エラー</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <comment>authentication result</comment>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>requirement status</comment>
        <extracomment>A provider requirement is met (checklist cell)</extracomment>
        <translation>適合</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>requirement status</comment>
        <extracomment>A provider requirement is not met (checklist cell)</extracomment>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>requirement status</comment>
        <extracomment>Met today but at risk, e.g. a 1024-bit key or p=none (checklist cell)</extracomment>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Can&apos;t tell</source>
        <comment>requirement status</comment>
        <extracomment>One message cannot show it, e.g. the spam rate (checklist cell)</extracomment>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>N/A</source>
        <comment>requirement status</comment>
        <extracomment>The provider does not state this requirement (checklist cell)</extracomment>
        <translation>対象外</translation>
    </message>
</context>
<context>
    <name>kensa::SummaryCard</name>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Headers only</source>
        <translation>ヘッダーのみ</translation>
    </message>
    <message>
        <source>Only the header section was supplied; checks that need the body will say that they cannot be verified.</source>
        <translation>ヘッダー部分のみが入力されました。本文が必要な確認項目は「検証できません」と表示されます。</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>missing header field</comment>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>(empty subject)</source>
        <translation>（空の件名）</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>%1 (Cc: %2)</source>
        <translation>%1 (Cc: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n header field(s))</source>
        <translation>
            <numerusform>%1（ヘッダーフィールド %n 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>message %1 of the mailbox</source>
        <translation>メールボックス内の %1 通目</translation>
    </message>
    <message>
        <source>page text of %1 removed</source>
        <translation>%1 の画面上の文字を除去</translation>
    </message>
    <message>
        <source>line endings normalised to CRLF</source>
        <translation>改行コードを CRLF に統一</translation>
    </message>
    <message>
        <source>Outlook .msg: its Internet headers only</source>
        <translation>Outlook .msg：インターネットヘッダーのみ</translation>
    </message>
    <message>
        <source>Outlook .msg: its Internet headers and signed body</source>
        <translation>Outlook .msg：インターネットヘッダーと署名付きの本文</translation>
    </message>
    <message>
        <source>Show the summary on one line</source>
        <translation>概要を 1 行で表示します</translation>
    </message>
    <message>
        <source>Show every field of the summary</source>
        <translation>概要のすべての項目を表示します</translation>
    </message>
    <message>
        <source>From: %1
Date: %2</source>
        <translation>差出人：%1
日時：%2</translation>
    </message>
</context>
<context>
    <name>kensa::SummaryPanel</name>
    <message>
        <source>Summary for the customer</source>
        <extracomment>Title of the panel with the answer a helpdesk sends about the open message</extracomment>
        <translation>お客様向けの要約</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>&amp;Language of the summary:</source>
        <translation>要約の言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Same as the program</source>
        <translation>プログラムと同じ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the summary and its technical details as plain text</source>
        <translation>要約と技術情報をプレーンテキストとしてコピーします</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown としてコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the summary and its technical details as Markdown</source>
        <translation>要約と技術情報を Markdown としてコピーします</translation>
    </message>
    <message>
        <source>DNS answer used by the analysis:</source>
        <translation>分析に使った DNS の応答：</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Open a message to see the most likely reason for how it was treated, in words you can send to the customer.</source>
        <translation>メールを開くと、そのメールがどのように扱われたか、最も可能性の高い原因を、お客様にそのまま送れる言葉で表示します。</translation>
    </message>
</context>
<context>
    <name>kensa::TextReport</name>
    <message>
        <source>record</source>
        <comment>SPF trace step</comment>
        <translation>レコード</translation>
    </message>
    <message>
        <source>term</source>
        <comment>SPF trace step</comment>
        <translation>項目</translation>
    </message>
    <message>
        <source>lookup</source>
        <comment>SPF trace step</comment>
        <translation>ルックアップ</translation>
    </message>
    <message>
        <source>match</source>
        <comment>SPF trace step</comment>
        <translation>一致</translation>
    </message>
    <message>
        <source>result</source>
        <comment>SPF trace step</comment>
        <translation>結果</translation>
    </message>
    <message>
        <source>note</source>
        <comment>SPF trace step</comment>
        <translation>注記</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>SPF trace step</comment>
        <extracomment>%1 the step (&quot;note&quot;), %2 its sentence, %3 the name it is about</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>SPF trace step</comment>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <comment>SPF trace step</comment>
        <extracomment>%1 the step (&quot;result&quot;), %2 the result word, %3 why</extracomment>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>SPF trace step</comment>
        <extracomment>%1 the step, %2 the term or query, %3 what it gave</extracomment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>the receiver recorded this client IP in its Authentication-Results.</source>
        <translation>受信サーバーが Authentication-Results ヘッダーにこの送信元 IP を記録しています。</translation>
    </message>
    <message>
        <source>the topmost hop received by the recipient&apos;s organisation from outside it.</source>
        <translation>受信者の組織が組織の外から受け取った中継のうち、いちばん上のものです。</translation>
    </message>
    <message>
        <source>the topmost hop whose client is outside the receiver&apos;s organisation.</source>
        <translation>送信元が受信サーバーの組織の外にある中継のうち、いちばん上のものです。</translation>
    </message>
    <message>
        <source>every client is inside the receiver&apos;s organisation; the oldest of them.</source>
        <translation>送信元はすべて受信サーバーの組織の内側にあり、そのうち最も古い中継です。</translation>
    </message>
    <message>
        <source>Boundary (=&gt;): %1</source>
        <extracomment>&quot;=&gt;&quot; marks the boundary hop in the list above; %1 is the rule that chose it.</extracomment>
        <translation>境界（=&gt;）：%1</translation>
    </message>
    <message>
        <source>Gmail &quot;Show original&quot;</source>
        <translation>Gmail「メッセージのソースを表示」</translation>
    </message>
    <message>
        <source>Outlook &quot;View message source&quot;</source>
        <translation>Outlook「メッセージのソースを表示」</translation>
    </message>
    <message>
        <source>Yahoo Mail &quot;View raw message&quot;</source>
        <translation>Yahoo（米国）「View raw message」</translation>
    </message>
    <message>
        <source>Apple Mail &quot;Raw Source&quot;</source>
        <translation>Apple メール「ソースを表示」</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation>%1 の %2 通目</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>メール：%1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>差出人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日時：</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID:</translation>
    </message>
    <message>
        <source>Return-Path:</source>
        <translation>Return-Path:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ：</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s)</source>
        <translation>
            <numerusform>ヘッダーフィールド %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Headers only: no message body was supplied.</source>
        <translation>ヘッダーのみ：メール本文は入力されていません。</translation>
    </message>
    <message>
        <source>Removed the %1 page text around the message.</source>
        <translation>メールの前後にある %1 の画面上の文字を取り除きました。</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>所見：</translation>
    </message>
    <message>
        <source>DKIM signatures:</source>
        <translation>DKIM 署名：</translation>
    </message>
    <message>
        <source>The message has no DKIM signature.</source>
        <translation>このメールには DKIM 署名がありません。</translation>
    </message>
    <message>
        <source>%1. d=%2 s=%3 %4: %5</source>
        <translation>%1. d=%2 s=%3 %4: %5</translation>
    </message>
    <message>
        <source>Authentication-Results:</source>
        <translation>Authentication-Results（受信サーバーの認証結果）：</translation>
    </message>
    <message>
        <source>(no authserv-id)</source>
        <translation>（authserv-id なし）</translation>
    </message>
    <message>
        <source>ARC i=%1</source>
        <translation>ARC i=%1</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>信頼</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>申告</translation>
    </message>
    <message>
        <source>line %1, %2 [%3]: %4</source>
        <translation>%1 行目、%2［%3］：%4</translation>
    </message>
    <message>
        <source>(%1 recorded: %2)</source>
        <translation>（%1 の記録：%2）</translation>
    </message>
    <message>
        <source>(recorded at delivery: %1)</source>
        <translation>（配送時の記録：%1）</translation>
    </message>
    <message>
        <source>DMARC:</source>
        <translation>DMARC:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no From domain)</source>
        <translation>（ヘッダーFrom のドメインなし）</translation>
    </message>
    <message>
        <source>Record at _dmarc.%1: %2</source>
        <translation>_dmarc.%1 のレコード：%2</translation>
    </message>
    <message>
        <source>SPF:</source>
        <translation>SPF:</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1（送信元 %2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n DNS lookup(s) counted</source>
        <translation>
            <numerusform>DNS ルックアップ %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>ARC:</source>
        <translation>ARC:</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s): %1</source>
        <translation>
            <numerusform>%n セット：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>i=%1 %2 cv=%3 seal=%4 ams=%5; saw: %6</source>
        <translation>i=%1 %2 cv=%3 seal=%4 ams=%5、受信時の結果：%6</translation>
    </message>
    <message>
        <source>How to fix it in %1: %2</source>
        <translation>%1 での対処方法：%2</translation>
    </message>
    <message>
        <source>Received hops (oldest first):</source>
        <translation>Received ヘッダーによる配送経路（古い順）：</translation>
    </message>
    <message>
        <source>%1. %2 [%3] -&gt; %4 (%5)%6</source>
        <translation>%1. %2 [%3] → %4（%5）%6</translation>
    </message>
    <message>
        <source>, +%1 s</source>
        <translation>、+%1 秒</translation>
    </message>
    <message>
        <source>[claimed by the sender]</source>
        <translation>［送信側の申告］</translation>
    </message>
    <message>
        <source>Total delivery time: %1 s</source>
        <translation>配送にかかった時間の合計：%1 秒</translation>
    </message>
    <message>
        <source>Reverse DNS (iprev):</source>
        <translation>逆引き（iprev）：</translation>
    </message>
    <message>
        <source>checking</source>
        <comment>requirement status</comment>
        <translation>確認中</translation>
    </message>
    <message>
        <source>pass</source>
        <comment>requirement status</comment>
        <translation>適合</translation>
    </message>
    <message>
        <source>FAIL</source>
        <comment>requirement status</comment>
        <translation>不適合</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>requirement status</comment>
        <translation>要注意</translation>
    </message>
    <message>
        <source>can&apos;t tell</source>
        <comment>requirement status</comment>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>requirement status</comment>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Provider requirements:</source>
        <translation>メールサービスの送信者要件：</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>requirement that applies to bulk senders only</comment>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1*</source>
        <comment>recommended, not required</comment>
        <translation>%1*</translation>
    </message>
    <message>
        <source>(...) applies to bulk senders only; * recommended, not required.</source>
        <translation>（…）は大量送信者のみに適用、* は推奨（必須ではありません）。</translation>
    </message>
    <message>
        <source>Unsubscribe:</source>
        <translation>配信停止：</translation>
    </message>
    <message>
        <source>One-click (RFC 8058): yes</source>
        <translation>ワンクリック配信停止（RFC 8058）：あり</translation>
    </message>
    <message>
        <source>One-click (RFC 8058): no</source>
        <translation>ワンクリック配信停止（RFC 8058）：なし</translation>
    </message>
    <message>
        <source>Covered by an aligned DKIM signature: yes (d=%1)</source>
        <translation>アライメントが取れた DKIM 署名の対象：はい（d=%1）</translation>
    </message>
    <message>
        <source>Covered by an aligned DKIM signature: no</source>
        <translation>アライメントが取れた DKIM 署名の対象：いいえ</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>[read in part: line %1]</source>
        <extracomment>%1 is the line number of the Received field in the header</extracomment>
        <translation>［一部のみ読み取り：%1 行目］</translation>
    </message>
    <message>
        <source>[unreadable: line %1]</source>
        <translation>［読み取り不可：%1 行目］</translation>
    </message>
    <message>
        <source>SPF of the header From domain:</source>
        <translation>ヘッダーFrom のドメインの SPF：</translation>
    </message>
    <message>
        <source>no decision stated</source>
        <comment>receiver verdict</comment>
        <translation>判断の記載なし</translation>
    </message>
    <message>
        <source>inbox</source>
        <comment>receiver verdict</comment>
        <translation>受信トレイ</translation>
    </message>
    <message>
        <source>junk</source>
        <comment>receiver verdict</comment>
        <translation>迷惑メール</translation>
    </message>
    <message>
        <source>quarantine</source>
        <comment>receiver verdict</comment>
        <translation>隔離（quarantine）</translation>
    </message>
    <message>
        <source>reject</source>
        <comment>receiver verdict</comment>
        <translation>受信拒否</translation>
    </message>
    <message>
        <source>tagged as spam</source>
        <comment>receiver verdict</comment>
        <translation>迷惑メールの印付き</translation>
    </message>
    <message>
        <source>not filtered</source>
        <comment>receiver verdict</comment>
        <translation>判定なし（フィルター対象外）</translation>
    </message>
    <message>
        <source>Receiver&apos;s verdict:</source>
        <translation>受信サーバーの判定：</translation>
    </message>
    <message>
        <source>%1. %2 — %3 (line %4, %5): %6</source>
        <translation>%1. %2 — %3（%4 行目、%5）：%6</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>%1 — %2: undocumented</source>
        <translation>%1 — %2：説明が公開されていません</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>ルール %1：%2</translation>
    </message>
    <message>
        <source>rule %1: undocumented</source>
        <translation>ルール %1：説明が公開されていません</translation>
    </message>
    <message>
        <source>Undocumented, shown as written: %1</source>
        <translation>説明が公開されていない項目（書かれたとおり）：%1</translation>
    </message>
    <message>
        <source>pass</source>
        <comment>RFC 8601 result</comment>
        <translation>成功（pass）</translation>
    </message>
    <message>
        <source>fail</source>
        <comment>RFC 8601 result</comment>
        <translation>失敗（fail）</translation>
    </message>
    <message>
        <source>softfail</source>
        <comment>RFC 8601 result</comment>
        <translation>ソフトフェイル（softfail）</translation>
    </message>
    <message>
        <source>neutral</source>
        <comment>RFC 8601 result</comment>
        <translation>中立（neutral）</translation>
    </message>
    <message>
        <source>none</source>
        <comment>RFC 8601 result</comment>
        <translation>なし（none）</translation>
    </message>
    <message>
        <source>policy</source>
        <comment>RFC 8601 result</comment>
        <translation>ポリシー（policy）</translation>
    </message>
    <message>
        <source>temperror</source>
        <comment>RFC 8601 result</comment>
        <translation>一時エラー（temperror）</translation>
    </message>
    <message>
        <source>permerror</source>
        <comment>RFC 8601 result</comment>
        <translation>恒久エラー（permerror）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>[%1]</source>
        <comment>severity mark</comment>
        <extracomment>%1 the severity word of a finding</extracomment>
        <translation>［%1］</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>header field name: explanation</comment>
        <extracomment>%1 the header field&apos;s name, %2 the finding&apos;s sentence</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>The header From domain is the envelope domain: the SPF result above stands for both.</source>
        <translation>ヘッダーFrom のドメインはエンベロープFrom のドメインと同じです。上の SPF の結果が両方に当てはまります。</translation>
    </message>
    <message>
        <source>%1, score %2 (threshold %3)</source>
        <comment>receiver verdict line</comment>
        <translation>%1、スコア %2（しきい値 %3）</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <comment>receiver verdict line</comment>
        <translation>%1、スコア %2</translation>
    </message>
    <message>
        <source>DNS:</source>
        <translation>DNS:</translation>
    </message>
    <message numerus="yes">
        <source>The budget of %1 s ran out; %n question(s) were left unanswered.</source>
        <extracomment>%1 the DNS budget of the analysis in seconds (kensa-cli --timeout)</extracomment>
        <translation>
            <numerusform>制限時間（%1 秒）が切れ、%n 件の問い合わせに応答がありませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) within the budget of %1 s.</source>
        <extracomment>%1 the DNS budget of the analysis in seconds (kensa-cli --timeout)</extracomment>
        <translation>
            <numerusform>制限時間（%1 秒）内に %n 件の応答がありました。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not an email message, so nothing was checked and no provider is judged.</source>
        <translation>メールではないため、何も確認しておらず、メールサービスごとの判定もしていません。</translation>
    </message>
    <message>
        <source>The verdict is unreliable: Kensa&apos;s DNS answers cannot be relied on (see the findings).</source>
        <translation>判定は信頼できません：Kensa の DNS の応答が信頼できません（所見を参照）。</translation>
    </message>
    <message>
        <source>From an evidence bundle saved at %1 by Kensa %2: analysed offline with its DNS answers only, as at %3.</source>
        <extracomment>%1 when the bundle was saved, %2 the Kensa version that saved it, %3 the time the analysis is judged at</extracomment>
        <translation>%1 に Kensa %2 で保存されたエビデンスファイルです。含まれる DNS 応答だけを使い、%3 時点としてオフラインで解析しました。</translation>
    </message>
</context>
<context>
    <name>kensa::TriageModel</name>
    <message>
        <source>Inbox</source>
        <comment>provider verdict</comment>
        <extracomment>Mailbox list: the provider would most likely deliver the message to the inbox</extracomment>
        <translation>受信トレイ</translation>
    </message>
    <message>
        <source>Spam</source>
        <comment>provider verdict</comment>
        <extracomment>Mailbox list: the provider would most likely deliver the message to the spam folder</extracomment>
        <translation>迷惑メール</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>provider verdict</comment>
        <extracomment>Mailbox list: the provider would most likely refuse the message</extracomment>
        <translation>受信拒否</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <comment>provider verdict</comment>
        <extracomment>Mailbox list: Kensa cannot tell what the provider would do</extracomment>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（日時なし）</translation>
    </message>
    <message>
        <source>As written in the message: %1</source>
        <extracomment>Mailbox list, tooltip of a date: the Date header as the message wrote it</extracomment>
        <translation>メールの記載：%1</translation>
    </message>
    <message>
        <source>(no From)</source>
        <translation>（From なし）</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>checking…</source>
        <extracomment>Mailbox list: the message&apos;s analysis has not finished yet</extracomment>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Mailbox list, tooltip of a verdict: %1 provider, %2 verdict word</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Mailbox list column: the message&apos;s position in the mailbox</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
</context>
<context>
    <name>kensa::TriagePanel</name>
    <message>
        <source>#%1 %2</source>
        <extracomment>Compare view column title: %1 the message&apos;s number in the list, %2 its subject</extracomment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Select two messages (Ctrl+click) to compare them side by side</source>
        <translation>比較するメールを 2 通選んでください（Ctrl+クリック）</translation>
    </message>
    <message>
        <source>Both messages must finish checking first</source>
        <translation>2 通とも確認が終わってから比較できます</translation>
    </message>
    <message>
        <source>Show the two messages&apos; results side by side, differences marked</source>
        <translation>2 通の結果を並べて表示し、違いを示します</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from %1 files</source>
        <translation>
            <numerusform>ファイル %1 個のメール %n 通</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the mailbox</source>
        <translation>
            <numerusform>メールボックス内のメール %n 通</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not all could be checked: %2</source>
        <extracomment>Mailbox list: the background checks stopped; %1 what came before, %2 why</extracomment>
        <translation>%1 — 一部のメールを確認できませんでした：%2</translation>
    </message>
    <message>
        <source>%1 — checking… %2 of %3 done</source>
        <extracomment>Mailbox list: %1 the title, %2 checked so far, %3 all</extracomment>
        <translation>%1 — 確認中…（%3 通中 %2 通完了）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n failing at some provider</source>
        <extracomment>Mailbox list: %1 the title; %n messages some provider would not deliver to the inbox</extracomment>
        <translation>
            <numerusform>%1 — いずれかのメールサービスで問題のあるメール %n 通</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by From or Subject</source>
        <translation>差出人・件名で絞り込み</translation>
    </message>
    <message>
        <source>Show only the messages whose From or Subject contains this text</source>
        <translation>差出人か件名にこの文字列を含むメールだけ表示します</translation>
    </message>
    <message>
        <source>Show only failing</source>
        <translation>失敗したものだけ表示</translation>
    </message>
    <message>
        <source>Show only the messages that some provider would most likely not deliver to the inbox (and those still being checked)</source>
        <translation>いずれかのメールサービスで受信トレイに届かない可能性が高いメール（と確認中のメール）だけ表示します</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Messages in the mailbox file</source>
        <translation>メールボックスファイル内のメール</translation>
    </message>
</context>
<context>
    <name>kensa::VerdictCard</name>
    <message>
        <source>%1 (%2)</source>
        <comment>result word, RFC 8601 token</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Recorded by the receiver: %1</source>
        <translation>受信サーバーの記録：%1</translation>
    </message>
    <message>
        <source>Recorded by %1: %2</source>
        <translation>%1 の記録：%2</translation>
    </message>
</context>
<context>
    <name>kensa::WelcomePage</name>
    <message>
        <source>Drop a message here</source>
        <translation>ここにメールをドロップ</translation>
    </message>
    <message>
        <source>Drop an .eml file, a saved message source or an mbox file anywhere on this window, or paste the &quot;Show original&quot; text of Gmail, Outlook, Yahoo or Apple Mail with Ctrl+V. Kensa re-verifies SPF, DKIM, DMARC and ARC itself instead of trusting what the message says.</source>
        <translation>.eml ファイル、保存したメッセージのソース、mbox ファイルをこのウィンドウにドロップするか、Gmail・Outlook・Yahoo（米国）・Apple メールの「メッセージのソースを表示」の内容を Ctrl+V で貼り付けてください。
Kensa はメールの自己申告をうのみにせず、SPF・DKIM・DMARC・ARC を自ら再検証します。</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Paste Source…</source>
        <translation>ソースを貼り付け…</translation>
    </message>
    <message>
        <source>Open a Sample</source>
        <translation>サンプルを開く</translation>
    </message>
</context>
</TS>
