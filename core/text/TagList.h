#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace kensa {

// RFC 6376 §3.2 tag=value lists (DKIM-Signature, DKIM key records, ARC-Seal, ARC-Message-
// Signature). Values keep their inner folding white space; callers strip it where the tag's
// grammar allows (b=, bh=, p=).
class TagList
{
public:
    struct Tag
    {
        QByteArray name;
        QByteArray value;       // leading and trailing FWS removed
        qsizetype offset = 0;   // where the tag name starts in the parsed text
    };

    // Errors: tag.syntax (a tag without "=" or with an invalid name), tag.duplicate
    // (RFC 6376 §3.2: a tag appearing twice makes the whole list invalid).
    static Result<TagList> parse(QByteArrayView text);

    bool contains(QByteArrayView name) const;
    QByteArray value(QByteArrayView name) const;  // empty when absent
    const QList<Tag> &tags() const { return m_tags; }

    // Removes every white-space byte (FWS inside base64 values, RFC 6376 §3.5 b= and bh=).
    static QByteArray stripWhiteSpace(QByteArrayView value);

private:
    QList<Tag> m_tags;
};

} // namespace kensa
