#!/usr/bin/env python3
"""Check set H's own output. Prints OK or a list of problems (exit 1)."""
import email
import hashlib
import os
import re
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

HEADER = "file\tservice\tdisposition\tlang\tack\tfamily\tnote"
SERVICES = {"web-portal", "e-nothi", "digital-lab", "ict-advice", "udc-advice", "none"}
DISPS = {"new", "followup", "spam", "auto-reply", "bounce"}
LANGS = {"bn", "en", "mixed", "banglish", "bijoy"}
FAMILIES = {"plain", "misleading", "scam", "autoreply", "arf", "followup-quoted", "bad-bangla", "bijoy"}
ACK_RE = re.compile(r"<sebadesk\.(MEL-2026-\d{6})\.ack\.([0-9a-f]{16})@office\.test>")
TICKET_RE = re.compile(r"MEL-2026-\d{6}")

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?|ftp)://([^/\s\"'<>:?#]+)", re.I)
REAL_TLDS = ("com|org|net|bd|info|io|xyz|co|me|biz|gov|edu|uk|us|in|ru|cn|top|online|site|app|tk|ml|"
             "link|ly|gl|ae|de|fr|pk|ng|cc|tv|ws|live|shop|store|club|id|my|sg|au|ca")
BARE_RE = re.compile(r"(?<![@\w.-])((?:[A-Za-z0-9-]+\.)+(?:" + REAL_TLDS + r"|test))\b(?![\w.-]*@)", re.I)


def domain_ok(dom):
    dom = dom.lower().rstrip(".")
    if dom.endswith(".test") or dom == "test":
        return True
    for ex in ("example.com", "example.org", "example.net"):
        if dom == ex or dom.endswith("." + ex):
            return True
    return False


def all_text(msg):
    """Header values plus decoded text of every part, recursively."""
    out = []
    for k, v in msg.items():
        out.append(str(v))
    for part in msg.walk():
        if part is msg:
            pass
        for k, v in part.items():
            out.append(str(v))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue  # walk() descends into it
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            payload = None
        if payload is None:
            p = part.get_payload()
            if isinstance(p, list):
                for sub in p:
                    out.append(sub.as_string() if hasattr(sub, "as_string") else str(sub))
            else:
                out.append(str(p))
            continue
        cs = part.get_content_charset() or "utf-8"
        try:
            out.append(payload.decode(cs, errors="replace"))
        except LookupError:
            out.append(payload.decode("utf-8", errors="replace"))
    return "\n".join(out)


def collect_defects(msg):
    probs = []
    for part in msg.walk():
        if part.defects:
            probs.append(f"part {part.get_content_type()}: {part.defects}")
        for k, v in part.items():
            d = getattr(v, "defects", None)
            if d:
                probs.append(f"header {k}: {list(d)}")
    return probs


