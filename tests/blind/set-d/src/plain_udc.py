"""Plain requests: udc-advice (ইউনিয়ন ডিজিটাল সেন্টারকে পরামর্শ). Written by hand."""
from common import Mail

SVC = "udc-advice"


def P(lang, frm, subj, body, note, **o):
    return Mail("plain", SVC, "new", lang, note, frm, subj, body, **o)


MAILS = [
# ---------------- bn (10)
P("bn", "মোঃ রাসেল মিয়া|udc.kulia@udc.test", "ইউনিয়ন ডিজিটাল সেন্টারের প্রিন্টার নষ্ট",
"""স্যার,
আমি কুলিয়া ইউনিয়ন ডিজিটাল সেন্টারের উদ্যোক্তা। আমাদের লেজার প্রিন্টার কাগজ টানছে না, প্রতিদিন জন্মনিবন্ধন ও নাগরিক সনদ প্রিন্ট করতে হয়। মেরামত কোথায় করাব, নাকি নতুন কিনতে হবে? নতুন কিনলে কোন মডেল ভালো হবে?
রাসেল, ০১৭১০০০২২৩৩""", "UDC entrepreneur: printer not feeding paper"),

P("bn", "শাহনাজ পারভীন|udc.adra@udc.test", "উদ্যোক্তা প্রশিক্ষণ",
"""আসসালামু আলাইকুম। আমি আদ্রা ইউনিয়ন ডিজিটাল সেন্টারের নারী উদ্যোক্তা। নতুন ই-সেবা (অনলাইন ভূমি উন্নয়ন কর, ই-মিউটেশন) বিষয়ে কোনো প্রশিক্ষণ হবে কি? আমি অংশ নিতে চাই।
শাহনাজ""", "female UDC entrepreneur asks training on new e-services"),

P("bn", "মোঃ আজিজুল হক|udc.nangla@udc.test", "মাসিক প্রতিবেদন জমা দিতে সমস্যা",
"""জনাব,
নাংলা ইউডিসির নভেম্বর মাসের আয়-সেবা প্রতিবেদন উদ্যোক্তা পোর্টালে জমা দিতে গেলে "সার্ভার ত্রুটি" দেখায়। শেষ তারিখ ১০ ডিসেম্বর। কী করব জানাবেন।
আজিজুল হক, উদ্যোক্তা""", "UDC monthly report submission error on entrepreneur portal"),

P("bn", "ফারুক হোসেন|udc.jhaugara@udc.test", None,
"""স্যার, ঝাউগড়া ইউডিসিতে বিদ্যুৎ না থাকলে কাজ বন্ধ থাকে। সোলার প্যানেল বা আইপিএস কোনটা নিলে ভালো হবে? দুইটা কম্পিউটার, একটা প্রিন্টার চালাতে হবে।""", "no subject: UDC power backup advice (solar vs IPS)"),

P("bn", "মোছাঃ নাজমা আক্তার|udc.mahmudpur@udc.test", "ইউডিসির জন্য নতুন সেবা চালুর পরামর্শ",
"""শ্রদ্ধেয় স্যার,
মাহমুদপুর ইউনিয়ন ডিজিটাল সেন্টারে আয় কমে গেছে। এখন শুধু জন্মনিবন্ধন আর ছবি তোলার কাজ হয়। আর কী কী সেবা চালু করলে আয় বাড়বে এবং মানুষ উপকৃত হবে, সে বিষয়ে আপনার পরামর্শ চাই।
নাজমা আক্তার, উদ্যোক্তা""", "UDC asks advice on new services to raise income", fmt="html"),

P("bn", "ইউপি চেয়ারম্যান, ঘোষপাড়া|chairman.ghoshpara@upmail.test", "ইউডিসি উদ্যোক্তা পরিবর্তন",
"""বরাবর,
উপজেলা আইসিটি অফিসার, মেলান্দহ।

বিষয়: ঘোষপাড়া ইউনিয়ন ডিজিটাল সেন্টারে নতুন উদ্যোক্তা নিয়োগ ও নিবন্ধন প্রসঙ্গে।

সবিনয় নিবেদন এই যে, ঘোষপাড়া ইউডিসির পুরুষ উদ্যোক্তা জনাব মোঃ মিজান বিদেশ চলে যাওয়ায় পদটি শূন্য। নতুন উদ্যোক্তা নির্বাচন ও উদ্যোক্তা পোর্টালে নিবন্ধনের নিয়ম জানানোর জন্য অনুরোধ করছি।

চেয়ারম্যান
ঘোষপাড়া ইউনিয়ন পরিষদ""", "formal: UP chairman asks process to appoint/register new UDC entrepreneur"),

P("bn", "মোঃ মাসুদ রানা|udc.fulkocha@udc.test", "ইউডিসির ল্যাপটপ চুরি",
"""স্যার, ফুলকোচা ইউডিসির সরকারি ল্যাপটপ চুরি হয়েছে গত সপ্তাহে। জিডি করেছি। এখন কাজ চালানোর জন্য কী করব, আর সরঞ্জামের তালিকা থেকে কীভাবে বাদ দেব?""", "UDC laptop stolen, what to do", subj_mode="Q"),

P("bn", "শিউলি আক্তার|udc.nayanagar@udc.test", "ইউডিসি থেকে পাসপোর্ট আবেদনের সেবা",
"""আসসালামু আলাইকুম স্যার। নয়ানগর ইউডিসি থেকে অনলাইন পাসপোর্ট আবেদন ফরম পূরণের সেবা দিতে চাই। এর জন্য সেবামূল্য কত নেওয়া যাবে এবং কোনো অনুমতি লাগবে কি?
শিউলি, উদ্যোক্তা""", "UDC wants to offer passport form-filling; fee and permission advice"),

P("bn", "মোঃ জুয়েল রানা|udc.durmuth@udc.test", "ইউডিসির ইন্টারনেট বিল",
"""স্যার, দুরমুট ইউডিসির ইন্টারনেট বিল কে পরিশোধ করবে—ইউনিয়ন পরিষদ না উদ্যোক্তা? চেয়ারম্যান সাহেব বলছেন উদ্যোক্তাকে দিতে হবে। নির্দেশনা থাকলে দিবেন।""", "who pays UDC internet bill, asks guidance"),

P("bn", "মোছাঃ তাসলিমা|udc.shyampur@udc.test", "ডিজিটাল সেন্টারের স্ক্যানার",
"""স্যার, শ্যামপুর ইউডিসির স্ক্যানার দিয়ে স্ক্যান করলে ছবি কালো দাগ পড়ে। পরিষ্কার করেছি। জমির খতিয়ান স্ক্যান করতে সমস্যা হচ্ছে। পরামর্শ দিন।""", "UDC scanner leaves black lines"),

# ---------------- en (9)
P("en", "Md. Sumon Ali|udc.charbani@udc.test", "UDC entrepreneur portal password",
"""Dear Sir,
I am the entrepreneur of Char Banipakuria UDC. I cannot log in to the UDC entrepreneur portal since my password expired. The reset SMS goes to a number I no longer have. Please advise.
Sumon Ali
UDC Entrepreneur""", "UDC entrepreneur cannot log in to entrepreneur portal"),

P("en", "Rupa Akter|udc.sharifpur@udc.test", "Training on digital financial services for UDC",
"""Assalamu Alaikum Sir,
I would like to start agent banking services at Sharifpur UDC. Is there any training or approval process I need to follow? Which banks work with UDCs in our upazila?
Rupa Akter, UDC entrepreneur""", "UDC wants to start agent banking, asks training/approval"),

P("en", "Kulia Union Parishad|kulia.up@upmail.test", "UDC equipment list",
"""Dear ICT Officer,
We need the official list of equipment supplied to Kulia UDC since 2015 for our audit. Could you send us the format for the equipment register and tell us whether old broken items can be written off?
UP Secretary, Kulia""", "UP needs UDC equipment register format for audit", att=[("pdf", "audit_letter.pdf")]),

P("en", "Ahsan Habib|udc.adra2@udc.test", None,
"""Sir, our UDC photocopier is printing very light. We refilled the toner. What else could be wrong? - Ahsan, Adra UDC""", "no subject: UDC photocopier faint prints", subj_mode="empty"),

P("en", "Mst. Lovely Begum|udc.nangla2@udc.test", "How to register UDC for e-commerce (ekShop)",
"""Dear Sir,
Many women in Nangla make nakshi kantha. I want our UDC to help them sell online through the rural e-commerce service. How can the UDC register and what training is available?
Lovely Begum, Nangla UDC""", "UDC wants to register for rural e-commerce service", fmt="alt"),

P("en", "Md. Rakibul Islam|udc.jhaugara2@udc.test", "Service price chart for UDC",
"""Dear Sir,
Citizens often argue with us about fees. Is there an approved service price chart for UDC services (birth registration, land tax, photocopy, compose) that we can display? Please send it if available.
Rakibul, Jhaugara UDC""", "asks for approved UDC service price chart", fmt="html"),

P("en", "Salma Khatun|udc.ghoshpara2@udc.test", "UDC monthly meeting",
"""Hello Sir, I could not attend the monthly UDC entrepreneurs' meeting on 2 December because of illness. Could you share the decisions and anything we have to submit? Thank you. - Salma, Ghoshpara UDC""", "missed UDC monthly meeting, asks decisions"),

P("en", "Nayanagar UDC|udc.nayanagar2@udc.test", "UDC computer upgrade advice",
"""Dear Sir,
Our UDC desktop is from 2013 and it hangs when we open the land records website. We have saved 35,000 taka. Should we buy a new desktop or a laptop for the UDC? Please advise on specification.
Entrepreneur, Nayanagar UDC""", "UDC computer upgrade advice with budget"),

P("en", "Jamal Uddin|udc.mahmudpur2@udc.test", "Complaint handling at UDC",
"""Sir, a citizen complained that his birth registration correction took too long at our UDC. How should a UDC entrepreneur handle such complaints and keep records? Is there a register format?
Jamal Uddin, Mahmudpur UDC""", "how UDC should handle citizen complaints"),

# ---------------- mixed (10)
P("mixed", "মোঃ শরিফুল ইসলাম|udc.kulia2@udc.test", "UDC তে internet speed কম",
"""স্যার, কুলিয়া UDC তে যে broadband আছে তাতে speed 2-3 Mbps, সার্ভারে কাজ করতে খুব সমস্যা। Union parishad এর সাথে একই line share করি। আলাদা connection নেওয়া উচিত কি? Advice চাই।
শরিফুল, Entrepreneur""", "UDC slow shared internet, separate line advice"),

P("mixed", "রাবেয়া খাতুন|udc.fulkocha2@udc.test", "নারী উদ্যোক্তা হিসেবে registration",
"""আসসালামু আলাইকুম স্যার, আমি ফুলকোচা UDC তে নতুন female entrepreneur হিসেবে কাজ শুরু করেছি। Entrepreneur portal এ registration কীভাবে করব আর কোন document লাগবে? NID, ছবি আছে।""", "new female UDC entrepreneur registration on portal"),

P("mixed", "Md. Babul Hossain|udc.durmuth2@udc.test", "UDC এর জন্য laminating machine",
"""Sir, UDC তে লেমিনেটিং machine আর ID card printer কিনতে চাই। কোনটা কিনলে টেকসই হবে? Budget ২৫ হাজার। আর এসব service এর charge কত রাখা যায়?""", "UDC equipment buying advice: laminator, ID card printer", subj_mode="B"),

P("mixed", "সাথী আক্তার|udc.adra3@udc.test", "UDC monthly report format change হয়েছে?",
"""স্যার, শুনলাম UDC এর monthly report এর format change হয়েছে। নতুন format টা কি পাঠাবেন? আমি এখনো পুরনো excel এ দিচ্ছি। পুরনো ফাইল attach করলাম।
সাথী, আদ্রা UDC""", "asks new UDC monthly report format, old xlsx attached", att=[("xlsx", "udc_report_nov.xlsx")]),

P("mixed", "মোঃ আরিফুল|udc.sharifpur2@udc.test", None,
"""Sir UDC র webcam কাজ করে না, ছবি তোলার service বন্ধ। নতুন কোন webcam কিনব? নাকি mobile দিয়ে তুলে computer এ নেওয়া যাবে?""", "no subject: UDC webcam broken"),

P("mixed", "Parvez Ahmed|udc.nangla3@udc.test", "ডিজিটাল সেন্টারে cyber security",
"""Dear Sir,
আমাদের UDC তে অনেক মানুষের NID, জন্মনিবন্ধনের তথ্য computer এ থাকে। এগুলো secure রাখতে কী করা উচিত? Backup কীভাবে রাখব? Guideline থাকলে দিন।
Parvez, Nangla UDC""", "UDC data security and backup guidance", fmt="alt"),

P("mixed", "জাকিয়া সুলতানা|udc.jhaugara3@udc.test", "UDC উদ্যোক্তা training – Photoshop/Graphic",
"""স্যার, UDC উদ্যোক্তাদের জন্য graphics design training এর কোনো plan আছে? বিয়ের কার্ড, poster এর কাজ পেলে আয় বাড়বে। আমরা ৩ জন interested।""", "UDC entrepreneurs ask for graphics design training"),

P("mixed", "মোঃ সবুজ মিয়া|udc.shyampur2@udc.test", "UDC room এ জায়গা নেই",
"""জনাব, শ্যামপুর UDC এর জন্য UP ভবনে যে room দেওয়া ছিল সেটা এখন গ্রাম আদালতের জন্য নেওয়া হয়েছে। Equipment গুলো corridor এ রাখা। এ বিষয়ে কী করণীয়, কাকে জানাব? Chairman এর সাথে কথা বলেছি।""", "UDC lost its room in UP building, advice needed"),

P("mixed", "Nasir Uddin|udc.charbani2@udc.test", "UDC এর Facebook page খুলব?",
"""Sir, UDC এর service গুলো প্রচারের জন্য Facebook page খুলতে চাই। এটা কি allowed? Page এর নাম কী দেব, official logo ব্যবহার করা যাবে?
Nasir, Char Banipakuria UDC""", "UDC wants a Facebook page, asks rules"),

P("mixed", "মোছাঃ রিনা|udc.ghoshpara3@udc.test", "ইউডিসি সেবার রেজিস্টার digital করা",
"""স্যার, আমরা এখনো খাতায় সেবার হিসাব রাখি। Digital register বা software কোনটা ব্যবহার করা যায় যাতে monthly report সহজে বানানো যায়?""", "UDC wants digital service register software"),

# ---------------- banglish (9)
P("banglish", "Mizan|udc.kulia3@udc.test", "udc printer",
"""sir amader udc r printer e kagoj atke jay bar bar. ki korbo? Kulia UDC""", "romanised: UDC printer paper jam"),

P("banglish", "Rozina Akter|udc.adra4@udc.test", "udc training kobe",
"""assalamualaikum sir, ami Adra UDC r udyokta. notun service er training kobe hobe? amake janaben please. 01912000333""", "romanised: UDC entrepreneur asks next training"),

P("banglish", "Alamin|udc.nayanagar3@udc.test", None,
"""sir UDC r computer e land tax er site khule na, onno site khule. ki problem?""", "romanised no subject: land tax site not opening at UDC"),

P("banglish", "Shirin|udc.durmuth3@udc.test", "udc report",
"""sir november mash er udc report ki ekhono dite hobe naki portal e auto hoy? ami bujhtesi na. Durmut UDC.""", "romanised: is UDC monthly report manual or automatic"),

P("banglish", "Habib|udc.fulkocha3@udc.test", "udc te solar",
"""vai amader udc te solar lagate chai, koto watt lagbe 2 ta pc r 1 ta printer er jonno? ar kon company valo?""", "romanised: UDC solar sizing advice", fmt="html"),

P("banglish", "Mukta|udc.mahmudpur3@udc.test", "udc service charge",
"""sir jonmo nibondhon er jonno udc te koto taka nibo? manush bole beshi ni. official rate ki?""", "romanised: official UDC fee for birth registration"),

P("banglish", "Tarek|udc.sharifpur3@udc.test", "udc r laptop slow",
"""sir udc r laptop onek slow, ram barale ki hobe? 4gb ache. koto taka lagbe?""", "romanised: UDC laptop RAM upgrade advice"),

P("banglish", "Jannat|udc.nangla4@udc.test", "udc udyokta meeting",
"""assalamualaikum sir, porer udc udyokta meeting kobe? amader union theke 2 jon ashbo. ar ki ki kagoj anbo?""", "romanised: next UDC entrepreneurs meeting", fmt="alt"),

P("banglish", "Rasel|udc.charbani3@udc.test", "udc te notun service",
"""sir amader udc te online job application ar form fill up er service dite chai. eta ki allowed? charge koto nibo?""", "romanised: can UDC offer job-application form filling"),
]
