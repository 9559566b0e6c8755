#pragma once

#include "core/base/Result.h"

#include <QByteArrayView>
#include <QDateTime>

namespace kensa {

// A date-time read by DateTime::parse.
struct ParsedDate
{
    QDateTime dateTime; // with the written UTC offset (UTC when missing, "-0000" or military)
    bool lenient = false; // read, but neither RFC 5322 §3.3 nor §4.3 syntax
    bool zoneMissing = false; // no zone, or a zone name Kensa does not know: taken as UTC

    bool operator==(const ParsedDate &) const = default;
};

// Date-times as mail writes them: the Date field (RFC 5322 §3.6.1) and the date after a Received
// field's ";" (RFC 5321 §4.4).
class DateTime
{
public:
    // RFC 5322 §3.3 date-time incl. the obsolete forms of §4.3 (CFWS, no weekday, 2/3-digit years,
    // alphabetic and military zones, no seconds), and leniently: fractional seconds, "+hh:mm",
    // "UTC"/"JST", no zone, ISO 8601 and Go's time.String(), asctime order. Error key:
    // date.invalid with the offset of the first byte not understood.
    static Result<ParsedDate> parse(QByteArrayView text);
    // 1 (Monday) to 7 for a day name or its three-letter abbreviation, any case; 0 otherwise.
    static int weekday(QByteArrayView word);
};

} // namespace kensa
