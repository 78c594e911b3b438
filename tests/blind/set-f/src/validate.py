#!/usr/bin/env python3
"""Validate set F: MIME parse, CRLF, headers, unique Message-IDs, domain rule, labels.
Exit 1 on any problem."""
import os, re, sys, email, datetime
from email import policy
from email.utils import parsedate_to_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HEADER = 'file\tservice\tdisposition\tlang\tack\tfamily\tnote'
SERVICES = {'web-portal', 'e-nothi', 'digital-lab', 'ict-advice', 'udc-advice', 'none'}
DISPS = {'new', 'followup', 'spam', 'auto-reply', 'bounce'}
LANGS = {'en', 'bn', 'banglish', 'mixed', 'bijoy'}
FAMS = {'plain', 'misleading', 'scam', 'autoreply', 'arf', 'followup-quoted', 'bad-bangla', 'bijoy'}
FAM_DISP = {'plain': {'new'}, 'misleading': {'new'}, 'scam': {'spam'}, 'autoreply': {'auto-reply'},
            'arf': {'bounce'}, 'followup-quoted': {'followup', 'new'}, 'bad-bangla': {'new'}, 'bijoy': {'new'}}
ACK_RE = re.compile(r'<sebadesk\.MEL-2026-\d{6}\.ack\.[0-9a-f]{16}@office\.test>')
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)')
URL_RE = re.compile(r'(?:https?://|www\.)([A-Za-z0-9\-\.]+)', re.I)
BARE_RE = re.compile(r'\b((?:[a-z0-9\-]+\.)+(?:com|net|org|bd|io|info|xyz|gov|edu|co|uk|in))(?![\w\-]|\.[a-z0-9])', re.I)

problems = []


def bad(f, msg):
    problems.append(f'{f}: {msg}')


def domain_ok(d):
    d = d.lower().rstrip('.')
    if d.endswith('.test') or d == 'test':
        return True
    for ex in ('example.com', 'example.org', 'example.net'):
        if d == ex or d.endswith('.' + ex):
            return True
    return False


