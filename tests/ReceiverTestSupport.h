#pragma once

#include "core/hops/HopTimeline.h"
#include "core/message/Message.h"
#include "core/receiver/ReceiverFields.h"

#include <QFile>
#include <QString>

namespace kensa::test {

// A message of tests/data/receivers and its hops, with the boundary at the `boundary`-th Received
// field from the top (1 = topmost); 0: no boundary found (the rule then uses the topmost one).
struct ReceiverCase
{
    Message message;
    HopTimeline hops;

    static ReceiverCase load(const QString &file, int boundary)
    {
        ReceiverCase c;
        QFile f(QStringLiteral(KENSA_TEST_DATA_DIR "/receivers/") + file);
        if (f.open(QIODevice::ReadOnly))
            c.message = Message::parse(f.readAll());
        const QList<const HeaderField *> received = c.message.fields("Received");
        for (qsizetype i = received.size() - 1; i >= 0; --i) {
            HopTimeline::Hop hop;
            hop.hop.line = received.at(i)->line;
            hop.index = int(c.hops.hops.size());
            c.hops.hops.append(hop);
        }
        if (boundary > 0 && boundary <= received.size())
            c.hops.boundaryIndex = int(received.size()) - boundary;
        return c;
    }

    // The verdicts of one vendor, top first.
    QList<ReceiverVerdict> verdicts(const QString &vendor) const
    {
        QList<ReceiverVerdict> out;
        for (const ReceiverVerdict &v : ReceiverFields::read(message, hops)) {
            if (v.vendor == vendor)
                out.append(v);
        }
        return out;
    }
};

// "Field verdict score/threshold trusted|claim", the shape the tests compare.
inline QString summary(const ReceiverVerdict &v)
{
    QString s = v.field + u' ' + (verdictName(v.verdict).isEmpty() ? QStringLiteral("null") : verdictName(v.verdict));
    if (v.score || v.threshold)
        s += u' ' + (v.score ? QString::number(*v.score) : QStringLiteral("-")) + u'/'
            + (v.threshold ? QString::number(*v.threshold) : QStringLiteral("-"));
    return s + (v.trusted ? QStringLiteral(" trusted") : QStringLiteral(" claim"));
}

inline const DecodedToken *token(const ReceiverVerdict &v, const QString &name)
{
    for (const DecodedToken &t : v.decoded) {
        if (t.token == name)
            return &t;
    }
    return nullptr;
}

} // namespace kensa::test
