#include "core/message/DateTime.h"

#include <algorithm>

namespace kensa {

namespace {

// Date texts longer than this are not dates.
constexpr qsizetype MaxDateBytes = 512;

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// QByteArrayView has no left()/mid() before Qt 6.8.
QByteArrayView viewMid(QByteArrayView v, qsizetype pos, qsizetype length = -1)
{
    pos = std::clamp<qsizetype>(pos, 0, v.size());
    if (length < 0 || length > v.size() - pos)
        length = v.size() - pos;
    return v.sliced(pos, length);
}

struct DateToken
{
    enum class Kind { Alpha, Number, Punct };
    Kind kind;
    QByteArray text;
    qsizetype offset; // in the original text
};

int monthNumber(QByteArrayView word, bool *full)
{
    static const char *const names[] = {"january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december"};
    const QByteArray lower = word.toByteArray().toLower();
    for (int i = 0; i < 12; ++i) {
        const QByteArrayView name(names[i]);
        if (lower == viewMid(name, 0, 3)) {
            *full = false;
            return i + 1;
        }
        if (lower == name || (lower.size() == 4 && lower == "sept" && i == 8)) {
            *full = true;
            return i + 1;
        }
    }
    return 0;
}

int weekdayNumber(QByteArrayView word, bool *full)
{
    static const char *const names[]
        = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    const QByteArray lower = word.toByteArray().toLower();
    for (int i = 0; i < 7; ++i) {
        const QByteArrayView name(names[i]);
        if (lower == viewMid(name, 0, 3)) {
            *full = false;
            return i + 1;
        }
        if (lower == name) {
            *full = true;
            return i + 1;
        }
    }
    return 0;
}

// Minutes east of UTC for a zone name; `known` false for names not in the table.
// RFC 5322 §4.3: obs-zone names, and military letters which "SHOULD be considered equivalent
// to -0000" because RFC 822 defined their signs backwards.
int zoneMinutes(QByteArrayView word, bool *known, bool *lenient)
{
    struct Zone
    {
        const char *name;
        int minutes;
        bool standard;
    };
    static const Zone zones[] = {
        {"UT", 0, true},
        {"GMT", 0, true},
        {"EST", -300, true},
        {"EDT", -240, true},
        {"CST", -360, true},
        {"CDT", -300, true},
        {"MST", -420, true},
        {"MDT", -360, true},
        {"PST", -480, true},
        {"PDT", -420, true},
        {"UTC", 0, false},
        {"Z", 0, true},
        {"JST", 540, false},
        {"KST", 540, false},
        {"CET", 60, false},
        {"CEST", 120, false},
        {"MET", 60, false},
        {"MEST", 120, false},
        {"EET", 120, false},
        {"EEST", 180, false},
        {"WET", 0, false},
        {"WEST", 60, false},
        {"BST", 60, false},
        {"HKT", 480, false},
        {"SGT", 480, false},
    };
    const QByteArray upper = word.toByteArray().toUpper();
    for (const Zone &zone : zones) {
        if (upper == zone.name) {
            *known = true;
            *lenient = !zone.standard;
            return zone.minutes;
        }
    }
    if (upper.size() == 1 && upper.at(0) != 'J') {
        *known = true;
        *lenient = false;
        return 0;
    }
    *known = false;
    *lenient = true;
    return 0;
}

class DateReader
{
public:
    explicit DateReader(QByteArrayView text)
        : m_text(text)
    { }

    Result<ParsedDate> read()
    {
        if (m_text.size() > MaxDateBytes)
            return fail(MaxDateBytes);
        tokenize();
        if (m_tokens.isEmpty())
            return fail(0);
        if (peekKind(DateToken::Kind::Number) && m_tokens.first().text.size() == 4
            && peekPunct('-', 1))
            return readIso();
        return readRfc();
    }

private:
    Result<ParsedDate> fail(qsizetype offset) const
    {
        return ParseError{QStringLiteral("date.invalid"), 0, 0, offset};
    }
    Result<ParsedDate> failHere() const
    {
        return fail(m_pos < m_tokens.size() ? m_tokens.at(m_pos).offset : m_text.size());
    }

