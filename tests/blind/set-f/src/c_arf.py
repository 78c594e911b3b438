import base64
from common import M
from acks import ref, ack_id, ack_subject, ack_text
import mimebuild as mb

def ack_msg(n, to, svc, orig_subj, lang='bn', date='Thu, 03 Dec 2026 11:02:17 +0600', b64=False):
    body = ack_text(n, svc, lang) + '\n'
    hdr = [('From', 'Upazila ICT Office Melandaha <desk@office.test>'), ('To', to),
           ('Subject', mb.enc_header(ack_subject(n, orig_subj))), ('Date', date),
           ('Message-ID', ack_id(n)), ('MIME-Version', '1.0')]
    h = ''.join(f'{k}: {v}\n' for k, v in hdr).encode()
    part = mb.text(body, cte='base64' if b64 else '8bit')
    return h + part

def ack_headers_only(n, to, orig_subj, date='Thu, 03 Dec 2026 11:02:17 +0600'):
    hdr = [('Return-Path', '<desk@office.test>'),
           ('Received', 'from mail.office.test (mail.office.test [192.0.2.25]) by mx.mail.test; ' + date),
           ('From', 'Upazila ICT Office Melandaha <desk@office.test>'), ('To', to),
           ('Subject', mb.enc_header(ack_subject(n, orig_subj))), ('Date', date),
           ('Message-ID', ack_id(n)), ('MIME-Version', '1.0'),
           ('Content-Type', 'text/plain; charset="utf-8"'), ('Content-Transfer-Encoding', '8bit')]
    return ''.join(f'{k}: {v}\n' for k, v in hdr).encode()

ACK_BN = 'আপনার অনুরোধ গৃহীত হয়েছে'
ACK_EN = 'Your request has been received'

def R(lang, name, email, subj, raw, note, **kw):
    return M('arf', 'none', 'bounce', lang, name, email, subj, '', note, raw=raw, **kw)

# ---- 1. multipart/report feedback-report (ARF)
def arf(n, to, svc, subj_orig, human, ua, src_ip, ftype='abuse', full=True, lang='bn'):
    def build(b):
        fr = (f'Feedback-Type: {ftype}\nUser-Agent: {ua}\nVersion: 1\n'
              f'Original-Mail-From: <desk@office.test>\nOriginal-Rcpt-To: <{to}>\n'
              f'Arrival-Date: Thu, 03 Dec 2026 05:02:19 +0000\nSource-IP: {src_ip}\n'
              f'Reported-Domain: office.test\n').encode()
        parts = [mb.text(human), b'Content-Type: message/feedback-report\n\n' + fr]
        if full:
            parts.append(mb.message_part(ack_msg(n, to, svc, subj_orig, lang)))
        else:
            parts.append(b'Content-Type: text/rfc822-headers\n\n' + ack_headers_only(n, to, subj_orig))
        return mb.multipart('report', parts, b, ' report-type=feedback-report;')
    return build

R('en','Mail Abuse Desk','abuse@fbl.mail.test','Abuse report for office.test',
  arf(501,'rahim.k@mail.test','web-portal',ACK_BN,
      'This is an email abuse report for an email message received from IP 192.0.2.25 on Thu, 03 Dec 2026.\nA user of mail.test marked this message as spam.\n',
      'MailTest-FBL/2.1','192.0.2.25'),
  'ARF feedback-report with full ack as message/rfc822')

R('en','Inbox FBL','fbl-noreply@inbox.test','Complaint about message from 192.0.2.25',
  arf(517,'kohinur.fp@inbox.test','e-nothi',ACK_BN,
      'This is a Feedback Loop complaint. The recipient clicked "This is spam".\nPlease remove this address from your list.\n',
      'InboxTest Feedback Loop 1.0','192.0.2.25', full=False),
  'ARF with text/rfc822-headers only')

R('en','postmaster','postmaster@example.net','FW: spam complaint',
  arf(523,'hasan.m@example.net','web-portal',ACK_EN,
      'A message sent from your network was reported as unsolicited by one of our users.\n\nReport generated automatically. Do not reply.\n',
      'ExampleNet-ARF/0.9','192.0.2.25', lang='en'),
  'ARF from example.net; ack in English')

