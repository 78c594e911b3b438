#!/usr/bin/env python3
"""Generate held-out set H: NNN.eml, labels.tsv (and NNN.unicode.txt for Bijoy mails).
Deterministic: everything comes from one random.Random with a fixed seed."""
import datetime
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import mimeutil as M  # noqa: E402
from bijoy import to_bijoy  # noqa: E402
from people import NAMES, MAIL_DOMAINS, UNIONS, SCHOOLS, OFFICES, ROLE_BN, ROLE_EN  # noqa: E402
from content_plain import PLAIN  # noqa: E402
from content_misc import MISLEADING, SCAMS  # noqa: E402
from content_auto import AUTOREPLIES  # noqa: E402
from content_more import FOLLOWUPS, FORWARDS, BAD_BANGLA, BIJOY  # noqa: E402

SEED = 20261207
rng = random.Random(SEED)
TZ = datetime.timezone(datetime.timedelta(hours=6))
BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
SERVICES = ["web-portal", "e-nothi", "digital-lab", "ict-advice", "udc-advice"]

# --------------------------------------------------------------------------- helpers

def rand_date(lo_day=1, hi_day=61):
    base = datetime.datetime(2026, 11, 1, tzinfo=TZ)
    d = base + datetime.timedelta(days=rng.randint(lo_day - 1, hi_day - 1),
                                  hours=rng.randint(7, 22), minutes=rng.randint(0, 59),
                                  seconds=rng.randint(0, 59))
    return d


def fmt_date(d, utc=False):
    from email.utils import format_datetime
    if utc:
        d = d.astimezone(datetime.timezone.utc)
    return format_datetime(d)


def token(n=16, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def msgid(domain):
    style = rng.randint(0, 3)
    if style == 0:
        return f"<CA{token(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_')}@mail.{domain}>"
    if style == 1:
        return f"<{token(8, '0123456789abcdef')}-{token(4, '0123456789abcdef')}-{token(4, '0123456789abcdef')}@{domain}>"
    if style == 2:
        return f"<{rng.randint(1000000000, 1999999999)}.{rng.randint(10000, 99999)}.{token(6)}@smtp.{domain}>"
    return f"<{token(12)}.{token(6)}@{domain}>"


USED_TICKETS = set()


def new_ticket():
    while True:
        t = f"MEL-2026-{rng.randint(100, 2400):06d}"
        if t not in USED_TICKETS:
            USED_TICKETS.add(t)
            return t


def phone(bn=False):
    p = "01" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(8))
    if rng.random() < 0.4:
        p = p[:5] + "-" + p[5:]
    return p.translate(BN_DIGITS) if bn else p


def slots():
    s = rng.choice(SCHOOLS)
    u = rng.choice(UNIONS)
    o = rng.choice(OFFICES)
    return {"school": s[0], "school_en": s[1], "school_stem": s[2], "union": u[0], "union_en": u[1],
            "office": o[0], "office_en": o[1], "office_stem": o[2]}


def fill(text, sl):
    return text.format(**sl) if "{" in text else text


def person(role, sl):
    nm = rng.choice(NAMES)
    dom = rng.choice(MAIL_DOMAINS)
    r = rng.random()
    if role in ("school", "college") and r < 0.45:
        local = f"{sl['school_stem']}{rng.randint(1960, 2020) if rng.random() < 0.5 else ''}"
        dom = rng.choice(["gmail.test", "yahoo.test", "edu.test"])
    elif role == "up" and r < 0.5:
        local = sl["union_en"].lower().replace(" ", "") + "up"
        dom = rng.choice(["gmail.test", "lgd.test"])
    elif role == "udc" and r < 0.5:
        local = sl["union_en"].lower().replace(" ", "") + ".udc"
        dom = rng.choice(["gmail.test", "yahoo.test"])
    elif role == "office" and r < 0.5:
        local = sl["office_stem"] + ".melandaha"
        dom = rng.choice(["gov.test", "gmail.test"])
    else:
        sep = rng.choice([".", "_", ""])
        suf = rng.choice(["", str(rng.randint(1, 99)), "bd", "jmp", str(rng.randint(1975, 2004))])
        if suf in ("", "bd"):
            sep = ""
        local = nm[2] + sep + suf
    return {"bn": nm[0], "en": nm[1], "addr": f"{local}@{dom}", "dom": dom}


def org_for(role, sl, lang):
    bn = lang in ("bn", "mixed", "bad", "bijoy")
    if role in ("school", "college"):
        return sl["school"] if bn else sl["school_en"]
    if role == "up":
        return f"{sl['union']} ইউনিয়ন পরিষদ" if bn else f"{sl['union_en']} Union Parishad"
    if role == "udc":
        return f"{sl['union']} ইউনিয়ন ডিজিটাল সেন্টার" if bn else f"{sl['union_en']} Union Digital Centre"
    if role == "office":
        return f"{sl['office']}, মেলান্দহ" if bn else f"{sl['office_en']}, Melandaha"
    return "মেলান্দহ, জামালপুর" if bn else "Melandaha, Jamalpur"


def typo(text, p=0.5):
    """Introduce one or two realistic typos in Latin text."""
    if rng.random() > p:
        return text
    words = text.split(" ")
    for _ in range(rng.randint(1, 2)):
        idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isascii() and w.isalpha()]
        if not idx:
            break
        i = rng.choice(idx)
        w = words[i]
        j = rng.randint(1, len(w) - 2)
        kind = rng.randint(0, 2)
        if kind == 0:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif kind == 1:
            w = w[:j] + w[j + 1:]
        else:
            w = w[:j] + w[j] + w[j:]
        words[i] = w
    return " ".join(words)