    // Comments are removed (CFWS is allowed between every token of the obsolete syntax).
    void tokenize()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            const char c = m_text.at(i);
            if (isWsp(c)) {
                ++i;
            } else if (c == '(') {
                int depth = 0;
                while (i < n) {
                    const char d = m_text.at(i);
                    if (d == '\\') {
                        i += 2;
                        continue;
                    }
                    if (d == '(')
                        ++depth;
                    else if (d == ')' && --depth == 0) {
                        ++i;
                        break;
                    }
                    ++i;
                }
            } else if (isAlpha(c) || isDigit(c)) {
                const bool alpha = isAlpha(c);
                const qsizetype start = i;
                while (i < n && (alpha ? isAlpha(m_text.at(i)) : isDigit(m_text.at(i))))
                    ++i;
                m_tokens.append({alpha ? DateToken::Kind::Alpha : DateToken::Kind::Number,
                    viewMid(m_text, start, i - start).toByteArray(),
                    start});
            } else {
                m_tokens.append({DateToken::Kind::Punct, QByteArray(1, c), i});
                ++i;
            }
        }
    }

    bool peekKind(DateToken::Kind kind, qsizetype ahead = 0) const
    {
        const qsizetype at = m_pos + ahead;
        return at < m_tokens.size() && m_tokens.at(at).kind == kind;
    }
    bool peekPunct(char c, qsizetype ahead = 0) const
    {
        return peekKind(DateToken::Kind::Punct, ahead)
            && m_tokens.at(m_pos + ahead).text.at(0) == c;
    }
    bool takePunct(char c)
    {
        if (!peekPunct(c))
            return false;
        ++m_pos;
        return true;
    }
    // A number of `minDigits`..`maxDigits` digits, or -1.
    int takeNumber(int minDigits, int maxDigits, qsizetype *digits = nullptr)
    {
        if (!peekKind(DateToken::Kind::Number))
            return -1;
        const QByteArray &t = m_tokens.at(m_pos).text;
        if (t.size() < minDigits || t.size() > maxDigits)
            return -1;
        ++m_pos;
        if (digits)
            *digits = t.size();
        return t.toInt();
    }

    // hour ":" minute [":" second ["." fraction]]
    bool readTime()
    {
        qsizetype digits = 0;
        m_hour = takeNumber(1, 2, &digits);
        if (m_hour < 0)
            return false;
        if (digits == 1)
            m_lenient = true;
        if (!takePunct(':'))
            return false;
        m_minute = takeNumber(2, 2);
        if (m_minute < 0)
            return false;
        if (takePunct(':')) {
            m_second = takeNumber(2, 2);
            if (m_second < 0)
                return false;
            if ((peekPunct('.') || peekPunct(',')) && peekKind(DateToken::Kind::Number, 1)) {
                ++m_pos;
                const QByteArray frac = m_tokens.at(m_pos++).text;
                m_msec = frac.left(3).leftJustified(3, '0').toInt();
                m_lenient = true;
            }
        }
        return true;
    }

    // zone = ("+" / "-") 4DIGIT / obs-zone; leniently "+hh:mm", "+hh" and common names.
    bool readZone()
    {
        if (peekPunct('+') || peekPunct('-')) {
            const int sign = m_tokens.at(m_pos).text.at(0) == '-' ? -1 : 1;
            ++m_pos;
            qsizetype digits = 0;
            const int number = takeNumber(2, 4, &digits);
            if (number < 0 || digits == 3)
                return false;
            int hours = number;
            int minutes = 0;
            if (digits == 4) {
                hours = number / 100;
                minutes = number % 100;
            } else if (takePunct(':')) {
                minutes = takeNumber(2, 2);
                m_lenient = true;
                if (minutes < 0)
                    return false;
            } else {
                m_lenient = true;
            }
            // QDateTime takes offsets up to 14 hours either way.
            if (minutes >= 60 || hours * 60 + minutes > 14 * 60)
                return false;
            m_offsetMinutes = sign * (hours * 60 + minutes);
            m_zoneSeen = true;
            return true;
        }
        if (peekKind(DateToken::Kind::Alpha)) {
            bool known = false;
            bool lenient = false;
            const int minutes = zoneMinutes(m_tokens.at(m_pos).text, &known, &lenient);
            ++m_pos;
            m_lenient = m_lenient || lenient;
            m_offsetMinutes = minutes;
            m_zoneSeen = known;
            return true;
        }
        return true; // no zone: zoneMissing
    }

    // Trailing words such as "UTC" in "+0000 UTC" or Go's "m=+0.01" are tolerated.
    bool readTrailer()
    {
        while (m_pos < m_tokens.size()) {
            if (!peekKind(DateToken::Kind::Alpha))
                return false;
            m_lenient = true;
            // Go's monotonic clock reading ends the text: "m=+5054614.542624564"
            if (m_tokens.at(m_pos).text == "m" && peekPunct('=', 1))
                return true;
            ++m_pos;
        }
        return true;
    }

