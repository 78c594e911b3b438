"""plain requests: digital-lab (স্কুল/কলেজের ডিজিটাল ল্যাব)"""
from spec import M

S = "digital-lab"


def P(lang, note, frm, subject, body, **kw):
    return M("plain", S, "new", lang, note, frm=frm, subject=subject, body=body, **kw)


MAILS = [
# ---------------- bn
P("bn", "Sheikh Russel lab: 6 laptops not charging",
  "মোঃ আজিজুল হক|azizul.hm@kulia-hs.edu.test", "ডিজিটাল ল্যাবের ল্যাপটপ চার্জ হচ্ছে না",
  """\
মাননীয় উপজেলা আইসিটি অফিসার,
কুলিয়া উচ্চ বিদ্যালয়ের (EIIN ১১৪৩৩৫) শেখ রাসেল ডিজিটাল ল্যাবের ১৭টি ল্যাপটপের মধ্যে ৬টি চার্জ নিচ্ছে না। চার্জার লাগালে বাতি জ্বলে না। ছাত্রদের ব্যবহারিক ক্লাস ব্যাহত হচ্ছে। মেরামতের ব্যবস্থা গ্রহণের জন্য অনুরোধ করছি।

মোঃ আজিজুল হক
প্রধান শিক্ষক, কুলিয়া উচ্চ বিদ্যালয়
মোবাইল ০১৭১১-০০০৬০৪
"""),
P("bn", "lab projector lamp gone",
  "শিরিন সুলতানা|shirin.s@nayanagar-gs.edu.test", "ল্যাবের প্রজেক্টর",
  """\
স্যার,
আমাদের ডিজিটাল ল্যাবের মাল্টিমিডিয়া প্রজেক্টর চালু করলে ১০ মিনিট পর নিজে থেকেই বন্ধ হয়ে যায়, লাল বাতি জ্বলে। মনে হয় ল্যাম্প নষ্ট। ওয়ারেন্টি আছে কিনা জানি না। কী করব জানাবেন।
শিরিন সুলতানা, সহকারী শিক্ষক (আইসিটি), নয়ানগর বালিকা বিদ্যালয়
"""),
P("bn", "lab internet (broadband) disconnected since two weeks",
  "প্রধান শিক্ষক|hm.charbani@school.test", "ল্যাবে ইন্টারনেট নেই",
  """\
চরবানী পাকুরিয়া উচ্চ বিদ্যালয়ের ডিজিটাল ল্যাবে দুই সপ্তাহ ধরে ইন্টারনেট সংযোগ নেই। রাউটারে লাল বাতি। সংযোগদাতা বলছে লাইন ঠিক আছে। শিক্ষার্থীরা অনলাইন ক্লাস করতে পারছে না। সহায়তা চাই।
প্রধান শিক্ষক, EIIN ১১৪৩৬৮
"""),
P("bn", "new lab allocated, asks about room preparation before installation",
  "মোসাঃ হাসিনা বেগম|hasina.b@gosaipur-hs.edu.test", "নতুন ডিজিটাল ল্যাব স্থাপনের প্রস্তুতি",
  """\
জনাব,
আমাদের বিদ্যালয় এ বছর শেখ রাসেল ডিজিটাল ল্যাবের তালিকায় এসেছে বলে শুনেছি। ল্যাবের জন্য কক্ষটি কেমন হতে হবে — কয়টি বৈদ্যুতিক পয়েন্ট, গ্রিল, এসি লাগবে কি না, টেবিল কত বড় — এসব বিষয়ে একটা নির্দেশনা দিলে আগেই কাজ শুরু করতে পারি।

মোসাঃ হাসিনা বেগম
প্রধান শিক্ষক, গোশাইপুর উচ্চ বিদ্যালয়
"""),
P("bn", "lab computers got virus, all files turned into shortcuts",
  "রফিকুল ইসলাম|rafiqul.ict@adra-hs.edu.test", "ল্যাবের কম্পিউটারে ভাইরাস",
  """\
আসসালামু আলাইকুম।
আদ্রা উচ্চ বিদ্যালয়ের ল্যাবের প্রায় সব কম্পিউটারে পেনড্রাইভ থেকে ভাইরাস ঢুকেছে। ফোল্ডারগুলো শর্টকাট হয়ে গেছে, কম্পিউটার খুব ধীর। অ্যান্টিভাইরাস নেই। কীভাবে পরিষ্কার করব এবং ভবিষ্যতে কীভাবে ঠেকাব জানাবেন।
রফিকুল, আইসিটি শিক্ষক
"""),
P("bn", "teacher training on lab use requested for new teachers",
  "অধ্যক্ষ|principal@hajipur-college.edu.test", "ল্যাব ব্যবহারে শিক্ষক প্রশিক্ষণ",
  """\
বরাবর, উপজেলা আইসিটি অফিসার

হাজীপুর কলেজে নতুন যোগদান করা ৫ জন শিক্ষক ডিজিটাল ল্যাবের যন্ত্রপাতি ও সফটওয়্যার ব্যবহার জানেন না। ল্যাব পরিচালনা বিষয়ে আপনার দপ্তর থেকে একটি প্রশিক্ষণের আয়োজন করার অনুরোধ জানাচ্ছি। শীতকালীন ছুটির সময় (২০-৩০ ডিসেম্বর) হলে ভালো হয়।

অধ্যক্ষ, হাজীপুর কলেজ
"""),
P("bn", "lab UPS batteries dead, load shedding shuts computers",
  "মোঃ খায়রুল বাশার|khairul.b@durmut-hs.edu.test", None,
  """\
ল্যাবের ইউপিএস দুটো আর চার্জ ধরে না। বিদ্যুৎ গেলেই সব কম্পিউটার হঠাৎ বন্ধ হয়, শিক্ষার্থীদের কাজ নষ্ট হয়। ব্যাটারি বদলানোর জন্য কোথায় আবেদন করতে হবে?
খায়রুল বাশার, দুরমুট উচ্চ বিদ্যালয়
"""),
P("bn", "lab equipment inventory form requested",
  "নাজনীন আরা|naznin.ara@mahmudpur-gs.edu.test", "ল্যাবের মালামালের তালিকা ছক",
  """\
স্যার,
জেলা শিক্ষা অফিস থেকে ডিজিটাল ল্যাবের সব মালামালের হালনাগাদ তালিকা চেয়েছে। নির্ধারিত ছক কোথায় পাব? আপনাদের অফিসে থাকলে ইমেইলে পাঠালে কৃতজ্ঞ থাকব।
নাজনীন আরা, সহকারী প্রধান শিক্ষক
"""),
P("bn", "lab smart TV/interactive board not detecting laptop",
  "শাহজাহান আলী|shahjahan.a@fulkocha-hs.edu.test", "ইন্টারঅ্যাকটিভ বোর্ড কাজ করছে না",
  """\
ফুলকোচা উচ্চ বিদ্যালয়ের ডিজিটাল ল্যাবের ইন্টারঅ্যাকটিভ বোর্ডে ল্যাপটপ লাগালে "নো সিগনাল" দেখায়। এইচডিএমআই তার বদলেও কাজ হয়নি। কোনো টেকনিশিয়ান পাঠানো যাবে কি?
শাহজাহান আলী
০১৯১২-০০০৪৩৯
"""),
P("bn", "lab room roof leaking, asks whether computers can be moved",
  "মোছাঃ রোকসানা পারভীন|roksana.hm@jhaugara-gs.edu.test", "ল্যাব কক্ষে পানি পড়ছে",
  """\
জনাব,
গত বৃষ্টিতে ঝাউগড়া বালিকা বিদ্যালয়ের ডিজিটাল ল্যাব কক্ষের ছাদ চুইয়ে পানি পড়েছে। দুটি কম্পিউটারে পানি লেগেছে। ছাদ মেরামত না হওয়া পর্যন্ত ল্যাবের কম্পিউটার অন্য কক্ষে সরানো যাবে কি না এবং ভেজা কম্পিউটার দুটো দেখিয়ে নেওয়া যাবে কি না, পরামর্শ চাই।
রোকসানা পারভীন, প্রধান শিক্ষক
""", attach=[("chad_leak.jpg", "jpg")]),
# ---------------- en
P("en", "English: lab laptops need OS reinstall",
  "Md. Nurul Amin|nurul.amin@pakuria-hs.edu.test", "Digital lab laptops very slow - reinstall?",
  """\
Dear Sir,

The 17 laptops in our Sheikh Russel Digital Lab (Pakuria High School, EIIN 114371) have become extremely slow. Some take 10 minutes to start. We think they need a clean Windows reinstall, but we do not have the installation media or licence keys. Can your office help us with this?

Regards,
Md. Nurul Amin
Assistant Teacher (ICT)
"""),
P("en", "English short: lab webcam and headphones missing after inspection",
  "|lab.incharge@nangla-gbhs.edu.test", "missing lab accessories",
  """\
After the lab inspection visit last week, 3 webcams and 5 headphones are missing from our digital lab store. Please advise how to report this and get replacements.
Lab in-charge, Nangla Girls High School
"""),
P("en", "college wants to connect lab to school network and Wi-Fi",
  "Prof. Habibur Rahman|habibur.r@melandaha-gc.edu.test", "Networking the digital lab",
  """\
Dear ICT Officer,

Melandaha Government College would like to connect the digital lab laptops to a local network so that teachers can share files and run online quizzes. Right now each laptop connects separately to a pocket router. Could someone from your office visit and suggest what switch/access point we need and how to set it up?

Prof. Habibur Rahman
Vice Principal
01713-000826
"""),
P("en", "HTML: lab inauguration, asks ICT officer presence and setup check",
  "Headmaster, Shyampur High School|hm@shyampur-hs.edu.test", "Lab setup check before inauguration",
  None, html="""\
<html><body>
<p>Respected Sir,</p>
<p>The new digital lab at Shyampur High School has been installed by the supplier. Before the inauguration on <b>14 December</b>, we request that your office check whether all 17 laptops, the projector and the router were set up correctly and that the supplier's checklist is complete.</p>
<p>The supplier's handover sheet is attached.</p>
<p>Headmaster<br>Shyampur High School, Melandaha</p>
</body></html>
""", attach=[("handover_sheet.pdf", "pdf")]),
P("en", "lab laptop stolen; asks procedure",
  "Ayesha Siddika|ayesha.s@kapashatia.edu.test", "Laptop stolen from digital lab",
  """\
Dear Sir,
Two laptops were stolen from our digital lab on the night of 3 December (the lock was broken). We have filed a GD at Melandaha police station (copy attached). What else do we need to do for the lab records, and can they be replaced?
Ayesha Siddika
Headmistress, Kapashatia High School
""", attach=[("GD_copy.jpg", "jpg")]),
P("en", "English: typing tutor and Bangla software for lab",
  "Rakib Hasan|rakib.h@hajipur-dm.edu.test", "Software for lab",
  """\
Hello,
The laptops in our madrasa's digital lab do not have any Bangla typing software or typing tutor. Students need Bangla typing for the ICT syllabus. Which free software do you recommend and can you help install it on all machines?
Rakib, ICT teacher, Hajipur Dakhil Madrasa
"""),
P("en", "lab electric wiring sparks, safety inspection",
  "Mahmuda Khatun|mahmuda.k@adra-gps.edu.test", "Sparks from lab socket",
  """\
Sir,
One wall socket in the digital lab gave sparks yesterday when a student plugged in a charger. We have switched off the lab. Please send someone to check whether the lab wiring is safe before we reopen.
Mahmuda Khatun
"""),
P("en", "lab 'learning management' content not loading, offline content request",
  "Shafiqul Islam|shafiqul.i@durmut-hs.edu.test", "Offline content for digital lab",
  """\
Dear Sir,
The digital content that came preloaded on the lab laptops (class 6-10 lessons) does not open anymore; it says "license not found". Our internet is weak, so students depend on offline content. Is there an updated version we can copy from your office?
Thanks,
Shafiqul Islam
"""),
P("en", "English: lab utilisation report format and deadline",
  "Nasrin Jahan|nasrin.j@melandaha-pilot.edu.test", "Monthly digital lab usage report",
  """\
Good morning,

We were told to submit a monthly digital lab usage report. What is the format and to whom should it go - your office or the education office? Also, is November's report still accepted?

Nasrin Jahan
Lab coordinator, Melandaha Pilot High School
"""),
# ---------------- mixed
P("mixed", "mixed: lab router password changed by students",
  "জাহিদ হাসান|jahid.h@ghoshpara-hs.edu.test", "Lab-এর router password",
  """\
স্যার,
কিছু ছাত্র ল্যাবের router-এর admin password বদলে দিয়েছে, এখন কেউ Wi-Fi-তে connect হতে পারছে না। Router reset করলে settings নষ্ট হবে কি না জানি না। কীভাবে reset দিয়ে আবার setup করব?
জাহিদ হাসান, ঘোষেরপাড়া উচ্চ বিদ্যালয়
"""),
P("mixed", "mixed: lab laptops screen broken, warranty claim",
  "মোঃ ইব্রাহিম খলিল|ibrahim.k@nangla-hs.edu.test", "Laptop display ভাঙা - warranty",
  """\
জনাব,
ডিজিটাল ল্যাবের ২টা laptop-এর display ফেটে গেছে (serial নম্বর নিচে)। Supplier-এর warranty এখনো আছে (২০২৭ পর্যন্ত)। Warranty claim কীভাবে করব — আপনাদের মাধ্যমে নাকি সরাসরি supplier-কে?
SN: LB-00-4471, LB-00-4479
ইব্রাহিম খলিল, নাংলা উচ্চ বিদ্যালয়
"""),
P("mixed", "mixed: lab teacher training batch schedule",
  "সালমা বেগম|salma.b@kulia-gps.edu.test", "Lab training-এর date",
  """\
আসসালামু আলাইকুম,
ডিজিটাল ল্যাব পরিচালনার উপর teacher training-এর পরবর্তী batch কবে হবে? আমাদের school থেকে ২ জন শিক্ষক যেতে চান। Registration কীভাবে করব জানালে ভালো হয়।
সালমা বেগম
"""),
P("mixed", "mixed HTML: lab speakers and microphone for language lab",
  "নুরুন্নাহার|nurunnahar@melandaha-mc.edu.test", "Language lab-এর জন্য headphone/mic",
  None, html="""\
<html><body>
<p>Sir,</p>
<p>মেলান্দহ মহিলা কলেজের digital lab-টা আমরা English <b>language lab</b> হিসেবেও ব্যবহার করতে চাই। এর জন্য headphone-mic set আর কোন software লাগবে, এবং lab-এর laptop-এ তা চলবে কি না — পরামর্শ দিন।</p>
<p>নুরুন্নাহার, প্রভাষক (ইংরেজি)</p>
</body></html>
"""),
P("mixed", "mixed: power supply of lab desktop burnt",
  "|tofazzal.ict@hs-school.test", "Lab-এর PC চালু হয় না",
  """\
Lab-এর ৩ নম্বর desktop-টা থেকে পোড়া গন্ধ বের হয়ে বন্ধ হয়ে গেছে, এখন আর on হয় না। Power supply গেছে মনে হয়। Replacement-এর জন্য কী করতে হবে?
তোফাজ্জল, আইসিটি শিক্ষক, সদর উচ্চ বিদ্যালয় (EIIN 114320)
"""),
P("mixed", "mixed: wants lab to be used for community computer classes",
  "মাসুদ রানা|masud.rana@adra-hs.edu.test", "Lab-এ বিকেলে কম্পিউটার course",
  """\
স্যার,
আদ্রা উচ্চ বিদ্যালয়ের digital lab বিকেলে খালি থাকে। আমরা এলাকার বেকার তরুণদের জন্য বিকেলে basic computer course চালাতে চাই (free)। সরকারি lab এভাবে ব্যবহার করা যাবে কি না, অনুমতি লাগলে কার কাছে — জানতে চাই।
মাসুদ রানা, প্রধান শিক্ষক
"""),
P("mixed", "mixed: lab furniture chairs broken",
  "ফেরদৌসী বেগম|ferdousi.b@charbani-gs.edu.test", "ল্যাবের chair ও table",
  """\
আমাদের digital lab-এর ১২টা chair ভেঙে গেছে, আর দুইটা table-এর পা নড়বড়ে। লাব চালাতে সমস্যা হচ্ছে। Lab-এর furniture মেরামত বা নতুন পাওয়ার কোনো বরাদ্দ আছে কি?
ফেরদৌসী বেগম, প্রধান শিক্ষক
"""),
P("mixed", "mixed: robotics kit in lab unused, wants training",
  "তানভীর আহমেদ|tanvir.a@melandaha-pilot.edu.test", "Lab-এর robotics kit",
  """\
Sir,
আমাদের lab-এ গত বছর একটা robotics/Arduino kit দেওয়া হয়েছিল, কিন্তু কেউ ব্যবহার জানে না বলে বাক্সেই পড়ে আছে। ছাত্রদের club বানাতে চাই। এ বিষয়ে কোনো training বা guideline আছে?
তানভীর আহমেদ
"""),
P("mixed", "mixed: lab internet bill payment responsibility",
  "মোঃ আলমগীর কবির|alamgir.k@mahmudpur-hs.edu.test", "Lab internet bill কে দেবে?",
  """\
জনাব,
Lab চালুর সময় এক বছরের internet free ছিল, এখন ISP বিল চাইছে (মাসে ১০০০ টাকা)। এই বিল school fund থেকে দিতে হবে নাকি কোনো সরকারি বরাদ্দ আছে? না দিলে connection কেটে দেবে বলছে।
আলমগীর কবির, প্রধান শিক্ষক, মাহমুদপুর উচ্চ বিদ্যালয়
"""),
# ---------------- banglish
P("banglish", "banglish: school lab computers broken (the classic)",
  "Abdul Kader|kader.hm@kulia-gps.edu.test", "amader lab er computer nosto",
  """\
Sir amader school er lab er computer gula nosto, 17 tar moddhe 9 ta on hoy na. chatro ra class korte pare na. apnar office theke ektu dekhe jan.
Abdul Kader, head sir, Kulia Govt Primary School
"""),
P("banglish", "banglish: projector remote lost",
  "|mim.teacher@hs-school.test", "projector remote haray gese",
  """\
lab er projector er remote haray gese, remote chara menu te jawa jay na, input change kora jay na. notun remote kotha theke pabo? model nam: lekha muche gese :(
"""),
P("banglish", "banglish: lab training for students registration",
  "Sharif|sharif.ict@fulkocha-hs.edu.test", "chatro der lab training",
  """\
Assalamu alaikum sir, amader school er class 9 er chatro chatri der jonno digital lab e basic training (ms word, internet) er kono program ache ki? thakle amra 30 jon pathate chai. Sharif, ICT sir, Fulkocha HS.
"""),
P("banglish", "banglish: lab laptops need Windows activation",
  "Rasel|rasel.lab@nangla-gbhs.edu.test", "windows activate korte bolche",
  """\
sir lab er laptop gulate "activate windows" lekha ashe ar wallpaper change hoy na, kichu feature lock. supplier ra activate kore jay nai mone hoy. ki korbo?
Rasel, lab assistant
"""),
P("banglish", "banglish HTML: request to repair lab AC",
  "Babul|babul.office@gosaipur-hs.edu.test", "lab er AC nosto",
  None, html="""\
<p>Sir, salam.</p>
<p>Gosaipur high school er digital lab er AC 1 mash dhore nosto, gorom e laptop gula hang kore. AC ta lab er sathe deya hoyechilo. eta repair er babostha ki apnara korben naki amader nije korte hobe?</p>
<p>Babul, office sohokari</p>
"""),
P("banglish", "banglish: pendrive blocked in lab, teacher wants access",
  "Nazma|nazma.t@adra-gs.edu.test", None,
  """\
lab er computer e pendrive dile open hoy na, "blocked by administrator" dekhay. amar lesson plan pendrive e thake. admin password kar kache? janale khushi hobo. Nazma, assistant teacher
"""),
P("banglish", "banglish long: new headmaster wants lab handover inventory check",
  "Md. Jahangir Alam|jahangir.hm@jhaugara-hs.edu.test", "lab handover er somoy check",
  """\
Assalamu alaikum sir,

ami Jhaugara high school e notun headmaster hishebe join korsi. ager headmaster lab er kono list handover kore jan nai. ami chai apnader office theke keu eshe lab er shob jinis (laptop, projector, router, UPS) list kore mile dekhuk, jate pore amar upor dosh na pore.

kobe ashte parben janaben.
Jahangir Alam
01716-000392
"""),
P("banglish", "banglish: lab laptop keyboard keys missing",
  "Sumaiya|sumaiya.t@shyampur-hs.edu.test", "keyboard er button nai",
  """\
sir amader lab er 4 ta laptop er keyboard er kichu button (A, S, space) ure gese, chatro ra tene tulse. keyboard replace kora jay? naki external keyboard kinbo?
"""),
P("banglish", "banglish: lab lock key with previous teacher, wants guidance",
  "Khokon|khokon.ict@durmut-gs.edu.test", "lab bondho, chabi nai",
  """\
sir amader girls school er digital lab er chabi ager ICT teacher er kache, uni transfer hoye Sherpur chole gesen. lab 2 saptaho bondho. lab khulte ki kono procedure ache, naki tala venge khulbo? Khokon, ICT teacher, Durmut Girls School
"""),
P("mixed", "mixed: lab attendance/log register format and CCTV question",
  "মোছাঃ কামরুন নাহার|kamrun.n@nayanagar-hs.edu.test", "Lab log register ও CCTV",
  """\
স্যার,
Digital lab-এ কে কখন কোন laptop ব্যবহার করছে তার একটা log register রাখতে বলা হয়েছে। কোনো নির্ধারিত format আছে কি? আর lab-এর নিরাপত্তার জন্য একটা CCTV camera লাগাতে চাই — lab-এর router-এর সাথে connect করা ঠিক হবে কি না, পরামর্শ দিন।
কামরুন নাহার, নয়ানগর উচ্চ বিদ্যালয় (EIIN 114381)
"""),
]
