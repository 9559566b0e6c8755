#!/usr/bin/python3
# Signs resources/samples/newsletter.eml for real: the sender's DKIM signature, then the receiving
# provider's ARC set, so the first-run sample verifies against newsletter.zone offline.
import re, sys, dkim, base64, subprocess
src = open(sys.argv[1], 'rb').read()
head, body = src.split(b'\r\n\r\n', 1)
# split header into fields
fields = re.split(rb'\r\n(?![ \t])', head)
def name(f): return f.split(b':', 1)[0].strip().lower()
drop = {b'arc-seal', b'arc-message-signature', b'arc-authentication-results', b'dkim-signature', b'authentication-results'}
kept = [f for f in fields if name(f) not in drop]
# the sender's part: from the first Received added by the sender's own infrastructure down
idx = next(i for i, f in enumerate(kept) if name(f) == b'received' and b'app03.internal' in f)
receiver_part = kept[:idx]
sender_part = kept[idx:]
sender_msg = b'\r\n'.join(sender_part) + b'\r\n\r\n' + body
shop_key = open(sys.argv[2], 'rb').read()
sig = dkim.sign(sender_msg, b's2024', b'shop.example.com', shop_key,
                include_headers=[b'from', b'to', b'subject', b'date', b'message-id', b'mime-version',
                                 b'content-type', b'list-unsubscribe', b'list-unsubscribe-post', b'feedback-id', b'from'],
                canonicalize=(b'relaxed', b'relaxed'))
sig = sig.replace(b'\n', b'\r\n') if b'\r\n' not in sig else sig
signed_sender = sig.rstrip(b'\r\n')
bval = re.search(rb'\bb=([A-Za-z0-9+/=\s]+)', signed_sender.split(b'bh=')[1]).group(1)
bshort = re.sub(rb'\s', b'', bval)[:8]
# receiver adds its Received-SPF (already in receiver_part) and Authentication-Results
ar = (b'Authentication-Results: mx.example.net;\r\n'
      b'       dkim=pass header.i=@shop.example.com header.s=s2024 header.b=' + bshort + b';\r\n'
      b'       spf=pass (mx.example.net: domain of bounce-8f2c1d7e5a@bounce.shop.example.com designates 198.51.100.25 as permitted sender) smtp.mailfrom=bounce-8f2c1d7e5a@bounce.shop.example.com;\r\n'
      b'       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=shop.example.com')
# order: receiver trace fields on top, then A-R just above the boundary Received
top = receiver_part[:]
# insert AR before Received-SPF / after boundary Received: put AR right after Return-Path block as Gmail does
ri = next(i for i, f in enumerate(top) if name(f) == b'received-spf')
top.insert(ri + 1, ar)
msg = b'\r\n'.join(top) + b'\r\n' + signed_sender + b'\r\n' + b'\r\n'.join(sender_part) + b'\r\n\r\n' + body
arc_key = open(sys.argv[3], 'rb').read()
arc = dkim.arc_sign(msg, b'arc-2024', b'example.net', arc_key, b'mx.example.net', timestamp=1715673723)
out = b''.join(h if h.endswith(b'\r\n') else h.replace(b'\n', b'\r\n') for h in arc) + msg
out = out.replace(b'\r\r\n', b'\r\n')
open(sys.argv[4], 'wb').write(out)
