#pragma once

#include "core/receiver/ReceiverFields.h"

#include <QList>
#include <QString>

namespace kensa {

// Fields a vendor writes without publishing what they mean: every field of `vendor` in the data
// that has no tokens is shown raw, its whole value listed as undocumented, with no verdict.
class OpaqueFields
{
public:
    static QList<ReceiverVerdict> read(const ReceiverContext &context, const QString &vendor);
    static QList<ReceiverVerdict> readApple(const ReceiverContext &context);
    static QList<ReceiverVerdict> readYahoo(const ReceiverContext &context);
};

} // namespace kensa
