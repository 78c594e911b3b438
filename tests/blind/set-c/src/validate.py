"""Validate /work/set-c: parse every .eml with the email package and check
CRLF, desk address, Message-ID/Date, labels.tsv columns and values, and that
only .test / .example domains appear anywhere (raw and decoded)."""
import collections
import email
import email.policy
import email.utils
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DESK = "ict.melandaha@office.test"

SERVICES = {"web-portal", "e-nothi", "digital-lab", "ict-advice", "udc-advice", "none"}
DISP = {"new", "followup", "spam", "auto-reply", "bounce"}
LANGS = {"bn", "en", "mixed", "banglish", "bijoy"}
FAMS = {"plain", "bijoy", "bad-bangla", "misleading", "scam", "followup-quoted", "autoreply", "arf"}
ACK_RE = re.compile(r"<sebadesk\.MEL-2026-\d{6}\.ack\.[0-9a-f]{16}@office\.test>")

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:https?|ftp)://([^/\s\"'<>?#:]+)", re.I)
WWW_RE = re.compile(r"\bwww\.([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", re.I)
TLD_RE = re.compile(r"\b((?:[A-Za-z0-9\-]+\.)+(?:com|net|org|bd|gov|edu|info|io|co|in|uk|us|me|xyz|biz|app|dev|ru|cn))(?![\w\-])(?!\.[A-Za-z])", re.I)


def ok_domain(d):
    d = d.lower().rstrip(".")
    return d.endswith(".test") or d.endswith(".example") or d in ("test", "example")


def domains_in(text):
    bad = set()
    for rx in (EMAIL_RE, URL_RE, WWW_RE):
        for m in rx.finditer(text):
            d = m.group(1)
            if not ok_domain(d):
                bad.add(d)
    for m in TLD_RE.finditer(text):
        bad.add(m.group(1))
    return bad


def decoded_texts(msg):
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, str(v)))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct.startswith("message/"):
            payload = part.get_payload(decode=True)
            if payload is None:      # message/* parsed as sub-message
                p = part.get_payload()
                if isinstance(p, list):
                    for sub in p:
                        out.append(sub.as_string())
                continue
            cs = part.get_content_charset() or "utf-8"
            try:
                out.append(payload.decode(cs))
            except (LookupError, UnicodeDecodeError) as e:
                raise ValueError("cannot decode %s part as %s: %s" % (ct, cs, e))
        fn = part.get_filename()
        if fn:
            out.append(fn)
    return out


