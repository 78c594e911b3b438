"""Trap families part C: autoreply, arf (+ ordinary bounces). Written by hand."""
from common import Mail


def A(lang, frm, subj, body, note, **o):
    return Mail("autoreply", "none", "auto-reply", lang, note, frm, subj, body, **o)


AUTO = [
A("en", "Dr. S. M. Mahfuz|uhfpo.melandaha@health.gov.test", "Out of Office: Upazila portal - doctors' duty roster",
"""I am out of the office from 5 December to 12 December 2026 with limited access to e-mail. For urgent matters please contact the RMO at rmo.melandaha@health.gov.test.

Dr. S. M. Mahfuz""", "out-of-office reply to the office's mail, no auto headers"),

A("bn", "উপজেলা সমাজসেবা অফিস|uss.melandaha@dss.gov.test", "স্বয়ংক্রিয় উত্তর: ই-নথিতে নতুন কর্মচারীর একাউন্ট",
"""আপনার ইমেইলটি আমরা পেয়েছি। এটি একটি স্বয়ংক্রিয় বার্তা। অফিস সময়ে (রবি-বৃহস্পতি, সকাল ৯টা - বিকাল ৫টা) আপনার ইমেইলের উত্তর দেওয়া হবে।
উপজেলা সমাজসেবা অফিস, মেলান্দহ""", "Bangla automatic acknowledgement"),

A("en", "Tanvir Ahmed|tanvir.ahmed@inbox.example", "Automatic reply: Update needed on Adra Union website",
"""Thank you for your email. I am on leave until 15 December 2026 and will reply when I return.""", "Automatic reply subject prefix"),

A("en", "Kulia Union Parishad|kulia.up@upmail.test", "This mailbox is no longer monitored",
"""This mailbox is no longer monitored. Kulia Union Parishad now uses kulia.up.new@upmail.test. Please resend your message to the new address. Messages sent here will not be read.""", "mailbox no longer monitored"),

A("bn", "নাসরিন আক্তার|nasrin.headmistress@school.test", "ছুটিতে আছি",
"""আসসালামু আলাইকুম। আমি ৭ থেকে ১৪ ডিসেম্বর পর্যন্ত শীতকালীন ছুটিতে আছি। এ সময় ইমেইল দেখা হবে না। জরুরি প্রয়োজনে সহকারী প্রধান শিক্ষক জনাব মোস্তফা কামালের সাথে যোগাযোগ করুন (০১৭১২০০০৩৩৩)।
এটি একটি স্বয়ংক্রিয় উত্তর।""", "Bangla vacation reply"),

A("en", "Helpdesk, Jamalpur DC Office|helpdesk@dc-jamalpur.gov.test", "[Ticket Received] Re: Potrojari not reaching the recipient",
"""Dear Sender,

Thank you for contacting the DC Office Jamalpur helpdesk. Your message has been received and assigned ticket number DCJ-55821. A member of our team will respond within 3 working days.

Please do not reply to this message.

DC Office Jamalpur Helpdesk""", "another helpdesk's automatic ticket acknowledgement (has its own ticket number)"),

A("mixed", "Md. Kamrul Hasan|kamrul.h@college.test", "Auto Reply: Re: Request to add photo gallery album",
"""আসসালামু আলাইকুম, আমি এখন training এ আছি (Dhaka), ১০ ডিসেম্বর ফিরব। Urgent হলে phone করুন। This is an automated reply.""", "mixed auto reply"),

A("en", "Postmaster|postmaster@school.test", "Your message has been received",
"""This is an automated message to confirm that your e-mail to info@school.test has been received. Due to high volume, replies may take up to 7 days.

Do not reply to this e-mail.""", "generic received confirmation"),

A("bn", "উপজেলা নির্বাহী অফিসারের কার্যালয়|uno.melandaha@gov.test", "প্রাপ্তিস্বীকার",
"""আপনার পত্র/ইমেইল উপজেলা নির্বাহী অফিসারের কার্যালয়, মেলান্দহ-এ গৃহীত হয়েছে। এটি স্বয়ংক্রিয়ভাবে প্রেরিত বার্তা; এর উত্তর দেওয়ার প্রয়োজন নেই। প্রয়োজনে সংশ্লিষ্ট শাখা আপনার সাথে যোগাযোগ করবে।""", "Bangla receipt acknowledgement from UNO office"),

A("en", "Sarah Jabin|sarah.j@college.test", "Out of office",
"""Hello,

I'm away on Hajj leave until 20 December 2026 and will not be checking email. For college matters please contact the Vice Principal.

Thank you,
Sarah Jabin""", "out of office, generic subject"),

A("banglish", "Rakib Hasan|rakib.h@inbox.example", "Re: union website e vul tottho",
"""ami ekhon bairer deshe achi, net kom pai. pore reply dibo. (auto reply)""", "romanised auto reply with Re: subject"),

A("en", "Office of the UEO|ueo.melandaha@dpe.gov.test", "Mailbox moved - please update your records",
"""Automatic notification: The Office of the Upazila Education Officer, Melandaha has moved to a new e-mail address: ueo.melandaha.new@dpe.gov.test. This address will be closed on 31 December 2026. Your message has not been forwarded.""", "mailbox moved notice"),

A("bn", "মাহমুদা খানম|mahmuda.k@gov.test", "অফিসের বাইরে আছি: ই-নথিতে লগইন হচ্ছে না",
"""আমি প্রশিক্ষণে অংশগ্রহণের জন্য ৬-১০ ডিসেম্বর অফিসের বাইরে থাকব। ফিরে এসে আপনার ইমেইলের উত্তর দেব।
মাহমুদা খানম""", "Bangla out-of-office quoting an e-Nothi subject"),

A("en", "Nazmul Huda|nazmul.h@mail.test", None,
"""I am currently out of the office with no access to email. I will respond to your message as soon as possible after 14 December.

Kind regards,
Nazmul Huda""", "out-of-office with no subject header"),

A("en", "Support|support@isp-melandaha.test", "We received your request [#88213]",
"""Hi,

We've received your request and our support team will get back to you shortly. Your request ID is #88213. You can reply to this email to add more information.

Melandaha Net ISP Support""", "ISP helpdesk automatic receipt"),

A("bn", "মেলান্দহ সরকারি কলেজ|mgc.office@college.test", "স্বয়ংক্রিয় প্রত্যুত্তর",
"""শীতকালীন অবকাশের কারণে কলেজ ১৫ ডিসেম্বর থেকে ৩১ ডিসেম্বর পর্যন্ত বন্ধ থাকবে। এ সময় প্রাপ্ত ইমেইলের উত্তর কলেজ খোলার পর দেওয়া হবে। ধন্যবাদ।""", "Bangla college vacation auto reply", fmt="html"),

A("en", "Ayesha Rahman|ayesha.r@gov.test", "Automatic reply: e-Nothi training batch",
"""I am attending the district coordination meeting today and will be back tomorrow. This is an automatic reply.""", "short automatic reply"),

A("mixed", "UDC Kulia|udc.kulia@udc.test", "Auto: আপনার মেসেজ পেয়েছি",
"""ধন্যবাদ! আপনার message পেয়েছি। Kulia Union Digital Center খোলা থাকে সকাল ৯টা থেকে সন্ধ্যা ৬টা। আমরা শীঘ্রই যোগাযোগ করব। — This is an automated message.""", "UDC's own automatic reply (not a UDC request)"),

A("en", "Abu Bakar Siddique|abubakar.s@gov.test", "Away: Dak not showing in inbox",
"""I'm away from 7-9 December for a workshop. For urgent youth-development office matters call 01700-000777.""", "Away prefix"),

A("bn", "ইউপি সচিব, মাহমুদপুর|farid.mahmudpur@upmail.test", "Re: মাহমুদপুর ইউপি ওয়েবসাইট",
"""এই ইমেইল ঠিকানাটি এখন আর ব্যবহৃত হয় না। অনুগ্রহ করে ইউনিয়ন পরিষদের অফিসিয়াল ঠিকানায় যোগাযোগ করুন। এটি স্বয়ংক্রিয় বার্তা।""", "Bangla 'address no longer used' auto reply with Re: subject"),

A("en", "Rifat Hossain|rifat.h@inbox.example", "Re: Internship application - ICT office",
"""Thanks for your message! I'm currently in exams until 18 December and will get back to you after that.

-- Sent automatically by my mail app""", "auto reply from citizen's mail app, Re: subject"),

A("en", "Noreply Jamalpur Zilla Parishad|noreply@zp-jamalpur.gov.test", "Delivery to mailbox confirmed",
"""Your message to the Jamalpur Zilla Parishad general inbox was delivered and queued for review. This notification was generated automatically. Replies to this address are discarded.""", "automatic delivered-to-mailbox confirmation (not a bounce)"),
]


