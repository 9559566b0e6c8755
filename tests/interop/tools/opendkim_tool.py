#!/usr/bin/python3
"""OpenDKIM (Debian's opendkim) as signer and verifier of the interoperability corpus.

  opendkim_tool.py sign < JOB.json            signs JOB["message"] into JOB["out"]
  opendkim_tool.py verify KEYS.json FILE...   one JSON line per file with every signature's verdict

Both run the real filter in its test mode (`opendkim -x CONF -t FILE -vvv`), which prints the
header fields it would add. Signing runs under faketime so that t= is the job's timestamp.
Verification reads the keys from a TestPublicKeys file made from KEYS.json (tools/zone.py json),
and Nameservers points at loopback, so no query leaves the machine.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

INSHEADER = re.compile(r"^### INSHEADER: idx=(\d+) hname='([^']*)' hvalue='(.*?)'$", re.S | re.M)


def run_opendkim(conf_lines, message_path, timestamp=None):
    with tempfile.TemporaryDirectory() as tmp:
        conf = os.path.join(tmp, 'opendkim.conf')
        with open(conf, 'w') as f:
            f.write('\n'.join(conf_lines + ['Syslog no', 'Nameservers 127.0.0.1', 'TemporaryDirectory ' + tmp]) + '\n')
        cmd = ['opendkim', '-x', conf, '-t', message_path, '-vvv']
        env = dict(os.environ, TZ='UTC')
        if timestamp is not None:
            when = datetime.datetime.fromtimestamp(timestamp, datetime.timezone.utc).strftime('%Y-%m-%d %H:%M:%S')
            cmd = ['faketime', '-f', when] + cmd
        p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60)
        if p.returncode != 0:
            raise RuntimeError(f'opendkim failed ({p.returncode}): {p.stderr.strip()}')
        return [(int(i), name, value) for i, name, value in INSHEADER.findall(p.stdout)], p.stderr


def sign_one(path, spec, tmp):
    conf = [
        'Mode s',
        'Domain ' + spec['domain'],
        'Selector ' + spec['selector'],
        'KeyFile ' + os.path.abspath(spec['key']),
        'Canonicalization ' + spec['canon'],
        'SignatureAlgorithm ' + spec['algorithm'],
        'RequireSafeKeys no',
    ]
    if spec.get('headers'):
        conf.append('SignHeaders ' + ','.join(spec['headers']))
    if spec.get('oversign'):
        conf.append('OversignHeaders ' + ','.join(spec['oversign']))
    if spec.get('expiry') is not None:
        conf.append('SignatureTTL %d' % (spec['expiry'] - spec['timestamp']))
    if spec.get('length') is not None:
        # l= for every envelope recipient (test mode has none of its own: match anything)
        db = os.path.join(tmp, 'bodylength.re')
        with open(db, 'w') as f:
            f.write('*\n')
        conf.append('BodyLengthDB refile:' + db)
    added, err = run_opendkim(conf, path, spec['timestamp'])
    sigs = [v for _, name, v in added if name.lower() == 'dkim-signature']
    if len(sigs) != 1:
        raise RuntimeError('opendkim added no DKIM-Signature: ' + err.strip())
    return ('DKIM-Signature: ' + sigs[0]).replace('\r\n', '\n').replace('\n', '\r\n').encode() + b'\r\n'


def sign(job):
    message = open(job['message'], 'rb').read()
    with tempfile.TemporaryDirectory() as tmp:
        for n, spec in enumerate(job['signatures']):
            path = os.path.join(tmp, f'in{n}.eml')
            open(path, 'wb').write(message)
            message = sign_one(path, spec, tmp) + message
    open(job['out'], 'wb').write(message)


def parse_ar(value):
    """dkim= entries of an Authentication-Results value: (word, comment, {prop: value})."""
    out = []
    for part in value.split(';')[1:]:
        part = ' '.join(part.split())
        m = re.match(r'dkim=(\w+)\s*(.*)$', part)
        if not m:
            continue
        rest = m.group(2)
        props = dict(re.findall(r'\b(header\.[a-z]+)=(\S+)', rest))
        comment = re.sub(r'\s*\bheader\.[a-z]+=\S+', '', rest).strip()
        out.append((m.group(1), comment, props))
    return out


def verify(keyfile, files):
    keys = json.load(open(keyfile))
    with tempfile.TemporaryDirectory() as tmp:
        table = os.path.join(tmp, 'keys.txt')
        with open(table, 'w') as f:
            for name, records in sorted(keys.items()):
                f.write(name.rstrip('.') + ' ' + ''.join(records[0]) + '\n')
        conf = ['Mode v', 'TestPublicKeys ' + table, 'AlwaysAddARHeader yes', 'AuthservID mx.interop.test']
        for path in files:
            added, err = run_opendkim(conf, path)
            entries = []
            for _, name, value in added:
                if name.lower() == 'authentication-results':
                    entries += parse_ar(value)
            sigs = [{
                'd': props.get('header.d', ''),
                's': props.get('header.s', ''),
                'b': props.get('header.b', ''),  # OpenDKIM gives the first 8 characters of b=
                'word': word,
                'detail': ('OpenDKIM dkim=' + word + (' ' + comment if comment else '')),
            } for word, comment, props in entries]
            print(json.dumps({'file': path, 'sigs': sigs, 'log': err.strip().splitlines()[-1:]}), flush=True)


if __name__ == '__main__':
    if sys.argv[1] == 'sign':
        sign(json.load(sys.stdin))
    elif sys.argv[1] == 'verify':
        verify(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
