"""autoreply family: out-of-office / no-longer-monitored / vacation replies
WITHOUT Auto-Submitted, Precedence or X-Autoreply headers."""
from mailkit import ack_msgid
from spec import M


def AR(lang, note, frm, subject, body=None, **kw):
    return M("autoreply", "none", "auto-reply", lang, note, frm=frm, subject=subject, body=body, **kw)


def to_ack(ticket, who):
    m = ack_msgid(ticket, who)
    return dict(in_reply_to=m, references=m)


MAILS = [
AR("en", "classic Outlook-style automatic reply to an ack, In-Reply-To the ack",
   "Dr. Sabrina Haque|sabrina.uho@health-office.test",
   "Automatic reply: Your request has been received [MEL-2026-000402]",
   """\
I am out of the office from 5 December to 12 December 2026 with limited access to e-mail.
For urgent matters please contact the Resident Medical Officer, UHC Melandaha.

Dr. Sabrina Haque
""", **to_ack("MEL-2026-000402", "Dr. Sabrina Haque|sabrina.uho@health-office.test")),
AR("bn", "Bangla out-of-office: on leave, contact another officer",
   "উপজেলা প্রকৌশলী|ue.melandaha@lged-office.test", "অফিসের বাইরে আছি",
   """\
আসসালামু আলাইকুম।
আমি ১০ থেকে ২৪ ডিসেম্বর ২০২৬ পর্যন্ত শ্রান্তি বিনোদন ছুটিতে আছি। এ সময়ে জরুরি প্রয়োজনে সহকারী প্রকৌশলী জনাব তারেক আজিজের সাথে যোগাযোগ করুন (০১৭১৫-০০০৬৬১)।
ছুটি শেষে আপনার ইমেইলের উত্তর দেওয়া হবে।
উপজেলা প্রকৌশলী, এলজিইডি, মেলান্দহ
"""),
AR("en", "'this mailbox is no longer monitored' notice",
   "Old Office Mailbox|info@old-school-mail.test", "Re: Digital lab inventory",
   """\
This mailbox is no longer monitored.

Please send all correspondence for Fulkocha High School to fulkocha.hs@school.test. Messages sent to this address will not be read or forwarded.
"""),
AR("bn", "Bangla vacation reply with ticket in subject, References to ack",
   "ফারজানা আক্তার|farzana.udc@ghoshpara.test", "স্বয়ংক্রিয় উত্তর: আপনার অনুরোধের নম্বর MEL-2026-000418",
   """\
আমি বর্তমানে ছুটিতে আছি। ১৫ ডিসেম্বরের পর ফিরে আপনার মেইলের উত্তর দেব। জরুরি হলে ০১৭৪৪-০০০১৯৯ নম্বরে ফোন করুন।
ধন্যবাদ
ফারজানা
""", **to_ack("MEL-2026-000418", "ফারজানা আক্তার|farzana.udc@ghoshpara.test")),
AR("en", "vacation responder, short, HTML-only",
   "Md. Kamrul Hasan|kamrul.hasan@fulkocha-hs.edu.test", "Out of Office",
   None, html="""\
<html><body><p>Thank you for your message. I am on winter vacation until 2 January 2027 and will respond when I return.</p><p>Md. Kamrul Hasan</p></body></html>
"""),
AR("mixed", "mixed autoresponder of an office: 'we got your email', will reply in 3 working days",
   "উপজেলা নির্বাচন অফিস|ueo.election@ec-office.test", "Re: e-Nothi প্রশিক্ষণ সূচি",
   """\
আপনার email আমরা পেয়েছি। এটি একটি স্বয়ংক্রিয় বার্তা (auto reply)। ৩ কর্মদিবসের মধ্যে সংশ্লিষ্ট কর্মকর্তা উত্তর দেবেন। এই message-এর reply দেওয়ার প্রয়োজন নেই।
উপজেলা নির্বাচন অফিস, মেলান্দহ
"""),
AR("en", "changed address notice auto reply",
   "Nasima Begum|nasima.begum.old@mail.test", "I have a new email address",
   """\
Hello,
This is an automated message. I no longer use this email address. Please write to nasima.b@social-office.test from now on. Your message has not been forwarded.
Nasima Begum
"""),
AR("bn", "Bangla hajj/leave auto reply from UP chairman",
   "চেয়ারম্যান, কুলিয়া ইউপি|chairman@kulia-up.test", "Re: কুলিয়া ইউনিয়ন পোর্টালে চেয়ারম্যানের তথ্য",
   """\
আমি বর্তমানে দেশের বাইরে অবস্থান করছি, ২০ ডিসেম্বর ফিরব। এই সময় পরিষদের কাজে প্যানেল চেয়ারম্যান-১ দায়িত্ব পালন করছেন। অনুগ্রহ করে ইউপি সচিবের সাথে যোগাযোগ করুন।
"""),
AR("en", "helpdesk ticket auto-acknowledgement from a vendor system (their own ticket number)",
   "Supplier Helpdesk|support@lab-supplier.test", "[Ticket #88213] Received: Laptops not charging at Kulia High School",
   """\
Dear customer,

Thank you for contacting Supplier Helpdesk. Your ticket #88213 has been created and assigned to our service team. A technician will contact you within 72 hours.

Please do not reply to this message; replies to this address are not monitored.

Supplier Helpdesk
"""),
AR("en", "out-of-office with In-Reply-To ack, says 'on training', multipart/alternative",
   "Arif Billah|arif.billah@melandaha-gc.edu.test", "Out of office: Re: Request received MEL-2026-000433",
   """\
I am attending a training in Dhaka from 6 to 10 December. I will have limited access to email. For college website matters please contact the principal's office.

Arif Billah
""", fmt="alt", **to_ack("MEL-2026-000433", "Arif Billah|arif.billah@melandaha-gc.edu.test")),
AR("bn", "Bangla: 'this address is no longer monitored'",
   "আদ্রা ইউনিয়ন পরিষদ (পুরাতন)|adra.up.old@uplocal.test", "পুরাতন ঠিকানা",
   """\
এই ইমেইল ঠিকানাটি আর ব্যবহার করা হয় না এবং এখানে আসা মেইল কেউ দেখে না। আদ্রা ইউনিয়ন পরিষদের নতুন ঠিকানা: adra.up@uplocal.test। অনুগ্রহ করে সেখানে আবার পাঠান।
"""),
AR("en", "maternity leave auto-reply, no subject prefix",
   "Farhana Yasmin|farhana.y@family-office.test", "Re: e-Nothi notification email",
   """\
Thank you for your email. I am on maternity leave until March 2027. During this period, please contact the Upazila Family Planning Officer for any official matter.

Best wishes,
Farhana Yasmin
"""),
AR("banglish", "romanised auto reply from a UDC mailbox",
   "Nayanagar UDC|nayanagar.udc@udc-mail.test", "Auto reply",
   """\
Assalamu alaikum. apnar mail peyechi. ei muhurte UDC bondho (16-18 December chuti). chuti shesh e uttor deya hobe. joruri hole 01755-000437 e call korun. dhonnobad. (auto message)
"""),
AR("en", "ooo in base64 with signature block and ticket number in quoted original",
   "Upazila Agriculture Office|uao.melandaha@dae-office.test", "Automatic reply: Your request number MEL-2026-000440",
   """\
The Upazila Agriculture Officer is on field visit from 7 to 9 December 2026 and will not be able to read e-mail. Your message will be attended to on return.

> Your request number: MEL-2026-000440
> Upazila ICT Office, Melandaha
""", cte="base64", **to_ack("MEL-2026-000440", "Upazila Agriculture Office|uao.melandaha@dae-office.test")),
AR("bn", "Bangla auto-reply, quoted-printable, from a school",
   "প্রধান শিক্ষক, নাংলা বালিকা উচ্চ বিদ্যালয়|rabeya.hm@nangla-gbhs.edu.test", "স্বয়ংক্রিয় বার্তা",
   """\
বিদ্যালয় শীতকালীন ছুটির জন্য ১৮ ডিসেম্বর থেকে ৩১ ডিসেম্বর পর্যন্ত বন্ধ থাকবে। এ সময়ে ইমেইলের উত্তর দেওয়া সম্ভব হবে না। ১ জানুয়ারি থেকে যথারীতি যোগাযোগ করা যাবে।
""", cte="quoted-printable"),
AR("en", "noreply bulk sender: 'replies to this address are not read'",
   "District Education Office|noreply@deo-jamalpur.test", "Re: Monthly digital lab usage report",
   """\
This is an automatically generated message. Replies to this address are not read. To submit the monthly digital lab usage report, use the reporting form on the district education website or contact your upazila secondary education office.
"""),
AR("en", "ooo with In-Reply-To ack, only In-Reply-To, subject unchanged 'Re:' from ack",
   "Abdul Mannan|a.mannan@fisheries-office.test", "Re: Your request has been received",
   """\
I will be out of the office until Monday 14 December. If your matter concerns e-Nothi files of the fisheries office, please contact the Senior Upazila Fisheries Officer.
""", in_reply_to=ack_msgid("MEL-2026-000446", "Abdul Mannan|a.mannan@fisheries-office.test")),
AR("mixed", "mixed vacation reply from NGO coordinator",
   "Nahid Parvez|shapla.ngo@ngo-mail.test", "Out of office - ছুটিতে আছি",
   """\
আমি ১১-১৫ December ছুটিতে আছি, email check করা হবে না। জরুরি বিষয়ে শাপলা উন্নয়ন সংস্থার office-এ (01799-000288) যোগাযোগ করুন।
Nahid
"""),
AR("bn", "Bangla auto reply: away on field survey",
   "মোঃ জাকির হোসেন|zakir.h@pso-office.test", "ইমেইল পাওয়া গেছে",
   """\
আপনার মেইলটি পাওয়া গেছে। আমি এখন ইউনিয়নে মাঠ জরিপে আছি, নেটওয়ার্ক দুর্বল। অফিসে ফিরে (আনুমানিক ১১ ডিসেম্বর) উত্তর দেব। এটি একটি স্বয়ংক্রিয় উত্তর।
জাকির হোসেন, পরিসংখ্যান অফিস
"""),
AR("en", "auto reply from a shared school mailbox with opening hours, HTML alt",
   "Melandaha Pilot High School|office@melandaha-pilot.edu.test", "Thank you for contacting Melandaha Pilot High School",
   """\
Thank you for contacting Melandaha Pilot High School. Our office hours are Saturday to Thursday, 9:00 to 15:00. Your email will be answered during office hours. This is an automatic reply.
""", fmt="alt"),
AR("en", "out-of-office from a foreign consultant, empty subject",
   "Daniel Roy|daniel.roy@consult-intl.example", "",
   """\
Thank you for your message. I am currently travelling with limited access to email and will be back on 4 January 2027. For urgent matters please contact my colleague at office@consult-intl.example.
"""),
AR("bn", "Bangla ooo with References to ack and ticket in quoted ack text",
   "ডা. সাবরিনা হক|sabrina.uho@health-office.test", "Re: আপনার অনুরোধ গ্রহণ করা হয়েছে",
   """\
আমি ছুটিতে আছি, ১৪ ডিসেম্বর অফিসে যোগ দেব। জরুরি প্রয়োজনে আরএমও-র সাথে যোগাযোগ করুন।

> আপনার অনুরোধের নম্বর MEL-2026-000402
> উপজেলা আইসিটি অফিস, মেলান্দহ
""", references=ack_msgid("MEL-2026-000402", "x")),
]
