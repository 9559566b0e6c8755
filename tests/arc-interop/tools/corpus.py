#!/usr/bin/python3
"""Builds the ARC interoperability corpus (called by ../generate.sh, which makes keys and zone).

  corpus.py ROOT KEYS.json

Every case is a list of hops. At hop k the forwarder (a sealer: dkimpy or Mail::DKIM) adds its
Authentication-Results (authserv-id mx<k>.<sealer>.arc.test, with arc= the chain status it saw),
optionally changes the message (Subject tag or body footer, as mailing lists do), and seals: ARC
set i=k, d=<sealer>.arc.test, s=r2048 / hop2 / hop3 (one key per hop). After the last hop the
case may tamper with the message. Then both implementations verify every message and the verdicts
go to ROOT/expected.tsv.

`expected` is the chain result Kensa must give. It is the case's designed outcome; when either
library says otherwise, the case must carry an rfc_note naming the RFC 8617 section that decides,
or the run stops (an unexplained disagreement is a finding, not something to paper over).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
TOOLS = {
    'dkimpy': ['/usr/bin/python3', os.path.join(HERE, 'dkimpy_arc.py')],
    'maildkim': ['/usr/bin/perl', os.path.join(HERE, 'maildkim_arc.pl')],
}
SIGNERS = ['dkimpy', 'maildkim']
OTHER = {'dkimpy': 'maildkim', 'maildkim': 'dkimpy'}

T0 = 1700000000        # 2023-11-14T22:13:20Z: the originator's DKIM t=
HOP_T = {1: T0 + 60, 2: T0 + 120, 3: T0 + 180}   # t= of the ARC sets, in the past, no x=
SELECTOR = {1: 'r2048', 2: 'hop2', 3: 'hop3'}
KEYFILE = {'r2048': 'rsa2048', 'hop2': 'rsa2048-hop2', 'hop3': 'rsa2048-hop3',
           'revoked': 'rsa2048', 'absent': 'rsa2048'}

BASE = (
    'From: Alice Example <alice@origin.arc.test>\r\n'
    'To: Team List <team@lists.arc.test>\r\n'
    'Subject: ARC interop test message\r\n'
    'Date: Tue, 14 Nov 2023 22:13:20 +0000\r\n'
    'Message-ID: <arc-interop-{name}@origin.arc.test>\r\n'
    'MIME-Version: 1.0\r\n'
    'Content-Type: text/plain; charset=us-ascii\r\n'
    '\r\n'
    'Hello team,\r\n'
    '\r\n'
    'this message travels through one or more forwarders that seal it with ARC.\r\n'
    '\r\n'
    'Alice\r\n'
).replace('{name}', '%s')


# --- changes a forwarder makes before it seals --------------------------------------------------
def subject_tag(msg):
    assert msg.count(b'\r\nSubject: ') == 1
    return re.sub(rb'\r\nSubject: ', b'\r\nSubject: [team] ', msg, count=1)


def footer(msg):
    return msg + b'-- \r\nteam mailing list: https://lists.arc.test/team\r\n'


# --- changes after the last seal -------------------------------------------------------------
def tamper_body(msg):
    head, body = msg.split(b'\r\n\r\n', 1)
    assert b'Hello team,' in body
    return head + b'\r\n\r\n' + body.replace(b'Hello team,', b'Hello Eve,', 1)


def tamper_subject(msg):
    head, body = msg.split(b'\r\n\r\n', 1)
    head = re.sub(rb'\r\nSubject: ([^\r]*)', rb'\r\nSubject: \1 (edited)', head, count=1)
    return head + b'\r\n\r\n' + body


def fields(msg):
    """The header section as a list of raw fields (each with its folding and CRLF), and the rest."""
    head, body = msg.split(b'\r\n\r\n', 1)
    out = []
    for line in (head + b'\r\n').split(b'\r\n')[:-1]:
        if line[:1] in (b' ', b'\t') and out:
            out[-1] += line + b'\r\n'
        else:
            out.append(line + b'\r\n')
    return out, body


def join(flds, body):
    return b''.join(flds) + b'\r\n' + body


def arc_field(f, name, instance):
    return (f.lower().startswith(name.lower() + b':')
            and re.search(rb'(^|[\s;:])i\s*=\s*%d\s*;' % instance, f.split(b':', 1)[1]) is not None)


def tamper_seal(instance):
    def run(msg):
        flds, body = fields(msg)
        hits = [n for n, f in enumerate(flds) if arc_field(f, b'ARC-Seal', instance)]
        assert len(hits) == 1
        new = re.sub(rb't=(\d+)', lambda m: b't=%d' % (int(m.group(1)) + 1), flds[hits[0]], count=1)
        assert new != flds[hits[0]]
        flds[hits[0]] = new
        return join(flds, body)
    return run


def tamper_aar(instance):
    def run(msg):
        flds, body = fields(msg)
        hits = [n for n, f in enumerate(flds) if arc_field(f, b'ARC-Authentication-Results', instance)]
        assert len(hits) == 1
        new = flds[hits[0]].replace(b'spf=pass', b'spf=softfail', 1)
        assert new != flds[hits[0]]
        flds[hits[0]] = new
        return join(flds, body)
    return run


def remove_set(instance):
    def run(msg):
        flds, body = fields(msg)
        keep = [f for f in flds if not any(arc_field(f, n, instance) for n in
                                           (b'ARC-Seal', b'ARC-Message-Signature', b'ARC-Authentication-Results'))]
        assert len(keep) == len(flds) - 3
        return join(keep, body)
    return run


def duplicate_seal(instance):
    def run(msg):
        flds, body = fields(msg)
        hits = [n for n, f in enumerate(flds) if arc_field(f, b'ARC-Seal', instance)]
        assert len(hits) == 1
        flds.insert(hits[0], flds[hits[0]])
        return join(flds, body)
    return run


class Hop:
    def __init__(self, sealer, change=None, selector=None, force_cv=None, arc_word=None):
        self.sealer, self.change, self.selector = sealer, change, selector
        self.force_cv = force_cv      # make the sealer write this cv= whatever it saw
        self.arc_word = arc_word      # the arc= the forwarder puts in its Authentication-Results


class Case:
    def __init__(self, name, hops, expected, post=None, rfc='', info='', instances=None):
        self.name, self.hops, self.expected, self.post = name, hops, expected, post
        self.rfc, self.info = rfc, info
        self.instances = instances if instances is not None else len(hops)


RFC_PASS = ''
RFC_AMS_N = ('RFC 8617 §5.2 step 4: the AMS of the highest instance must validate; '
             'its failure makes the chain fail')
RFC_SEAL = 'RFC 8617 §5.2 step 6: every ARC-Seal from N down to 1 must validate'
RFC_STRUCT = 'RFC 8617 §5.2 step 1 and §4.2.1: sets numbered 1..N, exactly one of each field per instance'
RFC_CV1 = 'RFC 8617 §5.2 step 3 and §4.1.3 cv=: i=1 must say cv=none'
RFC_CVN = 'RFC 8617 §5.2 step 3 and §4.1.3 cv=: instances above 1 must say cv=pass'
RFC_CVFAIL = ('RFC 8617 §5.2 step 2: a highest-numbered ARC-Seal with cv=fail makes the chain fail '
              '(dkimpy returns no status for such a chain: "the chain is terminated")')
RFC_KEY = ('RFC 8617 §5.2 step 6 with RFC 6376 §6.1.2: a seal whose key is missing or revoked does '
           'not validate, so the chain fails (Mail::DKIM says "invalid", not an RFC 8617 chain status)')


def cases_for(s):
    o = OTHER[s]
    chain2 = [Hop(s), Hop(s, footer)]
    chain3 = [Hop(s), Hop(s, subject_tag), Hop(s, footer)]
    out = [
        Case('seal1', [Hop(s)], 'pass', info='one seal, i=1 cv=none'),
        Case('chain2-subject', [Hop(s), Hop(s, subject_tag)], 'pass',
             info='hop 2 tags the Subject before sealing: the originator DKIM and AMS i=1 break, the chain passes (RFC 8617 §5.2 checks only AMS i=N)'),
        Case('chain2-footer', chain2, 'pass',
             info='hop 2 appends a footer before sealing: the originator DKIM and AMS i=1 break, the chain passes'),
        Case('chain3', chain3, 'pass', info='hop 2 tags the Subject, hop 3 appends a footer'),
        Case('mix2', [Hop(o), Hop(s, subject_tag)], 'pass', info=f'{o} seals i=1, {s} tags the Subject and seals i=2'),
        Case('mix3', [Hop(s), Hop(o, subject_tag), Hop(s, footer)], 'pass',
             info=f'{s} seals i=1 and i=3, {o} seals i=2'),
        Case('body-after1', [Hop(s)], 'fail', post=tamper_body, rfc=RFC_AMS_N,
             info='body changed after the only seal: AMS i=1 fails'),
        Case('body-after', chain2, 'fail', post=tamper_body, rfc=RFC_AMS_N,
             info='body changed after the last seal: AMS i=2 fails'),
        Case('subject-after', chain2, 'fail', post=tamper_subject, rfc=RFC_AMS_N,
             info='signed Subject changed after the last seal: AMS i=2 fails'),
        Case('seal-edit', chain2, 'fail', post=tamper_seal(1), rfc=RFC_SEAL,
             info='t= of ARC-Seal i=1 changed: AS i=1 and AS i=2 (which covers it) fail'),
        Case('aar-edit', chain2, 'fail', post=tamper_aar(1), rfc=RFC_SEAL,
             info='ARC-Authentication-Results i=1 changed (spf=pass -> softfail): the seals fail'),
        Case('gap', chain3, 'fail', post=remove_set(2), rfc=RFC_STRUCT, instances=3,
             info='the whole set i=2 removed: instances 1 and 3 remain'),
        Case('dup-seal', chain2, 'fail', post=duplicate_seal(1), rfc=RFC_STRUCT,
             info='ARC-Seal i=1 present twice (identical copies)'),
        Case('cv-pass-i1', [Hop(s, force_cv='pass', arc_word='pass')], 'fail', rfc=RFC_CV1,
             info='the i=1 seal says cv=pass'),
        Case('cv-fail', [Hop(s), Hop(s, footer, arc_word='fail')], 'fail', rfc=RFC_CVFAIL,
             info='hop 2 saw arc=fail and seals i=2 with cv=fail (both sealers then sign over their own set only)'),
        Case('key-revoked', [Hop(s, selector='revoked')], 'fail', rfc=RFC_KEY,
             info='i=1 sealed with s=revoked (p= empty)'),
        Case('key-absent', [Hop(s), Hop(s, footer, selector='absent')], 'fail', rfc=RFC_KEY,
             info='i=2 sealed with s=absent (no key record: NXDOMAIN)'),
    ]
    if s == 'maildkim':
        # dkimpy will not seal i>1 without arc= in Authentication-Results ("chain terminated");
        # Mail::DKIM's Chain => 'none' writes the seal.
        out.append(Case('cv-none-i2', [Hop(s), Hop(s, footer, force_cv='none', arc_word='none')], 'fail',
                        rfc=RFC_CVN, info='the i=2 seal says cv=none; Mail::DKIM signs a seal whose cv is not pass over its own set only, so AS i=2 does not validate either'))
    return out


def run(cmd, stdin=None):
    p = subprocess.run(cmd, input=stdin, capture_output=True)
    if p.returncode != 0:
        sys.exit('%s failed: %s' % (' '.join(cmd), p.stderr.decode(errors='replace')))
    return p.stdout


def make(case, signer_dir, tmp):
    msg = (BASE % f'{signer_dir}-{case.name}').encode()
    # The originator signs with DKIM (dkimpy) so that a forwarder's change visibly breaks it.
    src = os.path.join(tmp, 'in.eml')
    dst = os.path.join(tmp, 'out.eml')
    open(src, 'wb').write(msg)
    run(TOOLS['dkimpy'] + ['dkim-sign'], json.dumps({
        'message': src, 'out': dst, 'domain': 'origin.arc.test', 'selector': 'r2048',
        'key': os.path.join(ROOT, 'keys', 'rsa2048.pem'), 'timestamp': T0}).encode())
    msg = open(dst, 'rb').read()
    changed = False
    for k, hop in enumerate(case.hops, 1):
        srv = f'mx{k}.{hop.sealer}.arc.test'
        dkim_word = 'fail' if changed else 'pass'
        arc_word = hop.arc_word or ('none' if k == 1 else 'pass')
        ar = (f'Authentication-Results: {srv};\r\n'
              f'\tdkim={dkim_word} header.d=origin.arc.test header.s=r2048;\r\n'
              f'\tspf=pass smtp.mailfrom=origin.arc.test;\r\n'
              f'\tarc={arc_word}\r\n').encode()
        msg = ar + msg
        if hop.change:
            msg = hop.change(msg)
            changed = True
        selector = hop.selector or SELECTOR[k]
        open(src, 'wb').write(msg)
        run(TOOLS[hop.sealer] + ['seal'], json.dumps({
            'message': src, 'out': dst, 'domain': f'{hop.sealer}.arc.test', 'selector': selector,
            'key': os.path.join(ROOT, 'keys', KEYFILE[selector] + '.pem'), 'srv_id': srv,
            'timestamp': HOP_T[k], 'force_cv': hop.force_cv}).encode())
        msg = open(dst, 'rb').read()
    if case.post:
        msg = case.post(msg)
    assert b'\n' not in msg.replace(b'\r\n', b'')
    return msg


def verify(keys, files):
    out = {}
    for name in SIGNERS:
        text = run(TOOLS[name] + ['verify', keys] + files).decode()
        for line in text.splitlines():
            r = json.loads(line)
            out.setdefault(r['file'], {})[name] = r
    return out


def main():
    keys = sys.argv[2]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for s in SIGNERS:
            os.makedirs(os.path.join(ROOT, 'messages', s), exist_ok=True)
            for case in cases_for(s):
                rel = f'messages/{s}/{case.name}.eml'
                with open(os.path.join(ROOT, rel), 'wb') as f:
                    f.write(make(case, s, tmp))
                rows.append((rel, '+'.join(h.sealer for h in case.hops), case))
        # A message without ARC: the chain result is none (RFC 8617 §5.2: no ARC sets).
        os.makedirs(os.path.join(ROOT, 'messages', 'none'), exist_ok=True)
        unsealed = Case('unsealed', [], 'none', info='DKIM-signed by the originator, no ARC set')
        rel = 'messages/none/unsealed.eml'
        src, dst = os.path.join(tmp, 'in.eml'), os.path.join(ROOT, rel)
        open(src, 'wb').write((BASE % 'none-unsealed').encode())
        run(TOOLS['dkimpy'] + ['dkim-sign'], json.dumps({
            'message': src, 'out': dst, 'domain': 'origin.arc.test', 'selector': 'r2048',
            'key': os.path.join(ROOT, 'keys', 'rsa2048.pem'), 'timestamp': T0}).encode())
        rows.append((rel, '-', unsealed))

    verdicts = verify(keys, [os.path.join(ROOT, r[0]) for r in rows])
    problems = []
    lines = ['\t'.join(['file', 'signer', 'instances', 'expected', 'dkimpy', 'maildkim', 'rfc_note'])]
    for rel, signer, case in rows:
        v = verdicts[os.path.join(ROOT, rel)]
        words = {n: v[n]['word'] for n in SIGNERS}
        if any(w != case.expected for w in words.values()) and not case.rfc:
            problems.append(f'{rel}: expected {case.expected}, got {words} without an RFC note')
        cells = [f"{v[n]['word']} ({v[n]['detail']})".replace('\t', ' ') for n in SIGNERS]
        note = case.rfc
        if case.info:
            note = (note + '; ' if note else '') + case.info
        lines.append('\t'.join([rel, signer, str(case.instances), case.expected] + cells + [note]))
    with open(os.path.join(ROOT, 'expected.tsv'), 'w', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    for p in problems:
        print('corpus.py: ' + p, file=sys.stderr)
    print(f'corpus.py: {len(rows)} messages', file=sys.stderr)
    if problems:
        sys.exit(1)


if __name__ == '__main__':
    main()
