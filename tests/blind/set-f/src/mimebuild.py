"""Deterministic, hand-rolled MIME builder (bytes, CRLF at the end)."""
import base64, quopri, html, datetime, hashlib
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr
from urllib.parse import quote


def enc_header(value, name='Subject', mode='b', charset='utf-8'):
    """Encode a header value: ASCII stays raw; otherwise RFC 2047 B or Q."""
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        pass
    cs = Charset(charset)
    cs.header_encoding = QP if mode == 'q' else BASE64
    return Header(value, cs, header_name=name).encode(linesep='\r\n')


def addr(name, email, charset='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def _b64(data):
    return base64.encodebytes(data)


def leaf(data, ctype, cte, extra_headers=()):
    """data: bytes. Returns bytes of a complete body part (headers + body)."""
    hdr = ['Content-Type: ' + ctype]
    hdr += list(extra_headers)
    if cte == 'base64':
        body = _b64(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data.replace(b'\r\n', b'\n'))
        if not body.endswith(b'\n'):
            body += b'\n'
    else:
        body = data.replace(b'\r\n', b'\n')
        if not body.endswith(b'\n'):
            body += b'\n'
    if cte:
        hdr.append('Content-Transfer-Encoding: ' + cte)
    return ('\n'.join(hdr) + '\n\n').encode('ascii') + body


def text(txt, subtype='plain', charset='utf-8', cte='8bit', extra=()):
    data = txt.encode(charset)
    if cte in ('8bit', '7bit'):
        try:
            data.decode('ascii')
            cte = '7bit'
        except UnicodeDecodeError:
            cte = '8bit'
    return leaf(data, f'text/{subtype}; charset="{charset}"', cte, extra)


def multipart(subtype, parts, boundary, params=''):
    out = [f'Content-Type: multipart/{subtype};{params} boundary="{boundary}"\n\n'.encode('ascii'),
           b'This is a multi-part message in MIME format.\n']
    for p in parts:
        out.append(f'\n--{boundary}\n'.encode('ascii'))
        out.append(p)
    out.append(f'\n--{boundary}--\n'.encode('ascii'))
    return b''.join(out)


def attachment(data, ctype, filename, cte='base64'):
    try:
        filename.encode('ascii')
        disp = f'Content-Disposition: attachment; filename="{filename}"'
        ct = f'{ctype}; name="{filename}"'
    except UnicodeEncodeError:
        disp = "Content-Disposition: attachment; filename*=utf-8''" + quote(filename.encode('utf-8'))
        ct = ctype
    return leaf(data, ct, cte, [disp])


def message_part(inner_bytes, ctype='message/rfc822'):
    return (f'Content-Type: {ctype}\n\n').encode('ascii') + inner_bytes.replace(b'\r\n', b'\n')


def to_html(txt, font=None, charset='utf-8'):
    paras = txt.strip('\n').split('\n\n')
    style = f' style="font-family:{font}"' if font else ''
    out = [f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>',
           f'<body><div dir="auto"{style}>']
    for p in paras:
        out.append('<p>' + '<br>\n'.join(html.escape(l) for l in p.split('\n')) + '</p>')
    out.append('</div></body></html>')
    return '\n'.join(out) + '\n'


def finish(headers, body_bytes):
    """headers: list of (name, value) strings (already encoded). body_bytes starts with
    Content-Type etc. (the top-level part)."""
    h = ''.join(f'{k}: {v}\n' for k, v in headers).encode('ascii')
    raw = h + body_bytes
    raw = raw.replace(b'\r\n', b'\n').replace(b'\r', b'\n').replace(b'\n', b'\r\n')
    return raw


def date_str(day, hh, mm, ss):
    d = datetime.datetime(2026, 12, day, hh, mm, ss)
    return d.strftime('%a, %d %b %Y %H:%M:%S') + ' +0600'


FAKE_PDF = (b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
            b'2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')


def fake_jpeg(seed):
    h = hashlib.sha256(seed.encode()).digest() * 6
    return b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + h + b'\xff\xd9'
