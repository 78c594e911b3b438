"""misleading family: subject / quoted thread / signature point one way,
the new text asks for something else; plus out-of-scope requests full of ICT
words (service none, still acknowledged)."""
from spec import M


def ML(service, lang, note, frm, subject, body, **kw):
    return M("misleading", service, "new", lang, note, frm=frm, subject=subject, body=body, **kw)


MAILS = [
# ---- subject says one service, body asks another
ML("e-nothi", "bn", "subject says digital lab, body is about the headmaster's e-nothi login",
   "মোঃ নজরুল ইসলাম|nazrul.hm@melandaha-pilot.edu.test", "ডিজিটাল ল্যাব",
   """\
স্যার,
ল্যাবের বিষয়ে আগেই আপনাদের অফিসে কথা বলেছি, সেটা ঠিক আছে। এখন সমস্যা অন্য জায়গায়: জেলা শিক্ষা অফিস বিদ্যালয় প্রধানদের ই-নথিতে চিঠি পাঠাচ্ছে, কিন্তু আমার ই-নথি আইডিতে লগইন হচ্ছে না ("ব্যবহারকারী নিষ্ক্রিয়")। আইডি সচল করে দিন।
মোঃ নজরুল ইসলাম, প্রধান শিক্ষক, মেলান্দহ পাইলট উচ্চ বিদ্যালয়
"""),
ML("web-portal", "en", "subject 'UDC report' but asks to fix union portal contact page",
   "Nurjahan Begum|nurjahan.udc@kulia-udc.test", "UDC monthly report",
   """\
Sir,
Ignore the subject, I reused an old mail. The real issue: on the Kulia union web portal, the "Digital Centre" contact box still shows the previous entrepreneur's name and phone. Citizens keep calling him. Please replace it with my name and 01738-000246.
Nurjahan Begum
"""),
ML("ict-advice", "mixed", "subject 'e-Nothi' but asks personal advice on buying a laptop",
   "মাহমুদা আক্তার|mahmuda.a@edu-office.test", "e-Nothi",
   """\
স্যার,
অফিসের e-Nothi নিয়ে কিছু না, ব্যক্তিগত একটা পরামর্শ দরকার। মেয়ের জন্য ৬০ হাজারের মধ্যে একটা laptop কিনব, graphics design শিখবে। কোন processor আর RAM নেব? Display কেমন হওয়া উচিত?
মাহমুদা
"""),
ML("digital-lab", "banglish", "subject 'website update' but asks lab router repair",
   "Shohel|shohel.ict@nayanagar-hs.edu.test", "website update",
   """\
sir subject ta vul dilam, website na. amader school er digital lab er router ta burn hoye gese, lab e kono internet nai. router replace ba repair er babostha korben? Shohel, ICT teacher, Nayanagar HS
"""),
ML("udc-advice", "bn", "subject 'web portal update' (in Bangla) but UDC entrepreneur asks equipment advice",
   "মোঃ শাকিল|shakil.udc@durmut-udc.test", "ওয়েব পোর্টাল হালনাগাদ",
   """\
স্যার,
বিষয়ের ঘরে যা লেখা আছে সেটা আগের মেইল থেকে রয়ে গেছে। আমার প্রশ্ন হলো দুরমুট ডিজিটাল সেন্টারের জন্য একটা ল্যামিনেটিং মেশিন ও আইডি কার্ড প্রিন্টার কিনব কি না — সেন্টারে কি এসব সেবার চাহিদা আছে, লাভজনক হবে কি?
শাকিল, উদ্যোক্তা
"""),
ML("e-nothi", "en", "subject about lab training, body asks e-nothi training for UP staff",
   "Kulia Union Parishad|kulia.up@uplocal.test", "Re: lab teacher training schedule",
   """\
Dear Sir,
This is not about the lab training (that was a mail from the school). For our union parishad: our secretary and accounts assistant need training on e-Nothi dak and potrojari. Please tell us when they can come.
Chairman, Kulia UP
"""),
# ---- quoted thread about one service, new text asks another
ML("digital-lab", "mixed", "quoted thread about union portal, new text asks lab projector",
   "আরিফ হোসেন|arif.h@adra-hs.edu.test", "Re: union portal-এ school-এর নাম",
   """\
স্যার, portal-এর বিষয়টা UP সচিব দেখছেন। আমার নতুন সমস্যা: school-এর digital lab-এর projector-এর ছবি হলুদ আসে, lens-এ দাগ। এটা মেরামত করাতে চাই, কোথায় পাঠাব?
আরিফ

-----Original Message-----
From: Adra UP Secretary <adra.up@uplocal.test>
Sent: 2 December 2026
Subject: union portal-এ school-এর নাম

> আদ্রা ইউনিয়ন portal-এর শিক্ষা প্রতিষ্ঠান তালিকায় আপনাদের school-এর নাম ভুল বানানে আছে।
> আমরা portal update করে দিচ্ছি, সঠিক বানান পাঠান।
"""),
ML("ict-advice", "en", "forwarded e-nothi circular quoted; new text asks home Wi-Fi security advice",
   "Tahmid Hasan|tahmid.h@mail.test", "Fwd: e-Nothi circular",
   """\
Hi, I got this forwarded by my father who works in an upazila office. Not my concern. My question: my home Wi-Fi router has the default password "admin". How do I change it and what other settings make it safe?
Tahmid

---------- Forwarded message ---------
From: Upazila Office <notice@upazila-office.test>
Subject: e-Nothi circular
All offices are requested to process dak only through e-Nothi from 1 January 2027.
Digital signature is mandatory for potrojari.
"""),
ML("web-portal", "bn", "quoted UDC training mail; new text asks to update union portal photo",
   "শাহিদা বেগম|shahida.secy@jhaugara-up.test", "Re: উদ্যোক্তা প্রশিক্ষণ ১৫ ডিসেম্বর",
   """\
স্যার,
প্রশিক্ষণের তারিখ উদ্যোক্তাদের জানিয়ে দিয়েছি। সেই সাথে একটা অনুরোধ: ঝাউগড়া ইউনিয়ন পোর্টালের প্রথম পাতায় পরিষদ ভবনের যে ছবি আছে সেটা ১০ বছর আগের, নতুন ভবনের ছবি সংযুক্ত করলাম। পোর্টালে বদলে দিন।
শাহিদা বেগম, সচিব

> ১৫ ডিসেম্বর সকাল ১০টায় উপজেলা পরিষদ হলরুমে ইউডিসি উদ্যোক্তাদের প্রশিক্ষণ অনুষ্ঠিত হবে।
> সকল উদ্যোক্তাকে উপস্থিত থাকতে অনুরোধ করা হলো।
""", attach=[("notun_bhobon.jpg", "jpg")]),
ML("udc-advice", "banglish", "quoted lab complaint; new text from UDC about service fee list",
   "Rashida|rashida.udc@charbani-udc.test", "Re: lab er computer",
   """\
sir uporer mail ta amar vai er school er, oita bad den. ami Charbani UDC er udyokta. amar proshno: online jonmo nibondhon abedon e koto taka service charge newa jabe? ekta official list diben?
Rashida

> sir amader school er lab er computer 5 ta nosto, ektu dekhen.
"""),
# ---- signature role misleads
ML("ict-advice", "bn", "signature says UDC entrepreneur, but asks personal cyber-security advice",
   "মোঃ রাসেল মিয়া|rasel.udc@nangla-udc.test", "মোবাইলে ভাইরাস?",
   """\
স্যার,
ব্যক্তিগত একটা বিষয়। আমার স্ত্রীর মোবাইলে একটা অ্যাপ নামানোর পর থেকে নিজে নিজে মেসেজ যাচ্ছে আর ব্যালান্স কেটে যাচ্ছে। কীভাবে বুঝব কোন অ্যাপ দায়ী, আর মোবাইল রিসেট দিলে কি ঠিক হবে?

মোঃ রাসেল মিয়া
উদ্যোক্তা, নাংলা ইউনিয়ন ডিজিটাল সেন্টার
"""),
ML("web-portal", "en", "signature 'e-Nothi focal point' but asks upazila portal notice upload",
   "Md. Ashraful Islam|ashraful.i@admin-office.test", "Notice",
   """\
Dear colleague,
Please upload the attached notice on the public hearing (gonoshunani) of 18 December to the Melandaha upazila web portal, under "notice board", today if possible.

Md. Ashraful Islam
Office Assistant and e-Nothi Focal Point
UNO Office, Melandaha
""", attach=[("gonoshunani_notice.pdf", "pdf")]),
ML("e-nothi", "mixed", "signature 'Headmaster' and school words, but asks e-nothi digital signature for himself as acting education officer",
   "মোঃ ফজলুল হক|fazlul.hm@hs-school.test", "School থেকে একটা অনুরোধ",
   """\
স্যার,
আমি বর্তমানে অতিরিক্ত দায়িত্ব হিসেবে উপজেলা মাধ্যমিক শিক্ষা অফিসারের চলতি দায়িত্বে আছি (অফিস আদেশ attached)। e-Nothi-তে ওই পদের digital signature-এ আমি sign করতে পারছি না। এটা চালু করে দিন।

মোঃ ফজলুল হক
প্রধান শিক্ষক
মেলান্দহ সদর উচ্চ বিদ্যালয়
""", attach=[("office_order.pdf", "pdf")]),
ML("digital-lab", "banglish", "signature 'UP secretary' but asks about his village school's lab",
   "Abdur Rashid|rashid.secy@mahmudpur-up.test", "ekta onurodh",
   """\
sir, amar gramer Mahmudpur dakhil madrasa te digital lab deya hoise kintu laptop gula ekhono box e, keu setup kore nai, teacher ra jane na. madrasa committee te ami achi. lab ta chalu korar babostha korle khushi hobo.

Abdur Rashid
Sochib, Mahmudpur Union Parishad
"""),
# ---- out-of-scope, full of ICT words: service none, still acknowledged
ML("none", "en", "out of scope: CSE student asks for internship at ICT office",
   "Sakib Al Hasan|sakib.cse@univ-mail.test", "Internship request - CSE student",
   """\
Dear Sir,

I am a final-year CSE student. I would like to do my 3-month internship at the Upazila ICT Office, Melandaha, working on networking, web portals or e-governance. My CV is attached. Please let me know if this is possible.

Sincerely,
Sakib Al Hasan
""", attach=[("Sakib_CV.pdf", "pdf")]),
ML("none", "bn", "out of scope: complaint about mobile tower radiation near house",
   "মোঃ আব্দুল আউয়াল|awal.a@dakghor.test", "মোবাইল টাওয়ার নিয়ে অভিযোগ",
   """\
জনাব,
আমার বাড়ির পাশে একটি মোবাইল অপারেটরের টাওয়ার বসানো হয়েছে। শুনেছি এর রেডিয়েশনে ক্ষতি হয়, আমার বাচ্চারা অসুস্থ থাকে। ইন্টারনেট, নেটওয়ার্ক সব আপনাদের বিষয়, তাই আপনাকে জানালাম। টাওয়ারটি সরানোর ব্যবস্থা নিন।
আব্দুল আউয়াল, নাংলা
"""),
ML("none", "banglish", "out of scope: mobile-money (bKash-like) wrong send refund",
   "Rubel|rubel.m@mail.test", "vul number e taka chole gese",
   """\
sir ami mobile banking e 5000 taka vul number e send kore felsi, online e transaction ID ache: 9XF00000QA. oi number bondho. apnara ICT office, digital er kaj koren, taka ferot pawar babostha kore den plz. 01785-000914
Rubel
"""),
ML("none", "mixed", "out of scope: e-passport fee paid online, asks refund/status",
   "নাফিসা ইসলাম|nafisa.i@inbox.example", "e-Passport fee online payment সমস্যা",
   """\
স্যার,
e-Passport-এর জন্য online-এ fee দিয়েছি, টাকা কেটেছে কিন্তু application-এ "payment pending" দেখাচ্ছে। Passport office বলছে online সমস্যা ICT office দেখবে। আমার appointment পরশু। কী করব?
নাফিসা ইসলাম
"""),
ML("none", "en", "out of scope: job application for computer operator post",
   "Md. Rakibul Islam|rakibul.job@freemail.test", "Application for the post of Computer Operator",
   """\
To
The Upazila ICT Officer
Melandaha, Jamalpur

Sir,
I came to know that there may be vacancies for computer operators. I have a diploma in computer technology, typing speed 35 wpm (Bangla) and 45 wpm (English), and experience with MS Office, e-Nothi and web portals. I request you to consider me for any suitable post. CV attached.

Yours faithfully,
Md. Rakibul Islam
01742-000359
""", attach=[("CV_Rakibul.docx", "docx")]),
ML("none", "bn", "out of scope: NID correction online, asks ICT office to fix",
   "মোছাঃ সুফিয়া খাতুন|sufia.k@mail.test", "এনআইডি সংশোধন অনলাইনে হচ্ছে না",
   """\
স্যার,
আমার জাতীয় পরিচয়পত্রে বাবার নামের বানান ভুল। অনলাইনে সংশোধনের আবেদন করতে গেলে ওটিপি আসে না, সার্ভার এরর দেয়। আপনারা আইসিটি অফিস, আপনারা কি আমার এনআইডি ঠিক করে দিতে পারবেন?
সুফিয়া খাতুন, দুরমুট
"""),
ML("none", "banglish", "out of scope: SIM re-registration biometric problem",
   "Jony|jony.k@freemail.test", "sim biometric hoy na",
   """\
sir amar sim ta hariye gesilo, notun sim tulte gelam, biometric verification e fingerprint mile na bole. network company er customer care bolche upazila ICT te jogajog korte. apnara ki kono help korte parben?
"""),
ML("none", "en", "out of scope: electricity prepaid meter recharge app failed",
   "Farid Ahmed|farid.a@inbox.example", "Prepaid meter online recharge failed",
   """\
Hello,
I recharged my prepaid electricity meter through an app, money was deducted but the token never came and now the meter is about to cut off. The app support is not answering. Since this is a digital service, can the ICT office help me get the token or refund?
Farid Ahmed, Melandaha town
"""),
]
