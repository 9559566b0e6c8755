#pragma once

#include "core/base/Finding.h"
#include "core/dns/DnsTypes.h"

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace kensa {

// One step of an SPF evaluation, for the evidence view.
struct SpfTraceEntry
{
    enum class Kind { Record, Term, Lookup, Match, Result, Note };

    Kind kind = Kind::Note;
    int depth = 0; // 0: the checked domain; +1 per include/redirect
    QByteArray domain; // the domain whose record is being evaluated
    QByteArray text; // Record: the record; Term: the term as written; Lookup: "TXT name";
        // Result: the result word; Note: a key
    QString detail; // Lookup: status and answers; Term/Match: the expanded target
    // Result and Note: the explanation key (and its arguments) a reader is shown instead of the
    // key itself.
    QString key;
    QList<QPair<QString, QString>> args;

    static QString kindName(Kind kind); // "record", "term", "lookup", "match", "result", "note"
    bool operator==(const SpfTraceEntry &) const = default;
};

// The outcome of check_host() (RFC 7208 §2.6): the result word, why, and the evidence.
struct SpfResult
{
    QString result; // pass fail softfail neutral none temperror permerror
    QString reason; // spf.* key
    QList<QPair<QString, QString>> reasonArgs;
    // Fail only: the expanded exp= text (RFC 7208 §6.2); empty with defaultExplanation set when
    // there is no usable exp=.
    QString explanation;
    bool defaultExplanation = false;
    QByteArray ip; // as given
    QByteArray domain;
    QByteArray sender;
    QByteArray helo;
    QByteArray record; // the checked domain's SPF record, if one was found
    QByteArray matchedTerm; // the mechanism that decided, as written
    QByteArray matchedDomain; // the domain whose record holds it
    int lookups = 0; // terms that caused DNS lookups (RFC 7208 §4.6.4)
    int voidLookups = 0;
    QList<SpfTraceEntry> trace;
    QList<DnsAnswer> answers; // every answer used, in order of first use
    QList<Finding> findings;

    bool operator==(const SpfResult &) const = default;
};

QDebug operator<<(QDebug dbg, const SpfResult &result);

} // namespace kensa

Q_DECLARE_METATYPE(kensa::SpfResult)
