from common import M

def X(svc, lang, name, email, subj, body, note, **kw):
    return M('misleading', svc, 'new', lang, name, email, subj, body, note, **kw)

# --- subject / quoted thread about one service, new text asks another
X('e-nothi','en','Shafiqul Islam','shafiq.ht2@mail.test','Re: lab computers',
'''Sir, the lab machines are all running again since your technician's visit, thank you, the students are very happy.

Now a different trouble: my e-filing account shows the old school name "Nangla Junior High School" on every letter I send. We were upgraded to secondary in 2024. Can the office name on my nothi letters be corrected? The DEO returned two letters because of it.

Shafiqul Islam

> On Tue, 17 Nov 2026, Shafiqul Islam wrote:
> The computers in our lab are not starting, 9 of 17 are dead.''',
'subject+quote about lab; new ask is e-Nothi office name')

X('web-portal','bn','আনোয়ারা বেগম','anowara.ht@mail.test','ই-নথি প্রশিক্ষণ',
'''স্যার,
গত সপ্তাহের ই-নথির প্রশিক্ষণটা খুব কাজে লেগেছে, এখন আমরা নিজেরাই চিঠি পাঠাতে পারছি।

তবে যে কারণে লিখছি: প্রশিক্ষণে যাওয়ার পর খেয়াল করলাম আমাদের বিদ্যালয়ের ওয়েব পাতায় এখনো "প্রধান শিক্ষক (ভারপ্রাপ্ত)" হিসেবে আমার আগের জনের নাম ও ছবি। আমি স্থায়ী নিয়োগ পেয়েছি সেপ্টেম্বরে। পাতাটা ঠিক করার ব্যবস্থা নিলে খুশি হব।

আনোয়ারা বেগম
প্রধান শিক্ষক, আদ্রা সরকারি প্রাথমিক বিদ্যালয়''',
'subject says e-Nothi training; actual ask is school page head teacher update')

X('digital-lab','mixed','Kamrul Hasan','kamrul.udc@inbox.test','UDC commission',
'''Sir, commission এর ব্যাপারটা helpline এ বলেছি, ওরা দেখছে।

আজ লিখছি অন্য কারণে — আমার মেয়ে Jhaugara Girls High School এ পড়ে, ওদের school এর computer lab এ internet নেই ৩ মাস, ICT practical করতে পারছে না। Headmistress বলেছেন upazila ICT office কে জানাতে হবে। আমি guardian হিসেবে জানাচ্ছি, please একটু দেখবেন।

Kamrul Hasan
উদ্যোক্তা, ঝাউগড়া ইউনিয়ন ডিজিটাল সেন্টার''',
'UDC signature + UDC subject, but request is school lab internet')

X('ict-advice','en','Roksana Haque','roksana.nothi@example.org','e-Nothi focal point — quick question',
'''Dear Sir,
As the e-Nothi focal point of the Upazila Agriculture Office I hear from you often, but this time it's personal. My husband wants to buy our son a laptop for his university admission in Dhaka. He'll mostly do programming assignments. Is 8 GB RAM enough or should we stretch for 16? Any brands to avoid?
Sorry for using the office channel.

Roksana Haque
e-Nothi Focal Point, UAO Melandaha''',
'e-Nothi focal point signature/subject; actual ask laptop purchase advice')

X('udc-advice','bn','মোঃ আব্দুল হাই','abdulhai.ht@mail.test','বিদ্যালয়ের ডিজিটাল ল্যাব',
'''স্যার,
আমি দুরমুট উচ্চ বিদ্যালয়ের প্রধান শিক্ষক, ল্যাবের কোনো সমস্যা নয় এবার। আমার ছোট ভাই দুরমুট ইউনিয়ন ডিজিটাল সেন্টারের নতুন উদ্যোক্তা হয়েছে, ও লজ্জায় নিজে লিখছে না। ওর জানতে চাওয়া: সেন্টার থেকে বিদ্যুৎ বিল গ্রহণের সেবা শুরু করতে হলে কোথায় আবেদন করতে হয় এবং প্রতি বিলে সে কত নিতে পারবে? ওর হয়ে জিজ্ঞেস করছি।

মোঃ আব্দুল হাই''',
'headmaster sender, lab subject; asks on behalf of UDC entrepreneur')

