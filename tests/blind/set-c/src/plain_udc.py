"""plain requests: udc-advice (ইউনিয়ন ডিজিটাল সেন্টারকে পরামর্শ)"""
from spec import M

S = "udc-advice"


def P(lang, note, frm, subject, body, **kw):
    return M("plain", S, "new", lang, note, frm=frm, subject=subject, body=body, **kw)


MAILS = [
# ---------------- bn
P("bn", "UDC entrepreneur: laser printer of centre broken, asks repair/purchase advice",
  "মোঃ সোহাগ মিয়া|sohag.udc@kulia-udc.test", "ডিজিটাল সেন্টারের প্রিন্টার",
  """\
স্যার,
আমি কুলিয়া ইউনিয়ন ডিজিটাল সেন্টারের উদ্যোক্তা। সেন্টারের লেজার প্রিন্টারটা কাগজ টেনে নেয় না, জমে যায়। জন্ম নিবন্ধন আর অনলাইন আবেদনের প্রিন্ট দিতে পারছি না। মেরামত করাব নাকি নতুন কিনব, কোন মডেল টেকসই হবে — পরামর্শ দিন।
সোহাগ মিয়া
০১৭৩১-০০০৫১৭
"""),
P("bn", "UDC monthly service report submission problem",
  "ফাতেমা খাতুন|fatema.udc@adra-udc.test", "মাসিক প্রতিবেদন জমা দেওয়া যাচ্ছে না",
  """\
জনাব,
উদ্যোক্তা পোর্টালে নভেম্বর মাসের সেবা প্রতিবেদন জমা দিতে গেলে "সার্ভার ত্রুটি" আসছে। শেষ তারিখ ১০ ডিসেম্বর। অন্য কোনো উপায়ে জমা দেওয়া যায় কি?
ফাতেমা খাতুন, উদ্যোক্তা, আদ্রা ইউডিসি
"""),
P("bn", "new UDC entrepreneur: which services can the centre offer and fees",
  "মোঃ রাজু আহমেদ|raju.udc@nayanagar-udc.test", "নতুন উদ্যোক্তা - সেবার তালিকা",
  """\
আসসালামু আলাইকুম স্যার,
আমি নয়ানগর ইউনিয়ন ডিজিটাল সেন্টারে নতুন উদ্যোক্তা হিসেবে যোগ দিয়েছি। কোন কোন সরকারি ও বেসরকারি সেবা দিতে পারব এবং কোন সেবার জন্য কত টাকা নেওয়া যাবে, তার একটা তালিকা বা নির্দেশিকা পেলে ভালো হয়। কোনো প্রশিক্ষণ থাকলে সেটাও জানাবেন।
রাজু আহমেদ
"""),
P("bn", "UDC: dispute with UP chairman over centre room and electricity bill",
  "শারমিন সুলতানা|sharmin.udc@durmut-udc.test", "সেন্টারের বিদ্যুৎ বিল নিয়ে সমস্যা",
  """\
স্যার,
ইউনিয়ন পরিষদ বলছে ডিজিটাল সেন্টারের বিদ্যুৎ বিল এখন থেকে উদ্যোক্তাদের দিতে হবে। আগে পরিষদ দিত। এ বিষয়ে সরকারি কোনো নির্দেশনা আছে কি? আমরা কী করব পরামর্শ দিন।
শারমিন সুলতানা, উদ্যোক্তা, দুরমুট ইউডিসি
"""),
P("bn", "UDC wants to start agent banking, asks requirements",
  "মোঃ আলামিন|alamin.udc@ghoshpara-udc.test", "এজেন্ট ব্যাংকিং চালু করতে চাই",
  """\
ঘোষেরপাড়া ইউডিসি থেকে এজেন্ট ব্যাংকিং সেবা চালু করতে চাই। কোন কোন ব্যাংকের সাথে চুক্তি করা যায়, কী যন্ত্রপাতি (বায়োমেট্রিক ডিভাইস ইত্যাদি) লাগবে এবং জামানত কত — জানতে চাই।
আলামিন
"""),
P("bn", "UDC: centre computer fingerprint device for birth registration not detected",
  "রোকেয়া আক্তার|rokeya.udc@jhaugara-udc.test", "ফিঙ্গারপ্রিন্ট ডিভাইস কাজ করছে না",
  """\
স্যার, আমাদের সেন্টারের ফিঙ্গারপ্রিন্ট স্ক্যানার কম্পিউটারে লাগালে ধরছে না। ড্রাইভার আবার দিয়েছি। সেবাগ্রহীতারা ফিরে যাচ্ছে। কী করব?
রোকেয়া, ঝাউগড়া ইউনিয়ন ডিজিটাল সেন্টার
"""),
P("bn", "UDC: training for entrepreneurs on new online services",
  "উদ্যোক্তা ফোরাম মেলান্দহ|udc.forum@udc-mail.test", "উদ্যোক্তাদের প্রশিক্ষণ",
  """\
শ্রদ্ধেয় উপজেলা আইসিটি অফিসার,
মেলান্দহ উপজেলার ১১টি ইউনিয়ন ডিজিটাল সেন্টারের উদ্যোক্তাদের পক্ষ থেকে অনুরোধ করছি: নতুন চালু হওয়া অনলাইন সেবাগুলো (ভূমি উন্নয়ন কর, ই-মিউটেশন আবেদন ইত্যাদি) বিষয়ে একটি প্রশিক্ষণের ব্যবস্থা করুন। আমরা সবাই অংশ নিতে আগ্রহী।
সভাপতি, উদ্যোক্তা ফোরাম, মেলান্দহ
"""),
P("bn", "UDC: wants advice on keeping customer cash/accounts register",
  "মোঃ হাবিবুল্লাহ|habibullah.udc@mahmudpur-udc.test", "সেন্টারের হিসাব রাখা",
  """\
আমার সেন্টারে প্রতিদিন অনেক সেবা দেই কিন্তু হিসাব খাতায় রাখি, মাস শেষে মেলে না। কম্পিউটারে সহজে আয়-ব্যয় রাখার কোনো উপায় বা ফরম্যাট থাকলে জানাবেন। ইউডিসি'র জন্য কোনো নির্দিষ্ট সফটওয়্যার আছে কি?
হাবিবুল্লাহ, মাহমুদপুর ইউডিসি
"""),
P("bn", "UDC: female entrepreneur asks about loan/support scheme to expand centre",
  "নাসরিন আক্তার|nasrin.udc@shyampur-udc.test", "সেন্টার বড় করতে সহায়তা",
  """\
জনাব,
আমি শ্যামপুর ইউডিসির নারী উদ্যোক্তা। সেন্টারে একটা ল্যামিনেটিং মেশিন ও আরেকটি কম্পিউটার কিনতে চাই। উদ্যোক্তাদের জন্য কোনো সহজ শর্তে ঋণ বা সহায়তা প্রকল্প আছে কি? কোথায় আবেদন করব?
নাসরিন আক্তার
"""),
P("bn", "UDC: centre ID / login to entrepreneur portal blocked",
  "|shafiq.udc@fulkocha-udc.test", "উদ্যোক্তা আইডি বন্ধ",
  """\
আমার উদ্যোক্তা আইডি হঠাৎ "নিষ্ক্রিয়" দেখাচ্ছে, লগইন হচ্ছে না। কোনো নোটিশ পাইনি। ফুলকোচা ইউডিসি। কীভাবে চালু করব?
শফিক
"""),
# ---------------- en
P("en", "English: UDC wants to offer passport application help, asks rules",
  "Md. Shakil Ahmed|shakil.udc@nangla-udc.test", "Can our UDC help with passport applications?",
  """\
Dear Sir,

Many people in Nangla union come to our digital centre for help filling online passport forms. Are UDCs allowed to provide this service and charge a fee for form filling and photo? Is there an official service fee list for UDCs?

Md. Shakil Ahmed
Entrepreneur, Nangla Union Digital Centre
"""),
P("en", "English short: UDC scanner not working with new laptop",
  "|mitu.udc@kulia-udc.test", "scanner problem at UDC",
  """\
Our centre's flatbed scanner is not recognised by the new laptop (Windows 11). Old one worked. Which driver should I use?
Mitu, Kulia UDC
"""),
P("en", "English: UDC asks how to advertise services to villagers",
  "Rafiqul Islam|rafiqul.udc@adra-udc.test", "Ideas to get more people to the UDC",
  """\
Hello Sir,

Footfall at Adra Union Digital Centre has dropped since people started using their phones for some services. What services are in demand now, and how do other UDCs in the district attract people (miking, leaflets, Facebook page)? Any advice would help me keep the centre running.

Rafiqul Islam
"""),
P("en", "English HTML: UDC internet connection option for remote union",
  "Charbani Pakuria UDC|charbani.udc@udc-mail.test", "Internet for our digital centre",
  None, html="""\
<html><body>
<p>Dear ICT Officer,</p>
<p>Charbani Pakuria union is near the river and there is no broadband line. Mobile signal is weak inside the UP building. Our UDC needs a stable internet connection for online applications. What options do we have (outdoor antenna, a different operator, radio link)? Approximate cost?</p>
<p>Regards,<br>Kawsar Hamid, Entrepreneur</p>
</body></html>
"""),
P("en", "English: UDC asks for the latest circular on service charge",
  "Salma Akter|salma.udc@ghoshpara-udc.test", "Circular on UDC service charges",
  """\
Sir,
Some citizens complained that we charge too much for online birth registration applications. I follow the old list from 2022. Please send me the latest circular or service charge list for union digital centres so I can display it at the centre.
Salma Akter, Ghosherpara UDC
"""),
P("en", "English: UDC entrepreneur leaving, asks handover procedure",
  "Tanvir Hossain|tanvir.udc@mahmudpur-udc.test", "Leaving the UDC - what is the process?",
  """\
Dear Sir,

I have got a job in Dhaka and will leave Mahmudpur UDC at the end of December. What is the proper process to hand over the centre's equipment and my entrepreneur account, and how will a new entrepreneur be selected? I want to leave things in order.

Tanvir Hossain
01717-000523
"""),
P("en", "English: UDC wants to run computer training for youth, asks certification",
  "Jasim Uddin|jasim.udc@shyampur-udc.test", "Computer training at UDC",
  """\
Hi,
I want to run a 3-month basic computer course at Shyampur UDC for local youths. Can UDCs issue certificates, or is there a government programme we can join so that the certificate is recognised?
Jasim
"""),
P("en", "English: UDC laptop battery and solar backup advice",
  "Moushumi Das|moushumi.udc@jhaugara-udc.test", "Power backup for UDC",
  """\
Dear Sir,
Load shedding is 4-5 hours daily in Jhaugara. Our UDC has one laptop, one desktop and a printer. Would a solar panel with battery be better than an IPS? What size do we need? We want to keep serving people during outages.
Moushumi Das, Entrepreneur
"""),
P("en", "English: UDC asks about data privacy for citizens' NID copies",
  "Nazmul Karim|nazmul.udc@durmut-udc.test", "Keeping citizens' documents at UDC",
  """\
Sir,
At Durmut UDC we scan many NID cards and certificates for online applications. Files pile up on our computer. How long may we keep them, and what is the right way to store or delete them? I do not want any misuse.
Nazmul Karim
"""),
# ---------------- mixed
P("mixed", "mixed: UDC webcam for photo in online applications",
  "মোঃ মাসুদ পারভেজ|masud.udc@nayanagar-udc.test", "UDC-র জন্য webcam",
  """\
স্যার,
অনলাইন আবেদনে সেবাগ্রহীতার ছবি তুলতে mobile ব্যবহার করি, ছবি ঝাপসা আসে। একটা ভালো webcam বা digital camera কিনতে চাই, budget ৫-৬ হাজার। কোনটা UDC-র কাজে ভালো হবে?
মাসুদ পারভেজ, নয়ানগর UDC
"""),
P("mixed", "mixed: UDC entrepreneur portal shows wrong union",
  "নাজমা বেগম|najma.udc@adra-udc.test", "Entrepreneur profile-এ ভুল ইউনিয়ন",
  """\
আমার entrepreneur profile-এ union "আদ্রা"-র বদলে "আদারভিটা" দেখাচ্ছে, ফলে report অন্য উপজেলায় যাচ্ছে মনে হয়। Profile ঠিক করার জন্য কী করতে হবে?
নাজমা বেগম
"""),
P("mixed", "mixed: UDC wants to start e-commerce/ordering for villagers",
  "মোঃ ফারুক হোসেন|faruk.udc@kulia-udc.test", "UDC থেকে online order service",
  """\
আসসালামু আলাইকুম,
গ্রামের মানুষ online-এ জিনিস কিনতে চায় কিন্তু জানে না। UDC থেকে তাদের হয়ে order করে দেওয়ার service চালু করতে চাই। এটা কি নিয়মের মধ্যে পড়ে? কোনো assisted e-commerce program আছে যার সাথে যুক্ত হওয়া যায়?
ফারুক হোসেন
"""),
P("mixed", "mixed HTML: UDC signboard and citizen charter display",
  "তাহমিনা আক্তার|tahmina.udc@mahmudpur-udc.test", "UDC-র সাইনবোর্ড ও সেবা তালিকা",
  None, html="""\
<html><body>
<p>স্যার,</p>
<p>আমাদের UDC-র বাইরে কোনো <b>signboard</b> নেই, ভেতরে সেবার মূল্য তালিকাও টাঙানো নেই। Standard design বা template কোথায় পাব? কত size-এ print করব?</p>
<p>তাহমিনা, মাহমুদপুর UDC</p>
</body></html>
"""),
P("mixed", "mixed: UDC computer hacked/used by others at night",
  "রাকিব হোসেন|rakib.udc@fulkocha-udc.test", "রাতে কেউ UDC-র computer চালায়",
  """\
স্যার,
সকালে এসে দেখি UDC-র computer-এর browser history-তে রাতে ব্যবহারের চিহ্ন, অথচ আমি তালা দিয়ে যাই। UP-র অন্য কেউ চাবি দিয়ে ঢোকে মনে হয়। Computer-এ password আর কী কী setting দিলে নিরাপদ থাকবে? Chairman-কে কীভাবে বলব?
রাকিব
"""),
P("mixed", "mixed: UDC needs guidance on land tax (LD tax) service",
  "মাহবুবা ইয়াসমিন|mahbuba.udc@charbani-udc.test", "LD tax service UDC থেকে",
  """\
জনাব,
ভূমি উন্নয়ন কর online-এ দেওয়ার service আমাদের UDC থেকে দিতে চাই। Citizen-এর holding খুঁজে পাই না অনেক সময়। এ বিষয়ে training বা কোনো guideline আছে? UDC-কে কি আলাদা access দেওয়া হয়?
মাহবুবা ইয়াসমিন, চরবানী পাকুরিয়া UDC
"""),
P("mixed", "mixed short: UDC photocopier toner price and refill advice",
  "|hanif.udc@durmut-udc.test", "Toner refill নাকি নতুন?",
  """\
UDC-র printer-এর toner শেষ। Original toner ৪৫০০ টাকা, refill ৮০০ টাকা। refill করলে printer-এর ক্ষতি হবে? কোনটা করা উচিত?
হানিফ, দুরমুট UDC
"""),
P("mixed", "mixed: two entrepreneurs in one UDC, dispute over income sharing",
  "মোছাঃ লাকী আক্তার|laky.udc@nangla-udc.test", "দুই উদ্যোক্তার মধ্যে আয় ভাগাভাগি",
  """\
স্যার,
নাংলা UDC-তে আমরা একজন পুরুষ ও একজন নারী উদ্যোক্তা। Income ভাগাভাগি ও কে কোন service দেবে তা নিয়ে মতবিরোধ হচ্ছে। এ বিষয়ে কোনো নীতিমালা বা পরামর্শ আছে? আমরা মিলেমিশে কাজ করতে চাই।
লাকী আক্তার
"""),
P("mixed", "mixed: UDC asks about Wi-Fi hotspot service for citizens",
  "জাকির হোসেন|jakir.udc@shyampur-udc.test", "UDC থেকে Wi-Fi দেওয়া",
  """\
UDC-র broadband থেকে আশেপাশের দোকান ও ছাত্রদের Wi-Fi দিয়ে কিছু আয় করতে চাই। এটা করা যাবে কি? Bandwidth আর security নিয়ে কী খেয়াল রাখতে হবে?
জাকির, শ্যামপুর UDC
"""),
# ---------------- banglish
P("banglish", "banglish: UDC entrepreneur asks about new birth registration server changes",
  "Mamun|mamun.udc@jhaugara-udc.test", "jonmo nibondhon server change",
  """\
sir amader UDC theke jonmo nibondhon er online abedon kori. notun server e naki ekhon onno vabe login korte hoy, amader kono training hoy nai. kivabe korbo ektu bujhay den ba training er babostha koren.
Mamun, Jhaugara UDC
"""),
P("banglish", "banglish: UDC printer + laptop purchase with small budget",
  "Shuvo|shuvo.udc@nayanagar-udc.test", "udc er jonno laptop kinbo",
  """\
salam sir. UDC er purono desktop ta ar chole na. 40 hajar takar moddhe laptop + printer kinte chai. kon brand valo, second hand kinle somossa hobe? advice diben.
Shuvo, Nayanagar union digital center
"""),
P("banglish", "banglish: UDC wants to register as mobile banking agent",
  "Rana|rana.udc@adra-udc.test", None,
  """\
sir UDC te mobile banking er agent hote chai, onek manush taka cash out korte ashe. agent hote hole ki ki lage, trade license lagbe? UDC er nam e kora jabe naki nijer nam e?
Rana, Adra UDC
"""),
P("banglish", "banglish: UDC entrepreneur portal monthly income entry confusion",
  "Sathi|sathi.udc@mahmudpur-udc.test", "income entry bujhi na",
  """\
Assalamu alaikum sir. udc portal e prottek din income entry dite bolse, kintu kon service kon category te dibo bujhi na, onek service list e nai. vul dile ki problem hobe? ektu guide koren plz.
Sathi
"""),
P("banglish", "banglish HTML: UDC room shifted, wants help setting up network",
  "Badol|badol.udc@kulia-udc.test", "UDC notun room e shift",
  None, html="""\
<p>sir Kulia UP building er kaj cholar karone amader UDC notun room e shift hoise. internet line, router, printer sharing sob abar setup korte hobe. ami network bujhi na. <b>kivabe korbo</b> ektu bolben ba keu ke pathaben?</p>
<p>Badol, UDC udyokta</p>
"""),
P("banglish", "banglish: UDC asks where to get training certificate lost",
  "|moni.udc@fulkocha-udc.test", "training certificate haray gese",
  """\
sir 2019 e udyokta training korsilam, certificate ta haray gese. ekhon ekta kaje lagbe. duplicate kivabe pabo? Moni, Fulkocha UDC.
"""),
P("banglish", "banglish: UDC solar system battery dead",
  "Kamrul|kamrul.udc@charbani-udc.test", "UDC er solar battery",
  """\
sir UDC te ja solar system deya hoyechilo tar battery ekdom chole na. kareent gele kaj bondho. battery change korte ki amake kinte hobe naki kono borad ache? Kamrul, Charbani UDC
"""),
P("banglish", "banglish: UDC asks how to make facebook page for centre",
  "Lipi|lipi.udc@ghoshpara-udc.test", "UDC er facebook page",
  """\
salam. amader ghoshpara UDC er jonno ekta facebook page khulte chai jate manush service er khobor pay. page er nam, chobi ki deya jabe, sorkari logo deya jabe kina? ektu advice chai.
Lipi
"""),
P("banglish", "banglish: UDC entrepreneur asks about insurance/ticket services allowed",
  "Alamgir|alamgir.udc@nangla-udc.test", "rail ticket service dite parbo?",
  """\
sir UDC theke train er ticket kete dile ki kono somossa? onek bhai bon ashe ticket kate dite. ar bima premium jama deyar service o ki kora jay? niyom ta janate chai.
Alamgir, Nangla UDC
"""),
P("mixed", "mixed: UDC entrepreneur asks how to renew centre's domain email and report to upazila",
  "মোঃ ইমরান হোসেন|imran.udc@melandaha-sadar-udc.test", "UDC-র email ও weekly report",
  """\
স্যার,
মেলান্দহ সদর UDC-র জন্য upazila থেকে যে email address দেওয়া হয়েছিল সেটার password আমার কাছে নেই, আগের উদ্যোক্তা নিয়ে গেছেন। Weekly service report ওই email থেকেই পাঠাতে হয়। নতুন email নেব নাকি পুরনোটা recover করব — কী করা উচিত?
ইমরান হোসেন
০১৭৬৬-০০০৪১৮
"""),
]
