#!/usr/bin/env python3
"""Deterministic generator for held-out set F. Run: python3 src/gen.py  (from set-f/ or anywhere)."""
import os, sys, random, hashlib, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import common
import c_web, c_nothi, c_lab, c_adv, c_udc, c_mis, c_scam, c_auto, c_arf, c_follow, c_bad, c_bijoy  # noqa
import mimebuild as mb
import bijoy

SEED = 20261207
TEXT_STYLES = ['8bit', 'qp', 'b64', 'alt', 'alt-qp', 'html', '8bit', 'alt', 'b64', 'qp', 'html-b64', 'alt-b64']


def h(s, n=20):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:n]


def text_body(it, style, boundary):
    body = it['body']
    if style == '8bit':
        return mb.text(body, cte='8bit')
    if style == 'qp':
        return mb.text(body, cte='quoted-printable')
    if style == 'b64':
        return mb.text(body, cte='base64')
    if style == 'html':
        return mb.text(mb.to_html(body), 'html', cte='quoted-printable')
    if style == 'html-b64':
        return mb.text(mb.to_html(body), 'html', cte='base64')
    cte = {'alt': '8bit', 'alt-qp': 'quoted-printable', 'alt-b64': 'base64'}[style]
    return mb.multipart('alternative', [mb.text(body, cte=cte),
                                        mb.text(mb.to_html(body), 'html', cte=cte if cte != '8bit' else 'quoted-printable')],
                        boundary + '_alt')


def attach_part(it):
    fn = it['fname']
    if fn.endswith('.jpg'):
        return mb.attachment(mb.fake_jpeg(fn + it['email']), 'image/jpeg', fn)
    if fn.endswith('.pdf'):
        return mb.attachment(mb.FAKE_PDF, 'application/pdf', fn)
    return mb.attachment(b'<html><body><form action="https://billing.gov-supplies.test/login"></form></body></html>',
                         'text/html', fn)


def bijoy_body(it, boundary):
    cs = it['bijoy_charset']
    conv = bijoy.convert(it['body'])
    cte = it.get('cte', '8bit')
    mode = it['bijoy_mode']
    if mode == 'body':
        return mb.text(conv, charset=cs, cte=cte)
    htmlt = mb.to_html(conv, font='SutonnyMJ', charset=cs)
    if mode == 'html':
        return mb.text(htmlt, 'html', charset=cs, cte=cte if cte != '8bit' else '8bit')
    return mb.multipart('alternative', [mb.text(conv, charset=cs, cte=cte), mb.text(htmlt, 'html', charset=cs, cte=cte)],
                        boundary + '_alt')


def build(it, idx, rng):
    boundary = f'=_setf_{h(it["email"] + it["subj"] + str(idx), 12)}'
    fam = it['fam']
    # subject
    subj = it['subj']
    if fam == 'bijoy' and it.get('subj_bijoy'):
        subj_h = mb.enc_header(bijoy.convert(subj), mode='q', charset=it['bijoy_charset'])
    else:
        subj_h = mb.enc_header(subj, mode=rng.choice(['b', 'q']))
    # body
    if 'raw' in it:
        body = it['raw'](boundary)
        style = 'raw'
    elif fam == 'bijoy':
        body = bijoy_body(it, boundary)
        style = 'bijoy-' + it['bijoy_mode']
    else:
        style = it.get('style') or TEXT_STYLES[idx % len(TEXT_STYLES)]
        if style in ('pdf', 'jpg'):
            inner = rng.choice(['8bit', 'qp', 'b64', 'alt'])
            body = mb.multipart('mixed', [text_body(it, inner, boundary), attach_part(it)], boundary)
        else:
            body = text_body(it, style, boundary)
    # date
    lo = 4 if fam == 'followup-quoted' or it.get('irt') else 1
    day = rng.randint(lo, 31)
    date = mb.date_str(day, rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59))
    dom = it['email'].split('@')[1]
    msgid = f'<{h(str(idx) + it["email"] + it["subj"] + it["body"], 24)}@{dom}>'
    hdr = [('From', mb.addr(it['name'], it['email'])), ('To', 'desk@office.test'), ('Subject', subj_h),
           ('Date', date), ('Message-ID', msgid)]
    if it.get('irt'):
        hdr.append(('In-Reply-To', it['irt']))
    if it.get('refs'):
        hdr.append(('References', it['refs']))
    if it.get('reply_to'):
        hdr.append(('Reply-To', it['reply_to']))
    hdr.append(('MIME-Version', '1.0'))
    return mb.finish(hdr, body), style


def main():
    items = list(common.ITEMS)
    rng = random.Random(SEED)
    order = list(range(len(items)))
    rng.shuffle(order)
    out = os.path.join(OUT)
    for f in os.listdir(out):
        if f.endswith('.eml') or f.endswith('.unicode.txt'):
            os.remove(os.path.join(out, f))
    rows = ['file\tservice\tdisposition\tlang\tack\tfamily\tnote']
    for num, i in enumerate(order, 1):
        it = items[i]
        fn = f'{num:03d}.eml'
        raw, style = build(it, i, random.Random(SEED * 1000 + i))
        with open(os.path.join(out, fn), 'wb') as fh:
            fh.write(raw)
        if it['fam'] == 'bijoy':
            with open(os.path.join(out, f'{num:03d}.unicode.txt'), 'w', encoding='utf-8', newline='\n') as fh:
                fh.write('Subject: ' + it['subj'] + '\n\n' + it['body'])
        ack = 'yes' if it['disp'] in ('new', 'followup') else 'no'
        note = it['note'].replace('\t', ' ').replace('\n', ' ')
        rows.append('\t'.join([fn, it['svc'], it['disp'], it['lang'], ack, it['fam'], f'{note} [{style}]']))
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    print(len(items), 'mails written')


if __name__ == '__main__':
    main()
