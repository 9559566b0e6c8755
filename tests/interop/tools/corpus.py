#!/usr/bin/python3
"""Builds the DKIM interoperability corpus (called by ../generate.sh, which sets up keys and zone).

  corpus.py ROOT KEYS.json

For every signer and every variant below: build the base message (tools/messages.py), have the
signer's own library sign it (tools/*_tool.*), apply the variant's change after signing, and write
ROOT/messages/<signer>/<variant>.eml. Then every implementation verifies every message, and the
verdicts are written to ROOT/expected.tsv (one row per signature, with the signer's own verdict)
and ROOT/crosscheck.tsv (what each of the four implementations says of each signature).

`expected` is the RFC 8601 word Kensa must report. It is the variant's designed outcome; where the
signer's own verdict differs, the row's rfc_note must say which RFC section decides, or the run
stops (an unexplained disagreement is a finding to look at, not something to paper over).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import messages  # noqa: E402

SIGNERS = ['dkimpy', 'maildkim', 'opendkim', 'mailauth']
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT_DIR = os.path.dirname(HERE)
TOOLS = {
    'dkimpy': ['/usr/bin/python3', os.path.join(HERE, 'dkimpy_tool.py')],
    'maildkim': ['/usr/bin/perl', os.path.join(HERE, 'maildkim_tool.pl')],
    'opendkim': ['/usr/bin/python3', os.path.join(HERE, 'opendkim_tool.py')],
    'mailauth': ['node', os.path.join(ROOT_DIR, 'node', 'mailauth_tool.js')],
}

T0 = 1700000000          # 2023-11-14T22:13:20Z, t= of every signature
X_FUTURE = 4133894400    # 2101-01-01T00:00:00Z, x= of the signatures that must stay valid
X_PAST = T0 + 86400      # 2023-11-15T22:13:20Z, x= of the expired signatures

KEYS = {'r2048': 'rsa2048', 'r1024': 'rsa1024', 'r512': 'rsa512', 'ed': 'ed25519', 'testing': 'rsa2048',
        'sha1only': 'rsa2048', 'revoked': 'rsa2048', 'absent': 'rsa2048'}


def S(selector, algorithm='rsa-sha256', canon='relaxed/relaxed', **extra):
    spec = {'selector': selector, 'algorithm': algorithm, 'canon': canon, 'timestamp': T0, 'expiry': None}
    spec.update(extra)
    return spec


def append_footer(msg):
    return msg + b'-- \r\nThis footer was appended by a mailing list after signing.\r\n'


def tamper_body(msg):
    head, body = msg.split(b'\r\n\r\n', 1)
    assert b'Hello Bob,' in body
    return head + b'\r\n\r\n' + body.replace(b'Hello Bob,', b'Hello Eve,', 1)


def strip_body(msg):
    # The whole body removed in transit; the empty line that ends the header section stays.
    return msg.split(b'\r\n\r\n', 1)[0] + b'\r\n\r\n'


def tamper_header(msg):
    assert msg.count(b'\r\nSubject: Interop test message\r\n') == 1
    return msg.replace(b'\r\nSubject: Interop test message\r\n', b'\r\nSubject: Interop test message (edited in transit)\r\n')


class V:
    def __init__(self, name, base, sigs, design='pass', post=None, info='', rfc='', skip=None, sigs_for=None):
        self.name, self.base, self.sigs, self.post = name, base, sigs, post
        self.design = design          # the RFC 8601 word for every signature of the message
        self.info = info              # a note for every row of this variant
        self.rfc = rfc                # the RFC section that decides when a signer says otherwise
        self.skip = skip or {}        # signer -> why that signer cannot make this variant
        self.sigs_for = sigs_for or {}  # signer -> its own signature list for this variant


RFC_FAIL_BODY = 'RFC 6376 §3.7 and §6.1.3: the body hash does not verify, PERMFAIL (body hash did not verify): RFC 8601 §2.7.1 fail'
RFC_FAIL_SIG = 'RFC 6376 §6.1.3: the signature does not verify, PERMFAIL (signature did not verify): RFC 8601 §2.7.1 fail'
NO_ED25519 = 'Mail::DKIM 1.20230212 (Debian 12) has no Ed25519 (RFC 8463) support'

VARIANTS = [
    V('rr', 'plain', [S('r2048', canon='relaxed/relaxed')]),
    V('ss', 'plain', [S('r2048', canon='simple/simple')]),
    V('rs', 'plain', [S('r2048', canon='relaxed/simple')]),
    V('sr', 'plain', [S('r2048', canon='simple/relaxed')]),
    V('ed', 'plain', [S('ed', 'ed25519-sha256', 'relaxed/relaxed')], skip={'maildkim': NO_ED25519}),
    V('ed-ss', 'plain', [S('ed', 'ed25519-sha256', 'simple/simple')], skip={'maildkim': NO_ED25519}),
    V('dual', 'plain', [S('r2048'), S('ed', 'ed25519-sha256')],
      info='two signatures: the ed25519-sha256 one on top (sig 1), rsa-sha256 below (sig 2)',
      sigs_for={'maildkim': [S('r1024', canon='simple/simple'), S('r2048')]}),
    V('oversign', 'plain', [S('r2048', oversign=['from', 'subject', 'reply-to'])],
      info='h= names From and Subject once more than present, and the absent Reply-To (RFC 6376 §5.4.2, §8.15)',
      skip={'mailauth': 'mailauth signs each present field once: h= cannot name a field more often than it occurs'}),
    V('len', 'plain', [S('r2048', length=True)], post=append_footer,
      info='RFC 6376 §3.5 l=: text appended after signing is outside the signed length; pass (Kensa warns)'),
    V('xfuture', 'plain', [S('r2048', expiry=X_FUTURE)],
      info='x=4133894400 (2101-01-01) is past 2^31 and still in the future',
      skip={'opendkim': 'OpenDKIM takes SignatureTTL as a 32-bit int: a TTL reaching 2101 from 2023 wraps to x=18446744073548478720'}),
    V('expired', 'plain', [S('r2048', expiry=X_PAST)], design='permerror',
      rfc='RFC 6376 §3.5 x= and §6.1.1: an expired signature is PERMFAIL (signature expired): RFC 8601 §2.7.1 permerror'),
    V('tbody', 'plain', [S('r2048')], post=tamper_body, design='fail', rfc=RFC_FAIL_BODY),
    V('thead', 'plain', [S('r2048')], post=tamper_header, design='fail', rfc=RFC_FAIL_SIG),
    V('tstrip', 'plain', [S('r2048')], post=strip_body, design='fail', rfc=RFC_FAIL_BODY,
      info='the body was removed after signing; the empty line after the header section is kept'),
    V('ja-rr', 'japanese', [S('r2048', canon='relaxed/relaxed')]),
    V('ja-ss', 'japanese', [S('r2048', canon='simple/simple')]),
    V('fold-rr', 'folded', [S('r2048', canon='relaxed/relaxed')]),
    V('fold-ss', 'folded', [S('r2048', canon='simple/simple')]),
    V('empty-rr', 'empty', [S('r2048', canon='relaxed/relaxed')]),
    V('empty-ss', 'empty', [S('r2048', canon='simple/simple')]),
    V('mime-rs', 'mime', [S('r2048', canon='relaxed/simple')]),
    V('revoked', 'plain', [S('revoked')], design='permerror',
      rfc='RFC 6376 §3.6.1 p= and §6.1.2: an empty p= is a revoked key, PERMFAIL (key revoked): RFC 8601 §2.7.1 permerror'),
    V('nokey', 'plain', [S('absent')], design='permerror',
      rfc='RFC 6376 §6.1.2: no key record (NXDOMAIN) is PERMFAIL (no key for signature): RFC 8601 §2.7.1 permerror'),
    V('r1024', 'plain', [S('r1024')],
      info='RFC 8301 §3.2: a 1024-bit RSA key must still verify (Kensa adds a weak-key warning)'),
    V('r512', 'plain', [S('r512')], design='permerror',
      rfc='RFC 8301 §3.2: signatures with RSA keys under 1024 bits MUST NOT be considered valid: permerror',
      skip={'opendkim': 'OpenDKIM refuses: "private key too small (512 bits, need at least 1024)"'}),
    V('testing', 'plain', [S('testing')],
      info='RFC 6376 §3.6.1 t=y: a key in testing mode does not change the result'),
    V('sha1only', 'plain', [S('sha1only')], design='permerror',
      rfc='RFC 6376 §3.6.1 h= and §6.1.2: the key allows sha1 only, an rsa-sha256 signature is PERMFAIL (inappropriate hash algorithm): permerror'),
    V('sha1', 'plain', [S('r2048', 'rsa-sha1')], design='permerror',
      rfc='RFC 8301 §3.1: rsa-sha1 signatures MUST NOT be considered valid: permerror'),
]

# Where a signer's own signature is not what the variant meant to produce, the outcome for that
# signer's message: (word, rfc_note). Each one was checked by hand against all four verifiers.
OVERRIDES = {
    ('opendkim', 'ed-ss', 1): ('fail',
        'RFC 6376 §3.4.1 and §3.7: OpenDKIM 2.11.0~beta2 computes an ed25519 signature with simple header '
        'canonicalisation over "h=...; b=" on one line but writes the field folded before b=, so the hashed '
        'field differs from the one sent; no verifier (OpenDKIM included) accepts it: fail'),
    ('opendkim', 'fold-ss', 1): ('fail',
        'RFC 6376 §3.4.1: simple header canonicalisation uses each field exactly as sent; OpenDKIM 2.11.0~beta2 '
        '(milter/test path) rebuilds "Subject:   A  long" as "Subject: A  long" (one space after the colon) and '
        'signs that, so its own pass is wrong; dkimpy, Mail::DKIM and mailauth all fail it: fail'),
}


def parse_signatures(msg):
    """The DKIM-Signature fields of a message, top first: dict of d, s, a, c, b."""
    head = msg.split(b'\r\n\r\n', 1)[0]
    out = []
    for field in re.split(rb'\r\n(?![ \t])', head):
        name, _, value = field.partition(b':')
        if name.strip().lower() != b'dkim-signature':
            continue
        tags = {}
        for part in re.sub(rb'\r\n[ \t]', b' ', value).split(b';'):
            k, eq, v = part.partition(b'=')
            if eq:
                tags[k.strip().decode()] = v.strip().decode()
        c = tags.get('c', 'simple/simple')
        if '/' not in c:
            c += '/simple'
        out.append({'d': tags.get('d', ''), 's': tags.get('s', ''), 'a': tags.get('a', ''), 'c': c,
                    'b': re.sub(r'\s+', '', tags.get('b', ''))})
    return out


def run_tool(signer, args, stdin=None):
    p = subprocess.run(TOOLS[signer] + args, input=stdin, capture_output=True, timeout=600,
                       cwd=ROOT_DIR, text=True)
    if p.returncode != 0:
        raise RuntimeError(f'{signer} {args[0]} failed: {p.stderr.strip()}')
    return p.stdout


def sign_variant(signer, v, tmp):
    domain = f'{signer}.interop.test'
    base = messages.build(v.base, signer)
    src = os.path.join(tmp, f'{signer}-{v.name}.in.eml')
    out = os.path.join(tmp, f'{signer}-{v.name}.signed.eml')
    open(src, 'wb').write(base)
    specs = []
    for spec in v.sigs_for.get(signer, v.sigs):
        spec = dict(spec, domain=domain, key=os.path.join(ROOT_DIR, 'keys', KEYS[spec['selector']] + '.pem'))
        if spec.get('length') is True:
            # The plain body is canonical under both canonicalisations: its length is the l= value.
            spec['length'] = len(base.split(b'\r\n\r\n', 1)[1])
        specs.append(spec)
    run_tool(signer, ['sign'], json.dumps({'message': src, 'out': out, 'signatures': specs}))
    signed = open(out, 'rb').read()
    if not signed.endswith(base):
        raise RuntimeError(f'{signer} changed the message it signed ({v.name})')
    return v.post(signed) if v.post else signed


def verify_all(keys_json, files):
    results = {}
    for tool in SIGNERS:
        results[tool] = {}
        for line in run_tool(tool, ['verify', keys_json] + files).splitlines():
            entry = json.loads(line)
            results[tool][os.path.abspath(entry['file'])] = entry
    return results


def match(entry, sig):
    """The verdict of one tool for one signature (matched on d, s and the start of b=)."""
    if entry is None:
        return 'missing', 'no output'
    if 'error' in entry:
        return 'error', entry['error']
    for r in entry.get('sigs', []):
        if r['d'].lower() == sig['d'].lower() and r['s'] == sig['s'] and r['b'] and sig['b'].startswith(r['b']):
            return r['word'], r['detail']
    return 'none', 'signature not reported'


def tsv(value):
    return str(value).replace('\t', ' ').replace('\r', ' ').replace('\n', ' ')


def main(root, keys_json):
    msgdir = os.path.join(root, 'messages')
    made, skipped = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for signer in SIGNERS:
            os.makedirs(os.path.join(msgdir, signer), exist_ok=True)
            for old in os.listdir(os.path.join(msgdir, signer)):
                os.remove(os.path.join(msgdir, signer, old))
            for v in VARIANTS:
                if signer in v.skip:
                    skipped.append((signer, v.name, v.skip[signer]))
                    continue
                data = sign_variant(signer, v, tmp)
                path = os.path.join(msgdir, signer, v.name + '.eml')
                open(path, 'wb').write(data)
                made.append((signer, v, path))
                print(f'signed {signer}/{v.name}.eml', file=sys.stderr)

    files = [p for _, _, p in made]
    verdicts = verify_all(keys_json, files)

    rows, cross, problems = [], [], []
    for signer, v, path in made:
        rel = os.path.relpath(path, root)
        sigs = parse_signatures(open(path, 'rb').read())
        if len(sigs) != len(v.sigs_for.get(signer, v.sigs)):
            problems.append(f'{rel}: {len(sigs)} signatures')
        for n, sig in enumerate(sigs, 1):
            own_word, own_detail = match(verdicts[signer].get(path), sig)
            expected, note = v.design, v.info
            if (signer, v.name, n) in OVERRIDES:
                expected, note = OVERRIDES[(signer, v.name, n)]
            elif own_word != expected:
                if not v.rfc:
                    problems.append(f'{rel} sig {n}: {signer} says {own_word} ({own_detail}), the variant means {expected}')
                note = v.rfc
            rows.append([rel, n, signer, sig['d'], sig['s'], sig['a'], sig['c'], expected,
                         f'{own_word} ({own_detail})', note])
            cross.append([rel, n, sig['a'], sig['c'], expected] + ['%s (%s)' % match(verdicts[t].get(path), sig) for t in SIGNERS])

    with open(os.path.join(root, 'expected.tsv'), 'w', newline='\n') as f:
        f.write('file\tsig\tsigner\td\ts\ta\tc\texpected\tsigner_result\trfc_note\n')
        for r in rows:
            f.write('\t'.join(tsv(x) for x in r) + '\n')
    with open(os.path.join(root, 'crosscheck.tsv'), 'w', newline='\n') as f:
        f.write('\t'.join(['file', 'sig', 'a', 'c', 'expected'] + SIGNERS) + '\n')
        for r in cross:
            f.write('\t'.join(tsv(x) for x in r) + '\n')

    print(f'{len(made)} messages, {len(rows)} signatures; skipped:', file=sys.stderr)
    for s in skipped:
        print('  %s/%s: %s' % s, file=sys.stderr)
    if problems:
        print('UNEXPLAINED DISAGREEMENTS:', file=sys.stderr)
        for p in problems:
            print('  ' + p, file=sys.stderr)
        sys.exit(1)


if __name__ == '__main__':
    main(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]))
