"""Build /work/set-d: NNN.eml, NNN.unicode.txt (Bijoy mails), labels.tsv.
Deterministic: fixed shuffle seed, no clock or randomness elsewhere.
Usage: python3 src/build.py [outdir]"""
import html as htmlmod
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import (DESK, Part, addr, assemble, attach_part, date_hdr, enc_body, header_value,
                    hexid, is_ascii, multipart, raw_part, rfc2047, text_part, to_bijoy)
import plain_web, plain_enothi, plain_lab, plain_ict, plain_udc  # noqa: E401
import traps_a, traps_b, traps_c

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ALL = (plain_web.MAILS + plain_enothi.MAILS + plain_lab.MAILS + plain_ict.MAILS + plain_udc.MAILS
       + traps_a.BIJOY + traps_a.BAD + traps_a.MISLEADING
       + traps_b.SCAM + traps_b.FOLLOWUP + traps_c.AUTO + traps_c.ARF + traps_c.BOUNCE)

CTE_UTF8 = ["8bit", "quoted-printable", "base64", "8bit", "quoted-printable", "8bit", "base64"]
CTE_ASCII = ["7bit", "quoted-printable", "7bit", "base64", "7bit"]
SUBJ_MODES = ["raw", "B", "Q", "B", "raw", "B"]
MAILERS = [None, "Microsoft Outlook 16.0", None, "Thunderbird 115.5.0", None,
           "K-9 Mail for Android", None, None, "Roundcube Webmail/1.6.5"]
OTHER_TO = ["uno.melandaha@gov.test", "dc.jamalpur@gov.test", "adc.general@gov.test"]


def split_addr(s):
    name, a = s.split("|")
    return name, a


def html_from_text(text, font=None, charset="utf-8"):
    paras = text.strip("\n").split("\n\n")
    style = ' style="font-family:%s"' % font if font else ""
    inner = "\n".join("<p%s>%s</p>" % (style, htmlmod.escape(p, quote=False).replace("\n", "<br>\n"))
                      for p in paras)
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n</head>\n"
            "<body>\n%s\n</body>\n</html>\n" % (charset, inner))


def body_part(m, seq):
    o = m.opts
    fmt = o.get("fmt", "plain")
    charset = o.get("charset", "utf-8")
    text = m.body
    html = o.get("html")
    if o.get("bijoy_body") and text is not None:
        text = to_bijoy(text)
    font = o.get("font")
    probe = (text or "") + (html or "")
    if "cte" in o:
        cte = o["cte"]
    elif is_ascii(probe):
        cte = CTE_ASCII[seq % len(CTE_ASCII)]
    else:
        cte = CTE_UTF8[seq % len(CTE_UTF8)]
    if fmt == "plain":
        main = text_part(text, "plain", charset, cte)
    else:
        if html is None:
            html = html_from_text(text, font, charset)
        hp = text_part(html, "html", charset, cte)
        if fmt == "html":
            main = hp
        else:
            pcte = cte if cte != "7bit" or is_ascii(text) else "8bit"
            tp = text_part(text, "plain", charset, pcte)
            main = multipart("alternative", [tp, hp], "=_alt_%s" % hexid("alt%d" % seq, 12))
    atts = o.get("att")
    if atts:
        parts = [main] + [attach_part(k, fn) for k, fn in atts]
        main = multipart("mixed", parts, "----=_Part_%d_%s" % (seq, hexid("mix%d" % seq, 10)))
    return main


def report_part(m, seq):
    o = m.opts
    parts = []
    for spec, text in o["parts"]:
        bits = spec.split("|")
        ctype = bits[0]
        if len(bits) > 1 and "." in bits[1]:
            data = text.replace("\n", "\r\n").encode("utf-8")
            parts.append(Part([("Content-Type", '%s; name="%s"' % (ctype, bits[1])),
                               ("Content-Transfer-Encoding", "base64"),
                               ("Content-Disposition", 'attachment; filename="%s"' % bits[1])],
                              enc_body(data, "base64")))
            continue
        cte = bits[1] if len(bits) > 1 else ("7bit" if is_ascii(text) else "8bit")
        if ctype == "text/plain":
            ctype = 'text/plain; charset="utf-8"'
        parts.append(raw_part(ctype, text, cte))
    mp = o.get("mp", "mixed")
    params = '; report-type=delivery-status' if mp == "report" else ""
    return multipart(mp, parts, "%s/%s" % (hexid("rep%d" % seq, 8), "bounce" if mp == "report" else "mixed"), params)


