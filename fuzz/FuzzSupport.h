#pragma once

// What every fuzz target shares: Qt's messages silenced (a parser that warns is not a finding,
// and printing would slow the run down), the input as Qt bytes, and a header field built the
// way Message::parse builds one.

#include "core/message/HeaderField.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

namespace kensa::fuzz {

inline void quietMessages(QtMsgType, const QMessageLogContext &, const QString &) {}

// The fuzzer's bytes, copied: Kensa's parsers take QByteArray, and a copy keeps ASan watching
// the exact end of the input.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// "Name:" followed by the input, as one field (folded or not) on line `line`.
inline HeaderField field(const QByteArray &name, const QByteArray &value, int line = 1)
{
    HeaderField out;
    out.raw = name + ':' + value + "\r\n";
    out.nameLength = int(name.size());
    out.line = line;
    return out;
}

} // namespace kensa::fuzz

// Every target defines LLVMFuzzerTestOneInput; this is their shared set-up.
#define KENSA_FUZZ_INIT                                                                       \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                      \
    {                                                                                         \
        qInstallMessageHandler(kensa::fuzz::quietMessages);                                   \
        return 0;                                                                             \
    }
