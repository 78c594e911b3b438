#!/usr/bin/env python3
"""Validate set G: label file, CRLF, parsing, domains, family-specific header rules.

Run: python3 src/validate.py   (exit status 0 when everything passes)
"""
import collections
import datetime
import email
import os
import re
import sys
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

HEADER = "file\tservice\tdisposition\tlang\tack\tfamily\tnote"
SERVICES = {"web-portal", "e-nothi", "digital-lab", "ict-advice", "udc-advice", "none"}
DISPS = {"new", "followup", "spam", "auto-reply", "bounce"}
LANGS = {"bn", "en", "mixed", "banglish", "bijoy"}
FAMILIES = {"plain", "misleading", "scam", "autoreply", "arf", "followup-quoted", "bad-bangla",
            "bijoy"}
RFC3834 = ["auto-submitted", "x-autoreply", "x-autorespond", "precedence", "x-auto-response-suppress",
           "list-id", "list-unsubscribe", "x-spam-flag", "x-spam-status"]
ACK_ID = re.compile(r"<sebadesk\.MEL-2026-\d{6}\.ack\.[0-9a-f]{16}@office\.test>")
TICKET = re.compile(r"MEL-2026-\d{6}")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
URL_RE = re.compile(r"https?://([^/\s\"'<>)\]]+)", re.I)
BARE_RE = re.compile(r"(?<![A-Za-z0-9.-])([A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+)")
REAL_TLDS = {"com", "net", "org", "bd", "gov", "edu", "info", "io", "uk", "in", "co", "me"}

errors = []


def err(msg):
    errors.append(msg)


def ok_domain(d):
    d = d.lower().rstrip(".")
    if d.endswith(".test"):
        return True
    for base in ("example.com", "example.org", "example.net"):
        if d == base or d.endswith("." + base):
            return True
    return False


def texts(msg):
    """Decoded text of all leaf parts, plus headers of every part."""
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, v))
        if part.is_multipart():
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            payload = None
        if payload:
            cs = part.get_content_charset() or "utf-8"
            try:
                out.append(payload.decode(cs, "replace"))
            except LookupError:
                out.append(payload.decode("utf-8", "replace"))
        elif isinstance(part.get_payload(), str):
            out.append(part.get_payload())
    return "\n".join(out)


def main():
    path = os.path.join(OUT, "labels.tsv")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != HEADER:
        err("labels.tsv header mismatch")
    rows = [l.split("\t") for l in lines[1:] if l]
    emls = sorted(n for n in os.listdir(OUT) if n.endswith(".eml"))
    if [r[0] for r in rows] != emls:
        err("labels.tsv rows do not match the .eml files one-to-one")
    counts = collections.defaultdict(collections.Counter)
    for r in rows:
        if len(r) != 7:
            err("%s: %d columns" % (r[0], len(r)))
            continue
        fn, svc, disp, lang, ack, fam, note = r
        for k, v in (("family", fam), ("service", svc), ("disposition", disp), ("lang", lang)):
            counts[k][v] += 1
        if svc not in SERVICES: err("%s: service %s" % (fn, svc))
        if disp not in DISPS: err("%s: disposition %s" % (fn, disp))
        if lang not in LANGS: err("%s: lang %s" % (fn, lang))
        if ack not in ("yes", "no"): err("%s: ack %s" % (fn, ack))
        if fam not in FAMILIES: err("%s: family %s" % (fn, fam))
        if not re.search(r"\[[^\]]+\]$", note): err("%s: note lacks [shape]" % fn)
        want_ack = "yes" if disp in ("new", "followup") else "no"
        if ack != want_ack: err("%s: ack %s inconsistent with %s" % (fn, ack, disp))
        if disp in ("spam", "auto-reply", "bounce") and svc != "none":
            err("%s: %s must have service none" % (fn, disp))
        if fam == "bijoy" and not os.path.exists(os.path.join(OUT, fn[:-4] + ".unicode.txt")):
            err("%s: missing unicode.txt" % fn)
        if fam == "bijoy" and lang != "bijoy": err("%s: bijoy family lang" % fn)

        raw = open(os.path.join(OUT, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err("%s: not pure CRLF" % fn)
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
        except Exception as e:  # pragma: no cover
            err("%s: parse error %r" % (fn, e)); continue
        for d in msg.defects:
            err("%s: defect %r" % (fn, d))
        for h in ("From", "To", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None: err("%s: missing %s" % (fn, h))
        if msg["To"] and "desk@office.test" not in str(msg["To"]):
            err("%s: To is not the desk" % fn)
        try:
            dt = parsedate_to_datetime(str(msg["Date"]))
            if not (datetime.datetime(2026, 11, 1, tzinfo=dt.tzinfo) <= dt
                    < datetime.datetime(2027, 1, 1, tzinfo=dt.tzinfo)):
                err("%s: date outside Nov-Dec 2026" % fn)
        except Exception:
            err("%s: bad Date" % fn)
        for k in RFC3834:
            if msg[k] is not None: err("%s: has %s header" % (fn, k))
        # Non-ASCII subjects / display names must be RFC 2047 encoded in the raw bytes
        head = raw.split(b"\r\n\r\n", 1)[0]
        for hl in re.split(rb"\r\n(?![ \t])", head):
            if hl.lower().startswith((b"subject:", b"from:")) and not hl.isascii():
                err("%s: raw non-ASCII in %s" % (fn, hl[:12]))
        alltext = texts(msg)
        for m in EMAIL_RE.finditer(alltext):
            if not ok_domain(m.group(1)): err("%s: address domain %s" % (fn, m.group(1)))
        for m in URL_RE.finditer(alltext):
            host = m.group(1).split(":")[0].split("@")[-1]
            if not ok_domain(host): err("%s: URL host %s" % (fn, host))
        for m in BARE_RE.finditer(alltext):
            tok = m.group(1).rstrip(".-")
            if tok.rsplit(".", 1)[-1].lower() in REAL_TLDS and not ok_domain(tok):
                err("%s: bare domain %s" % (fn, tok))
        mid = str(msg["Message-ID"] or "")
        md = re.search(r"@([^>]+)>", mid)
        if not md or not ok_domain(md.group(1)): err("%s: Message-ID domain %s" % (fn, mid))
        subj = str(msg["Subject"] or "")
        irt = str(msg["In-Reply-To"] or "") + " " + str(msg["References"] or "")
        if disp == "followup":
            if not ACK_ID.search(irt): err("%s: follow-up without ack In-Reply-To/References" % fn)
            if TICKET.search(subj): err("%s: follow-up ticket in subject" % fn)
            if not TICKET.search(alltext): err("%s: follow-up without quoted ticket" % fn)
        if fam == "followup-quoted" and disp == "new":
            if msg["In-Reply-To"] or msg["References"]:
                err("%s: forwarded-ack mail must not thread" % fn)
            if not TICKET.search(alltext): err("%s: no quoted ack" % fn)
        if irt.strip() and "sebadesk" in irt and not ACK_ID.search(irt):
            err("%s: malformed ack id in threading headers" % fn)
    for k in ("family", "lang", "service", "disposition"):
        print(k, dict(sorted(counts[k].items())))
    print("mails:", len(rows))
    if errors:
        print("\n".join(errors[:80]))
        print("FAILED: %d problems" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
