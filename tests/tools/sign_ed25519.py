#!/usr/bin/python3
# Signs a test message with DKIM (RFC 6376, relaxed/relaxed) using the RFC 8463 Appendix A.1
# Ed25519 key, whose public half the test zones publish. Needs only python3-cryptography.
#   sign_ed25519.py IN OUT DOMAIN SELECTOR TIMESTAMP header,names,...
# IN is the message without the signature, CRLF line endings; OUT gets "DKIM-Signature: ..." on top.
import base64, hashlib, re, sys
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

SEED = base64.b64decode("nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=")

def relaxed_header(field):
    name, value = field.split(b":", 1)
    value = re.sub(rb"\r\n(?=[ \t])", b"", value)
    value = re.sub(rb"[ \t]+", b" ", value).strip()
    return name.strip().lower() + b":" + value

def relaxed_body(body):
    lines = body.split(b"\r\n")
    lines = [re.sub(rb"[ \t]+", b" ", l).rstrip(b" \t") for l in lines]
    while lines and lines[-1] == b"":
        lines.pop()
    return b"".join(l + b"\r\n" for l in lines)

src, out, domain, selector, stamp, names = sys.argv[1:7]
data = open(src, "rb").read()
head, body = data.split(b"\r\n\r\n", 1)
fields = re.split(rb"\r\n(?![ \t])", head)
bh = base64.b64encode(hashlib.sha256(relaxed_body(body)).digest()).decode()
signed = names.split(",")
tags = ("v=1; a=ed25519-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%s; h=%s; bh=%s; b="
        % (domain, selector, stamp, ":".join(signed), bh))
# RFC 6376 §5.4.2: the last unused instance of each name, bottom up.
used, canon = set(), b""
for name in signed:
    for i in range(len(fields) - 1, -1, -1):
        if i not in used and fields[i].split(b":", 1)[0].strip().lower() == name.lower().encode():
            used.add(i)
            canon += relaxed_header(fields[i]) + b"\r\n"
            break
canon += relaxed_header(b"DKIM-Signature: " + tags.encode())
digest = hashlib.sha256(canon).digest()
sig = base64.b64encode(Ed25519PrivateKey.from_private_bytes(SEED).sign(digest)).decode()
open(out, "wb").write(b"DKIM-Signature: " + tags.encode() + sig.encode() + b"\r\n" + data)
