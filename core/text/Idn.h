#pragma once

#include <QString>

namespace kensa {

// Internationalised domain names (IDNA2008 with UTS #46 processing, through ICU).
class Idn
{
public:
    // A-label form, lower case ("xn--r8jz45g.jp"); empty when the name is not a valid IDN.
    static QString toAscii(const QString &domain);
    // U-label form ("例え.jp"); the input unchanged when it cannot be converted.
    static QString toUnicode(const QString &domain);
    static bool isInternationalised(const QString &domain); // any xn-- label or non-ASCII
};

} // namespace kensa
