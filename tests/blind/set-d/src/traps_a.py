"""Trap families part A: bijoy, bad-bangla, misleading. Written by hand."""
from common import Mail


def B(svc, frm, subj, body, note, **o):
    """Bijoy mail: subject/body written here in Unicode; the builder converts the
    parts flagged by bijoy_subject / bijoy_body to SutonnyMJ ASCII and keeps the
    Unicode in NNN.unicode.txt."""
    o.setdefault("bijoy_body", True)
    return Mail("bijoy", svc, "new", "bijoy", note, frm, subj, body, **o)


BIJOY = [
B("digital-lab", "মোঃ আনিসুর রহমান|anis.hm@school.test", "ল্যাবের কম্পিউটার নষ্ট",
"""বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়ঃ শেখ রাসেল ডিজিটাল ল্যাবের কম্পিউটার মেরামত প্রসঙ্গে।

জনাব,
সবিনয় নিবেদন এই যে, আমার বিদ্যালয়ের ডিজিটাল ল্যাবের ছয়টি ল্যাপটপ ও প্রজেক্টর নষ্ট হয়ে গেছে। শিক্ষার্থীদের ক্লাস নেওয়া সম্ভব হচ্ছে না।

অতএব, বিষয়টি বিবেচনা করে মেরামতের ব্যবস্থা গ্রহণের জন্য অনুরোধ করছি।

বিনীত
মোঃ আনিসুর রহমান
প্রধান শিক্ষক
কুলিয়া উচ্চ বিদ্যালয়
মোবাইলঃ ০১৭১২০০০৪৪৫""", "Bijoy body (cp1252 text/plain), Unicode subject: lab laptops+projector broken",
  charset="windows-1252", cte="quoted-printable"),

B("e-nothi", "উপজেলা মৎস্য অফিস|ufo.melandaha@fisheries.gov.test", "ই-নথি একাউন্ট খোলা প্রসঙ্গে",
"""সবিনয় নিবেদন এই যে, অত্র দপ্তরে নবযোগদানকৃত কর্মচারী জনাব মোঃ শফিকুল ইসলামের নামে ই-নথি একাউন্ট খোলা প্রয়োজন। প্রয়োজনীয় তথ্য নিম্নে দেওয়া হলোঃ

পদবিঃ অফিস সহকারী
মোবাইলঃ ০১৮১৫০০০৬৭৮

অতএব, একাউন্ট খোলার জন্য অনুরোধ করা হলো।

উপজেলা মৎস্য কর্মকর্তা
মেলান্দহ, জামালপুর""", "Bijoy subject and body, cp1252 8bit: open e-Nothi account for new staff",
  bijoy_subject=True, charset="windows-1252", cte="8bit"),

B("web-portal", "মোঃ নুরুল ইসলাম|secy.nangla@upmail.test", None,
"""জনাব,
নাংলা ইউনিয়ন পরিষদের ওয়েব পোর্টালে ইউনিয়ন পরিষদের সদস্যদের তালিকা ও ছবি হালনাগাদ করা প্রয়োজন। নতুন তালিকা সংযুক্ত করা হলো।

ধন্যবাদান্তে
সচিব
নাংলা ইউনিয়ন পরিষদ""", "Bijoy HTML-only with font-family SutonnyMJ, no subject: update members list on union portal",
  fmt="html", font="SutonnyMJ", charset="windows-1252", cte="quoted-printable", att=[("pdf", "member_list.pdf")]),

B("udc-advice", "মোঃ রফিক মিয়া|udc.kulia4@udc.test", "ইউনিয়ন ডিজিটাল সেন্টারের প্রিন্টার",
"""স্যার,
আমি কুলিয়া ইউনিয়ন ডিজিটাল সেন্টারের উদ্যোক্তা। আমাদের সেন্টারের প্রিন্টার ও স্ক্যানার দুটোই নষ্ট। নতুন প্রিন্টার কিনতে চাই। কোনটা কিনলে ভালো হবে পরামর্শ দিবেন।

রফিক""", "Bijoy body in utf-8 (SutonnyMJ glyphs as UTF-8), UDC printer/scanner advice",
  charset="utf-8", cte="8bit"),

B("ict-advice", "আব্দুর রাজ্জাক|razzak.a@inbox.example", "কম্পিউটার কেনার পরামর্শ",
"""স্যার,
আমি একটি কম্পিউটার কিনতে চাই। দোকানের হিসাব রাখা আর ইন্টারনেট ব্যবহার করার জন্য। বাজেট ত্রিশ হাজার টাকা। কোন কম্পিউটার কিনলে ভালো হবে জানালে উপকৃত হব।

আব্দুর রাজ্জাক
মেলান্দহ বাজার""", "Bijoy subject+body, cp1252 base64: computer buying advice",
  bijoy_subject=True, charset="windows-1252", cte="base64"),

B("digital-lab", "সেলিনা বেগম|selina.hm@school.test", "ডিজিটাল ল্যাব প্রশিক্ষণ",
"""মহোদয়,
আমাদের বিদ্যালয়ে শেখ রাসেল ডিজিটাল ল্যাব স্থাপন করা হয়েছে। ল্যাব পরিচালনার জন্য দুইজন শিক্ষকের প্রশিক্ষণ প্রয়োজন। প্রশিক্ষণের ব্যবস্থা করার জন্য অনুরোধ করছি।

সেলিনা বেগম
প্রধান শিক্ষক, ঘোষপাড়া বালিকা উচ্চ বিদ্যালয়""", "Bijoy in multipart/alternative: plain Bijoy + HTML SutonnyMJ; lab training request",
  fmt="alt", font="SutonnyMJ", charset="windows-1252", cte="quoted-printable"),

B("e-nothi", "মোঃ কামাল হোসেন|kamal.h@gov.test", "ই-নথিতে লগইন সমস্যা",
"""স্যার, আমি ই-নথিতে লগইন করতে পারছি না। পাসওয়ার্ড দিলে ভুল দেখায়। পাসওয়ার্ড পরিবর্তনের ব্যবস্থা করার অনুরোধ করছি।
কামাল হোসেন
উপজেলা পল্লী উন্নয়ন কর্মকর্তার কার্যালয়""", "Bijoy subject only as Q-encoded windows-1252, body Bijoy too: e-Nothi login",
  bijoy_subject=True, subj_charset="windows-1252", subj_mode="Q", charset="windows-1252", cte="quoted-printable"),

B("web-portal", "মাহমুদপুর ইউনিয়ন পরিষদ|mahmudpur.up@upmail.test", "পোর্টালে নোটিশ প্রকাশ",
"""বরাবর
উপজেলা আইসিটি অফিসার

বিষয়ঃ ইউনিয়ন পোর্টালে বিজ্ঞপ্তি প্রকাশ প্রসঙ্গে।

জনাব,
মাহমুদপুর ইউনিয়ন পরিষদের গ্রাম আদালত সংক্রান্ত বিজ্ঞপ্তি পোর্টালে প্রকাশ করার জন্য অনুরোধ করছি। বিজ্ঞপ্তির কপি সংযুক্ত।

চেয়ারম্যান""", "Bijoy body, cp1252 8bit with PDF attachment: publish notice on union portal",
  charset="windows-1252", cte="8bit", att=[("pdf", "gram_adalat_notice.pdf")]),

B("udc-advice", "মোছাঃ শিরিন আক্তার|udc.nayanagar4@udc.test", "উদ্যোক্তা প্রশিক্ষণ প্রসঙ্গে",
"""আসসালামু আলাইকুম স্যার,
আমি নয়ানগর ইউনিয়ন ডিজিটাল সেন্টারের নারী উদ্যোক্তা। নতুন সেবা চালুর বিষয়ে প্রশিক্ষণ ও পরামর্শ চাই। আমাদের সেন্টারে গ্রাহক কমে গেছে।

শিরিন আক্তার""", "Bijoy HTML-only utf-8 with SutonnyMJ span; UDC training/advice",
  fmt="html", font="SutonnyMJ", charset="utf-8", cte="base64"),

B("ict-advice", "মোঃ হারুনুর রশিদ|harun.r@inbox.example", "ফেসবুক আইডি উদ্ধার",
"""স্যার, আমার ফেসবুক আইডি অন্য কেউ নিয়ন্ত্রণ করছে। পাসওয়ার্ড পরিবর্তন করে দিয়েছে। কীভাবে উদ্ধার করব পরামর্শ দিন।
হারুন, দুরমুট""", "Bijoy subject+body cp1252 7bit-looking QP: hacked facebook advice",
  bijoy_subject=True, charset="windows-1252", cte="quoted-printable"),

B("digital-lab", "আদ্রা উচ্চ বিদ্যালয়|adra.hs@school.test", "ল্যাবে ইন্টারনেট নেই",
"""জনাব,
আদ্রা উচ্চ বিদ্যালয়ের ডিজিটাল ল্যাবে এক মাস ধরে ইন্টারনেট সংযোগ নেই। রাউটার নষ্ট হয়েছে কিনা বুঝতে পারছি না। দ্রুত ব্যবস্থা নেওয়ার অনুরোধ রইল।
প্রধান শিক্ষক""", "Bijoy body as Word-style attachment-free HTML in multipart/mixed with docx: lab internet down",
  fmt="html", font="SutonnyMJ", charset="windows-1252", cte="8bit", att=[("docx", "abedon.docx")]),

B("web-portal", "মোঃ আবুল কাশেম|kashem.principal@college.test", "কলেজের পোর্টাল হালনাগাদ",
"""সবিনয় নিবেদন এই যে, মেলান্দহ কারিগরি কলেজের ওয়েব পোর্টালে অধ্যক্ষের নাম ও ছবি পরিবর্তন করা প্রয়োজন। নতুন অধ্যক্ষ যোগদান করেছেন। প্রয়োজনীয় ব্যবস্থা গ্রহণের অনুরোধ করছি।

অধ্যক্ষ
মেলান্দহ কারিগরি কলেজ""", "Bijoy subject B-encoded utf-8 + Bijoy body utf-8: update principal on college portal",
  bijoy_subject=True, subj_mode="B", charset="utf-8", cte="quoted-printable"),
]


