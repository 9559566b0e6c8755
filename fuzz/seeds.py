#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, extracted from the project's tests and the shared data.

    seeds.py ROOT SHARED OUT [MSG_SEEDS_DIR]

ROOT is the checkout, SHARED the folder beside it (conformance/ and realworld/messages/ are
read when present), OUT the folder that receives one sub-folder per target (emptied first).
MSG_SEEDS_DIR holds .msg files written by the FuzzMsgSeeds program (Outlook seeds).
Nothing is copied into the repository: the seeds live in the build folder. Only the standard
library is used (the YAML of the conformance suites is read line by line).
"""

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

MAX_MESSAGE = 64 * 1024
MAX_FIELD = 8 * 1024


class Seeds:
    def __init__(self, out):
        self.out = out
        self.counts = {}

    def add(self, target, data, limit=MAX_MESSAGE):
        if isinstance(data, str):
            data = data.encode('utf-8', 'surrogateescape')
        data = data[:limit]
        if not data:
            return
        folder = self.out / target
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / hashlib.sha1(data).hexdigest()
        if not path.exists():
            path.write_bytes(data)
            self.counts[target] = self.counts.get(target, 0) + 1


def crlf(data):
    return re.sub(rb'\r?\n', b'\r\n', data)


def header_block(message):
    """The header section of a message (up to and without the blank line)."""
    m = re.search(rb'\r?\n\r?\n', message)
    return message[:m.start()] if m else message


def fields(message):
    """(name, value, offset of the value, end of the field) for each header field: the value
    with its folding kept, as it follows the colon."""
    block = header_block(message)
    out = []
    for m in re.finditer(rb'^([!-9;-~]+)[ \t]*:((?:[^\r\n]*)(?:\r?\n[ \t][^\r\n]*)*)', block, re.M):
        out.append((m.group(1).decode('latin-1'), m.group(2), m.start(2), m.end()))
    return out


def unfold(value):
    return re.sub(rb'\r?\n(?=[ \t])', b'', value)


# ---------------------------------------------------------------------------------------
# Sources

def read_messages(root, shared):
    """Every message: (bytes, where it came from)."""
    messages = []
    tests = root / 'tests'
    for pattern in ('data/**/*.eml', 'interop/messages/**/*.eml', 'arc-interop/messages/**/*.eml'):
        for p in sorted(tests.glob(pattern)):
            messages.append(p.read_bytes())
    conformance = shared / 'conformance'
    for p in sorted((conformance / 'dkim').rglob('*')):
        if p.is_file() and p.suffix in ('.eml', '.msg', '.txt', '.message') and p.stat().st_size > 0:
            data = p.read_bytes()
            if b':' in data[:200] and b'\n' in data:
                messages.append(crlf(data))
    for yml in (conformance / 'arc').glob('*.yml') if (conformance / 'arc').is_dir() else []:
        for text in yaml_block_scalars(yml.read_text(encoding='utf-8', errors='replace'), 'message'):
            messages.append(crlf(text.encode('utf-8')))
    for p in sorted((shared / 'realworld' / 'messages').glob('*.eml')) if (shared / 'realworld' / 'messages').is_dir() else []:
        messages.append(p.read_bytes())
    return messages


def yaml_block_scalars(text, key):
    """The literal block scalars "key: |" of a YAML file, without their indentation."""
    lines = text.split('\n')
    out = []
    i = 0
    while i < len(lines):
        m = re.match(r'^(\s*)' + re.escape(key) + r':\s*\|[-+]?\s*$', lines[i])
        if not m:
            i += 1
            continue
        indent = len(m.group(1))
        body = []
        i += 1
        while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
            body.append(lines[i])
            i += 1
        content = [l for l in body if l.strip()]
        if not content:
            continue
        strip = min(len(l) - len(l.lstrip()) for l in content)
        out.append('\n'.join(l[strip:] for l in body).rstrip('\n') + '\n')
    return out


def zone_txt_records(text):
    """The TXT values of a zone file in master-file syntax (parenthesised values joined)."""
    records = []
    text = re.sub(r'\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)', lambda m: m.group(1).replace('\n', ' '), text)
    for line in text.split('\n'):
        if line.lstrip().startswith(';'):
            continue
        m = re.search(r'\bTXT\s+((?:"(?:[^"\\]|\\.)*"\s*)+)', line)
        if m:
            parts = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
            records.append(''.join(p.replace('\\"', '"').replace('\\\\', '\\') for p in parts))
    return records


def all_zone_records(root, shared):
    records = []
    zones = list(root.glob('tests/**/*.zone'))
    conformance = shared / 'conformance'
    if conformance.is_dir():
        zones += list(conformance.rglob('*.zone'))
    for z in sorted(zones):
        records += zone_txt_records(z.read_text(encoding='utf-8', errors='replace'))
    if conformance.is_dir():
        for p in conformance.rglob('*.dns'):
            records += [l.strip() for l in p.read_text(errors='replace').split('\n') if l.strip()]
        for yml in (conformance / 'arc').glob('*.yml'):
            text = yml.read_text(encoding='utf-8', errors='replace')
            for m in re.finditer(r'^\s+\S+\._domainkey\.\S+:\s*>-?\s*\n((?:\s{4,}\S.*\n)+)', text, re.M):
                records.append(''.join(l.strip() for l in m.group(1).split('\n')))
    return records


def yaml_scalar(value):
    value = value.strip()
    if value.startswith('[') and value.endswith(']'):
        return ''.join(yaml_scalar(v) for v in re.findall(r"'[^']*'|\"[^\"]*\"|[^,\[\]]+", value[1:-1]))
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].encode('latin-1', 'backslashreplace').decode('unicode_escape')
    return value


def spf_suite(shared):
    """(records, tests) of the openspf suite: every SPF/TXT value, and per test
    (host, mailfrom, helo, the record of the checked domain)."""
    path = shared / 'conformance' / 'spf' / 'rfc7208-tests.yml'
    if not path.is_file():
        return [], []
    records, tests = [], []
    for doc in path.read_text(encoding='utf-8', errors='replace').split('\n---'):
        zone = {}
        name = None
        section = None
        cases = []
        case = None
        for line in doc.split('\n'):
            if re.match(r'^zonedata:', line):
                section = 'zone'
                continue
            if re.match(r'^tests:', line):
                section = 'tests'
                continue
            if re.match(r'^\S', line):
                section = None
                continue
            if section == 'zone':
                m = re.match(r'^  (\S+):\s*$', line)
                if m:
                    name = m.group(1).lower()
                    continue
                m = re.match(r'^    - (SPF|TXT):\s*(.*)$', line)
                if m and name:
                    value = yaml_scalar(m.group(2))
                    records.append(value)
                    zone.setdefault(name, value)
            elif section == 'tests':
                if re.match(r'^  \S', line):
                    case = {}
                    cases.append(case)
                    continue
                m = re.match(r'^    (host|mailfrom|helo):\s*(.*)$', line)
                if m and case is not None:
                    case[m.group(1)] = yaml_scalar(m.group(2))
        for c in cases:
            mailfrom = c.get('mailfrom', '')
            helo = c.get('helo', '')
            domain = (mailfrom.rsplit('@', 1)[-1] if mailfrom else helo).lower()
            tests.append((c.get('host', ''), mailfrom or 'postmaster@' + helo, helo, zone.get(domain, 'v=spf1 -all')))
    return records, tests


def cpp_literals(path):
    """The string literals of a C++ test, adjacent literals joined, escapes resolved."""
    text = path.read_text(encoding='utf-8', errors='replace')
    out = []
    for m in re.finditer(r'(?:(?<![\w\'])"(?:[^"\\\n]|\\.)*"\s*)+', text):
        parts = re.findall(r'"((?:[^"\\\n]|\\.)*)"', m.group(0))
        joined = ''.join(parts)
        try:
            value = joined.encode('utf-8').decode('unicode_escape').encode('latin-1')
        except (UnicodeDecodeError, UnicodeEncodeError):
            value = joined.encode('utf-8')
        if len(value) >= 4:
            out.append(value)
    return out


def strip_name(value, names):
    for n in names:
        if value.lower().startswith(n.lower() + b':'):
            return value[len(n) + 1:]
    return value


# ---------------------------------------------------------------------------------------

def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    root, shared, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    msg_seeds = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    s = Seeds(out)
    tests = root / 'tests'

    messages = read_messages(root, shared)
    for msg in messages:
        s.add('FuzzMessage', msg)
        head = header_block(msg)
        if re.search(rb'(?im)^content-type:[^\n]*(multipart|message/)|^content-transfer-encoding:', head) or len(msg) < 4096:
            s.add('FuzzMime', msg)
        s.add('FuzzReceiver', head + b'\r\n\r\n')
        s.add('FuzzPaste', b'\x00' + msg)
        received = []
        for name, value, start, end in fields(msg):
            lname = name.lower()
            flat = unfold(value)
            if b'=?' in flat or lname == 'subject':
                s.add('FuzzEncodedWord', flat.strip(), MAX_FIELD)
            if lname in ('from', 'to', 'cc', 'reply-to', 'sender', 'delivered-to', 'x-original-to'):
                s.add('FuzzAddress', flat.strip(), MAX_FIELD)
            if lname == 'return-path':
                s.add('FuzzAddress', flat.strip(), MAX_FIELD)
            if lname == 'authentication-results':
                s.add('FuzzAuthResults', b'\x00' + value, MAX_FIELD)
            if lname == 'arc-authentication-results':
                s.add('FuzzAuthResults', b'\x01' + value, MAX_FIELD)
            if lname == 'dkim-signature':
                # The signature's value and the rest of the message: the signed fields and body.
                s.add('FuzzDkimSignature', b'\x00' + msg[start:])
            if lname == 'arc-message-signature':
                s.add('FuzzDkimSignature', b'\x01' + msg[start:])
            if lname == 'received':
                s.add('FuzzReceived', value, MAX_FIELD)
                received.append(value)
        if len(received) > 1:
            s.add('FuzzReceived', b'\r\nReceived:'.join(received), MAX_FIELD * 2)

    # Pasted "show original" pages: as a paste (first byte odd) and as a file.
    for p in sorted((tests / 'data' / 'paste').glob('*')):
        data = p.read_bytes()
        s.add('FuzzPaste', b'\x01' + data)
        s.add('FuzzPaste', b'\x01' + data.replace(b'\r\n', b'\n'))
    # mbox files, and small mboxes built from the test messages (mboxo and mboxrd quoting).
    for p in sorted(tests.glob('data/mbox/*')) + sorted((shared / 'conformance').rglob('*.mbox')):
        s.add('FuzzMbox', p.read_bytes())
    small = [m for m in messages if len(m) < 6000]
    for i in range(0, min(len(small), 60), 3):
        box = b''
        for m in small[i:i + 3]:
            body = re.sub(rb'(?m)^(>*From )', rb'>\1', m.replace(b'\r\n', b'\n'))
            box += b'From sender@example.com Mon Nov 23 10:00:00 2026\n' + body + b'\n'
        s.add('FuzzMbox', box)

    # Authentication-Results texts of the conformance suite.
    authres = shared / 'conformance' / 'authres'
    for p in sorted(authres.glob('*.txt')) if authres.is_dir() else []:
        data = crlf(p.read_bytes())
        for name, value, _, _ in fields(data + b'\r\n\r\n'):
            flag = b'\x01' if name.lower().startswith('arc-') else b'\x00'
            s.add('FuzzAuthResults', flag + value, MAX_FIELD)

    # TXT records: DKIM keys, SPF and DMARC records.
    records = all_zone_records(root, shared)
    spf_records, spf_tests = spf_suite(shared)
    records += spf_records
    for r in records:
        low = r.lower()
        if re.search(r'(^|;)\s*p=', low) or low.startswith('v=dkim1'):
            s.add('FuzzDkimKey', r, MAX_FIELD)
        if low.startswith('v=spf1') or 'spf' in low[:10]:
            s.add('FuzzSpfRecord', r, MAX_FIELD)
        if low.startswith('v=dmarc1'):
            s.add('FuzzDmarcRecord', r, MAX_FIELD)
    # DMARC records of RFC 7489 Appendix B and RFC 9989 (written here).
    for r in ('v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com',
              'v=DMARC1; p=quarantine; rua=mailto:dmarc-feedback@example.com,mailto:tld-test@thirdparty.example.net!10m; pct=25',
              'v=DMARC1; p=reject; sp=quarantine; np=reject; adkim=s; aspf=s; fo=1:d:s; ruf=mailto:f@example.org; ri=3600; rf=afrf',
              'v=DMARC1; p=none; psd=y; t=y',
              'v=DMARC1;p=reject;psd=n;t=n;sp=none',
              'V=dmarc1 ; P = Reject ; RUA = mailto:a@example.com ; pct=0 ;'):
        s.add('FuzzDmarcRecord', r)
    for host, mailfrom, helo, record in spf_tests:
        s.add('FuzzSpfMacro', '\n'.join([host, mailfrom, helo, record]), MAX_FIELD)
    # Macro forms of RFC 7208 §7 (written here), against IPv4 and IPv6 clients.
    for record in ('v=spf1 exists:%{ir}.%{l1r-}.%{d}._spf.%{d2} -all',
                   'v=spf1 a:%{d}.%{i}.%{v}.%{h} mx:%{o} ptr:%{p} -all exp=%{d}',
                   'v=spf1 include:%{l}.%{r}.%{t}.%{c} redirect=%{d3r+-.}',
                   'v=spf1 -all exp=explain.%{d}',
                   'v=spf1 exists:%{s}%%%_%-.%{L}.%{S1}.%{I32r}.example.org ~all'):
        for who in ('192.0.2.3\nstrong-bad@email.example.com\nmail.example.com\n',
                    '2001:db8::cb01\nuser+tag@example.com\nhelo.example.com\n'):
            s.add('FuzzSpfMacro', who + record, MAX_FIELD)
    for r in spf_records:
        s.add('FuzzSpfMacro', '192.0.2.1\nuser@example.com\nmail.example.com\n' + r, MAX_FIELD)

    # String literals of the parsers' own tests.
    literal_targets = {
        'TestAuthResultsParser.cpp': ('FuzzAuthResults', [b'Authentication-Results', b'ARC-Authentication-Results']),
        'TestReceivedParser.cpp': ('FuzzReceived', [b'Received']),
        'TestAddressParser.cpp': ('FuzzAddress', [b'From', b'To', b'Return-Path']),
        'TestEncodedWordDecoder.cpp': ('FuzzEncodedWord', [b'Subject']),
        'TestDmarc.cpp': ('FuzzDmarcRecord', []),
        'TestSpfConformance.cpp': ('FuzzSpfRecord', []),
        'TestDkimVerifier.cpp': ('FuzzDkimKey', []),
        'TestMessage.cpp': ('FuzzMessage', []),
        'TestBadInput.cpp': ('FuzzMessage', []),
        'TestMimePart.cpp': ('FuzzMime', []),
        'TestPasteNormalizer.cpp': ('FuzzPaste', []),
        'TestMboxSplitter.cpp': ('FuzzMbox', []),
        'TestMicrosoftFields.cpp': ('FuzzReceiver', []),
        'TestGoogleFields.cpp': ('FuzzReceiver', []),
        'TestSpamFilterFields.cpp': ('FuzzReceiver', []),
    }
    for file, (target, names) in literal_targets.items():
        path = tests / file
        if not path.is_file():
            continue
        for value in cpp_literals(path):
            if target == 'FuzzAuthResults':
                flag = b'\x01' if value.lower().startswith(b'arc-') else b'\x00'
                value = flag + strip_name(value, names)
            elif target == 'FuzzDmarcRecord' and not value.lower().startswith(b'v=dmarc1'):
                continue
            elif target == 'FuzzSpfRecord' and not value.lower().startswith(b'v=spf1'):
                continue
            elif target == 'FuzzDkimKey' and b'p=' not in value:
                continue
            elif target == 'FuzzPaste':
                value = b'\x01' + value
            elif names:
                value = strip_name(value, names)
            s.add(target, value, MAX_FIELD if names else MAX_MESSAGE)
    corpus = tests / 'data' / 'received' / 'corpus.json'
    if corpus.is_file():
        for case in json.loads(corpus.read_text(encoding='utf-8')).get('cases', []):
            field = case.get('field', '')
            data = field.encode('latin-1' if case.get('encoding') == 'latin1' else 'utf-8', 'replace')
            s.add('FuzzReceived', strip_name(data, [b'Received']), MAX_FIELD)

    # Outlook .msg files written by FuzzMsgSeeds.
    if msg_seeds and msg_seeds.is_dir():
        for p in sorted(msg_seeds.glob('*.msg')):
            s.add('FuzzOutlookMsg', p.read_bytes(), 1 << 20)

    for target in sorted(s.counts):
        print(f'{target}: {s.counts[target]} seeds')
    return 0


if __name__ == '__main__':
    sys.exit(main())
