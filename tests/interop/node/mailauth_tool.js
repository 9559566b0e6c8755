'use strict';
// mailauth (npm, pinned in package.json) as signer and verifier of the interoperability corpus.
//
//   node mailauth_tool.js sign < JOB.json            signs JOB.message into JOB.out
//   node mailauth_tool.js verify KEYS.json FILE...   one JSON line per file with every signature's verdict
//
// DNS never leaves the process: mailauth's resolver option answers from KEYS.json
// (tools/zone.py json). minBitLength stays at mailauth's default (1024).

const fs = require('node:fs');
const { dkimSign } = require('mailauth/lib/dkim/sign');
const { dkimVerify } = require('mailauth/lib/dkim/verify');

async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin) {
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}

async function signOne(message, spec) {
    const options = {
        canonicalization: spec.canon,
        algorithm: spec.algorithm,
        signTime: new Date(spec.timestamp * 1000),
        signatureData: [
            {
                signingDomain: spec.domain,
                selector: spec.selector,
                privateKey: fs.readFileSync(spec.key),
                algorithm: spec.algorithm,
                canonicalization: spec.canon,
                ...(typeof spec.length === 'number' ? { maxBodyLength: spec.length } : {})
            }
        ]
    };
    if (spec.expiry !== null && spec.expiry !== undefined) {
        options.expires = new Date(spec.expiry * 1000);
    }
    if (spec.headers && spec.headers.length) {
        options.headerList = spec.headers.join(':');
    }
    const result = await dkimSign(message, options);
    if (result.errors && result.errors.length) {
        throw new Error('mailauth could not sign: ' + result.errors.map(e => e.err && e.err.message).join('; '));
    }
    return Buffer.from(result.signatures.replace(/\r?\n/g, '\r\n'));
}

async function sign() {
    const job = JSON.parse(await readStdin());
    let message = fs.readFileSync(job.message);
    for (const spec of job.signatures) {
        message = Buffer.concat([await signOne(message, spec), message]);
    }
    fs.writeFileSync(job.out, message);
}

async function verify(keyFile, files) {
    const keys = JSON.parse(fs.readFileSync(keyFile, 'utf8'));
    const resolver = async (name, type) => {
        const key = name.toLowerCase().replace(/\.?$/, '.');
        const records = type === 'TXT' ? keys[key] : null;
        if (!records) {
            const err = new Error(`queryTxt ENOTFOUND ${name}`);
            err.code = 'ENOTFOUND';
            throw err;
        }
        return records;
    };
    for (const file of files) {
        let result;
        try {
            result = await dkimVerify(fs.readFileSync(file), { resolver });
        } catch (err) {
            process.stdout.write(JSON.stringify({ file, error: 'mailauth threw: ' + (err && err.message) }) + '\n');
            continue;
        }
        const sigs = (result.results || [])
            .filter(r => r.signingDomain || (r.status && r.status.header && r.status.header.b))
            .map(r => ({
                d: r.signingDomain || '',
                s: r.selector || '',
                b: (r.status && r.status.header && r.status.header.b) || '',
                word: r.status.result,
                detail: 'mailauth ' + r.status.result + (r.status.comment ? ` (${r.status.comment})` : '') +
                    (r.status.policy ? ' ' + JSON.stringify(r.status.policy) : '')
            }));
        process.stdout.write(JSON.stringify({ file, sigs }) + '\n');
    }
}

(async () => {
    const [mode, ...args] = process.argv.slice(2);
    if (mode === 'sign') {
        await sign();
    } else if (mode === 'verify') {
        await verify(args[0], args.slice(1));
    } else {
        throw new Error('usage: mailauth_tool.js sign < JOB.json | verify KEYS.json FILE...');
    }
})().catch(err => {
    process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
    process.exit(1);
});
