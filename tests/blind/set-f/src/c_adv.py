from common import P
S = 'ict-advice'

P(S,'en','Golam Rabbani','rabbani.ngo@example.org','Which laptop?',
'''Dear Sir,
Our small cooperative office in Melandaha finally has budget for one laptop (around 60,000 taka). The salesman in Jamalpur town is pushing a gaming model because "it's faster". We only do Excel, Bangla typing, some emails and video calls with Dhaka. What should we actually look for? I don't want to waste the members' money.

Golam Rabbani
Secretary, Melandaha Dairy Cooperative''',
'advice on which laptop to buy for an office')

P(S,'bn','শাহনাজ পারভীন','shahnaz.p@mail.test','ফেসবুক আইডি অন্য কেউ চালাচ্ছে',
'''স্যার,
আমার মেয়ের ফেসবুকে কাল থেকে ঢোকা যাচ্ছে না, অথচ ওর আইডি থেকে আত্মীয়দের কাছে টাকা চেয়ে মেসেজ যাচ্ছে। পাসওয়ার্ড কেউ বদলে দিয়েছে। আমরা কী করব? থানায় যাব নাকি অন্য কোনো উপায় আছে? খুব লজ্জায় আছি।
শাহনাজ, মেলান্দহ পৌরসভা''',
'hacked social media account; cyber security advice')

P(S,'banglish','Rakib','rakib.shop@mail.test','',
'''bhai amar dokan er computer e hotat sob file er nam er shese ".lock" type kichu hoye gese, r ekta note e bitcoin chaise. hisab er sob excel oi khane. taka dile ki file ferot pabo? naki onno upay ache? Melandaha bazar.''',
'empty subject; ransomware on shop PC; asks advice')

P(S,'mixed','Nurjahan Begum','nurjahan.b@inbox.test','অফিসের জন্য email',
'''Sir, আমাদের ইউনিয়ন সমাজকল্যাণ সমিতির জন্য একটা official email খুলতে চাই যাতে সবাই একই address ব্যবহার করতে পারে। এখন সবাই নিজের personal email থেকে চিঠি পাঠায়, হারিয়ে যায়। কীভাবে setup করলে সবচেয়ে সহজ হবে? Password কার কাছে থাকবে সেটাও একটা চিন্তা।''',
'how to set up shared office email')

P(S,'bn','মোঃ আতিকুর রহমান','atik.farmer@mail.test','',
'''আসসালামু আলাইকুম। আমি একজন কৃষক। শুনেছি মোবাইলে নাকি কৃষি পরামর্শের অ্যাপ আছে, ধানের রোগের ছবি তুললে বলে দেয় কী হয়েছে। কোনটা ভালো, কোনটা সরকারি, আর টাকা লাগে কিনা জানতে চাই। ছেলে ঢাকায় থাকে, কেউ দেখিয়ে দেয় না।
আতিকুর, দুরমুট''',
'empty subject; which farming app to use; general ICT advice')

P(S,'en','Sadia Islam','sadia.islam@example.com','Is this message real?',
'''Hello,
I got an SMS saying my NID will be "blocked" unless I verify it at a link within 24 hours. The link looked odd. My husband says it's a scam, my mother-in-law says go and verify. Who is right? And how can we tell in future? Sorry if this is a silly question.
Sadia''',
'asks whether an SMS is phishing; cyber security advice')

P(S,'banglish','Monir','monir.student@mail.test','freelancing shikhte chai',
'''salam sir, ami HSC pass kore ghore boshe achi. online e freelancing kore income korte chai. youtube e onek video, keu bole 1 mash e 1 lakh taka. kothay shuru korbo, kon course thik? ekta computer o nai, shudhu mobile. upazila theke kono poramorsho paoa jabe?''',
'youth asks how to start freelancing; ICT advice')

P(S,'mixed','Abdur Rashid','rashid.retired@inbox.test','Pension এর জন্য online',
'''বাবা, আমি অবসরপ্রাপ্ত শিক্ষক। শুনলাম pension এর কাগজ এখন online এ জমা দিতে হয়। আমি smartphone চালাতে পারি কিন্তু website এ গিয়ে কী করতে হয় বুঝি না। কোনো সহজ নিয়ম আছে কি? কোথায় গেলে কেউ দেখিয়ে দেবে?
আব্দুর রশিদ, অব: প্রধান শিক্ষক''',
'retired teacher asks how to use an online pension service')

P(S,'bn','সালমা আক্তার','salma.beauty@mail.test','দোকানের জন্য ফেসবুক পেজ',
'''আপা/ভাই,
আমি বাসায় পার্লার চালাই। শুনেছি ফেসবুকে পেজ খুললে নাকি কাস্টমার বাড়ে। কিন্তু ভয় লাগে, ছবি দিলে যদি কেউ খারাপ কাজে ব্যবহার করে। নিরাপদভাবে কীভাবে ব্যবসার প্রচার করা যায়, একটু পরামর্শ দেবেন?
সালমা, মেলান্দহ''',
'small business online presence + safety advice')

