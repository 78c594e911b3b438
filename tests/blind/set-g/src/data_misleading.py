"""Family 2: misleading mails. Label = what the NEW text asks for."""
from common import quote


def M(svc, lang, shape0, frm, subj, body, note, **kw):
    d = dict(family="misleading", svc=svc, disp="new", ack="yes", lang=lang, shape=shape0,
             frm=frm, subj=subj, body=body, note=note)
    d.update(kw)
    return d


OLD_PORTAL = """On Tue, 3 Nov 2026 at 11:02, ICT Desk <desk@office.test> wrote:
Notice uploaded to Jhaugara UP website. Please check the notice board section.

Jhaugara UP wrote:
Please upload the attached VGD notice on our union website."""

L = [
    # --- subject / old thread points elsewhere ---
    M("e-nothi", "mixed", "p8", "জাকির হোসেন <zakir.hossain.up@melandaha-up.test>",
      "Re: website notice upload",
      """স্যার, notice টা ঠিকমতো উঠেছে, ধন্যবাদ। নতুন একটা সমস্যা: UP তে আমার e-Nothi ID তে নতুন চেয়ারম্যানকে approver হিসেবে যুক্ত করা হয়নি, তাই কোনো পত্রজারি আটকে আছে। চেয়ারম্যান সাহেবের ID খুলে দিয়ে তাঁকে অনুমোদনকারী করা যাবে?

জাকির

""" + quote(OLD_PORTAL),
      "Old portal thread quoted; new text asks e-Nothi approver setup"),
    M("digital-lab", "bn", "qp", "রাশেদা পারভীন <rasheda.hm@school.example.org>",
      "Re: স্কুলের পাতায় প্রধান শিক্ষকের নাম",
      """পাতায় নামটা ঠিক হয়েছে দেখলাম, অনেক ধন্যবাদ।
এবার অন্য বিষয়: আমাদের শেখ রাসেল ল্যাবের চারটি ল্যাপটপের কি-বোর্ড কাজ করছে না, আর একটার স্ক্রিন ভাঙা। কারা মেরামত করবে জানালে ব্যবস্থা নিতাম।

রাশেদা পারভীন

> পাতায় আপনার নাম ও মোবাইল নম্বর হালনাগাদ করা হয়েছে। -- আইসিটি ডেস্ক""",
      "Subject and quote about portal page; new request is lab laptops"),
    M("web-portal", "en", "p7", "Mahbubul Alam <mahbub.alam@admin.example.gov.test>",
      "e-Nothi problem (fixed) - one more thing",
      """Thanks, the notes are saving now.
One more thing, unrelated to the filing system: the Land office page on the upazila portal still shows the mutation fee chart of 2023. Please replace it with the new chart I'm attaching.

Mahbubul Alam, AC (Land)""",
      "Subject says e-Nothi; new text asks portal fee chart update", shape="pdf",
      att=["mutation_fee_chart_2026.pdf"]),
    M("ict-advice", "banglish", "p7", "Sumon Mia <sumon.mia.93@mail.test>",
      "Re: union er website",
      """sir website er number thik hoye geche, thanks. ekta proshno chilo, amar laptop e hotat kore sob file er naam change hoye .locked hoye geche r ekta note e taka chay. eta ki virus? ki korbo, taka dibo?

> sumon mia wrote: amader adra union er website e chairman er number ta vul""",
      "Banglish reply on portal thread; new question is ransomware advice"),
    M("udc-advice", "mixed", "p8", "Headmaster Durmuth HS <durmuth.hs@school.example.org>",
      "Digital lab - Durmuth",
      """স্যার, আমি স্কুলের ব্যাপারে লিখছি না এবার। আমি দুরমুঠ ইউনিয়ন পরিষদের ডিজিটাল সেন্টার পরিচালনা কমিটির সদস্যও। সেন্টারের উদ্যোক্তা জানতে চান সেন্টারে কী কী নতুন সরকারি ই-সেবা চালু করা যায় এবং কোন training পাওয়া যাবে। তাঁর পক্ষে আপনার পরামর্শ চাই।
A. K. M. Mosharraf Hossain, Headmaster""",
      "Subject says digital lab, sender is headmaster; asks advice for the UDC"),
    M("web-portal", "bn", "alt", "উপজেলা মৎস্য অফিস <ufo.melandaha@fish.example.gov.test>",
      "ই-নথি আইডি",
      """জনাব,
আইডির বিষয়টি সমাধান হয়েছে, ধন্যবাদ। তবে একটি নতুন অনুরোধ: মৎস্য অফিসের বাতায়ন পাতায় "মৎস্য সপ্তাহ ২০২৬" এর ছবি ও খবর প্রকাশ করতে চাই। খবরের লেখা নিচে দিলাম—

"মেলান্দহে জাতীয় মৎস্য সপ্তাহ উপলক্ষে পোনা অবমুক্তকরণ ও আলোচনা সভা অনুষ্ঠিত হয়েছে।"

উপজেলা মৎস্য কর্মকর্তা""",
      "Subject says e-Nothi ID; body asks news on portal page"),
    M("e-nothi", "en", "qp", "Sadia Islam <sadia.islam@women.example.gov.test>",
      "Fwd: computer lab for girls' hostel",
      """Dear Sir,
Please ignore the forwarded part below, it was sent to the wrong address. My actual issue: in e-Nothi, my office's letters go out with the wrong sender designation ('Upazila Women Affairs Officer (additional charge)') although I'm the regular officer now. Please fix my designation.
Sadia Islam

---------- Forwarded message ---------
From: Hostel Superintendent <hostel@example.org>
Subject: computer lab for girls' hostel
Can the government give laptops for a computer corner in our hostel?""",
      "Forwarded lab-ish message to ignore; actual ask is e-Nothi designation"),
    M("digital-lab", "banglish", "p7", "Kawsar <kawsar.udc@udc-mail.test>",
      "udc",
      """sir ami udc uddokta kintu ei mail ta amar meyer school niye. tar school (poyla girls) e digital lab ache kintu 1 bochor dhore tala mara, teacher bole laptop noshto. obhibhabok hishabe janchi lab ta chalu korar jonno ki kora jay.
kawsar, uddokta, adra udc""",
      "UDC entrepreneur signature/subject, but request is daughter's school lab"),
    M("ict-advice", "bn", "p8", "মোঃ শাহাদাত হোসেন <shahadat.udc@udc-mail.test>",
      "ডিজিটাল সেন্টার",
      """স্যার, এটা সেন্টারের বিষয় না, একান্ত ব্যক্তিগত। আমার বাসার ওয়াইফাই রাউটারের পাসওয়ার্ড কেউ জেনে গেছে, পাশের বাড়ির লোক ব্যবহার করছে মনে হয়। রাউটারের পাসওয়ার্ড কীভাবে পরিবর্তন করব আর কীভাবে বুঝব কে কে যুক্ত আছে?
শাহাদাত হোসেন, উদ্যোক্তা, ঝাউগড়া ইউডিসি""",
      "UDC entrepreneur signature, personal Wi-Fi security advice"),
    M("udc-advice", "en", "qp", "Rubina Yasmin <rubina.labteacher@school.example.org>",
      "Lab teacher query",
      """Sir,
I am the lab teacher at Nangla High School but I'm writing on behalf of my husband, who has just been appointed entrepreneur at Nangla Union Digital Centre. He wants to know which services he must offer from day one, and how he gets his portal login and training. He doesn't use email much.
Rubina Yasmin
Lab Teacher, Sheikh Russel Digital Lab, Nangla HS""",
      "Lab teacher signature; asks UDC onboarding advice for husband"),
    M("e-nothi", "banglish", "p7", "Mehedi Hasan <mehedi.udc@udc-mail.test>",
      "uddokta portal",
      """sir ami adra udc er uddokta. kintu ei bishoy ta union porishod er. amader UP secretary sir er e-nothi id te dak ashe na, UNO office theke pathano chithi pacche na. tini amake mail korte bollen karon tar net nai. ektu dekhben""",
      "UDC subject/signature; asks e-Nothi dak issue for UP secretary"),
    M("web-portal", "mixed", "qp", "Nusrat Jahan <nusrat.j@school.example.org>",
      "Lab technician visit - done, thanks",
      """Sir, technician এসে lab এর computer ঠিক করে গেছেন, ধন্যবাদ।
আরেকটা অনুরোধ: আমাদের স্কুলের portal page এ "শিক্ষার্থী ভর্তি ২০২৭" notice দিতে চাই, lottery এর date ২৮ ডিসেম্বর। Page এর admin এর কাছে পাঠাতে বলল headmistress। লেখা attach করলাম।
Nusrat Jahan, ICT teacher""",
      "Subject about lab visit; new request is admission notice on school portal page",
      att=["vorti_notice_2027.pdf"], shape="pdf"),
    M("ict-advice", "en", "alt", "Principal, Melandaha Govt College <principal.mgc@college.example.edu.test>",
      "Re: Request for additional laptops for the digital lab",
      """Dear Sir,
Thank you for forwarding our laptop request. Separately, I would like your personal advice: the college's official email keeps getting flagged as spam by recipients when we send admission letters in bulk. Should we use a different mail service or a mailing tool? What settings help?
Principal""",
      "Thread about lab laptops; new question is bulk email deliverability advice"),
    M("digital-lab", "mixed", "p8", "Liton Chandra <liton.ch@school.example.org>",
      "school page er photo gallery",
      """Sir, photo gallery নিয়ে আর সমস্যা নেই, ছবি উঠে গেছে। আজ লিখছি কারণ lab এর ১৭টা laptop এর মধ্যে ৯টার charger port ঢিলা হয়ে গেছে, charge নেয় না। Lab চালাতে পারছি না। কী করব?
Liton Chandra, Asst teacher, Kapashatia HS""",
      "Subject is old portal gallery; new text is lab laptop charging ports"),
    # --- out of scope, full of ICT words: none, ack yes ---
    M("none", "bn", "p8", "আব্দুল জলিল <jalil.farmer@mail.test>",
      "অনলাইনে খতিয়ান",
      """স্যার, আমার জমির খতিয়ান অনলাইনে খুঁজে পাচ্ছি না। দাগ নম্বর দিয়ে সার্চ দিলে কিছু আসে না। নামজারি করতে হবে, ওয়েবসাইটে কোথায় আবেদন করব? পর্চার অনলাইন কপি কীভাবে পাব?
আব্দুল জলিল, গ্রাম: নলকুড়া""",
      "Out of scope: land record (khatian/mutation) online"),
    M("none", "mixed", "qp", "Shirina Begum <shirina.b@inbox.test>",
      "Birth certificate online correction",
      """Sir,
আমার মেয়ের online birth registration এ নামের বানান ভুল (Sumaiya এর জায়গায় Sumiya)। Website এ correction application দিয়েছি, কিন্তু status দেখায় pending ৩ মাস। কবে ঠিক হবে? Passport করতে হবে।
Shirina""",
      "Out of scope: birth registration correction"),
    M("none", "banglish", "p7", "Rakibul <rakibul.r@mail.test>",
      "bkash e vul number e taka",
      """sir ami bkash app diye vul number e 5000 taka pathiyechi. oi number bondho. helpline e call dile bole thanay GD korte. apnara ki taka ferot ante parben? ami app er screenshot dite pari""",
      "Out of scope: mobile-banking wrong transfer refund"),
    M("none", "bn", "alt", "মোঃ আব্দুস সালাম <salam.villager@mail.test>",
      "মোবাইল টাওয়ার",
      """জনাব,
আমাদের গ্রামে (পূর্ব বানিয়াবাড়ী) কোনো মোবাইল নেটওয়ার্ক থাকে না, ইন্টারনেট তো দূরের কথা। একটা টাওয়ার বসানোর জন্য কোথায় আবেদন করতে হবে? আর সিম কোম্পানি প্রতি মাসে ডাটা কেটে নিচ্ছে, নেট চলে না। এর বিচার চাই।
আব্দুস সালাম""",
      "Out of scope: mobile tower / SIM operator complaint"),
    M("none", "en", "pdf", "Tahmina Akter <tahmina.cse@example.com>",
      "Internship application - CSE graduate",
      """Dear Sir,
I am a CSE graduate (2026) from a university in Mymensingh, skilled in Python, Django, networking and MS Office. I would like to do a 3-month internship at the Upazila ICT office, Melandaha. My CV is attached. I can also help with web portal and e-Nothi work.
Sincerely,
Tahmina Akter""",
      "Out of scope: internship request naming ICT services", att=["Tahmina_CV.pdf"]),
    M("none", "mixed", "p8", "Faruk Ahmed <faruk.ahmed@mail.test>",
      "e-passport fee",
      """Sir, e-passport এর জন্য online এ form fill up করেছি। Fee কত আর কোথায় pay করব — bank নাকি online payment gateway? ৪৮ পাতা ১০ বছর মেয়াদি। Urgent delivery এর fee কত?
Faruk""",
      "Out of scope: passport fee question"),
    M("none", "bn", "qp", "নাসিমা খাতুন <nasima.kh@inbox.test>", None,
      """স্যার, আমার বিদ্যুৎ বিল এই মাসে তিনগুণ এসেছে। প্রিপেইড মিটার এ্যাপে টাকা রিচার্জ করেছি কিন্তু মিটারে টোকেন ঢুকছে না। পল্লী বিদ্যুৎ অফিসে গেলে বলে অনলাইনে অভিযোগ দেন। আপনারা কি এই অভিযোগ নেন?
নাসিমা খাতুন""",
      "Out of scope, no Subject: electricity bill / prepaid meter"),
    M("none", "banglish", "p7", "Jobeda <jobeda.bibi@mail.test>",
      "boyosko bhata",
      """sir amar mar boyosko bhata 3 mash dhore ashe na. nagad e ashto. union porishod bole online e naam ache kintu taka ashe na. ki korbo? ma er NID number dite pari""",
      "Out of scope: old-age allowance not received"),
    M("none", "en", "p7", "Saif Hasan <saif.hasan@example.net>",
      "Job - computer operator",
      """Dear Sir, I saw that union digital centres and upazila offices need computer operators. I can type Bangla (Bijoy & Avro) 40 wpm, know e-Nothi and web design basics. Please let me know if any post is vacant at your office or any UDC. CV can be sent.
Saif""",
      "Out of scope: job request listing ICT skills"),
    M("none", "bn", "b64", "মোঃ রুহুল কুদ্দুস <ruhul.q@mail.test>",
      "এনআইডি সংশোধন অনলাইনে",
      """জনাব,
আমার জাতীয় পরিচয়পত্রে জন্ম তারিখ ভুল। অনলাইনে সংশোধনের আবেদন করতে গেলে ওয়েবসাইটে ওটিপি আসে না, আর ফি কীভাবে দিতে হবে বুঝি না। উপজেলা নির্বাচন অফিসে গেলে বলে অনলাইনে করুন। আপনারা কি করে দিতে পারেন?
রুহুল কুদ্দুস""",
      "Out of scope: NID correction online"),
    M("none", "mixed", "qp", "Sharif Hossain <sharif.h@inbox.test>",
      "SSC certificate online",
      """Sir,
আমার SSC এর original certificate হারিয়ে গেছে। Board এর website এ duplicate certificate এর জন্য online apply করতে চাই। Teletalk এ কীভাবে টাকা দিব আর কত দিন লাগবে?
Sharif""",
      "Out of scope: duplicate SSC certificate from education board"),
    M("none", "banglish", "p7", "Bablu <bablu.driver@mail.test>",
      "driving licence online",
      """sir driving licence er jonno brta website e online e form fill korechi kintu bank e taka dite gele bole system down. licence kobe pabo? apnader office theke ki check kora jay""",
      "Out of scope: driving licence (BRTA) status"),
    M("none", "en", "alt", "Mst. Amena <amena.k@example.org>",
      "Widow allowance application online",
      """Dear Sir,
My neighbour, a widow, was told to apply online for the widow allowance. We filled the form at a computer shop but she still hasn't received any SMS. How do we know if the application was accepted? Should we apply again?
Amena""",
      "Out of scope: social-safety (widow) allowance application"),
    M("none", "bn", "p8", "হেলাল উদ্দিন <helal.u@mail.test>",
      "রাস্তার কাজ ও ওয়েবসাইট",
      """আপনাদের ওয়েবসাইটে দেখলাম আমাদের গ্রামের রাস্তা পাকা করার প্রকল্প অনুমোদিত, কিন্তু দুই বছরে কোনো কাজ হয়নি। ঠিকাদার নাকি টাকা তুলে নিয়েছে। এর তদন্ত চাই।
হেলাল উদ্দিন, ইউনিয়ন: শ্যামপুর""",
      "Out of scope: road work complaint (mentions website only as source)"),
    M("none", "mixed", "p8", "Rahima Akter <rahima.a@mail.test>",
      "TCB card online registration",
      """Sir, TCB family card এর জন্য online registration কি শুরু হয়েছে? আমাদের ward member বলছে smart card এর জন্য mobile এ SMS আসবে। আমার নাম list এ আছে কিনা কীভাবে check করব?
Rahima""",
      "Out of scope: TCB family card eligibility"),
    M("none", "en", "qp", "Kamal Hossain <kamal.h.trader@example.com>",
      "Trade licence renewal payment failed",
      """Hello,
I tried to renew my trade licence online through the municipality's e-payment page. Money was deducted from my card but the licence still shows 'unpaid'. Who do I contact to get the payment matched?
Kamal Hossain, shop owner""",
      "Out of scope: trade licence payment reconciliation"),
    M("none", "banglish", "p7", "Shumi <shumi.s@inbox.test>",
      "upobritti",
      """assalamualaikum sir. amar meye class 6 e pore, primary te upobritti pay nai. online e application kora hoyechilo school theke. kivabe check korbo nagad e taka ashbe kina?""",
      "Out of scope: student stipend"),
]

