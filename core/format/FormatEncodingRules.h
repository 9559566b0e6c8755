#pragma once

#include "core/base/CheckOutcome.h"

#include <QStringList>

namespace kensa {

class MimePart;
struct FormatContext;

// The rules on how text and names are written: RFC 2047 / RFC 6532 encodings in header fields,
// and internationalised domains (headers, authentication, envelope, body links) at UTS #39 §5.2.
class FormatEncodingRules
{
public:
    static CheckOutcome encoding(const FormatContext &ctx); // format.encoding
    static CheckOutcome idn(const FormatContext &ctx); // format.idn

    // See FormatChecker::bodyLinks().
    static QStringList bodyLinks(const MimePart &mime);
};

} // namespace kensa
