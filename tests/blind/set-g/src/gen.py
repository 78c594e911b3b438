#!/usr/bin/env python3
"""Generate set G: NNN.eml, NNN.unicode.txt (bijoy family), labels.tsv.

Deterministic: fixed seeds, fixed MIME boundaries, no clock. Run: python3 src/gen.py
"""
import datetime
import email
import hashlib
import html
import os
import random
import sys
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from bijoy import to_bijoy  # noqa: E402
from common import DESK, h16  # noqa: E402
import data_plain  # noqa: E402
import data_misleading  # noqa: E402
import data_scam  # noqa: E402
import data_auto  # noqa: E402
import data_arf  # noqa: E402
import data_followup  # noqa: E402
import data_badbn  # noqa: E402
import data_bijoy  # noqa: E402

SEED = 20261207
TZ = datetime.timezone(datetime.timedelta(hours=6))


def fake_pdf(tag):
    body = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            "%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % tag)
    return body.encode("ascii")


def fake_jpg(tag):
    seedbytes = hashlib.sha256(tag.encode()).digest() * 6
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + seedbytes + b"\xff\xd9")


def to_html(text, font=None):
    paras = text.strip("\n").split("\n\n")
    style = ' style="font-family: %s;"' % font if font else ""
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p%s>%s</p>" % (style, "<br>\n".join(html.escape(l) for l in lines)))
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
    return head + "\n<body>\n" + "\n".join(out) + "\n</body></html>\n"


def msgid_for(spec, idx, domain):
    k = h16("mid", str(idx), spec.get("subj") or "", spec["body"][:200] if spec.get("body") else "")
    style = int(k[0], 16) % 4
    if style == 0:
        return "<CA+%s%s@mail.%s>" % (k.upper(), h16(k)[:10], domain)
    if style == 1:
        return "<%s.%s@%s>" % (k[:8], k[8:], domain)
    if style == 2:
        return "<PU4P%s%s@APC01.PROD.%s>" % (k.upper()[:12], h16("o", k).upper()[:8], domain.upper())
    return "<%s-%s@smtp.%s>" % (int(k[:10], 16), k[10:], domain)


def set_boundaries(msg, key):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("=_mel_%s_%d" % (h16("b", key, str(n)), n))
            n += 1


def norm_from(v):
    """Quote display names that contain specials (commas, dots, apostrophes)."""
    if "<" not in v:
        return v
    name, addr = v.rsplit("<", 1)
    name = name.strip()
    if name and not name.startswith('"') and any(c in name for c in ',.\'()'):
        name = '"%s"' % name.replace('"', '')
    return "%s <%s" % (name, addr) if name else "<" + addr


def add_std_headers(msg, spec, idx, date):
    msg["From"] = spec["frm"]
    msg["To"] = spec.get("to", DESK)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("subj") is not None:
        msg["Subject"] = spec["subj"]
    msg["Date"] = format_datetime(date)
    dom = parseaddr(spec["frm"])[1].split("@")[-1]
    msg["Message-ID"] = spec.get("msgid") or msgid_for(spec, idx, dom)
    for k, v in spec.get("hdrs", []):
        msg[k] = v


def build_normal(spec, idx, date):
    shape = spec["shape"]
    body = spec["body"].strip("\n") + "\n"
    if shape == "p7" and not body.isascii():
        shape = "p8"
    msg = EmailMessage(policy=policy.SMTP)
    add_std_headers(msg, spec, idx, date)
    cs = spec.get("charset", "utf-8")
    font = spec.get("font")
    htmltext = spec.get("html") or to_html(body, font)
    if shape in ("p8", "p7", "qp", "b64"):
        cte = {"p8": "8bit", "p7": "7bit", "qp": "quoted-printable", "b64": "base64"}[shape]
        msg.set_content(body, charset=cs, cte=cte)
    elif shape in ("alt", "altqp", "alt64"):
        cte = {"alt": "8bit", "altqp": "quoted-printable", "alt64": "base64"}[shape]
        msg.set_content(body, charset=cs, cte=cte)
        msg.add_alternative(htmltext, subtype="html", charset=cs,
                            cte="quoted-printable" if shape != "alt64" else "base64")
    elif shape in ("html", "html64"):
        msg.set_content(htmltext, subtype="html", charset=cs,
                        cte="quoted-printable" if shape == "html" else "base64")
    elif shape in ("pdf", "jpg", "altpdf", "pdf64"):
        if shape == "altpdf":
            msg.set_content(body, charset=cs, cte="quoted-printable")
            msg.add_alternative(htmltext, subtype="html", charset=cs, cte="quoted-printable")
        else:
            msg.set_content(body, charset=cs, cte="base64" if shape == "pdf64" else "quoted-printable")
        atts = spec.get("att") or [("scan.pdf" if shape != "jpg" else "photo.jpg")]
        for fn in atts:
            if fn.lower().endswith((".jpg", ".jpeg")):
                msg.add_attachment(fake_jpg(fn + str(idx)), maintype="image", subtype="jpeg",
                                   filename=fn)
            else:
                msg.add_attachment(fake_pdf(fn + str(idx)), maintype="application",
                                   subtype="pdf", filename=fn)
    else:
        raise ValueError(shape)
    set_boundaries(msg, "%d%s" % (idx, spec.get("subj")))
    return msg.as_bytes(policy=policy.SMTP)