SALUTE_PREFIXES = ("Dear", "Sir", "sir", "Respected", "Hello", "Hi", "Good", "Assalamu", "স্যার", "জনাব",
                   "আসসালামু", "মাননীয়", "ভাই", "Bhai", "ধন্যবাদ", "Thank")


def compose(lang, role, subject, body, sl, who):
    """Wrap a request body with greeting/closing/signature in a style fitting the language."""
    has_salute = body.startswith(SALUTE_PREFIXES)
    role_bn = rng.choice(ROLE_BN[role])
    role_en = rng.choice(ROLE_EN[role])
    org_bn = org_for(role, sl, "bn")
    org_en = org_for(role, sl, "en")
    if lang == "bn":
        style = rng.choice(["abedon", "abedon", "casual", "bare"])
        if style == "abedon" and not has_salute:
            to = rng.choice(["উপজেলা আইসিটি অফিসার", "সহকারী প্রোগ্রামার", "উপজেলা নির্বাহী অফিসার ও সভাপতি, উপজেলা আইসিটি কমিটি"])
            ask = rng.choice([
                "অতএব, বিষয়টি বিবেচনা করে প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য বিনীত অনুরোধ করছি।",
                "অতএব, মহোদয়ের নিকট বিনীত প্রার্থনা এই যে, উক্ত বিষয়ে প্রয়োজনীয় সহযোগিতা প্রদান করে বাধিত করবেন।",
                "অতএব, জনাবের সদয় দৃষ্টি আকর্ষণ করছি।"])
            sig = [rng.choice(["বিনীত", "বিনীত নিবেদক", "নিবেদক"]), who["bn"]]
            if role_bn:
                sig.append(role_bn)
            sig.append(org_bn)
            if rng.random() < 0.7:
                sig.append("মোবাইল: " + phone(bn=rng.random() < 0.6))
            return (f"বরাবর\n{to}\nউপজেলা আইসিটি অফিস\nমেলান্দহ, জামালপুর।\n\n"
                    f"বিষয়: {subject or 'আবেদন'}।\n\nজনাব,\nসবিনয় নিবেদন এই যে, {body}\n\n{ask}\n\n"
                    + "\n".join(sig))
        if style == "casual":
            greet = "" if has_salute else rng.choice(["আসসালামু আলাইকুম।\n", "স্যার,\n", "জনাব,\n", "শুভেচ্ছা নেবেন।\n"])
            close = rng.choice(["ধন্যবাদান্তে,", "ধন্যবাদ।", "শুভেচ্ছান্তে,", "আপনার বিশ্বস্ত,"])
            sig = who["bn"] + ("\n" + role_bn if role_bn else "") + "\n" + org_bn
            return f"{greet}{body}\n\n{close}\n{sig}"
        return f"{body}\n\n{who['bn']}" + (f", {role_bn}" if role_bn and rng.random() < 0.5 else "")
    if lang == "en":
        style = rng.choice(["formal", "formal", "short", "bare"])
        if style == "formal":
            greet = "" if has_salute else rng.choice(["Dear Sir,\n\n", "Respected Sir,\n\n", "Dear Sir/Madam,\n\n", "To the Upazila ICT Officer,\n\n"])
            close = rng.choice(["Best regards,", "Regards,", "Yours faithfully,", "Thanking you,", "Sincerely,"])
            sig = who["en"] + ("\n" + role_en if role_en else "") + "\n" + org_en
            if rng.random() < 0.6:
                sig += "\nMobile: " + phone()
            return typo(f"{greet}{body}\n\n{close}\n{sig}", 0.35)
        if style == "short":
            return typo(f"{body}\n\nThanks,\n{who['en'].split()[-1] if rng.random() < 0.5 else who['en']}", 0.5)
        tail = rng.choice(["\n\nSent from my iPhone", "\n\nSent from my Samsung Galaxy smartphone.", "", ""])
        return typo(f"{body}\n\n{who['en']}{tail}", 0.5)
    if lang == "mixed":
        greet = "" if has_salute else rng.choice(["স্যার,\n", "Dear Sir,\n", "আসসালামু আলাইকুম স্যার,\n", ""])
        close = rng.choice(["ধন্যবাদ", "Thanks", "Regards", "ধন্যবাদান্তে"])
        sig = rng.choice([who["bn"], who["en"]])
        if role_bn and rng.random() < 0.6:
            sig += "\n" + rng.choice([role_bn, role_en]) + ", " + rng.choice([org_bn, org_en])
        return f"{greet}{body}\n\n{close}\n{sig}"
    if lang == "banglish":
        close = rng.choice(["", "Dhonnobad", "dhonnobad sir", "Thanks", "Allah hafez"])
        sig = rng.choice([who["en"], who["en"].split()[-1], who["en"].lower()])
        if role_en and rng.random() < 0.5:
            sig += "\n" + role_en + ", " + org_en
        out = body + ("\n\n" + close if close else "") + "\n" + sig
        return typo(out, 0.6)
    raise ValueError(lang)


def received_lines(dom, d):
    ip = f"{rng.choice(['198.51.100', '203.0.113', '192.0.2'])}.{rng.randint(2, 250)}"
    t = d + datetime.timedelta(seconds=rng.randint(2, 40))
    host = f"mail-{token(4)}.{dom}"
    return [f"Received: from {host} ({host} [{ip}])\r\n\tby mx1.office.test (Postfix) with ESMTPS id {token(10, '0123456789ABCDEF')}\r\n\tfor <desk@office.test>; {fmt_date(t)}"]


