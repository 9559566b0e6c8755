#pragma once

#include "core/auth/dkim/DkimResult.h"
#include "core/auth/dkim/DkimSignatureCheck.h"
#include "core/dns/DnsTypes.h"
#include "core/message/Message.h"

#include <QList>

namespace kensa {

// Verifies every DKIM-Signature of a message (RFC 6376, RFC 8301, RFC 8463) in two steps, so the
// caller decides how DNS is asked: the constructor parses the signatures and prepares one
// DkimSignatureCheck each (body and header hashes, no DNS), keyQuestions() names the key records
// needed, and results() turns the answers into one DkimResult per signature.
class DkimVerifier
{
public:
    struct Options
    {
        qint64 now = 0;            // seconds since the epoch, for x= and t=
        bool headersOnly = false;  // the body was not supplied: bh= cannot be checked
    };

    explicit DkimVerifier(const Message &message, Options options);

    int signatureCount() const { return int(m_checks.size()); }
    QList<DnsQuestion> keyQuestions() const;
    void setAnswer(const DnsAnswer &answer);
    // One result per signature, top first. Questions without an answer count as timed out.
    // Only the first Limits::MaxDkimSignatures are verified.
    QList<DkimResult> results() const;

private:
    // A signature beyond Limits::MaxDkimSignatures: listed with its tags, result "policy".
    static DkimResult notVerified(const DkimSignatureCheck &check, int index, int count);

    Options m_options;
    QList<DkimSignatureCheck> m_checks; // one per DKIM-Signature, top first
    DkimSignatureCheck::KeyRecords m_keys;
};

} // namespace kensa
