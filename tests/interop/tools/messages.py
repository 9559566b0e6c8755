# The unsigned base messages of the DKIM interoperability corpus. Each one is built for one
# signer (its From domain is <signer>.interop.test) with CRLF line ends and exact bytes: the
# white space below is part of the test.
import base64


def _iso2022jp_word(text):
    return b'=?ISO-2022-JP?B?' + base64.b64encode(text.encode('iso2022_jp')) + b'?='


def _utf8_word(text):
    return b'=?UTF-8?B?' + base64.b64encode(text.encode('utf-8')) + b'?='


def _crlf(lines):
    return b''.join(line + b'\r\n' for line in lines)


def plain(signer):
    d = signer.encode()
    head = [
        b'From: Alice Example <alice@' + d + b'.interop.test>',
        b'To: Bob Example <bob@example.net>',
        b'Subject: Interop test message',
        b'Date: Tue, 14 Nov 2023 22:13:20 +0000',
        b'Message-ID: <plain.' + d + b'@interop.test>',
        b'MIME-Version: 1.0',
        b'Content-Type: text/plain; charset=us-ascii',
        b'Content-Transfer-Encoding: 7bit',
    ]
    # Canonical under both body canonicalisations: no trailing white space, single spaces,
    # exactly one final CRLF. So l= can be the raw body length for every signer.
    body = [
        b'Hello Bob,',
        b'',
        b'This message was signed by ' + d + b' for the DKIM interoperability corpus of Kensa.',
        b'Every line of this body is already canonical.',
        b'',
        b'Regards,',
        b'Alice',
    ]
    return _crlf(head) + b'\r\n' + _crlf(body)


def japanese(signer):
    d = signer.encode()
    subject1 = _iso2022jp_word('相互運用テスト：署名の検証')
    subject2 = _iso2022jp_word('（ISO-2022-JP の件名）')
    head = [
        b'From: ' + _utf8_word('山田 花子') + b' <hanako@' + d + b'.interop.test>',
        b'To: ' + _iso2022jp_word('鈴木 一郎') + b' <ichiro@example.jp>',
        # RFC 2047 encoded words in ISO-2022-JP, folded between two encoded words.
        b'Subject: ' + subject1,
        b' ' + subject2,
        b'Date: Wed, 15 Nov 2023 07:13:20 +0900',
        b'Message-ID: <japanese.' + d + b'@interop.test>',
        b'MIME-Version: 1.0',
        b'Content-Type: text/plain; charset=UTF-8',
        b'Content-Transfer-Encoding: 8bit',
    ]
    body = [
        'こんにちは、鈴木さん。'.encode(),
        b'',
        'このメッセージは DKIM 相互運用テストのために署名されました。'.encode(),
        '本文は UTF-8 の 8bit です。全角スペース「\u3000」と半角スペース「 」が混在しています。'.encode(),
        '末尾に空白がある行です。  '.encode(),
        b'',
        '山田'.encode(),
    ]
    return _crlf(head) + b'\r\n' + _crlf(body)


def folded(signer):
    d = signer.encode()
    recipients = [b'"Recipient Number %02d" <rcpt%02d@example.net>' % (i, i) for i in range(1, 9)]
    head = [
        b'From: "Alice Example, Sales Department" <alice@' + d + b'.interop.test>',
        # A long To folded over several lines, the continuation lines with tabs and spaces.
        b'To: ' + recipients[0] + b',',
        b'\t' + recipients[1] + b', ' + recipients[2] + b',',
        b'    ' + recipients[3] + b',',
        b' ' + recipients[4] + b', ' + recipients[5] + b',',
        b'\t ' + recipients[6] + b', ' + recipients[7],
        # Runs of white space inside the value and trailing white space on a line.
        b'Subject:   A  long   subject line that is folded  ',
        b'\tacross three   lines, with\ttabs and  runs of spaces,',
        b'  and trailing white space   ',
        b'Date: Tue, 14 Nov 2023 22:13:20 +0000',
        b'Message-ID: <folded.' + d + b'@interop.test>',
        b'X-Long-Header: ' + b' '.join(b'token%03d' % i for i in range(1, 13)),
        b' ' + b' '.join(b'token%03d' % i for i in range(13, 25)),
        b' ' + b' '.join(b'token%03d' % i for i in range(25, 37)),
        b'MIME-Version: 1.0',
        b'Content-Type: text/plain;',
        b'\tcharset="us-ascii";',
        b'\tformat=flowed',
    ]
    body = [
        b'A body with trailing white space:   ',
        b'tab at the end\t',
        b'  leading spaces stay, inner  runs   of spaces and\t\ttabs shrink in relaxed.',
        b'',
        b'   ',
        b'\t',
        b'The line above held only white space.',
        b'',
        b'',
        b'  ',
        b'',
        b'',
    ]
    return _crlf(head) + b'\r\n' + _crlf(body)


def empty(signer):
    d = signer.encode()
    head = [
        b'From: Alice Example <alice@' + d + b'.interop.test>',
        b'To: Bob Example <bob@example.net>',
        b'Subject: Empty body',
        b'Date: Tue, 14 Nov 2023 22:13:20 +0000',
        b'Message-ID: <empty.' + d + b'@interop.test>',
    ]
    return _crlf(head) + b'\r\n'  # the header block's end and nothing after it


def mime(signer):
    d = signer.encode()
    attachment = base64.encodebytes(bytes(range(256)) * 3).replace(b'\n', b'\r\n')
    head = [
        b'From: Alice Example <alice@' + d + b'.interop.test>',
        b'To: Bob Example <bob@example.net>',
        b'Subject: Report with an attachment',
        b'Date: Tue, 14 Nov 2023 22:13:20 +0000',
        b'Message-ID: <mime.' + d + b'@interop.test>',
        b'MIME-Version: 1.0',
        b'Content-Type: multipart/mixed; boundary="==outer=="',
    ]
    body = (
        b'This is a multi-part message in MIME format.\r\n'
        b'\r\n'
        b'--==outer==\r\n'
        b'Content-Type: multipart/alternative; boundary="==inner=="\r\n'
        b'\r\n'
        b'--==inner==\r\n'
        b'Content-Type: text/plain; charset=UTF-8\r\n'
        b'Content-Transfer-Encoding: quoted-printable\r\n'
        b'\r\n'
        b'The report is attached. Caf=C3=A9 =E2=80=94 quoted-printable with a soft=\r\n'
        b' line break.\r\n'
        b'\r\n'
        b'--==inner==\r\n'
        b'Content-Type: text/html; charset=UTF-8\r\n'
        b'\r\n'
        b'<html><body><p>The report is <b>attached</b>.</p></body></html>\r\n'
        b'--==inner==--\r\n'
        b'\r\n'
        b'--==outer==\r\n'
        b'Content-Type: application/octet-stream; name="report.bin"\r\n'
        b'Content-Disposition: attachment; filename="report.bin"\r\n'
        b'Content-Transfer-Encoding: base64\r\n'
        b'\r\n'
        + attachment +
        b'--==outer==--\r\n'
    )
    return _crlf(head) + b'\r\n' + body


BASES = {
    'plain': plain,
    'japanese': japanese,
    'folded': folded,
    'empty': empty,
    'mime': mime,
}


def build(base, signer):
    data = BASES[base](signer)
    assert b'\n' not in data.replace(b'\r\n', b''), base
    return data
