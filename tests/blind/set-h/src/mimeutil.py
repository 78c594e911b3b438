"""Small hand-rolled MIME writer (stdlib only) so that every message has exactly
the transfer encoding we ask for and pure CRLF line ends."""
import base64
import hashlib
import html
import quopri
import textwrap
from email.header import Header
from email.utils import formataddr

CRLF = "\r\n"

DESK = "desk@office.test"
DESK_NAME_BN = "উপজেলা আইসিটি অফিস, মেলান্দহ"

SERVICE_BN = {
    "web-portal": "ওয়েব পোর্টাল হালনাগাদ",
    "e-nothi": "ই-নথি হালনাগাদ",
    "digital-lab": "স্কুল/কলেজের ডিজিটাল ল্যাব",
    "ict-advice": "আইসিটি বিষয়ে পরামর্শ",
    "udc-advice": "ইউনিয়ন ডিজিটাল সেন্টারকে পরামর্শ",
}
SERVICE_EN = {
    "web-portal": "Web portal update",
    "e-nothi": "e-Nothi update",
    "digital-lab": "School/college digital lab",
    "ict-advice": "ICT advice",
    "udc-advice": "Advice to Union Digital Centre",
}


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_header(name, value):
    """Return a full 'Name: value' header (folded with CRLF) with RFC 2047 if needed."""
    if value is None:
        return None
    if is_ascii(value):
        line = f"{name}: {value}"
        return line
    h = Header(value, "utf-8", header_name=name)
    return f"{name}: " + h.encode(linesep=CRLF, maxlinelen=76)


def addr(name, address):
    if not name:
        return address
    if is_ascii(name):
        return formataddr((name, address))
    return formataddr((name, address), charset="utf-8")


def ack_msgid(ticket):
    h = hashlib.sha256(("ack|" + ticket).encode("utf-8")).hexdigest()[:16]
    return f"<sebadesk.{ticket}.ack.{h}@office.test>"


def ack_subject(ticket, orig_subject):
    return f"[{ticket}] {orig_subject}"


def ack_body(ticket, service):
    return (
        "সম্মানিত নাগরিক,\n"
        f"আপনার অনুরোধটি গৃহীত হয়েছে। টিকিট নম্বর: {ticket}, সেবা: {SERVICE_BN[service]}। "
        "নাগরিক সনদে উল্লিখিত সময়ের মধ্যে সংশ্লিষ্ট কর্মকর্তা আপনার সাথে যোগাযোগ করবেন। "
        "পরবর্তী যোগাযোগে টিকিট নম্বরটি উল্লেখ করার অনুরোধ রইল।\n"
        "\n"
        f"Your request has been received and registered as {ticket}. Service: {SERVICE_EN[service]}. "
        "An officer will get back to you within the time given in our citizen charter. "
        "Please quote the ticket number when you write again.\n"
        "\n"
        "উপজেলা আইসিটি অফিস, মেলান্দহ, জামালপুর\n"
        "desk@office.test\n"
    )


def _wrap_long(text, limit_bytes=600):
    out = []
    for line in text.split("\n"):
        if len(line.encode("utf-8")) <= limit_bytes:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=90, break_long_words=False,
                                     break_on_hyphens=False) or [""])
    return "\n".join(out)


def encode_body(text_or_bytes, cte, charset="utf-8"):
    """Return (body_bytes) with CRLF line ends for the given CTE."""
    if isinstance(text_or_bytes, str):
        t = text_or_bytes.replace("\r\n", "\n")
        if cte in ("7bit", "8bit"):
            t = _wrap_long(t)
        raw = t.encode(charset)
    else:
        raw = text_or_bytes
    if cte == "7bit":
        raw.decode("ascii")
        return raw.replace(b"\n", b"\r\n")
    if cte == "8bit":
        return raw.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        q = quopri.encodestring(raw, quotetabs=False)
        return q.replace(b"\n", b"\r\n")
    if cte == "base64":
        if isinstance(text_or_bytes, str):
            raw = raw.replace(b"\n", b"\r\n")
        b = base64.encodebytes(raw)
        return b.replace(b"\n", b"\r\n")
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of str (already folded)
        self.body = body        # bytes, CRLF

    def to_bytes(self):
        h = CRLF.join(x for x in self.headers if x is not None)
        return h.encode("ascii") + b"\r\n\r\n" + self.body


