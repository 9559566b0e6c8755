#include "core/net/OrganizationalDomain.h"

#include "core/text/Idn.h"

#include <QFile>
#include <QHash>

#include <atomic>

#include <libpsl.h>

namespace kensa {

namespace {

quint64 nextListId()
{
    static std::atomic<quint64> next{1};
    return next++;
}

} // namespace

OrganizationalDomain::OrganizationalDomain()
    : m_id(nextListId())
{
    // psl_latest() picks the newest of the system's list and the built-in one.
    m_psl = psl_latest(nullptr);
    m_owned = m_psl != nullptr;
    if (!m_psl)
        m_psl = psl_builtin();
    const char *file = m_owned ? psl_dist_filename() : nullptr;
    m_description = m_owned && file ? QString::fromLocal8Bit(file) : QStringLiteral("libpsl built-in list");
}

OrganizationalDomain::OrganizationalDomain(const QString &listFile)
    : m_id(nextListId())
{
    m_psl = psl_load_file(QFile::encodeName(listFile).constData());
    m_owned = m_psl != nullptr;
    m_description = listFile;
}

OrganizationalDomain::~OrganizationalDomain()
{
    if (m_owned)
        psl_free(const_cast<psl_ctx_t *>(m_psl));
}

const OrganizationalDomain &OrganizationalDomain::system()
{
    static const OrganizationalDomain instance;
    return instance;
}

namespace {

// `text` in lower case. A name that is lower-case ASCII already (nearly every one) is given back
// as it is, without QString::toLower()'s walk through the Unicode case tables (some 500
// instructions for a host name, and this runs for every look-up).
QString lowered(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= u'A' && u <= u'Z') || u >= 0x80)
            return text.toLower();
    }
    return text;
}

} // namespace

QString OrganizationalDomain::orSelf(const QString &domain) const
{
    const QString lower = lowered(domain);
    const QString org = lower.isEmpty() ? QString() : of(lower);
    return org.isEmpty() ? lower : org;
}

bool OrganizationalDomain::sameOrganization(const QString &a, const QString &b) const
{
    return !a.isEmpty() && !b.isEmpty() && orSelf(a) == orSelf(b);
}

QString OrganizationalDomain::of(const QString &domain) const
{
    if (!m_psl || domain.isEmpty() || domain.startsWith(u'.'))
        return {};
    QString name = lowered(domain);
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return {};
    // An analysis asks for the same few domains (From, Return-Path, d=, the hops' names) dozens
    // of times, and a batch for the same senders' again: each thread keeps the answers of the
    // list it asked, up to a bound, as the domains come from the messages.
    struct Cache
    {
        quint64 list = 0;
        QHash<QString, QString> answers;
    };
    thread_local Cache cache;
    if (cache.list != m_id) {
        cache.answers.clear();
        cache.list = m_id;
    }
    if (const auto it = cache.answers.constFind(name); it != cache.answers.cend())
        return *it;
    const QString answer = lookUp(name);
    constexpr qsizetype MaxCached = 4096;
    if (cache.answers.size() >= MaxCached)
        cache.answers.clear();
    cache.answers.insert(name, answer);
    return answer;
}

QString OrganizationalDomain::lookUp(const QString &name) const
{
    // libpsl compares in Unicode (the list holds U-labels); an A-label input is converted for the
    // lookup and the answer given back in A-label form.
    const bool aLabels = name.contains(QStringLiteral("xn--"));
    const QString unicode = aLabels ? Idn::toUnicode(name) : name;
    const QByteArray utf8 = unicode.toUtf8();
    const char *registrable = psl_registrable_domain(m_psl, utf8.constData());
    if (!registrable)
        return {};
    const QString result = QString::fromUtf8(registrable);
    if (!aLabels)
        return result;
    const QString ascii = Idn::toAscii(result);
    return ascii.isEmpty() ? result : ascii;
}

} // namespace kensa
