#!/usr/bin/env python3
"""Deterministic generator for the held-out help-desk evaluation set (set-e)."""
import datetime
import hashlib
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mime import (DESK, Part, addr, enc_word, multipart, text_part, to_html,
                  fake_pdf, fake_jpeg, fake_docx)
from bijoy import to_bijoy
import content_plain as CP
import content_scam as CS
import content_other as CO

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DESK_NAME = "Upazila ICT Office Melandaha"

FIRST_EN = ["Rahim", "Karim", "Nasrin", "Shamima", "Abdul", "Rafiqul", "Moushumi", "Jahid", "Shirin", "Kamrul",
            "Farhana", "Habib", "Selina", "Tariq", "Rokeya", "Mizanur", "Sumaiya", "Anwar", "Laila", "Bashir",
            "Nazma", "Sohel", "Ruma", "Delwar", "Taslima", "Mahfuz", "Parvin", "Sakib", "Rehana", "Monir"]
LAST_EN = ["Hossain", "Akter", "Rahman", "Islam", "Uddin", "Begum", "Mia", "Sarkar", "Khatun", "Ali",
           "Talukder", "Mondal", "Sheikh", "Ahmed", "Haque"]
NAME_BN = [("মোঃ রহিম উদ্দিন", "rahim.uddin"), ("নাসরিন আক্তার", "nasrin.akter"), ("আব্দুল করিম", "akarim"),
           ("শামীমা বেগম", "shamima.b"), ("রফিকুল ইসলাম", "rafiqul"), ("মৌসুমী খাতুন", "mousumi.k"),
           ("জাহিদ হাসান", "jahid.hasan"), ("কামরুল হোসেন", "kamrul.h"), ("ফারহানা ইয়াসমিন", "farhana.y"),
           ("হাবিবুর রহমান", "habibur"), ("সেলিনা পারভীন", "selina.parvin"), ("তারিক আহমেদ", "tariq.ahmed"),
           ("রোকেয়া সুলতানা", "rokeya.s"), ("মিজানুর রহমান", "mizan.r"), ("আনোয়ার হোসেন", "anwar.hossain"),
           ("লাইলা আরজুমান্দ", "laila.a"), ("বশির আহমেদ", "bashir.ahmed"), ("সোহেল রানা", "sohel.rana")]
DOM_BY_SERVICE = {
    "web-portal": ["up.test", "school.test", "upazila.test", "mail.test", "example.org"],
    "e-nothi": ["upazila.test", "up.test", "mail.test", "example.net"],
    "digital-lab": ["school.test", "madrasa.test", "college.test", "mail.test", "example.com"],
    "ict-advice": ["mail.test", "example.com", "example.net", "inbox.test", "mail.test"],
    "udc-advice": ["udc.test", "mail.test", "example.org", "inbox.test"],
    "none": ["mail.test", "example.com", "inbox.test", "example.net"],
}

GREET = {
    "en": ["Dear Sir,", "Hello,", "Respected Sir,", "Assalamu alaikum,", "Dear ICT Office,", "", "", ""],
    "bn": ["জনাব,", "মহোদয়,", "আসসালামু আলাইকুম।", "সম্মানিত স্যার,", "", ""],
    "banglish": ["sir,", "assalamualaikum", "vai,", "", ""],
    "mixed": ["Sir,", "আসসালামু আলাইকুম Sir,", "Dear Sir,", "", ""],
}
CLOSE = {
    "en": ["Regards,", "Thank you,", "Best regards,", "Sincerely,", "Thanks", ""],
    "bn": ["ধন্যবাদান্তে,", "বিনীত,", "ধন্যবাদ।", "নিবেদক,", ""],
    "banglish": ["dhonnobad", "thanks", "", "allah hafez"],
    "mixed": ["ধন্যবাদ,", "Thanks,", "Regards,", ""],
}
PLACES = ["Mahmudpur", "Jhaoragara", "Kulia", "Nangla", "Nayanagar", "Fulkocha", "Ghoshpara", "Durmut",
          "Char Banipakuria", "Adra", "Shyampur", "Melandaha"]

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


