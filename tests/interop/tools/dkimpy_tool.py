#!/usr/bin/python3
"""dkimpy (Debian's python3-dkim) as signer and verifier of the interoperability corpus.

  dkimpy_tool.py sign < JOB.json            signs JOB["message"] into JOB["out"]
  dkimpy_tool.py verify KEYS.json FILE...   one JSON line per file with every signature's verdict

Run with Debian's /usr/bin/python3 (python3-dkim and python3-nacl are installed for it).
DNS never leaves the process: key look-ups are answered from KEYS.json (tools/zone.py json).
"""
import base64
import json
import logging
import re
import sys
import types

import dkim
from dkim.canonicalization import CanonicalizationPolicy


def sign(job):
    message = open(job['message'], 'rb').read()
    for spec in job['signatures']:
        message = sign_one(message, spec) + message
    open(job['out'], 'wb').write(message)


def private_key(spec):
    data = open(spec['key'], 'rb').read()
    if spec['algorithm'] == 'ed25519-sha256':
        # dkimpy takes the 32-octet Ed25519 seed in base64: the last 32 octets of the PKCS#8 DER.
        der = base64.b64decode(b''.join(l for l in data.splitlines() if not l.startswith(b'-----')))
        return base64.b64encode(der[-32:])
    return data


def sign_one(message, spec):
    # dkimpy writes t= from time.time(); the corpus pins it so the messages never change.
    dkim.time = types.SimpleNamespace(time=lambda: spec['timestamp'])
    d = dkim.DKIM(message, signature_algorithm=spec['algorithm'].encode(), linesep=b'\r\n',
                  logger=logging.getLogger('dkimpy-sign'))
    include = [h.encode() for h in spec['headers']] if spec.get('headers') else None
    if spec.get('oversign'):
        # every named field once more than the message has it (an absent one once)
        include = list(include or d.default_sign_headers())
        for name in spec['oversign']:
            present = sum(1 for k, _ in d.headers if k.lower() == name.encode())
            while sum(1 for h in include if h.lower() == name.encode()) < present + 1:
                include.append(name.encode())
    canon = tuple(c.encode() for c in spec['canon'].split('/'))
    if spec.get('expiry') is None:
        return d.sign(spec['selector'].encode(), spec['domain'].encode(), private_key(spec),
                      canonicalize=canon, include_headers=include, length=bool(spec.get('length')))
    return sign_with_expiry(d, spec, canon, include)


def sign_with_expiry(d, spec, canon, include):
    # DKIM.sign has no x=; this is its own sequence (dkimpy 1.1.4, DKIM.sign) with x= added, and
    # dkimpy still canonicalises, hashes, signs and folds (DomainSigner.gen_header).
    if spec['algorithm'] == 'ed25519-sha256':
        import nacl.encoding
        import nacl.signing
        pk = nacl.signing.SigningKey(private_key(spec), encoder=nacl.encoding.Base64Encoder)
    else:
        from dkim.crypto import parse_pem_private_key
        pk = parse_pem_private_key(private_key(spec))
    policy = CanonicalizationPolicy.from_c_value(b'/'.join(canon))
    include = tuple(x.lower() for x in (include or d.default_sign_headers()))
    d.include_headers = include
    body = policy.canonicalize_body(d.body)
    d.hasher = dkim.HASH_ALGORITHMS[d.signature_algorithm]
    h = d.hasher()
    h.update(body)
    fields = [
        (b'v', b'1'),
        (b'a', d.signature_algorithm),
        (b'c', policy.to_c_value()),
        (b'd', spec['domain'].encode()),
        (b'i', b'@' + spec['domain'].encode()),
        (b'q', b'dns/txt'),
        (b's', spec['selector'].encode()),
        (b't', str(spec['timestamp']).encode()),
        (b'x', str(spec['expiry']).encode()),
        (b'h', b' : '.join(include)),
        (b'bh', base64.b64encode(h.digest())),
        (b'b', b'0' * 60),
    ]
    return b'DKIM-Signature: ' + d.gen_header(fields, include, policy, b'DKIM-Signature', pk)


class Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.errors = []

    def emit(self, record):
        if record.levelno >= logging.ERROR:
            self.errors.append(record.getMessage())


def verify(keyfile, files):
    keys = json.load(open(keyfile))

    def dnsfunc(name, timeout=5):
        name = name.decode() if isinstance(name, bytes) else name
        name = name.lower().rstrip('.') + '.'
        records = keys.get(name)
        if not records:
            return None  # NXDOMAIN / NODATA
        return ''.join(records[0]).encode()

    for path in files:
        message = open(path, 'rb').read()
        count = len(re.findall(rb'(?im)^dkim-signature:', message.split(b'\r\n\r\n', 1)[0]))
        sigs = []
        for idx in range(count):
            log = logging.getLogger('dkimpy-verify-%d' % idx)
            log.propagate = False
            log.setLevel(logging.DEBUG)
            cap = Capture()
            log.handlers = [cap]
            d = dkim.DKIM(message, logger=log, minkey=1024)
            raw, word, detail = None, None, ''
            try:
                ok = d.verify(idx=idx, dnsfunc=dnsfunc)
                raw = 'True' if ok else 'False'
                if ok:
                    word = 'pass'
                elif cap.errors:
                    # verify_sig logs key problems (missing, revoked, unparsable key) and returns False
                    detail = cap.errors[-1]
                    word = 'temperror' if 'DnsTimeoutError' in detail else 'permerror'
                else:
                    word, detail = 'fail', 'signature did not verify'
            except dkim.DKIMException as e:
                raw = type(e).__name__
                detail = str(e)
                word = 'fail' if 'body hash mismatch' in detail else 'permerror'
            except Exception as e:  # a crash is a finding too, not the end of the run
                raw, word, detail = type(e).__name__, 'error', str(e)
            fields = d.signature_fields or {}
            sigs.append({
                'd': (fields.get(b'd') or b'').decode(),
                's': (fields.get(b's') or b'').decode(),
                'b': re.sub(rb'\s+', b'', fields.get(b'b') or b'').decode()[:12],
                'word': word,
                'detail': f'dkimpy {raw}' + (f': {detail}' if detail else ''),
            })
        print(json.dumps({'file': path, 'sigs': sigs}), flush=True)


if __name__ == '__main__':
    logging.basicConfig(level=logging.CRITICAL)
    if sys.argv[1] == 'sign':
        sign(json.load(sys.stdin))
    elif sys.argv[1] == 'verify':
        verify(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
