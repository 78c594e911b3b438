"""Shared helpers for the set-d generator: MIME assembly (CRLF), RFC 2047 subjects,
attachments, deterministic ids, and a Unicode -> Bijoy (SutonnyMJ) ASCII converter.
Standard library only."""
import base64
import datetime
import hashlib
import quopri

DESK = "ict.melandaha@office.test"
OFFICE_NAME = "Upazila ICT Office Melandaha"

# ---------------------------------------------------------------- mail record

class Mail:
    """One hand-written mail plus its label."""

    def __init__(self, family, service, disposition, lang, note, frm, subject, body,
                 ack=None, **opts):
        self.family = family
        self.service = service
        self.disposition = disposition
        self.lang = lang
        self.ack = ack if ack is not None else ("yes" if disposition == "new" else "no")
        self.note = note
        self.frm = frm
        self.subject = subject          # None = no Subject header
        self.body = body                # plain text (may be None when html given)
        self.opts = opts


# ---------------------------------------------------------------- encoders

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def enc_body(data, cte):
    """data: bytes with LF or CRLF line ends. Returns CRLF bytes."""
    data = data.replace(b"\r\n", b"\n")
    if cte in ("7bit", "8bit"):
        out = data
    elif cte == "quoted-printable":
        out = quopri.encodestring(data)
    elif cte == "base64":
        raw = base64.b64encode(data.replace(b"\n", b"\r\n")).decode("ascii")
        out = "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76)).encode("ascii")
    else:
        raise ValueError(cte)
    out = out.replace(b"\n", b"\r\n")
    if not out.endswith(b"\r\n"):
        out += b"\r\n"
    return out


def _q_word(b):
    out = []
    for ch in b:
        c = chr(ch)
        if c == " ":
            out.append("_")
        elif c.isalnum() and ch < 128:
            out.append(c)
        else:
            out.append("=%02X" % ch)
    return "".join(out)


def rfc2047(text, mode="B", charset="utf-8"):
    """Encode a header value as one or more encoded-words, folded with CRLF SP."""
    words = []
    chunk = ""
    limit = 42 if mode == "B" else 20
    for ch in text:
        if len((chunk + ch).encode(charset)) > limit:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    enc = []
    for w in words:
        b = w.encode(charset)
        if mode == "B":
            enc.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            enc.append("=?%s?Q?%s?=" % (charset, _q_word(b)))
    return "\r\n ".join(enc)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def header_value(text, mode):
    """mode: raw | B | Q. raw non-ASCII is written as UTF-8 bytes."""
    if mode == "raw" or (mode in ("B", "Q") and is_ascii(text) and mode != "force"):
        return text
    return rfc2047(text, mode)


def addr(display, address, mode="B"):
    if not display:
        return address
    if is_ascii(display):
        if any(c in display for c in ',.()<>@:;"'):
            return '"%s" <%s>' % (display, address)
        return "%s <%s>" % (display, address)
    if mode == "raw":
        return "%s <%s>" % (display, address)
    return "%s <%s>" % (rfc2047(display, mode), address)


def hexid(key, n=16):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:n]


def date_hdr(seq, day=None):
    """Deterministic December 2026 date, +0600."""
    day = day or 1 + (seq * 7) % 6
    hour = 7 + (seq * 5) % 14
    minute = (seq * 13) % 60
    sec = (seq * 31) % 60
    d = datetime.datetime(2026, 12, day, hour, minute, sec)
    return d.strftime("%a, %d Dec 2026 %H:%M:%S +0600")


# ---------------------------------------------------------------- parts

class Part:
    def __init__(self, headers, body):
        self.headers = headers   # list of (name, value)
        self.body = body         # bytes, CRLF

    def render(self):
        h = "".join("%s: %s\r\n" % (k, v) for k, v in self.headers).encode("utf-8")
        return h + b"\r\n" + self.body


def text_part(text, subtype="plain", charset="utf-8", cte="8bit", fmt_flowed=False):
    data = text.encode(charset)
    if cte in ("7bit",) and not is_ascii(text) and charset == "utf-8":
        cte = "8bit"
    ct = "text/%s; charset=%s" % (subtype, charset if charset != "utf-8" else "\"utf-8\"")
    if fmt_flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)],
                enc_body(data, cte))


def rfc2231(name):
    if is_ascii(name):
        return 'filename="%s"' % name
    from urllib.parse import quote
    return "filename*=utf-8''%s" % quote(name.encode("utf-8"))


FAKE_PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
FAKE_JPG = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            b"\xff\xdb\x00C\x00" + bytes(range(1, 65)) +
            b"\xff\xc0\x00\x0b\x08\x00\x01\x00\x01\x01\x01\x11\x00\xff\xda\x00\x08\x01\x01\x00\x00?\x00\xd2\xcf \xff\xd9")