# ------------------------------------------------------------------- ARF

def ORIG_HEADERS(mid, to, subj, date):
    return ("Return-Path: <ict.melandaha@office.test>\n"
            "Received: from mail.office.test (mail.office.test [192.0.2.25])\n"
            "        by mx.%s; %s\n"
            "From: ICT Office Melandaha <ict.melandaha@office.test>\n"
            "To: %s\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: <%s@office.test>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n" % (to.split("@")[1], date, to, subj, date, mid))


def FB(feedback_type, to, src_ip, arrival, ua, extra=""):
    return ("Feedback-Type: %s\n"
            "User-Agent: %s\n"
            "Version: 1\n"
            "Original-Mail-From: <ict.melandaha@office.test>\n"
            "Original-Rcpt-To: <%s>\n"
            "Arrival-Date: %s\n"
            "Source-IP: %s\n"
            "Reported-Domain: office.test\n"
            "%s" % (feedback_type, ua, to, arrival, src_ip, extra))


def R(frm, subj, note, parts=None, body=None, lang_override=None, **o):
    return Mail("arf", "none", "bounce", lang_override or "en", note, frm, subj, body,
                parts=parts, **o)


D1 = "Thu, 03 Dec 2026 11:02:13 +0600"
D2 = "Fri, 04 Dec 2026 09:40:51 +0600"
D3 = "Sat, 05 Dec 2026 14:18:07 +0600"

