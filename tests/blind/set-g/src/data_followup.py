"""Family 6: follow-ups where the ticket appears only inside the quoted acknowledgement,
plus different people quoting/forwarding someone else's acknowledgement (new requests)."""
from common import ack_msgid, ack_subject, ack_body, quote

T = "MEL-2026-%06d"


def gmail_quote(ticket, svc, when):
    return "On %s, উপজেলা আইসিটি অফিস <desk@office.test> wrote:\n%s" % (
        when, quote(ack_body(ticket, svc)))


def outlook_quote(ticket, svc, subj, when, to):
    return ("________________________________\n"
            "From: উপজেলা আইসিটি অফিস <desk@office.test>\n"
            "Sent: %s\nTo: %s\nSubject: %s\n\n%s") % (when, to, ack_subject(ticket, subj), ack_body(ticket, svc))


def F(svc, lang, shape, frm, subj, body, note, ticket, irt=True, refs=True, **kw):
    hdrs = []
    if irt:
        hdrs.append(("In-Reply-To", ack_msgid(ticket)))
    if refs:
        hdrs.append(("References", ack_msgid(ticket)))
    d = dict(family="followup-quoted", svc=svc, disp="followup", ack="yes", lang=lang,
             shape=shape, frm=frm, subj=subj, body=body, note=note, hdrs=hdrs)
    d.update(kw)
    return d


def N(svc, lang, shape, frm, subj, body, note, **kw):
    d = dict(family="followup-quoted", svc=svc, disp="new", ack="yes", lang=lang,
             shape=shape, frm=frm, subj=subj, body=body, note=note)
    d.update(kw)
    return d