X('e-nothi','banglish','Ripon','ripon.operator@mail.test','Fwd: union website update',
'''sir website er bishoye niche je mail ta, oita amader chairman sir pathaisilen, oita apnara kore diyechen, dhonnobad.

notun problem: UNO office theke je dak ashe sheta amar nothi te ashe na, shudhu secretary sir er ta te ashe. ami to computer operator, amar kache ashar kotha. amake ki dak grohoner permission dite parben?

---------- Forwarded message ---------
From: Chairman Kulia UP <chairman.kulia@mail.test>
Subject: union website update
union er site e amar mobile number ta update korte hobe.''',
'forwarded web-portal thread; new ask is e-Nothi dak permission')

X('web-portal','mixed','Nasir Uddin','nasir.lab@inbox.test','Lab teacher training নিয়ে',
'''স্যার, lab teacher training এর list এ আমার নাম আছে, ৫ দিন আসব ইনশাআল্লাহ।

একটা অনুরোধ: training এর নোটিশটা আমাদের school এর page এ দেওয়া আছে ঠিকই, কিন্তু তাতে venue লেখা "উপজেলা পরিষদ হলরুম", অথচ চিঠিতে আছে "Melandaha Pilot High School lab"। অনেকে ভুল জায়গায় যাবে। Page এর notice টা কি সংশোধন করে দেওয়া যায়?
নাসির উদ্দিন, সহকারী শিক্ষক''',
'subject about lab training; ask is to correct notice on school page')

X('digital-lab','en','Shahida Parvin','shahida.uwa@example.net','Re: [e-filing] designation',
'''Thanks, the designation thing sorted itself out.

Actually I'm writing as a parent on the school managing committee of Mahmudpur Girls High School: the multimedia classroom projector there has been lying in its box since March because nobody knows how to mount it and connect it to the laptop. Can somebody from your office help install it? The school will arrange a ladder and an electrician.

Shahida

> Sir, my designation in the e-filing system is wrong.''',
'quoted e-filing thread; new ask multimedia classroom projector install')

X('udc-advice','banglish','Khokon','khokon.sec@mail.test','site update',
'''vai site update er kotha bolte chai na, oi ta thik ache. ami asholei janate chai amader ghosherpara union digital center er uddokta ra bolche tader scanner r printer puran, r UP theke kichu kinte parbe na. uddokta nijer taka diye kinle pore ki UP er maal hobe naki tader? eta niye jhogra. UDC er jinis er malikana niye niyom ta ki?
Khokon, UP sochib''',
'subject says site update (negated); ask is UDC equipment ownership rule')

X('ict-advice','mixed','Mahmudul Hasan','mahmudul.udc@inbox.test','UDC — অন্য একটা প্রশ্ন',
'''Sir, আমি Fulkocha UDC র উদ্যোক্তা, তবে প্রশ্নটা সেন্টার নিয়ে নয়। আমার বাসার WiFi router এ প্রতিবেশীরা ঢুকে পড়ে, বাচ্চাদের পড়ার সময় net চলে না। Router এর admin password বদলানো আর কে connected আছে দেখা — কীভাবে করব? Model TP-Link এর।
Mahmudul''',
'UDC entrepreneur signature; personal home WiFi security advice')

X('e-nothi','bn','শারমিন নাহার','sharmin.ict@mail.test','কম্পিউটার ল্যাবের ইন্টারনেট',
'''স্যার,
ল্যাবের ইন্টারনেটের বিষয়টা এখন ঠিক আছে, ধন্যবাদ।

আমি বিদ্যালয়ের আইসিটি শিক্ষক হলেও প্রধান শিক্ষক আমাকে ই-নথির কাজও দিয়েছেন। সমস্যা হলো, প্রধান শিক্ষক অনুমোদন দিলে পত্রটা আমার কাছে এসে আটকে থাকে, আমি পত্রজারির অনুমতি পাই না। আমার আইডিতে এই অনুমতি যোগ করা যাবে কি?

শারমিন নাহার, সহকারী শিক্ষক (আইসিটি), কুলিয়া উচ্চ বিদ্যালয়''',
'lab subject + ICT teacher role; ask is e-Nothi permission')