ARF = [
R("Abuse Desk|abuse@mailprovider.example", "Abuse report for office.test",
  "ARF in multipart/mixed: text + message/feedback-report + message/rfc822",
  parts=[("text/plain", "This is an email abuse report for an email message received from IP 192.0.2.25 on Thu, 03 Dec 2026.\nA user of mailprovider.example marked it as spam.\n"),
         ("message/feedback-report", FB("abuse", "user1@mailprovider.example", "192.0.2.25", D1, "MailProvider-FBL/2.1")),
         ("message/rfc822", ORIG_HEADERS("ack.a1", "user1@mailprovider.example", "Your request number: MEL-2026-000140", D1) + "\nDear citizen,\nWe have received your e-mail.\n")]),

R("Feedback Loop|fbl@bigmail.example", "FBL complaint",
  "ARF in multipart/mixed with text/rfc822-headers",
  parts=[("text/plain", "Feedback loop notification: one of your messages was reported by a recipient.\n"),
         ("message/feedback-report", FB("abuse", "rahima@bigmail.example", "192.0.2.25", D2, "BigMail-FBL/1.0")),
         ("text/rfc822-headers", ORIG_HEADERS("ack.b2", "rahima@bigmail.example", "আপনার অনুরোধের নম্বর MEL-2026-000151", D2))]),

R("postmaster@isp-net.example|postmaster@isp-net.example", "Spam complaint regarding message from 192.0.2.25",
  "inline text abuse report from a provider's abuse desk, no MIME report parts",
  body="""Hello,

We have received a spam complaint about a message sent from your network.

Feedback-Type: abuse
User-Agent: ISPNet-Abuse/3.0
Version: 1
Original-Mail-From: <ict.melandaha@office.test>
Arrival-Date: Fri, 04 Dec 2026 08:11:00 +0600
Source-IP: 192.0.2.25
Reported-Domain: office.test

----- Original message headers -----
From: ICT Office Melandaha <ict.melandaha@office.test>
To: jamal@isp-net.example
Subject: Your request number: MEL-2026-000160
Message-ID: <ack.c3@office.test>

Please investigate and take appropriate action.
-- 
ISP-Net Abuse Team"""),

R("Abuse Team|abuse@hosting.example", "[abuse #55120] Unsolicited mail from office.test",
  "inline abuse-desk ticket text mentioning feedback report fields",
  body="""Dear network owner,

Ticket: #55120
We received the following report concerning mail from office.test. A customer states they did not request this message.

Reported message:
  From: ict.melandaha@office.test
  Subject: আপনার অনুরোধের নম্বর MEL-2026-000165
  Date: Fri, 04 Dec 2026 10:00:02 +0600
  Source IP: 192.0.2.25

Please ensure your mail system only sends solicited messages. Reply to this e-mail keeping the ticket number in the subject.

Hosting.example Abuse Department"""),

R("FBL Reports|fbl-reports@webmail.example", "Complaint about message from 192.0.2.25",
  "ARF multipart/mixed, feedback-report part base64-encoded",
  parts=[("text/plain", "A message from your IP was marked as junk by a webmail.example user.\n"),
         ("message/feedback-report|base64", FB("abuse", "shirin@webmail.example", "192.0.2.25", D3, "Webmail-Feedback/4")),
         ("message/rfc822", ORIG_HEADERS("ack.d4", "shirin@webmail.example", "Your request number: MEL-2026-000170", D3) + "\nDear citizen,\n")]),

R("abuse@mailprovider.example|abuse@mailprovider.example", "Fraud report",
  "ARF feedback-type fraud in multipart/mixed without human text part",
  parts=[("message/feedback-report", FB("fraud", "user7@mailprovider.example", "192.0.2.25", D1, "MailProvider-FBL/2.1")),
         ("text/rfc822-headers", ORIG_HEADERS("ack.e5", "user7@mailprovider.example", "Your request number: MEL-2026-000144", D1))]),

R("Abuse Desk|abuse@mailprovider.example", "Virus report",
  "ARF feedback-type virus, multipart/mixed",
  parts=[("text/plain", "Our scanner flagged an attachment in a message from your domain.\n"),
         ("message/feedback-report", FB("virus", "user9@mailprovider.example", "192.0.2.25", D2, "MailProvider-FBL/2.1")),
         ("text/rfc822-headers", ORIG_HEADERS("ack.f6", "user9@mailprovider.example", "Training schedule", D2))]),

R("Postmaster|postmaster@bigmail.example", "Report: not-spam",
  "ARF feedback-type not-spam in multipart/mixed",
  parts=[("text/plain", "A user moved your message out of the spam folder.\n"),
         ("message/feedback-report", FB("not-spam", "karim@bigmail.example", "192.0.2.25", D3, "BigMail-FBL/1.0")),
         ("text/rfc822-headers", ORIG_HEADERS("ack.g7", "karim@bigmail.example", "আপনার অনুরোধের নম্বর MEL-2026-000177", D3))]),

R("Abuse Desk|abuse@isp-bd.example", "অভিযোগ: স্প্যাম ইমেইল (Spam complaint)",
  "bilingual inline abuse-desk report with ARF fields in text",
  body="""প্রিয় প্রেরক / Dear sender,

আমাদের একজন গ্রাহক আপনার ডোমেইন থেকে আসা একটি ইমেইলকে স্প্যাম হিসেবে চিহ্নিত করেছেন।
One of our customers has reported a message from your domain as spam.

Feedback-Type: abuse
Version: 1
Original-Mail-From: ict.melandaha@office.test
Original-Rcpt-To: mitu@isp-bd.example
Source-IP: 192.0.2.25
Arrival-Date: Sat, 05 Dec 2026 16:20:44 +0600

ISP-BD Abuse Desk""", lang_override="mixed"),

R("FBL|fbl@mailcorp.example", "Feedback report",
  "ARF multipart/mixed where the original is an attached .eml file",
  parts=[("text/plain", "See attached feedback report and original message.\n"),
         ("message/feedback-report", FB("abuse", "x@mailcorp.example", "192.0.2.25", D1, "MailCorp-FBL/5")),
         ("application/octet-stream|orig.eml", ORIG_HEADERS("ack.h8", "x@mailcorp.example", "Your request number: MEL-2026-000149", D1) + "\nbody\n")]),

R("Abuse|abuse@hosting.example", None,
  "ARF multipart/mixed with no Subject header",
  parts=[("message/feedback-report", FB("abuse", "y@hosting.example", "192.0.2.25", D2, "Hosting-FBL/1")),
         ("text/rfc822-headers", ORIG_HEADERS("ack.i9", "y@hosting.example", "Your request number: MEL-2026-000155", D2))]),

R("Mail Security|security@webmail.example", "Phishing report about your domain",
  "ARF feedback-type auth-failure inside multipart/alternative-less mixed",
  parts=[("text/plain", "A message claiming to be from office.test failed authentication checks.\n"),
         ("message/feedback-report", FB("auth-failure", "z@webmail.example", "198.51.100.77", D3, "Webmail-Feedback/4",
                                        "Auth-Failure: dmarc\nAuthentication-Results: webmail.example; dmarc=fail header.from=office.test\n")),
         ("text/rfc822-headers", ORIG_HEADERS("spoof.j1", "z@webmail.example", "Invoice", D3))]),

R("abuse desk|abuse@isp-net.example", "Re: abuse report",
  "inline abuse-desk follow-up text with 'Re:' subject",
  body="""This is an automated abuse-desk notice.

Message from 192.0.2.25 (office.test) was reported by our user as unsolicited.
Feedback-Type: abuse
Reported-Domain: office.test
Original-Mail-From: <ict.melandaha@office.test>

No reply is necessary; repeated complaints may lead to blocking of 192.0.2.25."""),

R("FBL Service|fbl@bigmail.example", "Complaint (1)",
  "ARF multipart/mixed, feedback part quoted-printable",
  parts=[("text/plain", "Complaint received.\n"),
         ("message/feedback-report|quoted-printable", FB("abuse", "nila@bigmail.example", "192.0.2.25", D1, "BigMail-FBL/1.0")),
         ("message/rfc822", ORIG_HEADERS("ack.k2", "nila@bigmail.example", "Your request number: MEL-2026-000158", D1) + "\nDear citizen,\n")]),
]


