#pragma once

#include "core/receiver/ReceiverFields.h"

namespace kensa {

// SpamAssassin's fields (resources/receivers/spamassassin.json): X-Spam-Status (also the
// SpamAssassin 2.x form with hits=), X-Spam-Flag, X-Spam-Level, X-Spam-Report and
// X-Spam-Checker-Version, each decoded as SpamAssassin's documentation describes it. Other
// filters write fields of the same names in the same form; the field cannot say which program
// wrote it, so it is read as SpamAssassin's.
class SpamAssassinFields
{
public:
    static QList<ReceiverVerdict> read(const ReceiverContext &context);
};

} // namespace kensa
