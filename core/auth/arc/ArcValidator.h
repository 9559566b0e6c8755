#pragma once

#include "core/auth/arc/ArcResult.h"
#include "core/auth/dkim/DkimResult.h"
#include "core/auth/dkim/DkimSignature.h"
#include "core/auth/dkim/DkimSignatureCheck.h"
#include "core/auth/results/AuthResultsParser.h"
#include "core/base/Limits.h"
#include "core/dns/DnsTypes.h"
#include "core/message/Message.h"

#include <QByteArray>
#include <QDebug>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

namespace kensa {

// Validates the ARC chain of a message (RFC 8617 §5.2) in two steps like DkimVerifier: the
// constructor parses the ARC fields and hashes the AMS and seal data (no DNS), keyQuestions()
// names the key records needed, setAnswer() takes them and result() concludes. A question
// without an answer counts as timed out.
class ArcValidator
{
public:
    // RFC 8617 §4.2.1: at most 50 ARC sets.
    static constexpr int MaxInstances = Limits::MaxArcInstances;

    struct Options
    {
        qint64 now = 0; // seconds since the epoch (AMS x=)
        bool headersOnly = false; // the body was not supplied: AMS bh= cannot be checked
    };

    explicit ArcValidator(const Message &message, Options options);

    QList<DnsQuestion> keyQuestions() const;
    void setAnswer(const DnsAnswer &answer);
    ArcResult result() const;

private:
    // An ARC-Seal read by the RFC 8617 §4.1.3 rules into the signature it is.
    struct Seal
    {
        DkimSignature signature;
        QByteArray cv;
    };
    struct Set
    {
        QList<const HeaderField *> seals;
        QList<const HeaderField *> signatures;
        QList<const HeaderField *> results;
    };
    struct Instance
    {
        Seal seal;
        std::optional<DkimSignatureCheck> sealCheck; // over the ARC sets 1..i (RFC 8617 §5.1.1)
        std::optional<DkimSignatureCheck> ams;
        ArcInstanceResult partial;
        bool amsSignsSeal = false;
    };

    static Seal parseSeal(const HeaderField &field);
    DkimResult finishAms(const Instance &instance) const;
    void finishSeal(const Instance &instance, ArcInstanceResult &out) const;

    Message m_message;
    Options m_options;
    int m_fieldCount = 0; // ARC fields of any kind
    int m_highest = 0; // N
    QString m_structureError; // arc.* key when the sets are not complete and numbered
    QList<QPair<QString, QString>> m_structureArgs;
    int m_structureInstance = 0;
    QList<Instance> m_instances; // index i-1 for instance i, only when the structure is sound
    DkimSignatureCheck::KeyRecords m_keys;
};

} // namespace kensa