X('web-portal','en','Habibur Rahman','habibur.up@example.com','Re: UDC service fees',
'''Sir, your reply on the fee chart helped, we printed it.

Another thing though: that same fee chart should be visible on the Adra union website too, but the "Services" page there is blank. Could the chart be put on the union site so people can see it before they come? I'm attaching it as PDF.

Habibur Rahman, Adra UP secretary

> What can a UDC charge for a birth registration copy?''',
'UDC fee subject/quote; actual ask to put chart on union portal', style='pdf', fname='fee-chart.pdf')

X('digital-lab','banglish','Liton','liton.nothi@mail.test','nothi login',
'''sir nothi login er jhamela ta amra nijerai thik korchi. ami asole school er lab assistant o. amader melandaha pilot school er lab e notun ashe 10 ta computer, tader keyboard e bangla sticker nei, r kono bangla font o install kora nai. bacchader bangla type shikhabo kivabe? lab e eshe install kore dite parben?''',
'subject says nothi login (negated); ask is school lab setup')

X('ict-advice','bn','মোঃ সাইদুর রহমান','saidur.ht@mail.test','শেখ রাসেল ডিজিটাল ল্যাব প্রসঙ্গে',
'''জনাব,
বিদ্যালয়ের শেখ রাসেল ডিজিটাল ল্যাব ভালোই চলছে।
তবে অফিসের জন্য ব্যক্তিগত একটা পরামর্শ দরকার: আমার অফিসের কম্পিউটারে সব গোপনীয় ফলাফল ও প্রশ্নপত্র থাকে। শুনেছি পেনড্রাইভ থেকে সহজে তথ্য চুরি হয়। কীভাবে ফাইলগুলো পাসওয়ার্ড দিয়ে সুরক্ষিত রাখব আর ব্যাকআপ কোথায় রাখব?
প্রধান শিক্ষক, শ্যামপুর উচ্চ বিদ্যালয়''',
'lab subject; ask is data security advice for the head office PC')

X('udc-advice','en','Farid Ahmed','farid.lab@example.org','digital lab training',
'''Dear Sir,
I attended the lab teacher training in 2024 and now teach ICT at Kulia High School. In the evenings I also help my wife run the Kulia Union Digital Centre. Question is about the centre: a citizen left his original land deed at our centre months ago and never came back. How long must a UDC keep such documents and what should we do with them?

Farid Ahmed''',
'lab training subject + teacher role; ask about UDC handling documents')

X('e-nothi','mixed','Parvez Mosharraf','parvez.m@inbox.test','Website এ ছবি',
'''Sir, website এর ছবিগুলো উঠেছে, সুন্দর হয়েছে।

এখন e-Nothi তে একটা বড় ঝামেলা: UNO sir যেকোনো file এ "সিদ্ধান্ত" লিখে পাঠালে আমাদের Upazila Engineer এর desk এ সেটা read-only হয়ে আসে, উনি কোনো note দিতে পারেন না। আগে পারতেন। কোনো setting বদলেছে কি?
Parvez, LGED''',
'subject about website photos; ask is e-Nothi permission issue')

X('web-portal','banglish','Sumon','sumon.udc.nangla@mail.test','uddokta portal',
'''sir ami nangla UDC theke, kintu eibar amar nijer UDC er kono problem na. union parishad er website e "union digital center" page e amader dui uddoktar nam ar mobile vul — age je chilo Parvin apa, uni 2 bochor age chere gechen. oi page ta thik korle manush amader sathe jogajog korte parbe.''',
'UDC entrepreneur; ask is correcting union portal page listing UDC contacts')

X('digital-lab','bn','জেসমিন আক্তার','jesmin.focal@mail.test','ই-নথি ফোকাল পয়েন্ট',
'''আমি উপজেলা মাধ্যমিক শিক্ষা অফিসের ই-নথি ফোকাল পয়েন্ট, তবে এবার নথি নিয়ে নয়। পরিদর্শনে গিয়ে দেখলাম চর বানিপাকুরী উচ্চ বিদ্যালয়ের ল্যাবের বারোটি কম্পিউটারের মধ্যে সাতটিতে মাউস-কিবোর্ড নেই, প্রজেক্টরের রিমোট হারানো। স্কুলটি দুর্গম এলাকায়, তারা নিজেরা আসতে পারে না। আপনার দপ্তর থেকে কেউ গিয়ে দেখতে পারলে ভালো হয়।''',
'e-Nothi focal point subject/role; ask is a school digital lab visit')