R('mixed','অভিযোগ বিভাগ','abuse@isp-bd.test','স্প্যাম অভিযোগ / Spam complaint',
  arf(534,'mitu.u@mail.test','ict-advice',ACK_BN,
      'প্রিয় প্রেরক,\nআমাদের একজন গ্রাহক নিচের বার্তাটিকে স্প্যাম হিসেবে চিহ্নিত করেছেন।\nOne of our customers reported the message below as spam.\n',
      'ISP-BD Abuse Handler 3','192.0.2.25'),
  'bilingual ARF from an ISP')

R('en','Yahoo-like Feedback','feedback@fbl.example.com','[Abuse] complaint',
  arf(548,'sadia.islam@example.com','ict-advice',ACK_BN,
      'This is a notification of a complaint received about mail from your IP address.\nFeedback-Type: abuse\n',
      'ExampleFBL/1.3','192.0.2.25', ftype='abuse', full=False),
  'ARF, headers-only part')

R('en','Auth failure reporter','dmarc-noreply@reports.mail.test','Authentication failure report for office.test',
  arf(559,'anis.pharmacy@mail.test','ict-advice',ACK_BN,
      'This is an authentication failure report for a message claiming to be from office.test.\nSPF: softfail, DKIM: none.\n',
      'MailTest-AFRF/1.0','198.51.100.7', ftype='auth-failure'),
  'ARF auth-failure type with full message')

# ---- 2. plain text abuse reports
def plain_abuse(txt):
    def build(b):
        return mb.text(txt)
    return build

R('en','Abuse Team','abuse@hosting-example.test','Abuse report [#AB-77120]',
  plain_abuse('''Hello,

We have received a complaint regarding email sent from your server (192.0.2.25). The recipient states the message below was unsolicited.

Complaint ID: AB-77120
Received: Thu, 03 Dec 2026 09:14:55 +0000

----- Reported message headers -----
From: Upazila ICT Office Melandaha <desk@office.test>
To: jewel.office@mail.test
Subject: [MEL-2026-000512] আপনার অনুরোধ গৃহীত হয়েছে
Message-ID: ''' + ack_id(512) + '''
Date: Thu, 03 Dec 2026 15:14:52 +0600
----- End -----

Please investigate and reply with the actions taken within 48 hours.

Abuse Department'''),
  'plain-text abuse report quoting ack headers')

R('bn','অপব্যবহার প্রতিরোধ দল','abuse@mailbd.test','অভিযোগ: অনাকাঙ্ক্ষিত ইমেইল',
  plain_abuse('''প্রিয় মেইল প্রশাসক,

আপনার সার্ভার (১৯২.০.২.২৫) থেকে পাঠানো নিচের বার্তাটির বিষয়ে আমাদের এক গ্রাহক অভিযোগ করেছেন যে তিনি এটি চাননি। অনুগ্রহ করে বিষয়টি খতিয়ে দেখুন।

অভিযোগ নম্বর: বিডি-৪৪১২
বার্তার বিষয়: [MEL-2026-000541] আপনার অনুরোধ গৃহীত হয়েছে
Message-ID: ''' + ack_id(541) + '''

এটি একটি স্বয়ংক্রিয় প্রতিবেদন। উত্তর দেবেন না।
অপব্যবহার প্রতিরোধ দল'''),
  'Bangla plain-text abuse report about a desk ack')

R('en','SpamCop-like Reporter','reports@spamreport.test','[SpamReport #9981230] 192.0.2.25 report',
  plain_abuse('''[ SpamReport V5.1 ]
This message is brief for your comfort. Please use links below for details.

Email from 192.0.2.25 / Thu, 03 Dec 2026 04:55:01 GMT
http://spamreport.test/sc?id=9981230

[ Offending message ]
Return-Path: <desk@office.test>
From: desk@office.test
To: x-user@spamreport.test
Subject: [MEL-2026-000566] Your request has been received
Message-ID: ''' + ack_id(566) + '''
'''),
  'spam-reporting service plain report')

R('en','Network Operations','noc@isp-example.test','Notice of complaint - outbound mail',
  plain_abuse('''Dear customer,

Our systems have recorded 3 complaints in the last 24 hours against mail originating from your address block 192.0.2.0/28. If this continues your outbound port 25 may be restricted.

Example of reported mail:
  Subject: [MEL-2026-000570] আপনার অনুরোধ গৃহীত হয়েছে
  Date: 04 Dec 2026

No reply is needed unless you believe this is an error.

ISP Network Operations Centre'''),
  'ISP NOC complaint summary')

