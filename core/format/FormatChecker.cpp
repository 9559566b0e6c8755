#include "core/format/FormatChecker.h"

#include "core/format/FormatContext.h"
#include "core/format/FormatEncodingRules.h"
#include "core/format/FormatFieldRules.h"
#include "core/format/FormatFromRules.h"
#include "core/format/FormatHeaderRules.h"

namespace kensa {

QList<CheckOutcome> FormatChecker::check(const Input &input)
{
    QList<CheckOutcome> out;
    if (input.message == nullptr) {
        for (const QString &id : checkIds())
            out.append(
                makeOutcome(id, CheckStatus::NotVerifiable, QStringLiteral("format.no_message")));
        return out;
    }
    const FormatContext ctx(input, *input.message);
    out.append(FormatHeaderRules::rfc5322(ctx));
    out.append(FormatFromRules::singleFromGmail(ctx));
    out.append(FormatFromRules::singleFromRfc(ctx));
    out.append(FormatFieldRules::singleInstance(ctx));
    out.append(FormatFieldRules::messageId(ctx));
    out.append(FormatFieldRules::sizeLimits(ctx));
    out.append(FormatEncodingRules::encoding(ctx));
    out.append(FormatEncodingRules::idn(ctx));
    out.append(FormatFromRules::honestIdentity(ctx));
    return out;
}

QStringList FormatChecker::checkIds()
{
    using namespace format;
    return {CheckRfc5322,
        CheckSingleFromGmail,
        CheckSingleFromRfc,
        CheckSingleInstance,
        CheckMessageId,
        CheckSizeLimits,
        CheckEncoding,
        CheckIdn,
        CheckHonestIdentity};
}

QStringList FormatChecker::bodyLinks(const MimePart &mime)
{
    return FormatEncodingRules::bodyLinks(mime);
}

} // namespace kensa