# --------------------------------------------------------------------------- bodies / shapes

def pick_shape(text, attach_hint=False, allow_7bit=True):
    ascii_ok = M.is_ascii(text)
    opts = ["8bit", "qp", "b64", "alt", "alt", "html"]
    if ascii_ok and allow_7bit:
        opts += ["plain7", "plain7", "plain7"]
    if attach_hint:
        opts = ["mixed", "mixed", "mixed", "mixed_alt"] + opts[:3]
    elif rng.random() < 0.08:
        opts = ["mixed"]
    return rng.choice(opts)


ATTACH_RE = re.compile(r"সংযুক্ত|attach|Attach|সংযুক্ত")


def build_body(text, shape, charset="utf-8", attach=None, html_style=None):
    """Return (Part, shape_label)."""
    if html_style is None:
        html_style = rng.randint(0, 2)
    if shape == "plain7":
        return M.text_part(text, cte="7bit", charset="us-ascii" if M.is_ascii(text) else charset), "text/plain 7bit"
    if shape == "8bit":
        return M.text_part(text, cte="8bit", charset=charset), "text/plain 8bit"
    if shape == "qp":
        return M.text_part(text, cte="quoted-printable", charset=charset), "text/plain quoted-printable"
    if shape == "b64":
        return M.text_part(text, cte="base64", charset=charset), "text/plain base64"
    if shape == "html":
        cte = rng.choice(["quoted-printable", "base64"]) if not M.is_ascii(text) else rng.choice(["7bit", "quoted-printable"])
        return M.text_part(M.to_html(text, html_style), subtype="html", cte=cte, charset=charset), f"text/html only {cte}"
    if shape in ("alt", "mixed_alt"):
        cte = rng.choice(["quoted-printable", "base64", "8bit"]) if not M.is_ascii(text) else rng.choice(["7bit", "quoted-printable"])
        p1 = M.text_part(text, cte=cte, charset=charset)
        p2 = M.text_part(M.to_html(text, html_style), subtype="html", cte="quoted-printable" if cte != "base64" else "base64", charset=charset)
        alt = M.multipart("alternative", [p1, p2], "000000000000" + token(16, "0123456789abcdef"))
        if shape == "alt":
            return alt, "multipart/alternative text+html"
        att = attach or attachment()
        mix = M.multipart("mixed", [alt, att[0]], "----=_Part_" + token(12, "0123456789") + "_" + token(8, "0123456789"))
        return mix, f"multipart/mixed(alternative + {att[1]})"
    if shape == "mixed":
        cte = rng.choice(["quoted-printable", "base64", "8bit"]) if not M.is_ascii(text) else "7bit"
        p1 = M.text_part(text, cte=cte, charset=charset)
        att = attach or attachment()
        mix = M.multipart("mixed", [p1, att[0]], "=_" + token(24, "0123456789abcdef"))
        return mix, f"multipart/mixed(text + {att[1]})"
    raise ValueError(shape)


def attachment(kind=None):
    kind = kind or rng.choice(["pdf", "pdf", "jpg", "docx", "xlsx", "pdf_bn"])
    if kind == "pdf":
        fn = rng.choice(["notice.pdf", "abedon.pdf", "letter_scan.pdf", "office_order.pdf", "list.pdf", "Scan_0012.pdf"])
        return M.attach_part(M.FAKE_PDF, "application/pdf", fn), "application/pdf"
    if kind == "pdf_bn":
        fn = rng.choice(["আবেদন.pdf", "নোটিশ.pdf", "তালিকা.pdf"])
        return M.attach_part(M.FAKE_PDF, "application/pdf", fn), "application/pdf RFC2231 name"
    if kind == "jpg":
        fn = rng.choice(["IMG_20261114_103215.jpg", "photo.jpg", "screenshot.jpg", "headmaster.jpg"])
        return M.attach_part(M.FAKE_JPEG, "image/jpeg", fn), "image/jpeg"
    if kind == "docx":
        fn = rng.choice(["application.docx", "teacher_list.docx"])
        return M.attach_part(M.FAKE_DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn), "docx"
    fn = rng.choice(["inventory.xlsx", "member_list.xlsx"])
    return M.attach_part(M.FAKE_XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn), "xlsx"


def headers_for(from_name, from_addr, subject, d, dom, extra=None, subject_mode="normal", to=None):
    hs = []
    if rng.random() < 0.5:
        hs.extend(received_lines(dom, d))
    hs.append(M.enc_header("From", M.addr(from_name, from_addr)) if from_name else f"From: {from_addr}")
    hs.append(f"To: {to or M.addr(rng.choice(['', '', 'Upazila ICT Office', 'উপজেলা আইসিটি অফিস']), M.DESK)}"
              if to is None else f"To: {to}")
    if subject_mode == "missing":
        pass
    elif subject_mode == "empty":
        hs.append("Subject: ")
    else:
        hs.append(M.enc_header("Subject", subject))
    hs.append(f"Date: {fmt_date(d, utc=rng.random() < 0.2)}")
    hs.append(f"Message-ID: {msgid(dom)}")
    if extra:
        hs.extend(extra)
    if rng.random() < 0.3:
        hs.append(rng.choice(["X-Mailer: Microsoft Outlook 16.0", "User-Agent: Mozilla Thunderbird 115.4",
                              "X-Mailer: iPhone Mail (21A329)", "User-Agent: K-9 Mail for Android",
                              "X-Mailer: YahooMailAndroid"]))
    return hs


