#include "core/receiver/GoogleFields.h"

#include "core/auth/results/AuthResultsParser.h"
#include "core/message/Message.h"
#include "core/receiver/OpaqueFields.h"

namespace kensa {

namespace {

const QString vendor = QStringLiteral("google");

void addToken(ReceiverVerdict &v, const ReceiverCatalog &catalog, const QString &token, const QString &value,
    const QString &written = {})
{
    DecodedToken t = catalog.decode(vendor, v.field, token, value);
    if (!t.documented)
        v.undocumented.append((written.isEmpty() ? token : written) + u'=' + value);
    v.decoded.append(t);
}

// "p=REJECT sp=REJECT dis=NONE" or "i=1 spf=pass spfdomain=a dkim=pass dkdomain=b": words of key=value.
QList<QPair<QString, QString>> commentPairs(const QString &comment)
{
    QList<QPair<QString, QString>> out;
    for (const QString &word : comment.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = word.indexOf(u'=');
        if (eq <= 0)
            out.append({word, QString()});
        else
            out.append({word.left(eq), word.mid(eq + 1)});
    }
    return out;
}

ReceiverVerdict readAuthResults(const ReceiverContext &c, const HeaderField &field, const AuthResultsField &ar,
    bool trusted)
{
    ReceiverVerdict v = c.catalog.start(vendor, field);
    v.trusted = trusted;
    QString dmarc, p, dis, from;
    for (const AuthResultsMethod &m : ar.methods) {
        if (m.method == u"dmarc") {
            dmarc = m.result;
            from = m.property(u"header.from");
            addToken(v, c.catalog, QStringLiteral("dmarc"), m.result);
            for (const auto &[key, value] : commentPairs(m.comment)) {
                const QString k = key.toLower();
                if (k == u"p" || k == u"sp" || k == u"dis") {
                    addToken(v, c.catalog, k, value.toUpper(), key);
                    if (k == u"p")
                        p = value.toUpper();
                    else if (k == u"dis")
                        dis = value.toUpper();
                } else {
                    v.undocumented.append(value.isEmpty() ? key : key + u'=' + value);
                }
            }
        } else if (m.method == u"arc") {
            addToken(v, c.catalog, QStringLiteral("arc"), m.result);
            for (const auto &[key, value] : commentPairs(m.comment)) {
                const QString k = key.toLower();
                if (k == u"i" || k == u"spf" || k == u"dkim" || k == u"dmarc")
                    addToken(v, c.catalog, QStringLiteral("arc.") + k, value, key);
                else
                    v.undocumented.append(value.isEmpty() ? key : key + u'=' + value);
            }
        }
    }
    if (dis == u"QUARANTINE")
        v.verdict = ReceiverVerdict::Verdict::Quarantine;
    else if (dis == u"REJECT")
        v.verdict = ReceiverVerdict::Verdict::Reject;
    if (v.trusted && dmarc == u"fail" && !p.isEmpty() && !dis.isEmpty() && p != dis) {
        v.findings.append(makeFinding(QStringLiteral("receiver.google.dmarc_disposition"), Severity::Notice,
            {{u"from"_qs, from}, {u"p"_qs, p}, {u"dis"_qs, dis}}, v.line, v.field));
    }
    return v;
}

ReceiverVerdict readReceivedSpf(const ReceiverContext &c, const HeaderField &field,
    const GoogleFields::ReceivedSpf &spf, bool trusted)
{
    ReceiverVerdict v = c.catalog.start(vendor, field);
    v.trusted = trusted;
    addToken(v, c.catalog, QStringLiteral("result"), spf.result.toLower(), spf.result);
    for (const auto &[key, value] : spf.pairs)
        addToken(v, c.catalog, key.toLower(), value, key);
    return v;
}

} // namespace

GoogleFields::ReceivedSpf GoogleFields::parseReceivedSpf(const QString &value)
{
    ReceivedSpf out;
    const QString text = value.trimmed();
    qsizetype i = 0;
    while (i < text.size() && !text.at(i).isSpace() && text.at(i) != u'(' && text.at(i) != u';')
        ++i;
    out.result = text.left(i);
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    if (i < text.size() && text.at(i) == u'(') {
        int depth = 0;
        const qsizetype start = i + 1;
        for (; i < text.size(); ++i) {
            if (text.at(i) == u'\\') {
                ++i;
                continue;
            }
            if (text.at(i) == u'(')
                ++depth;
            else if (text.at(i) == u')' && --depth == 0)
                break;
        }
        out.comment = text.mid(start, i - start);
        ++i;
    }
    for (const QString &part : text.mid(i).split(u';')) {
        const QString p = part.trimmed();
        const qsizetype eq = p.indexOf(u'=');
        if (eq <= 0)
            continue;
        QString v = p.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith(u'"') && v.endsWith(u'"'))
            v = v.mid(1, v.size() - 2);
        out.pairs.append({p.left(eq).trimmed(), v});
    }
    return out;
}

QList<ReceiverVerdict> GoogleFields::read(const ReceiverContext &context)
{
    QList<ReceiverVerdict> out;
    // Gmail writes Received-SPF and Authentication-Results just below the Received field of its
    // MX hop: they are the receiver's own when that Received is the boundary hop or above it.
    const HeaderField *received = nullptr;
    const auto belowTrustedGmailHop = [&context, &received]() {
        if (!received || !received->unfoldedValue().toLower().contains("by mx.google.com"))
            return false;
        return context.trusted(received->line) || (received->line > 1 && context.trusted(received->line - 1));
    };
    for (const HeaderField &field : context.message.headers()) {
        // Named in place (hasName): a lower-cased copy of every name cost two allocations a field.
        if (field.hasName("received")) {
            received = &field;
        } else if (field.hasName("authentication-results")) {
            const AuthResultsField ar = AuthResultsParser::parse(field);
            if (ar.isArc() || ar.authservId.compare(u"mx.google.com", Qt::CaseInsensitive) != 0)
                continue;
            if (!ar.method(u"dmarc") && !ar.method(u"arc"))
                continue; // nothing of Gmail's own beyond what the authentication view shows
            out.append(readAuthResults(context, field, ar, context.trusted(field.line) || belowTrustedGmailHop()));
        } else if (field.hasName("received-spf")) {
            const ReceivedSpf spf = parseReceivedSpf(QString::fromUtf8(field.unfoldedValue()));
            if (!spf.comment.startsWith(u"google.com:", Qt::CaseInsensitive))
                continue;
            out.append(readReceivedSpf(context, field, spf, context.trusted(field.line) || belowTrustedGmailHop()));
        }
    }
    out += OpaqueFields::read(context, vendor);
    return out;
}

} // namespace kensa
