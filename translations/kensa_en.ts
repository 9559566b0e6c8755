<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>KensaCli</name>
    <message numerus="yes">
        <source>kensa-cli: --html and --pdf write the report of one message; the input holds %n message(s).</source>
        <translation>
            <numerusform>kensa-cli: --html and --pdf write the report of one message; the input holds %n message.</numerusform>
            <numerusform>kensa-cli: --html and --pdf write the report of one message; the input holds %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kensa-cli: --save-evidence saves the evidence of one message, but %n message(s) were analysed.</source>
        <translation>
            <numerusform>kensa-cli: --save-evidence saves the evidence of one message, but %n message was analysed.</numerusform>
            <numerusform>kensa-cli: --save-evidence saves the evidence of one message, but %n messages were analysed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::ArcCard</name>
    <message numerus="yes">
        <source>ARC chain of %n set(s)</source>
        <translation>
            <numerusform>ARC chain of %n set</numerusform>
            <numerusform>ARC chain of %n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::ChecklistView</name>
    <message numerus="yes">
        <source>Checking DNS… %1 of %n check(s) done</source>
        <extracomment>%1 checks of %n are finished; the others wait for DNS answers</extracomment>
        <translation>
            <numerusform>Checking DNS… %1 of %n check done</numerusform>
            <numerusform>Checking DNS… %1 of %n checks done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking… (%1 of %n DNS answer(s))</source>
        <extracomment>Banner headline while DNS answers arrive: %1 received of %n asked</extracomment>
        <translation>
            <numerusform>Checking… (%1 of %n DNS answer)</numerusform>
            <numerusform>Checking… (%1 of %n DNS answers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::CompareDialog</name>
    <message numerus="yes">
        <source>%n row(s) differ between the two messages; they are tinted and marked “≠ Differs”.</source>
        <extracomment>Compare view, above the table: %n rows differ</extracomment>
        <translation>
            <numerusform>%n row differs between the two messages; it is tinted and marked “≠ Differs”.</numerusform>
            <numerusform>%n rows differ between the two messages; they are tinted and marked “≠ Differs”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::EvidenceBanner</name>
    <message numerus="yes">
        <source>Saved the evidence bundle %1: the message, %n DNS answer(s) and the time of the analysis.</source>
        <translation>
            <numerusform>Saved the evidence bundle %1: the message, %n DNS answer and the time of the analysis.</numerusform>
            <numerusform>Saved the evidence bundle %1: the message, %n DNS answers and the time of the analysis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::Explanations</name>
    <message numerus="yes">
        <source>%n line ending(s) were LF only and were converted to CRLF, as mail has them in transit. Signatures with simple canonicalization (c=simple) may fail if the original had different white space.</source>
        <translation>
            <numerusform>%n line ending was LF only and was converted to CRLF, as mail has them in transit. Signatures with simple canonicalization (c=simple) may fail if the original had different white space.</numerusform>
            <numerusform>%n line endings were LF only and were converted to CRLF, as mail has them in transit. Signatures with simple canonicalization (c=simple) may fail if the original had different white space.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line ending(s) were CR only (old Mac style) and were converted to CRLF.</source>
        <translation>
            <numerusform>%n line ending was CR only (old Mac style) and was converted to CRLF.</numerusform>
            <numerusform>%n line endings were CR only (old Mac style) and were converted to CRLF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty line(s) before the message were removed.</source>
        <translation>
            <numerusform>%n empty line before the message was removed.</numerusform>
            <numerusform>%n empty lines before the message were removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of Gmail&apos;s &quot;Show original&quot; page above the message (%n line(s): summary table and buttons) was removed.</source>
        <translation>
            <numerusform>The text of Gmail&apos;s &quot;Show original&quot; page above the message (%n line: summary table and buttons) was removed.</numerusform>
            <numerusform>The text of Gmail&apos;s &quot;Show original&quot; page above the message (%n lines: summary table and buttons) was removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of Outlook&apos;s message source window above the message (%n line(s)) was removed.</source>
        <translation>
            <numerusform>The text of Outlook&apos;s message source window above the message (%n line) was removed.</numerusform>
            <numerusform>The text of Outlook&apos;s message source window above the message (%n lines) was removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of Yahoo Mail&apos;s raw message page above the message (%n line(s)) was removed.</source>
        <translation>
            <numerusform>The text of Yahoo Mail&apos;s raw message page above the message (%n line) was removed.</numerusform>
            <numerusform>The text of Yahoo Mail&apos;s raw message page above the message (%n lines) was removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of Apple Mail&apos;s raw source window above the message (%n line(s)) was removed.</source>
        <translation>
            <numerusform>The text of Apple Mail&apos;s raw source window above the message (%n line) was removed.</numerusform>
            <numerusform>The text of Apple Mail&apos;s raw source window above the message (%n lines) was removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of text above the first header field were removed.</source>
        <translation>
            <numerusform>%n line of text above the first header field was removed.</numerusform>
            <numerusform>%n lines of text above the first header field were removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message has more header fields than Kensa reads (%1); %n further field(s) were ignored.</source>
        <translation>
            <numerusform>The message has more header fields than Kensa reads (%1); %n further field was ignored.</numerusform>
            <numerusform>The message has more header fields than Kensa reads (%1); %n further fields were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hop on line %1 is dated %n second(s) before the hop that handed it the message: one of the two relays&apos; clocks is wrong, so the delays around it are not reliable.</source>
        <translation>
            <numerusform>The hop on line %1 is dated %n second before the hop that handed it the message: one of the two relays&apos; clocks is wrong, so the delays around it are not reliable.</numerusform>
            <numerusform>The hop on line %1 is dated %n seconds before the hop that handed it the message: one of the two relays&apos; clocks is wrong, so the delays around it are not reliable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message follows RFC 5322 in the points that cause rejection, but %n point(s) deserve attention (listed below).</source>
        <translation>
            <numerusform>The message follows RFC 5322 in the points that cause rejection, but %n point deserves attention (listed below).</numerusform>
            <numerusform>The message follows RFC 5322 in the points that cause rejection, but %n points deserve attention (listed below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The header section is close to the published size limits (%n point(s), listed below): the figures are Gmail&apos;s, which says KB without saying whether it means 1000 or 1024 bytes.</source>
        <translation>
            <numerusform>The header section is close to the published size limits (%n point, listed below): the figures are Gmail&apos;s, which says KB without saying whether it means 1000 or 1024 bytes.</numerusform>
            <numerusform>The header section is close to the published size limits (%n points, listed below): the figures are Gmail&apos;s, which says KB without saying whether it means 1000 or 1024 bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Some header values use encoded-words where the standards do not expect them (%n point(s), listed below). Receiving servers may refuse encoded-words in such fields.</source>
        <translation>
            <numerusform>Some header values use encoded-words where the standards do not expect them (%n point, listed below). Receiving servers may refuse encoded-words in such fields.</numerusform>
            <numerusform>Some header values use encoded-words where the standards do not expect them (%n points, listed below). Receiving servers may refuse encoded-words in such fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n internationalised domain name(s) meet the Highly Restrictive level of UTS #39 §5.2 (no mixing of scripts that look alike).</source>
        <translation>
            <numerusform>The %n internationalised domain name meets the Highly Restrictive level of UTS #39 §5.2 (no mixing of scripts that look alike).</numerusform>
            <numerusform>All %n internationalised domain names meet the Highly Restrictive level of UTS #39 §5.2 (no mixing of scripts that look alike).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The forwarder added ARC headers and the chain validates (%n set(s)).</source>
        <translation>
            <numerusform>The forwarder added ARC headers and the chain validates (%n set).</numerusform>
            <numerusform>The forwarder added ARC headers and the chain validates (%n sets).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 may put this message in spam or refuse it: %n of its requirements are not met.</source>
        <translation>
            <numerusform>%1 may put this message in spam or refuse it: %n of its requirements is not met.</numerusform>
            <numerusform>%1 may put this message in spam or refuse it: %n of its requirements are not met.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the message meets the requirements, with %n warning(s) worth fixing.</source>
        <translation>
            <numerusform>%1: the message meets the requirements, with %n warning worth fixing.</numerusform>
            <numerusform>%1: the message meets the requirements, with %n warnings worth fixing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) like &quot;%1&quot; were not listed.</source>
        <translation>
            <numerusform>%n more finding like &quot;%1&quot; was not listed.</numerusform>
            <numerusform>%n more findings like &quot;%1&quot; were not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The DNS budget of %1 s ran out with %n question(s) unanswered. The checks that needed them could not be verified (temperror); they are neither pass nor fail.</source>
        <translation>
            <numerusform>The DNS budget of %1 s ran out with %n question unanswered. The checks that needed it could not be verified (temperror); they are neither pass nor fail.</numerusform>
            <numerusform>The DNS budget of %1 s ran out with %n questions unanswered. The checks that needed them could not be verified (temperror); they are neither pass nor fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kensa&apos;s DNS is unreachable: none of the %n DNS question(s) of this analysis got a usable answer (%1). The DNS server cannot be reached or refuses to answer, so every result that needs DNS (DKIM keys, SPF, DMARC, reverse DNS) is unverified and no provider verdict is given. Check the network connection and the DNS server setting, then analyse again.</source>
        <translation>
            <numerusform>Kensa&apos;s DNS is unreachable: none of the %n DNS question of this analysis got a usable answer (%1). The DNS server cannot be reached or refuses to answer, so every result that needs DNS (DKIM keys, SPF, DMARC, reverse DNS) is unverified and no provider verdict is given. Check the network connection and the DNS server setting, then analyse again.</numerusform>
            <numerusform>Kensa&apos;s DNS is unreachable: none of the %n DNS questions of this analysis got a usable answer (%1). The DNS server cannot be reached or refuses to answer, so every result that needs DNS (DKIM keys, SPF, DMARC, reverse DNS) is unverified and no provider verdict is given. Check the network connection and the DNS server setting, then analyse again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kensa&apos;s DNS answers are unreliable: all %n DNS question(s) answered NXDOMAIN (no such name), and so did the question for the root zone, which always exists. The DNS server answers falsely (a broken offline set-up, a filtering or captive-portal resolver), so every result that needs DNS is unverified and no provider verdict is given. Use another DNS server, or zone files offline, and analyse again.</source>
        <translation>
            <numerusform>Kensa&apos;s DNS answers are unreliable: all %n DNS question answered NXDOMAIN (no such name), and so did the question for the root zone, which always exists. The DNS server answers falsely (a broken offline set-up, a filtering or captive-portal resolver), so every result that needs DNS is unverified and no provider verdict is given. Use another DNS server, or zone files offline, and analyse again.</numerusform>
            <numerusform>Kensa&apos;s DNS answers are unreliable: all %n DNS questions answered NXDOMAIN (no such name), and so did the question for the root zone, which always exists. The DNS server answers falsely (a broken offline set-up, a filtering or captive-portal resolver), so every result that needs DNS is unverified and no provider verdict is given. Use another DNS server, or zone files offline, and analyse again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::HopsView</name>
    <message numerus="yes">
        <source>%n hop(s); the total delivery time is unknown because a date is missing or unreadable.</source>
        <translation>
            <numerusform>%n hop; the total delivery time is unknown because a date is missing or unreadable.</numerusform>
            <numerusform>%n hops; the total delivery time is unknown because a date is missing or unreadable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s), delivered in %1 from the first to the last.</source>
        <extracomment>%1 is a duration such as &quot;1 h 2 min&quot;</extracomment>
        <translation>
            <numerusform>%n hop, delivered in %1 from the first to the last.</numerusform>
            <numerusform>%n hops, delivered in %1 from the first to the last.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::MainWindow</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n DNS answer(s) to %1.</source>
        <translation>
            <numerusform>Saved %n DNS answer to %1.</numerusform>
            <numerusform>Saved %n DNS answers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysing… %1 of %n DNS answer(s) received</source>
        <extracomment>The status bar while an analysis waits for DNS; %n questions were asked so far</extracomment>
        <translation>
            <numerusform>Analysing… %1 of %n DNS answer received</numerusform>
            <numerusform>Analysing… %1 of %n DNS answers received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>offline, %n zone file(s)</source>
        <translation>
            <numerusform>offline, %n zone file</numerusform>
            <numerusform>offline, %n zone files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::MimeTreeView</name>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::RawSourceView</name>
    <message numerus="yes">
        <source>[line cut for display: %n byte(s) in all]</source>
        <translation>
            <numerusform>[line cut for display: %n byte in all]</numerusform>
            <numerusform>[line cut for display: %n bytes in all]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[the rest of the message is not shown: %n byte(s)]</source>
        <translation>
            <numerusform>[the rest of the message is not shown: %n byte]</numerusform>
            <numerusform>[the rest of the message is not shown: %n bytes]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::ReceiverCard</name>
    <message numerus="yes">
        <source>%n more field(s) from an earlier hop are only claims.</source>
        <translation>
            <numerusform>%n more field from an earlier hop is only a claim.</numerusform>
            <numerusform>%n more fields from an earlier hop are only claims.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::ReceiverView</name>
    <message numerus="yes">
        <source>%n verdict field(s) in this message.</source>
        <translation>
            <numerusform>%n verdict field in this message.</numerusform>
            <numerusform>%n verdict fields in this message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::SummaryCard</name>
    <message numerus="yes">
        <source>%1 (%n header field(s))</source>
        <translation>
            <numerusform>%1 (%n header field)</numerusform>
            <numerusform>%1 (%n header fields)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::TextReport</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s)</source>
        <translation>
            <numerusform>%n header field</numerusform>
            <numerusform>%n header fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DNS lookup(s) counted</source>
        <translation>
            <numerusform>%n DNS lookup counted</numerusform>
            <numerusform>%n DNS lookups counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s): %1</source>
        <translation>
            <numerusform>%n instance: %1</numerusform>
            <numerusform>%n instances: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The budget of %1 s ran out; %n question(s) were left unanswered.</source>
        <extracomment>%1 the DNS budget of the analysis in seconds (kensa-cli --timeout)</extracomment>
        <translation>
            <numerusform>The budget of %1 s ran out; %n question was left unanswered.</numerusform>
            <numerusform>The budget of %1 s ran out; %n questions were left unanswered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) within the budget of %1 s.</source>
        <extracomment>%1 the DNS budget of the analysis in seconds (kensa-cli --timeout)</extracomment>
        <translation>
            <numerusform>%n answer within the budget of %1 s.</numerusform>
            <numerusform>%n answers within the budget of %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kensa::TriagePanel</name>
    <message numerus="yes">
        <source>%n message(s) from %1 files</source>
        <translation>
            <numerusform>%n message from %1 files</numerusform>
            <numerusform>%n messages from %1 files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the mailbox</source>
        <translation>
            <numerusform>%n message in the mailbox</numerusform>
            <numerusform>%n messages in the mailbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n failing at some provider</source>
        <extracomment>Mailbox list: %1 the title; %n messages some provider would not deliver to the inbox</extracomment>
        <translation>
            <numerusform>%1 — %n failing at some provider</numerusform>
            <numerusform>%1 — %n failing at some provider</numerusform>
        </translation>
    </message>
</context>
</TS>