def enc_header(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def enc_addr(v):
    name, addr = parseaddr(v)
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


def build_raw(spec, idx, date):
    """spec['raw_ct'] = Content-Type value, spec['raw_body'] = body text (\n line ends)."""
    lines = ["From: " + enc_addr(spec["frm"]), "To: " + spec.get("to", DESK)]
    if spec.get("subj") is not None:
        lines.append("Subject: " + enc_header(spec["subj"]))
    lines.append("Date: " + format_datetime(date))
    dom = parseaddr(spec["frm"])[1].split("@")[-1]
    lines.append("Message-ID: " + (spec.get("msgid") or msgid_for(spec, idx, dom)))
    for k, v in spec.get("hdrs", []):
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    lines.append("Content-Type: " + spec["raw_ct"])
    if spec.get("raw_cte"):
        lines.append("Content-Transfer-Encoding: " + spec["raw_cte"])
    text = "\n".join(lines) + "\n\n" + spec["raw_body"].strip("\n") + "\n"
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode(spec.get("raw_charset", "utf-8"))


def shape_of(m):
    ct = m.get_content_type()
    if ct.startswith("message/"):
        return ct
    if m.is_multipart():
        return "%s(%s)" % (ct, ", ".join(shape_of(p) for p in m.get_payload()))
    if ct == "message/rfc822" or ct.startswith("message/"):
        return ct
    cte = (m.get("Content-Transfer-Encoding") or "7bit").lower()
    cte = {"quoted-printable": "qp"}.get(cte, cte)
    cs = m.get_content_charset()
    extra = " %s" % cs if cs and cs not in ("utf-8", "us-ascii") else ""
    return "%s %s%s" % (ct, cte, extra)


def prepare_bijoy(spec):
    uni_body = spec["body"]
    spec["unicode"] = ("Subject: %s\n\n%s" % (spec.get("subj") or "", uni_body)).strip("\n") + "\n"
    spec["body"] = to_bijoy(uni_body)
    if spec.get("bsubj"):
        spec["subj"] = to_bijoy(spec["subj"])
    kind = spec["bkind"]
    cs = "windows-1252" if kind.endswith("1252") else "utf-8"
    spec["charset"] = cs
    if kind.startswith("plain"):
        spec["shape"] = "qp" if "qp" in kind else "p8"
    elif kind.startswith("html"):
        spec["shape"] = "html"
        spec["font"] = "SutonnyMJ"
    else:
        spec["shape"] = "altqp"
        spec["font"] = "SutonnyMJ"
    if spec["shape"] in ("html", "altqp"):
        b = spec["body"].strip("\n")
        paras = b.split("\n\n")
        ps = "\n".join('<p><span style="font-family: SutonnyMJ; font-size: 14pt;">%s</span></p>'
                       % "<br>\n".join(html.escape(l) for l in p.split("\n")) for p in paras)
        spec["html"] = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
                        '</head>\n<body>\n%s\n</body></html>\n' % (cs, ps))
    return spec


def all_specs():
    specs = []
    for mod in (data_plain, data_misleading, data_scam, data_auto, data_arf, data_followup,
                data_badbn, data_bijoy):
        specs.extend(mod.specs())
    return specs


def main():
    specs = all_specs()
    rng = random.Random(SEED)
    rng.shuffle(specs)
    base = datetime.datetime(2026, 11, 1, 7, 0, tzinfo=TZ)
    for name in os.listdir(OUT):
        if name.endswith((".eml", ".unicode.txt")) or name == "labels.tsv":
            os.remove(os.path.join(OUT, name))
    rows = ["file\tservice\tdisposition\tlang\tack\tfamily\tnote"]
    for i, spec in enumerate(specs, 1):
        spec["frm"] = norm_from(spec["frm"])
        if spec["family"] in ("autoreply", "arf", "followup-quoted"):
            # these answer / quote acknowledgements sent up to 7 Dec, so they come later
            date = datetime.datetime(2026, 12, 8, 7, 0, tzinfo=TZ) + datetime.timedelta(
                minutes=rng.randrange(0, 13 * 24 * 60))
        else:
            date = base + datetime.timedelta(minutes=rng.randrange(0, 50 * 24 * 60))
        if date.hour < 6:
            date += datetime.timedelta(hours=7)
        if spec["family"] == "bijoy":
            prepare_bijoy(spec)
        data = build_raw(spec, i, date) if spec["shape"] == "raw" else build_normal(spec, i, date)
        fn = "%03d.eml" % i
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        if spec["family"] == "bijoy":
            with open(os.path.join(OUT, "%03d.unicode.txt" % i), "w", encoding="utf-8") as f:
                f.write(spec["unicode"])
        parsed = email.message_from_bytes(data, policy=policy.default)
        note = "%s [%s]" % (spec["note"], shape_of(parsed))
        rows.append("\t".join([fn, spec["svc"], spec["disp"], spec["lang"], spec["ack"],
                               spec["family"], note.replace("\t", " ")]))
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails" % len(specs))


if __name__ == "__main__":
    main()