def main():
    errs = []
    path = os.path.join(OUT, "labels.tsv")
    with open(path, encoding="utf-8", newline="") as fh:
        data = fh.read()
    lines = data.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    if lines[0] != HEADER:
        errs.append("labels.tsv header mismatch")
    rows = {}
    for ln in lines[1:]:
        cols = ln.split("\t")
        if len(cols) != 7:
            errs.append(f"bad row: {ln!r}")
            continue
        f, svc, disp, lang, ack, fam, note = cols
        if f in rows:
            errs.append(f"duplicate row {f}")
        rows[f] = cols
        if svc not in SERVICES:
            errs.append(f"{f}: service {svc}")
        if disp not in DISPS:
            errs.append(f"{f}: disposition {disp}")
        if lang not in LANGS:
            errs.append(f"{f}: lang {lang}")
        if fam not in FAMILIES:
            errs.append(f"{f}: family {fam}")
        want_ack = "yes" if disp in ("new", "followup") else "no"
        if ack != want_ack:
            errs.append(f"{f}: ack {ack} inconsistent with {disp}")
        if disp in ("spam", "auto-reply", "bounce") and svc != "none":
            errs.append(f"{f}: {disp} must have service none")
        if not re.search(r"\[[^\]]+\]$", note):
            errs.append(f"{f}: note must end with [mime shape]")
        if (lang == "bijoy") != (fam == "bijoy"):
            errs.append(f"{f}: bijoy lang/family mismatch")
        fam_rules = {"scam": "spam", "autoreply": "auto-reply", "arf": "bounce"}
        if fam in fam_rules and disp != fam_rules[fam]:
            errs.append(f"{f}: family {fam} but disposition {disp}")
    emls = sorted(x for x in os.listdir(OUT) if x.endswith(".eml"))
    if set(emls) != set(rows):
        errs.append(f"eml/labels mismatch: only files {sorted(set(emls) - set(rows))[:5]}, only rows {sorted(set(rows) - set(emls))[:5]}")
    for i, f in enumerate(emls, 1):
        if f != f"{i:03d}.eml":
            errs.append(f"numbering gap at {f}")
            break
    for f in emls:
        raw = open(os.path.join(OUT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append(f"{f}: not pure CRLF")
        head = raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            errs.append(f"{f}: non-ASCII bytes in top-level header")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                errs.append(f"{f}: line longer than 998 octets")
                break
        msg = email.message_from_bytes(raw, policy=policy.default)
        d = collect_defects(msg)
        if d:
            errs.append(f"{f}: defects {d[:3]}")
        for h in ("From", "To", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errs.append(f"{f}: missing {h}")
        if msg["To"] is not None and "desk@office.test" not in str(msg["To"]):
            errs.append(f"{f}: To is not the desk")
        for k in msg.keys():
            kl = k.lower()
            if kl in ("auto-submitted", "precedence", "x-autoreply", "x-autorespond") or kl.startswith("list-"):
                errs.append(f"{f}: forbidden header {k}")
        # Date range
        try:
            dt = msg["Date"].datetime
            if not (dt.year == 2026 and dt.month in (11, 12)):
                # allow UTC conversion crossing into 31 Oct? no: require Nov-Dec
                errs.append(f"{f}: date {dt} out of Nov-Dec 2026")
        except Exception as e:
            errs.append(f"{f}: bad Date {e}")
        mid = str(msg["Message-ID"] or "")
        m = re.fullmatch(r"<[^<>@\s]+@([^<>@\s]+)>", mid.strip())
        if not m or not domain_ok(m.group(1)):
            errs.append(f"{f}: Message-ID {mid!r}")
        # domains everywhere
        text = all_text(msg)
        bad = set()
        for rx in (EMAIL_RE, URL_RE, BARE_RE):
            for mm in rx.finditer(text):
                if not domain_ok(mm.group(1)):
                    bad.add(mm.group(1))
        if bad:
            errs.append(f"{f}: non-test domains {sorted(bad)[:5]}")
        cols = rows.get(f)
        if not cols:
            continue
        svc, disp, lang, fam = cols[1], cols[2], cols[3], cols[5]
        irt = msg["In-Reply-To"]
        refs = msg["References"]
        if disp == "followup":
            mm = ACK_RE.fullmatch(str(irt or "").strip())
            if not mm:
                errs.append(f"{f}: followup without ack In-Reply-To")
            else:
                ticket, h = mm.group(1), mm.group(2)
                if hashlib.sha256(("ack|" + ticket).encode()).hexdigest()[:16] != h:
                    errs.append(f"{f}: ack hash mismatch")
                if ticket not in text.replace(str(irt), "").replace(str(refs), ""):
                    errs.append(f"{f}: followup does not quote ticket")
                if ticket in str(msg["Subject"] or ""):
                    errs.append(f"{f}: followup subject contains ticket")
                if not refs or str(irt).strip() not in str(refs):
                    errs.append(f"{f}: References missing ack id")
                if "সেবা: " not in text:
                    errs.append(f"{f}: followup does not quote ack body")
        if fam == "followup-quoted" and disp == "new":
            if irt is not None or refs is not None:
                errs.append(f"{f}: forwarded-ack mail must not thread")
            if not TICKET_RE.search(text):
                errs.append(f"{f}: forward without ticket")
        if disp == "bounce":
            if not ACK_RE.search(text) and not TICKET_RE.search(text):
                errs.append(f"{f}: bounce does not include the ack")
            for mm in ACK_RE.finditer(text):
                t, h = mm.group(1), mm.group(2)
                if hashlib.sha256(("ack|" + t).encode()).hexdigest()[:16] != h:
                    errs.append(f"{f}: bounce ack hash mismatch")
        if lang == "bijoy":
            u = os.path.join(OUT, f.replace(".eml", ".unicode.txt"))
            if not os.path.exists(u):
                errs.append(f"{f}: missing unicode.txt")
            else:
                ut = open(u, encoding="utf-8").read()
                if not re.search(r"[\u0980-\u09ff]", ut):
                    errs.append(f"{f}: unicode.txt has no Bangla")
            body = msg.get_body(preferencelist=("plain", "html"))
            if body is None or body.get_content_charset() != "windows-1252":
                errs.append(f"{f}: bijoy body not windows-1252")
            elif re.search(r"[\u0980-\u09ff]", body.get_content()):
                errs.append(f"{f}: bijoy body contains Unicode Bangla")
    for u in os.listdir(OUT):
        if u.endswith(".unicode.txt"):
            e = u.replace(".unicode.txt", ".eml")
            if e not in rows or rows[e][3] != "bijoy":
                errs.append(f"{u}: stray unicode.txt")
    # expected family sizes
    from collections import Counter
    fams = Counter(c[5] for c in rows.values())
    want = {"plain": 150, "misleading": 40, "scam": 30, "autoreply": 25, "arf": 26,
            "followup-quoted": 15, "bad-bangla": 20, "bijoy": 15}
    for k, v in want.items():
        if fams.get(k) != v:
            errs.append(f"family {k}: {fams.get(k)} != {v}")
    if errs:
        for e in errs:
            print(e)
        print(f"{len(errs)} problem(s)")
        sys.exit(1)
    print(f"OK ({len(rows)} mails)")


if __name__ == "__main__":
    main()