def subject_header(m, seq):
    o = m.opts
    subj = m.subject
    mode = o.get("subj_mode")
    if subj is None:
        if mode == "empty":
            return ("Subject", "")
        return None
    if o.get("bijoy_subject"):
        subj = to_bijoy(subj)
        cs = o.get("subj_charset", "utf-8")
        return ("Subject", rfc2047(subj, mode if mode in ("B", "Q") else "B", cs))
    if is_ascii(subj):
        return ("Subject", subj)
    if mode is None:
        mode = SUBJ_MODES[seq % len(SUBJ_MODES)]
    if mode == "raw":
        return ("Subject", subj)
    return ("Subject", rfc2047(subj, mode))


def render(m, seq):
    o = m.opts
    name, a = split_addr(m.frm)
    dom = a.split("@")[1]
    hs = []
    if seq % 3 == 0:
        hs.append(("Received", "from [192.0.2.%d] (helo=mail.%s)\r\n\tby mx.office.test with ESMTPS id %s;\r\n\t%s"
                   % (10 + seq % 200, dom, hexid("rcv%d" % seq, 10), date_hdr(seq))))
    fmode = "raw" if seq % 4 == 0 else ("Q" if seq % 4 == 1 else "B")
    hs.append(("From", addr(name, a, fmode)))
    desk = DESK if seq % 5 else "ICT Office Melandaha <%s>" % DESK
    if o.get("cc_desk"):
        hs.append(("To", OTHER_TO[seq % len(OTHER_TO)]))
        hs.append(("Cc", desk))
    else:
        hs.append(("To", desk))
    if o.get("reply_to"):
        rn, ra = split_addr(o["reply_to"])
        hs.append(("Reply-To", addr(rn, ra, "B")))
    sh = subject_header(m, seq)
    if sh:
        hs.append(sh)
    # follow-ups must postdate the quoted acknowledgements (latest 4 Dec)
    hs.append(("Date", date_hdr(seq, 6 if m.family == "followup-quoted" else None)))
    hs.append(("Message-ID", "<%s.%d@%s>" % (hexid("msg%d%s" % (seq, m.note), 20), seq, dom)))
    if o.get("ack_ticket"):
        t = o["ack_ticket"]
        ack_id = "<sebadesk.%s.ack.%s@office.test>" % (t, hexid("ack" + t, 16))
        orig_id = "<%s@%s>" % (hexid("orig" + t, 18), dom)
        kind = o.get("ack_hdr", "both")
        if kind in ("both", "irt"):
            hs.append(("In-Reply-To", ack_id))
        if kind in ("both", "ref"):
            hs.append(("References", "%s\r\n %s" % (orig_id, ack_id)))
    mailer = MAILERS[seq % len(MAILERS)]
    if mailer and m.family not in ("arf",):
        hs.append(("X-Mailer", mailer))
    if o.get("parts"):
        part = report_part(m, seq)
    else:
        part = body_part(m, seq)
    return assemble(hs, part)


def main():
    order = list(range(len(ALL)))
    random.Random(20261207).shuffle(order)
    rows = ["file\tservice\tdisposition\tlang\tack\tfamily\tnote"]
    for seq, idx in enumerate(order, 1):
        m = ALL[idx]
        fname = "%03d.eml" % seq
        data = render(m, seq)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        if m.family == "bijoy":
            with open(os.path.join(OUT, "%03d.unicode.txt" % seq), "w", encoding="utf-8", newline="\n") as f:
                parts = "+".join(p for p, k in (("subject", "bijoy_subject"), ("body", "bijoy_body"))
                                 if m.opts.get(k))
                f.write("Bijoy-encoded: %s\nSubject: %s\n\n%s\n" % (parts, m.subject or "", m.body))
        assert "\t" not in m.note
        rows.append("\t".join([fname, m.service, m.disposition, m.lang, m.ack, m.family, m.note]))
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(ALL), OUT))


if __name__ == "__main__":
    main()