def BB(svc, lang, frm, subj, body, note, **o):
    return Mail("bad-bangla", svc, "new", lang, note, frm, subj, body, **o)


ZWJ = "\u200d"
ZWNJ = "\u200c"

BAD = [
BB("digital-lab", "bn", "রহিম উদদিন|rahim.ud@school.test", "লযাবের কমপিউটার নসট",
"""সযার আমাদের সকুলের লযাবের কমপিউটার নসট হযে গেছে. পরজেকটর ও চলে না. কি করব জানাবেন. কুলিয়া উচচ বিদযালয""",
  "conjuncts typed without hasanta (লযাব, কমপিউটার, নসট): lab computers/projector broken"),

BB("e-nothi", "bn", "শাহিন আলম|shahin.a@gov.test", "ই-নথত লগইন হচছ না",
"""সর, আম ই-নথত লগইন করত পারছ ন. পসওযরড ভল দখয. ঠক কর দবন.
শহন, উপজল সমবয অফস""", "missing vowel signs and hasanta throughout: e-Nothi login failing"),

BB("web-portal", "bn", "মোঃ রবিউল|robiul.m@upmail.test", "পোর্টালে নোটিশ",
"ইউনিয়ন পোর্" + ZWNJ + "টালে নোটি" + ZWJ + "শ দিতে চাই। চেয়ারম্যান সাহেবের নির্দে" + ZWNJ + "শে" + ZWJ + " কর ম" + ZWJ + "েলার বিজ্ঞপ্" + ZWNJ + "তি। পাসওয়ার্" + ZWJ + "ড ভুলে গেছি।\nরবিউল, নয়ানগর ইউপি",
  "stray ZWJ/ZWNJ inside words (incl. ZWJ between consonant and vowel sign): union portal notice + forgot password"),

BB("udc-advice", "bn", "মোছাঃ মিনা|udc.kulia5@udc.test", "ইউডিসির প্রিন্টার",
"\u09c7\u09af\u09ae\u09a8 \u0986\u099b\u09c7\u09a8 \u09b8\u09cd\u09af\u09be\u09b0\u0964 \u0986\u09ae\u09bf \u0995\u09c1\u09b2\u09bf\u09af\u09bc\u09be \u0987\u0989\u09a1\u09bf\u09b8\u09bf\u09b0 \u0989\u09a6\u09cd\u09af\u09cb\u0995\u09cd\u09a4\u09be\u0964 "
"\u0986\u09ae\u09be\u09a6\u09c7\u09b0 \u09aa\u09cd\u09b0\u09bf\u09a8\u09cd\u099f\u09be\u09b0 \u0995\u09be\u0997\u099c \u099f\u09be\u09a8\u09c7 \u09a8\u09be\u0964 "
"\u09a8\u09a4\u09c1\u09a8 \u0995\u09c7\u09a8\u09be\u09b0 \u09aa\u09b0\u09be\u09ae\u09b0\u09cd\u09b6 \u09a6\u09bf\u09ac\u09c7\u09a8\u0964\n\u09ae\u09bf\u09a8\u09be",
  "starts with a stray e-kar before the consonant (typed in visual order: ে য ম ন), UDC printer advice"),

BB("digital-lab", "bn", "সাইফুল|saiful.t@school.test", "ল্যাবে ইন্টারনেট",
"আমাদের ল্যাবে ইন্টারনেট ন\u09c7\u09be\u0987। রাউটার ন\u09b7\u09cd\u099f। ক\u09c7\u09bfউ এস\u09c7 দেখে যান। শিক্ষক\u09c7\u09b0া ক্লাস নিত\u09c7 পারছে না।\nসাইফুল, নাংলা হাই স্কুল",
  "decomposed o-kar (ে+া), e-kar+i-kar pile-ups, stray া after র: lab internet/router broken"),

BB("ict-advice", "bn", "আকলিমা|aklima.k@mail.test", "ফেসবুক",
"আমার ফ\u09c7সবুক আইডি হযাক হয\u09bcেছে। কি কর\u09acো? য\u09bc য\u09bc পাসওযার্ড চেনজ করে ফেলছে।\nআকলিমা",
  "decomposed nukta (য + ়), missing hasanta in হযাক/চেনজ, vowel sign on nukta: hacked facebook advice"),

BB("e-nothi", "mixed", "Md. Sohel|sohel.gov@gov.test", "e-নথি training",
"স্যার e-নথি training এ আমা\u09b0 নাম দিত\u09c7 চাই। আমি ন\u09a4ু\u09a8 জয়েন করেছি উপজেলা প\u09b2\u09cd\u200c\u09b2ী উন্নয়ন অফিসে। training এ কি ক\u09bf লাগবে? ল্\u200dযাপটপ আনতে হবে?",
  "ZWNJ after hasanta (প্‌লী), ZWJ ya-phala, otherwise mixed: e-Nothi training request"),

BB("web-portal", "bn", "ঝাউগড়া ইউপি|jhaugara.up2@upmail.test", "পরটাল হালনাগাদ",
"জনাব, ঝাউগড়া ইউনিযন পরিষদের পরটালে চেযারমযান এর ছবি পরিবরতন করতে হবে। নতুন ছবি সংযুকত। ধনযবাদ। সচিব",
  "য় written as য, reph/ya-phala missing (পরটাল, চেযারমযান, সংযুকত): replace chairman photo on portal",
  att=[("jpg", "chairman.jpg")]),

BB("udc-advice", "bn", "মোঃ কাওছার|udc.adra5@udc.test", "উদদোকতা পরশিকষন",
"সার, আমি আদরা ইউনিযন ডিজিটাল সেনটারের উদদোকতা। উদদোকতা পরশিকষন কবে হবে? আমাকে জানাবেন। মোবাইল ০১৭১১০০০৯৯৯",
  "phonetic misspelling without conjuncts (উদদোকতা পরশিকষন = উদ্যোক্তা প্রশিক্ষণ): UDC entrepreneur training"),

BB("ict-advice", "bn", "নাসির|nasir.c@inbox.example", "লেপটপ কিনব",
"স\u09cd\u09cdযার ৪০ হাজার টা\u0995া\u09be বাজেট\u09c7 একটা লেপটপ কিনব\u0964 কোনটা ভাল হব\u09c7? ব\u09bf\u09bf\u09a6েশি নাকি দেশি ব্র\u200d্যান্ড?",
  "double hasanta, doubled vowel signs (াা, িি), ZWJ inside র্‍্য: laptop buying advice"),
]


