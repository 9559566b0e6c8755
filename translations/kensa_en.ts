<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>DNS: offline, %n zone file(s)</source>
        <translation>
            <numerusform>DNS: offline, %n zone file</numerusform>
            <numerusform>DNS: offline, %n zone files</numerusform>
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
</context>
</TS>
