#pragma once

#include "core/auth/dkim/DkimKey.h"
#include "core/auth/dkim/DkimResult.h"
#include "core/auth/dkim/DkimSignature.h"
#include "core/dns/DnsTypes.h"
#include "core/message/Message.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace kensa {

// Verifies every DKIM-Signature of a message (RFC 6376, RFC 8301, RFC 8463) in two steps, so the
// caller decides how DNS is asked: prepare() parses the signatures and hashes the body and the
// signed header fields (no DNS), keyQuestions() names the key records needed, and results()
// turns the answers into one DkimResult per signature.
class DkimVerifier
{
public:
    struct Options
    {
        qint64 now = 0;            // seconds since the epoch, for x= and t=
        bool headersOnly = false;  // the body was not supplied: bh= cannot be checked
    };

    explicit DkimVerifier(const Message &message, Options options);

    int signatureCount() const { return int(m_states.size()); }
    QList<DnsQuestion> keyQuestions() const;
    void setAnswer(const DnsAnswer &answer);
    // One result per signature, top first. Questions without an answer count as timed out.
    QList<DkimResult> results() const;

private:
    struct State
    {
        const HeaderField *field = nullptr;
        DkimSignature signature;
        DkimResult partial;         // what is known before the key arrives
        QByteArray dataHash;        // hash of the signed header fields and the signature field
        bool bodyMatches = false;
    };

    DkimResult finish(const State &state) const;

    Message m_message;
    Options m_options;
    QList<State> m_states;
    QHash<QByteArray, DnsAnswer> m_answers;         // by key name
    mutable QHash<QByteArray, DkimKey> m_keys;      // parsed once per record text
};

} // namespace kensa