def text_part(text, subtype="plain", charset="utf-8", cte="8bit", extra=None):
    if cte == "7bit" and not is_ascii(text):
        cte = "quoted-printable"
    hdrs = [f"Content-Type: text/{subtype}; charset=\"{charset}\""]
    if extra:
        hdrs[0] += extra
    hdrs.append(f"Content-Transfer-Encoding: {cte}")
    return Part(hdrs, encode_body(text, cte, charset))


def attach_part(data, ctype, filename, cte="base64", inline=False):
    disp = "inline" if inline else "attachment"
    if is_ascii(filename):
        fn_param = f'filename="{filename}"'
        name_param = f'name="{filename}"'
    else:
        from urllib.parse import quote
        fn_param = "filename*=utf-8''" + quote(filename)
        name_param = 'name="attachment"'
    hdrs = [f"Content-Type: {ctype}; {name_param}",
            f"Content-Disposition: {disp}; {fn_param}",
            f"Content-Transfer-Encoding: {cte}"]
    return Part(hdrs, encode_body(data, cte))


def multipart(subtype, parts, boundary, params=""):
    hdrs = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{params}"]
    body = b""
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.to_bytes() + b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part(hdrs, body)


def raw_part(ctype_line, body_text, cte=None):
    hdrs = [ctype_line]
    if cte:
        hdrs.append(f"Content-Transfer-Encoding: {cte}")
    b = body_text.replace("\r\n", "\n").encode("utf-8").replace(b"\n", b"\r\n")
    return Part(hdrs, b)


def message_part(inner_bytes, cte="7bit", ctype="message/rfc822"):
    hdrs = [f"Content-Type: {ctype}"]
    if cte:
        hdrs.append(f"Content-Transfer-Encoding: {cte}")
    hdrs.append("Content-Disposition: inline")
    return Part(hdrs, inner_bytes)


def to_html(text, style=0):
    paras = text.replace("\r\n", "\n").split("\n\n")
    chunks = []
    for p in paras:
        inner = "<br>\n".join(html.escape(l) for l in p.split("\n"))
        if style == 0:
            chunks.append(f"<div dir=\"auto\">{inner}</div><div dir=\"auto\"><br></div>")
        elif style == 1:
            chunks.append(f"<p class=\"MsoNormal\"><span style=\"font-size:11pt\">{inner}</span></p>")
        else:
            chunks.append(f"<p>{inner}</p>")
    if style == 1:
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                "</head><body lang=\"EN-US\"><div class=\"WordSection1\">\n" + "\n".join(chunks)
                + "\n</div></body></html>\n")
    if style == 0:
        return "<div dir=\"ltr\">\n" + "\n".join(chunks) + "\n</div>\n"
    return "<html><body>\n" + "\n".join(chunks) + "\n</body></html>\n"


def message(headers, body_part):
    """headers: list of ready header lines (without MIME ones); body_part: Part"""
    lines = [h for h in headers if h is not None]
    lines.append("MIME-Version: 1.0")
    lines.extend(body_part.headers)
    return CRLF.join(lines).encode("ascii") + b"\r\n\r\n" + body_part.body


FAKE_PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
FAKE_JPEG = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
             b"\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c\x14\r\x0c"
             b"\xff\xd9")
FAKE_DOCX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml PK\x05\x06" + b"\x00" * 18
FAKE_XLSX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00xl/workbook.xml PK\x05\x06" + b"\x00" * 18
