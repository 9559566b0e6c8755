#pragma once

#include "core/base/Finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kensa {

// A DMARC policy record (RFC 9989 §4.7). Unknown tags and invalid values of known tags are
// ignored as the RFC says, each with a finding; pct, rf and ri are read and reported as
// historic (RFC 7489 tags that RFC 9989 removed).
struct DmarcRecord
{
    bool valid = false;         // starts with v=DMARC1 and parses as a tag list
    QString policy;             // p: none | quarantine | reject ("" when absent or invalid)
    QString subdomainPolicy;    // sp
    QString nonexistentPolicy;  // np
    QString psd;                // y | n | u ("" when absent)
    bool testing = false;       // t=y
    bool strictDkim = false;    // adkim=s
    bool strictSpf = false;     // aspf=s
    QStringList rua;
    QStringList ruf;
    QString fo;
    int pct = -1;               // historic; -1 when absent
    QByteArray text;            // the record as published
    QList<Finding> findings;    // dmarc.record.* keys

    static bool looksLikeDmarc(QByteArrayView text); // "v=DMARC1" first, case-insensitive
    static DmarcRecord parse(QByteArrayView text);
};

} // namespace kensa
