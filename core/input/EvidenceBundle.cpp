#include "core/input/EvidenceBundle.h"

#include "core/text/ZipArchive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace kensa {

namespace {

const QStringList Origins = {QStringLiteral("file"), QStringLiteral("paste"), QStringLiteral("stdin")};
const QStringList MailKinds = {QStringLiteral("auto"), QStringLiteral("marketing"), QStringLiteral("transactional")};

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString isoTime(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

Severity severityFromName(const QString &name, bool *ok)
{
    *ok = true;
    for (Severity s : {Severity::Info, Severity::Notice, Severity::Warning, Severity::Error}) {
        if (severityName(s) == name)
            return s;
    }
    *ok = false;
    return Severity::Info;
}

std::optional<EvidenceBundle> fail(Finding *problem, const QString &key, QList<QPair<QString, QString>> args = {})
{
    if (problem)
        *problem = makeFinding(key, Severity::Error, std::move(args));
    return std::nullopt;
}

} // namespace

bool EvidenceBundle::looksLikeBundle(QByteArrayView data, const QString &name)
{
    if (name.endsWith(QStringLiteral(".kensa"), Qt::CaseInsensitive))
        return true;
    // The manifest's name stands in the local header and in the central directory uncompressed,
    // whatever tool made the archive.
    return ZipArchive::hasSignature(data) && data.contains(QByteArrayView(ManifestEntry));
}

QByteArray EvidenceBundle::write() const
{
    QJsonArray findingsJson;
    for (const Finding &f : findings) {
        QJsonObject args;
        for (const auto &[argName, value] : f.args)
            args.insert(argName, value);
        findingsJson.append(QJsonObject{{u"key"_qs, f.key},
                                        {u"severity"_qs, severityName(f.severity)},
                                        {u"args"_qs, args}});
    }
    const QJsonObject messageJson{
        {u"entry"_qs, messageEntry},
        {u"headers_only"_qs, headersOnly},
        {u"origin"_qs, origin},
        {u"source_file"_qs, stringOrNull(sourceFile)},
        {u"index"_qs, sourceIndex >= 0 ? QJsonValue(sourceIndex) : QJsonValue()},
        {u"size"_qs, qint64(message.size())},
        {u"original_size"_qs, originalSize},
        {u"normalised"_qs, QJsonArray::fromStringList(normalised)},
        {u"findings"_qs, findingsJson},
    };
    const QJsonObject dnsJson{{u"entry"_qs, dnsEntry}, {u"answers"_qs, dnsAnswers}, {u"offline"_qs, wasOffline}};
    const QJsonObject optionsJson{
        {u"bulk"_qs, bulk},
        {u"mail_kind"_qs, mailKind},
        {u"providers"_qs, QJsonArray::fromStringList(providers)},
        {u"trusted_authserv_id"_qs, stringOrNull(trustedAuthservId)},
    };
    const QJsonObject manifest{
        {u"format"_qs, QString::fromLatin1(Format)},
        {u"format_version"_qs, FormatVersion},
        {u"kensa_version"_qs, kensaVersion},
        {u"saved_at"_qs, isoTime(savedAt)},
        {u"analysis_time"_qs, isoTime(QDateTime::fromSecsSinceEpoch(analysisTime, Qt::UTC))},
        {u"analysis_time_s"_qs, analysisTime},
        {u"message"_qs, messageJson},
        {u"dns"_qs, dnsJson},
        {u"options"_qs, optionsJson},
    };
    return ZipArchive::write({{QString::fromLatin1(ManifestEntry), QJsonDocument(manifest).toJson(QJsonDocument::Indented)},
                              {messageEntry, message},
                              {dnsEntry, dnsSnapshot}},
                             savedAt);
}

std::optional<EvidenceBundle> EvidenceBundle::read(QByteArrayView data, Finding *problem)
{
    ZipError zipError;
    const std::optional<QList<ZipEntry>> entries = ZipArchive::read(data, &zipError);
    if (!entries) {
        return fail(problem, zipError.key,
                    {{QStringLiteral("entry"), zipError.entry},
                     {QStringLiteral("offset"), QString::number(zipError.offset)},
                     {QStringLiteral("value"), QString::number(zipError.value)}});
    }
    const auto entry = [&entries](const QString &name) -> const ZipEntry * {
        for (const ZipEntry &e : *entries) {
            if (e.name == name)
                return &e;
        }
        return nullptr;
    };
    const ZipEntry *manifestEntry = entry(QString::fromLatin1(ManifestEntry));
    if (!manifestEntry)
        return fail(problem, QStringLiteral("evidence.no_manifest"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(manifestEntry->data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(problem, QStringLiteral("evidence.bad_manifest"), {{QStringLiteral("field"), QStringLiteral("JSON")}});
    const QJsonObject manifest = document.object();
    if (manifest.value(u"format").toString() != QLatin1StringView(Format))
        return fail(problem, QStringLiteral("evidence.bad_manifest"), {{QStringLiteral("field"), QStringLiteral("format")}});
    const int version = manifest.value(u"format_version").toInt(0);
    if (version > FormatVersion) {
        return fail(problem, QStringLiteral("evidence.newer_format"),
                    {{QStringLiteral("version"), manifest.value(u"kensa_version").toString()}});
    }
    const auto bad = [problem](const QString &field) {
        return fail(problem, QStringLiteral("evidence.bad_manifest"), {{QStringLiteral("field"), field}});
    };
    if (version < 1)
        return bad(QStringLiteral("format_version"));

    EvidenceBundle b;
    b.kensaVersion = manifest.value(u"kensa_version").toString();
    b.savedAt = QDateTime::fromString(manifest.value(u"saved_at").toString(), Qt::ISODate).toUTC();
    if (!b.savedAt.isValid())
        return bad(QStringLiteral("saved_at"));
    const QJsonValue time = manifest.value(u"analysis_time_s");
    if (!time.isDouble() || time.toDouble() <= 0 || time.toDouble() > 253402300799.0) // up to 9999-12-31
        return bad(QStringLiteral("analysis_time_s"));
    b.analysisTime = qint64(time.toDouble());

    const QJsonObject message = manifest.value(u"message").toObject();
    b.messageEntry = message.value(u"entry").toString();
    b.headersOnly = message.value(u"headers_only").toBool();
    b.origin = message.value(u"origin").toString();
    if (!Origins.contains(b.origin))
        return bad(QStringLiteral("message/origin"));
    b.sourceFile = message.value(u"source_file").toString();
    b.sourceIndex = message.value(u"index").toInt(-1);
    b.originalSize = qint64(message.value(u"original_size").toDouble(0));
    for (const QJsonValue v : message.value(u"normalised").toArray())
        b.normalised.append(v.toString());
    for (const QJsonValue v : message.value(u"findings").toArray()) {
        const QJsonObject f = v.toObject();
        bool ok = false;
        const Severity severity = severityFromName(f.value(u"severity").toString(), &ok);
        if (!ok || f.value(u"key").toString().isEmpty())
            return bad(QStringLiteral("message/findings"));
        QList<QPair<QString, QString>> args;
        const QJsonObject argsJson = f.value(u"args").toObject();
        for (auto it = argsJson.begin(); it != argsJson.end(); ++it)
            args.append({it.key(), it.value().toString()});
        b.findings.append(makeFinding(f.value(u"key").toString(), severity, args));
    }

    const QJsonObject dns = manifest.value(u"dns").toObject();
    b.dnsEntry = dns.value(u"entry").toString();
    b.dnsAnswers = dns.value(u"answers").toInt();
    b.wasOffline = dns.value(u"offline").toBool();

    const QJsonObject options = manifest.value(u"options").toObject();
    b.bulk = options.value(u"bulk").toBool();
    b.mailKind = options.value(u"mail_kind").toString(QStringLiteral("auto"));
    if (!MailKinds.contains(b.mailKind))
        return bad(QStringLiteral("options/mail_kind"));
    for (const QJsonValue v : options.value(u"providers").toArray())
        b.providers.append(v.toString());
    b.trustedAuthservId = options.value(u"trusted_authserv_id").toString();

    // The entries the manifest names must be there; their names were checked by ZipArchive.
    for (const QString &name : {b.messageEntry, b.dnsEntry}) {
        if (name.isEmpty() || name == QLatin1StringView(ManifestEntry) || !entry(name))
            return fail(problem, QStringLiteral("evidence.missing_entry"), {{QStringLiteral("entry"), name}});
    }
    if (b.messageEntry == b.dnsEntry)
        return bad(QStringLiteral("dns/entry"));
    b.message = entry(b.messageEntry)->data;
    b.dnsSnapshot = entry(b.dnsEntry)->data;
    return b;
}

} // namespace kensa