X('ict-advice','en','Mizan Chowdhury','mizan.web@example.net','Union website',
'''Sir,
I'm the secretary of Nangla Union Parishad and normally I write to you about the union website. Today I need advice for the parishad itself: we have to buy two desktop computers and a UPS from the development fund. What minimum specs should we write in the quotation so we don't get junk? Any tips on the UPS rating?

Mizan''',
'subject says union website; ask is purchase-spec advice for the office')

X('web-portal','mixed','Shafiul Alam','shafiul.lab@inbox.test','Re: Multimedia projector',
'''ধন্যবাদ sir, projector এখন ঠিকমতো চলছে।

এবার একটা ছোট কাজ: আমাদের school এর page এ "Sheikh Russel Digital Lab" এর ছবি বলে যেটা আছে ওটা অন্য school এর lab এর ছবি। আমাদের lab এর আসল ছবি পাঠালাম, বদলে দিলে ভালো হয়।
Shafiul, Nangla High School

> projector on করলে নীল screen আসে শুধু''',
'quoted projector thread; ask is school page photo replacement', style='jpg', fname='lab-photo.jpg')

X('udc-advice','bn','সেলিনা আক্তার','selina.ht@mail.test','ল্যাব শিক্ষক প্রশিক্ষণ',
'''স্যার,
আমি মেলান্দহ পৌর ডিজিটাল সেন্টারের উদ্যোক্তা, আগে একটা স্কুলে খণ্ডকালীন ল্যাব শিক্ষক ছিলাম বলে বিষয়ে এটা লিখে ফেলেছি। আসল প্রশ্ন: আমার সেন্টারে মানুষ অনলাইনে চাকরির আবেদন করতে আসে, ব্যাংকের পেমেন্ট ব্যর্থ হলে টাকা ফেরতের দায় কি আমাদের? সেন্টারের পক্ষ থেকে কী লিখিত রাখা উচিত?''',
'lab training subject; ask is UDC liability advice')

X('e-nothi','en','Tanjila Akter','tanjila.a@example.com','Computer for our office',
'''Hello sir, the laptop advice you gave last month was great, we bought it.

The real reason I write: on that new laptop the e-Nothi page opens but the signature pad we use says "device not recognised", so my boss can't sign anything digitally from it. Do we need a driver or is it something to enable in the nothi settings? Upazila Livestock Office.''',
'subject about office computer; ask is e-Nothi signing issue')

X('digital-lab','mixed','Abdul Momin','momin.up@inbox.test','ইউনিয়ন পরিষদের website',
'''Sir, union website নিয়ে আমাদের কোনো অভিযোগ নেই এবার। আমি Mahmudpur UP member, আবার এলাকার Mahmudpur Dakhil Madrasa র managing committee তেও আছি। Madrasa র computer lab এ ৫টা computer আছে, কিন্তু কেউ lab এর চাবিও খোলে না, teacher বলে "electricity line ঠিক না"। একটা inspection করে দেখলে ভালো হয় lab টা চালু করা যায় কিনা।''',
'subject about UP website (negated); ask is madrasa lab inspection')

X('ict-advice','banglish','Sharif','sharif.pcs@mail.test','digital center',
'''bhai ami digital center chalai na, amar bazar e ekta computer er dokan. subject e vul likhsi. amar dokan e WiFi diye customer der net dei, eta ki legal? kono license lage? r kew jodi net diye kharap kichu kore amar ki dai?''',
'subject says digital center; asks legal/ICT advice for own shop wifi')

