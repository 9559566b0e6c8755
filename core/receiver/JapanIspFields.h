#pragma once

#include "core/receiver/ReceiverFields.h"

namespace kensa {

// Japanese ISPs' and hosting filters' verdicts, decoded as far as their operators document them
// (resources/receivers/ocn.json, biglobe.json, nfilter.json, subject_tag.json):
// X-OCN-SPAM-CHECK and [meiwaku] (OCN), X-Biglobe-Spamcheck (raw: BIGLOBE documents only its
// [spam] subject tag), X-MD-Class / X-MD-Comment / X-MD-Id / X-MD-Learn and [spam]
// (ネッチュウフィルタ), and the subject tags of hosting filters ([SPAM], [MEIWAKU], [JUNK],
// [SPAM-DETECT], [SPAM-SUSPECT]). A subject tag is credited to a vendor only when that vendor's
// own field is in the message; otherwise it is a tag added by some receiving filter.
class JapanIspFields
{
public:
    static QList<ReceiverVerdict> read(const ReceiverContext &context);
};

} // namespace kensa