def DSN(rcpt, status, diag, mta):
    return ("Reporting-MTA: dns; %s\n"
            "Arrival-Date: Fri, 04 Dec 2026 12:00:00 +0600\n\n"
            "Final-Recipient: rfc822; %s\n"
            "Action: failed\n"
            "Status: %s\n"
            "Diagnostic-Code: smtp; %s\n" % (mta, rcpt, status, diag))


BOUNCE = [
R("Mail Delivery System|MAILER-DAEMON@mail.office.test", "Undelivered Mail Returned to Sender",
  "ordinary bounce, multipart/report delivery-status",
  parts=[("text/plain", "This is the mail system at host mail.office.test.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<rahim.old@inbox.example>: host mx.inbox.example said: 550 5.1.1 User unknown\n"),
         ("message/delivery-status", DSN("rahim.old@inbox.example", "5.1.1", "550 5.1.1 User unknown", "mail.office.test")),
         ("text/rfc822-headers", ORIG_HEADERS("ack.l1", "rahim.old@inbox.example", "Your request number: MEL-2026-000190", D2))], mp="report"),

R("MAILER-DAEMON|MAILER-DAEMON@mx.school.test", "Delivery Status Notification (Failure)",
  "ordinary bounce, plain text",
  body="""Delivery to the following recipient failed permanently:

     headmaster@school.test

Technical details of permanent failure:
The email account that you tried to reach does not exist.
550 5.1.1 <headmaster@school.test>: Recipient address rejected

----- Original message -----
From: ICT Office Melandaha <ict.melandaha@office.test>
Subject: আপনার অনুরোধের নম্বর MEL-2026-000193"""),

R("Mail Delivery Subsystem|MAILER-DAEMON@mail.office.test", "Returned mail: see transcript for details",
  "ordinary bounce, mailbox full, multipart/report",
  parts=[("text/plain", "The original message was received at Fri, 4 Dec 2026 10:12:00 +0600\n\n   ----- The following addresses had permanent fatal errors -----\n<udc.old@udc.test>\n    (reason: 552 5.2.2 Mailbox full)\n"),
         ("message/delivery-status", DSN("udc.old@udc.test", "5.2.2", "552 5.2.2 Mailbox full", "mail.office.test"))], mp="report"),

R("Mail Delivery System|MAILER-DAEMON@relay.gov.test", "Undeliverable: Your request number MEL-2026-000201",
  "ordinary bounce, Exchange-style text",
  body="""Delivery has failed to these recipients or groups:

selina.old@gov.test
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Generating server: relay.gov.test
selina.old@gov.test
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""", fmt="alt"),

R("MAILER-DAEMON|MAILER-DAEMON@mail.office.test", "Warning: message delayed 4 hours",
  "delay DSN (still a delivery notice), plain text",
  body="""This is the mail system at host mail.office.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<kabir.c@inbox.example>: connect to mx.inbox.example[203.0.113.9]:25: Connection timed out"""),

R("Mail Delivery System|MAILER-DAEMON@mx.upmail.test", "মেইল পৌঁছানো যায়নি / Mail delivery failed",
  "bilingual bounce text",
  body="""দুঃখিত, আপনার বার্তাটি নিচের প্রাপকের কাছে পৌঁছানো যায়নি।
Sorry, your message could not be delivered to the following recipient:

  secretary.old@upmail.test
  550 5.1.1 No such user

Original subject: আপনার অনুরোধের নম্বর MEL-2026-000205""", lang_override="mixed"),

R("MAILER-DAEMON|MAILER-DAEMON@mail.office.test", "failure notice",
  "qmail-style bounce",
  body="""Hi. This is the qmail-send program at mail.office.test.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<tuhin.old@gov.test>:
192.0.2.40 does not like recipient.
Remote host said: 550 5.1.1 <tuhin.old@gov.test>: Recipient address rejected: User unknown in virtual mailbox table

--- Below this line is a copy of the message.

From: ICT Office Melandaha <ict.melandaha@office.test>
Subject: Your request number: MEL-2026-000209"""),

R("Mail Delivery System|MAILER-DAEMON@mail.office.test", "Undelivered Mail Returned to Sender",
  "bounce multipart/mixed (not report) with attached original",
  parts=[("text/plain", "Your message to <shamim.old@dae.gov.test> could not be delivered: 554 5.7.1 Relay access denied\n"),
         ("message/rfc822", ORIG_HEADERS("ack.m3", "shamim.old@dae.gov.test", "Your request number: MEL-2026-000213", D3) + "\nDear citizen,\n")]),
]
