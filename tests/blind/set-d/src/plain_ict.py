"""Plain requests: ict-advice (আইসিটি বিষয়ে পরামর্শ). Written by hand."""
from common import Mail

SVC = "ict-advice"


def P(lang, frm, subj, body, note, **o):
    return Mail("plain", SVC, "new", lang, note, frm, subj, body, **o)


MAILS = [
# ---------------- bn (10)
P("bn", "মোঃ শহিদুল্লাহ|shahidullah@inbox.example", "কম্পিউটার কেনার পরামর্শ",
"""আসসালামু আলাইকুম স্যার,
আমার মেয়ে এবার এইচএসসি পাশ করেছে, ওর জন্য একটা ল্যাপটপ কিনতে চাই। বাজেট ৫০-৫৫ হাজার টাকা। পড়াশোনা আর একটু গ্রাফিক্স ডিজাইন শিখবে। কোন কনফিগারেশন নিলে ভালো হবে? মেলান্দহ বাজারে নাকি জামালপুর শহরে কিনব?
শহিদুল্লাহ, নয়ানগর""", "citizen: laptop buying advice for daughter"),

P("bn", "রোকসানা পারভীন|roksana.p@mail.test", "ফেসবুক আইডি হ্যাক হয়েছে",
"""স্যার, আমার ফেসবুক আইডি হ্যাক হয়েছে, হ্যাকার আমার আত্মীয়দের কাছে টাকা চাইছে। আইডি উদ্ধারের জন্য কী করতে পারি? থানায় কি জিডি করতে হবে? খুব বিপদে আছি।""", "facebook account hacked, asks what to do"),

P("bn", "মোঃ নজরুল ইসলাম|nazrul.i@inbox.example", "অফিসের জন্য ইমেইল সেটআপ",
"""জনাব,
আমাদের সমবায় সমিতির অফিসের জন্য একটি অফিসিয়াল ইমেইল ঠিকানা খুলতে চাই এবং অফিসের দুটি কম্পিউটারে সেটআপ করতে চাই। কোন সেবা ব্যবহার করা নিরাপদ ও বিনামূল্যে, পরামর্শ দিলে উপকৃত হব।
মোঃ নজরুল ইসলাম
সভাপতি, মেলান্দহ কৃষক সমবায় সমিতি""", "cooperative wants advice setting up office email"),

P("bn", "সুমন মিয়া|suman.m@inbox.example", None,
"""স্যার বাসার ওয়াইফাই খুব স্লো, ১০ এমবিপিএস নিয়েছি কিন্তু ২ পাই। রাউটার কোথায় রাখলে ভালো? নাকি রাউটার বদলাতে হবে?""", "no subject: slow home wifi advice"),

P("bn", "মাহফুজা বেগম|mahfuza.b@mail.test", "সাইবার বুলিং বিষয়ে পরামর্শ",
"""মহোদয়,
আমি একজন অভিভাবক। আমার মেয়েকে একটি অপরিচিত নম্বর থেকে মেসেঞ্জারে বাজে বার্তা পাঠানো হচ্ছে। আমরা কীভাবে প্রমাণ সংরক্ষণ করব এবং কোথায় অভিযোগ করব সে বিষয়ে পরামর্শ চাই।""", "parent asks advice on cyberbullying evidence and complaint"),

P("bn", "আব্দুল হালিম|halim.a@inbox.example", "পুরনো কম্পিউটারে কোন উইন্ডোজ",
"""আমার ২০১৪ সালের ডেস্কটপ, ২ জিবি র‍্যাম। উইন্ডোজ ১০ দিলে খুব ধীর। কোন অপারেটিং সিস্টেম দিলে দোকানের হিসাব রাখার কাজ চলবে? লিনাক্স কি সহজ হবে?
হালিম, কাপড়ের দোকান, মেলান্দহ বাজার""", "old PC, which OS for shop accounts", subj_mode="Q"),

P("bn", "তানজিলা রহমান|tanzila.r@mail.test", "অনলাইনে কেনাকাটায় প্রতারণা",
"""স্যার, একটি ফেসবুক পেজ থেকে অগ্রিম টাকা দিয়ে শাড়ি অর্ডার করেছিলাম, এখন পেজ বন্ধ। ভবিষ্যতে কীভাবে বুঝব কোন পেজ আসল? আর এখন কোথায় অভিযোগ করা যায়?""", "online shopping fraud, asks advice", fmt="html"),

P("bn", "মোঃ ফজলুল হক|fazlul.h@inbox.example", "পাসওয়ার্ড নিরাপত্তা",
"""আমাদের অফিসে সবাই একই পাসওয়ার্ড ব্যবহার করে এবং কাগজে লিখে রাখে। নিরাপদ পাসওয়ার্ড ব্যবস্থাপনার জন্য কী নিয়ম মানা উচিত? আপনাদের কোনো নির্দেশিকা থাকলে পাঠাবেন।
ফজলুল হক, প্রধান সহকারী, উপজেলা হিসাবরক্ষণ অফিস""", "office asks for password security guidance"),

P("bn", "নাঈম হাসান|naim.h@inbox.example", "ফ্রিল্যান্সিং শেখার জন্য কম্পিউটার",
"""আমি অনার্স দ্বিতীয় বর্ষের ছাত্র। ফ্রিল্যান্সিং (ওয়েব ডিজাইন) শিখতে চাই। কী ধরনের কম্পিউটার আর ইন্টারনেট লাগবে, আর কোন সরকারি প্রশিক্ষণ আছে কি না জানালে উপকৃত হব।
নাঈম, ঘোষপাড়া""", "student asks computer/internet needs and govt training for freelancing"),

P("bn", "সেলিনা আক্তার|selina.a@mail.test", "মোবাইলে বাংলা লেখা",
"""স্যার, আমার মোবাইলে বাংলা লিখতে পারি না, কোন কিবোর্ড অ্যাপ ভালো? আর কম্পিউটারে অভ্র না বিজয় কোনটা ব্যবহার করব? অফিসের চিঠি বিজয়ে লেখা থাকে।""", "advice on Bangla keyboard for phone and Avro vs Bijoy"),

# ---------------- en (9)
P("en", "Imran Hossain|imran.h@inbox.example", "Advice on buying a printer for a small shop",
"""Hello,
I run a small photocopy and compose shop near Melandaha bus stand. I need a printer that can print about 500 pages a day cheaply. Ink tank or laser? Any brand you recommend that has service in Jamalpur?
Thanks,
Imran""", "shop owner: printer buying advice"),

P("en", "Nadia Islam|nadia.i@mail.test", "Suspicious SMS asking for OTP",
"""Dear Sir,
My mother received an SMS saying her bank card will be blocked unless she replies with the OTP. She didn't reply. Is there anything else we should do, and where can we report such messages?
Nadia""", "citizen asks about suspicious OTP SMS received by mother", fmt="alt"),

P("en", "Kabir Chowdhury|kabir.c@inbox.example", "Which internet for a village home",
"""Sir, we live in Char Banipakuria and there is no broadband. Mobile data is weak. What options are there? Is there any government scheme for village internet?""", "internet options for a village home"),

P("en", "Sharmin Akter|sharmin.akter@mail.test", None,
"""Hi, how do I back up my phone photos safely? My phone is almost full and I'm scared to lose them. I don't have a computer.""", "no subject: phone photo backup advice", subj_mode="empty"),

P("en", "Md. Anisur Rahman|anisur.r@inbox.example", "Setting up email on office computers (Outlook)",
"""Dear ICT Officer,

We are a small NGO office in Melandaha with four computers. We want to set up our email accounts on Outlook on each computer and share a common calendar. We have basic knowledge only. Could you guide us or suggest someone?

Regards,
Anisur Rahman
Programme Officer""", "NGO office: set up email clients and shared calendar"),

P("en", "Priya Saha|priya.s@mail.test", "Is it safe to use cyber cafe computers?",
"""Hello, I often have to submit online job applications from a cyber cafe. Is it safe to log in to my email there? What precautions should I take?
Priya""", "safety advice on using cyber cafe computers"),

P("en", "Golam Mostafa|golam.m@inbox.example", "Ransomware on my office PC?",
"""Dear Sir,
All the files on my accounts PC now end with ".lockd" and there is a text file asking for payment. I have not paid anything. What should I do now? Is there any way to recover? We have an old backup from July on a pen drive.
Golam Mostafa, Melandaha Pourashava""", "suspected ransomware, asks what to do", fmt="html"),

P("en", "Arifa Sultana|arifa.s@mail.test", "Software for school accounts",
"""Assalamu Alaikum,
Can you suggest free software for keeping accounts of a small kindergarten (fees, salaries)? Excel is becoming hard to manage.
Arifa Sultana""", "free accounting software advice for kindergarten"),

P("en", "Rasel Ahmed|rasel.a@inbox.example", "Solar power for computer",
"""Sir, load shedding is very bad here in Fulkocha. Can I run a desktop computer on a home solar system? What capacity do I need? I want to do online work.
Rasel""", "solar power to run a computer"),

# ---------------- mixed (10)
P("mixed", "মোঃ জসিম উদ্দিন|jasim.ud@inbox.example", "Laptop কিনব — কোনটা ভালো?",
"""স্যার, 40 হাজারের মধ্যে একটা laptop কিনতে চাই, office এর কাজ আর zoom meeting এর জন্য। SSD আর RAM কত হলে চলবে? Refurbished কিনলে সমস্যা আছে?
জসিম""", "laptop under 40k advice, refurbished question"),

P("mixed", "ফারজানা আক্তার|farzana.akter@mail.test", "Gmail এ login করতে পারছি না",
"""আমার email account এ login করতে গেলে verification code পুরনো phone number এ যায়। সেই SIM হারিয়ে গেছে। কী করব? Account এ অনেক জরুরি document আছে।""", "cannot log in to personal email, 2FA on lost SIM"),

P("mixed", "রাশিদুল ইসলাম|rashidul.i@inbox.example", "Shop এর জন্য CCTV আর internet",
"""আসসালামু আলাইকুম, আমার দোকানে CCTV camera লাগাতে চাই যেন mobile থেকে দেখা যায়। কত Mbps internet লাগবে, আর কোন ধরনের DVR ভালো? Advice দিলে ভালো হয়।""", "CCTV with mobile viewing, internet speed advice"),

P("mixed", "সাদিয়া ইসলাম|sadia.i@mail.test", None,
"""Facebook এ আমার ছবি দিয়ে fake account খুলেছে কেউ। Report দিয়েছি কাজ হয়নি। আর কী করা যায়? Police এর কোন cyber help desk আছে?""", "no subject: fake facebook account with her photos"),

P("mixed", "Md. Humayun Kabir|humayun.k@inbox.example", "অফিসের কম্পিউটারে antivirus কোনটা?",
"""Sir, আমাদের ইউনিয়ন ভূমি অফিসের ৩টা computer এ কোন antivirus দেব? Free টা দিলে হবে নাকি paid কিনতে হবে? Budget কম।
Humayun, Union Land Assistant Officer""", "antivirus advice for union land office", fmt="alt"),

P("mixed", "নুসরাত ফারিয়া|nusrat.f@mail.test", "Online class এর জন্য tablet",
"""আমার ছেলের online class এর জন্য tablet নাকি smartphone কিনব? বাজেট ২০ হাজার। Screen time নিয়েও চিন্তা, parental control কীভাবে দেব?""", "tablet vs phone for child's online class, parental control"),

P("mixed", "Abdur Rob|abdur.rob@inbox.example", "পুরনো computer এর data recovery",
"""স্যার, আমার computer এর hard disk crash করেছে, on করলে "no bootable device" বলে। ভেতরে ছেলের thesis আছে। Data recovery কোথায় করাব? মেলান্দহে কেউ পারবে?""", "hard disk crash, data recovery advice", subj_mode="B"),

P("mixed", "লিপি রানী|lipi.r@mail.test", "Mobile banking app safe কি না",
"""আমি প্রথমবার smartphone নিয়েছি। Mobile banking app ব্যবহার করতে চাই কিন্তু ভয় লাগে। কী কী সাবধানতা নেব? PIN কাউকে দেব না এটা জানি।""", "safety tips for using mobile banking app (advice, not refund)"),

P("mixed", "Shafayet Hossain|shafayet.h@inbox.example", "Website বানাতে চাই নিজের ব্যবসার জন্য",
"""Sir, আমার নার্সারি ব্যবসার জন্য একটা ছোট website বানাতে চাই। Domain, hosting কোথায় নেব, খরচ কেমন? নাকি শুধু Facebook page যথেষ্ট? আপনাদের পরামর্শ চাই।
শাফায়েত, মাহমুদপুর নার্সারি""", "small business website advice (citizen, not govt portal)"),

P("mixed", "মোছাঃ ফাহিমা|fahima.m@mail.test", "Email এ বড় file পাঠাব কীভাবে",
"""স্যার, আমার 200MB এর video file একটা প্রতিষ্ঠানে email করতে হবে, attach হয় না। কী উপায়?""", "how to send a large file by email"),

# ---------------- banglish (9)
P("banglish", "Hridoy|hridoy.k@inbox.example", "computer kinbo",
"""sir ami ekta desktop kinte chai 35 hajar er moddhe, graphics design shikhbo. ki ki parts nile valo hobe? apnader advice chai""", "romanised: desktop under 35k for design"),

P("banglish", "Mim Akter|mim.a@mail.test", "facebook hack",
"""assalamualaikum sir amar facebook id hack hoye geche, email o change kore felse. ki kore ferot pabo? please help""", "romanised: facebook hacked, email changed"),

P("banglish", "Sujon|sujon.r@inbox.example", None,
"""bhai amar basay net khub slow, router ta ki change korbo? tp-link er purano router 2016 er""", "romanised no subject: slow internet, old router"),

P("banglish", "Raju Ahmed|raju.ahmed@mail.test", "pc te windows nosto",
"""sir amar pc on korle blue screen ase, kono kaj hoy na. windows notun kore dite hobe naki? file gula kivabe bachabo?""", "romanised: blue screen, save files advice"),

P("banglish", "Tanjina|tanjina.r@inbox.example", "email khulbo",
"""sir ami notun email account khulte chai chakrir apply er jonno. kivabe khulbo ar ki nam dile professional lagbe? ami mobile diye korbo.""", "romanised: how to open a professional email for job applications", fmt="html"),

P("banglish", "Sabbir|sabbir.h@mail.test", "phone e virus?",
"""sir amar phone e hothat hothat add ashe full screen e, kono app open na korleo. virus naki? ki korbo""", "romanised: adware on phone"),

P("banglish", "Mousumi|mousumi.a@inbox.example", "online e kaj shikhte chai",
"""apa/sir ami house wife, ghore bose computer er kaj shikhte chai. kon course valo? free kono sarkari training ache Melandaha te?""", "romanised: housewife asks computer learning/govt training"),

P("banglish", "Rana Mia|rana.mia@mail.test", "whatsapp e unknown call",
"""sir whatsapp e bidesh theke unknown number theke call ase, ek jon bole ami lottery jitsi. eta ki scam? ami ki block korbo?""", "romanised: asks if WhatsApp lottery call is a scam (advice request)", fmt="alt"),

P("banglish", "Polash|polash.d@inbox.example", "cctv setup advice",
"""sir amar dokane 4 ta cctv lagabo. DVR naki NVR? mobile e dekhte hole ki lagbe? amake ektu advice den.""", "romanised: CCTV DVR vs NVR advice"),
]