FAKE_DOCX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00fake-docx-bytes\x00PK\x05\x06" + b"\x00" * 18
FAKE_XLSX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00fake-xlsx-bytes\x00PK\x05\x06" + b"\x00" * 18
FAKE_ZIP = b"PK\x03\x04\x0a\x00\x00\x00\x00\x00invoice.html.exe-fake\x00PK\x05\x06" + b"\x00" * 18

ATT_TYPES = {
    "pdf": ("application/pdf", FAKE_PDF),
    "jpg": ("image/jpeg", FAKE_JPG),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FAKE_DOCX),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FAKE_XLSX),
    "zip": ("application/zip", FAKE_ZIP),
}


def attach_part(kind, filename, inline=False):
    ctype, data = ATT_TYPES[kind]
    disp = "inline" if inline else "attachment"
    if is_ascii(filename):
        ct = '%s; name="%s"' % (ctype, filename)
    else:
        ct = '%s; name="%s"' % (ctype, rfc2047(filename, "B").replace("\r\n ", " "))
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", "%s; %s" % (disp, rfc2231(filename)))],
                enc_body(data, "base64"))


def raw_part(ctype, text, cte="7bit", extra=None):
    hs = [("Content-Type", ctype)]
    if cte:
        hs.append(("Content-Transfer-Encoding", cte))
    hs += (extra or [])
    return Part(hs, enc_body(text.encode("utf-8"), cte if cte else "8bit"))


def multipart(subtype, parts, boundary, params=""):
    body = b""
    body += b"This is a multi-part message in MIME format.\r\n"
    for p in parts:
        body += b"\r\n--" + boundary.encode() + b"\r\n" + p.render().rstrip(b"\r\n") + b"\r\n"
    body += b"\r\n--" + boundary.encode() + b"--\r\n"
    ct = 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params)
    return Part([("Content-Type", ct)], body)


def text_to_html(text, font=None):
    import html
    paras = text.strip("\n").split("\n\n")
    style = ' style="font-family:%s"' % font if font else ""
    inner = "\n".join("<p%s>%s</p>" % (style, html.escape(p).replace("\n", "<br>\n")) for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n%s\n</body></html>\n"
            % inner)


def assemble(top_headers, part):
    """top_headers: list of (name, value) already encoded. part: Part for the body."""
    hs = list(top_headers) + [("MIME-Version", "1.0")] + part.headers
    out = "".join("%s: %s\r\n" % (k, v) for k, v in hs).encode("utf-8")
    return out + b"\r\n" + part.body


# ---------------------------------------------------------------- Bijoy

# Consonants, independent vowels, signs -> SutonnyMJ ASCII/cp1252 glyph codes.
BJ_CONS = {
    "ক": "K", "খ": "L", "গ": "M", "ঘ": "N", "ঙ": "O", "চ": "P", "ছ": "Q", "জ": "R",
    "ঝ": "S", "ঞ": "T", "ট": "U", "ঠ": "V", "ড": "W", "ঢ": "X", "ণ": "Y", "ত": "Z",
    "থ": "_", "দ": "`", "ধ": "a", "ন": "b", "প": "c", "ফ": "d", "ব": "e", "ভ": "f",
    "ম": "g", "য": "h", "র": "i", "ল": "j", "শ": "k", "ষ": "l", "স": "m", "হ": "n",
    "\u09dc": "o", "\u09dd": "p", "\u09df": "q",   # ড় ঢ় য় (precomposed)
}
BJ_VOWELS = {
    "অ": "A", "আ": "Av", "ই": "B", "ঈ": "C", "উ": "D", "ঊ": "E", "ঋ": "F", "এ": "G",
    "ঐ": "H", "ও": "I", "ঔ": "J",
}
BJ_OTHER = {
    "ৎ": "r", "ং": "s", "ঃ": "t", "ঁ": "u", "।": "|", "॥": "||",
    "০": "0", "১": "1", "২": "2", "৩": "3", "৪": "4", "৫": "5", "৬": "6", "৭": "7",
    "৮": "8", "৯": "9", "৳": "$",
}
BJ_POST = {"া": "v", "ী": "x", "ু": "y", "ূ": "~", "ৃ": "…"}
BJ_PRE = {"ি": "w", "ে": "‡", "ৈ": "‰"}
# Conjunct clusters (consonants joined by hasanta, written without the hasanta here
# as tuples) -> single SutonnyMJ glyph sequences. Longest match first.
BJ_CONJ = {
    "ক্ষ": "¶", "ক্ত": "³", "ক্ট": "±", "ক্স": "·", "ক্র": "µ", "ক্ক": "°",
    "ঙ্ক": "¼", "ঙ্গ": "½", "চ্চ": "”", "চ্ছ": "”Q", "জ্জ": "¾", "জ্ঞ": "Á", "জ্ব": "¾¡",
    "ঞ্চ": "Â", "ঞ্জ": "Ä", "ড্ড": "Ç", "ণ্ট": "È", "ণ্ড": "Û", "ত্ত": "Ë",
    "ত্র": "Î", "ত্ম": "Z¥", "দ্দ": "Ï", "দ্ধ": "×", "দ্ব": "Ø", "দ্ভ": "™¢", "দ্ম": "Ù",
    "ন্ত্র": "š¿", "ন্ত": "š—", "ন্ট": "›U", "ন্ড": "Û", "ন্দ": "›`", "ন্ধ": "Ü", "ন্ন": "bœ",
    "ন্স": "Ý", "প্ত": "ß", "প্প": "à", "প্ল": "cø", "ব্দ": "ã", "ব্ধ": "ä", "ব্ব": "eŸ",
    "ম্প": "¤ú", "ম্ব": "¤^", "ম্ভ": "¤¢", "ম্ম": "¤§", "ম্ন": "¤œ", "ল্প": "í", "ল্ল": "jø",
    "শ্চ": "ð", "শ্ব": "k¦", "ষ্ট": "ó", "ষ্ঠ": "ô", "ষ্ক": "®‹", "ষ্প": "®ú", "ষ্ণ": "ò",
    "স্ক": "¯‹", "স্ট": "÷", "স্ত": "¯—", "স্থ": "¯’", "স্প": "¯ú", "স্ব": "¯^", "স্ম": "¯§",
    "স্ন": "¯œ", "হ্ম": "nè", "হ্ন": "ý",
}
BJ_PHALA = {"্য": "¨", "্র": "Ö", "্ব": "¦", "্ল": "ø", "্ম": "¥", "্ন": "œ"}
HASANTA = "্"