def fix_header_lines(hs):
    out = []
    for h in hs:
        if h is None:
            continue
        out.append(h)
    return out


def subject_mode():
    r = rng.random()
    if r < 0.04:
        return "missing"
    if r < 0.08:
        return "empty"
    return "normal"


MAILS = []  # dicts: bytes, service, disposition, lang, ack, family, note, extra_files


def add(raw, service, disposition, lang, family, note, shape, extra=None):
    ack = "yes" if disposition in ("new", "followup") else "no"
    MAILS.append({"raw": raw, "service": service, "disposition": disposition, "lang": lang,
                  "ack": ack, "family": family, "note": f"{note} [{shape}]", "extra": extra or {}})


# --------------------------------------------------------------------------- families

def gen_plain():
    for svc in SERVICES:
        for lang in ("bn", "en", "mixed", "banglish"):
            for role, subj, body in PLAIN[svc][lang]:
                sl = slots()
                who = person(role, sl)
                subj = fill(subj, sl)
                body = fill(body, sl)
                text = compose(lang, role, subj, body, sl, who)
                mode = subject_mode()
                shape = pick_shape(text, attach_hint=bool(ATTACH_RE.search(body)) and rng.random() < 0.8)
                part, sh = build_body(text, shape)
                dname = who["bn"] if lang in ("bn", "mixed") and rng.random() < 0.6 else (who["en"] if rng.random() < 0.85 else "")
                d = rand_date()
                hs = headers_for(dname, who["addr"], subj, d, who["dom"], subject_mode=mode)
                raw = M.message(fix_header_lines(hs), part)
                note = f"{role} writes: {PLAIN_NOTE(svc)}" + ("; no subject" if mode != "normal" else "")
                add(raw, svc, "new", lang, "plain", note, sh)


def PLAIN_NOTE(svc):
    return {"web-portal": "portal page update", "e-nothi": "e-Nothi help", "digital-lab": "school digital lab",
            "ict-advice": "general ICT advice", "udc-advice": "advice to UDC"}[svc]


def gen_misleading():
    for svc, lang, role, subj, body, note in MISLEADING:
        sl = slots()
        who = person(role, sl)
        body = fill(body, sl)
        subj = fill(subj, sl)
        text = compose(lang, role, subj, body, sl, who)
        shape = pick_shape(text, attach_hint=bool(ATTACH_RE.search(body)))
        if "CV attach" in body:
            shape = "mixed"
        part, sh = build_body(text, shape)
        d = rand_date()
        dname = who["bn"] if lang in ("bn", "mixed") and rng.random() < 0.6 else who["en"]
        hs = headers_for(dname, who["addr"], subj, d, who["dom"], subject_mode=subject_mode())
        raw = M.message(fix_header_lines(hs), part)
        add(raw, svc, "new", lang, "misleading", note, sh)


def gen_scam():
    for lang, name, frm, subj, body, shape, note in SCAMS:
        dom = frm.split("@")[1]
        extra = []
        if rng.random() < 0.4:
            extra.append(f"Reply-To: {token(6)}.{token(4)}@{rng.choice(['replyhub.test', 'claims-desk.test', 'freemail.test'])}")
        to = None
        if rng.random() < 0.3:
            extra.append("Cc: " + ", ".join(f"{x}@office.test" for x in rng.sample(["info", "uno", "admin", "accounts", "ict"], 3)))
        att = None
        if shape == "mixed_att":
            if "invoice" in note:
                att = (M.attach_part(b"PK\x03\x04 fake macro document" + b"\x00" * 8, "application/vnd.ms-excel.sheet.macroEnabled.12", "INV-88213.xlsm"), "xlsm")
            else:
                att = (M.attach_part(b"<html><body><form action='http://scan-to-mail-view.test/l'><input name=p type=password></form></body></html>", "text/html", "Scanned_Doc.html"), "text/html attachment")
            shape = "mixed"
        part, sh = build_body(body, shape, attach=att)
        d = rand_date()
        hs = headers_for(name, frm, subj, d, dom, extra=extra, to=to)
        raw = M.message(fix_header_lines(hs), part)
        add(raw, "none", "spam", lang, "scam", note, sh)


DESK_CIRCULARS = ["প্রশিক্ষণ সংক্রান্ত তথ্য প্রেরণ", "Training schedule for UDC entrepreneurs",
                  "ডিজিটাল ল্যাবের তথ্য হালনাগাদ", "Monthly ICT report reminder", "ই-নথি ব্যবহারের নির্দেশনা"]

ACK_POOL = []  # (ticket, service, orig_subject, citizen_name, citizen_addr)


def ack_message(ticket, service, orig_subject, to_addr, to_name, d, cte="base64"):
    hs = [M.enc_header("From", M.addr("উপজেলা আইসিটি অফিস, মেলান্দহ", M.DESK)),
          M.enc_header("To", M.addr(to_name, to_addr)) if to_name else f"To: {to_addr}",
          M.enc_header("Subject", M.ack_subject(ticket, orig_subject)),
          f"Date: {fmt_date(d)}",
          f"Message-ID: {M.ack_msgid(ticket)}"]
    part = M.text_part(M.ack_body(ticket, service), cte=cte)
    return M.message(hs, part), hs


def make_ack_context():
    svc = rng.choice(SERVICES)
    lang = rng.choice(["bn", "en", "mixed", "banglish"])
    role, subj, _ = rng.choice(PLAIN[svc][lang])
    sl = slots()
    subj = fill(subj, sl)
    who = person(role, sl)
    return new_ticket(), svc, subj, who


