#pragma once

#include "core/base/Finding.h"
#include "core/message/HeaderField.h"
#include "core/text/HtmlText.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace kensa {

class Message;

// One node of a message's MIME tree (RFC 2045, RFC 2046). The root is the message itself.
class MimePart
{
public:
    // Builds the tree of `message`. Problems (keys, with the line in the message):
    //   mime.boundary.missing            {line}        multipart without boundary parameter
    //   mime.multipart.unterminated      {boundary}    no closing delimiter (truncated message)
    //   mime.multipart.no_parts          {boundary}
    //   mime.depth.exceeded              {limit}
    //   mime.parts.exceeded              {limit}
    //   mime.encoding.unknown            {encoding}    body kept as it is
    //   mime.base64.invalid              {line}
    //   mime.charset.unknown             {charset}     text shown as Latin-1
    //   mime.part.too_large              {limit}       decodedBody() cut at the limit
    static MimePart parse(const Message &message, QList<Finding> *findings = nullptr);

    QByteArray contentType() const { return m_contentType; }   // lower case "text/plain"
    QByteArray mediaType() const;                                // "text"
    QByteArray subtype() const;                                  // "plain"
    QByteArray parameter(QByteArrayView name) const;             // lower-case name, RFC 2231 joined
    QByteArray charset() const { return parameter("charset"); }
    QByteArray transferEncoding() const { return m_transferEncoding; } // lower case, "7bit" default
    QString fileName() const;                // from Content-Disposition or Content-Type name
    bool isAttachment() const;
    bool isMultipart() const { return m_contentType.startsWith("multipart/"); }
    bool isText() const { return m_contentType.startsWith("text/"); }

    const QList<HeaderField> &headers() const { return m_headers; }
    const QList<MimePart> &children() const { return m_children; }
    int depth() const { return m_depth; }
    int line() const { return m_line; }              // line of the part's first header (or body)
    QByteArray rawBody() const;                      // body as transferred (still encoded)
    QByteArray decodedBody() const;                  // after base64 / quoted-printable
    QString text() const;                            // decoded body in its charset (text parts)
    // A text/html leaf: text() as HtmlText reads it, with at most
    // Limits::MaxUnsubscribeLinksPerPart links; an empty reading for any other part. Read on
    // first use, once for every check that needs it (unsubscribe, format) and every copy of
    // the part, from whichever thread asks first.
    const HtmlText &html() const;

    // Depth-first list of the leaf parts.
    QList<const MimePart *> leaves() const;

    // On the root: the problems parse() found, as it reported them (empty on other parts), so
    // that a later check reads them instead of parsing the message again.
    const QList<Finding> &findings() const { return m_findings; }

private:
    friend class MimePartBuilder;
    struct HtmlReading;

    // A parameter after RFC 2231 joining. Extended values (charset'lang'%XX) hold the
    // percent-decoded bytes and their charset.
    struct Parameter
    {
        QByteArray name; // lower case, without the RFC 2231 "*N*" suffix
        QByteArray value;
        QByteArray charset;
        bool extended = false;
    };

    static const Parameter *findParameter(const QList<Parameter> &list, QByteArrayView name);
    static QString parameterText(const Parameter &parameter);
    QByteArrayView rawBodyView() const;

    QByteArray m_contentType = "text/plain";
    QList<Parameter> m_parameters;
    QByteArray m_transferEncoding = "7bit";
    QByteArray m_disposition;
    QList<Parameter> m_dispositionParameters;
    QList<HeaderField> m_headers;
    QList<MimePart> m_children;
    // Every part of a tree shares the message's bytes; the body is a range of them, so nested
    // parts cost no copies.
    QByteArray m_source;
    qsizetype m_bodyOffset = 0;
    qsizetype m_bodyLength = 0;
    int m_bodyLine = 0;
    int m_depth = 0;
    int m_line = 0;
    bool m_typeDeclared = false; // a valid Content-Type field was present
    QList<Finding> m_findings;
    std::shared_ptr<HtmlReading> m_html; // text/html leaves: made by the builder, filled by html()
};

} // namespace kensa