def _cluster_glyph(cons):
    """cons: list of consonant chars joined by hasanta. Return glyph string."""
    out = ""
    i = 0
    n = len(cons)
    while i < n:
        matched = False
        for length in (3, 2):
            if i + length <= n:
                key = HASANTA.join(cons[i:i + length])
                if key in BJ_CONJ:
                    out += BJ_CONJ[key]
                    i += length
                    matched = True
                    break
        if matched:
            continue
        c = cons[i]
        if i > 0 and ("্" + c) in BJ_PHALA and c in "যর":
            out += BJ_PHALA["্" + c]
        elif i > 0 and c in "বলমন" and i == n - 1 and cons[i - 1] not in "বলমন":
            out += BJ_PHALA["্" + c]
        else:
            if i > 0:
                out += "&"
            out += BJ_CONS[c]
        i += 1
    return out


def to_bijoy(text):
    """Convert Unicode Bangla to Bijoy/SutonnyMJ ASCII. Non-Bangla passes through."""
    # normalise nukta forms and two-part vowel signs to single code points
    text = (text.replace("\u09af\u09bc", "\u09df").replace("\u09a1\u09bc", "\u09dc")
            .replace("\u09a2\u09bc", "\u09dd").replace("\u09c7\u09be", "\u09cb")
            .replace("\u09c7\u09d7", "\u09cc"))
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in BJ_CONS:
            reph = False
            # reph: র + ্ + consonant (not ্য which is ya-phala after র? treated as reph+য)
            if ch == "র" and i + 2 < n and text[i + 1] == HASANTA and text[i + 2] in BJ_CONS:
                reph = True
                i += 2
                ch = text[i]
            cons = [ch]
            i += 1
            while i + 1 < n and text[i] == HASANTA and text[i + 1] in BJ_CONS:
                cons.append(text[i + 1])
                i += 2
            glyph = _cluster_glyph(cons)
            if reph:
                glyph += "©"
            vs = text[i] if i < n else ""
            if vs in BJ_PRE:
                out.append(BJ_PRE[vs] + glyph)
                i += 1
            elif vs == "ো":
                out.append("‡" + glyph + "v")
                i += 1
            elif vs == "ৌ":
                out.append("‡" + glyph + "Š")
                i += 1
            elif vs in BJ_POST:
                if vs == "ু" and cons == ["র"]:
                    out.append(glyph + "æ")
                elif vs == "ূ" and cons == ["র"]:
                    out.append(glyph + "ƒ")
                elif vs == "ু" and cons == ["গ"]:
                    out.append("¸")
                elif vs == "ু" and cons == ["শ"]:
                    out.append("ï")
                elif vs == "ু" and cons == ["হ"]:
                    out.append("û")
                else:
                    out.append(glyph + BJ_POST[vs])
                i += 1
            elif vs == HASANTA:
                out.append(glyph + "&")
                i += 1
            else:
                out.append(glyph)
        elif ch in BJ_VOWELS:
            out.append(BJ_VOWELS[ch])
            i += 1
        elif ch in BJ_OTHER:
            out.append(BJ_OTHER[ch])
            i += 1
        elif ch in ("\u200c", "\u200d"):
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)
