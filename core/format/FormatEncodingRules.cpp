#include "core/format/FormatEncodingRules.h"

#include "core/base/Limits.h"
#include "core/format/FormatContext.h"
#include "core/format/FormatEvidence.h"
#include "core/hops/ReceivedParser.h"
#include "core/message/AddressParser.h"
#include "core/message/MimePart.h"
#include "core/text/HtmlText.h"
#include "core/text/Idn.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <memory>
#include <unicode/uspoof.h>

namespace kensa {

namespace {

using namespace format;

// bodyLinks() returns at most this many links (a newsletter has a few dozen).
constexpr int MaxBodyLinks = 1000;
// Domains handed to ICU's spoof checker per message.
constexpr int MaxIdnDomains = 2000;

const QRegularExpression &encodedWordPattern()
{
    static const QRegularExpression re(QStringLiteral("=\\?[^?\\s]+\\?[BbQq]\\?[^?\\s]*\\?="));
    return re;
}

bool hasEncodedWord(const QString &text)
{
    return text.contains(QLatin1String("=?")) && text.contains(encodedWordPattern());
}

// RFC 6531 §4.3: the "with" protocol of a hop that carried SMTPUTF8.
bool hasSmtpUtf8Sign(const QList<const ReceivedHop *> &hops)
{
    static const QRegularExpression with(
        QStringLiteral("\\bwith\\s+UTF8(?:SMTP|LMTP)(?:S|A|SA)?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const ReceivedHop *hop : hops) {
        const QString protocol = hop->with.toUpper();
        if (protocol.startsWith(QLatin1String("UTF8SMTP"))
            || protocol.startsWith(QLatin1String("UTF8LMTP")))
            return true;
        // The words as written, also where the parser read no "with" clause.
        HeaderField field;
        field.raw = hop->raw;
        const QByteArray value = field.unfoldedValue();
        if (value.size() <= ReceivedParser::MaxFieldBytes
            && with.match(QString::fromLatin1(value)).hasMatch())
            return true;
    }
    return false;
}

bool hasEightBit(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = decoder(bytes);
    return !decoder.hasError();
}

bool isAddressField(const HeaderField &field)
{
    return field.hasName("From") || field.hasName("Sender") || field.hasName("Reply-To")
        || field.hasName("To") || field.hasName("Cc") || field.hasName("Bcc");
}

// Structured fields where RFC 2047 §5 allows no encoded-word outside comments.
bool isStructuredField(const HeaderField &field)
{
    static const char *const names[] = {"Date",
        "Message-ID",
        "In-Reply-To",
        "References",
        "Resent-Date",
        "Resent-Message-ID",
        "Return-Path",
        "MIME-Version",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Content-Disposition",
        "Content-ID",
        "List-Unsubscribe",
        "List-Unsubscribe-Post"};
    for (const char *name : names) {
        if (field.hasName(QByteArrayView(name)))
            return true;
    }
    return false;
}

bool isEncodedWordProblem(const QString &key)
{
    return key == QLatin1String("header.encoded_word.unknown_charset")
        || key == QLatin1String("header.encoded_word.malformed")
        || key == QLatin1String("header.encoded_word.split")
        || key == QLatin1String("header.encoded_word.bad_payload")
        || key == QLatin1String("header.encoded_word.invalid_bytes");
}

// ---------------------------------------------------------------------------------------------
// Body links

// A bare URL in text ends before white space and markup; trailing punctuation belongs to the
// sentence around it.
QString trimUrl(QString url)
{
    static const QString trailing = QStringLiteral(".,;:!?'\"]>}。、」』）】");
    for (int guard = 0; guard < 64 && !url.isEmpty(); ++guard) {
        const QChar last = url.back();
        if (last == u')' && url.count(u'(') >= url.count(u')'))
            break;
        if (last != u')' && !trailing.contains(last))
            break;
        url.chop(1);
    }
    return url;
}

struct Link
{
    QString target;
    int line = 0;
};

QList<Link> collectLinks(const MimePart &mime)
{
    static const QRegularExpression bare(
        QStringLiteral("\\bhttps?://[^\\s<>\"'\\x{3000}「」『』]+"),
        QRegularExpression::CaseInsensitiveOption);
    QList<Link> out;
    QSet<QString> seen;
    const auto add = [&](const QString &target, int line) {
        if (target.isEmpty() || out.size() >= MaxBodyLinks || seen.contains(target))
            return;
        seen.insert(target);
        out.append({target, line});
    };
    for (const MimePart *part : mime.leaves()) {
        if (out.size() >= MaxBodyLinks)
            break;
        if (!part->isText() || part->isAttachment())
            continue;
        if (part->subtype() == "html") {
            for (const HtmlLink &link : part->html().links()) {
                if (out.size() >= MaxBodyLinks)
                    break;
                add(link.href, part->line());
            }
        } else {
            const QString text = part->text();
            QRegularExpressionMatchIterator it = bare.globalMatch(text);
            while (it.hasNext() && out.size() < MaxBodyLinks)
                add(trimUrl(it.next().captured(0)), part->line());
        }
    }
    return out;
}

// The host of an http(s) or scheme-relative link, "" for anything else or an address literal.
QString linkHost(const QString &link)
{
    qsizetype start = -1;
    if (link.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        start = 7;
    else if (link.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        start = 8;
    else if (link.startsWith(QLatin1String("//")))
        start = 2;
    if (start < 0)
        return {};
    qsizetype end = start;
    while (end < link.size() && link.at(end) != u'/' && link.at(end) != u'?' && link.at(end) != u'#'
        && link.at(end) != u'\\')
        ++end;
    QString host = link.mid(start, end - start);
    const qsizetype at = host.lastIndexOf(u'@');
    if (at >= 0)
        host = host.mid(at + 1);
    if (host.startsWith(u'['))
        return {};
    const qsizetype colon = host.indexOf(u':');
    if (colon >= 0)
        host.truncate(colon);
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

// ---------------------------------------------------------------------------------------------
// format.idn (UTS #39 §5.2 Highly Restrictive, through ICU)

struct SpoofCloser
{
    void operator()(USpoofChecker *checker) const { uspoof_close(checker); }
};

using SpoofChecker = std::unique_ptr<USpoofChecker, SpoofCloser>;

SpoofChecker openSpoofChecker()
{
    UErrorCode status = U_ZERO_ERROR;
    SpoofChecker checker(uspoof_open(&status));
    if (U_FAILURE(status))
        return nullptr;
    uspoof_setRestrictionLevel(checker.get(), USPOOF_HIGHLY_RESTRICTIVE);
    uspoof_setChecks(
        checker.get(), USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS, &status);
    if (U_FAILURE(status))
        return nullptr;
    return checker;
}

// True when every label of the U-label form passes the checks.
bool isHighlyRestrictive(USpoofChecker *checker, const QString &unicodeDomain)
{
    const QStringList labels = unicodeDomain.split(u'.', Qt::SkipEmptyParts);
    for (const QString &label : labels) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t result = uspoof_check2(checker,
            reinterpret_cast<const UChar *>(label.utf16()),
            static_cast<int32_t>(label.size()),
            nullptr,
            &status);
        if (U_FAILURE(status) || result != 0)
            return false;
    }
    return true;
}

enum class DomainSource { Header, Auth, Envelope, Link };

struct NamedDomain
{
    QString domain;
    DomainSource source = DomainSource::Header;
    QString field; // header source: the field's name
    int line = 0;
};

} // namespace

// ---------------------------------------------------------------------------------------------
// format.encoding (RFC 2047, RFC 6532)

CheckOutcome FormatEncodingRules::encoding(const FormatContext &ctx)
{
    FormatEvidence ev;
    int smtpUtf8 = -1; // read the Received fields only when a field has 8-bit octets
    QSet<int> reportedLines; // fields whose encoded-words the header decoder already reported
    for (const Finding &f : ctx.message.findings()) {
        if (isEncodedWordProblem(f.key) && ctx.atBoundary(f)) {
            ev.keep(f, CheckStatus::Fail);
            reportedLines.insert(f.line);
        }
    }
    for (const HeaderField *field : ctx.fields) {
        const QByteArray raw = field->rawValue();
        const Args fieldArg{{QStringLiteral("field"), shortened(field->nameText())}};
        if (hasEightBit(raw)) {
            if (smtpUtf8 < 0)
                smtpUtf8 = hasSmtpUtf8Sign(ctx.hops) ? 1 : 0;
            if (smtpUtf8 == 0)
                ev.fail(fieldFinding(QStringLiteral("format.encoding.raw_8bit"), fieldArg, *field));
            else if (!isValidUtf8(raw))
                ev.fail(
                    fieldFinding(QStringLiteral("format.encoding.invalid_utf8"), fieldArg, *field));
        } else if (raw.contains('\x1b')) {
            ev.warn(
                fieldFinding(QStringLiteral("format.encoding.raw_iso2022jp"), fieldArg, *field));
        }
        if (field->undecodableCharset && !reportedLines.contains(field->line))
            ev.fail(fieldFinding(QStringLiteral("format.encoding.undecodable"), fieldArg, *field));
        if (!raw.contains("=?"))
            continue;
        if (isAddressField(*field)) {
            const AddressList list = AddressParser::parseList(field->unfoldedValue());
            for (const Mailbox &mailbox : list.mailboxes) {
                if (hasEncodedWord(mailbox.localPart) || hasEncodedWord(mailbox.domain)) {
                    ev.fail(fieldFinding(QStringLiteral("format.encoding.addr_spec"),
                        {{QStringLiteral("field"), shortened(field->nameText())},
                            {QStringLiteral("address"), shortened(mailbox.address())}},
                        *field));
                }
            }
        } else if (isStructuredField(*field)) {
            const QByteArray value = field->unfoldedValue().left(Limits::MaxDecodedValueBytes);
            if (hasEncodedWord(QString::fromLatin1(withoutComments(value))))
                ev.warn(
                    fieldFinding(QStringLiteral("format.encoding.structured"), fieldArg, *field));
        }
    }
    const CheckStatus status = ev.status();
    const Args counts{{QStringLiteral("count"), number(ev.problems())}};
    if (status == CheckStatus::Fail)
        return makeOutcome(
            CheckEncoding, status, QStringLiteral("format.encoding.fail"), counts, ev.take());
    if (status == CheckStatus::Warning)
        return makeOutcome(
            CheckEncoding, status, QStringLiteral("format.encoding.warning"), counts, ev.take());
    return makeOutcome(CheckEncoding, status, QStringLiteral("format.encoding.ok"), {}, ev.take());
}

CheckOutcome FormatEncodingRules::idn(const FormatContext &ctx)
{
    QList<NamedDomain> domains;
    QSet<QString> seen;
    const auto add
        = [&](const QString &domain, DomainSource source, const QString &field, int line) {
              QString d = domain.trimmed();
              while (d.endsWith(u'.'))
                  d.chop(1);
              if (d.isEmpty() || domains.size() >= MaxIdnDomains || !Idn::isInternationalised(d))
                  return;
              const QString key = QString::number(int(source)) + u'/' + field + u'/' + d.toLower();
              if (seen.contains(key))
                  return;
              seen.insert(key);
              domains.append({d, source, field, line});
          };
    for (const char *name : {"From", "Reply-To", "Sender"}) {
        for (const HeaderField *field : ctx.named(QByteArrayView(name))) {
            const AddressList list = AddressParser::parseList(field->unfoldedValue());
            for (const Mailbox &mailbox : list.mailboxes)
                add(mailbox.domain, DomainSource::Header, field->nameText(), field->line);
        }
    }
    for (const QString &domain : ctx.input.authDomains)
        add(domain, DomainSource::Auth, {}, 0);
    add(ctx.input.envelopeDomain, DomainSource::Envelope, {}, 0);

    FormatEvidence ev;
    if (ctx.headersOnly) {
        ev.note(makeFinding(QStringLiteral("format.idn.links_skipped"), Severity::Info));
    } else {
        for (const Link &link : collectLinks(*ctx.input.mime))
            add(linkHost(link.target), DomainSource::Link, {}, link.line);
    }

    if (domains.isEmpty())
        return makeOutcome(
            CheckIdn, CheckStatus::Pass, QStringLiteral("format.idn.none"), {}, ev.take());

    const SpoofChecker checker = openSpoofChecker();
    if (!checker)
        return makeOutcome(CheckIdn,
            CheckStatus::NotVerifiable,
            QStringLiteral("format.idn.no_checker"),
            {},
            ev.take());

    QList<Finding> failing;
    for (const NamedDomain &named : std::as_const(domains)) {
        const QString ascii = Idn::toAscii(named.domain);
        const QString unicode = Idn::toUnicode(named.domain);
        Args args{{QStringLiteral("domain"), shortened(unicode)},
            {QStringLiteral("ascii"), shortened(ascii.isEmpty() ? named.domain : ascii)}};
        QString key;
        if (ascii.isEmpty()) {
            key = QStringLiteral("format.idn.invalid");
        } else if (!isHighlyRestrictive(checker.get(), unicode)) {
            switch (named.source) {
            case DomainSource::Header:
                key = QStringLiteral("format.idn.spoofable.header");
                args.append({QStringLiteral("field"), named.field});
                break;
            case DomainSource::Auth:
                key = QStringLiteral("format.idn.spoofable.auth");
                break;
            case DomainSource::Envelope:
                key = QStringLiteral("format.idn.spoofable.envelope");
                break;
            case DomainSource::Link:
                key = QStringLiteral("format.idn.spoofable.link");
                break;
            }
        }
        if (key.isEmpty())
            continue;
        Finding finding = makeFinding(key, Severity::Info, args, named.line, named.field);
        failing.append(finding);
        ev.fail(std::move(finding));
    }
    if (failing.isEmpty())
        return makeOutcome(CheckIdn,
            CheckStatus::Pass,
            QStringLiteral("format.idn.ok"),
            {{QStringLiteral("count"), number(domains.size())}},
            ev.take());
    const Finding &first = failing.first();
    return makeOutcome(CheckIdn,
        CheckStatus::Fail,
        QStringLiteral("format.idn.fail"),
        {{QStringLiteral("domain"), first.arg(QStringLiteral("domain"))},
            {QStringLiteral("ascii"), first.arg(QStringLiteral("ascii"))},
            {QStringLiteral("count"), number(failing.size())}},
        ev.take());
}

QStringList FormatEncodingRules::bodyLinks(const MimePart &mime)
{
    QStringList out;
    for (const Link &link : collectLinks(mime))
        out.append(link.target);
    return out;
}

} // namespace kensa
