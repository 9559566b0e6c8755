#pragma once

#include "core/base/Finding.h"
#include "core/message/HeaderField.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QString>

namespace kensa {

class MimePart;

// A message as parsed from (normalised, CRLF) bytes: the header fields in their original order
// with their exact bytes, and where the body starts. Parsing never fails: whatever cannot be read
// becomes a finding with its line, and the rest is kept.
class Message
{
public:
    Message() = default;

    // `firstLine` is the line number of the first byte (MIME parts are parsed with it).
    static Message parse(const QByteArray &bytes, int firstLine = 1);

    const QByteArray &bytes() const { return m_bytes; }
    const QList<HeaderField> &headers() const { return m_headers; }
    // All fields of that name, top to bottom (case-insensitive).
    QList<const HeaderField *> fields(QByteArrayView name) const;
    // The topmost field of that name, or nullptr.
    const HeaderField *field(QByteArrayView name) const;
    int count(QByteArrayView name) const;

    // Byte offset where the body starts (after the empty line), or -1 when there is no body.
    qsizetype bodyOffset() const { return m_bodyOffset; }
    QByteArrayView body() const;
    int bodyLine() const { return m_bodyLine; }   // 1-based line of the first body line
    // True when the input ends inside the header section: no empty line ends it. A message whose
    // header section ends with the empty line has a body, possibly empty (RFC 5322 §2.1), and
    // its DKIM body hash is checked (RFC 6376 §3.4.3: the empty body has a defined hash).
    bool headersOnly() const { return m_headersOnly; }
    // For pasted text: an empty body after the empty line is more likely a header block copied
    // with a trailing blank line than a message without body; take it as headers only.
    void treatEmptyBodyAsAbsent()
    {
        if (!m_headersOnly && body().isEmpty())
            m_headersOnly = true;
    }
    // Header fields that were dropped because of Limits::MaxHeaderFields.
    int droppedHeaderFields() const { return m_droppedFields; }

    // Problems met while parsing the header section (line numbers refer to bytes()).
    const QList<Finding> &findings() const { return m_findings; }
    // Problems of the body lines (length over RFC 5322's limit, NUL bytes). A separate pass, so
    // that work which only hashes the body (DKIM in batch) does not pay for it.
    QList<Finding> bodyFindings() const;

    // The MIME structure, parsed on demand (not cached: callers keep it if they need it twice).
    MimePart mimeTree(QList<Finding> *findings = nullptr) const;

    // Text of raw source bytes, which carry no charset label (a line of bytes(), for display):
    // valid UTF-8 as UTF-8, ISO-2022-JP escapes as ISO-2022-JP, anything else as Latin-1.
    static QString rawText(QByteArrayView bytes);

private:
    QByteArray m_bytes;
    QList<HeaderField> m_headers;
    QList<Finding> m_findings;
    qsizetype m_bodyOffset = -1;
    int m_bodyLine = 0;
    int m_firstLine = 1;
    int m_droppedFields = 0;
    bool m_headersOnly = true;
};

} // namespace kensa

Q_DECLARE_METATYPE(kensa::Message)
