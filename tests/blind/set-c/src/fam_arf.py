"""arf family: abuse/feedback reports NOT wrapped in multipart/report
(multipart/mixed, or inline text from a provider's abuse desk), plus ordinary
delivery-failure bounces (DSNs) from MAILER-DAEMON."""
import mailkit as mk
from spec import M


def orig_ack(ticket, rcpt, day, subject_bn=True, extra=""):
    """The office's own message that got reported / bounced."""
    subj = ("আপনার অনুরোধ গ্রহণ করা হয়েছে [%s]" % ticket) if subject_bn else ("Your request has been received [%s]" % ticket)
    return (
        "Return-Path: <ict.melandaha@office.test>\n"
        "From: Upazila ICT Office Melandaha <ict.melandaha@office.test>\n"
        "To: %s\n"
        "Subject: %s\n"
        "Date: %s\n"
        "Message-ID: %s\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n"
        "\n"
        "%s\n" % (rcpt, mk.ew_b(subj).replace("\r\n", "\n"), mk.mail_date(day, 10, 5),
                  mk.ack_msgid(ticket, rcpt),
                  mk.b64_lines(("আপনার অনুরোধের নম্বর %s\nYour request number: %s\n" % (ticket, ticket)).encode()).replace("\r\n", "\n"))
    ) + extra


def fbr(ftype, ua, mfrom, rcpt, ip, day, extra=""):
    return ("Feedback-Type: %s\n"
            "User-Agent: %s\n"
            "Version: 1\n"
            "Original-Mail-From: <%s>\n"
            "Original-Rcpt-To: <%s>\n"
            "Arrival-Date: %s\n"
            "Source-IP: %s\n"
            "Reported-Domain: office.test\n%s") % (ftype, ua, mfrom, rcpt, mk.mail_date(day, 10, 6), ip, extra)


def ARF(lang, note, frm, subject, human, ftype, ua, rcpt, ip, ticket, day,
        orig_kind="message/rfc822", ctype_fbr="message/feedback-report", to=None, extra_fbr="",
        orig_body=None, human_cte=None, orig_cte="7bit"):
    orig = orig_body if orig_body is not None else orig_ack(ticket, rcpt, day - 1 if day > 1 else day, subject_bn=(ticket[-1] in "02468"))
    if orig_kind == "text/rfc822-headers":
        orig = orig.split("\n\n", 1)[0] + "\n"
    parts = [mk.Leaf("text/plain", human, "utf-8", human_cte or ("8bit" if any(ord(c) > 127 for c in human) else "7bit")),
             mk.Embedded(ctype_fbr, fbr(ftype, ua, "ict.melandaha@office.test", rcpt, ip, day, extra_fbr))]
    if orig_kind:
        parts.append(mk.Embedded(orig_kind, orig, cte=orig_cte))
    part = mk.Multi("mixed", parts, "arf-" + ticket.replace("-", "") + "-%02d" % day)
    kw = dict(frm=frm, subject=subject, part=part, day=day)
    if to:
        kw["to"] = to
    return M("arf", "none", "bounce", lang, note, **kw)


def ARF_INLINE(lang, note, frm, subject, text, day, **kw):
    """Inline text report from an abuse desk (no MIME structure at all)."""
    t = text or kw.get("html") or ""
    kw.setdefault("fmt", "plain")
    kw.setdefault("cte", "8bit" if any(ord(c) > 127 for c in t) else "7bit")
    return M("arf", "none", "bounce", lang, note, frm=frm, subject=subject, body=text, day=day, **kw)


def DSN(note, frm, subject, human, status, rcpt, ticket, day, diag, mta="mx1.mailhost.test", style="report",
        auto_sub=False):
    orig = orig_ack(ticket, rcpt, day)
    hdrs = [("Auto-Submitted", "auto-replied")] if auto_sub else []
    if style == "report":
        ds = ("Reporting-MTA: dns; %s\n"
              "Arrival-Date: %s\n"
              "\n"
              "Final-Recipient: rfc822; %s\n"
              "Original-Recipient: rfc822;%s\n"
              "Action: failed\n"
              "Status: %s\n"
              "Remote-MTA: dns; %s\n"
              "Diagnostic-Code: smtp; %s\n") % (mta, mk.mail_date(day, 10, 7), rcpt, rcpt, status,
                                                rcpt.split("@")[1], diag)
        part = mk.Multi("report", [
            mk.Leaf("text/plain", human, "us-ascii", "7bit"),
            mk.Embedded("message/delivery-status", ds),
            mk.Embedded("text/rfc822-headers", orig.split("\n\n", 1)[0] + "\n")],
            "dsn-" + ticket.replace("-", ""), extra_ct="; report-type=delivery-status")
        return M("arf", "none", "bounce", "en", note, frm=frm, subject=subject, part=part, day=day,
                 headers=hdrs, name_mode="plain")
    # plain-text (Exim/qmail style) bounce with the original quoted inline
    text = human + "\n------ This is a copy of the message, including all the headers. ------\n\n" + orig
    return M("arf", "none", "bounce", "en", note, frm=frm, subject=subject, body=text, fmt="plain",
             cte="8bit", day=day, headers=hdrs)


