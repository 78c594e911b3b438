"""Family 5: abuse/feedback reports and bounces. Label none / bounce / ack no.

These are assembled as raw MIME text (multipart/report etc.) so the structures are exact.
"""
import base64
from email.header import Header

from common import ack_msgid, ack_subject, ack_body, h16

T = "MEL-2026-%06d"


def hdr(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def ack_headers(ticket, subj, rcpt, date):
    return "\n".join([
        "From: %s <desk@office.test>" % hdr("উপজেলা আইসিটি অফিস, মেলান্দহ"),
        "To: " + rcpt,
        "Subject: " + hdr(ack_subject(ticket, subj)),
        "Date: " + date,
        "Message-ID: " + ack_msgid(ticket),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64",
    ])


def ack_full(ticket, svc, subj, rcpt, date):
    b = base64.encodebytes(ack_body(ticket, svc).encode("utf-8")).decode("ascii").strip()
    return ack_headers(ticket, subj, rcpt, date) + "\n\n" + b


def R(lang, frm, subj, ct, body, note, **kw):
    d = dict(family="arf", svc="none", disp="bounce", ack="no", lang=lang, shape="raw",
             frm=frm, subj=subj, raw_ct=ct, raw_body=body, body=body, note=note)
    d.update(kw)
    return d


def dsn(boundary, human, status_fields, original, orig_ct="message/rfc822", human_ct="text/plain; charset=us-ascii"):
    parts = ["This is a MIME-encapsulated message.", "",
             "--" + boundary, "Content-Type: " + human_ct, "Content-Description: Notification", "",
             human, "",
             "--" + boundary, "Content-Type: message/delivery-status",
             "Content-Description: Delivery report", "", status_fields, "",
             "--" + boundary, "Content-Type: " + orig_ct,
             "Content-Description: Undelivered Message", "", original, "",
             "--" + boundary + "--"]
    return "\n".join(parts)


def arf(boundary, human, fields, original, orig_ct="message/rfc822"):
    parts = ["This is a multi-part message in MIME format.", "",
             "--" + boundary, 'Content-Type: text/plain; charset="US-ASCII"',
             "Content-Transfer-Encoding: 7bit", "", human, "",
             "--" + boundary, "Content-Type: message/feedback-report", "", fields, "",
             "--" + boundary, "Content-Type: " + orig_ct, "", original, "",
             "--" + boundary + "--"]
    return "\n".join(parts)


def B(tag):
    return "----=_Part_%s" % h16("arf", str(tag))


D1 = "Tue, 01 Dec 2026 10:14:22 +0600"
D2 = "Thu, 03 Dec 2026 16:40:05 +0600"
D3 = "Mon, 07 Dec 2026 09:02:51 +0600"
D4 = "Wed, 25 Nov 2026 12:31:10 +0600"

L = []

# ---- DSNs of several MTAs ----
b = B(1)
L.append(R("en", "Mail Delivery System <MAILER-DAEMON@mx1.example.net>",
           "Undelivered Mail Returned to Sender",
           'multipart/report; report-type=delivery-status; boundary="%s"' % b,
           dsn(b, """This is the mail system at host mx1.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<harun.rashid@example.net>: host mail.example.net[192.0.2.10] said: 550 5.1.1
    <harun.rashid@example.net>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)""",
               """Reporting-MTA: dns; mx1.example.net
X-Postfix-Queue-ID: 4F2A11C0D3
X-Postfix-Sender: rfc822; desk@office.test
Arrival-Date: Tue,  1 Dec 2026 10:14:20 +0600 (+06)

Final-Recipient: rfc822; harun.rashid@example.net
Original-Recipient: rfc822;harun.rashid@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.example.net
Diagnostic-Code: smtp; 550 5.1.1 <harun.rashid@example.net>: Recipient address
    rejected: User unknown in virtual mailbox table""",
               ack_full(T % 1009, "web-portal", "Outdated information about Kulia union",
                        "harun.rashid@example.net", D1)),
           "Postfix DSN, user unknown, returns the desk ack"))

b = B(2)
L.append(R("en", "Mail Delivery Subsystem <mailer-daemon@googlemail.test>",
           "Delivery Status Notification (Failure)",
           'multipart/report; report-type=delivery-status; boundary="%s"' % b,
           dsn(b, """** Address not found **

Your message wasn't delivered to nargis.akter90@mail.test because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
               """Reporting-MTA: dns; googlemail.test
Received-From-MTA: dns; mail-out.office.test
Arrival-Date: Thu, 03 Dec 2026 02:40:03 -0800 (PST)

Final-Recipient: rfc822; nargis.akter90@mail.test
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mail.test. (198.51.100.7, the server for the domain mail.test.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Thu, 03 Dec 2026 02:40:05 -0800 (PST)""",
               ack_headers(T % 1140, "", "nargis.akter90@mail.test", D2),
               orig_ct="text/rfc822-headers"),
           "Gmail-style DSN with text/rfc822-headers of the ack"))

b = B(3)
L.append(R("en", "Mail Delivery System <Mailer-Daemon@smtp.example.org>",
           "Mail delivery failed: returning message to sender",
           'multipart/report; report-type=delivery-status; boundary="%s"' % b,
           dsn(b, """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  mostak.hm@school.example.org
    host mx.school.example.org [203.0.113.45]
    SMTP error from remote mail server after RCPT TO:<mostak.hm@school.example.org>:
    552 5.2.2 Mailbox full""",
               """Reporting-MTA: dns; smtp.example.org

Action: failed
Final-Recipient: rfc822;mostak.hm@school.example.org
Status: 5.2.2
Remote-MTA: dns; mx.school.example.org
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
               ack_full(T % 1175, "digital-lab", "laptop charger", "mostak.hm@school.example.org", D3)),
           "Exim DSN, mailbox full"))

b = B(4)
L.append(R("en", "Microsoft Outlook <postmaster@outlook.example.com>",
           "Undeliverable: " + ack_subject(T % 1188, "Lab maintenance fund"),
           'multipart/report; report-type=delivery-status; boundary="%s"' % b,
           dsn(b, """Delivery has failed to these recipients or groups:

biswajit.roy@school.example.org
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: AM0PR01MB1234.eurprd01.prod.outlook.example.com

biswajit.roy@school.example.org
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'""",
               """Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.outlook.example.com
Received-From-MTA: dns;mail-out.office.test
Arrival-Date: Mon, 7 Dec 2026 03:02:51 +0000

Final-Recipient: rfc822;biswajit.roy@school.example.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException""",
               ack_full(T % 1188, "digital-lab", "Lab maintenance fund", "biswajit.roy@school.example.org", D3)),
           "Exchange/Outlook 'Undeliverable:' DSN naming the ticket"))

b = B(5)
L.append(R("en", "Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>",
           "Returned mail: see transcript for details",
           'multipart/report; report-type=delivery-status; boundary="%s"' % b,
           dsn(b, """The original message was received at Wed, 25 Nov 2026 12:31:12 +0600
from mail-out.office.test [198.51.100.20]

   ----- The following addresses had permanent fatal errors -----
<alamgir.h@example.com>
    (reason: 553 5.3.0 <alamgir.h@example.com>... Addressee unknown, relay=[203.0.113.9])

   ----- Transcript of session follows -----
... while talking to mx.example.com.:
>>> RCPT To:<alamgir.h@example.com>
<<< 553 5.3.0 <alamgir.h@example.com>... Addressee unknown
550 5.1.1 <alamgir.h@example.com>... User unknown""",
               """Reporting-MTA: dns; relay.example.com
Received-From-MTA: DNS; mail-out.office.test
Arrival-Date: Wed, 25 Nov 2026 12:31:12 +0600

Final-Recipient: RFC822; alamgir.h@example.com
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mx.inbox.test
Diagnostic-Code: SMTP; 553 5.3.0 <alamgir.h@example.com>... Addressee unknown
Last-Attempt-Date: Wed, 25 Nov 2026 12:31:14 +0600""",
               ack_full(T % 1017, "ict-advice", "ই-মেইল আসছে না", "alamgir.h@example.com", D4)),
           "Sendmail DSN, addressee unknown"))

b = B(6)
L.append(R("en", "Mail Delivery System <MAILER-DAEMON@mx2.example.net>",
           "Delayed Mail (still being retried)",
           'multipart/report; report-type=delivery-status; boundary="%s"' % b,
           dsn(b, """This is the mail system at host mx2.example.net.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<abul.bashar@mail.test>: connect to mx.mail.test[198.51.100.7]:25: Connection timed out""",
               """Reporting-MTA: dns; mx2.example.net
X-Postfix-Queue-ID: 9C1D2200A1
X-Postfix-Sender: rfc822; desk@office.test
Arrival-Date: Thu,  3 Dec 2026 12:40:05 +0600 (+06)

Final-Recipient: rfc822; abul.bashar@mail.test
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.mail.test[198.51.100.7]:25: Connection timed out
Will-Retry-Until: Tue,  8 Dec 2026 12:40:05 +0600 (+06)""",
               ack_headers(T % 1152, "", "abul.bashar@mail.test", D2), orig_ct="text/rfc822-headers"),
           "Postfix delay warning DSN (delayed, still a bounce-class notice)"))

b = B(7)
L.append(R("en", "postmaster@mailhost.example.com", "Delivery Notification: Delivery has failed",
           'multipart/report; report-type=delivery-status; boundary="%s"' % b,
           dsn(b, """This report relates to a message you sent with the following header fields:

  Message-id: %s
  Date: %s
  From: desk@office.test
  To: polash.p@example.net
  Subject: [%s] online e sarkari form

Your message cannot be delivered to the following recipients:

  Recipient address: polash.p@example.net
  Reason: Remote SMTP server has rejected address
  Diagnostic code: smtp;550 No such user (polash.p@example.net)
  Remote system: dns;mx.example.net (TCP|198.51.100.30|2525|203.0.113.88|25)""" % (
               ack_msgid(T % 1196), D2, T % 1196),
               """Reporting-MTA: dns;mailhost.example.com (tcp_intranet-daemon)

Original-recipient: rfc822;polash.p@example.net
Final-recipient: rfc822;polash.p@example.net
Action: failed
Status: 5.0.0 (Remote SMTP server has rejected address)
Remote-MTA: dns;mx.example.net (TCP|198.51.100.30|2525|203.0.113.88|25)
Diagnostic-code: smtp;550 No such user (polash.p@example.net)""",
               ack_headers(T % 1196, "online e sarkari form", "polash.p@example.net", D2),
               orig_ct="text/rfc822-headers"),
           "Messaging-server style DSN listing ticket in human part"))

b = B(8)
L.append(R("bn", "মেইল ডেলিভারি সিস্টেম <MAILER-DAEMON@mail.isp-bd.test>",
           "মেইল পৌঁছানো যায়নি: " + ack_subject(T % 1061, "ফোন নম্বর ভুল"),
           'multipart/report; report-type=delivery-status; boundary="%s"' % b,
           dsn(b, """দুঃখিত, আপনার পাঠানো বার্তাটি নিচের প্রাপকের কাছে পৌঁছানো সম্ভব হয়নি।

প্রাপক: shamim.a@inbox.test
কারণ: প্রাপকের মেইলবক্স নিষ্ক্রিয় করা হয়েছে (550 5.2.1 Mailbox disabled)

এটি একটি স্বয়ংক্রিয় বার্তা, অনুগ্রহ করে উত্তর দেবেন না।""",
               """Reporting-MTA: dns; mail.isp-bd.test

Final-Recipient: rfc822; shamim.a@inbox.test
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled""",
               ack_full(T % 1061, "web-portal", "ফোন নম্বর ভুল", "shamim.a@inbox.test", D4),
               human_ct="text/plain; charset=utf-8"),
           "Bangla-localised DSN, mailbox disabled"))

b = B(9)
L.append(R("en", "Mail Delivery System <MAILER-DAEMON@smtp.example.org>",
           "Mail delivery failed: returning message to sender",
           'multipart/report; report-type=delivery-status; boundary="%s"' % b,
           dsn(b, """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  rony.rx@mail.test
    host mx.mail.test [198.51.100.7]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Message rejected as spam by Content Filtering.""",
               """Reporting-MTA: dns; smtp.example.org

Action: failed
Final-Recipient: rfc822;rony.rx@mail.test
Status: 5.7.1
Remote-MTA: dns; mx.mail.test
Diagnostic-Code: smtp; 550 5.7.1 Message rejected as spam by Content Filtering.""",
               ack_full(T % 1213, "ict-advice", "computer kinbo", "rony.rx@mail.test", D3)),
           "Exim DSN: ack rejected as spam"))

# ---- plain-text bounces ----
L.append(R("en", "MAILER-DAEMON@mx.inbox.test", "failure notice",
           "text/plain; charset=us-ascii", """Hi. This is the qmail-send program at mx.inbox.test.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<moyna.m@inbox.test>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <desk@office.test>
Received: (qmail 2911 invoked from network); 3 Dec 2026 10:40:06 -0000
Received: from mail-out.office.test (198.51.100.20)
From: desk@office.test
To: moyna.m@inbox.test
Subject: [%s] mobile e taka kete nicche
Message-ID: %s
Date: %s

Your request has been received and registered as %s. Service: ICT advice.""" % (
               T % 1144, ack_msgid(T % 1144), D2, T % 1144),
           "qmail plain-text failure notice with copy of ack"))

L.append(R("en", "Mail Administrator <postmaster@example.com>",
           "Undeliverable mail",
           "text/plain; charset=us-ascii", """Your message

  To:      hafiz.r@example.com
  Subject: [%s] (no subject)
  Sent:    Wed, 25 Nov 2026 12:31:10 +0600

did not reach the following recipient(s):

hafiz.r@example.com on Wed, 25 Nov 2026 12:31:40 +0600
    The e-mail account does not exist at the organization this message was sent to.
    <mail.example.com #5.1.1 SMTP; 550 5.1.1 User unknown>""" % (T % 1015),
           "Old Exchange-style plain-text NDR"))

L.append(R("en", "MAILER-DAEMON@relay2.example.net",
           "Warning: could not send message for past 4 hours",
           "text/plain; charset=us-ascii", """    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Mon, 7 Dec 2026 09:02:51 +0600
from mail-out.office.test [198.51.100.20]

   ----- Transcript of session follows -----
<jewel.r@mail.test>... Deferred: Connection refused by mx.mail.test.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old

Message-ID: %s""" % ack_msgid(T % 1226),
           "Sendmail-style plain-text delay warning"))

L.append(R("mixed", "Mail System <MAILER-DAEMON@up-mail.melandaha-up.test>",
           "Returned mail / মেইল ফেরত",
           "text/plain; charset=utf-8", """আপনার মেইলটি প্রাপকের কাছে পৌঁছায়নি।
Your message could not be delivered.

Recipient: old.secretary@melandaha-up.test
Reason: 550 account disabled - user left the organisation

Original message:
  From: desk@office.test
  Subject: [%s] notice dite hobe
  Message-ID: %s""" % (T % 1050, ack_msgid(T % 1050)),
           "Bilingual plain-text bounce from UP mail server", raw_cte="8bit"))

b = B(13)
L.append(R("en", "Mail Delivery Subsystem <mailer-daemon@googlemail.test>",
           "Delivery Status Notification (Delay)",
           'multipart/report; report-type=delivery-status; boundary="%s"' % b,
           dsn(b, """** Message not delivered yet **

There was a temporary problem delivering your message to jony.udc@udc-mail.test. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:
The recipient server did not accept our requests to connect.""",
               """Reporting-MTA: dns; googlemail.test
Arrival-Date: Mon, 07 Dec 2026 03:02:51 +0000

Final-Recipient: rfc822; jony.udc@udc-mail.test
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.
Last-Attempt-Date: Mon, 07 Dec 2026 07:05:10 +0000
Will-Retry-Until: Wed, 09 Dec 2026 03:02:51 +0000""",
               ack_headers(T % 1232, "mobile banking agent", "jony.udc@udc-mail.test", D3),
               orig_ct="text/rfc822-headers"),
           "Gmail-style delay DSN"))

# ---- feedback (ARF) reports ----
b = B(20)
L.append(R("en", "Feedback Loop <fbl@mailbox.example.org>", "FW: abuse report",
           'multipart/report; report-type=feedback-report; boundary="%s"' % b,
           arf(b, """This is an email abuse report for an email message received from IP 198.51.100.20 on Thu, 03 Dec 2026 10:40:07 +0000.
For more information about this format please see http://www.mipassoc.example.org/arf/.""",
               """Feedback-Type: abuse
User-Agent: MailboxFBL/2.3
Version: 1
Original-Mail-From: <desk@office.test>
Original-Rcpt-To: <shapla.akter@example.org>
Arrival-Date: Thu, 03 Dec 2026 10:40:07 +0000
Source-IP: 198.51.100.20
Reported-Domain: office.test""",
               ack_full(T % 1149, "ict-advice", "ইমেইলে spam বেশি আসছে", "shapla.akter@example.org", D2)),
           "ARF feedback report: recipient marked desk ack as spam"))

b = B(21)
L.append(R("en", "staff@hotmail.example.com", "complaint about message from 198.51.100.20",
           'multipart/report; report-type=feedback-report; boundary="%s"' % b,
           arf(b, """This is a Email Abuse Report for an email message received from IP 198.51.100.20 on Mon, 07 Dec 2026 03:02:51 -0800.
For more information about this format please see http://postmaster.example.com/arf.""",
               """Feedback-Type: abuse
User-Agent: Hotmail FBL
Version: 0.1
Received-Date: Mon, 07 Dec 2026 03:02:51 -0800
Source-IP: 198.51.100.20
Original-Rcpt-To: mitu.c@inbox.test""",
               ack_headers(T % 1112, "Can't log in to my email", "mitu.c@inbox.test", D3),
               orig_ct="text/rfc822-headers"),
           "Hotmail-style ARF with headers only"))

b = B(22)
L.append(R("en", "Abuse Desk <abuse@isp.example.net>", "Spam report",
           'multipart/report; report-type=feedback-report; boundary="%s"' % b,
           arf(b, """A message from your network was reported as spam by one of our users.
Please investigate and take appropriate action.""",
               """Feedback-Type: abuse
User-Agent: ISP-Feedback/1.0
Version: 1
Original-Mail-From: <desk@office.test>
Arrival-Date: Tue, 01 Dec 2026 04:14:22 +0000
Reported-Domain: office.test
Reported-Uri: http://office.test/
Authentication-Results: mx.isp.example.net; spf=pass smtp.mailfrom=office.test""",
               ack_full(T % 1009, "web-portal", "Outdated information about Kulia union",
                        "harun.rashid@example.net", D1)),
           "ISP ARF spam report containing full ack"))

b = B(23)
L.append(R("en", "Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.example.com>",
           "Email Feedback Report for IP 198.51.100.20",
           'multipart/report; report-type=feedback-report; boundary="%s"' % b,
           arf(b, """This is an email abuse report for an email message from mail-out.office.test received from IP 198.51.100.20 on Wed, 25 Nov 2026 06:31:12 +0000""",
               """Feedback-Type: abuse
User-Agent: Yahoo!-Mail-Feedback/1.0
Version: 1
Original-Mail-From: <desk@office.test>
Original-Rcpt-To: <sumon.mia.93@mail.test>
Received-Date: Wed, 25 Nov 2026 06:31:12 +0000
Reported-Domain: office.test
Authentication-Results: mta1.mail.example.com from=office.test; domainkeys=neutral; dkim=pass""",
               ack_full(T % 1019, "web-portal", "union er website", "sumon.mia.93@mail.test", D4)),
           "Yahoo-style ARF"))

b = B(24)
L.append(R("en", "Feedback Loop <fbl@mailbox.example.org>", "Fraud report",
           'multipart/report; report-type=feedback-report; boundary="%s"' % b,
           arf(b, """The attached message, which appears to come from your domain, was reported as fraud/phishing by a recipient.""",
               """Feedback-Type: fraud
User-Agent: MailboxFBL/2.3
Version: 1
Original-Mail-From: <desk@office.test>
Original-Rcpt-To: <kakoli.d@school.example.org>
Arrival-Date: Mon, 30 Nov 2026 08:11:00 +0000
Source-IP: 203.0.113.77
Reported-Domain: office.test""",
               """From: ICT Desk <desk@office.test>
To: kakoli.d@school.example.org
Subject: Verify your mailbox
Date: Mon, 30 Nov 2026 14:10:55 +0600
Message-ID: <spoof-88213@bulk.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Your mailbox will be closed. Verify now at http://verify-desk.test/login"""),
           "ARF fraud report about a spoofed message using the desk's address"))

# ---- abuse reports: plain text and multipart/mixed with message attached ----
L.append(R("en", "Network Abuse Team <abuse@hosting.example.com>",
           "[Abuse ID 77120] Unsolicited email from office.test",
           "text/plain; charset=us-ascii", """Hello,

We have received a complaint regarding unsolicited email apparently sent from your server 198.51.100.20 (mail-out.office.test). An excerpt of the complaint follows:

> Received: from mail-out.office.test (198.51.100.20)
> From: desk@office.test
> Subject: [MEL-2026-001144] mobile e taka kete nicche
> I never wrote to this office, stop sending me mail.

Please investigate and respond within 48 hours, quoting the Abuse ID in the subject line.

Regards,
Network Abuse Team""",
           "Plain-text abuse complaint quoting the ack"))

L.append(R("bn", "আইএসপি অভিযোগ শাখা <abuse@isp-bd.test>",
           "স্প্যাম অভিযোগ — office.test",
           "text/plain; charset=utf-8", """জনাব,
আমাদের একজন গ্রাহক অভিযোগ করেছেন যে office.test ডোমেইন থেকে তিনি বারবার অনাকাঙ্ক্ষিত ইমেইল পাচ্ছেন। অভিযোগকৃত বার্তার হেডার:

From: desk@office.test
Subject: [MEL-2026-001061] ফোন নম্বর ভুল
Date: Wed, 25 Nov 2026 12:31:10 +0600

বিষয়টি খতিয়ে দেখে ব্যবস্থা নেওয়ার অনুরোধ করা হলো।
অভিযোগ শাখা""",
           "Bangla plain-text abuse report", raw_cte="8bit"))

b = B(30)
L.append(R("en", "SpamCop <spamcop@reports.spamcop.example.net>",
           "[SpamCop (http://office.test/) id:7712093]Your request has been received",
           'multipart/mixed; boundary="%s"' % b,
           "\n".join(["--" + b, "Content-Type: text/plain; charset=us-ascii", "",
                      """[ Offending message ]

This message is brief for your comfort. Please use links below for details.

Email sent to you from 198.51.100.20 has been reported as spam.
Your server is listed as the source.
http://www.spamcop.example.net/sc?id=z7712093""",
                      "", "--" + b, "Content-Type: message/rfc822", "",
                      ack_full(T % 1203, "udc-advice", "udc te kaj kom", "kawsar.udc@udc-mail.test", D3),
                      "", "--" + b + "--"]),
           "SpamCop-style multipart/mixed report with ack attached"))

b = B(31)
L.append(R("en", "Postmaster <postmaster@school.example.org>",
           "Abuse report: message from your domain",
           'multipart/mixed; boundary="%s"' % b,
           "\n".join(["--" + b, "Content-Type: text/plain; charset=us-ascii", "",
                      """Dear postmaster of office.test,

One of our teachers received the attached message claiming to come from your help desk and asking for her e-Nothi password. We assume it is forged, but please check whether your server was used.

School IT""",
                      "", "--" + b, 'Content-Type: message/rfc822; name="forwarded.eml"',
                      "Content-Disposition: attachment; filename=\"forwarded.eml\"", "",
                      """From: "ICT Desk" <desk@office.test>
To: lovely.akter@school.example.org
Subject: e-Nothi password verification
Date: Tue, 01 Dec 2026 08:00:00 +0600
Message-ID: <20261201080000.5521@bulk-sender.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Please reply with your e-Nothi user ID and password for verification.""",
                      "", "--" + b + "--"]),
           "Abuse report multipart/mixed with forged message attached"))

b = B(32)
L.append(R("mixed", "Abuse <abuse@mail.test>", "Re: complaint",
           'multipart/mixed; boundary="%s"' % b,
           "\n".join(["--" + b, "Content-Type: text/plain; charset=utf-8",
                      "Content-Transfer-Encoding: 8bit", "",
                      """Automated abuse handling / স্বয়ংক্রিয় অভিযোগ ব্যবস্থাপনা

A user of mail.test reported the attached message as unwanted (Report-ID 55-90012).
ব্যবহারকারী বার্তাটিকে অনাকাঙ্ক্ষিত হিসেবে চিহ্নিত করেছেন।""",
                      "", "--" + b, "Content-Type: message/rfc822", "",
                      ack_full(T % 1218, "ict-advice", "facebook hack", "saiful.s@inbox.test", D3),
                      "", "--" + b + "--"]),
           "Bilingual abuse report multipart/mixed with ack attached", raw_cte="8bit"))

L.append(R("en", "abuse-reports@cert.example.org", "Incident report CERT-2026-11-3391",
           "text/plain; charset=us-ascii", """Incident report CERT-2026-11-3391

Type: Phishing hosted / spoofed sender
Reported domain: office.test
Observed: messages with From: desk@office.test sent from 203.0.113.77 (not your MX)
Sample subject: "Password expiry notice for your mailbox"

Please review your SPF/DMARC policy. This is an automated notification; replies go to an unmonitored queue.""",
           "CERT automated plain-text abuse/incident report"))

b = B(33)
L.append(R("en", "Mail Delivery System <MAILER-DAEMON@mx1.example.net>",
           "Undelivered Mail Returned to Sender",
           'multipart/report; report-type=delivery-status; boundary="%s"' % b,
           dsn(b, """This is the mail system at host mx1.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<moni.akhter2000@mail.test>: host mx.mail.test[198.51.100.7] said: 554 5.7.1
    Service unavailable; Client host [198.51.100.20] blocked using
    bl.example.org (in reply to RCPT TO command)""",
               """Reporting-MTA: dns; mx1.example.net
X-Postfix-Queue-ID: 77E0A1C0F2
X-Postfix-Sender: rfc822; desk@office.test
Arrival-Date: Mon,  7 Dec 2026 09:02:49 +0600 (+06)

Final-Recipient: rfc822; moni.akhter2000@mail.test
Original-Recipient: rfc822;moni.akhter2000@mail.test
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.mail.test
Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [198.51.100.20]
    blocked using bl.example.org""",
               ack_full(T % 1229, "web-portal", "vul banan", "moni.akhter2000@mail.test", D3)),
           "Postfix DSN, blocklisted; returned ack"))


def specs():
    return L
