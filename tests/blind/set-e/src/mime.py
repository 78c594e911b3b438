"""Tiny deterministic MIME builder (CRLF output, controlled encodings)."""
import base64
import quopri

DESK = "ict.melandaha@office.test"


def _chunks_by_bytes(s, charset, limit):
    out, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(charset)) > limit and cur:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def enc_word(s, charset="utf-8", mode="B"):
    """RFC 2047 encode s (folded with CRLF SP) unless pure ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words = []
    for part in _chunks_by_bytes(s, charset, 42 if mode == "B" else 20):
        raw = part.encode(charset)
        if mode == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = ""
            for b in raw:
                c = chr(b)
                if c == " ":
                    q += "_"
                elif c.isalnum() and b < 128:
                    q += c
                else:
                    q += "=%02X" % b
            words.append("=?%s?Q?%s?=" % (charset, q))
    return "\r\n ".join(words)


def addr(name, email, charset="utf-8", mode="B"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:"()'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_word(name, charset, mode), email)


def encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if cte == "base64":
        data = text.replace("\n", "\r\n").encode(charset)
        b = base64.encodebytes(data).decode("ascii")
        return b.replace("\n", "\r\n")
    if cte == "quoted-printable":
        data = text.encode(charset)
        q = quopri.encodestring(data).decode("ascii")
        return q.replace("\r\n", "\n").replace("\n", "\r\n")
    # 7bit / 8bit: raw
    return text.replace("\n", "\r\n")


class Part:
    def __init__(self, ctype, body_text=None, charset=None, cte="7bit", params=None,
                 extra_headers=None, raw=None, filename=None, disposition=None):
        self.ctype = ctype
        self.body_text = body_text
        self.charset = charset
        self.cte = cte
        self.params = params or {}
        self.extra = extra_headers or []
        self.raw = raw            # bytes for binary attachments
        self.filename = filename
        self.disposition = disposition
        self.children = []

    def headers(self):
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset
        for k, v in self.params.items():
            ct += '; %s="%s"' % (k, v)
        if self.filename:
            ct += '; name="%s"' % self.filename
        h = [("Content-Type", ct)]
        if not self.ctype.startswith("multipart/") and not self.ctype.startswith("message/"):
            h.append(("Content-Transfer-Encoding", self.cte))
        if self.filename:
            h.append(("Content-Disposition", '%s; filename="%s"' % (self.disposition or "attachment", self.filename)))
        h.extend(self.extra)
        return h

    def body(self, rng):
        if self.ctype.startswith("multipart/"):
            bnd = self.params["boundary"]
            out = []
            for c in self.children:
                out.append(b"--" + bnd.encode() + b"\r\n" + c.render(rng))
            return b"\r\n".join(out) + b"\r\n--" + bnd.encode() + b"--\r\n"
        if self.raw is not None:
            return base64.encodebytes(self.raw).replace(b"\n", b"\r\n")
        if self.ctype.startswith("message/"):
            return self.body_text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        cs = self.charset or "us-ascii"
        if self.cte in ("7bit", "8bit"):
            return encode_body(self.body_text, cs, self.cte).encode(cs)
        return encode_body(self.body_text, cs, self.cte).encode("ascii")

    def render(self, rng, top_headers=None):
        lines = []
        for k, v in (top_headers or []):
            lines.append("%s: %s" % (k, v))
        for k, v in self.headers():
            lines.append("%s: %s" % (k, v))
        b = self.body(rng)
        return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + b


def multipart(sub, rng, children, params=None):
    p = Part("multipart/" + sub, params=dict(params or {}))
    p.params["boundary"] = "=_b%08x%04x" % (rng.getrandbits(32), rng.getrandbits(16))
    # boundary first, then other params
    bnd = p.params.pop("boundary")
    p.params = dict([("boundary", bnd)] + list(p.params.items()))
    p.children = children
    return p


def text_part(text, charset="utf-8", cte="base64", subtype="plain"):
    try:
        text.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok and cte == "8bit":
        cte = "7bit"
    return Part("text/" + subtype, text, charset=charset, cte=cte)


def to_html(text, font=None, charset="utf-8"):
    import html
    paras = [p for p in text.split("\n\n")]
    style = ' style="font-family: %s;"' % font if font else ""
    body = "".join("<p%s>%s</p>\n" % (style, html.escape(p).replace("\n", "<br>\n")) for p in paras)
    return "<html>\n<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>\n<body>\n%s</body>\n</html>\n" % (charset, body)


# fake attachment bytes
def fake_pdf(title):
    return ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            "%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n" % title).encode("latin-1", "replace")


def fake_jpeg(seed):
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes((seed * 7 + i) % 256 for i in range(64)) + b"\xff\xd9"


def fake_docx(title):
    return b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + b"[Content_Types].xml" + title.encode("utf-8")[:40] + b"\x00" * 16 + b"PK\x05\x06" + b"\x00" * 18
