#pragma once

#include "core/base/Finding.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace kensa {

// RFC 2047 encoded-words ("=?charset?B|Q?text?=", RFC 2231 language suffix tolerated) in
// unstructured fields and phrases. Whitespace between adjacent encoded-words is dropped
// (RFC 2047 §6.2); words split in the middle of a multibyte character are joined before
// decoding when they share a charset, as real mailers produce them. Leniently, B text cut by a
// fold is joined (a Notice), and a line break inside decoded text becomes a space: the decoded
// value is one line.
class EncodedWordDecoder
{
public:
    struct Output
    {
        QString text;
        // Problems found, with keys (no line/header: the caller fills those in):
        //   header.encoded_word.unknown_charset   {charset}     word kept raw, flagged
        //   header.encoded_word.malformed          {word}        kept raw
        //   header.encoded_word.split              {word}        B text cut by a fold, joined
        //   header.encoded_word.bad_payload        {word}        invalid base64 / Q text
        //   header.encoded_word.invalid_bytes      {charset}     bytes invalid in that charset
        //   header.encoded_word.too_many           {limit}
        QList<Finding> findings;
        QStringList unknownCharsets;
    };

    // `value` is an unfolded field value (bytes after the colon, CRLF-WSP removed).
    static Output decode(QByteArrayView value);
};

} // namespace kensa