X('udc-advice','mixed','Moshiur Rahman','moshiur.nothi@inbox.test','e-Nothi ID',
'''Sir, e-Nothi ID র বিষয়টা পরে দেখব। আমি আসলে Shyampur UP র সচিব, আমাদের union এর digital center দুইজন উদ্যোক্তা চালান। তারা citizen দের কাছ থেকে online জন্মনিবন্ধনের আবেদনে ১৫০ টাকা নিচ্ছে বলে অভিযোগ এসেছে। UDC কত নিতে পারে, আর আমি তাদের কী বলব — একটা পরামর্শ দিন।''',
'e-Nothi subject (deferred); ask is about UDC fees')

X('web-portal','bn','মনিরা সুলতানা','monira.s@mail.test','অফিসের ইমেইল সেটআপ',
'''স্যার,
অফিসের ইমেইলের বিষয়ে আপনার পরামর্শ মতো সব করেছি, এখন ঠিক চলছে। সেই ইমেইলটা এখন আমাদের মহিলা বিষয়ক অফিসের ওয়েব পাতায় দেখানো দরকার, সেখানে এখনো পুরনো একটা ঠিকানা। পাতায় নতুন ঠিকানা — mwa.melandaha@office.test — বসিয়ে দিলে ভালো হয়।
মনিরা সুলতানা''',
'subject about email setup; ask is updating portal contact')

X('e-nothi','banglish','Alamin','alamin.lab@mail.test','lab er projector',
'''sir lab er projector er bepare na. ami je office e part time kaj kori, oi upazila cooperative office er nothi te amake "operator" hishebe add korar kotha chilo, kintu ekhono id pai nai. officer sir bolechen apnader kache mail korte. ki ki kagoj lagbe?''',
'subject lab projector; ask is new e-Nothi ID')

X('digital-lab','en','Parvin Akhter','parvin.akhter@example.org','Fwd: Notice on the union website',
'''Sir, ignore the forwarded part below, it's for the union office.

What I need from you: the Fulkocha High School computer lab got 10 new desktops last week but the supplier left without installing any software — no Office, no Bangla keyboard, nothing. Classes resume 2 January. Can someone set them up?

Parvin Akhter, Headmistress

---------- Forwarded message ----------
Subject: Notice on the union website
Please publish the winter clothes distribution notice.''',
'forwarded portal notice; actual ask new lab PCs setup')

X('udc-advice','en','Dr. Kabir Uddin','kabir.md@example.net','Antivirus advice',
'''Hello,
I got a good answer from your office on antivirus last year. This time I write as chairman of the local committee that oversees the Char Banipakuri Union Digital Centre. The entrepreneur wants to start a mobile-banking agent booth inside the centre. Is that allowed in a UDC, and what should we check before saying yes?

Kabir Uddin''',
'antivirus subject; ask is about UDC adding a service')

# --- out of scope (service none), full of ICT words, still genuine
def N(lang, name, email, subj, body, note, **kw):
    return M('misleading', 'none', 'new', lang, name, email, subj, body, note, **kw)

N('bn','মোঃ আফজাল হোসেন','afzal.h@mail.test','অনলাইন খতিয়ানে ভুল',
'''স্যার,
আমার জমির অনলাইন খতিয়ানে দাগ নম্বর ভুল এসেছে, কম্পিউটারে যে প্রিন্ট দেয় সেখানেও ভুল। ওয়েবসাইটে সংশোধনের বাটন খুঁজে পাইনি। আপনারা আইসিটি অফিস, তাই দয়া করে আমার খতিয়ানটা ঠিক করে দিন। খতিয়ান নং ৪৮২, মৌজা দুরমুট।''',
'land record correction: a land office matter, not ICT office service')

N('en','Sumaiya Rahman','sumaiya.r@example.com','Birth certificate online wrong',
'''Dear ICT Officer,
My daughter's birth certificate, which is available online and was typed on a computer at the union, has her date of birth as 2016 instead of 2015. Her school registration depends on it. Please correct the date in the online database, it must be a data entry error on the server.
Sumaiya''',
'birth registration correction; registrar matter, not ICT services')

N('banglish','Rony','rony.tel@mail.test','internet bill besi',
'''sir amar mobile internet package er bill e 600 taka kete nise, ami 300 tar pack kinsilam. operator er app e complain korsi kaj hoy nai. apnara to ICT office, amar taka ta ferot diye den pls.''',
'mobile operator billing dispute; not an office service')