P(S,'en','Kawsar Ahmed','kawsar.a@example.net','backup',
'''Sir, the Upazila Cooperative office keeps all member records on one old desktop. If it dies we lose 20 years of data. What is a sensible, cheap way to back it up? External drive? Cloud? We have no IT person and the internet is patchy.
Kawsar, Accountant''',
'data backup advice for an office')

P(S,'banglish','Jannat','jannat.hs@mail.test','mobile e virus',
'''apu amar phone e onek add ashe, nijer theke app install hoye jay, r battery khub taratari shesh hoy. ekta free game namayechilam tarpor theke. kivabe thik korbo? phone format dile ki sob chobi chole jabe?''',
'phone adware/virus advice')

P(S,'mixed','Md. Jakir Hossain','jakir.h@inbox.test','WiFi password share',
'''Sir, আমাদের upazila পরিষদ চত্বরের অফিসগুলো একটা WiFi শেয়ার করে। এখন বাইরের ছেলেরাও password জেনে গেছে, speed একদম নেই। Password বদলালে আবার ছড়িয়ে যায়। কী করলে ভালো হয়? Router টা কোন কোম্পানির সেটা দেখে জানাতে পারব।''',
'shared office WiFi abused; network security advice')

P(S,'bn','রাবেয়া খাতুন','rabeya.k@mail.test','বিষয়: অনলাইনে হজের নিবন্ধন সম্পর্কে জানতে চাই',
'''জনাব,
আমার বাবা আগামী বছর হজে যেতে চান। শুনেছি নিবন্ধন অনলাইনে হয় এবং অনেক প্রতারক এজেন্সি আছে। সরকারি ওয়েবসাইট কোনটা এবং আসল-নকল কীভাবে চিনব, এ বিষয়ে পরামর্শ চাই। নিজে কম্পিউটারে ভালো না।
রাবেয়া খাতুন, কুলিয়া''',
'how to identify genuine online registration site; online service question')

P(S,'en','Tahsin Rahman','tahsin.r@example.org','',
'''Hi, I run a small coaching centre in Melandaha with four old desktops. Students bring pen drives and the machines keep getting infected. Is there a free antivirus you'd trust, or some setting so pen drives can't run things? I'm not very technical.''',
'empty subject; antivirus/USB advice for small centre')

P(S,'banglish','Sujon','sujon.driver@mail.test','driving license online',
'''vai driving license er jonno online e apply korte chai. ek dalal 5000 taka chaise. nije korle ki hoy? kon website? ami mobile diye korte parbo? ektu bujhaye den pls.''',
'online driving licence application: how to do it oneself')

P(S,'mixed','Sabiha Sultana','sabiha.s@inbox.test','Zoom না Meet?',
'''Sir, আমাদের NGO অফিস থেকে প্রতি সপ্তাহে ঢাকার সাথে meeting হয়। Zoom এ ৪০ মিনিট পর কেটে যায়। কোনটা ব্যবহার করলে ভালো হবে, আর internet কম থাকলে কী setting দেব? অফিসে একটা laptop আর একটা mobile router।''',
'video meeting tool advice')

P(S,'bn','আনিসুর রহমান','anis.pharmacy@mail.test','',
'''আমার ফার্মেসির হিসাব খাতায় রাখি। ছেলে বলছে কম্পিউটারে সফটওয়্যারে রাখলে সুবিধা। কোন ধরনের সফটওয়্যার কিনব, নাকি এক্সেলেই চলবে? বিদ্যুৎ প্রায়ই চলে যায়, তখন কী হবে? কিছু পরামর্শ দিন।
আনিস, ঝাউগড়া বাজার''',
'empty subject; which accounting software; general advice')

P(S,'en','Farzana Akter','farzana.akter@example.com','My email keeps sending spam',
'''Hello,
Friends tell me they're receiving strange emails "from me" with links to medicine sites. I didn't send them. Has my email been hacked? I changed the password once but it continued. What else should I do? I use it for my university applications so I'm worried.
Farzana''',
'compromised email account; security advice')

P(S,'banglish','Rafiq','rafiq.chairman.office@mail.test','CCTV',
'''sir amader bazar committee bazar e CCTV bosate chay. koyta camera, ki dhoroner DVR, internet diye mobile e dekha jabe kina — ei shob bishoye kar kache poramorsho nibo? apnara ki ei dhoroner poramorsho den?''',
'CCTV purchase advice; ICT advice')

P(S,'mixed','Shamima Nasrin','shamima.n@inbox.test','বাচ্চার মোবাইল আসক্তি',
'''আপা, আমার ১০ বছরের ছেলে সারাদিন YouTube আর game নিয়ে থাকে। কী দেখে তাও জানি না। Phone এ কি এমন কোনো setting আছে যেটা দিয়ে সময় বেঁধে দেওয়া যায় আর খারাপ জিনিস আটকানো যায়? Android phone।''',
'parental controls advice')

