"""plain requests: ict-advice (আইসিটি বিষয়ে পরামর্শ)"""
from spec import M

S = "ict-advice"


def P(lang, note, frm, subject, body, **kw):
    return M("plain", S, "new", lang, note, frm=frm, subject=subject, body=body, **kw)


MAILS = [
# ---------------- bn
P("bn", "citizen wants advice on buying a laptop for child's study, budget 50k",
  "মোঃ হেলাল উদ্দিন|helal.u@mail.test", "ছেলের জন্য ল্যাপটপ কিনব",
  """\
স্যার,
আমার ছেলে এবার এইচএসসি পাস করে বিশ্ববিদ্যালয়ে ভর্তি হবে। ৫০ হাজার টাকার মধ্যে একটা ল্যাপটপ কিনতে চাই। কোন কনফিগারেশন (র‍্যাম, এসএসডি) দেখে কিনব, আর দোকানে কী কী যাচাই করব — একটু পরামর্শ দিলে খুব উপকার হয়। আমি কম্পিউটার বেশি বুঝি না।
হেলাল উদ্দিন, নয়ানগর
"""),
P("bn", "facebook account hacked, asks what to do",
  "সুমাইয়া আক্তার|sumaiya.akter@inbox.example", "ফেসবুক আইডি হ্যাক হয়েছে",
  """\
আমার ফেসবুক আইডি কেউ হ্যাক করে পাসওয়ার্ড আর মোবাইল নম্বর বদলে ফেলেছে। এখন আমার বন্ধুদের কাছে টাকা চাইছে। আমি কী করব? থানায় জিডি করতে হবে কি? দয়া করে দ্রুত পরামর্শ দিন।
সুমাইয়া
"""),
P("bn", "home internet slow, asks how to choose broadband vs mobile data",
  "আব্দুর রাজ্জাক|razzak.a@dakghor.test", "বাসায় ইন্টারনেট সংযোগ",
  """\
জনাব,
মেলান্দহ বাজারের কাছে আমার বাসা। মোবাইল ডাটা খুব ধীর, বাচ্চাদের অনলাইন ক্লাসে সমস্যা হয়। এলাকায় ব্রডব্যান্ড নেওয়া ভালো হবে নাকি রাউটার সিম? কোনটা কম খরচে ভালো চলবে, কীভাবে বুঝব?
আব্দুর রাজ্জাক
"""),
P("bn", "office wants advice on backing up important files",
  "উপজেলা নির্বাচন অফিস|ueo.election@ec-office.test", "অফিসের ফাইল ব্যাকআপ",
  """\
মহোদয়,
আমাদের অফিসের একটি কম্পিউটারের হার্ডডিস্ক নষ্ট হয়ে অনেক গুরুত্বপূর্ণ ফাইল হারিয়ে গেছে। ভবিষ্যতে যাতে এমন না হয় সেজন্য নিয়মিত ব্যাকআপ রাখার সহজ ও নিরাপদ পদ্ধতি জানতে চাই। বাহ্যিক হার্ডডিস্ক নাকি অন্য কিছু?
উপজেলা নির্বাচন অফিসার, মেলান্দহ
"""),
P("bn", "elderly citizen: how to do video call with son abroad",
  "|jobbar.mia@mail.test", "বিদেশে ছেলের সাথে ভিডিও কল",
  """\
আমার ছেলে মালয়েশিয়ায় থাকে। নাতি একটা স্মার্টফোন দিয়েছে কিন্তু ভিডিও কল কীভাবে করতে হয় বুঝি না। আপনাদের অফিসে গেলে কি কেউ দেখিয়ে দেবে? কোন দিন যাব?
আব্দুল জব্বার, বয়স ৬৮, ফুলকোচা
"""),
P("bn", "suspicious SMS asking OTP; asks if it's a scam",
  "নাসরিন সুলতানা|nasrin.s@bdmail.example", "এসএমএস টা কি প্রতারণা?",
  """\
আসসালামু আলাইকুম।
আমার মোবাইলে একটা এসএমএস এসেছে, বলছে আমি সরকারি অনুদানের ৫০০০ টাকা পাব, একটা কোড (ওটিপি) পাঠালে টাকা আসবে। আমি এখনো কিছু পাঠাইনি। এটা কি সত্যি নাকি প্রতারণা? এমন হলে কোথায় জানাব?
নাসরিন সুলতানা
"""),
P("bn", "wants to learn computer, asks about free courses",
  "মোঃ রিয়াজুল ইসলাম|riazul.i@mail.test", "কম্পিউটার শিখতে চাই",
  """\
আমি এসএসসি পাস, বেকার। কম্পিউটারে অফিস প্রোগ্রাম ও টাইপিং শিখতে চাই। উপজেলায় সরকারি কোনো বিনামূল্যে বা কম খরচের প্রশিক্ষণ আছে কি? থাকলে কীভাবে ভর্তি হব?
রিয়াজুল, দুরমুট
০১৭৪৫-০০০২৯১
"""),
P("bn", "office computers: which antivirus, licence purchase advice",
  "উপজেলা প্রাণিসম্পদ দপ্তর|ulo.melandaha@livestock-office.test", "অ্যান্টিভাইরাস ক্রয়",
  """\
জনাব,
আমাদের দপ্তরের ৬টি কম্পিউটারের জন্য অ্যান্টিভাইরাস কিনতে চাই। বাজারে অনেক রকম আছে। সরকারি অফিসের জন্য কোনটা উপযুক্ত এবং বিনামূল্যের কোনোটা দিয়ে চলবে কি না, পরামর্শ দিলে ক্রয় প্রস্তাব তৈরি করতে পারি।
উপজেলা প্রাণিসম্পদ কর্মকর্তা
"""),
P("bn", "wants to set up Bangla typing on new PC",
  "তাসলিমা বেগম|taslima.b@inbox.example", "কম্পিউটারে বাংলা লেখা",
  """\
নতুন কম্পিউটারে বাংলা লিখতে পারছি না। আগে বিজয় দিয়ে লিখতাম, এখন শুনছি ইউনিকোডে লিখতে হবে। কোন সফটওয়্যার নামাব আর কীভাবে সেটআপ করব?
তাসলিমা
"""),
P("bn", "photo studio owner asks how to protect customer data on PC",
  "রনি স্টুডিও|rony.studio@shopmail.test", "দোকানের কম্পিউটারে গ্রাহকের তথ্য",
  """\
আমার বাজারে ফটোকপি ও কম্পোজের দোকান। গ্রাহকের এনআইডি, ছবি এসব কম্পিউটারে থেকে যায়। এগুলো কতদিন রাখা উচিত, কীভাবে নিরাপদে মুছব, আর কম্পিউটারে পাসওয়ার্ড দেওয়া কতটা জরুরি — পরামর্শ চাই।
রনি, মেলান্দহ বাজার
"""),
# ---------------- en
P("en", "English: setting up official email for a small office",
  "Md. Anisur Rahman|anisur.r@bazar-committee.test", "Official email for our market committee",
  """\
Dear Sir,

The Melandaha Bazar Committee wants a proper email address instead of everyone using personal accounts. We have no IT staff. What options are there, how much would it cost, and how do we share one mailbox among three people safely?

Regards,
Md. Anisur Rahman
General Secretary
"""),
P("en", "English short: is it safe to use public Wi-Fi for banking",
  "|tamanna.k@mail.test", "public wifi banking",
  """\
Is it safe to use the free Wi-Fi at the bus stand for mobile banking? Someone told me it is dangerous. What precautions should I take?
Tamanna
"""),
P("en", "NGO asks which accounting software to use",
  "Shapla Unnayan Sangstha|shapla.ngo@ngo-mail.test", "Advice on accounting software",
  """\
Hello,

We are a small NGO in Melandaha with about 200 members in a savings programme. We keep accounts in Excel and it is becoming hard. Could the ICT office advise on simple, affordable accounting software (preferably with Bangla support) and what computer we would need?

Thanks,
Nahid Parvez, Programme Coordinator
"""),
P("en", "English: child's online safety, parental controls",
  "Rubina Yasmin|rubina.y@inbox.example", "Keeping my children safe online",
  """\
Dear Sir/Madam,
My two children (10 and 13) use my phone and a tablet for school work and YouTube. I am worried about what they see and who contacts them. What settings or apps can I use to control this? I am not very technical.
Rubina Yasmin
"""),
P("en", "HTML: small business wants a website, asks first steps",
  "Karim Traders|karim.traders@shopmail.test", "Want a website for my shop",
  None, html="""\
<html><body>
<p>Assalamu alaikum,</p>
<p>I run a fertiliser and seed shop in Melandaha. Customers ask if I have a Facebook page or website. I don't know where to start &mdash; domain, hosting, cost? Is a Facebook page enough? Please give me some honest advice, I don't want to be cheated by agents.</p>
<p>Abdul Karim<br>Karim Traders, Station Road</p>
</body></html>
"""),
P("en", "email account keeps getting spam, asks how to filter",
  "Masum Billah|masum.b@freemail.test", "Too much spam in my inbox",
  """\
Hi,
I get 50+ junk mails a day now, some in Bangla asking for bKash numbers. How can I filter them or should I change my email? Also, is it risky that I once replied to one of them?
Masum
"""),
P("en", "English: PC won't boot after power cut",
  "Lovely Akter|lovely.a@mail.test", "Computer not starting after power cut",
  """\
Dear Sir,
Our home desktop does not start since a power cut two days ago. The fan runs but the screen stays black. Is it the power supply or something else? Should I take it to a shop in Jamalpur or can someone at your office look at it?
Thank you,
Lovely Akter, Kulia
"""),
P("en", "teacher asks how to make online quiz with free tools",
  "Jannatul Ferdous|jannatul.f@gmail-like.test", "Free tools for online quiz",
  """\
Good evening,
I teach at a private coaching centre. I want to give students short online quizzes that check automatically. Which free tools would work on cheap Android phones with weak internet? Any advice appreciated.
Jannatul Ferdous
"""),
P("en", "English: ransomware fear, suspicious attachment opened",
  "Kazi Mahmud|kazi.m@bazar-committee.test", "Opened a strange attachment",
  """\
Sir,
I opened a ZIP attachment from an unknown sender by mistake on our office PC. Nothing visible happened. Should I be worried about ransomware? What should I check and should I disconnect the PC from the internet?
Kazi Mahmud
"""),
# ---------------- mixed
P("mixed", "mixed: printer sharing over office LAN",
  "মোঃ শরিফুল ইসলাম|shariful.i@bank-branch.test", "Office-এ printer share করা",
  """\
স্যার,
আমাদের অফিসে ৪টা computer আর একটা printer। এখন প্রতিবার pendrive দিয়ে file নিয়ে printer-এর computer-এ print করতে হয়। সবগুলো computer থেকে সরাসরি print করার জন্য কী লাগবে — switch, cable নাকি Wi-Fi printer কিনতে হবে? পরামর্শ চাই।
শরিফুল ইসলাম
"""),
P("mixed", "mixed: Gmail-like account recovery, forgot password and old number",
  "|rupa.das@bdmail.example", "Email account-এ ঢুকতে পারছি না",
  """\
আমার email-এর password ভুলে গেছি, আর recovery phone number-টা পুরনো, সেটা আর চালু নেই। email-এ আমার চাকরির সব কাগজ আছে। account ফেরত পাওয়ার কোনো উপায় আছে?
রূপা দাস
"""),
P("mixed", "mixed: buying desktop for office, asks spec for Bangla typing and e-nothi",
  "উপজেলা সমবায় অফিস|coop.melandaha@coop-office.test", "নতুন desktop কেনার spec",
  """\
জনাব,
এই অর্থবছরে আমাদের অফিসে ২টা desktop কেনা হবে। কাজ: Bangla typing, Excel, browser, আর scanner চালানো। কোন processor, RAM, SSD যথেষ্ট হবে এবং UPS কত VA লাগবে — একটা spec দিলে tender-এ দিতে পারি।
উপজেলা সমবায় অফিসার
"""),
P("mixed", "mixed: mobile phone storage full, WhatsApp backup",
  "আলেয়া খাতুন|aleya.k@mail.test", "Phone-এর storage full",
  """\
আপা/ভাই, আমার phone-এ "storage full" দেখায়, কোনো app update হয় না। WhatsApp-এ অনেক ছবি-ভিডিও। কোনটা delete করলে সমস্যা হবে না আর ছবিগুলো কোথায় রাখা যায়?
আলেয়া
"""),
P("mixed", "mixed: suspected cyber harassment, fake profile using photos",
  "তানজিলা রহমান|tanjila.r@inbox.example", "আমার ছবি দিয়ে fake account",
  """\
স্যার,
কেউ আমার ছবি দিয়ে একটা fake Facebook profile খুলে আজেবাজে post দিচ্ছে। আমি report দিয়েছি কিন্তু বন্ধ হয়নি। আমি কলেজ ছাত্রী, খুব ভয় পাচ্ছি। কোথায় অভিযোগ করব, কীভাবে প্রমাণ রাখব?
তানজিলা
"""),
P("mixed", "mixed HTML: small clinic wants patient record software advice",
  "সেবা ডায়াগনস্টিক|seba.diag@clinic-mail.test", "Patient record software",
  None, html="""\
<html><body>
<p>শ্রদ্ধেয় স্যার,</p>
<p>আমাদের ছোট diagnostic center-এ রোগীর report খাতায় লেখা হয়। একটা simple <b>software</b> চাই যেখানে patient-এর নাম, test, report রাখা যাবে এবং print করা যাবে। বিনামূল্যের বা কম দামের কোনো ভালো software আছে? Data কীভাবে নিরাপদ রাখব?</p>
<p>ডা. মাহমুদুল হাসান</p>
</body></html>
"""),
P("mixed", "mixed: Wi-Fi router at home hacked by neighbour?",
  "মোঃ সাজ্জাদ হোসেন|sajjad.h@mail.test", "Router-এ অচেনা device",
  """\
বাসার Wi-Fi router-এর admin page-এ দেখলাম ৭টা device connected, অথচ আমাদের মাত্র ৩টা। মনে হয় প্রতিবেশী password জেনে গেছে। Password কীভাবে change করব আর router কি আরও secure করা যায়?
সাজ্জাদ, নাংলা
"""),
P("mixed", "mixed: student asks which programming language to start with",
  "আরিফুল ইসলাম|ariful.student@mail.test", "Programming শিখতে চাই",
  """\
আমি class 10-এ পড়ি। Programming শিখতে চাই কিন্তু আমার শুধু একটা পুরনো laptop (4GB RAM)। কোন language দিয়ে শুরু করব আর free-তে কোথায় শিখব? মেলান্দহে কোনো club আছে?
আরিফুল
"""),
P("mixed", "mixed: cybercafe owner asks about legal requirements and safety",
  "নিউ সাইবার পয়েন্ট|newcyber@shopmail.test", "Cyber cafe চালানোর নিয়ম",
  """\
Sir,
মেলান্দহ বাজারে একটা cyber cafe খুলতে চাই। License বা registration কিছু লাগে কি? Customer-দের জন্য কোন security setting রাখা উচিত যাতে কেউ খারাপ কাজে ব্যবহার করতে না পারে?
জুয়েল মিয়া
"""),
P("mixed", "mixed: OTP scam victim, lost money - asks where to report",
  "রহিমা বেগম|rahima.b@dakghor.test", "প্রতারণার শিকার - কী করব",
  """\
আমার কাছে একজন ফোন করে নিজেকে bank officer বলে OTP নিয়ে নিয়েছে, তারপর account থেকে ১২,০০০ টাকা কেটে গেছে। এখন কী করব, কোথায় অভিযোগ দেব? আপনারা কি কোনো সাহায্য করতে পারেন?
রহিমা বেগম
০১৭২৭-০০০৬৪৮
"""),
# ---------------- banglish
P("banglish", "banglish: which smartphone to buy for online classes",
  "Parvez|parvez.m@mail.test", "kon phone kinbo",
  """\
vai amar meye online class kore, 15000 takar moddhe kon phone valo hobe? camera lagbe na, battery ar RAM valo hoile hobe. ektu suggest koren.
"""),
P("banglish", "banglish: computer shows 'disk 100%' very slow",
  "Rumi|rumi.a@freemail.test", "computer onek slow",
  """\
sir amar computer onek slow, task manager e disk 100% dekhay sob somoy. windows 10. ki korle fast hobe? notun kinte parbo na ekhon.
Rumi, Jhaugara
"""),
P("banglish", "banglish: got email saying account will be closed, asks if real",
  "Saiful|saiful.k@mail.test", "ei email ta ki shotti?",
  """\
Assalamu alaikum. amar kache ekta email ashche je amar email account 24 ghontar moddhe bondho hoye jabe, ekta link e click kore password dite bolche. link ta click kori nai. eta ki fake? kivabe bujhbo?
Saiful
"""),
P("banglish", "banglish: wants to start freelancing, asks genuine advice",
  "Nadia|nadia.s@inbox.example", "freelancing shuru korbo kivabe",
  """\
sir ami honours 2nd year e pori. freelancing shikhte chai kintu facebook e onek course dekhi 5000-10000 taka, keu bole 1 mash e income. ki shikhle valo hobe, free te kothay shikha jay? apnader office theke ki kono proshikkhon hoy?
Nadia, Melandaha
"""),
P("banglish", "banglish: UPS for home PC, which capacity",
  "|kamal.hossain@mail.test", "ups kinbo koto VA",
  """\
basay ekta desktop ar router ache, kareent gele 15-20 min chalate chai. koto VA er UPS kinbo? offline naki online UPS?
kamal
"""),
P("banglish", "banglish HTML: lost phone, wants to protect accounts",
  "Mithila|mithila.r@bdmail.example", "phone churi hoise",
  None, html="""\
<p>sir amar phone churi hoise gotokal hat theke. phone e facebook, email, bkash sob login kora. <b>ekhon ki ki korbo</b> jate keu use korte na pare? phone ta ki track kora jabe?</p>
<p>Mithila</p>
"""),
P("banglish", "banglish: office wants CCTV viewed on mobile, advice",
  "Mamun|mamun.store@shopmail.test", "cctv mobile e dekhbo",
  """\
salam sir. amar dokan e 4 ta CCTV camera ache, DVR diye. mobile e kivabe live dekha jay? internet koto lagbe? ar eta ki safe, onno keu dekhte parbe?
Mamun, Mamun Store, Melandaha bazar
"""),
P("banglish", "banglish: elderly parent's phone full of ads popups",
  "Anik|anik.d@mail.test", None,
  """\
vai abbur phone e sob somoy ad popup ashe, home screen eo. kono app install korle shuru hoise. kon app ta dosh bujhbo kivabe, ar kivabe bondho korbo?
"""),
P("banglish", "banglish: asks how to verify a job offer email with fee",
  "Mehedi|mehedi.h@freemail.test", "chakrir offer e taka chay",
  """\
sir ekta email e bolche amake ekta company te data entry job dibe, registration fee 2000 taka bkash korte hobe. company er website o ache. eta ki real? kivabe check korbo kono company ashol kina?
Mehedi
"""),
]