def gen_autoreply():
    for lang, subj_t, body, shape, note, thread in AUTOREPLIES:
        ticket, svc, osubj, who = make_ack_context()
        orig = M.ack_subject(ticket, osubj) if (thread or rng.random() < 0.5) else rng.choice(DESK_CIRCULARS)
        subj = subj_t.format(orig=orig, name=who["en"])
        text = body.format(name=who["en"], name_bn=who["bn"])
        extra = []
        if thread:
            extra.append(f"In-Reply-To: {M.ack_msgid(ticket)}")
            extra.append(f"References: {M.ack_msgid(ticket)}")
        part, sh = build_body(text, shape)
        d = rand_date()
        hs = headers_for(who["bn"] if lang == "bn" else who["en"], who["addr"], subj, d, who["dom"], extra=extra)
        raw = M.message(fix_header_lines(hs), part)
        add(raw, "none", "auto-reply", lang, "autoreply", note + ("; threaded to desk ack" if thread else ""), sh)


# ---- bounces

MTA_HOSTS = ["mx1.isp-one.test", "mail.bdmail.test", "smtp.grameenmail.test", "mx.yahoo.test",
             "inbound.outlook.test", "mx2.edu.test", "mail.lgd.test"]


def dsn_fields(rcpt, action, status, diag, rmta, arrival):
    per_msg = f"Reporting-MTA: dns; {rmta}\nX-Postfix-Queue-ID: {token(10, '0123456789ABCDEF')}\nArrival-Date: {fmt_date(arrival)}\n"
    per_rcpt = (f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\n"
                f"Status: {status}\nRemote-MTA: dns; {rng.choice(MTA_HOSTS)}\nDiagnostic-Code: smtp; {diag}\n")
    if action == "delayed":
        per_rcpt += f"Will-Retry-Until: {fmt_date(arrival + datetime.timedelta(days=5))}\n"
    return per_msg + "\n" + per_rcpt