def texts_of(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        for k, v in part.items():
            out.append(str(v))
        if ct.startswith('text/') or ct.startswith('message/'):
            try:
                payload = part.get_payload(decode=True)
                if payload is None:
                    payload = part.get_payload()
                    out.append(payload if isinstance(payload, str) else str(payload))
                    continue
                cs = part.get_content_charset() or 'utf-8'
                out.append(payload.decode(cs))
            except Exception as e:  # noqa
                problems.append(f'undecodable part {ct}: {e}')
    return out


def check_mail(f, raw, labels):
    if b'\r\n' not in raw:
        bad(f, 'no CRLF')
    if re.search(rb'(?<!\r)\n', raw):
        bad(f, 'bare LF')
    if re.search(rb'\r(?!\n)', raw):
        bad(f, 'bare CR')
    try:
        raw.decode('ascii')
        ascii_ok = True
    except UnicodeDecodeError:
        ascii_ok = False
    msg = email.message_from_bytes(raw, policy=policy.default)
    for hname in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type'):
        if msg[hname] is None:
            bad(f, f'missing {hname}')
    if msg['To'] is not None and str(msg['To']).strip().lower() != 'desk@office.test':
        bad(f, f'To is {msg["To"]}')
    try:
        d = parsedate_to_datetime(str(msg['Date']))
        if not (d.year == 2026 and d.month == 12 and d.utcoffset() == datetime.timedelta(hours=6)):
            bad(f, f'Date out of range {msg["Date"]}')
    except Exception as e:
        bad(f, f'Date unparsable {e}')
    if str(msg.get('MIME-Version', '')).strip() != '1.0':
        bad(f, 'MIME-Version')
    for part in msg.walk():
        for dft in part.defects:
            bad(f, f'MIME defect {type(dft).__name__}')
    # decode text
    blobs = [raw.replace(b'=\r\n', b'').decode('latin-1')]  # undo QP soft breaks
    for hname, v in msg.items():
        blobs.append(str(v))
    blobs += texts_of(msg)
    text = '\n'.join(blobs)
    for m in EMAIL_RE.finditer(text):
        if not domain_ok(m.group(1)):
            bad(f, f'bad email domain {m.group(0)}')
    for m in URL_RE.finditer(text):
        if not domain_ok(m.group(1)):
            bad(f, f'bad URL host {m.group(1)}')
    for m in BARE_RE.finditer(text):
        if not domain_ok(m.group(1)):
            bad(f, f'bad bare domain {m.group(1)}')
    for hname in ('From', 'Reply-To'):
        if msg[hname] is not None:
            for _, a in getaddresses([str(msg[hname])]):
                if '@' not in a or not domain_ok(a.split('@')[1]):
                    bad(f, f'{hname} address {a}')
    mid = str(msg['Message-ID'] or '').strip()
    mm = re.fullmatch(r'<[^<>@\s]+@([^<>@\s]+)>', mid)
    if not mm or not domain_ok(mm.group(1)):
        bad(f, f'Message-ID {mid}')
    # label consistency with threading headers
    lab = labels.get(f)
    if lab:
        irt = str(msg.get('In-Reply-To') or '') + ' ' + str(msg.get('References') or '')
        if lab['disposition'] == 'followup' and not ACK_RE.search(irt):
            bad(f, 'followup without ack reference in In-Reply-To/References')
        if lab['family'] == 'followup-quoted' and lab['disposition'] == 'new' and irt.strip():
            bad(f, 'followup-quoted/new must not carry In-Reply-To/References')
        if lab['family'] == 'followup-quoted' and 'MEL-2026-' in str(msg['Subject']):
            bad(f, 'followup-quoted subject must be rewritten (no ticket)')
        if lab['family'] in ('scam', 'autoreply'):
            for hn in ('Auto-Submitted', 'X-Autoreply', 'Precedence', 'X-Spam-Flag', 'X-Spam-Status'):
                if msg[hn] is not None:
                    bad(f, f'{hn} header present')
    return mid


def main():
    lp = os.path.join(ROOT, 'labels.tsv')
    with open(lp, encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    if lines[0] != HEADER:
        bad('labels.tsv', 'header mismatch')
    labels = {}
    for n, line in enumerate(lines[1:], 2):
        if not line:
            continue
        cols = line.split('\t')
        if len(cols) != 7:
            bad('labels.tsv', f'line {n}: {len(cols)} columns')
            continue
        r = dict(zip(HEADER.split('\t'), cols))
        f = r['file']
        if f in labels:
            bad('labels.tsv', f'duplicate {f}')
        labels[f] = r
        if r['service'] not in SERVICES: bad(f, f'service {r["service"]}')
        if r['disposition'] not in DISPS: bad(f, f'disposition {r["disposition"]}')
        if r['lang'] not in LANGS: bad(f, f'lang {r["lang"]}')
        if r['family'] not in FAMS: bad(f, f'family {r["family"]}')
        if r['ack'] != ('yes' if r['disposition'] in ('new', 'followup') else 'no'):
            bad(f, 'ack inconsistent with disposition')
        if r['disposition'] not in FAM_DISP.get(r['family'], set()):
            bad(f, 'disposition inconsistent with family')
        if r['disposition'] in ('spam', 'auto-reply', 'bounce') and r['service'] != 'none':
            bad(f, 'machine/spam mail must have service none')
        if (r['family'] == 'bijoy') != (r['lang'] == 'bijoy'):
            bad(f, 'bijoy family/lang mismatch')
        if r['family'] == 'bijoy' and not os.path.exists(os.path.join(ROOT, f.replace('.eml', '.unicode.txt'))):
            bad(f, 'missing unicode.txt')
        if not r['note'].strip():
            bad(f, 'empty note')
    emls = sorted(x for x in os.listdir(ROOT) if x.endswith('.eml'))
    exp = [f'{i:03d}.eml' for i in range(1, len(emls) + 1)]
    if emls != exp:
        bad('files', 'eml files not numbered 001..NNN contiguously')
    if set(emls) != set(labels):
        bad('files', f'labels/eml mismatch: {sorted(set(emls) ^ set(labels))[:5]}')
    mids = {}
    for f in emls:
        with open(os.path.join(ROOT, f), 'rb') as fh:
            raw = fh.read()
        mid = check_mail(f, raw, labels)
        if mid in mids:
            bad(f, f'duplicate Message-ID with {mids[mid]}')
        mids[mid] = f
    from collections import Counter
    print(f'{len(emls)} mails, {len(labels)} label rows')
    for col in ('family', 'disposition', 'lang', 'service', 'ack'):
        c = Counter(r[col] for r in labels.values())
        print(f'{col}: ' + ', '.join(f'{k}={v}' for k, v in sorted(c.items())))
    if problems:
        print(f'{len(problems)} PROBLEMS:')
        for p in problems:
            print('  ' + p)
        sys.exit(1)
    print('OK: no problems found')


if __name__ == '__main__':
    main()