N('mixed','Mahfuza Khatun','mahfuza.k@inbox.test','Computer operator পদে আবেদন',
'''স্যার, আপনার অফিসে কি computer operator বা data entry পদে কোনো নিয়োগ আছে? আমি BSc (CSE) পাস, MS Office, Bangla typing ৪০ wpm, e-Nothi তেও কাজ জানি। CV attach করলাম। সুযোগ পেলে কৃতজ্ঞ থাকব।''',
'job application with ICT skills; not a charter service', style='pdf', fname='CV-Mahfuza.pdf')

N('bn','আবুল হোসেন','abul.road@mail.test','রাস্তার ছবি পাঠালাম',
'''জনাব,
কুলিয়া থেকে বাজার পর্যন্ত রাস্তাটা ভেঙে গেছে, মোবাইলে ছবি তুলে পাঠালাম। শুনেছি এখন সব ডিজিটাল, অনলাইনে অভিযোগ দিলে কাজ হয়। আপনারা রাস্তাটা মেরামতের ব্যবস্থা নিন, স্কুলের বাচ্চারা পড়ে যায়।''',
'road repair complaint (LGED/UP matter), digital framing', style='jpg', fname='rasta.jpg')

N('en','Rafiqul Alam','rafiqul.bank@example.org','ATM card blocked',
'''Sir,
My debit card got captured by the ATM in Melandaha bazar yesterday and the bank's mobile app is also showing "user locked". Since you handle digital services, can you unlock my card or tell the bank's server to release it? I need to pay my son's fees.
Rafiqul''',
'bank card/app locked; bank matter, not ICT office')

N('banglish','Mithila','mithila.nid@mail.test','NID te chobi',
'''sir amar NID card e chobi ta onno karo. online e download korle o same chobi. server e ki vul hoise? apnara computer er kaj koren, ektu change kore den na pls, ami amar chobi pathacchi.''',
'NID photo correction; election office matter')

N('mixed','Abdul Baten','baten.elec@inbox.test','বিদ্যুৎ বিলের online payment',
'''Sir, prepaid meter এ token লোড করলে "invalid" দেখাচ্ছে, আর বিদ্যুৎ অফিসের app এ complaint করলে কেউ উত্তর দেয় না। ঘরে দুই দিন ধরে current নেই। আপনারা কি meter টা reset করে দিতে পারবেন?''',
'electricity meter problem; utility matter')

N('bn','নুরুন্নাহার','nurunnahar.a@mail.test','বয়স্ক ভাতার টাকা',
'''স্যার,
আমার মায়ের বয়স্ক ভাতার টাকা এবার মোবাইলে আসেনি। সমাজসেবা অফিস বলে সার্ভারে নাম আছে। আপনারা কম্পিউটার দেখে টাকাটা পাঠিয়ে দিতে পারবেন? মায়ের নম্বর আমার কাছে আছে।''',
'old-age allowance payment missing; social services matter')

N('en','Tareq Aziz','tareq.aziz@example.net','Laptop distribution list',
'''Hello,
I heard the government is giving free laptops to students with GPA 5 through the ICT office. My son got GPA 5 in HSC. How do I get his name on the list? I can send his marksheet and NID scan.
Tareq''',
'asks for a free laptop scheme (not a charter service)')

N('banglish','Rupa','rupa.tv@mail.test','dish line er problem',
'''sir amader para te dish er line 1 soptaho dhore nai, cable operator phone dhore na. sobai bole ICT office e jogajog koro. apnara ki operator ke bole line ta chalu kore diben? TV te khela dekhte parchi na.''',
'cable TV outage; not an office service')

N('mixed','Jamal Hossain','jamal.h@inbox.test','Mobile চুরি — IMEI দিয়ে খুঁজে দিন',
'''Sir, আমার smartphone টা হাটে চুরি হয়েছে। IMEI number আছে, box আছে। শুনেছি ICT office থেকে IMEI দিয়ে tracking করে phone উদ্ধার করা যায়। দয়া করে আমার phone টা খুঁজে দিন। থানায় GD ও করেছি।''',
'stolen phone tracking (police/BTRC matter)')