class Gen:
    def __init__(self):
        self.rng = random.Random(20261207)
        self.mails = []  # dicts: raw(bytes), labels, extra files
        self.seen_ids = set()
        self.ticket = 100

    # ---------- helpers
    def date(self, min_day=1, max_day=28):
        r = self.rng
        d = datetime.datetime(2026, 12, r.randint(min_day, max_day), r.randint(7, 22), r.randint(0, 59), r.randint(0, 59))
        return "%s, %02d Dec 2026 %02d:%02d:%02d +0600" % (DAYS[d.weekday()], d.day, d.hour, d.minute, d.second)

    def msgid(self, domain=None):
        while True:
            h = "%016x" % self.rng.getrandbits(64)
            dom = domain or self.rng.choice(["mx.mail.test", "smtp.inbox.test", "mail.gw.test", "mta.example.test"])
            if not dom.endswith(".test"):
                dom = "mx." + dom.replace(".", "-") + ".test"
            mid = "<%s.%d@%s>" % (h, self.rng.randint(1000, 99999), dom)
            if mid not in self.seen_ids:
                self.seen_ids.add(mid)
                return mid

    def desk_ack_id(self, ticket):
        return "<sebadesk.%s.ack.%016x@office.test>" % (ticket, self.rng.getrandbits(64))

    def new_ticket(self):
        self.ticket += self.rng.randint(1, 37)
        return "MEL-2026-%06d" % self.ticket

    def sender(self, service, lang, name_bn_ok=True):
        r = self.rng
        fn, ln = r.choice(FIRST_EN), r.choice(LAST_EN)
        dom = r.choice(DOM_BY_SERVICE.get(service, DOM_BY_SERVICE["none"]))
        local = r.choice(["%s.%s", "%s%s", "%s_%s", "%s"]) 
        local = (local % ((fn.lower(), ln.lower()) if local.count("%s") == 2 else (fn.lower(),)))
        if r.random() < 0.3:
            local += str(r.randint(1, 99))
        email = "%s@%s" % (local, dom)
        if lang == "bn" and name_bn_ok and r.random() < 0.6:
            name, loc = r.choice(NAME_BN)
            email = "%s%s@%s" % (loc, str(r.randint(1, 99)) if r.random() < 0.3 else "", dom)
        elif r.random() < 0.15:
            name = ""
        else:
            name = "%s %s" % (fn, ln)
        return name, email

    def attach_part(self, att):
        kind, fname = att
        if kind == "pdf":
            return Part("application/pdf", raw=fake_pdf(fname), filename=fname, cte="base64")
        if kind == "jpg":
            return Part("image/jpeg", raw=fake_jpeg(len(fname)), filename=fname, cte="base64")
        return Part("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    raw=fake_docx(fname), filename=fname, cte="base64")

    def body_part(self, text, charset="utf-8", fmt=None, html_text=None, font=None):
        r = self.rng
        fmt = fmt or r.choices(["b64", "qp", "8bit", "alt", "html"], [30, 25, 20, 15, 10])[0]
        cte = {"b64": "base64", "qp": "quoted-printable", "8bit": "8bit"}.get(fmt)
        if cte:
            return text_part(text, charset, cte), fmt
        html = html_text or to_html(text, font=font, charset=charset)
        hcte = r.choice(["base64", "quoted-printable"])
        if fmt == "html":
            return text_part(html, charset, hcte, "html"), fmt
        pl = text_part(text, charset, r.choice(["base64", "quoted-printable", "8bit"]))
        return multipart("alternative", r, [pl, text_part(html, charset, hcte, "html")]), fmt

    def subject_header(self, subj, charset="utf-8"):
        if subj is None:
            return None
        return enc_word(subj, charset, self.rng.choice(["B", "Q"]))

    def emit(self, labels, from_hdr, subject, body_root, extra_headers=(), to=DESK, extra_files=None,
             date=None, mid=None):
        headers = [("From", from_hdr), ("To", to)]
        if subject is not None:
            headers.append(("Subject", subject))
        headers.append(("Date", date or self.date()))
        headers.append(("Message-ID", mid or self.msgid()))
        headers.extend(extra_headers)
        headers.append(("MIME-Version", "1.0"))
        raw = body_root.render(self.rng, headers)
        self.mails.append({"raw": raw.encode("utf-8") if isinstance(raw, str) else raw,
                           "labels": labels, "extra": extra_files or {}})

    def wrap(self, lang, body, name, role=None):
        r = self.rng
        g = r.choice(GREET[lang])
        first = body.split("\n", 1)[0].lower()
        if any(first.startswith(x) for x in ["dear", "hello", "hi", "respected", "assalam", "জনাব", "মহোদয়", "সম্মানিত", "শ্রদ্ধেয়", "sir", "vai", "আসসালামু"]):
            g = ""
        c = r.choice(CLOSE[lang])
        has_sig = "\n\n" in body and len(body.rsplit("\n\n", 1)[-1]) < 80 and body.rstrip().count("\n") >= 2
        out = (g + "\n\n" if g else "") + body
        if not has_sig and name:
            tail = (c + "\n" if c else "") + name
            if role:
                tail += "\n" + role
            elif r.random() < 0.35:
                tail += "\n" + r.choice(PLACES) + (", Melandaha" if r.random() < 0.5 else "")
            out += "\n\n" + tail
        return out + "\n"

    # ---------- families
    def plain(self):
        r = self.rng
        for service, items in [("web-portal", CP.WEB), ("e-nothi", CP.NOTHI), ("digital-lab", CP.LAB),
                               ("ict-advice", CP.ADVICE), ("udc-advice", CP.UDC)]:
            for lang, subj, body, att in items:
                name, email = self.sender(service, lang)
                text = self.wrap(lang, body, name)
                cs = "utf-8"
                if lang == "en":
                    cs = r.choice(["utf-8", "us-ascii", "iso-8859-1", "windows-1252", "utf-8"])
                    try:
                        text.encode(cs)
                    except UnicodeEncodeError:
                        cs = "utf-8"
                bp, fmt = self.body_part(text, charset=cs)
                fmt = fmt + ("/" + cs if cs != "utf-8" else "")
                if att:
                    root = multipart("mixed", r, [bp, self.attach_part(att)])
                else:
                    root = bp
                short = (subj or body[:50]).replace("\t", " ").replace("\n", " ")
                note = "plain %s request (%s%s%s): %s" % (service, fmt, ", attachment" if att else "",
                                                          ", no subject" if subj is None else "", short[:70])
                self.emit(dict(service=service, disposition="new", lang=lang, ack="yes", family="plain", note=note),
                          addr(name, email, "utf-8", r.choice("BQ")), self.subject_header(subj), root)

    def scam(self):
        r = self.rng
        for lang, fname, femail, subj, body, att in CS.SCAM:
            bp, fmt = self.body_part(body + "\n")
            root = multipart("mixed", r, [bp, self.attach_part(att)]) if att else bp
            extra = []
            if r.random() < 0.4:
                extra.append(("Reply-To", "support@%s" % femail.split("@")[1]))
            self.emit(dict(service="none", disposition="spam", lang=lang, ack="no", family="scam",
                           note="scam/spam without spam headers: %s" % subj[:70]),
                      addr(fname, femail), self.subject_header(subj), root, extra)

    def ack_text(self, ticket, subj):
        return ("আপনার অনুরোধটি গ্রহণ করা হয়েছে। / Your request has been received.\n"
                "টিকিট নম্বর / Ticket number: %s\n"
                "বিষয় / Subject: %s\n"
                "পরবর্তী যোগাযোগে এই নম্বরটি উল্লেখ করুন। / Please quote this number in further correspondence.\n\n"
                "উপজেলা আইসিটি অফিস, মেলান্দহ, জামালপুর\nUpazila ICT Office, Melandaha, Jamalpur") % (ticket, subj)

    def quote(self, text, prefix="> "):
        return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

    def followups(self):
        r = self.rng
        for lang, service, osubj, obody, nsubj, ntext, mode, att in CO.FOLLOW_TRUE:
            ticket = self.new_ticket()
            ackid = self.desk_ack_id(ticket)
            name, email = self.sender(service, lang)
            ack = self.ack_text(ticket, osubj)
            inner = ack + "\n\n" + "-" * 20 + "\n" + osubj + "\n" + obody if r.random() < 0.7 else ack
            aday = r.randint(1, 10)
            adate = "%s, %d Dec 2026 at %d:%02d" % (DAYS[datetime.date(2026, 12, aday).weekday()], aday, r.randint(9, 17), r.randint(0, 59))
            text = ntext + "\n\n" + (name or "") + "\n\nOn %s, %s <%s> wrote:\n" % (adate, DESK_NAME, DESK) + self.quote(inner) + "\n"
            bp, fmt = self.body_part(text, fmt=r.choice(["b64", "qp", "8bit", "alt"]))
            root = multipart("mixed", r, [bp, self.attach_part(att)]) if att else bp
            origid = self.msgid()
            extra = []
            if mode in ("both", "irt"):
                extra.append(("In-Reply-To", ackid))
            if mode in ("both", "refs"):
                extra.append(("References", "%s\r\n %s" % (origid, ackid)))
            self.emit(dict(service=service, disposition="followup", lang=lang, ack="no", family="followup-quoted",
                           note="true follow-up to %s (%s; subject rewritten '%s', ticket only in quoted ack); service of original ticket" % (ticket, {"both": "In-Reply-To+References", "irt": "In-Reply-To", "refs": "References only"}[mode], nsubj)),
                      addr(name, email), self.subject_header(nsubj), root, extra, date=self.date(min_day=12))
        for i, (lang, service, osubj, obody, nsubj, ntext) in enumerate(CO.FOLLOW_NEW):
            ticket = self.new_ticket()
            name, email = self.sender(service, lang)
            oname, oemail = self.sender("none", "en")
            ack = self.ack_text(ticket, osubj)
            if i % 2 == 0:
                q = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: Re: %s\nTo: %s\n\n%s"
                     % (DESK_NAME, DESK, self.date(max_day=10), osubj, oemail, ack))
            else:
                q = "On %d Dec 2026, %s <%s> wrote:\n%s" % (r.randint(1, 9), DESK_NAME, DESK, self.quote(ack + "\n\n" + self.quote(obody)))
            text = ntext + "\n\n" + (name or "") + "\n\n" + q + "\n"
            bp, fmt = self.body_part(text, fmt=r.choice(["b64", "qp", "8bit"]))
            self.emit(dict(service=service, disposition="new", lang=lang, ack="yes", family="followup-quoted",
                           note="fresh mail by a different person quoting someone else's ack %s (no In-Reply-To); new %s request" % (ticket, service)),
                      addr(name, email), self.subject_header(nsubj), bp, date=self.date(min_day=12))

    def misleading(self):
        r = self.rng
        for lang, service, subj, body, note, att in CO.MISLEAD:
            name, email = self.sender(r.choice(list(DOM_BY_SERVICE)), lang)
            has_sig = body.rstrip().split("\n")[-1].strip() and ("\n\n" in body and len(body.rsplit("\n\n", 1)[-1]) < 90)
            text = body + "\n" if (has_sig or ">" in body or "Forwarded" in body) else self.wrap(lang, body, name)
            bp, fmt = self.body_part(text)
            root = multipart("mixed", r, [bp, self.attach_part(att)]) if att else bp
            self.emit(dict(service=service, disposition="new", lang=lang, ack="yes", family="misleading",
                           note="misleading: %s -> %s" % (note, service)),
                      addr(name, email), self.subject_header(subj), root)

    def corrupt(self, text, rng):
        out = []
        for ch in text:
            if ch == "\u09cd" and rng.random() < 0.85:
                continue
            if ch == "\u200d" or ch == "\u200c":
                continue
            if ch in "ািীুূে" and rng.random() < 0.08:
                continue
            if ch in "িীুূ" and rng.random() < 0.15:
                ch = {"ি": "ী", "ী": "ি", "ু": "ূ", "ূ": "ু"}[ch]
            if ch == "\u09df" and rng.random() < 0.3:
                ch = "য"
            if ch == "\u09dc" and rng.random() < 0.3:
                ch = "ড"
            if ch == "।" and rng.random() < 0.4:
                ch = rng.choice([".", " ", "|"])
            out.append(ch)
        return "".join(out)

    def badbangla(self):
        r = self.rng
        for service, subj, body in CO.BAD_BN:
            name, email = self.sender(service, "bn")
            text = self.corrupt(self.wrap("bn", body, name), r)
            s2 = self.corrupt(subj, r) if subj else None
            bp, fmt = self.body_part(text)
            self.emit(dict(service=service, disposition="new", lang="bn", ack="yes", family="bad-bangla",
                           note="badly typed Bangla (hasanta dropped, vowel signs missing/swapped): %s" % service),
                      addr(name, email), self.subject_header(s2), bp)

    def bijoy(self):
        r = self.rng
        for service, subj, body, mode in CO.BIJOY:
            name, email = self.sender(service, "en", name_bn_ok=False)
            bname = r.choice(NAME_BN)[0]
            closing = r.choice(["বিনীত", "ধন্যবাদান্তে", "নিবেদক"])
            greet = r.choice(["জনাব,", "মহোদয়,", "সম্মানিত স্যার,"])
            utext = "%s\n\n%s\n\n%s\n%s\n" % (greet, body, closing, bname)
            btext = to_bijoy(utext)
            charset = r.choice(["windows-1252", "utf-8"])
            try:
                btext.encode(charset)
            except UnicodeEncodeError:
                charset = "utf-8"
            if mode in ("subject", "all"):
                bs = to_bijoy(subj)
                try:
                    bs.encode(charset)
                    subj_h = enc_word(bs, charset, r.choice("BQ"))
                except UnicodeEncodeError:
                    subj_h = enc_word(bs, "utf-8", "B")
                usubj_label = subj
            else:
                subj_h = enc_word(subj, "utf-8", r.choice("BQ")) if r.random() < 0.6 else "Request"
                usubj_label = subj if subj_h != "Request" else "Request"
            if mode in ("html", "all"):
                html = to_html(btext, font="SutonnyMJ", charset=charset)
                if mode == "all" or r.random() < 0.5:
                    hp = text_part(html, charset, r.choice(["base64", "quoted-printable"]), "html")
                    root = multipart("alternative", r, [text_part(btext, charset, r.choice(["quoted-printable", "8bit", "base64"])), hp]) if mode == "all" else hp
                else:
                    root = text_part(html, charset, "quoted-printable", "html")
            else:
                root = text_part(btext, charset, r.choice(["quoted-printable", "8bit", "base64"]))
            idx = len(self.mails)
            self.emit(dict(service=service, disposition="new", lang="bijoy", ack="yes", family="bijoy",
                           note="Bangla in Bijoy/SutonnyMJ ASCII (%s, %s): %s" % (mode, charset, service)),
                      addr(name, email), subj_h, root,
                      extra_files={"unicode": "Subject: %s\n\n%s" % (usubj_label, utext)})

    def autoreply(self):
        r = self.rng
        for lang, subj, body, to_desk in CO.AUTO:
            name, email = self.sender("none", lang)
            extra = []
            if to_desk:
                ticket = self.new_ticket()
                ackid = self.desk_ack_id(ticket)
                extra.append(("In-Reply-To", ackid))
                if r.random() < 0.5:
                    extra.append(("References", ackid))
            bp, fmt = self.body_part(body + "\n")
            self.emit(dict(service="none", disposition="auto-reply", lang=lang, ack="no", family="autoreply",
                           note="auto-reply without RFC 3834 headers%s: %s" % (" (In-Reply-To desk ack, still not a follow-up)" if to_desk else "", (subj or body)[:60])),
                      addr(name, email), self.subject_header(subj), bp, extra)

    # ---------- ARF / bounces
    def orig_ack_msg(self, rcpt):
        ticket = self.new_ticket()
        mid = self.desk_ack_id(ticket)
        subj = "[%s] Your request has been received" % ticket
        txt = self.ack_text(ticket, "request").replace("\n", "\r\n")
        return ticket, mid, ("From: %s <%s>\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n"
                             "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n"
                             "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n") % (
            DESK_NAME, DESK, rcpt, subj, self.date(), mid, txt)

    def arf(self):
        r = self.rng
        isps = ["mail-provider.test", "bigmail.test", "isp-bd.test", "example.net", "example.com"]
        # A: proper ARF (6)
        for i in range(6):
            isp = isps[i % len(isps)]
            rcpt = "%s%d@%s" % (r.choice(["user", "citizen", "rakib", "mitu"]), r.randint(1, 99), isp)
            ticket, mid, orig = self.orig_ack_msg(rcpt)
            ip = "203.0.113.%d" % r.randint(2, 250)
            human = text_part("This is an email abuse report for an email message received from IP %s on %s.\n"
                              "For more information about this format please see RFC 5965.\n" % (ip, self.date()), "us-ascii", "7bit")
            fb = Part("message/feedback-report", body_text=("Feedback-Type: abuse\nUser-Agent: FBL-Reporter/2.1\nVersion: 1\n"
                      "Original-Mail-From: <%s>\nOriginal-Rcpt-To: <%s>\nArrival-Date: %s\nSource-IP: %s\n"
                      "Reported-Domain: office.test\n") % (DESK, rcpt, self.date(), ip))
            if i % 3 == 2:
                op = Part("text/rfc822-headers", orig.split("\r\n\r\n")[0] + "\r\n", charset="us-ascii", cte="7bit")
            else:
                op = Part("message/rfc822", body_text=orig)
            root = multipart("report", r, [human, fb, op], {"report-type": "feedback-report"})
            self.emit(dict(service="none", disposition="bounce", lang="en", ack="no", family="arf",
                           note="ARF feedback report (multipart/report) about desk ack %s" % ticket),
                      addr("%s Feedback Loop" % isp.split(".")[0], "fbl@%s" % isp),
                      r.choice(["Abuse report: complaint about office.test", "Email Feedback Report for IP %s" % ip, "FBL complaint", "Report: message from ict.melandaha", "complaint"]), root)
        # B: plain-text ARF, not wrapped (5)
        for i in range(5):
            isp = isps[(i + 2) % len(isps)]
            rcpt = "%s@%s" % (r.choice(["nila", "tuhin", "asif", "rupa", "sagor"]), isp)
            ticket, mid, orig = self.orig_ack_msg(rcpt)
            ip = "198.51.100.%d" % r.randint(2, 250)
            hdrs = orig.split("\r\n\r\n")[0]
            txt = ("This is an email abuse report for an email message received from IP %s on %s.\n\n"
                   "Feedback-Type: abuse\nUser-Agent: %s-abuse/1.0\nVersion: 1\nOriginal-Mail-From: %s\n"
                   "Original-Rcpt-To: %s\nReported-Domain: office.test\n\n"
                   "The recipient marked the message as spam. Original headers:\n\n%s\n"
                   % (ip, self.date(), isp.split(".")[0], DESK, rcpt, hdrs.replace("\r\n", "\n")))
            if i == 4:
                txt = "Dear sender,\n\nWe received a spam complaint from one of our users about a message sent from your system. Please review your sending practices.\n\n" + txt
            bp = text_part(txt, "us-ascii" if i < 3 else "utf-8", "7bit" if i < 3 else "quoted-printable")
            self.emit(dict(service="none", disposition="bounce", lang="en", ack="no", family="arf",
                           note="abuse report as plain text, not multipart/report (ack %s)" % ticket),
                      addr("Abuse Desk", "abuse@%s" % isp), r.choice(["Email abuse report", "Spam complaint", "FW: abuse report for office.test", "Complaint notification", None]), bp)
        # C: multipart/mixed with message/rfc822 (3)
        for i in range(3):
            isp = isps[(i + 1) % len(isps)]
            rcpt = "%s@%s" % (r.choice(["joy", "mim", "nabil"]), isp)
            ticket, mid, orig = self.orig_ack_msg(rcpt)
            expl = text_part("A user of our service reported the attached message as unsolicited (spam).\n"
                             "Feedback-Type: abuse\nOriginal-Mail-From: %s\nReported-Domain: office.test\n"
                             "Please take appropriate action.\n" % DESK, "us-ascii", "7bit")
            root = multipart("mixed", r, [expl, Part("message/rfc822", body_text=orig)])
            self.emit(dict(service="none", disposition="bounce", lang="en", ack="no", family="arf",
                           note="abuse report with message/rfc822 part but top type multipart/mixed (ack %s)" % ticket),
                      addr("Postmaster", "postmaster@%s" % isp), "Abuse report [%d]" % r.randint(10000, 99999), root)
        # D: DSN multipart/report delivery-status (6)
        for i in range(6):
            dom = r.choice(["school.test", "up.test", "mail.test", "example.org", "udc.test"])
            rcpt = "%s@%s" % (r.choice(["headmaster.old", "secretary", "nurul.h", "uddokta.kulia", "rina77", "info"]), dom)
            ticket, mid, orig = self.orig_ack_msg(rcpt)
            mta = "mx%d.%s" % (r.randint(1, 3), "relay.test")
            status = r.choice([("5.1.1", "550 5.1.1 <%s>: Recipient address rejected: User unknown" % rcpt),
                               ("5.2.2", "552 5.2.2 Mailbox full"),
                               ("4.4.7", "Delivery time expired"), ("5.4.1", "550 5.4.1 Recipient address rejected: Access denied")])
            human = text_part("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
                              "be delivered to one or more recipients. It's attached below.\n\n<%s>: %s\n" % (mta, rcpt, status[1]), "us-ascii", "7bit")
            ds = Part("message/delivery-status", body_text=("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
                      "Action: %s\nStatus: %s\nDiagnostic-Code: smtp; %s\n") % (mta, self.date(), rcpt,
                      "delayed" if status[0].startswith("4") else "failed", status[0], status[1]))
            op = Part("message/rfc822", body_text=orig) if i % 2 == 0 else Part("text/rfc822-headers", orig.split("\r\n\r\n")[0] + "\r\n", charset="us-ascii", cte="7bit")
            root = multipart("report", r, [human, ds, op], {"report-type": "delivery-status"})
            self.emit(dict(service="none", disposition="bounce", lang="en", ack="no", family="arf",
                           note="delivery status notification (multipart/report) for desk ack %s, status %s" % (ticket, status[0])),
                      addr("Mail Delivery System", "MAILER-DAEMON@%s" % mta), r.choice(["Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)", "Returned mail: see transcript for details"]), root)
        # E: plain text bounces (5)
        texts = [
            "Delivery has failed to these recipients or groups:\n\n{rcpt}\nThe e-mail address you entered couldn't be found.\n\nDiagnostic information for administrators:\nGenerating server: {mta}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'\n\nOriginal message headers:\n\n{hdrs}\n",
            "Hi. This is the qmail-send program at {mta}.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<{rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n{full}\n",
            "The original message was received at {date}\nfrom office.test [192.0.2.15]\n\n   ----- The following addresses had permanent fatal errors -----\n<{rcpt}>\n    (reason: 550 Host unknown)\n\n   ----- Transcript of session follows -----\n550 5.1.2 <{rcpt}>... Host unknown (Name server: {dom}: host not found)\n",
            "Your message to {rcpt} could not be delivered because the mailbox is over quota.\nআপনার বার্তাটি প্রাপকের কাছে পৌঁছানো যায়নি, কারণ প্রাপকের মেইলবক্স পূর্ণ।\n\n{hdrs}\n",
            "Message not delivered. Retry timeout exceeded for {rcpt} after 5 days.\n\nThe message was:\n\n{full}\n",
        ]
        for i, t in enumerate(texts):
            dom = r.choice(["school.test", "up.test", "madrasa.test", "example.org"])
            rcpt = "%s@%s" % (r.choice(["oldmail", "sumon.k", "labteacher", "ictclub", "babul"]), dom)
            ticket, mid, orig = self.orig_ack_msg(rcpt)
            mta = "mail.%s" % dom if dom.endswith(".test") else "mx.relay.test"
            txt = t.format(rcpt=rcpt, mta=mta, hdrs=orig.split("\r\n\r\n")[0].replace("\r\n", "\n"),
                           full=orig.replace("\r\n", "\n"), date=self.date(), dom=dom)
            charset = "utf-8"
            bp = text_part(txt, charset, r.choice(["8bit", "quoted-printable", "base64"]))
            frm = [addr("Mail Delivery Subsystem", "MAILER-DAEMON@%s" % mta), addr("", "postmaster@%s" % mta),
                   addr("Microsoft Outlook", "postmaster@%s" % mta), addr("MAILER-DAEMON", "MAILER-DAEMON@%s" % mta),
                   addr("Mail System", "postmaster@%s" % mta)][i]
            subj = ["Undeliverable: [%s] Your request has been received" % ticket, "failure notice", "Returned mail: Host unknown",
                    None, "Delivery Failure"][i]
            self.emit(dict(service="none", disposition="bounce", lang="mixed" if i == 3 else "en", ack="no", family="arf",
                           note="plain-text delivery failure bounce, no multipart/report (ack %s)" % ticket),
                      frm, self.subject_header(subj), bp)

    # ---------- output
    def run(self):
        self.plain()
        self.scam()
        self.followups()
        self.misleading()
        self.badbangla()
        self.bijoy()
        self.autoreply()
        self.arf()
        order = list(range(len(self.mails)))
        random.Random(4242).shuffle(order)
        for f in os.listdir(OUT):
            if f.endswith(".eml") or f.endswith(".unicode.txt"):
                os.remove(os.path.join(OUT, f))
        rows = ["file\tservice\tdisposition\tlang\tack\tfamily\tnote"]
        for n, idx in enumerate(order, 1):
            m = self.mails[idx]
            fn = "%03d.eml" % n
            with open(os.path.join(OUT, fn), "wb") as fh:
                fh.write(m["raw"])
            if "unicode" in m["extra"]:
                with open(os.path.join(OUT, "%03d.unicode.txt" % n), "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(m["extra"]["unicode"])
            L = m["labels"]
            rows.append("\t".join([fn, L["service"], L["disposition"], L["lang"], L["ack"], L["family"],
                                   L["note"].replace("\t", " ").replace("\n", " ")]))
        with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(rows) + "\n")
        print("wrote %d mails" % len(order))


if __name__ == "__main__":
    Gen().run()
