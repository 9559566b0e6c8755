#pragma once

#include <QString>

#include <memory>

struct psl_ctx_st;

namespace kensa {

// RFC 7489 §3.2 organisational domain: the registrable domain under the Public Suffix List,
// through libpsl (DESIGN.md: the system's list, never a hand-made one). DMARC per RFC 9989 uses
// the DNS Tree Walk instead (DmarcEvaluator); this is the RFC 7489 answer shown beside it.
class OrganizationalDomain
{
public:
    // The list Debian installs (/usr/share/publicsuffix), or libpsl's built-in copy.
    static const OrganizationalDomain &system();
    // A list file (the conformance tests use the one of their own commit).
    explicit OrganizationalDomain(const QString &listFile);
    ~OrganizationalDomain();
    OrganizationalDomain(const OrganizationalDomain &) = delete;
    OrganizationalDomain &operator=(const OrganizationalDomain &) = delete;

    bool isValid() const { return m_psl != nullptr; }
    QString listDescription() const { return m_description; }

    // The registrable domain of `domain` (lower case, in the input's form: U-label in, U-label
    // out; A-label in, A-label out), or a null string when there is none (a public suffix
    // itself, an empty name, a leading dot).
    QString of(const QString &domain) const;
    // of(), or the name itself (lower case) when it has no registrable domain: what alignment
    // compares ("" for an empty name).
    QString orSelf(const QString &domain) const;
    // Relaxed alignment (RFC 7489 §3.1.1): the same organisational domain.
    bool sameOrganization(const QString &a, const QString &b) const;

private:
    OrganizationalDomain();
    QString lookUp(const QString &name) const;

    const psl_ctx_st *m_psl = nullptr;
    bool m_owned = false;
    QString m_description;
    quint64 m_id; // tells this list's answers apart in the per-thread cache of of()
};

} // namespace kensa