MAILS = [
# ------------------------------------------------------------- ARF, multipart/mixed
ARF("en", "ARF in multipart/mixed from a big provider's feedback loop (abuse)",
    "Inbox Example Feedback Loop|fbl@feedback.inbox.example", "Complaint about message from 203.0.113.25",
    "This is an email abuse report for an email message received from IP 203.0.113.25.\nA user of inbox.example marked this message as spam.\nFor more information about this format please see RFC 5965.\n",
    "abuse", "InboxFBL/2.1", "sumaiya.akter@inbox.example", "203.0.113.25", "MEL-2026-000467", 6),
ARF("en", "ARF multipart/mixed with text/rfc822-headers only",
    "Mail Test Abuse Desk|abuse@mail.test", "Abuse report [FBL] office.test",
    "Dear sender,\n\nOne of our users reported the message below as unsolicited. Only the headers are included.\n\nMail Test Abuse Desk\n",
    "abuse", "MailTest-ARF/1.0", "helal.u@mail.test", "203.0.113.25", "MEL-2026-000481", 7,
    orig_kind="text/rfc822-headers"),
ARF("bn", "ARF with Bangla human-readable part (local ISP abuse desk), multipart/mixed",
    "ডাকঘর মেইল অ্যাবিউজ ডেস্ক|abuse@dakghor.test", "অভিযোগ: আপনার সার্ভার থেকে আসা বার্তা",
    "প্রিয় প্রেরক,\nআমাদের একজন গ্রাহক নিচের বার্তাটিকে অনাকাঙ্ক্ষিত (স্প্যাম) হিসেবে চিহ্নিত করেছেন। বিস্তারিত সংযুক্ত প্রতিবেদনে।\nডাকঘর মেইল, অ্যাবিউজ ডেস্ক\n",
    "abuse", "Dakghor-FBL/0.9", "razzak.a@dakghor.test", "198.51.100.14", "MEL-2026-000392", 3),
ARF("en", "ARF fraud type, multipart/mixed, To postmaster with desk in Cc",
    "Freemail Postmaster|postmaster@freemail.test", "Fraud report for message from office.test",
    "A recipient reported the attached message as fraud/phishing.\nPlease investigate whether your system is compromised.\n",
    "fraud", "FreemailReports/3.4", "masum.b@freemail.test", "203.0.113.25", "MEL-2026-000401", 4,
    to="postmaster@office.test, ict.melandaha@office.test"),
ARF("en", "ARF where feedback-report part is labelled text/plain (broken generator)",
    "BD Mail Abuse|abuse-reports@bdmail.example", "Spam complaint",
    "Spam complaint received. Machine readable report follows as the second part.\n",
    "abuse", "BDMail-Complaints/1.2", "rashed.karim@bdmail.example", "198.51.100.77", "MEL-2026-000405", 5,
    ctype_fbr="text/plain"),
ARF("en", "ARF virus type with original message, multipart/mixed",
    "Inbox Example Security|security@inbox.example", "Virus report: message from ict.melandaha@office.test",
    "Our scanner flagged the following message as carrying malware after a user report.\nSee the machine-readable report.\n",
    "virus", "InboxSec/5.0", "rubina.y@inbox.example", "203.0.113.25", "MEL-2026-000411", 8),
ARF("en", "ARF with multiple reports counted (Incidents field)",
    "Mail Test Abuse Desk|abuse@mail.test", "FBL report - 3 incidents",
    "Three users reported messages from your domain during the last 24 hours. A sample is attached.\n",
    "abuse", "MailTest-ARF/1.0", "parvez.m@mail.test", "203.0.113.25", "MEL-2026-000414", 9,
    extra_fbr="Incidents: 3\n"),
ARF("en", "ARF auth-failure report (dkim) in multipart/mixed",
    "Auth Reports|auth-reports@bdmail.example", "Authentication failure report for office.test",
    "This is an authentication failure report for a message claiming to be from office.test.\n",
    "auth-failure", "BDMail-AFRF/1.0", "mitu.roy@inbox.example", "192.0.2.45", "MEL-2026-000417", 10,
    extra_fbr="Auth-Failure: dkim\nDKIM-Domain: office.test\nDKIM-Selector: s2026\n"),
ARF("en", "ARF from university mail system, multipart/mixed, short",
    "Univ Mail Abuse|abuse@univ-mail.test", "Report",
    "User complaint. Details attached.\n",
    "abuse", "UnivMail/1", "sakib.cse@univ-mail.test", "203.0.113.25", "MEL-2026-000420", 11),
ARF("mixed", "ARF with mixed Bangla/English intro",
    "Inbox Example Feedback Loop|fbl@feedback.inbox.example", "Spam complaint / স্প্যাম অভিযোগ",
    "A user has reported your message as spam. একজন ব্যবহারকারী আপনার বার্তাকে স্প্যাম হিসেবে চিহ্নিত করেছেন।\nFeedback report attached.\n",
    "abuse", "InboxFBL/2.1", "tanjila.r@inbox.example", "203.0.113.25", "MEL-2026-000423", 11),
ARF("en", "ARF where original message part is missing (report only)",
    "Freemail Postmaster|postmaster@freemail.test", "Abuse report (no sample)",
    "We received a complaint about mail from your server. The original is not attached for privacy reasons.\n",
    "abuse", "FreemailReports/3.4", "tamanna.k@mail.test", "203.0.113.25", "MEL-2026-000426", 12,
    orig_kind=None),
ARF("en", "ARF to desk about a notice the office sent (not an ack)",
    "Mail Test Abuse Desk|abuse@mail.test", "Abuse report: bulk notice",
    "Several recipients marked your bulk notice as spam.\n",
    "abuse", "MailTest-ARF/1.0", "rafiq.mia@mail.test", "203.0.113.25", "MEL-2026-000429", 13,
    orig_body="From: Upazila ICT Office Melandaha <ict.melandaha@office.test>\nTo: undisclosed-recipients:;\nSubject: Digital lab training schedule December 2026\nDate: Fri, 11 Dec 2026 09:00:00 +0600\nMessage-ID: <notice.lab-training.202612@office.test>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\nTraining for digital lab teachers will be held on 20-22 December 2026.\n"),
ARF("en", "ARF opt-out type in multipart/mixed",
    "BD Mail Abuse|abuse-reports@bdmail.example", "Unsubscribe request via FBL",
    "The recipient asked to be removed from your mailing.\n",
    "opt-out", "BDMail-Complaints/1.2", "nasrin.s@bdmail.example", "198.51.100.77", "MEL-2026-000434", 14),
ARF("en", "ARF with quoted-printable human part and raw UTF-8 original",
    "Inbox Example Feedback Loop|fbl@feedback.inbox.example", "Complaint about message from 203.0.113.25",
    "This is an email abuse report for an email message received from IP 203.0.113.25 on 15 Dec 2026.\nThe recipient clicked the \"report spam\" button.\n",
    "abuse", "InboxFBL/2.1", "shirin.akter@inbox.example", "203.0.113.25", "MEL-2026-000437", 15,
    human_cte="quoted-printable", orig_cte="8bit",
    orig_body="From: Upazila ICT Office Melandaha <ict.melandaha@office.test>\nTo: shirin.akter@inbox.example\nSubject: আপনার অনুরোধ গ্রহণ করা হয়েছে [MEL-2026-000437]\nDate: Mon, 14 Dec 2026 10:05:00 +0600\nMessage-ID: <sebadesk.MEL-2026-000437.ack.f4c98e48a6a538c4@office.test>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nআপনার অনুরোধের নম্বর MEL-2026-000437\nYour request number: MEL-2026-000437\n"),
ARF("en", "ARF from a hosting company's abuse desk with case id",
    "Portal Host Abuse Team|abuse@portal-hosting.example", "[Case 55120] Spam complaint regarding office.test",
    "Hello,\n\nWe have received a spam complaint (case 55120) concerning mail sent from your network. Please review the machine-readable report and the sample. No reply is needed unless you dispute it.\n\nAbuse Team\n",
    "abuse", "PortalHost-Abuse/2.0", "karim.traders@shopmail.test", "203.0.113.25", "MEL-2026-000442", 16),
ARF("en", "ARF with Source-IP of office and report of a forged ack (fraud)",
    "Freemail Postmaster|postmaster@freemail.test", "Possible forgery of office.test",
    "A user reported this message as a phishing attempt using your domain.\n",
    "fraud", "FreemailReports/3.4", "mehedi.h@freemail.test", "192.0.2.200", "MEL-2026-000448", 17),
# ------------------------------------------------------------- ARF-like inline text reports
ARF_INLINE("en", "inline plain-text abuse report with ARF fields in body",
    "Mail Test Abuse Desk|abuse@mail.test", "Abuse complaint regarding 203.0.113.25",
    """\
Hello,

This is an automated abuse complaint. A customer of mail.test reported a message from your network as spam.

Feedback-Type: abuse
User-Agent: MailTest-ARF/1.0
Version: 1
Original-Mail-From: <ict.melandaha@office.test>
Original-Rcpt-To: <jobbar.mia@mail.test>
Arrival-Date: Sat, 05 Dec 2026 10:06:00 +0600
Source-IP: 203.0.113.25
Reported-Domain: office.test

--- original message headers ---
From: Upazila ICT Office Melandaha <ict.melandaha@office.test>
To: jobbar.mia@mail.test
Subject: Your request has been received [MEL-2026-000395]
Message-ID: <sebadesk.MEL-2026-000395.ack.e28c89f04aa750ce@office.test>

Mail Test Abuse Desk
""", 5),
ARF_INLINE("bn", "inline Bangla abuse desk letter (no MIME parts), base64",
    "ডাকঘর মেইল অ্যাবিউজ ডেস্ক|abuse@dakghor.test", "আপনার ডোমেইন থেকে স্প্যাম অভিযোগ",
    """\
প্রিয় সিস্টেম প্রশাসক,
office.test ডোমেইন থেকে পাঠানো একটি বার্তা আমাদের গ্রাহক স্প্যাম হিসেবে রিপোর্ট করেছেন।

অভিযোগের ধরন: abuse
মূল প্রেরক: ict.melandaha@office.test
প্রাপক: rahima.b@dakghor.test
উৎস আইপি: 203.0.113.25
প্রাপ্তির সময়: ০৮ ডিসেম্বর ২০২৬, সকাল ১০:০৬

মূল বার্তার শিরোনাম: আপনার অনুরোধ গ্রহণ করা হয়েছে [MEL-2026-000409]

ধন্যবাদ
ডাকঘর মেইল অ্যাবিউজ ডেস্ক
""", 8, cte="base64"),
ARF_INLINE("en", "inline report, HTML-only table from provider abuse portal",
    "Inbox Example Abuse|abuse@inbox.example", "Spam report summary for office.test",
    None, 18, html="""\
<html><body>
<p>Spam report for sender domain <b>office.test</b></p>
<table border="1">
<tr><td>Feedback-Type</td><td>abuse</td></tr>
<tr><td>Original-Mail-From</td><td>ict.melandaha@office.test</td></tr>
<tr><td>Original-Rcpt-To</td><td>rubina.y@inbox.example</td></tr>
<tr><td>Source-IP</td><td>203.0.113.25</td></tr>
<tr><td>Subject</td><td>Your request has been received [MEL-2026-000452]</td></tr>
</table>
<p>This report was generated automatically.</p>
</body></html>
""", fmt="html"),
ARF_INLINE("en", "inline report forwarded by a provider's human abuse agent",
    "Karim, Abuse Desk|karim.abuse@mailhost.test", "FW: user complaint - office.test",
    """\
Hi,

Forwarding a complaint from one of our users below. Our automated system classed it as "abuse". Please make sure the recipient actually asked for these messages.

Regards,
Karim (abuse desk, mailhost.test)

---------- report ----------
Feedback-Type: abuse
User-Agent: MailhostFBL/1.1
Version: 1
Original-Mail-From: <ict.melandaha@office.test>
Original-Rcpt-To: <anik.d@mail.test>
Arrival-Date: Sat, 19 Dec 2026 11:40:12 +0600
Source-IP: 203.0.113.25
""", 19),
ARF_INLINE("en", "inline feedback loop digest, quoted-printable",
    "Freemail Postmaster|postmaster@freemail.test", "Daily FBL digest for office.test (2 complaints)",
    """\
Daily feedback loop digest for office.test
==========================================

1) Feedback-Type: abuse; Original-Rcpt-To: rumi.a@freemail.test; Source-IP: 203.0.113.25;
   Subject: Your request has been received [MEL-2026-000458]
2) Feedback-Type: abuse; Original-Rcpt-To: jony.k@freemail.test; Source-IP: 203.0.113.25;
   Subject: আপনার অনুরোধ গ্রহণ করা হয়েছে [MEL-2026-000461]

You are receiving this digest because office.test is enrolled in the Freemail feedback loop.
""", 20, cte="quoted-printable"),
ARF_INLINE("en", "bare ARF fields as the whole text/plain body, no intro",
    "BD Mail Abuse|abuse-reports@bdmail.example", "Complaint",
    """\
Feedback-Type: abuse
User-Agent: BDMail-Complaints/1.2
Version: 1
Original-Mail-From: <ict.melandaha@office.test>
Original-Rcpt-To: <mithila.r@bdmail.example>
Arrival-Date: Mon, 21 Dec 2026 09:15:00 +0600
Source-IP: 198.51.100.77
Reported-Domain: office.test
""", 21),
# ------------------------------------------------------------- ordinary DSNs
DSN("DSN multipart/report: user unknown (550 5.1.1)",
    "Mail Delivery System|MAILER-DAEMON@mx1.mailhost.test", "Undelivered Mail Returned to Sender",
    "This is the mail system at host mx1.mailhost.test.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<kamal.hossain@mail.test>: host mx.mail.test said: 550 5.1.1 user unknown\n",
    "5.1.1", "kamal.hossain@mail.test", "MEL-2026-000385", 2, "550 5.1.1 <kamal.hossain@mail.test>: Recipient address rejected: User unknown"),
DSN("DSN multipart/report: mailbox full (4.2.2 then failed)",
    "Mail Delivery Subsystem|MAILER-DAEMON@mx2.mailhost.test", "Delivery Status Notification (Failure)",
    "Delivery to the following recipient failed permanently:\n\n     tuli.a@bdmail.example\n\nThe recipient's mailbox is full and can't accept messages now.\n",
    "5.2.2", "tuli.a@bdmail.example", "MEL-2026-000470", 6, "552 5.2.2 Mailbox full", mta="mx2.mailhost.test"),
DSN("DSN multipart/report with Auto-Submitted header: domain not found",
    "MAILER-DAEMON|MAILER-DAEMON@mx1.mailhost.test", "Undeliverable: আপনার অনুরোধ গ্রহণ করা হয়েছে",
    "Delivery has failed to these recipients or groups:\n\nlipi.udc@ghoshpara-udc.test\nThe domain name could not be found.\n",
    "5.4.4", "lipi.udc@ghoshpara-udc.test", "MEL-2026-000476", 7, "550 5.4.4 Host not found", auto_sub=True),
DSN("plain-text Exim-style bounce with original inline",
    "Mail Delivery System|Mailer-Daemon@relay.office.test", "Mail delivery failed: returning message to sender",
    "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  shuvo.udc@nayanagar-udc.test\n    SMTP error from remote mail server after RCPT TO:<shuvo.udc@nayanagar-udc.test>:\n    550 No such user here\n",
    "5.1.1", "shuvo.udc@nayanagar-udc.test", "MEL-2026-000488", 9, "550 No such user here", style="plain"),
DSN("DSN multipart/report: relay denied / spam rejected",
    "Mail Delivery System|MAILER-DAEMON@mx1.mailhost.test", "Undelivered Mail Returned to Sender",
    "This is the mail system at host mx1.mailhost.test.\n\nYour message was rejected by the recipient's server as possible spam.\n",
    "5.7.1", "mehedi.h@freemail.test", "MEL-2026-000492", 10, "554 5.7.1 Message rejected as spam by content filter"),
DSN("plain-text qmail-style bounce",
    "MAILER-DAEMON|MAILER-DAEMON@mail.uplocal.test", "failure notice",
    "Hi. This is the qmail-send program at mail.uplocal.test.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<adra.up.old@uplocal.test>:\nSorry, no mailbox here by that name. (#5.1.1)\n",
    "5.1.1", "adra.up.old@uplocal.test", "MEL-2026-000497", 12, "no mailbox here by that name", style="plain", auto_sub=True),
DSN("DSN multipart/report: delayed then failed after 5 days (timeout)",
    "Mail Delivery System|MAILER-DAEMON@mx2.mailhost.test", "Undelivered Mail Returned to Sender",
    "This is the mail system at host mx2.mailhost.test.\n\nYour message could not be delivered for 5 days. It will be returned to the sender.\n",
    "4.4.1", "kawsar.udc@charbani-udc.test", "MEL-2026-000503", 14, "connection timed out", mta="mx2.mailhost.test"),
DSN("DSN multipart/report: message too large",
    "Mail Delivery Subsystem|MAILER-DAEMON@mx1.mailhost.test", "Returned mail: message size exceeds limit",
    "The original message was received from ict.melandaha@office.test\n\n   ----- The following addresses had permanent fatal errors -----\n<principal@hajipur-college.edu.test>\n    (reason: 552 5.3.4 Message size exceeds fixed maximum message size)\n",
    "5.3.4", "principal@hajipur-college.edu.test", "MEL-2026-000509", 16, "552 5.3.4 Message size exceeds fixed maximum message size"),
]