# ---- 3. multipart/mixed with message/rfc822
def mixed_rfc822(txt, n, to, svc, subj, lang='bn'):
    def build(b):
        return mb.multipart('mixed', [mb.text(txt), mb.message_part(ack_msg(n, to, svc, subj, lang, b64=True))], b)
    return build

R('en','Abuse Desk','abuse@inbox.test','Fwd: unwanted message (case 20261204-18)',
  mixed_rfc822('Attached is a message one of our subscribers reported as spam. Case 20261204-18.\n-- automated abuse handling', 528, 'tariqul.comp@mail.test', 'e-nothi', ACK_BN),
  'multipart/mixed abuse report with attached ack')

R('mixed','Postmaster','postmaster@schoolnet.test','Reported message',
  mixed_rfc822('নিচের message টি আমাদের user spam হিসেবে report করেছেন।\nThe message is attached in full.\n', 537, 'moni.kulia@mail.test', 'web-portal', ACK_BN),
  'mixed-language abuse forward with message/rfc822')

R('en','Junk Mail Reporting','junk-report@example.org','Junk mail report',
  mixed_rfc822('This is an automatically generated junk mail report. The attached message was submitted by a recipient using the Report Junk button.\n', 552, 'bishwajit@example.org', 'ict-advice', ACK_EN, lang='en'),
  'report-junk button forward')

# ---- 4. multipart/report delivery-status
def dsn(n, to, svc, subj, human, status, diag, mta='mx.mail.test', full=True, action='failed'):
    def build(b):
        ds = (f'Reporting-MTA: dns; mail.office.test\nX-Postfix-Queue-ID: 4Q{n}XZ\nArrival-Date: Thu, 03 Dec 2026 11:02:18 +0600\n\n'
              f'Final-Recipient: rfc822; {to}\nOriginal-Recipient: rfc822;{to}\nAction: {action}\nStatus: {status}\n'
              f'Remote-MTA: dns; {mta}\nDiagnostic-Code: smtp; {diag}\n').encode()
        parts = [mb.text(human), b'Content-Type: message/delivery-status\n\n' + ds]
        if full:
            parts.append(mb.message_part(ack_msg(n, to, svc, subj)))
        else:
            parts.append(b'Content-Type: text/rfc822-headers\n\n' + ack_headers_only(n, to, subj))
        return mb.multipart('report', parts, b, ' report-type=delivery-status;')
    return build

PF = '''This is the mail system at host mail.office.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{to}>: host {mta}[192.0.2.80] said: {diag} (in reply to RCPT TO command)
'''

def pf(n, to, svc, subj, status, diag, mta='mx.mail.test', full=True, action='failed'):
    return dsn(n, to, svc, subj, PF.format(to=to, mta=mta, diag=diag), status, diag, mta, full, action)

R('en','Mail Delivery System','MAILER-DAEMON@office.test','Undelivered Mail Returned to Sender',
  pf(506,'rokeya.fulkocha@mail.test','web-portal',ACK_BN,'5.1.1','550 5.1.1 <rokeya.fulkocha@mail.test>: Recipient address rejected: User unknown'),
  'Postfix DSN user unknown, ack attached')

R('en','Mail Delivery System','MAILER-DAEMON@office.test','Undelivered Mail Returned to Sender',
  pf(514,'shila.rani@mail.test','e-nothi',ACK_BN,'5.2.2','552 5.2.2 Mailbox full', full=False),
  'Postfix DSN mailbox full, headers only')

R('en','Mail Delivery System','MAILER-DAEMON@office.test','Delayed Mail (still being retried)',
  pf(530,'lipi.teacher@mail.test','digital-lab',ACK_BN,'4.4.1','421 4.4.1 Connection timed out', mta='mx.schoolmail.test', action='delayed'),
  'delay DSN (action delayed) still machine mail')

R('en','Mail Delivery Subsystem','mailer-daemon@mx.inbox.test','Delivery Status Notification (Failure)',
  dsn(544,'nayan.udc.adra@inbox.test','udc-advice',ACK_BN,
      "** Address not found **\n\nYour message wasn't delivered to nayan.udc.adra@inbox.test because the address couldn't be found, or is unable to receive mail.\n",
      '5.1.1','550-5.1.1 The email account that you tried to reach does not exist.', mta='mx.inbox.test'),
  'webmail-style DSN address not found')