P(S,'bn','মোঃ জয়নাল আবেদীন','joynal.a@mail.test','অনলাইনে জমির খাজনা',
'''স্যার, অনলাইনে ভূমি উন্নয়ন কর দেওয়া যায় শুনেছি। আমি একবার চেষ্টা করে মাঝপথে আটকে গেছি, টাকা কেটেছে কিনা বুঝতে পারছি না। এরকম হলে কোথায় দেখতে হয়, রসিদ কীভাবে পাব? অফিসে গিয়ে লাইনে দাঁড়াতে চাই না আর।''',
'question about using an online government payment service')

P(S,'en','Imtiaz Karim','imtiaz.k@example.net','buying a printer',
'''Dear Sir, sorry to bother. For the Melandaha Press Club office we need a printer that can also scan and copy, prints maybe 300 pages a month. Ink tank or laser? The shops give contradicting advice. Thanks in advance.
Imtiaz, office secretary''',
'printer purchase advice')

P(S,'banglish','Mitu','mitu.u@mail.test','',
'''assalamualaikum. amar ammur bKash account theke taka chole gese, ekta phone eshechilo bolche "apnar account e vul kore taka gese, code ta bolen". ammu code bole dise. ekhon ki kora jay? taka ki ferot pabo? r emon jeno na hoy ki sotorko thakbo?''',
'empty subject; victim of OTP fraud asks what to do; cyber advice (citizen, not scam)')

P(S,'mixed','Kamal Uddin','kamal.u@inbox.test','Office এর computer খুব slow',
'''Sir, Upazila Zila Parishad dak bungalow এর অফিসের computer টা খুলতে ১০ মিনিট লাগে। কেউ বলে RAM বাড়াও, কেউ বলে SSD। কোনটা করলে আসলে কাজ হবে? পুরনো Core 2 Duo মেশিন। নাকি নতুন কেনাই ভালো?''',
'upgrade vs buy advice for slow office PC')

P(S,'bn','তাসলিমা আক্তার','taslima.a@mail.test','মোবাইল ব্যাংকিং নিরাপদ কিনা',
'''জনাব,
আমার স্বামী বিদেশে থাকেন, টাকা পাঠান। আমি এখন নিজে অ্যাপ দিয়ে লেনদেন শিখতে চাই। পিন কোথায় লিখে রাখব, কাউকে ফোন দেখালে কী ঝুঁকি — এসব নিয়ে কেউ একটু বুঝিয়ে বললে ভালো হতো। আমি ঘোষেরপাড়ার বাসিন্দা।''',
'mobile banking safety advice')

P(S,'en','Bishwajit Saha','bishwajit@example.org','pirated software question',
'''Hello sir, a shop in town installed "full version" Windows and Office on our NGO's new laptops for 500 taka each. Our donor now asks whether our software is licensed. Is what the shop did legal? What is the proper cheap way? Any free alternatives that donors accept?
Bishwajit''',
'software licensing advice')

P(S,'banglish','Sagor','sagor.it@mail.test','website banate chai',
'''vai amader family r ekta chhoto hatchery business ache. ekta website banate chai jate Dhaka theke order ashe. koto khoroch hoy, domain hosting ki jinish, ke banabe? upazila te kono poramorsho paoa jay?''',
'small business website advice')

P(S,'mixed','Dr. Momena Khatun','momena.clinic@inbox.test','রোগীর তথ্য সংরক্ষণ',
'''Sir, আমার private chamber এ রোগীর prescription আর report scan করে laptop এ রাখি। এগুলো নিরাপদে রাখার নিয়ম কী? Laptop চুরি হলে কী হবে? Password দেওয়া বা encryption, কোনটা সহজ?''',
'data protection advice for a clinic')

P(S,'bn','হাবিবুল্লাহ','habibullah.imam@mail.test','',
'''মসজিদ কমিটির হিসাব ও দানের তালিকা কম্পিউটারে রাখতে চাই যাতে সবাই স্বচ্ছভাবে দেখতে পারে। কিন্তু কমিটিতে কেউ কম্পিউটার বোঝে না। সহজ কোনো উপায় বা কী শিখতে হবে, পরামর্শ দিলে ভালো হয়।
হাবিবুল্লাহ, ইমাম, কুলিয়া জামে মসজিদ''',
'empty subject; simple record keeping advice')

P(S,'en','Nadia Chowdhury','nadia.c@example.com','Is public wifi safe?',
'''Hello. I'll be using the free wifi at the upazila parishad while I wait for documents. Is it safe to log into my bank app there? My cousin says never use public wifi, my friend says it's fine with https. What's the truth? Thank you.''',
'public wifi safety question')
