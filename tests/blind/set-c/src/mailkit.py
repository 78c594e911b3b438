"""Small, deterministic MIME builder for the set-c evaluation mails.

Everything is built by hand (no email.generator) so that the exact
transfer encodings, charsets and header encodings are under control.
All output uses CRLF line endings.
"""
import base64
import datetime
import hashlib
import quopri

DESK = "ict.melandaha@office.test"
DESK_NAME = "Upazila ICT Office Melandaha"

# ---------------------------------------------------------------- headers

def _chunks_utf8(s, maxbytes):
    out, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > maxbytes:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def ew_b(s, charset="utf-8"):
    """RFC 2047 B-encoding, folded into several encoded words."""
    if charset.lower() != "utf-8":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(s.encode(charset)).decode())
    words = ["=?utf-8?B?%s?=" % base64.b64encode(c.encode("utf-8")).decode()
             for c in _chunks_utf8(s, 45)]
    return "\r\n ".join(words)


def _q_bytes(b):
    out = []
    for x in b:
        c = chr(x)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def ew_q(s, charset="utf-8"):
    if charset.lower() != "utf-8":
        return "=?%s?Q?%s?=" % (charset, _q_bytes(s.encode(charset)))
    words = ["=?utf-8?Q?%s?=" % _q_bytes(c.encode("utf-8")) for c in _chunks_utf8(s, 18)]
    return "\r\n ".join(words)


def enc_header(s, mode):
    if mode == "B":
        return ew_b(s)
    if mode == "Q":
        return ew_q(s)
    return s  # raw (may be raw UTF-8) or plain ascii


def addr(name, email, mode="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    if mode == "raw":
        if any(c in name for c in ',.;:()"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (enc_header(name, mode), email)


def mail_date(day, hh, mm, ss=0):
    d = datetime.datetime(2026, 12, day, hh, mm, ss)
    return d.strftime("%a, %d %b 2026 %H:%M:%S +0600")


def make_msgid(seed, domain):
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    return "<%s.%s@%s>" % (h[:12], h[12:20], domain)


def ack_msgid(ticket, seed=None):
    # one acknowledgement per ticket: the id depends on the ticket only
    h = hashlib.sha256(("ack" + ticket).encode()).hexdigest()[:16]
    return "<sebadesk.%s.ack.%s@office.test>" % (ticket, h)


# ---------------------------------------------------------------- bodies

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def b64_lines(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(data):
    # data uses \n line ends; quopri keeps them, we then go to CRLF
    return quopri.encodestring(data).decode("ascii").replace("\n", "\r\n")


class Part:
    pass


class Leaf(Part):
    def __init__(self, ctype, content, charset="utf-8", cte="8bit",
                 filename=None, disposition=None, extra_ct="", name_mode="plain",
                 extra_headers=None):
        self.ctype, self.content, self.charset = ctype, content, charset
        self.cte, self.filename, self.disposition = cte, filename, disposition
        self.extra_ct, self.name_mode = extra_ct, name_mode
        self.extra_headers = extra_headers or []

    def headers(self):
        h = []
        ct = self.ctype
        if self.charset and isinstance(self.content, str):
            ct += '; charset="%s"' % self.charset
        if self.filename and self.name_mode == "plain":
            ct += '; name="%s"' % self.filename
        ct += self.extra_ct
        h.append(("Content-Type", ct))
        if self.cte:
            h.append(("Content-Transfer-Encoding", self.cte))
        if self.filename or self.disposition:
            d = self.disposition or "attachment"
            if self.filename:
                if self.name_mode == "rfc2231":
                    from urllib.parse import quote
                    d += "; filename*=utf-8''%s" % quote(self.filename)
                elif self.name_mode == "B":
                    d += '; filename="%s"' % ew_b(self.filename).replace("\r\n ", "")
                else:
                    d += '; filename="%s"' % self.filename
            h.append(("Content-Disposition", d))
        h.extend(self.extra_headers)
        return h

    def body(self):
        c = self.content
        if isinstance(c, str):
            data = c.replace("\r\n", "\n")
            if self.cte == "base64":
                return b64_lines(crlf(data).encode(self.charset)).encode("ascii")
            if self.cte == "quoted-printable":
                return qp(data.encode(self.charset)).encode("ascii")
            return crlf(data).encode(self.charset)
        if self.cte == "base64":
            return b64_lines(c).encode("ascii")
        return c


class Multi(Part):
    def __init__(self, subtype, parts, boundary, extra_ct="", preamble=None, epilogue=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.extra_ct, self.preamble, self.epilogue = extra_ct, preamble, epilogue

    def headers(self):
        return [("Content-Type", 'multipart/%s; boundary="%s"%s' %
                 (self.subtype, self.boundary, self.extra_ct))]

    def body(self):
        out = []
        if self.preamble:
            out.append(crlf(self.preamble).encode("utf-8"))
        for p in self.parts:
            out.append(("--" + self.boundary).encode("ascii"))
            out.append(render_part(p))
        out.append(("--" + self.boundary + "--").encode("ascii"))
        if self.epilogue:
            out.append(crlf(self.epilogue).encode("utf-8"))
        return b"\r\n".join(out) + b"\r\n"


class Embedded(Part):
    """message/rfc822 or text/rfc822-headers or message/feedback-report etc.
    content is a str written with \n line ends; emitted raw (7bit/8bit)."""

    def __init__(self, ctype, content, cte=None, disposition=None):
        self.ctype, self.content, self.cte, self.disposition = ctype, content, cte, disposition

    def headers(self):
        h = [("Content-Type", self.ctype)]
        if self.cte:
            h.append(("Content-Transfer-Encoding", self.cte))
        if self.disposition:
            h.append(("Content-Disposition", self.disposition))
        return h

    def body(self):
        return crlf(self.content).encode("utf-8")


def render_part(p):
    lines = ["%s: %s" % kv for kv in p.headers()]
    b = p.body()
    if not b.endswith(b"\r\n"):
        b += b"\r\n"
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + b


def render_message(headers, part):
    """headers: list of (name, value) already encoded; part: Part. -> bytes"""
    lines = ["%s: %s" % (k, v) for k, v in headers]
    lines.append("MIME-Version: 1.0")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8") + render_part(part)


# ---------------------------------------------------------------- fake files

def fake_pdf(title):
    t = title.encode("ascii", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"3 0 obj\n<< /Title (" + t + b") >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")


def fake_jpeg(seed):
    h = hashlib.sha256(seed.encode()).digest() * 3
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            b"\xff\xdb\x00\x43\x00" + h[:64] + b"\xff\xd9")


def fake_docx(seed):
    return b"PK\x03\x04\x14\x00\x06\x00" + hashlib.sha256(seed.encode()).digest() + b"PK\x05\x06" + b"\x00" * 18