L = [
    F("web-portal", "bn", "p8", "মোঃ আবুল কালাম <kalam.upsec@melandaha-up.test>",
      "নোটিশ এখনো ওঠেনি",
      """স্যার, তিন দিন হয়ে গেল, ভিজিডি কার্ড বিতরণের নোটিশটা এখনো ইউনিয়নের সাইটে দেখছি না। কাল বিতরণ। একটু দেখবেন।
আবুল কালাম, সচিব

""" + gmail_quote(T % 1204, "web-portal", "Tue, 1 Dec 2026 at 11:20"),
      "Follow-up: notice still not posted; ticket only in quoted ack", T % 1204),
    F("e-nothi", "en", "qp", "Mahbubul Alam <mahbub.alam@admin.example.gov.test>",
      "Still the same problem",
      """Dear Sir,
The notes are still disappearing when I save them, even after clearing the browser cache as your colleague suggested on the phone. Today I lost a long note on a khas land lease file.
Mahbubul Alam

""" + outlook_quote(T % 1043, "e-nothi", "Notes not saving", "Tuesday, December 1, 2026 10:02 AM",
                    "Mahbubul Alam"),
      "Follow-up in Outlook quote style; subject rewritten", T % 1043),
    F("digital-lab", "banglish", "p7", "Rasel Mia <rasel.mia.student@mail.test>", "",
      """sir ekhono keu ashe nai amader school e. lab er computer ekhono noshto. exam samne

""" + gmail_quote(T % 1161, "digital-lab", "Fri, 27 Nov 2026 at 19:45"),
      "Banglish follow-up, empty subject, In-Reply-To only", T % 1161, refs=False),
    F("ict-advice", "mixed", "alt", "মোঃ রাকিব <rakib.hsc@mail.test>",
      "আরেকটা প্রশ্ন",
      """স্যার, আগের প্রশ্নের সাথে যোগ করছি: যদি Ryzen 5 এর used laptop ৩৮ হাজারে পাই, সেটা কি নতুন i3 এর চেয়ে ভালো হবে graphics এর জন্য? Battery কত % হলে চলবে?
রাকিব

""" + gmail_quote(T % 1171, "ict-advice", "Sat, 28 Nov 2026 at 09:10"),
      "Mixed follow-up adding detail to laptop advice", T % 1171),
    F("udc-advice", "bn", "qp", "নাসরিন জাহান <nasrin.udc@udc-mail.test>",
      "প্রশিক্ষণের তারিখ জানা হয়নি",
      """স্যার, প্রশিক্ষণের বিষয়ে আমার আবেদনের পর কোনো তারিখ বা স্থান জানানো হয়নি। আমার সহ-উদ্যোক্তার নাম মোঃ রাসেল, তাঁকেও যুক্ত করবেন।
নাসরিন জাহান

""" + gmail_quote(T % 1205, "udc-advice", "Wed, 2 Dec 2026 at 15:33"),
      "UDC follow-up adding co-entrepreneur; ticket only in quote", T % 1205),
    F("web-portal", "en", "pdf", "Sub-Assistant Engineer LGED <sae.lged.mel@lged.example.gov.test>",
      "Corrected tender notice",
      """Sir,
Please replace the tender notice we sent earlier with the attached corrected version (the closing date was wrong: it is 22 December, not 12 December).
SAE, LGED Melandaha

-----Original Message-----
""" + ack_body(T % 1127, "web-portal"),
      "Follow-up with corrected attachment; References only", T % 1127, irt=False,
      att=["tender_notice_corrected.pdf"]),
    F("e-nothi", "banglish", "p7", "Rubel Hossain <rubel.h@admin.example.gov.test>",
      "ajo hocche na",
      """sir ajke o nothi loading e atke ache. apnara bolchilen server thik hobe. amader 5 ta potrojari pending.

> """ + ack_body(T % 1219, "e-nothi").replace("\n", "\n> "),
      "Banglish follow-up on e-Nothi loading issue", T % 1219),
    F("digital-lab", "en", "alt", "Nusrat Jahan <nusrat.j@school.example.org>",
      "Practical exam is on Saturday",
      """Dear Sir,
Just a reminder that our practical exam is this Saturday and the lab switch is still down. If a technician cannot come, could you tell us how to connect the laptops directly to the router as a stopgap?
Nusrat

""" + gmail_quote(T % 1131, "digital-lab", "Mon, 30 Nov 2026 at 13:05"),
      "Follow-up reminder; mentions router (could look like ict-advice)", T % 1131),
    F("udc-advice", "mixed", "p8", "Mehedi Hasan <mehedi.udc@udc-mail.test>",
      "Account ekhono pending",
      """Sir, আমার entrepreneur account এখনো pending verification দেখাচ্ছে। আজ ৭ দিন। ইউনিয়ন পরিষদ থেকে চেয়ারম্যান সাহেবের সুপারিশপত্রও দিয়েছি। আর কী লাগবে?

""" + outlook_quote(T % 1118, "udc-advice", "UDC entrepreneur portal password", "30 November 2026 16:21",
                    "mehedi.udc@udc-mail.test"),
      "Mixed UDC follow-up, Outlook-style quoted ack", T % 1118),
    F("ict-advice", "bn", "b64", "শাহনাজ বেগম <shahnaz.b@inbox.test>", "ধন্যবাদ",
      """আপনাদের পরামর্শমতো রিকভারি ফর্ম পূরণ করেছি, এখনো আইডি ফেরত পাইনি। এখন কি নতুন আইডি খুলব? পুরাতনটা রিপোর্ট করে বন্ধ করাব কীভাবে?
শাহনাজ

""" + gmail_quote(T % 1086, "ict-advice", "২৯ নভেম্বর ২০২৬, রবিবার", ),
      "Bangla follow-up under subject 'ধন্যবাদ'", T % 1086),
    # ---- different person quoting / forwarding someone else's ack (new) ----
    N("e-nothi", "mixed", "p8", "Biplob Sarkar <biplob.upsec@melandaha-up.test>",
      "Fwd: chairman sir er mail",
      """Sir, নিচের mail টা চেয়ারম্যান সাহেবের (website এর ছবির ব্যাপারে), উনি আমাকে forward করেছেন। আমার নিজের একটা আলাদা সমস্যা: UP এর e-Nothi তে আমার ID তে নতুন "সচিব" পদবি আসে নাই, আগের সচিবের নাম দেখাচ্ছে। এটা ঠিক করে দিবেন।
বিপ্লব, সচিব

---------- Forwarded message ---------
From: উপজেলা আইসিটি অফিস <desk@office.test>
To: nurul.chairman@mail.test
Subject: %s

%s""" % (ack_subject(T % 1038, "(no subject)"), ack_body(T % 1038, "web-portal")),
      "Different person forwards chairman's portal ack; asks e-Nothi designation (new)"),
    N("web-portal", "bn", "qp", "তানিয়া রহমান <tania.rahman@school.example.org>", "তথ্য",
      """স্যার, আমাদের প্রধান শিক্ষক ল্যাব নিয়ে আপনাদের কাছ থেকে নিচের উত্তরটা পেয়েছেন। আমি আলাদা বিষয়ে লিখছি: বিদ্যালয়ের বাতায়ন পাতায় আমাদের এসএমসি সভাপতির নাম ও ছবি বদলাতে হবে, নতুন কমিটি গঠিত হয়েছে।
তানিয়া রহমান, সহকারী শিক্ষক

> """ + ack_body(T % 1095, "digital-lab").replace("\n", "\n> "),
      "Teacher quotes headmaster's lab ack; new portal request"),
    N("digital-lab", "en", "alt", "Md. Obaidur Rahman <obaidur.hm@school.example.org>",
      "FW: " + ack_subject(T % 1177, "UPS batteries in lab"),
      """Dear Sir,
My colleague from the neighbouring school forwarded me your reply to his UPS request. We have the same problem, plus our lab projector's remote and HDMI cable are missing. Please register this for our school too: Kulia High School.
Md. Obaidur Rahman, Headmaster

-----Original Message-----
From: desk@office.test
To: abdur.headmaster@school.example.org

""" + ack_body(T % 1177, "digital-lab"),
      "Different school forwards another's lab ack; new lab request (FW: subject with ticket)"),
    N("udc-advice", "banglish", "p7", "Sumaiya <sumaiya.udc@udc-mail.test>",
      "amar o same",
      """sir arekjon uddokta amake apnader ei reply ta pathiyeche. amar problem alada, amar center er jonno notun laptop kinte chai, kon spec nile udc er sob service cholbe? budget 55 hajar. sumaiya, kulia udc

> """ + ack_body(T % 1118, "udc-advice").replace("\n", "\n> "),
      "Another entrepreneur quotes a UDC ack; new UDC equipment advice"),
    N("ict-advice", "mixed", "qp", "Jannatul Ferdous <jannat.f@admin.example.gov.test>",
      "এই ticket টা কি আমার?",
      """Sir, আমার colleague রুবেল ভাই তার e-Nothi সমস্যার জন্য নিচের ticket পেয়েছেন। আমার প্রশ্ন আলাদা, personal: বাসার জন্য একটা ভালো Wi-Fi router কিনব, ৩ তলা বাড়ি, কোন model বা mesh system নেওয়া উচিত?
Jannatul

""" + gmail_quote(T % 1219, "e-nothi", "Thu, 3 Dec 2026 at 12:00"),
      "Colleague quotes someone's e-Nothi ack; new personal router advice"),
]


def specs():
    return L