L += [
    M("web-portal", "bn", "p8", "সুমি আক্তার <sumi.ict.teacher@school.example.org>",
      "Fwd: প্রজেক্টর সমস্যা",
      """স্যার, নিচের প্রজেক্টরের মেইলটা ভুলে আবার চলে গেছে, ওটা সমাধান হয়েছে। আসল কথা: প্রধান শিক্ষক স্যার বলেছেন আমাদের স্কুলের বাতায়ন পাতায় ২০২৭ সালের ছুটির তালিকা দিতে। তালিকাটা নিচে:

২১ ফেব্রুয়ারি, ২৬ মার্চ, ঈদুল ফিতর (৫ দিন), ১৬ ডিসেম্বর।

সুমি আক্তার

---------- Forwarded message ---------
From: সুমি আক্তার <sumi.ict.teacher@school.example.org>
Subject: প্রজেক্টর সমস্যা
আমাদের কম্পিউটার রুমের প্রজেক্টরটা চালু করলে ছবি খুব ঝাপসা আসে।""",
      "Forwarded old lab mail; new ask is holiday list on school portal page"),
    M("udc-advice", "mixed", "qp", "মোঃ আনোয়ারুল হক <anwarul.ueo@edu.example.gov.test>",
      "ই-নথি পদবি",
      """স্যার, পদবির বিষয়ে আপনার অফিস আগেই সাহায্য করেছে। আজ একটা অন্য বিষয়ে: আমার শ্যালিকা মাহমুদপুর UDC তে উদ্যোক্তা হিসেবে যোগ দিয়েছে। সে জানতে চায় center এ কী কী equipment থাকা বাধ্যতামূলক আর কোন service দিয়ে শুরু করলে আয় ভালো হবে। তার হয়ে জিজ্ঞেস করছি।
আনোয়ারুল হক
উপজেলা শিক্ষা অফিসার (চলতি দায়িত্ব)""",
      "Officer signature + e-Nothi subject; asks advice for a new UDC entrepreneur"),
    M("ict-advice", "en", "alt", "Md. Selim Reza <selim.reza@youth.example.gov.test>",
      "Re: Youth Development office er training notice",
      """Dear Sir,
The notice is online, thank you. A quick question from our trainees: many of them want to buy a used laptop for freelancing after the course. What should they check before buying a second-hand laptop (battery, SSD health, original Windows)? A short checklist would help us.
Selim Reza

> On 20 Nov 2026, desk@office.test wrote:
> The training circular has been published on the upazila portal.""",
      "Portal thread quoted; new question: checklist for buying used laptop"),
    M("digital-lab", "bn", "alt", "নাসরিন জাহান <nasrin.udc@udc-mail.test>",
      "উদ্যোক্তা প্রশিক্ষণ",
      """স্যার, প্রশিক্ষণের খবর পেয়েছি। তবে এই মেইল আমার উদ্যোক্তা কাজের বিষয়ে নয়। আমি মাহমুদপুর উচ্চ বিদ্যালয়ের ম্যানেজিং কমিটির অভিভাবক সদস্য। স্কুলের নতুন শেখ রাসেল ডিজিটাল ল্যাবে এখনো বিদ্যুৎ সংযোগ ও ইন্টারনেট দেওয়া হয়নি, ল্যাপটপগুলো বাক্সেই পড়ে আছে। কমিটির পক্ষ থেকে দ্রুত ল্যাব চালুর ব্যবস্থা চাইছি।
নাসরিন জাহান, উদ্যোক্তা, মাহমুদপুর ইউডিসি""",
      "Same subject as earlier UDC training mail; now asks school lab setup"),
    M("none", "bn", "p8", "মোঃ আজিজুল হক <aziz.hajj@mail.test>",
      "হজ নিবন্ধন অনলাইন",
      """জনাব, আগামী বছর হজে যেতে চাই। অনলাইনে প্রাক-নিবন্ধন কীভাবে করতে হয়, কত টাকা জমা দিতে হয় এবং কোন ব্যাংকে? ইউনিয়ন ডিজিটাল সেন্টার থেকে করা যাবে কি?
আজিজুল হক""",
      "Out of scope: Hajj pre-registration"),
    M("none", "en", "p7", "Nayeem Islam <nayeem.i@example.net>",
      "Police clearance online",
      """Hi, I need a police clearance certificate for a job abroad. The online portal asks for a payment via A-Challan and my payment shows failed. Can your office check my application status? Thanks.""",
      "Out of scope: police clearance application"),
    M("none", "mixed", "p8", "Rasheda Khatun <rasheda.k@mail.test>", "",
      """স্যার, চারিত্রিক সনদ আর নাগরিক সনদ লাগবে, UP তে গেলে বলে online এ apply করতে। Link টা কোথায়? আর কত দিনে পাব? চাকরির interview পরশু।
Rasheda""",
      "Out of scope, empty subject: citizenship certificate from UP"),
    M("none", "banglish", "p7", "Alamin <alamin.tin@inbox.test>",
      "e-tin",
      """sir e-tin certificate online e kivabe nibo? bank loan er jonno lagbe. ami website e gelam kintu registration e mobile number diye OTP ashe na""",
      "Out of scope: e-TIN registration"),
    M("none", "en", "qp", "Abdul Hakim <hakim.tube@example.com>",
      "Complaint: deep tube well list on website",
      """Sir,
The list of deep tube well beneficiaries published online for our union includes people who already have one, while our para has none. I want to complain about this allocation. Where can I file it?
Abdul Hakim""",
      "Out of scope: allocation complaint (tube well), mentions website"),
]


def specs():
    return L