def gen_bounce():
    kinds = (["postfix"] * 4 + ["exchange"] * 3 + ["gmail"] * 3 + ["exim"] * 2 + ["delayed"] * 4
             + ["qmail_plain"] * 2 + ["exim_plain"] * 2 + ["arf"] * 3 + ["abuse_plain"] * 3)
    for kind in kinds:
        ticket, svc, osubj, who = make_ack_context()
        ACK_POOL.append((ticket, svc, osubj, who))
        d_ack = rand_date(1, 55)
        d = d_ack + datetime.timedelta(minutes=rng.randint(1, 50)) if kind != "delayed" else d_ack + datetime.timedelta(hours=rng.randint(4, 30))
        rcpt = who["addr"]
        inner_cte = rng.choice(["base64", "8bit"])
        ack_raw, ack_hs = ack_message(ticket, svc, osubj, rcpt, who["en"], d_ack, cte=inner_cte)
        ack_subj = M.ack_subject(ticket, osubj)
        reasons = [("5.1.1", "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % rcpt),
                   ("5.2.2", "552 5.2.2 Mailbox full: quota exceeded"),
                   ("5.1.2", "550 5.1.2 Host or domain name not found"),
                   ("5.7.1", "550 5.7.1 Message rejected due to local policy"),
                   ("5.2.1", "550 5.2.1 The email account that you tried to reach is disabled")]
        st, diag = rng.choice(reasons)
        outer_cte = "8bit" if inner_cte == "8bit" else "7bit"
        rmta = f"mx1.office.test"
        shape = ""
        if kind in ("postfix", "exchange", "gmail", "exim", "delayed"):
            action = "delayed" if kind == "delayed" else "failed"
            if action == "delayed":
                st, diag = rng.choice([("4.4.1", "421 4.4.1 Connection timed out"), ("4.2.2", "452 4.2.2 Mailbox temporarily over quota"),
                                       ("4.4.3", "451 4.4.3 Temporary DNS failure")])
            ds = M.raw_part("Content-Type: message/delivery-status", dsn_fields(rcpt, action, st, diag, rmta, d_ack))
            if kind == "postfix" or kind == "delayed":
                frm = ("Mail Delivery System", "MAILER-DAEMON@mx1.office.test")
                subj = "Delayed Mail (still being retried)" if kind == "delayed" else "Undelivered Mail Returned to Sender"
                if kind == "delayed":
                    human = (f"This is the mail system at host mx1.office.test.\n\n####################################################################\n"
                             f"# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                             f"####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\n"
                             f"It will be retried until it is 5 day(s) old.\n\nFor further assistance, please send mail to postmaster.\n\n"
                             f"                   The mail system\n\n<{rcpt}>: {diag}\n")
                else:
                    human = (f"This is the mail system at host mx1.office.test.\n\nI'm sorry to have to inform you that your message could not\n"
                             f"be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                             f"If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                             f"                   The mail system\n\n<{rcpt}>: host {rng.choice(MTA_HOSTS)} said: {diag} (in reply to RCPT TO command)\n")
                p1 = M.text_part(human, cte="7bit", charset="us-ascii", extra="")
                p1.headers.insert(0, "Content-Description: Notification")
                ds.headers.append("Content-Description: Delivery report")
                if kind == "delayed" or rng.random() < 0.4:
                    hdr_txt = "\n".join(h.replace("\r\n", "\n") for h in ack_hs) + "\n"
                    third = M.raw_part("Content-Type: text/rfc822-headers", hdr_txt)
                    third.headers.append("Content-Description: Undelivered Message Headers")
                    t_shape = "text/rfc822-headers"
                else:
                    third = M.message_part(ack_raw, cte=outer_cte)
                    t_shape = "message/rfc822"
            elif kind == "exchange":
                frm = ("Microsoft Outlook", "postmaster@outlook.test")
                subj = "Undeliverable: " + ack_subj
                human = (f"Your message to {rcpt} couldn't be delivered.\n\n{rcpt.split('@')[0]} wasn't found at {rcpt.split('@')[1]}.\n\n"
                         f"Action Required\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
                         f"- Retype the recipient's address, then resend the message.\n\nDiagnostic information for administrators:\nGenerating server: {rng.choice(MTA_HOSTS)}\n"
                         f"{rcpt}\nRemote Server returned '{diag}'\n")
                alt = M.multipart("alternative", [M.text_part(human, cte="quoted-printable", charset="us-ascii"),
                                                  M.text_part(M.to_html(human, 2), subtype="html", cte="quoted-printable", charset="us-ascii")],
                                  "_000_" + token(20, "0123456789ABCDEF") + "_")
                p1 = alt
                third = M.message_part(ack_raw, cte=outer_cte)
                t_shape = "message/rfc822"
            elif kind == "gmail":
                frm = ("Mail Delivery Subsystem", "mailer-daemon@googlemail.test")
                subj = "Delivery Status Notification (Failure)"
                human = (f"** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address couldn't be found, "
                         f"or is unable to receive mail.\n\nThe response from the remote server was:\n{diag}\n")
                p1 = M.multipart("alternative", [M.text_part(human, cte="7bit", charset="UTF-8"),
                                                 M.text_part(M.to_html(human, 0), subtype="html", cte="quoted-printable", charset="UTF-8")],
                                 "000000000000" + token(16, "0123456789abcdef"))
                third = M.message_part(ack_raw, cte=outer_cte)
                t_shape = "message/rfc822"
            else:  # exim
                frm = ("Mail Delivery System", "Mailer-Daemon@mail.bdmail.test")
                subj = "Mail delivery failed: returning message to sender"
                human = (f"This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
                         f"recipients. This is a permanent error. The following address(es) failed:\n\n  {rcpt}\n    {diag}\n")
                p1 = M.text_part(human, cte="7bit", charset="us-ascii")
                third = M.message_part(ack_raw, cte=outer_cte)
                t_shape = "message/rfc822"
            body = M.multipart("report", [p1, ds, third], token(10, "0123456789ABCDEF") + ".1" + str(rng.randint(100000, 999999)) + "/mx1.office.test",
                               params="; report-type=delivery-status")
            shape = f"multipart/report delivery-status ({action}) + {t_shape}"
            note = f"{kind} DSN {action} {st} for ack {ticket}"
        elif kind in ("qmail_plain", "exim_plain"):
            ack_text = ack_raw.decode("utf-8") if inner_cte == "8bit" else ack_message(ticket, svc, osubj, rcpt, who["en"], d_ack, cte="8bit")[0].decode("utf-8")
            ack_text = ack_text.replace("\r\n", "\n")
            if kind == "qmail_plain":
                frm = (None, "MAILER-DAEMON@mail.inbox.test")
                subj = "failure notice"
                text = (f"Hi. This is the qmail-send program at mail.inbox.test.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
                        f"This is a permanent error; I've given up. Sorry it didn't work out.\n\n<{rcpt}>:\n{diag}\n\n--- Below this line is a copy of the message.\n\n"
                        f"Return-Path: <desk@office.test>\n{ack_text}")
            else:
                frm = ("Mail Delivery System", "Mailer-Daemon@smtp.grameenmail.test")
                subj = "Mail delivery failed: returning message to sender"
                text = (f"This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
                        f"recipients. This is a permanent error. The following address(es) failed:\n\n  {rcpt}\n    {diag}\n\n"
                        f"------ This is a copy of the message, including all the headers. ------\n\n{ack_text}")
            body = M.text_part(text, cte="8bit", charset="utf-8")
            shape = "text/plain 8bit bounce with inline original"
            note = f"{kind} plain-text bounce (no report structure) for ack {ticket}"
        elif kind == "arf":
            frm = ("Feedback Loop", f"fbl@feedback.{rng.choice(['yahoo.test', 'outlook.test', 'isp-one.test'])}")
            subj = rng.choice(["Abuse report", "Email Feedback Report for IP 203.0.113.25", "FW: complaint about message from office.test"])
            human = (f"This is an email abuse report for an email message received from IP 203.0.113.25 on {fmt_date(d_ack)}.\n"
                     f"A user of our service marked this message as spam. For more information about this format please see RFC 5965.\n")
            fb = (f"Feedback-Type: abuse\nUser-Agent: FBL-Reporter/2.1\nVersion: 1\nOriginal-Mail-From: <desk@office.test>\n"
                  f"Original-Rcpt-To: <{rcpt}>\nArrival-Date: {fmt_date(d_ack)}\nSource-IP: 203.0.113.25\nReported-Domain: office.test\n")
            p1 = M.text_part(human, cte="7bit", charset="us-ascii")
            p2 = M.raw_part("Content-Type: message/feedback-report", fb)
            if rng.random() < 0.67:
                third = M.message_part(ack_raw, cte=outer_cte)
                t_shape = "message/rfc822"
            else:
                hdr_txt = "\n".join(h.replace("\r\n", "\n") for h in ack_hs) + "\n"
                third = M.raw_part("Content-Type: text/rfc822-headers", hdr_txt)
                t_shape = "text/rfc822-headers"
            body = M.multipart("report", [p1, p2, third], "fbl_" + token(18, "0123456789abcdef"),
                               params="; report-type=feedback-report")
            shape = f"multipart/report feedback-report + {t_shape}"
            note = f"ARF abuse feedback report about ack {ticket}"
        else:  # abuse_plain
            frm = ("Abuse Desk", f"abuse@{rng.choice(['isp-one.test', 'bdmail.test', 'grameenmail.test'])}")
            subj = rng.choice(["[Abuse #%d] Spam complaint regarding your server" % rng.randint(10000, 99999),
                               "Complaint: unsolicited mail from office.test", "Abuse report - please investigate"])
            quoted = "\n".join("> " + l for l in M.ack_body(ticket, svc).split("\n"))
            hdrq = "\n".join("> " + h.replace("\r\n", "\n").replace("\n", "\n> ") for h in ack_hs)
            text = (f"Dear postmaster,\n\nWe have received a complaint from one of our customers about the message quoted below, which was sent "
                    f"from your mail server (203.0.113.25). Please investigate and take appropriate action. If this message was legitimate, "
                    f"you may ignore this notice.\n\nThis mailbox is used for automated abuse handling; replies are not read.\n\n"
                    f"--- original message ---\n{hdrq}\n>\n{quoted}\n\nAbuse Handling Team\n")
            cte = rng.choice(["8bit", "quoted-printable", "base64"])
            body = M.text_part(text, cte=cte)
            shape = f"text/plain {cte} abuse-desk report with quoted ack"
            note = f"abuse desk complaint quoting ack {ticket}"
        hs = [M.enc_header("From", M.addr(frm[0], frm[1])) if frm[0] else f"From: {frm[1]}",
              f"To: {M.DESK}", M.enc_header("Subject", subj), f"Date: {fmt_date(d)}",
              f"Message-ID: <{token(14, '0123456789ABCDEF')}.{rng.randint(1000, 9999)}@{frm[1].split('@')[1]}>"]
        if rng.random() < 0.5:
            hs.insert(0, "Return-Path: <>")
        raw = M.message(hs, body)
        add(raw, "none", "bounce", "en", "arf", note, shape)


def quote_block(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def attribution(d, lang):
    if lang in ("bn",) and rng.random() < 0.6:
        return f"{fmt_date(d)} তারিখে উপজেলা আইসিটি অফিস, মেলান্দহ <desk@office.test> লিখেছেন:"
    return rng.choice([f"On {d.strftime('%a, %d %b %Y at %H:%M')}, উপজেলা আইসিটি অফিস, মেলান্দহ <desk@office.test> wrote:",
                       f"On {d.strftime('%d/%m/%Y %H:%M')}, desk@office.test wrote:",
                       "-----Original Message-----\nFrom: desk@office.test\nSent: " + d.strftime("%A, %B %d, %Y %I:%M %p")])


def gen_followups():
    for svc, lang, osubj, reply in FOLLOWUPS:
        ticket = new_ticket()
        role = "school" if svc in ("web-portal", "digital-lab") else ("udc" if svc == "udc-advice" else "office")
        sl = slots()
        who = person(role, sl)
        d_ack = rand_date(1, 40)
        d = d_ack + datetime.timedelta(days=rng.randint(1, 14), hours=rng.randint(0, 8))
        orig_id = msgid(who["dom"])
        body_ack = M.ack_body(ticket, svc)
        sig = rng.choice([who["bn"], who["en"]]) if lang in ("bn", "mixed") else who["en"]
        text = f"{reply}\n\n{sig}\n\n{attribution(d_ack, lang)}\n{quote_block(body_ack)}"
        attach = bool(ATTACH_RE.search(reply))
        shape = rng.choice(["8bit", "qp", "b64", "alt"]) if not attach else "mixed"
        part, sh = build_body(text, shape)
        subj_prefix = rng.choice(["Re: ", "RE: ", "Re: ", "উত্তর: "]) if lang == "bn" else rng.choice(["Re: ", "RE: ", "Re: "])
        refs = f"{orig_id} {M.ack_msgid(ticket)}" if rng.random() < 0.6 else M.ack_msgid(ticket)
        extra = [f"In-Reply-To: {M.ack_msgid(ticket)}", f"References: {refs}"]
        hs = headers_for(who["bn"] if lang == "bn" else who["en"], who["addr"], subj_prefix + osubj, d, who["dom"], extra=extra)
        raw = M.message(fix_header_lines(hs), part)
        add(raw, svc, "followup", lang, "followup-quoted", f"citizen reply to ack {ticket} ({svc})", sh)
    for i, (asvc, aosubj, nsvc, lang, body) in enumerate(FORWARDS):
        ticket = new_ticket()
        sl = slots()
        role = {"udc-advice": "udc", "e-nothi": "office", "ict-advice": "office", "digital-lab": "school", "web-portal": "office"}[nsvc]
        who = person(role, sl)
        other = person("citizen", slots())
        d_ack = rand_date(1, 40)
        d = d_ack + datetime.timedelta(days=rng.randint(1, 10))
        body = fill(body, sl)
        ack_subj = M.ack_subject(ticket, aosubj)
        fwd = (f"---------- Forwarded message ---------\nFrom: উপজেলা আইসিটি অফিস, মেলান্দহ <desk@office.test>\n"
               f"Date: {d_ack.strftime('%a, %b %d, %Y at %I:%M %p')}\nSubject: {ack_subj}\nTo: {other['en']} <{other['addr']}>\n\n"
               + M.ack_body(ticket, asvc))
        if i % 2 == 1:
            fwd = attribution(d_ack, lang) + "\n" + quote_block(M.ack_body(ticket, asvc))
        sig = who["bn"] if lang in ("bn", "mixed") else who["en"]
        text = f"{body}\n\n{sig}\n\n{fwd}"
        attach = bool(ATTACH_RE.search(body))
        part, sh = build_body(text, "mixed" if attach else rng.choice(["8bit", "qp", "alt", "b64"]))
        subj = ("Fwd: " + ack_subj) if i in (0, 3) else {"bn": "নতুন অনুরোধ", "en": "e-Nothi account request",
                                                         "mixed": "Scanner কেনার পরামর্শ", "banglish": "lab projector"}[lang]
        hs = headers_for(who["bn"] if lang == "bn" else who["en"], who["addr"], subj, d, who["dom"])
        raw = M.message(fix_header_lines(hs), part)
        add(raw, nsvc, "new", lang, "followup-quoted",
            f"different person forwards ack {ticket} ({asvc}) but asks new {nsvc} question", sh)


ZW = ["\u200c", "\u200d"]


def mess_bangla(text):
    out = []
    for ch in text:
        out.append(ch)
        if ch == "\u09cd" and rng.random() < 0.5:
            out.append(rng.choice(ZW))
        elif ch in "াি" and rng.random() < 0.04:
            out.append(rng.choice(ZW))
    s = "".join(out)
    # mixed digits
    s = re.sub(r"\d", lambda m: m.group(0).translate(BN_DIGITS) if rng.random() < 0.5 else m.group(0), s)
    if rng.random() < 0.5:
        s = s.replace("।", " ")
    if rng.random() < 0.4:
        s = s.replace(" ", "  ", 2)
    return s


def gen_bad_bangla():
    for svc, subj, body in BAD_BANGLA:
        role = {"web-portal": "school", "e-nothi": "office", "digital-lab": "school", "ict-advice": "citizen", "udc-advice": "udc"}[svc]
        sl = slots()
        who = person(role, sl)
        b = mess_bangla(body)
        num = phone()
        num = "".join(c.translate(BN_DIGITS) if rng.random() < 0.5 else c for c in num)
        sig = rng.choice([who["bn"], who["bn"].replace("মোঃ ", "মো "), who["en"]])
        text = f"{b}\n{sig}\n{num}" if rng.random() < 0.6 else f"{b}\n\n{sig}"
        shape = pick_shape(text, attach_hint=bool(ATTACH_RE.search(body)))
        part, sh = build_body(text, shape)
        d = rand_date()
        mode = "empty" if not subj else "normal"
        hs = headers_for(who["en"] if rng.random() < 0.5 else who["bn"], who["addr"], mess_bangla(subj) if subj else "", d, who["dom"], subject_mode=mode)
        raw = M.message(fix_header_lines(hs), part)
        add(raw, svc, "new", "bn", "bad-bangla", "badly typed Bangla (missing hasanta/juktakkhor, ZW chars, mixed digits)" + ("; empty subject" if not subj else ""), sh)


def gen_bijoy():
    for svc, subj, ubody in BIJOY:
        role = {"web-portal": "school", "e-nothi": "office", "digital-lab": "school", "ict-advice": "office", "udc-advice": "udc"}[svc]
        sl = slots()
        who = person(role, sl)
        utext = ubody + "\n" + who["bn"]
        btext = to_bijoy(utext)
        kind = rng.choice(["8bit", "8bit", "qp", "alt"])
        if kind == "alt":
            html_b = ("<html><body><p><font face=\"SutonnyMJ\" size=\"4\">"
                      + btext.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
                      + "</font></p></body></html>\n")
            p1 = M.text_part(btext, cte="quoted-printable", charset="windows-1252")
            p2 = M.text_part(html_b, subtype="html", cte="quoted-printable", charset="windows-1252")
            part = M.multipart("alternative", [p1, p2], "----=_NextPart_" + token(12, "0123456789ABCDEF"))
            sh = "multipart/alternative windows-1252 (HTML with SutonnyMJ font)"
        else:
            cte = "8bit" if kind == "8bit" else "quoted-printable"
            part = M.text_part(btext, cte=cte, charset="windows-1252")
            sh = f"text/plain windows-1252 {cte}"
        d = rand_date()
        mode = "normal" if subj else rng.choice(["missing", "empty"])
        hs = headers_for(who["en"], who["addr"], subj, d, who["dom"], subject_mode=mode)
        raw = M.message(fix_header_lines(hs), part)
        add(raw, svc, "new", "bijoy", "bijoy", "Bangla pasted in Bijoy/SutonnyMJ ASCII encoding", sh,
            extra={"unicode": utext + "\n"})


def main():
    gen_plain()
    gen_misleading()
    gen_scam()
    gen_autoreply()
    gen_bounce()
    gen_followups()
    gen_bad_bangla()
    gen_bijoy()
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    for f in os.listdir(OUT):
        if re.fullmatch(r"\d{3}\.(eml|unicode\.txt)", f):
            os.remove(os.path.join(OUT, f))
    rows = ["file\tservice\tdisposition\tlang\tack\tfamily\tnote"]
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = f"{n:03d}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m["raw"])
        if "unicode" in m["extra"]:
            with open(os.path.join(OUT, f"{n:03d}.unicode.txt"), "w", encoding="utf-8") as fh:
                fh.write(m["extra"]["unicode"])
        note = m["note"].replace("\t", " ").replace("\n", " ")
        rows.append("\t".join([name, m["service"], m["disposition"], m["lang"], m["ack"], m["family"], note]))
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print(f"wrote {len(MAILS)} mails")


if __name__ == "__main__":
    main()
