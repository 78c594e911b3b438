"""Plain requests: digital-lab (স্কুল/কলেজের ডিজিটাল ল্যাব). Written by hand."""
from common import Mail

SVC = "digital-lab"


def P(lang, frm, subj, body, note, **o):
    return Mail("plain", SVC, "new", lang, note, frm, subj, body, **o)


MAILS = [
# ---------------- bn (10)
P("bn", "মোঃ আমিনুল ইসলাম|aminul.hm@school.test", "শেখ রাসেল ডিজিটাল ল্যাবের কম্পিউটার মেরামত প্রসঙ্গে",
"""বরাবর,
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: শেখ রাসেল ডিজিটাল ল্যাবের ৫টি ল্যাপটপ মেরামত প্রসঙ্গে।

জনাব,
যথাবিহীত সম্মানপূর্বক নিবেদন এই যে, অত্র বিদ্যালয়ের (ঝাউগড়া উচ্চ বিদ্যালয়, EIIN ১১৪৫৭৭) শেখ রাসেল ডিজিটাল ল্যাবের ১৭টি ল্যাপটপের মধ্যে ৫টি চালু হচ্ছে না এবং ২টির চার্জার নষ্ট। এতে শিক্ষার্থীদের ব্যবহারিক ক্লাস ব্যাহত হচ্ছে।

অতএব, ল্যাপটপগুলো মেরামতের প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য বিনীত অনুরোধ করছি।

বিনীত
মোঃ আমিনুল ইসলাম
প্রধান শিক্ষক""", "formal: 5 lab laptops dead, 2 chargers broken"),

P("bn", "রাশেদা খাতুন|rasheda.k@school.test", "ল্যাবের প্রজেক্টর",
"""স্যার, আমাদের স্কুলের ডিজিটাল ল্যাবের প্রজেক্টর চালু করলে ছবি আসে না, শুধু নীল আলো। কী করব?""", "short: lab projector shows only blue light"),

P("bn", "মোঃ সাইদুর রহমান|saidur.r@college.test", "ল্যাবে ইন্টারনেট সংযোগ নেই",
"""আসসালামু আলাইকুম।
নয়ানগর কলেজের শেখ রাসেল ডিজিটাল ল্যাবে গত দুই মাস ধরে ইন্টারনেট সংযোগ নেই। রাউটার জ্বলে কিন্তু লাল বাতি। আইএসপি বলছে লাইন ঠিক আছে। শিক্ষার্থীরা অনলাইন ক্লাস করতে পারছে না।
সাইদুর রহমান, প্রভাষক (আইসিটি)
০১৭৪৫৬৭৮৯০১""", "college lab has no internet for two months"),

P("bn", "ফাতেমা জোহরা|fatema.z@school.test", "ল্যাব পরিচালনার প্রশিক্ষণ",
"""মাননীয় আইসিটি অফিসার,
আমাদের বিদ্যালয়ে নতুন শেখ রাসেল ডিজিটাল ল্যাব স্থাপন হয়েছে, কিন্তু কোনো শিক্ষক ল্যাব পরিচালনার প্রশিক্ষণ পাননি। অন্তত দুজন শিক্ষকের জন্য প্রশিক্ষণের ব্যবস্থা করার অনুরোধ করছি।
ফাতেমা জোহরা
প্রধান শিক্ষক, মাহমুদপুর উচ্চ বিদ্যালয়, EIIN ১১৪৫৯১""", "new lab, teachers need lab training", fmt="html"),

P("bn", "আব্দুস সালাম|salam.teacher@school.test", None,
"""স্যার, ল্যাবের ১০টা কম্পিউটারে ভাইরাস ধরেছে, সব ফাইল শর্টকাট হয়ে যাচ্ছে। এন্টিভাইরাস নেই। কী করণীয়?
আব্দুস সালাম, সহকারী শিক্ষক, নাংলা উচ্চ বিদ্যালয়""", "no subject: virus on 10 lab computers"),

P("bn", "মোছাঃ রোকসানা|roksana.m@school.test", "ডিজিটাল ল্যাবের জন্য আবেদন",
"""সবিনয় নিবেদন এই যে, ফুলকোচা দাখিল মাদ্রাসায় (EIIN ১১৪৭১২) প্রায় ৪৫০ জন শিক্ষার্থী অধ্যয়ন করে, কিন্তু কোনো কম্পিউটার ল্যাব নেই। শেখ রাসেল ডিজিটাল ল্যাব বরাদ্দের জন্য কীভাবে আবেদন করতে হয় এবং কী কী কাগজ লাগবে জানালে কৃতজ্ঞ থাকব।
সুপার, ফুলকোচা দাখিল মাদ্রাসা""", "madrasa asks how to apply for a new digital lab"),

P("bn", "মোঃ কামরুজ্জামান|kamruzzaman@school.test", "ল্যাবের ইউপিএস নষ্ট",
"""স্যার, ল্যাবের ইউপিএস কাজ করছে না, বিদ্যুৎ গেলেই সব কম্পিউটার বন্ধ হয়ে যায়। ব্যাটারি বদলাতে হবে কি? ওয়ারেন্টি আছে কিনা কীভাবে জানব? সরবরাহকারীর নাম স্মরণ নেই।""", "lab UPS dead, warranty question", subj_mode="Q"),

P("bn", "সুলতানা রাজিয়া|sultana.r@school.test", "ল্যাবের স্মার্ট বোর্ড",
"""আসসালামু আলাইকুম। আমাদের ল্যাবের ইন্টারঅ্যাকটিভ বোর্ডে কলম দিয়ে লিখলে জায়গামতো দাগ পড়ে না, এক ইঞ্চি সরে যায়। ক্যালিব্রেশন কীভাবে করতে হয় জানাবেন? ছবি দিলাম।""", "interactive board calibration off, photo attached", att=[("jpg", "smartboard.jpg")]),

P("bn", "দুরমুট উচ্চ বিদ্যালয়|durmut.hs@school.test", "ল্যাবের কম্পিউটার চুরি",
"""জনাব,
গত রাতে আমাদের বিদ্যালয়ের ডিজিটাল ল্যাব থেকে ৩টি ল্যাপটপ চুরি হয়েছে। থানায় সাধারণ ডায়েরি করা হয়েছে (জিডি নং ২১৪)। এখন ল্যাবের সরঞ্জাম তালিকা হালনাগাদ ও প্রতিস্থাপনের জন্য কী করতে হবে জানাবেন। জিডির কপি সংযুক্ত।
প্রধান শিক্ষক, দুরমুট উচ্চ বিদ্যালয়""", "3 lab laptops stolen, GD copy attached, asks replacement procedure", att=[("pdf", "GD_214.pdf")]),

P("bn", "জাহানারা বেগম|jahanara.b@school.test", "ল্যাবের সফটওয়্যার",
"""স্যার, ল্যাবের কম্পিউটারে বাংলা টাইপিংয়ের সফটওয়্যার আর অফিস প্যাকেজ নেই। শিক্ষার্থীদের জন্য কোন সফটওয়্যার ইনস্টল করলে ভালো হয় এবং কে করে দেবে? আমাদের কোনো টেকনিশিয়ান নেই।
জাহানারা, সহকারী শিক্ষক""", "lab computers lack Bangla typing / office software"),

# ---------------- en (9)
P("en", "Mohammad Ali|m.ali@school.test", "Digital lab projector not working",
"""Dear Sir,
The projector in the Sheikh Russel Digital Lab of Adra High School (EIIN 114580) stopped working last week. The power light blinks orange and it shuts down after a minute. Could someone from your office check it?
Mohammad Ali
Assistant Teacher (ICT)
01720-111222""", "lab projector blinking orange and shutting down"),

P("en", "Sarah Jabin|sarah.j@college.test", "Request for lab teacher training",
"""Dear ICT Officer,

Melandaha Mohila College received a digital lab in 2024 but the two trained teachers have since transferred. We request training for two new teachers on lab management, basic troubleshooting and using the lab for classes.

Sincerely,
Sarah Jabin
Principal (acting)""", "request lab management training for two new teachers"),

P("en", "Tareq Aziz|tareq.aziz@school.test", "lab",
"""sir the lab router was stolen, internet off. what should we do? thanks - Tareq, Kulia High School""", "short: lab router stolen"),

P("en", "Headmaster, Nayanagar High School|nayanagar.hs@school.test", "Shifting the digital lab to a new room",
"""Dear Sir,

Our school building is being renovated and we need to move the digital lab (17 laptops, 1 projector, 1 LED TV, router) to another room for about three months. Is there any permission or procedure we must follow, and can your technician help with the re-installation?

Kind regards,
Headmaster, Nayanagar High School, EIIN 114588""", "moving the digital lab to another room during renovation", fmt="alt"),

P("en", "Rumana Islam|rumana.i@school.test", None,
"""Sir, the lab laptops all show "Windows is not activated" and some features are locked. Can you help us activate them? - Rumana, Ghoshpara High School""", "no subject: lab laptops not activated", subj_mode="empty"),

P("en", "Md. Nurul Amin|nurul.amin@school.test", "Lab computers very slow",
"""Dear Sir,
The 17 laptops in our digital lab have become extremely slow. Booting takes 10 minutes. They have 4 GB RAM and hard disks. Is it possible to upgrade them to SSD under any programme, or can you suggest what we can do with our own school fund?
Nurul Amin, Assistant Headmaster""", "lab laptops very slow, asks about SSD upgrade", fmt="html"),

P("en", "Farhad Hossain|farhad.h@school.test", "Broken keyboards and mice in lab",
"""Hello,
Eight keyboards and five mice in our lab are broken. Who supplies replacements? Should the school buy them and keep receipts? Attached is the inventory sheet.
Farhad Hossain, Lab in-charge, Sharifpur High School""", "broken keyboards/mice, inventory attached", att=[("xlsx", "lab_inventory.xlsx")]),

P("en", "Shakil Ahmed|shakil.a@school.test", "Electricity wiring in digital lab",
"""Dear Sir, sparks came out of a socket in our digital lab yesterday. We have switched off the lab. Please send someone to inspect the wiring and the earthing before the students use it again. Urgent.
Shakil Ahmed, Headmaster, Char Jhaugara Government Primary School""", "sparking socket in lab, requests inspection"),

P("en", "Momena Khatun|momena.k@school.test", "Lab usage report format",
"""Assalamu Alaikum Sir,
We were told to send a monthly digital lab usage report. Could you send us the format and tell us whether it goes to you or to the education office?
Momena Khatun, ICT teacher, Mahmudpur Girls School""", "asks for monthly digital lab usage report format"),

# ---------------- mixed (10)
P("mixed", "মোঃ আশরাফুল|ashraful.m@school.test", "Lab এর projector bulb কেটে গেছে",
"""স্যার, আমাদের lab এর projector এর bulb কেটে গেছে মনে হয়, on করলে fan চলে কিন্তু আলো নেই। নতুন bulb কোথায় পাব? Model: Epson EB-X06.
আশরাফুল, ICT teacher, ঘোষপাড়া হাই স্কুল""", "lab projector lamp blown"),

P("mixed", "তাসলিমা আক্তার|taslima.a@school.test", "Digital lab এ internet connection দরকার",
"""আসসালামু আলাইকুম স্যার,
আমাদের school এ Sheikh Russel Digital Lab আছে কিন্তু কখনো internet connection দেওয়া হয়নি। Broadband নেওয়ার খরচ কে দেবে, school নাকি সরকার? আর কোন ISP ভালো হবে এখানে?
তাসলিমা আক্তার, প্রধান শিক্ষক""", "lab never had internet; who pays, which ISP"),

P("mixed", "Md. Rezaul Karim|rezaul.k@college.test", "Lab laptop এর battery ফুলে গেছে",
"""Sir, lab এর ৮টা laptop এর battery ফুলে গেছে, case ফেটে যাচ্ছে। Students দের ব্যবহার করতে দিচ্ছি না। এগুলো কী করব? ছবি দিলাম।
Rezaul, Lecturer""", "swollen laptop batteries in lab, photo", att=[("jpg", "battery_swelling.jpg")]),

P("mixed", "শিরিন আক্তার|shirin.a@school.test", "Lab training schedule জানতে চাই",
"""স্যার, শুনলাম এই মাসে digital lab teacher training হবে। আমাদের স্কুলের দুইজন teacher এর নাম দিতে চাই। Schedule আর registration process জানাবেন please।
শিরিন, কুলিয়া বালিকা বিদ্যালয়""", "asks lab teacher training schedule and registration"),

P("mixed", "আলমগীর হোসেন|alamgir.h@school.test", None,
"""lab এর সব laptop এ Windows update হয়ে গিয়ে এখন WiFi driver কাজ করছে না। কেউ কি এসে ঠিক করে দিতে পারবে? আমরা নিজেরা চেষ্টা করে পারিনি।""", "no subject: WiFi driver broken after update on lab laptops"),

P("mixed", "নাজমা বেগম|nazma.b@school.test", "Lab এর LED TV mount করা",
"""Sir, lab এর জন্য যে 55 inch LED TV দেওয়া হয়েছে সেটা এখনো box এ। Wall mount করার জন্য bracket নেই। কে setup করে দেবে?
নাজমা বেগম, প্রধান শিক্ষক, শ্যামপুর উচ্চ বিদ্যালয়""", "lab LED TV not installed, no wall bracket", fmt="alt"),

P("mixed", "Md. Obaidullah|obaidullah@madrasa.test", "মাদ্রাসার ল্যাবে software install",
"""জনাব,
আমাদের মাদ্রাসার digital lab এ student দের জন্য typing tutor, Scratch আর GeoGebra install করতে চাই। Internet slow, তাই offline installer কোথায় পাব? আপনার অফিসে pen drive নিয়ে এলে দিতে পারবেন?
ওবায়দুল্লাহ, ICT instructor""", "wants offline installers for lab software"),

P("mixed", "সাবরিনা ইয়াসমিন|sabrina.y@school.test", "Lab এর computer এ password ভুলে গেছি",
"""স্যার, lab এর main computer (teacher console) এর Windows password আমাদের আগের ICT teacher রেখে গেছেন, এখন কেউ জানে না। Reset কীভাবে করব?""", "teacher console password lost in lab", fmt="html"),

P("mixed", "বিপ্লব সরকার|biplob.s@school.test", "Sheikh Russel Digital Lab – স্থানান্তরের আবেদন",
"""সবিনয় নিবেদন,
আমাদের বিদ্যালয়ের পুরনো ভবন পরিত্যক্ত ঘোষণা করা হয়েছে। Lab এর সব equipment নতুন ভবনের দ্বিতীয় তলায় নিতে চাই। Network cabling নতুন করে করতে হবে। এ বিষয়ে technical সহায়তার জন্য অনুরোধ করছি।
বিপ্লব সরকার, সহকারী প্রধান শিক্ষক""", "relocating lab to new building, needs cabling help"),

P("mixed", "Rina Akter|rina.akter@school.test", "ল্যাবের জন্য printer",
"""Sir, lab এ একটা printer থাকলে students দের project print করতে সুবিধা হয়। Digital lab package এ printer দেওয়া হয় কি? না হলে কোন model কিনলে lab এর laptop গুলোর সাথে network এ share করা যাবে?""", "asks about printer for the lab and network sharing"),

# ---------------- banglish (9)
P("banglish", "Rafiq|rafiq.teacher@school.test", "lab er projector noshto",
"""lab er projector ta noshto, ki korbo?""", "very short romanised: lab projector broken"),

P("banglish", "Shammi Akter|shammi.a@school.test", "amader school er lab",
"""assalamualaikum sir, amader school er lab er 6 ta computer nosto, on hoy na. ar internet o nai 1 mash. EIIN 114602, Kulia Adarsha High School. ektu lok pathan please.""", "romanised: six lab computers dead and no internet"),

P("banglish", "Mahfuz|mahfuz.r@college.test", "lab training",
"""sir digital lab er teacher training e amar naam dite chai, ami ICT lecturer, Durmut College. kobe training?""", "romanised: wants to join lab training"),

P("banglish", "Rubina Yasmin|rubina.y@school.test", None,
"""sir amader lab er laptop gula charge hoy na, charger lagale light jole kintu charge hoy na. 10 ta laptop e same. ki korbo""", "romanised, no subject: lab laptops not charging"),

P("banglish", "Sohag|sohag.m@school.test", "lab e virus",
"""vai lab er pc te virus, usb dile sob folder hide hoye jay. antivirus kothay pabo free? please help""", "romanised: virus on lab PCs via USB", subj_mode="raw"),

P("banglish", "Jasim Uddin|jasim.u@school.test", "lab er speaker sound nai",
"""sir amader digital lab er projector theke sound ase na, speaker connect korle o na. class e video dekhate parchi na. Nangla Girls High School.""", "romanised: no sound from lab projector/speakers", fmt="alt"),

P("banglish", "Ashik|ashik.b@school.test", "lab er router password",
"""sir lab er wifi router er password keu jane na, reset dile ki internet chole jabe? ISP r config ki abar lagbe?""", "romanised: lab router password unknown, reset question"),

P("banglish", "Khadiza|khadiza.k@school.test", "notun lab er apply",
"""Assalamualaikum. amader primary school e ki Sheikh Russel digital lab pawa jay? kivabe apply korbo? school: Sharifpur Govt Primary School.""", "romanised: primary school asks eligibility for digital lab"),

P("banglish", "Mostak Ahmed|mostak.a@school.test", "lab er photocopy/scanner",
"""sir lab er scanner ta computer e detect hoy na, driver ki lagbe? model Canon LiDE 300. amader lab ta 2023 e deya.""", "romanised: lab scanner not detected", fmt="html"),
]
