#include "core/receiver/OpaqueFields.h"

#include "core/message/Message.h"

namespace kensa {

QList<ReceiverVerdict> OpaqueFields::read(const ReceiverContext &context, const QString &vendor)
{
    QList<ReceiverVerdict> out;
    // The vendor's fields without tokens, by name (header names are ASCII), compared with each
    // header field's name in place: a QString of every name, compared with every known one, was
    // 1% of an analysis.
    QList<QByteArray> names;
    for (const ReceiverCatalog::Field &known : context.catalog.fields(vendor)) {
        if (known.tokens.isEmpty())
            names.append(known.name.toLatin1());
    }
    if (names.isEmpty())
        return out;
    for (const HeaderField &field : context.message.headers()) {
        for (const QByteArray &name : std::as_const(names)) {
            if (!field.hasName(name))
                continue;
            ReceiverVerdict v = context.catalog.start(vendor, field);
            v.trusted = context.trusted(field.line);
            if (!v.raw.isEmpty())
                v.undocumented.append(v.raw);
            out.append(v);
            break;
        }
    }
    return out;
}

QList<ReceiverVerdict> OpaqueFields::readApple(const ReceiverContext &context)
{
    return read(context, QStringLiteral("apple"));
}

QList<ReceiverVerdict> OpaqueFields::readYahoo(const ReceiverContext &context)
{
    return read(context, QStringLiteral("yahoo"));
}

} // namespace kensa