R('en','Microsoft Outlook','postmaster@example.com','Undeliverable: [MEL-2026-000555] Your request has been received',
  dsn(555,'nadia.c@example.com','ict-advice',ACK_EN,
      "Delivery has failed to these recipients or groups:\n\nnadia.c@example.com\nThe email address you entered couldn't be found.\n\nDiagnostic information for administrators:\nGenerating server: EX01.example.com\n",
      '5.1.10','550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', mta='EX01.example.com'),
  'Exchange-style NDR with ticket in subject')

R('mixed','মেইল সার্ভার','MAILER-DAEMON@mailbd.test','বার্তা পৌঁছানো যায়নি / Delivery failure',
  dsn(562,'zakir.udc@mailbd.test','udc-advice',ACK_BN,
      'দুঃখিত, আপনার বার্তাটি প্রাপকের কাছে পৌঁছানো যায়নি।\nSorry, your message could not be delivered.\n\nকারণ: প্রাপকের মেইলবক্স নিষ্ক্রিয়।\n',
      '5.2.1','550 5.2.1 Mailbox disabled', mta='mx.mailbd.test'),
  'bilingual DSN')

# ---- 5. plain-text bounces of various MTAs
R('en','Mail Delivery System','Mailer-Daemon@mx2.mail.test','Mail delivery failed: returning message to sender',
  plain_abuse('''This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  habib.teacher@mail.test
    host mx.mail.test [192.0.2.80]
    SMTP error from remote mail server after RCPT TO:<habib.teacher@mail.test>:
    550 No such user here

------ This is a copy of the message, including all the headers. ------

Return-path: <desk@office.test>
From: Upazila ICT Office Melandaha <desk@office.test>
To: habib.teacher@mail.test
Subject: ''' + mb.enc_header('[MEL-2026-000519] আপনার অনুরোধ গৃহীত হয়েছে') + '''
Message-ID: ''' + ack_id(519) + '''
Date: Thu, 03 Dec 2026 12:40:02 +0600

সম্মানিত নাগরিক,
আপনার অনুরোধটি গৃহীত হয়েছে। টিকিট নম্বর: MEL-2026-000519'''),
  'Exim-style plain bounce with copy of ack')

R('en','MAILER-DAEMON','MAILER-DAEMON@qmail.schoolnet.test','failure notice',
  plain_abuse('''Hi. This is the qmail-send program at qmail.schoolnet.test.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ruhul.amin@schoolnet.test>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <desk@office.test>
Message-ID: ''' + ack_id(527) + '''
From: desk@office.test
To: ruhul.amin@schoolnet.test
Subject: [MEL-2026-000527] Your request has been received
'''),
  'qmail failure notice')

R('en','Mail Administrator','postmaster@oldserver.test','Returned mail: see transcript for details',
  plain_abuse('''The original message was received at Thu, 3 Dec 2026 13:11:40 +0600
from mail.office.test [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<mahbub.ulao@oldserver.test>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <mahbub.ulao@oldserver.test>... Host unknown (Name server: oldserver.test: host not found)
'''),
  'sendmail-style returned mail, no ack copy')

R('en','Postmaster','postmaster@inbox.test','Message not delivered',
  plain_abuse('''Your message to sumi.sohokari@inbox.test was rejected.

Reason: The recipient's mailbox is over quota. Try again later.

Original subject: [MEL-2026-000546] আপনার অনুরোধ গৃহীত হয়েছে
Sent: 03/12/2026 14:20

This is an automatically generated message. Please do not reply.'''),
  'short plain bounce with ticket subject')

R('banglish','Mail System','mailer-daemon@mx.bdnet.test','Delivery failed',
  plain_abuse('''Apnar pathano mail ti deliver kora jay ni.
Prapok: sagor.it@bdnet.test
Karon: 550 user not found

Mail er subject: [MEL-2026-000558] Apnar onurodh grihito hoyeche
Message-ID: ''' + ack_id(558) + '''

Eta ekti automatic message.'''),
  'banglish-localised bounce from a small ISP')

R('en','Mail Delivery System','MAILER-DAEMON@office.test','Undelivered Mail Returned to Sender',
  pf(539,'asma.husna@schoolmail.test','digital-lab',ACK_BN,'5.7.1','550 5.7.1 Message rejected as spam by content filter', mta='mx.schoolmail.test'),
  'DSN: ack rejected as spam by remote filter (bounce, not spam)')