def main():
    problems = []
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    # ---- labels
    with open(os.path.join(OUT, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[-1] == "":
        lines.pop()
    header = lines[0].split("\t")
    if header != ["file", "service", "disposition", "lang", "ack", "family", "note"]:
        problems.append("labels.tsv: bad header %r" % header)
    labels = {}
    for ln in lines[1:]:
        cols = ln.split("\t")
        if len(cols) != 7:
            problems.append("labels.tsv: wrong column count: %r" % ln)
            continue
        f, svc, disp, lang, ack, fam, note = cols
        labels[f] = cols
        if svc not in SERVICES: problems.append("%s: service %r" % (f, svc))
        if disp not in DISP: problems.append("%s: disposition %r" % (f, disp))
        if lang not in LANGS: problems.append("%s: lang %r" % (f, lang))
        if fam not in FAMS: problems.append("%s: family %r" % (f, fam))
        if ack != ("yes" if disp == "new" else "no"): problems.append("%s: ack %r vs %s" % (f, ack, disp))
        if disp in ("spam", "auto-reply", "bounce") and svc != "none":
            problems.append("%s: non-request with service %s" % (f, svc))
        if not note.strip(): problems.append("%s: empty note" % f)
        if fam == "bijoy" and not os.path.exists(os.path.join(OUT, f.replace(".eml", ".unicode.txt"))):
            problems.append("%s: bijoy without unicode.txt" % f)
    if set(labels) != set(files):
        problems.append("labels/files mismatch: %s" % sorted(set(labels) ^ set(files)))
    expected = ["%03d.eml" % i for i in range(1, len(files) + 1)]
    if files != expected:
        problems.append("file numbering not contiguous")
    # ---- mails
    msgids = collections.Counter()
    for f in files:
        raw = open(os.path.join(OUT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append("%s: not pure CRLF" % f)
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                problems.append("%s: line longer than 998 bytes" % f)
                break
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            problems.append("%s: defects %s" % (f, msg.defects))
        for part in msg.walk():
            if part.defects:
                problems.append("%s: part defects %s" % (f, part.defects))
        rcpts = [a.lower() for _, a in email.utils.getaddresses(
            [str(x) for x in (msg.get_all("To") or []) + (msg.get_all("Cc") or [])])]
        if DESK not in rcpts:
            problems.append("%s: desk address not in To/Cc" % f)
        froms = email.utils.getaddresses([str(x) for x in (msg.get_all("From") or [])])
        if len(froms) != 1 or "@" not in froms[0][1]:
            problems.append("%s: From does not parse to one address: %r" % (f, froms))
        mid = msg.get("Message-ID")
        if not mid or not re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9.\-]+\.(test|example)>", str(mid).strip()):
            problems.append("%s: bad Message-ID %r" % (f, mid))
        msgids[str(mid).strip()] += 1
        try:
            d = email.utils.parsedate_to_datetime(str(msg["Date"]))
            if not (d.year == 2026 and d.month == 12 and d.utcoffset().total_seconds() == 6 * 3600):
                problems.append("%s: Date not Dec 2026 +0600: %s" % (f, msg["Date"]))
        except Exception as e:  # noqa: BLE001
            problems.append("%s: bad Date %r (%s)" % (f, msg["Date"], e))
        lab = labels.get(f)
        if lab:
            _, svc, disp, lang, ack, fam, note = lab
            irt = " ".join(str(msg.get(h, "")) for h in ("In-Reply-To", "References"))
            if disp == "followup" and not ACK_RE.search(irt):
                problems.append("%s: followup without ack In-Reply-To/References" % f)
            if fam == "followup-quoted":
                if disp == "new" and ACK_RE.search(irt):
                    problems.append("%s: third-party mail carries ack header" % f)
                if "MEL-2026-" in str(msg.get("Subject", "")):
                    problems.append("%s: ticket in subject of followup-quoted" % f)
            if fam in ("autoreply", "scam") or (fam == "arf" and "DSN" not in note and "bounce" not in note):
                for h in ("Auto-Submitted", "Precedence", "X-Autoreply", "X-Autorespond", "X-Spam-Flag", "X-Spam-Status"):
                    if h in msg:
                        problems.append("%s: forbidden header %s" % (f, h))
            if fam == "arf" and "feedback" in raw.decode("latin-1").lower() and msg.get_content_type() == "multipart/report" and "DSN" not in note:
                problems.append("%s: ARF wrapped in multipart/report" % f)
        # domains: raw (latin-1 view) + decoded text
        try:
            texts = decoded_texts(msg)
        except ValueError as e:
            problems.append("%s: %s" % (f, e))
            texts = []
        bad = domains_in(raw.decode("latin-1").replace("=\r\n", ""))
        for t in texts:
            bad |= domains_in(t)
        if bad:
            problems.append("%s: non-test domains %s" % (f, sorted(bad)))
    for m, c in msgids.items():
        if c > 1:
            problems.append("duplicate Message-ID %s" % m)
    # also scan sidecar text files and labels
    for f in os.listdir(OUT):
        if f.endswith(".unicode.txt") or f == "labels.tsv":
            bad = domains_in(open(os.path.join(OUT, f), encoding="utf-8").read())
            if bad:
                problems.append("%s: non-test domains %s" % (f, sorted(bad)))
    # ---- summary
    fam = collections.Counter(l[5] for l in labels.values())
    lang = collections.Counter(l[3] for l in labels.values())
    disp = collections.Counter(l[2] for l in labels.values())
    svc = collections.Counter(l[1] for l in labels.values())
    print("mails:", len(files))
    print("family:", dict(sorted(fam.items())))
    print("lang:", dict(sorted(lang.items())))
    print("disposition:", dict(sorted(disp.items())))
    print("service:", dict(sorted(svc.items())))
    if problems:
        print("\n%d PROBLEMS" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK: no problems")


if __name__ == "__main__":
    main()