    Result<ParsedDate> readRfc()
    {
        bool full = false;
        bool asctime = false;
        if (peekKind(DateToken::Kind::Alpha)) {
            if (weekdayNumber(m_tokens.at(m_pos).text, &full) > 0) {

                m_lenient = m_lenient || full;
                ++m_pos;
                if (!takePunct(',')) {
                    // "Tue May 14 08:02:03 2024" (asctime) or a missing comma
                    m_lenient = true;
                }
            }
            if (peekKind(DateToken::Kind::Alpha)) {
                m_month = monthNumber(m_tokens.at(m_pos).text, &full);
                if (m_month == 0)
                    return failHere();
                asctime = true;
                m_lenient = true;
                ++m_pos;
            }
        }
        if (asctime) {
            // asctime: month day time [zone] year [zone]
            m_day = takeNumber(1, 2);
            if (m_day < 0 || !readTime())
                return failHere();
            if (!readZone())
                return failHere();
            qsizetype digits = 0;
            m_year = takeNumber(4, 4, &digits);
            if (m_year < 0)
                return failHere();
            if (!m_zoneSeen && !readZone())
                return failHere();
        } else {
            // RFC 5322 §3.3: day month year time zone (§4.3: CFWS anywhere, removed above)
            m_day = takeNumber(1, 2);
            if (m_day < 0)
                return failHere();
            if (takePunct('-'))
                m_lenient = true;
            if (!peekKind(DateToken::Kind::Alpha))
                return failHere();
            m_month = monthNumber(m_tokens.at(m_pos).text, &full);
            if (m_month == 0)
                return failHere();
            m_lenient = m_lenient || full;
            ++m_pos;
            if (takePunct('-'))
                m_lenient = true;
            qsizetype digits = 0;
            m_year = takeNumber(2, 4, &digits);
            if (m_year < 0)
                return failHere();
            // RFC 5322 §4.3: two-digit years 00-49 are 20xx, 50-99 and three digits add 1900.
            if (digits == 2)
                m_year += m_year < 50 ? 2000 : 1900;
            else if (digits == 3)
                m_year += 1900;
            if (!readTime())
                return failHere();
            if (!readZone())
                return failHere();
        }
        if (!readTrailer())
            return failHere();
        return finish();
    }

    // ISO 8601 and Go's time.String(): "2024-05-14 08:02:03.474 +0000 UTC m=+5.5"
    Result<ParsedDate> readIso()
    {
        m_lenient = true;
        m_year = takeNumber(4, 4);
        if (!takePunct('-'))
            return failHere();
        m_month = takeNumber(1, 2);
        if (m_month < 1 || !takePunct('-'))
            return failHere();
        m_day = takeNumber(1, 2);
        if (m_day < 0)
            return failHere();
        if (peekKind(DateToken::Kind::Alpha)
            && m_tokens.at(m_pos).text.compare("T", Qt::CaseInsensitive) == 0)
            ++m_pos;
        if (!readTime())
            return failHere();
        if (!readZone())
            return failHere();
        if (!readTrailer())
            return failHere();
        return finish();
    }

    Result<ParsedDate> finish()
    {
        if (m_year < 1900 || m_year > 9999)
            return fail(0);
        const QDate date(m_year, m_month, m_day);
        // RFC 5322 §3.3 allows second 60 for leap seconds; QTime does not.
        const QTime time(m_hour, m_minute, std::min(m_second, 59), m_msec);
        if (!date.isValid() || !time.isValid())
            return fail(0);
        ParsedDate result;
        result.dateTime = m_offsetMinutes == 0
            ? QDateTime(date, time, Qt::UTC)
            : QDateTime(date, time, Qt::OffsetFromUTC, m_offsetMinutes * 60);
        result.lenient = m_lenient;
        result.zoneMissing = !m_zoneSeen;
        if (!result.dateTime.isValid())
            return fail(0);
        return result;
    }

    QByteArrayView m_text;
    QList<DateToken> m_tokens;
    qsizetype m_pos = 0;
    bool m_lenient = false;
    bool m_zoneSeen = false;

    int m_year = -1;
    int m_month = 0;
    int m_day = 0;
    int m_hour = 0;
    int m_minute = 0;
    int m_second = 0;
    int m_msec = 0;
    int m_offsetMinutes = 0;
};

} // namespace

Result<ParsedDate> DateTime::parse(QByteArrayView text)
{
    return DateReader(text).read();
}

int DateTime::weekday(QByteArrayView word)
{
    bool full = false;
    return weekdayNumber(word, &full);
}

} // namespace kensa
