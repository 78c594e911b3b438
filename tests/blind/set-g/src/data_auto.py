"""Family 4: auto-replies without RFC 3834 headers. Label none / auto-reply / ack no."""
from common import ack_msgid, ack_subject, ack_body, quote


def A(lang, shape, frm, subj, body, note, ticket=None, refs=True, **kw):
    hdrs = []
    if ticket:
        mid = ack_msgid(ticket)
        hdrs.append(("In-Reply-To", mid))
        if refs:
            hdrs.append(("References", mid))
    d = dict(family="autoreply", svc="none", disp="auto-reply", ack="no", lang=lang, shape=shape,
             frm=frm, subj=subj, body=body, note=note, hdrs=hdrs)
    d.update(kw)
    return d


T = "MEL-2026-%06d"

L = [
    A("en", "p7", "Mahbubul Alam <mahbub.alam@admin.example.gov.test>",
      "Automatic reply: " + ack_subject(T % 1043, "Notes not saving"),
      """I am out of the office from 6 December to 12 December 2026 on official training with limited access to email. For urgent matters please contact the Office Assistant at 0981-000-201.

Mahbubul Alam
Assistant Commissioner (Land), Melandaha""",
      "Out-of-office replying to ack (Automatic reply:)", ticket=T % 1043),
    A("bn", "p8", "রাশেদা পারভীন <rasheda.hm@school.example.org>",
      "Re: " + ack_subject(T % 1057, "আমাদের বিদ্যালয়ের পাতায় ভুল তথ্য"),
      """আমি বর্তমানে বার্ষিক পরীক্ষার দায়িত্বে ব্যস্ত আছি এবং ২০ ডিসেম্বরের আগে মেইল দেখতে পারব না। জরুরি প্রয়োজনে বিদ্যালয়ের অফিস সহকারীর সাথে যোগাযোগ করুন।
ধন্যবাদ।
রাশেদা পারভীন, প্রধান শিক্ষক (ভারপ্রাপ্ত)""",
      "Bangla out-of-office as 'Re:' to ack", ticket=T % 1057),
    A("en", "qp", "Info Desk <info@ngo-shapla.example.org>",
      "Re: " + ack_subject(T % 1102, "Which antivirus for office?"),
      """Thank you for your email. This mailbox is no longer monitored.

Please write to contact@ngo-shapla.example.org for all future correspondence. Your message has not been forwarded.""",
      "Mailbox no longer monitored, replying to ack", ticket=T % 1102),
    A("bn", "qp", "উপজেলা কৃষি অফিস <ao.melandaha@dae.example.gov.test>",
      "স্বয়ংক্রিয় উত্তর: " + ack_subject(T % 1011, "বিষয়: উপজেলা কৃষি অফিসের কর্মকর্তাদের তালিকা হালনাগাদকরণ"),
      """আপনার ই-মেইলটি পাওয়া গেছে। উপজেলা কৃষি অফিসার মাঠ পরিদর্শনে থাকায় আগামী ১০/১২/২০২৬ তারিখ পর্যন্ত ই-মেইলের উত্তর দেওয়া সম্ভব হবে না। জরুরি প্রয়োজনে অফিসের টেলিফোনে যোগাযোগ করুন।

উপজেলা কৃষি অফিস, মেলান্দহ""",
      "Bangla automatic reply with Bangla prefix to ack", ticket=T % 1011),
    A("en", "alt", "Farhana Yasmin <farhana.uno-office@admin.example.gov.test>",
      "Out of Office: " + ack_subject(T % 1088, "Photo gallery for Victory Day programme"),
      """Hello,

I'm on leave until Sunday, 13 December 2026. I will respond to your message when I return. If your matter is urgent, please call the UNO office front desk.

Best regards,
Farhana Yasmin""",
      "Out of Office, multipart/alternative, replying to ack", ticket=T % 1088),
    A("mixed", "p8", "Md. Selim Reza <selim.reza@youth.example.gov.test>",
      "Automatic reply: " + ack_subject(T % 1120, "Youth Development office er training notice"),
      """আমি বর্তমানে ঢাকায় training এ আছি (Dec 7 - Dec 17)। এই সময়ে email check করা সম্ভব নাও হতে পারে। জরুরি হলে office phone এ যোগাযোগ করুন।
Selim Reza
Upazila Youth Development Officer""",
      "Mixed-language OOO replying to ack", ticket=T % 1120),
    A("en", "p7", "Tanvir Hasan <tanvir.h@mail.test>",
      "Auto: " + ack_subject(T % 1135, "Is this email genuine?"),
      """Hi! Thanks for your message. I'm currently sitting for my semester final exams and checking email only on weekends. I'll get back to you soon.
- Tanvir""",
      "Personal auto-reply 'Auto:' to ack", ticket=T % 1135, refs=False),
    A("en", "html", "Helpdesk, Principal's Office <principal.mgc@college.example.edu.test>",
      "Automatic reply: " + ack_subject(T % 1147, "Request for additional laptops for the digital lab"),
      """Thank you for contacting Melandaha Government College.

The college is closed for the winter vacation from 1 December 2026 to 31 December 2026. Emails received during this period will be attended to after the vacation.

Principal's Office""",
      "HTML-only automatic reply (vacation) to ack", ticket=T % 1147),
    A("bn", "b64", "মোঃ রফিকুল ইসলাম <rafiqul.ao@admin.example.gov.test>",
      "Re: " + ack_subject(T % 1032, "ই-নথিতে স্বাক্ষর আসছে না"),
      """এটি একটি স্বয়ংক্রিয় বার্তা। আমি ১৪ ডিসেম্বর পর্যন্ত অর্জিত ছুটিতে আছি। এই সময়ে প্রশাসনিক কর্মকর্তার দায়িত্ব পালন করছেন জনাব নাজমুল হুদা।
মোঃ রফিকুল ইসলাম""",
      "Bangla OOO, base64, 'Re:' to ack with delegate named", ticket=T % 1032),
    A("en", "qp", "Support <support@old-isp.example.net>",
      "Re: " + ack_subject(T % 1166, "Internet for my home"),
      """This address is no longer in use and is not monitored.

Our company has moved its support service. For help, please visit https://new-isp.example.net/support. We apologise for any inconvenience.

*** Please do not reply to this email ***""",
      "Not-monitored reply from company address to ack", ticket=T % 1166),
    A("bn", "p8", "ডা. সাবরিনা ইয়াসমিন <uhfpo.mel@health.example.gov.test>",
      "অফিসের বাইরে: " + ack_subject(T % 1074, "দায়িত্ব হস্তান্তর — নথির অনুমতি"),
      """প্রশিক্ষণে থাকায় আমি ১৭/১২/২০২৬ পর্যন্ত অফিসের বাইরে রয়েছি। জরুরি স্বাস্থ্যসেবা সংক্রান্ত বিষয়ে আবাসিক মেডিকেল অফিসারের সাথে যোগাযোগ করুন।""",
      "Bangla 'অফিসের বাইরে' to ack", ticket=T % 1074),
    A("en", "p7", "Sabbir Ahmed <sabbir.ahmed@example.net>",
      "Automatic reply: " + ack_subject(T % 1099, "Which antivirus for office?"),
      """I'm travelling with limited connectivity and will be back on 15 Dec. Replies may be delayed.

Sabbir Ahmed
Coordinator""",
      "Short OOO to ack", ticket=T % 1099, refs=False),
    A("mixed", "qp", "Tania Rahman <tania.rahman@school.example.org>",
      "Automatic reply: " + ack_subject(T % 1181, "স্কুলের page-এ teacher list"),
      """Thank you for your mail. আমি maternity leave এ আছি, ২০২৭ এর মার্চ পর্যন্ত। School related বিষয়ে headmaster এর সাথে যোগাযোগ করুন: durmuth.hs@school.example.org""",
      "Mixed maternity-leave auto reply to ack", ticket=T % 1181),
    A("en", "alt", "Office of the UNO <uno.melandaha@admin.example.gov.test>",
      "Automatic reply: " + ack_subject(T % 1023, "Re-assignment of nothi permissions"),
      """Your e-mail has been received by the Office of the Upazila Nirbahi Officer, Melandaha. This is an automated acknowledgement; please do not reply to this message. Official correspondence is handled through e-Nothi.""",
      "Office automated acknowledgement (auto-reply) to desk ack", ticket=T % 1023),
    A("bn", "html", "মেলান্দহ পাইলট উচ্চ বিদ্যালয় <pilot.hs@school.example.org>",
      "স্বয়ংক্রিয় উত্তর",
      """আপনার বার্তার জন্য ধন্যবাদ। শীতকালীন ছুটির কারণে বিদ্যালয় ১৫ ডিসেম্বর থেকে ৩১ ডিসেম্বর পর্যন্ত বন্ধ থাকবে। ছুটির পরে আপনার বার্তার উত্তর দেওয়া হবে।
প্রধান শিক্ষক""",
      "Bangla HTML auto reply with generic subject, In-Reply-To ack", ticket=T % 1190),
    A("en", "p7", "Nasima Akter <nasima.fpo@fp.example.gov.test>",
      "Out of office",
      """I am out of office till 10 December. For satellite clinic schedules contact the FPI office desk.
Nasima""",
      "Generic 'Out of office' subject, no thread headers", ticket=None),
    A("en", "qp", "Mitu Chowdhury <mitu.c@inbox.test>",
      "Automatic reply: " + ack_subject(T % 1112, "Can't log in to my email"),
      """Hello, this is an automatic reply. I am no longer using this email address. Please contact me at mitu.c2@inbox.test from now on. Thank you!""",
      "Address-changed auto reply to ack", ticket=T % 1112),
    A("bn", "p8", "মোঃ ইব্রাহিম খলিল <khalil.cooperative@coop.example.gov.test>",
      "Re: " + ack_subject(T % 1066, "শাখা ভুল দেখাচ্ছে"),
      """আসসালামু আলাইকুম। আপনার ইমেইল পেয়েছি। আমি বর্তমানে বিভাগীয় সমবায় সম্মেলনে আছি, ফিরে এসে উত্তর দেব ইনশাআল্লাহ। (স্বয়ংক্রিয় উত্তর)""",
      "Bangla Re: OOO to ack, marked as automatic only in body", ticket=T % 1066),
    A("en", "p7", "Principal's PA <pa.principal@college.example.edu.test>",
      "Undeliverable? No - Out of Office: Re: lab visit",
      """The person you are trying to reach is out of the office until Monday. Your email will be read on return.""",
      "OOO with confusing subject, no In-Reply-To", ticket=None),
    A("mixed", "p8", "Shamsun Nahar <shamsun.n@school.example.org>",
      "Re: " + ack_subject(T % 1159, "ল্যাপটপ ফেরত"),
      """Auto-reply: আমি ১২ ডিসেম্বর পর্যন্ত board exam duty তে আছি। Lab related বিষয়ে assistant teacher জনাব বিশ্বজিৎ রায়ের সাথে যোগাযোগ করুন।""",
      "Mixed auto-reply to ack naming lab", ticket=T % 1159),
    A("en", "html", "Customer Care <care@ngo-shapla.example.org>",
      "We have received your email",
      """Dear Sender,

Thank you for writing to us. This is an automated response to confirm that we have received your email. Our team will get back to you within 3 working days. Please do not reply to this message.

Customer Care Team""",
      "Generic autoresponder confirmation, In-Reply-To ack", ticket=T % 1104),
    A("bn", "qp", "নাসরিন জাহান <nasrin.udc@udc-mail.test>",
      "স্বয়ংক্রিয় উত্তর: " + ack_subject(T % 1205, "উদ্যোক্তা প্রশিক্ষণ"),
      """ধন্যবাদ। আমি প্রশিক্ষণে আছি, ২০ ডিসেম্বর পর্যন্ত সেন্টার বন্ধ থাকবে। জরুরি প্রয়োজনে ইউনিয়ন পরিষদ সচিবের সাথে যোগাযোগ করুন।""",
      "UDC entrepreneur's auto reply to ack", ticket=T % 1205),
    A("en", "p7", "noreply <noreply@school.example.org>",
      "Re: " + ack_subject(T % 1211, "Lab inventory"),
      """This is an unattended mailbox. Replies to this address are not read. Please use the contact form on the school website.""",
      "Unattended noreply mailbox answering the ack", ticket=T % 1211),
    A("en", "qp", "Kamal Uddin <kamal.uddin@mail.test>",
      "Automatic reply: " + ack_subject(T % 1222, "Computer lab smart board"),
      """Thanks for your email. I'm away for Umrah until 26 December with no access to email. For school matters please contact Hajipur High School office.

Kamal""" + "\n\n" + quote(ack_body(T % 1222, "digital-lab")),
      "Auto reply quoting the whole desk ack (contains ticket)", ticket=T % 1222),
    A("bn", "alt", "আব্দুল মান্নান <mannan.hm@school.example.org>",
      "Re: " + ack_subject(T % 1230, "ল্যাবের ল্যাপটপ নষ্ট"),
      """এটি একটি স্বয়ংক্রিয় উত্তর। বার্ষিক ক্রীড়া প্রতিযোগিতার কারণে ১০ ডিসেম্বর পর্যন্ত মেইল দেখা হবে না।

আব্দুল মান্নান""" + "\n\n" + quote(ack_body(T % 1230, "digital-lab")),
      "Bangla auto reply quoting ack", ticket=T % 1230),
]


def specs():
    return L
