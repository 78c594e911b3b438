#!/usr/bin/env python3
"""Validate set-e: MIME parse, CRLF, headers, labels, domains. Exit 1 on problems."""
import email
import email.policy
import os
import re
import sys
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime, getaddresses

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DESK = "ict.melandaha@office.test"
SERVICES = {"web-portal", "e-nothi", "digital-lab", "ict-advice", "udc-advice", "none"}
DISPS = {"new", "followup", "spam", "auto-reply", "bounce"}
LANGS = {"bn", "en", "mixed", "banglish", "bijoy"}
FAMILIES = {"plain", "bijoy", "bad-bangla", "misleading", "scam", "followup-quoted", "autoreply", "arf"}
HEADER = "file\tservice\tdisposition\tlang\tack\tfamily\tnote"

problems = []


def bad(f, msg):
    problems.append("%s: %s" % (f, msg))


def domain_ok(host):
    host = host.lower().rstrip(".>")
    if host.endswith(".test"):
        return True
    for d in ("example.com", "example.org", "example.net"):
        if host == d or host.endswith("." + d):
            return True
    return False


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9.\-]+\.[A-Za-z]{2,})")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.\-]+)", re.I)
BARE_RE = re.compile(r"\b([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|net|org|bd|gov|io|info|xyz|co|edu|me|app))\b", re.I)


def check_domains(f, text):
    for m in EMAIL_RE.finditer(text):
        if not domain_ok(m.group(1)):
            bad(f, "non-test e-mail domain %r" % m.group(0))
    for m in URL_RE.finditer(text):
        if not domain_ok(m.group(1)):
            bad(f, "non-test URL host %r" % m.group(0))
    for m in BARE_RE.finditer(text):
        if not domain_ok(m.group(1)):
            bad(f, "bare real-looking domain %r" % m.group(1))


def all_text(msg):
    out = []
    for k, v in msg.items():
        try:
            out.append("%s: %s" % (k, str(make_header(decode_header(str(v))))))
        except Exception:
            out.append("%s: %s" % (k, v))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct.startswith("message/"):
            payload = part.get_payload(decode=True)
            if payload is None:
                p = part.get_payload()
                if isinstance(p, list):
                    for sub in p:
                        out.append(all_text(sub))
                else:
                    out.append(str(p))
                continue
            cs = part.get_content_charset() or "utf-8"
            try:
                out.append(payload.decode(cs))
            except (UnicodeDecodeError, LookupError):
                bad("?", "undecodable part %s charset %s" % (ct, cs))
                out.append(payload.decode("utf-8", "replace"))
    return "\n".join(out)


def main():
    lab_path = os.path.join(ROOT, "labels.tsv")
    with open(lab_path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != HEADER:
        bad("labels.tsv", "bad header line")
    labels = {}
    for ln in lines[1:]:
        if not ln:
            continue
        cols = ln.split("\t")
        if len(cols) != 7:
            bad("labels.tsv", "wrong column count: %r" % ln[:60])
            continue
        f, svc, disp, lang, ack, fam, note = cols
        if f in labels:
            bad(f, "duplicate label row")
        labels[f] = cols
        if svc not in SERVICES: bad(f, "service %r" % svc)
        if disp not in DISPS: bad(f, "disposition %r" % disp)
        if lang not in LANGS: bad(f, "lang %r" % lang)
        if ack not in ("yes", "no"): bad(f, "ack %r" % ack)
        if fam not in FAMILIES: bad(f, "family %r" % fam)
        if not note.strip(): bad(f, "empty note")
        if (ack == "yes") != (disp == "new"): bad(f, "ack/disposition mismatch")
        if disp in ("spam", "auto-reply", "bounce") and svc != "none": bad(f, "non-request with service")
        if fam == "bijoy" and not os.path.exists(os.path.join(ROOT, f.replace(".eml", ".unicode.txt"))):
            bad(f, "missing unicode.txt for bijoy mail")
        if fam == "bijoy" and lang != "bijoy": bad(f, "bijoy family lang")
    emls = sorted(x for x in os.listdir(ROOT) if x.endswith(".eml"))
    if set(emls) != set(labels):
        bad("labels.tsv", "file set mismatch: %s" % sorted(set(emls) ^ set(labels))[:10])
    for i, f in enumerate(emls, 1):
        if f != "%03d.eml" % i:
            bad(f, "numbering gap")
            break
    ids = set()
    for f in emls:
        raw = open(os.path.join(ROOT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            bad(f, "not pure CRLF")
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        msg2 = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg2.walk():
            if part.defects:
                bad(f, "MIME defects %s" % part.defects)
            if not part.is_multipart() and part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:
                    bad(f, "get_content failed: %s" % e)
        for h in ("From", "To", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if msg[h] is None:
                bad(f, "missing header %s" % h)
        if msg["Subject"] is None and msg["Subject"] != None:
            pass
        tos = [a for _, a in getaddresses(msg.get_all("To", []))]
        if tos != [DESK]:
            bad(f, "To is %r" % tos)
        try:
            d = parsedate_to_datetime(msg["Date"])
            if not (d.year == 2026 and d.month == 12 and d.utcoffset().total_seconds() == 6 * 3600):
                bad(f, "date not Dec 2026 +0600: %s" % msg["Date"])
        except Exception as e:
            bad(f, "bad Date %s" % e)
        mid = (msg["Message-ID"] or "").strip()
        if not re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9.\-]+\.test>", mid):
            bad(f, "Message-ID form %r" % mid)
        if mid in ids:
            bad(f, "duplicate Message-ID")
        ids.add(mid)
        for h in ("Auto-Submitted", "X-Autoreply", "X-Autorespond", "Precedence", "X-Spam-Flag", "X-Spam-Status", "List-Id"):
            if msg[h] is not None:
                bad(f, "forbidden header %s" % h)
        txt = all_text(msg)
        check_domains(f, txt)
        fam = labels.get(f, [None] * 7)[5]
        disp = labels.get(f, [None] * 7)[2]
        if disp == "followup":
            irt = (msg["In-Reply-To"] or "") + " " + (msg["References"] or "")
            if not re.search(r"<sebadesk\.MEL-2026-\d{6}\.ack\.[0-9a-f]{16}@office\.test>", irt):
                bad(f, "followup without desk reference")
            subj = str(make_header(decode_header(msg["Subject"] or "")))
            if "MEL-2026-" in subj:
                bad(f, "followup ticket in subject")
        if fam == "followup-quoted" and disp == "new" and msg["In-Reply-To"]:
            bad(f, "quoted-new has In-Reply-To")
    # unicode.txt files must belong to bijoy mails
    for x in os.listdir(ROOT):
        if x.endswith(".unicode.txt"):
            f = x.replace(".unicode.txt", ".eml")
            if labels.get(f, [None] * 7)[5] != "bijoy":
                bad(x, "unicode.txt for non-bijoy mail")
    if problems:
        print("\n".join(problems))
        print("FAILED: %d problems" % len(problems))
        sys.exit(1)
    print("OK: %d mails validated" % len(emls))


if __name__ == "__main__":
    main()
