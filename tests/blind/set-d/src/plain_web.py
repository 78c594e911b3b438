"""Plain requests: web-portal (ওয়েব পোর্টাল হালনাগাদ). Written by hand."""
from common import Mail

SVC = "web-portal"


def P(lang, frm, subj, body, note, **o):
    return Mail("plain", SVC, "new", lang, note, frm, subj, body, **o)


MAILS = [
# ---------------- bn (10)
P("bn", "মোঃ আব্দুল করিম|up.secy.kulia@upmail.test", "কুলিয়া ইউনিয়নের ওয়েব পোর্টালে নোটিশ প্রকাশ প্রসঙ্গে",
"""বরাবর,
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: কুলিয়া ইউনিয়ন পরিষদের ওয়েব পোর্টালে ভিজিডি কার্ডের তালিকা প্রকাশ প্রসঙ্গে।

সবিনয় নিবেদন এই যে, কুলিয়া ইউনিয়ন পরিষদের ২০২৭-২৮ চক্রের ভিজিডি উপকারভোগীদের তালিকা ইউনিয়ন পোর্টালের নোটিশ বোর্ডে প্রকাশ করা প্রয়োজন। আমাদের পোর্টালের লগইন পাসওয়ার্ড কাজ করছে না বিধায় আমরা নিজেরা আপলোড করতে পারছি না। তালিকাটি সংযুক্ত করলাম।

অতএব, মহোদয়ের নিকট বিনীত অনুরোধ এই যে, তালিকাটি পোর্টালে প্রকাশের ব্যবস্থা গ্রহণ করতে আজ্ঞা হয়।

বিনীত
মোঃ আব্দুল করিম
সচিব, ৩ নং কুলিয়া ইউনিয়ন পরিষদ
মোবাইল: ০১৭১২৩৪৫৬৭৮""", "UP secretary asks to publish VGD list on union portal, login broken, formal letter, PDF attached",
  att=[("pdf", "ভিজিডি_তালিকা_কুলিয়া.pdf")]),

P("bn", "নাসরিন আক্তার|nasrin.headmistress@school.test", "বিদ্যালয়ের পোর্টালে শিক্ষকদের তালিকা",
"""আসসালামু আলাইকুম স্যার,
আমি মেলান্দহ সরকারি বালিকা উচ্চ বিদ্যালয়ের প্রধান শিক্ষিকা। আমাদের স্কুলের ওয়েবসাইটে (জাতীয় তথ্য বাতায়নের স্কুল পাতা) এখনো পুরনো শিক্ষকদের নাম আছে। গত বছর তিনজন বদলি হয়েছেন আর দুজন নতুন যোগ দিয়েছেন। কীভাবে তালিকা হালনাগাদ করব জানালে উপকৃত হব। EIIN ১১৪৫৮২।

নাসরিন আক্তার
০১৮১৯৮৮৭৭৬৬""", "headmistress wants teacher list updated on school portal page"),

P("bn", "রফিকুল ইসলাম|rafiq.nayanagar@inbox.example", "ছবি",
"""স্যার, নয়ানগর ইউনিয়নের পোর্টালে চেয়ারম্যান সাহেবের ছবি এখনো আগের চেয়ারম্যানের। নতুন ছবি পাঠালাম, একটু বদলে দিবেন।""",
  "short: replace chairman photo on union portal, jpg attached", att=[("jpg", "chairman_new.jpg")]),

P("bn", "উপজেলা কৃষি অফিস, মেলান্দহ|uao.melandaha@dae.gov.test", "উপজেলা কৃষি অফিসের কর্মকর্তাদের তথ্য হালনাগাদ",
"""মহোদয়,
উপজেলা পোর্টালের "কৃষি অফিস" পাতায় কর্মকর্তাদের নাম, পদবি ও মোবাইল নম্বর পুরনো রয়ে গেছে। বর্তমান উপজেলা কৃষি অফিসার জনাব মাহবুবুর রহমান (০১৭৩০১১২২৩৩) এবং অতিরিক্ত কৃষি অফিসার জনাব শামীম হোসেন (০১৭৩০৪৪৫৫৬৬)। অনুগ্রহপূর্বক তথ্যগুলো হালনাগাদ করার অনুরোধ রইল।

ধন্যবাদান্তে,
উপজেলা কৃষি অফিস, মেলান্দহ""", "upazila agriculture office asks to update officer names/phones on upazila portal"),

P("bn", "শাহানা পারভীন|shahana.p@mail.test", "পোর্টালের পাসওয়ার্ড ভুলে গেছি",
"""আমি ঝাউগড়া ইউনিয়ন পরিষদের উদ্যোক্তা নই, আমি ইউপি'র হিসাব সহকারী। ইউনিয়ন পোর্টালের কন্টেন্ট ম্যানেজার একাউন্টের পাসওয়ার্ড ভুলে গেছি। পাসওয়ার্ড রিসেট করতে হলে কী করতে হবে? ইউজারনেম jhaugara.up.""",
  "UP accounts assistant forgot union portal content-manager password; mentions 'not the UDC entrepreneur'"),

P("bn", "মোঃ হাবিবুর রহমান|habib.principal@college.test", "কলেজের পোর্টালে ভর্তি বিজ্ঞপ্তি দিতে হবে",
"""শ্রদ্ধেয় আইসিটি অফিসার,

মেলান্দহ ডিগ্রী কলেজের একাদশ শ্রেণির ভর্তি বিজ্ঞপ্তি আগামী রবিবারের মধ্যে কলেজের পোর্টালে দিতে চাই। আমাদের কম্পিউটার অপারেটর অসুস্থ, তাই আপনাদের সাহায্য লাগবে। বিজ্ঞপ্তির ফাইল ও কলেজের লোগো সংযুক্ত করা হলো। যদি নোটিশ বোর্ডের পাশাপাশি হোমপেজের স্লাইডারেও দেওয়া যায় তাহলে ভালো হয়।

অধ্যক্ষ
মোঃ হাবিবুর রহমান
মেলান্দহ ডিগ্রী কলেজ, EIIN ১১৪৬০৯""", "college principal: admission notice on college portal + slider, two attachments",
  att=[("pdf", "admission_notice_2027.pdf"), ("jpg", "college_logo.jpg")]),

P("bn", "আয়েশা সিদ্দিকা|ayesha.s@inbox.example", "ভুল তথ্য",
"""মহাশয়,
মাহমুদপুর ইউনিয়নের ওয়েবসাইটে গ্রাম পুলিশের যে তালিকা দেওয়া আছে সেখানে আমার বাবার নাম ভুল বানানে লেখা (আবদুল জলিল এর জায়গায় আবুল জলিল)। তিনি ৭ নং ওয়ার্ডের দফাদার। সংশোধন করে দিলে কৃতজ্ঞ থাকব।
আয়েশা""", "citizen: misspelt name in village-police list on union website", fmt="html"),

P("bn", "ঘোষপাড়া ইউনিয়ন পরিষদ|ghoshpara.up@upmail.test", None,
"""জনাব,
ঘোষপাড়া ইউনিয়ন পরিষদের পোর্টালে "যোগাযোগ" অংশে এখনো পুরনো ফোন নম্বর দেখাচ্ছে। নতুন নম্বর ০১৯১১২২৩৩৪৪ এবং ইমেইল ghoshpara.up@upmail.test। হালনাগাদ করে দেওয়ার অনুরোধ করছি।
সচিব, ঘোষপাড়া ইউপি""", "no Subject header: update contact info on union portal"),

P("bn", "মোঃ সেলিম রেজা|selim.reza@mail.test", "উপজেলা পোর্টালে হাট-বাজারের তথ্য",
"""স্যার, আমি দুরমুট বাজার কমিটির সাধারণ সম্পাদক। উপজেলা ওয়েব পোর্টালের হাট-বাজার তালিকায় আমাদের বাজারের হাটবার ভুল লেখা (শনি ও মঙ্গলবারের জায়গায় রবিবার)। কোথায় আবেদন করলে ঠিক হবে? সরাসরি আপনারা ঠিক করতে পারলে খুব ভালো হয়।
সেলিম""", "market committee: wrong market-day on upazila portal haat-bazar page", subj_mode="Q"),

P("bn", "ফারহানা ইয়াসমিন|farhana.y@school.test", "স্কুলের ওয়েবসাইটে ফলাফল প্রকাশ",
"""আসসালামু আলাইকুম। নাংলা উচ্চ বিদ্যালয়ের বার্ষিক পরীক্ষার ফলাফল আমাদের প্রতিষ্ঠানের পোর্টালে প্রকাশ করতে চাই, কিন্তু পিডিএফ আপলোড দিলে "ফাইলের আকার বেশি" দেখায়। ফাইল ৮ এমবি। কী করব? নাকি আপনারা আপলোড করে দেবেন?
— ফারহানা ইয়াসমিন, সহকারী শিক্ষক (আইসিটি)""", "teacher: result PDF too large to upload to school portal"),

# ---------------- en (9)
P("en", "Tanvir Ahmed|tanvir.ahmed@inbox.example", "Update needed on Adra Union website",
"""Dear Sir,

The Adra Union Parishad website still shows the 2021 list of ward members. After the election the new members took oath last month. Could your office please update the "Elected Representatives" page? I have attached the new list with phone numbers.

Regards,
Tanvir Ahmed
Secretary (in-charge), Adra UP
Mobile: 01755-000111""", "union secretary asks to update elected members page, PDF list", att=[("pdf", "adra_ward_members_2026.pdf")]),

P("en", "Office of the UNO, Melandaha|uno.melandaha@gov.test", "Portal: publish tender notice today",
"""ICT Officer,

Please publish the attached tender notice (RFQ for upazila parishad furniture) on the upazila portal notice board today, and keep it on the home page until 20 December.

UNO Office, Melandaha""", "UNO office: publish tender notice on upazila portal", att=[("pdf", "RFQ-furniture-UP-2026.pdf")], cc_desk=True),

P("en", "Shirin Sultana|shirin.sultana@mail.test", "login",
"""Hi, I can't log in to our school's portal page. It says "invalid captcha" every time even though I type it right. Tried on Chrome and on my phone. School: Fulkocha Girls High School. Thanks""", "short: captcha error logging into school portal", subj_mode="raw"),

P("en", "Md. Kamrul Hasan|kamrul.h@college.test", "Request to add photo gallery album - Victory Day",
"""Assalamu Alaikum,

We held a Victory Day programme on 16 December at Jhaugara High School and would like the photos to appear in the photo gallery of our institution page on the national portal. I have 14 photos, total 22 MB. What is the best way to send them? Google Drive is not allowed in our office, I think.

Kamrul Hasan
Assistant Teacher, ICT
EIIN 114577""", "teacher wants Victory Day photos in school portal gallery, asks how to send", fmt="alt"),

P("en", "Rokeya Begum|rokeya.b@inbox.example", "Wrong information on union portal about UP chairman",
"""Sir, the union portal of Nangla still lists the late chairman as current. It is hurting the family. Please remove or change it as soon as possible. Thank you.""", "citizen: deceased chairman still on union portal"),

P("en", "Upazila Health Complex Melandaha|uhfpo.melandaha@health.gov.test", "Upazila portal - doctors' duty roster",
"""Dear ICT Officer,

We would like to have the doctors' duty roster for January 2027 shown on the Upazila Health Complex page of the upazila web portal. Is it possible to give our statistician an editor login only for our own page so that we can update it every month?

Best regards,
Dr. S. M. Mahfuz
UH&FPO, Melandaha""", "health complex asks for page-limited editor login on upazila portal"),

P("en", "Nazmul Huda|nazmul.h@mail.test", None,
"""Hello ICT office,
The "Citizen Charter" page on the upazila portal has a broken PDF link (404). Can someone fix it?
Nazmul""", "no subject: broken PDF link on upazila portal citizen charter page", subj_mode="empty"),

P("en", "Farid Uddin|farid.mahmudpur@upmail.test", "Mahmudpur UP website shows another union's map",
"""Dear Sir/Madam,

On the Mahmudpur Union website, the "Map" section is showing the map of Mahmudpur Union in another district. Kindly replace it with the correct map of our union. I can provide a scanned copy of the map from the land office.

Thank you,
Farid Uddin
UP Secretary, Mahmudpur""", "wrong map on union portal", fmt="html"),

P("en", "Jannatul Ferdous|jannat.f@school.test", "New headmaster's message for school website",
"""Dear Sir,
Our school has a new headmaster, Mr. Abul Kalam Azad, who joined on 1 December 2026. Please update the "Head of Institution" section and the message from the head on the school portal. Text and photo attached.
Jannatul Ferdous, office assistant, Charbani Pakuria High School (EIIN 114599)""", "school asks to update head of institution + message on portal",
  att=[("docx", "headmaster_message.docx"), ("jpg", "azad_sir.jpg")]),

# ---------------- mixed (10)
P("mixed", "মোঃ জাহিদ হাসান|jahid.h@inbox.example", "Union portal এ notice upload হচ্ছে না",
"""স্যার, নয়ানগর ইউনিয়নের portal এ login করতে পারছি কিন্তু notice upload করতে গেলে "Permission denied" দেখায়। আগে তো পারতাম। আমার role মনে হয় change হয়ে গেছে। একটু check করে দিবেন প্লিজ।
জাহিদ, ০১৭১১৯৮৭৬৫৪""", "permission denied uploading notice on union portal"),

P("mixed", "শামীমা নাসরিন|shamima.n@school.test", "School website-এ teacher list update",
"""Sir,
আমাদের স্কুলের website এ teacher list টা update করা দরকার। দুইজন teacher retire করেছেন, নতুন একজন join করেছেন (Mr. Rashed, ICT teacher)। Excel file attach করলাম। EIIN: 114603।
ধন্যবাদ।""", "teacher list update on school website, xlsx attached", att=[("xlsx", "teachers_2026.xlsx")]),

P("mixed", "সাইফুল ইসলাম|saiful.islam@mail.test", "Upazila portal-এ ভুল phone number",
"""আসসালামু আলাইকুম। Upazila portal এর "জরুরি যোগাযোগ" section এ fire service এর যে number দেওয়া, ওটাতে call দিলে অন্য লোক ধরে। Please correct করে দেন, emergency তে মানুষ বিপদে পড়বে।""", "wrong emergency number on upazila portal"),

P("mixed", "রুমানা আফরোজ|rumana.a@college.test", "কলেজ portal: নতুন admin account চাই",
"""শ্রদ্ধেয় স্যার,
আমাদের কলেজের portal এর admin ছিলেন আমাদের প্রাক্তন lecturer, উনি চাকরি ছেড়ে দিয়েছেন এবং password কাউকে দিয়ে যাননি। এখন কলেজের জন্য নতুন admin account খুলে দেওয়ার ব্যবস্থা করলে ভালো হয়। Principal sir এর অনুমতিপত্র scan করে দিলাম।

রুমানা আফরোজ
Lecturer, Computer Science
আদ্রা আদর্শ কলেজ""", "new admin account for college portal after former admin left, PDF permission letter",
  att=[("pdf", "principal_permission.pdf")]),

P("mixed", "Md. Mizanur Rahman|mizan.durmuth@upmail.test", "দুরমুট ইউনিয়ন website — ছবি upload size problem",
"""Dear sir, দুরমুট ইউনিয়নের website এ photo gallery তে ছবি upload দিলে error আসে "max 2MB"। মোবাইলের ছবি তো ৪-৫ MB. কিভাবে ছোট করব? কোন software লাগবে?
Mizan, UP Secretary""", "photo upload size limit on union website gallery"),

P("mixed", "আনোয়ার হোসেন|anwar.h@inbox.example", "Portal এ citizen charter হালনাগাদ",
"""স্যার, ইউনিয়ন পরিষদের new citizen charter (সেবা প্রদান প্রতিশ্রুতি) approve হয়েছে। Union portal এর citizen charter page এ পুরনোটা সরিয়ে নতুনটা বসাতে হবে। File attach করলাম।
আনোয়ার হোসেন, ইউপি সচিব, শ্যামপুর""", "replace citizen charter on union portal", att=[("pdf", "citizen_charter_shyampur.pdf")], fmt="alt"),

P("mixed", "Lutfa Khatun|lutfa.k@school.test", "Re: school website",
"""Sir, গতকাল ফোনে বলেছিলাম — আমাদের স্কুলের website এর banner এ স্কুলের নামের বানান ভুল ("মেলান্দাহ" লেখা)। Correct spelling হবে "মেলান্দহ"। Please ঠিক করে দিবেন।
Lutfa, Headmistress""", "misspelt school name in school website banner (subject says Re: but new request)"),

P("mixed", "হাসান মাহমুদ|hasan.m@mail.test", "Office portal এ সিটিজেন ফিডব্যাক form কাজ করছে না",
"""উপজেলা portal এর "অভিযোগ/মতামত" form submit করলে page blank হয়ে যায়। তিনবার চেষ্টা করেছি। Browser: Firefox. Please fix it.""", "feedback form on upazila portal blank on submit", fmt="html"),

P("mixed", "সুমাইয়া আক্তার|sumaiya.a@inbox.example", "স্কুল পোর্টালে SSC result",
"""আপা/স্যার, আমাদের স্কুলের portal এ SSC 2026 result এর pdf টা দেয়া যাবে? অনেক অভিভাবক জানতে চায়। আমাদের ICT sir ছুটিতে।
সুমাইয়া, অফিস সহকারী, ফুলকোচা হাই স্কুল""", "publish SSC result on school portal"),

P("mixed", "Abdul Mannan|mannan.charbani@upmail.test", "চরবানী পাকুরিয়া UP portal – সেবা তালিকা update",
"""জনাব,
UP portal এর "সেবাসমূহ" page এ নতুন দুটি service add করতে চাই: (১) ওয়ারিশ সনদ online আবেদন, (২) ট্রেড লাইসেন্স নবায়ন। Details word file এ দিলাম। আর home page এর marquee তে ডেঙ্গু সচেতনতার notice টা সরিয়ে দিতে হবে।
ধন্যবাদ
আব্দুল মান্নান""", "add services to union portal page and remove marquee notice", att=[("docx", "new_services.docx")]),

# ---------------- banglish (9)
P("banglish", "Rakib Hasan|rakib.h@inbox.example", "union website e vul tottho",
"""assalamualaikum sir, jhaugara union er website e amader gramer naam vul lekha ache "Chor Jhaugara" er jaygay "Char Jhaugara". ektu thik kore diben please.
Rakib""", "romanised: wrong village name on union website"),

P("banglish", "Monir Hossain|monir.h@mail.test", "portal login hoy na",
"""sir amader union portal e login korte parchi na, password dile bole wrong. forgot password e click korle kono mail ashe na. username kulia_up. ki korbo?
Monir, UP office""", "romanised: union portal login fails, reset mail not arriving"),

P("banglish", "Sabina Yasmin|sabina.y@school.test", "school er website",
"""apa amader school er website ta update korte chai, notun headmaster er chobi ar nam dite hobe. ki ki lagbe janale valo hoy. EIIN 114621. phone 01822334455""", "romanised: update new headmaster on school website"),

P("banglish", "Kawsar Ahmed|kawsar.a@inbox.example", "Nangla union portal notice",
"""Sir,
Nangla union er portal e 12 December er "uthan boithok" er notice ta dite hobe, UP chairman bolechen. notice er chobi attach korlam. ajke dile valo hoy.
Kawsar, UP udyokta na, ami gram police er ek jon""", "romanised: post meeting notice on union portal, jpg", att=[("jpg", "uthan_boithok_notice.jpg")]),

P("banglish", "Tania Akter|tania.akter@mail.test", None,
"""upazila portal e officer der list e upazila mohila bishoyok kormokorta er naam ekhono ager jon. notun jon Mst. Rehana Parvin. please update korun.""", "romanised, no subject: update women-affairs officer on upazila portal", subj_mode="empty"),

P("banglish", "Jewel Rana|jewel.r@inbox.example", "portal er photo gallery",
"""vai amader union portal er photo gallery te 2019 er pic chara kichu nai. notun kichu chobi dite chai, amra ki nije dite parbo naki apnader pathate hobe? ar kon size e?""", "romanised: how to add photos to union portal gallery"),

P("banglish", "Habibullah|habibullah.m@college.test", "college website down",
"""sir amader college er website e dhukle "site under maintenance" dekhay 1 shoptah dhore. admission er somoy student ra notice dekhte parche na. urgent dekhben please. Melandaha Mohila College, EIIN 114640""", "romanised: college portal stuck in maintenance mode"),

P("banglish", "Shohel Rana|shohel.r@mail.test", "web portal e union parishad er budget",
"""Assalamualaikum. amader union er 2026-27 budget portal e upload dite hobe. file ta pdf, 3 page. kivabe dibo bujhtesi na. kon menu te jabe?
Shohel, Fulkocha UP""", "romanised: where to upload UP budget on portal", fmt="alt"),

P("banglish", "Nusrat Jahan|nusrat.j@school.test", "portal a notice dite parchi na",
"""sir, school portal e notice dite gele editor open hoy na, shudhu loading ghure. onno computer eo same. amader school Ghoshpara Adarsha High School.""", "romanised: editor not loading on school portal"),
]
