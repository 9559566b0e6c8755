#include "core/text/Base64.h"

#include "core/text/VectorScan.h"

#include <array>
#include <limits>

namespace kensa {

namespace {

constexpr std::array<qint8, 256> base64Table = [] {
    std::array<qint8, 256> t{};
    for (auto &v : t)
        v = -1;
    constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        t[static_cast<unsigned char>(alphabet[i])] = static_cast<qint8>(i);
    return t;
}();

// Decodes the symbols of in[0, end), all in the alphabet, four at a time.
std::optional<QByteArray> decodeSymbols(QByteArrayView in, qsizetype end)
{
    const auto *p = reinterpret_cast<const unsigned char *>(in.data());
    QByteArray decoded(end * 3 / 4, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(decoded.data());
    qsizetype i = 0;
    for (; i + 4 <= end; i += 4) {
        const int a = base64Table[p[i]];
        const int b = base64Table[p[i + 1]];
        const int c = base64Table[p[i + 2]];
        const int d = base64Table[p[i + 3]];
        if ((a | b | c | d) < 0)
            return std::nullopt;
        const unsigned v = unsigned(a) << 18 | unsigned(b) << 12 | unsigned(c) << 6 | unsigned(d);
        *o++ = (unsigned char)(v >> 16);
        *o++ = (unsigned char)(v >> 8);
        *o++ = (unsigned char)v;
    }
    unsigned bits = 0;
    int count = 0;
    for (; i < end; ++i) {
        const int v = base64Table[p[i]];
        if (v < 0)
            return std::nullopt;
        bits = bits << 6 | unsigned(v);
        count += 6;
        if (count >= 8) {
            count -= 8;
            *o++ = (unsigned char)(bits >> count);
            bits &= (1u << count) - 1;
        }
    }
    decoded.truncate(reinterpret_cast<char *>(o) - decoded.constData());
    return decoded;
}

QByteArray decodeLenient(QByteArrayView in, qsizetype limit)
{
    QByteArray out;
    out.reserve(qMin(limit, in.size() / 4 * 3 + 3));
    quint32 acc = 0;
    int bits = 0;
    for (const char c : in) {
        const int v = base64Table[static_cast<unsigned char>(c)];
        if (v < 0) {
            if (c == '=') {
                acc = 0;
                bits = 0;
            }
            continue;
        }
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((acc >> bits) & 0xFF));
            acc &= (1u << bits) - 1;
            if (out.size() >= limit)
                break;
        }
    }
    return out;
}

} // namespace

int Base64::value(char c)
{
    return base64Table[static_cast<unsigned char>(c)];
}

int Base64::firstInvalidLine(QByteArrayView body)
{
    const auto *p = reinterpret_cast<const unsigned char *>(body.data());
    const qsizetype n = body.size();
    // Whole blocks of symbols and line breaks first; the loop below takes the rest, and the
    // block that holds the padding or a stray byte.
    VectorScan::Base64Blocks blocks;
    qsizetype i = VectorScan::skipBase64Blocks(body.data(), body.data() + n, blocks) - body.data();
    qsizetype symbols = blocks.symbols;
    int line = blocks.lineFeeds;
    int lastSymbolLine = qMax(0, blocks.lineFeedsBeforeLastSymbol);
    bool padded = false;
    while (i < n) {
        // Bodies are mostly lines of symbols: take each run in one tight loop, then look at
        // the byte that ends it.
        const qsizetype start = i;
        i = VectorScan::skipBase64Symbols(body.data() + i, body.data() + n) - body.data();
        if (i > start) {
            if (padded)
                return line;
            symbols += i - start;
            lastSymbolLine = line;
            if (i == n)
                break;
        }
        switch (p[i]) {
        case '\n':
            ++line;
            break;
        case '\r':
        case ' ':
        case '\t':
            break;
        case '=':
            padded = true;
            break;
        default:
            return line;
        }
        ++i;
    }
    return symbols % 4 == 1 ? lastSymbolLine : -1;
}

std::optional<QByteArray> Base64::decode(QByteArrayView in, Rules rules, qsizetype limit)
{
    if (rules == Rules::Lenient)
        return decodeLenient(in, limit < 0 ? std::numeric_limits<qsizetype>::max() : limit);
    qsizetype end = in.size();
    if (rules == Rules::Strict) {
        if (end > 0 && in[end - 1] == '=') {
            if (end % 4 != 0)
                return std::nullopt;
            --end;
            if (end > 0 && in[end - 1] == '=')
                --end;
        }
    } else {
        for (int padding = 0; padding < 2 && end > 0 && in[end - 1] == '='; ++padding)
            --end;
        if (end % 4 == 1)
            return std::nullopt;
    }
    return decodeSymbols(in, end);
}

} // namespace kensa
