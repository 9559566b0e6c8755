#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QMetaType>

#include <optional>

namespace kensa {

// One directive or modifier of an SPF record (RFC 7208 §4.6.1), as parsed; macro-strings stay
// unexpanded (they are expanded per evaluation, RFC 7208 §7).
struct SpfTerm
{
    enum class Kind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists, Redirect, Explanation, Unknown };

    Kind kind = Kind::All;
    char qualifier = '+'; // + - ~ ? (mechanisms only)
    QByteArray name; // the modifier's name as written (Unknown), lower case otherwise
    QByteArray domainSpec; // macro-string; empty: the current domain (a, mx, ptr)
    QByteArray address; // ip4: 4 bytes, ip6: 16 bytes (network order)
    int cidr4 = -1; // prefix length; -1: none given (a, mx, ip4)
    int cidr6 = -1; // prefix length; -1: none given (a, mx, ip6)
    QByteArray text; // the term as written
    qsizetype offset = 0; // byte offset of the term in the record

    bool isMechanism() const
    {
        return kind != Kind::Redirect && kind != Kind::Explanation && kind != Kind::Unknown;
    }
    // "a", "mx", "redirect", ...: the name of the kind.
    static QByteArray kindName(Kind kind);
    bool operator==(const SpfTerm &) const = default;
};

// An SPF record (RFC 7208 §4.5, §12 ABNF). parse() rejects any syntax error anywhere in the record
// (§4.6: the whole record is permerror) with the offset of the offending term; errors are keys:
// spf.syntax.version, spf.syntax.character, spf.syntax.unknown_mechanism, spf.syntax.mechanism,
// spf.syntax.cidr, spf.syntax.ip4, spf.syntax.ip6, spf.syntax.domain_spec, spf.syntax.macro,
// spf.syntax.modifier, spf.syntax.duplicate_modifier.
class SpfRecord
{
public:
    // RFC 7208 §4.5: "v=spf1" (case-insensitive) followed by a space or the end.
    static bool isSpfRecord(const QByteArray &text);
    static Result<SpfRecord> parse(const QByteArray &text);

    const QByteArray &text() const { return m_text; }
    const QList<SpfTerm> &terms() const { return m_terms; } // every term, in order
    QList<SpfTerm> mechanisms() const;
    const std::optional<SpfTerm> &redirect() const { return m_redirect; }
    const std::optional<SpfTerm> &explanation() const { return m_explanation; }

    // Macro-strings (RFC 7208 §7.1). `explain`: an explain-string (exp= TXT), where c r t and
    // spaces are allowed. The offset of the first error into `text`, or -1 when valid.
    static qsizetype macroStringError(const QByteArray &text, bool explain);
    // domain-spec = macro-string domain-end (RFC 7208 §7.1).
    static bool isValidDomainSpec(const QByteArray &text);

    bool operator==(const SpfRecord &) const = default;

private:
    QByteArray m_text;
    QList<SpfTerm> m_terms;
    std::optional<SpfTerm> m_redirect;
    std::optional<SpfTerm> m_explanation;
};

QDebug operator<<(QDebug dbg, const SpfTerm &term);
QDebug operator<<(QDebug dbg, const SpfRecord &record);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::SpfRecord)
