#include "core/receiver/OpaqueFields.h"

#include "core/message/Message.h"

namespace kensa {

QList<ReceiverVerdict> OpaqueFields::read(const ReceiverContext &context, const QString &vendor)
{
    QList<ReceiverVerdict> out;
    const QList<ReceiverCatalog::Field> fields = context.catalog.fields(vendor);
    for (const HeaderField &field : context.message.headers()) {
        const QString name = field.nameText();
        for (const ReceiverCatalog::Field &known : fields) {
            if (!known.tokens.isEmpty() || name.compare(known.name, Qt::CaseInsensitive) != 0)
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
