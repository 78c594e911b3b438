"""Mail specification helper.  Every mail module builds a list of dicts with
M(...); the label is given in the same call as the text, by hand."""
import hashlib
import html as _html

import mailkit as mk

SERVICES = {"web-portal", "e-nothi", "digital-lab", "ict-advice", "udc-advice", "none"}


def M(family, service, disposition, lang, note, **kw):
    assert service in SERVICES, service
    return dict(family=family, service=service, disposition=disposition, lang=lang,
                ack="yes" if disposition == "new" else "no", note=note, kw=kw)


def _h(seed, mod):
    return int(hashlib.md5(seed.encode("utf-8")).hexdigest(), 16) % mod


def auto_html(text, font=None):
    paras = text.strip("\n").split("\n\n")
    style = ' style="font-family: %s;"' % font if font else ""
    out = ["<html>", "<head><meta charset=\"utf-8\"></head>", "<body%s>" % style]
    for p in paras:
        lines = [_html.escape(l) for l in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _parse_addr(s):
    if "|" in s:
        n, e = s.split("|", 1)
        return n.strip(), e.strip()
    return "", s.strip()


def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def render(spec, fileno):
    """Build the raw bytes of one mail from its spec (deterministic)."""
    kw = dict(spec["kw"])
    seed = "set-c-%03d-%s" % (fileno, spec["note"])
    if "raw" in kw:          # a fully hand-written message (str, \n ends)
        raw = kw["raw"]
        return mk.crlf(raw).encode(kw.get("raw_charset", "utf-8"))
    name, email = _parse_addr(kw["frm"])
    dom = email.split("@")[1].rstrip(">")
    day = kw.get("day", 1 + _h(seed + "d", 31))
    hh = kw.get("hh", 8 + _h(seed + "h", 13))
    mi = _h(seed + "m", 60)
    ss = _h(seed + "s", 60)
    hdrs = []
    name_mode = kw.get("name_mode", ["B", "raw", "B", "Q"][_h(seed + "n", 4)])
    hdrs.append(("From", mk.addr(name, email, name_mode)))
    to = kw.get("to", "ict.melandaha@office.test")
    hdrs.append(("To", to))
    if kw.get("cc"):
        hdrs.append(("Cc", kw["cc"]))
    if kw.get("reply_to"):
        hdrs.append(("Reply-To", kw["reply_to"]))
    subj = kw.get("subject")
    if subj is not None:
        mode = kw.get("subj_mode")
        if mode is None:
            mode = "raw" if _is_ascii(subj) else ["B", "raw", "Q", "B"][_h(seed + "sm", 4)]
        hdrs.append(("Subject", mk.enc_header(subj, mode) if subj else ""))
    hdrs.append(("Date", kw.get("date") or mk.mail_date(day, hh, mi, ss)))
    hdrs.append(("Message-ID", kw.get("msgid") or mk.make_msgid(seed, dom)))
    if kw.get("in_reply_to"):
        hdrs.append(("In-Reply-To", kw["in_reply_to"]))
    if kw.get("references"):
        hdrs.append(("References", kw["references"]))
    for h in kw.get("headers", []):
        hdrs.append(h)
    part = kw.get("part")
    if part is None:
        part = _body_part(kw, seed)
    return mk.render_message(hdrs, part)


def _body_part(kw, seed):
    text = kw.get("body")
    html = kw.get("html")
    charset = kw.get("charset", "utf-8")
    fmt = kw.get("fmt")
    if fmt is None:
        fmt = "html" if (html and not text) else ["plain", "plain", "alt", "plain", "html", "alt"][_h(seed + "f", 6)]
    ascii_text = _is_ascii(text or "") and _is_ascii(html or "")
    cte = kw.get("cte")
    if cte is None:
        cte = ("7bit" if ascii_text else "8bit") if _h(seed + "c", 3) == 0 else (
            "quoted-printable" if _h(seed + "c2", 2) else "base64")
    hcte = kw.get("html_cte", cte)
    parts = []
    if fmt == "plain":
        parts = [mk.Leaf("text/plain", text, charset, cte)]
    elif fmt == "html":
        parts = [mk.Leaf("text/html", html or auto_html(text, kw.get("font")), charset, hcte)]
    else:
        parts = [mk.Multi("alternative", [
            mk.Leaf("text/plain", text, charset, cte),
            mk.Leaf("text/html", html or auto_html(text, kw.get("font")), charset, hcte)],
            "alt-" + hashlib.md5(seed.encode()).hexdigest()[:16])]
    atts = kw.get("attach", [])
    if not atts:
        return parts[0]
    leaves = list(parts)
    for a in atts:
        fname, kind = a[0], a[1]
        mode = a[2] if len(a) > 2 else "plain"
        if kind == "pdf":
            data, ct = mk.fake_pdf(fname), "application/pdf"
        elif kind == "jpg":
            data, ct = mk.fake_jpeg(seed + fname), "image/jpeg"
        elif kind == "docx":
            data, ct = mk.fake_docx(seed + fname), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        elif kind == "zip":
            data, ct = mk.fake_docx(seed + fname + "z"), "application/zip"
        elif kind == "html":
            data, ct = a[3].encode("utf-8"), "text/html"
        else:
            raise ValueError(kind)
        leaves.append(mk.Leaf(ct, data, None, "base64", filename=fname, name_mode=mode))
    return mk.Multi("mixed", leaves, "mix-" + hashlib.md5((seed + "x").encode()).hexdigest()[:16])
