#include "core/text/Idn.h"

#include <QStringList>

#include <memory>
#include <unicode/uidna.h>

namespace kensa {

namespace {

// RFC 1035 §2.3.4 limits names to 255 octets; anything much longer is not worth handing to ICU.
constexpr qsizetype MaxDomainLength = 1024;

struct IdnaCloser
{
    void operator()(UIDNA *idna) const { uidna_close(idna); }
};

// UTS #46 non-transitional processing (IDNA2008), with the Bidi and ContextJ rules of
// RFC 5893 and RFC 5892 Appendix A. ICU allows one UIDNA to be shared between threads.
const UIDNA *uts46()
{
    static const std::unique_ptr<UIDNA, IdnaCloser> idna = [] {
        UErrorCode status = U_ZERO_ERROR;
        UIDNA *opened = uidna_openUTS46(UIDNA_NONTRANSITIONAL_TO_ASCII
                | UIDNA_NONTRANSITIONAL_TO_UNICODE | UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ,
            &status);
        if (U_FAILURE(status)) {
            uidna_close(opened);
            opened = nullptr;
        }
        return std::unique_ptr<UIDNA, IdnaCloser>(opened);
    }();
    return idna.get();
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Whether a label starts with the ACE prefix "xn--" (any case). Found in place: the domain is
// asked about on every look-up of an organisational domain, and splitting it into a list of
// labels cost some 1,500 instructions a call.
bool hasALabel(QStringView domain)
{
    for (qsizetype start = 0; start < domain.size();) {
        if (domain.sliced(start).startsWith(u"xn--", Qt::CaseInsensitive))
            return true;
        const qsizetype dot = domain.indexOf(u'.', start);
        if (dot < 0)
            break;
        start = dot + 1;
    }
    return false;
}

using Convert = int32_t (*)(
    const UIDNA *, const UChar *, int32_t, UChar *, int32_t, UIDNAInfo *, UErrorCode *);

// Runs one UTS #46 conversion; false on any processing error.
bool convert(Convert function, const QString &domain, QString *out)
{
    const UIDNA *idna = uts46();
    if (idna == nullptr || domain.isEmpty() || domain.size() > MaxDomainLength)
        return false;
    const auto *source = reinterpret_cast<const UChar *>(domain.constData());
    const auto sourceLength = static_cast<int32_t>(domain.size());
    QString result(domain.size() * 4 + 16, Qt::Uninitialized);
    for (int attempt = 0; attempt < 2; ++attempt) {
        UErrorCode status = U_ZERO_ERROR;
        UIDNAInfo info = UIDNA_INFO_INITIALIZER;
        const int32_t length = function(idna,
            source,
            sourceLength,
            reinterpret_cast<UChar *>(result.data()),
            static_cast<int32_t>(result.size()),
            &info,
            &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            result.resize(length);
            continue;
        }
        if (U_FAILURE(status))
            return false;
        uint32_t errors = info.errors;
        // Hyphen rules are IDNA's (RFC 5891 §4.2.3.1); plain host names such as
        // "r1---sn-4g5e.example" are older than IDNA and still valid DNS names.
        if (isAscii(domain) && !hasALabel(domain))
            errors &= ~uint32_t(
                UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4);
        if (errors != 0)
            return false;
        result.truncate(length);
        *out = result;
        return true;
    }
    return false;
}

} // namespace

QString Idn::toAscii(const QString &domain)
{
    QString ascii;
    if (!convert(uidna_nameToASCII, domain, &ascii))
        return {};
    // The absolute form "example.com." names the same domain; callers compare and query
    // without the root label.
    if (ascii.endsWith(u'.'))
        ascii.chop(1);
    return ascii;
}

QString Idn::toUnicode(const QString &domain)
{
    QString unicode;
    if (!convert(uidna_nameToUnicode, domain, &unicode))
        return domain;
    return unicode;
}

bool Idn::isInternationalised(const QString &domain)
{
    return !isAscii(domain) || hasALabel(domain);
}

} // namespace kensa
