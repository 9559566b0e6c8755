#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace kensa {

// The one base64 decoder (RFC 4648 §4 alphabet), with the three sets of rules mail needs. One
// table: every DKIM signature's b= and bh= and every base64 MIME body go through here.
class Base64
{
public:
    enum class Rules {
        // QByteArray::fromBase64Encoding(AbortOnBase64DecodingErrors): any byte outside the
        // alphabet fails; "=" only as the last one or two bytes of input whose length is a
        // multiple of 4; without padding, bits that make no whole byte are dropped. DKIM tags.
        Strict,
        // RFC 2047 §4.1 encoded words: up to two "=" at the end whatever the length; a length
        // that leaves a single symbol in the last group fails; any other byte fails.
        EncodedWord,
        // RFC 2045 §6.8 bodies, leniently: bytes outside the alphabet are skipped, and "=" ends
        // a group so that concatenated encoded blocks still decode. Never fails.
        Lenient,
    };

    // The value of one base64 character, -1 for any other byte.
    static int value(char c);
    // RFC 2045 §6.8 check of a base64 body: only the alphabet, "=" padding after the last
    // symbol, line breaks and white space (SP, HTAB, CR). Returns the line of the first offence,
    // the body's first line being 0, or -1 when the body is valid. A final group of a single
    // symbol carries fewer than 8 bits: it offends on the line of that symbol.
    static int firstInvalidLine(QByteArrayView body);
    // The decoded bytes, or nullopt when the input breaks `rules`; at most `limit` bytes
    // (Lenient stops there; the others decode everything), -1 for no limit.
    static std::optional<QByteArray> decode(
        QByteArrayView in, Rules rules = Rules::Strict, qsizetype limit = -1);
};

} // namespace kensa