def ML(svc, lang, frm, subj, body, note, **o):
    return Mail("misleading", svc, "new", lang, note, frm, subj, body, **o)


MISLEADING = [
# --- subject/quote about one service, new text asks another
ML("digital-lab", "bn", "মোঃ হাসান আলী|hasan.hm@school.test", "ই-নথি প্রশিক্ষণ সংক্রান্ত",
"""স্যার, ই-নথি প্রশিক্ষণের ব্যাপারে পরে জানাব। আজ জরুরি বিষয় হলো আমাদের বিদ্যালয়ের ডিজিটাল ল্যাবের ১২টি ল্যাপটপ একসাথে বন্ধ হয়ে গেছে, চার্জ নিচ্ছে না। কাল থেকে ব্যবহারিক পরীক্ষা। দ্রুত কাউকে পাঠালে উপকৃত হব।
হাসান আলী, প্রধান শিক্ষক, শ্যামপুর উচ্চ বিদ্যালয়""", "subject says e-Nothi training, body asks lab laptop repair"),

ML("e-nothi", "en", "Monira Hossain|monira.h@gov.test", "Re: School lab projector",
"""Sir, forget about the projector for now - the school sorted it out. The real problem: I was moved to the Upazila Secondary Education Office as focal point and my e-Nothi desk still belongs to the old office. Please reassign my e-Nothi designation.

Monira Hossain

> -----Original Message-----
> Subject: School lab projector
> The projector of the digital lab at Kulia High School is broken.""", "quoted thread about lab projector, new text asks e-Nothi desk reassignment"),

ML("web-portal", "mixed", "মোঃ শাকিল|udc.nangla5@udc.test", "UDC monthly report",
"""স্যার, monthly report দিয়েছি। এবার অন্য বিষয়: নাংলা ইউনিয়ন portal এ UP secretary এর নাম এখনো পুরনো, নতুন সচিব জনাব আতিকুর রহমান যোগ দিয়েছেন। Portal এ update করে দিবেন please।

মোঃ শাকিল
উদ্যোক্তা, নাংলা ইউনিয়ন ডিজিটাল সেন্টার""", "UDC signature and UDC-report subject, request is union portal update"),

ML("ict-advice", "en", "Abdul Latif|abdul.latif@school.test", "Digital lab",
"""Dear Sir,
I am the headmaster of Fulkocha High School, but this is a personal matter, not about our lab. My son wants a laptop for university (CSE). What specification should we buy with about 70,000 taka?
Abdul Latif
Headmaster, Fulkocha High School (EIIN 114593)""", "subject 'Digital lab' + headmaster signature, actually personal laptop advice"),

ML("udc-advice", "bn", "শামসুন্নাহার|shamsun.n@gov.test", "ই-নথি",
"""ই-নথি ফোকাল পয়েন্ট হিসেবে লিখছি না, আমার বোন ঘোষপাড়া ইউডিসির উদ্যোক্তা, ওর হয়ে জানতে চাই: ইউডিসির জন্য ল্যামিনেটিং মেশিন আর আইডি কার্ড প্রিন্টার কোথা থেকে কেনা ভালো, আর সেবামূল্য কত রাখা যায়?
শামসুন্নাহার
ই-নথি ফোকাল পয়েন্ট, উপজেলা নির্বাহী অফিসারের কার্যালয়""", "e-Nothi focal-point signature + subject 'ই-নথি', asks UDC equipment advice"),

ML("digital-lab", "mixed", "Rokon Uddin|rokon.u@school.test", "Web portal e notice",
"""Sir, portal এর notice দেওয়া হয়ে গেছে, ধন্যবাদ। নতুন সমস্যা: lab এর internet router থেকে wifi আসে কিন্তু কোনো laptop connect হয় না, "no internet, secured" দেখায়। একটু দেখবেন।
Rokon, ICT teacher, Durmut High School""", "subject about web portal notice, asks lab wifi problem"),

ML("e-nothi", "bn", "মোঃ মনিরুজ্জামান|udc.durmuth4@udc.test", "ইউডিসি উদ্যোক্তা",
"""স্যার, আমি উদ্যোক্তা ছিলাম, এখন উপজেলা ভূমি অফিসে কম্পিউটার অপারেটর পদে যোগ দিয়েছি। ই-নথিতে আমার একাউন্ট খোলা ও ভূমি অফিসের ডেস্কে যুক্ত করতে হবে। যোগদানপত্র সংযুক্ত।
মনিরুজ্জামান""", "from UDC address, subject 'UDC entrepreneur', request is e-Nothi account", att=[("pdf", "joining.pdf")]),

ML("web-portal", "en", "Tahmid Hasan|tahmid.h@school.test", "Fwd: e-Nothi training schedule",
"""Sir, I got this forwarded schedule, thanks. But separately: our school page on the national portal still shows the old EIIN (114500) instead of 114650. Please correct it.

Tahmid Hasan, Assistant Teacher

---------- Forwarded message ---------
From: ICT Office Melandaha <training@office.test>
Subject: e-Nothi training schedule
Batch 3: 14 December 2026, Upazila Parishad Hall.""", "forwarded e-Nothi schedule; new ask is correcting EIIN on school portal page"),

ML("udc-advice", "banglish", "Liza|udc.shyampur4@udc.test", "lab er projector",
"""sir lab er projector er kotha vul kore likhsi, oita school er bepar. amar nijer prosno: amader UDC te notun webcam ar photo printer lagbe, kon ta kinbo? Liza, Shyampur UDC""", "subject about lab projector, actual ask UDC equipment advice"),

ML("ict-advice", "mixed", "Md. Rashidul Hasan|rashidul.h@gov.test", "e-Nothi focal point meeting",
"""Sir, meeting এর ব্যাপার না। আমার বাসার WiFi router hack হয়েছে মনে হয়, অচেনা device connect দেখায়। কীভাবে secure করব?
Rashidul Hasan
e-Nothi Focal Point, Upazila Agriculture Office""", "e-Nothi focal point subject/signature, asks home router security advice"),

ML("digital-lab", "bn", "ইউপি সচিব, কুলিয়া|kulia.up2@upmail.test", "ইউনিয়ন পোর্টাল",
"""জনাব, পোর্টালের বিষয়টি নয়। কুলিয়া ইউনিয়নের কুলিয়া বালিকা উচ্চ বিদ্যালয়ের শেখ রাসেল ডিজিটাল ল্যাবের দরজার তালা ভেঙে গেছে এবং দুটি ল্যাপটপ পাওয়া যাচ্ছে না। প্রধান শিক্ষক আমাকে জানাতে বলেছেন; তিনি ইমেইল ব্যবহার করেন না।
সচিব, কুলিয়া ইউপি""", "UP secretary signature and portal subject; reports school lab break-in on behalf of headmaster"),

ML("e-nothi", "banglish", "Sohana|sohana.s@gov.test", "school website update",
"""sir school website er kaj ta pore. ekhon urgent: amar e-nothi te "digital signature" button dekhay na, UNO sir er file sign korte parchi na. Sohana, PA to UNO""", "subject school website, asks e-Nothi signature button"),

# --- out of scope, ICT words, service none, still ack yes
ML("none", "en", "Rifat Hossain|rifat.h@inbox.example", "Internship application - ICT office",
"""Dear Sir,

I am a final-year CSE student and would like to do a three-month internship at the Upazila ICT Office, working on web portals, e-Nothi support and digital labs. Please find my CV attached. I am available from January 2027.

Sincerely,
Rifat Hossain
01799-000555""", "out of scope: internship application full of service words", att=[("pdf", "Rifat_CV.pdf")]),

ML("none", "bn", "মোঃ আলাউদ্দিন|alauddin.m@inbox.example", "মোবাইল টাওয়ারের রেডিয়েশন",
"""স্যার, আমাদের বাড়ির পাশে নতুন মোবাইল টাওয়ার বসানো হয়েছে, নেটওয়ার্ক ভালো কিন্তু রাতে জেনারেটরের শব্দ আর রেডিয়েশনের ভয়। টাওয়ারটি সরানোর জন্য কোথায় অভিযোগ করব? আপনারা ব্যবস্থা নিন।
আলাউদ্দিন, মাহমুদপুর""", "out of scope: complaint about mobile tower"),

ML("none", "mixed", "শাহনাজ বেগম|shahnaz.b@mail.test", "bKash এ ভুল নম্বরে টাকা গেছে",
"""স্যার, আমি ভুল করে অন্য একটা নম্বরে ৫০০০ টাকা send money করেছি। সে টাকা ফেরত দিচ্ছে না। আপনাদের ICT অফিস থেকে refund করে দেওয়া যাবে? Transaction ID: 9LK0000XYZ।""", "out of scope: mobile-money refund request"),

ML("none", "en", "Mahbubur Rahman|mahbub.r@inbox.example", "e-Passport fee paid twice online",
"""Dear Sir,
I paid the e-passport fee online twice by mistake through the payment portal. The passport office says to contact "the ICT people". Can you refund the second payment? Application ID OID-0000-1111.
Regards, Mahbubur""", "out of scope: e-passport fee double payment refund"),

ML("none", "bn", "সুমাইয়া খাতুন|sumaiya.k@inbox.example", "চাকরির আবেদন",
"""বরাবর,
উপজেলা আইসিটি অফিসার, মেলান্দহ।

বিষয়: কম্পিউটার অপারেটর পদে চাকরির আবেদন।

জনাব, আমি কম্পিউটার বিজ্ঞানে ডিপ্লোমা সম্পন্ন করেছি এবং ই-নথি, ওয়েব পোর্টাল ও এমএস অফিসে দক্ষ। আপনার অফিসে কোনো পদ খালি থাকলে আমাকে বিবেচনার অনুরোধ করছি। জীবনবৃত্তান্ত সংযুক্ত।

সুমাইয়া খাতুন""", "out of scope: job application letter", att=[("pdf", "জীবনবৃত্তান্ত.pdf")]),

ML("none", "banglish", "Kamal|kamal.b@inbox.example", "current bill online",
"""sir amar electricity bill online e pay korsi kintu palli biddut office bole payment pay nai. prepaid meter e recharge o hoy nai. ICT office theke ki check kore dewa jay? customer no 0000112233""", "out of scope: electricity bill online payment"),

ML("none", "mixed", "Md. Zahid|zahid.m@inbox.example", "NID correction online",
"""Sir, NID card এ আমার জন্মতারিখ ভুল। Online এ correction apply করতে চাই কিন্তু server এ OTP আসে না। ICT office থেকে আমার NID ঠিক করে দেওয়া যাবে?""", "out of scope: NID correction (election commission matter)"),

ML("none", "en", "Sanjida Akter|sanjida.a@inbox.example", "Mobile network very weak in Nangla - complaint",
"""Sir, the 4G signal of our mobile operator in Nangla village is very weak, calls drop and data doesn't work. Please instruct the operator to install a new tower. Many students can't attend online classes.
Sanjida""", "out of scope: mobile network coverage complaint"),

ML("none", "bn", "রাকিবুল হাসান|rakibul.hs@inbox.example", "ল্যাপটপ বিতরণ কর্মসূচি",
"""স্যার, শুনেছি সরকার শিক্ষার্থীদের বিনামূল্যে ল্যাপটপ দিচ্ছে। আমি একাদশ শ্রেণির ছাত্র। আমার নাম তালিকায় দিতে চাই, কীভাবে আবেদন করব? আমার বাবা কৃষক।""", "out of scope: individual student asks to be given a free laptop"),

ML("none", "banglish", "Sumon Hossain|sumon.hs@inbox.example", "upazila parishad er CCTV footage",
"""sir gotokal upazila parishad er samne theke amar motorcycle churi hoise. apnader ICT office er CCTV camera r footage ta dekhte chai, server e record thake na? police ke dewar jonno pen drive e copy kore diben please. 01811000666""", "out of scope: wants CCTV footage for a stolen motorcycle"),
]
