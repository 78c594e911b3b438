from common import P
S = 'udc-advice'

P(S,'bn','মোঃ আল আমিন','alamin.udc.kulia@mail.test','সেন্টারের প্রিন্টার',
'''স্যার,
কুলিয়া ইউনিয়ন ডিজিটাল সেন্টার থেকে আল আমিন। আমার সেন্টারের লেজার প্রিন্টারটা কাগজ টেনে নিয়ে ভাঁজ করে ফেলছে, জন্ম নিবন্ধনের কপি দিতে পারছি না, মানুষ ফিরে যাচ্ছে। সার্ভিসিংয়ে দিলে সাত দিন লাগবে বলে। এর মধ্যে কী করব, বা কোন প্রিন্টার নিলে টেকসই হবে?''',
'UDC entrepreneur: centre printer failing, asks advice')

P(S,'en','Sabina Akter','sabina.udc@example.net','What can we charge?',
'''Dear Sir,
I became the female entrepreneur at Mahmudpur Union Digital Centre in October. People ask me to fill in online job applications and passport forms. My colleague charges 200 taka, the shop in the bazar charges 100. Is there an official list of what a UDC may take for each service? I don't want complaints against the centre.

Sabina Akter''',
'UDC entrepreneur asks about permitted fees')

P(S,'banglish','Rasel','rasel.udc.jhaugara@mail.test','portal e login hoy na',
'''sir, ami jhaugara UDC theke. amader udyokta portal e login korte gele "account suspended" dekhay. kono notice pai nai. ekhon citizen der service dite parchi na, commission o atke ache. ki korte hobe?''',
'UDC entrepreneur account suspended on service portal')

P(S,'mixed','Mousumi Akter','mousumi.udc@inbox.test','নতুন service শুরু করতে চাই',
'''স্যার, আমাদের Fulkocha UDC তে এখন শুধু জন্ম নিবন্ধন, ছবি তোলা আর compose হয়। আমি চাই agent banking আর বিদ্যুৎ বিল নেওয়াও শুরু করতে। কীভাবে অনুমতি নেব, কোন কাগজ লাগবে, deposit কত? একটু guide করবেন?
মৌসুমী আক্তার, উদ্যোক্তা''',
'UDC wants to add new services; how')

P(S,'bn','আবু বকর সিদ্দিক','abubakar.udc@mail.test','বিষয়: ইউনিয়ন ডিজিটাল সেন্টারের সরঞ্জাম প্রসঙ্গে',
'''বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: নাংলা ইউনিয়ন ডিজিটাল সেন্টারের অকেজো সরঞ্জাম প্রসঙ্গে।

জনাব,
সবিনয় নিবেদন এই যে, সেন্টারে সরকারিভাবে সরবরাহকৃত ল্যাপটপ, মাল্টিমিডিয়া প্রজেক্টর ও সোলার প্যানেলের ব্যাটারি দীর্ঘদিন যাবৎ অকেজো। উদ্যোক্তাদের নিজ খরচে মেরামত করা সম্ভব হচ্ছে না। এ অবস্থায় করণীয় সম্পর্কে পরামর্শ ও প্রয়োজনীয় সহায়তা প্রদানের জন্য বিনীত অনুরোধ করছি।

বিনীত
আবু বকর সিদ্দিক
উদ্যোক্তা, নাংলা ইউডিসি''',
'formal: UDC government equipment broken; advice and help')

P(S,'en','Mohammad Ali','mali.udc@example.org','',
'''Sir, a citizen came to our centre saying we overcharged him for a land record copy, and he is threatening to complain to the DC. I charged 50 taka plus the government fee. How should a centre handle such a dispute, and should we display our fee list? Adra UDC.''',
'empty subject; UDC fee dispute: how to handle, display fees')

P(S,'banglish','Shirin','shirin.udc@mail.test','commission pai nai',
'''assalamualaikum sir. gato 3 mash dhore amar UDC er digital service er commission amar account e ashe nai. helpline e call dile keu dhore na. onno uddokta ra bolche tader o same. ki korte pari? Durmut UDC.''',
'UDC commission not received; advice')

P(S,'mixed','Jahidul Islam','jahidul.udc@inbox.test','Center er jonno কোন laptop?',
'''Sir, আমার UDC র laptop টা ৮ বছরের পুরনো, নতুন কিনতে হবে নিজের টাকায়। দিনে ৫০-৬০ জনের কাজ হয়, online form, scan, print। কোন configuration নিলে ৪-৫ বছর চলবে? Budget ৫০ হাজার।
জাহিদুল, শ্যামপুর ইউডিসি''',
'UDC entrepreneur: which laptop for the centre (UDC not generic ict-advice)')

P(S,'bn','রোকসানা পারভীন','roksana.udc@mail.test','',
'''স্যার,
আমি ঘোষেরপাড়া ইউডিসির নারী উদ্যোক্তা। ইউনিয়ন পরিষদ থেকে বলা হচ্ছে সেন্টারের ঘর খালি করে দিতে, তারা গুদাম বানাবে। সেন্টার কোথায় সরাব, কার অনুমতি লাগবে, আমরা কি এভাবে সরিয়ে দিতে পারে? দশ বছর ধরে এখানে সেবা দিচ্ছি।''',
'empty subject; UDC being evicted from UP room; advice')

P(S,'en','Ariful Haque','ariful.h@example.com','passport fees at centre',
'''Hello,
I'm the entrepreneur at Char Banipakuri UDC. Some people want help with e-passport online applications. Can a UDC officially provide this and how much may we take for the form and the payment slip? I want to stay within the rules.
Ariful''',
'UDC asks if passport help is allowed and what fee')

P(S,'banglish','Nayan','nayan.udc.adra@mail.test','internet er bill onek',
'''sir amar udc te broadband line 1500 taka mash, kintu speed kom, upore current gele router off. union parishad bill dite chay na. onno udc ra ki kore? kono solar ba mobile router er system kora jay?''',
'UDC internet cost/reliability advice')

P(S,'mixed','Taslima Begum','taslima.udc@inbox.test','Training for uddokta',
'''Sir, আমি নতুন UDC উদ্যোক্তা (Kulia, পুরাতন উদ্যোক্তার জায়গায়)। আমি এখনো জানি না ভূমি সেবা বা জন্ম-মৃত্যু নিবন্ধনের কাজ কীভাবে করে। কোনো basic training আছে কি নতুনদের জন্য? না থাকলে কারও কাছে কয়েক দিন শিখতে পারি?''',
'new UDC entrepreneur asks for training on centre services')

P(S,'bn','মোঃ শফিকুল ইসলাম','shafiq.udc@mail.test','সেন্টারে চুরি',
'''জনাব,
গত রাতে মাহমুদপুর ইউনিয়ন ডিজিটাল সেন্টারের তালা ভেঙে একটি ল্যাপটপ, ওয়েবক্যাম ও ল্যামিনেটিং মেশিন নিয়ে গেছে। থানায় জিডি করেছি। সেন্টারের সেবা কীভাবে চালু রাখব এবং সরকারি মালের বিষয়ে কী করণীয়, পরামর্শ চাই।
শফিকুল ইসলাম, উদ্যোক্তা''',
'UDC burglary; what to do')

P(S,'en','Mst. Ferdousi','ferdousi.udc@example.net','',
'''Sir, the union chairman wants our UDC to stay open on Fridays for the allowance registration drive, but my partner entrepreneur refuses and I can't do it alone. Is there any rule on UDC working hours? We don't want trouble with the parishad. Nangla.''',
'empty subject; UDC working-hours rule question')

P(S,'banglish','Hasib','hasib.udc@mail.test','scanner driver',
'''vai, notun windows dewar por amar centre er scanner r kaj kore na, driver khuje pai na. NID copy scan korte hoy shara din. kon driver lagbe? model HP er purono ta. udc fulkocha.''',
'UDC scanner driver problem')

P(S,'mixed','Sumaiya Akter','sumaiya.u@inbox.test','বিদেশগামী কর্মীদের registration',
'''স্যার, আমাদের এলাকায় অনেকে বিদেশ যেতে চায়, তারা UDC তে এসে probashi registration করতে চায়। আমি কি এটা করতে পারি? Fee কত নেব? ভুল করলে ওদের অনেক ক্ষতি, তাই জিজ্ঞেস করছি। Jhaugara UDC।''',
'UDC asks whether it may offer migrant registration and fee')

P(S,'bn','জাকির হোসেন','zakir.udc@mail.test','সোলার প্যানেল',
'''স্যার, চর এলাকায় বিদ্যুৎ প্রায়ই থাকে না বলে আমার ইউডিসিতে সোলার আছে, কিন্তু ব্যাটারি এখন আধা ঘণ্টাও চলে না। নতুন ব্যাটারি কোন ধরনের কিনব, কত ওয়াটের প্যানেল হলে দুটো কম্পিউটার আর প্রিন্টার চলবে? চর বানিপাকুরী ইউডিসি।''',
'UDC solar/battery sizing advice')

P(S,'en','Rashid Mia','rashid.mia.udc@example.org','Register of services',
'''Dear Sir,
An officer from the district visited my Union Digital Centre and asked for our daily service register. We have only scraps of paper. Is there a prescribed format for recording services and income? Could you share one or tell me what columns to keep?
Rashid Mia, Shyampur UDC''',
'UDC record-keeping format advice')

P(S,'banglish','Popy','popy.udc@mail.test','',
'''apa, amar UDC te mohila ra ashte lojja pay karon shob shomoy purush loker vir. alada kono time ba system kora jay kina, onno union e ki kore? amake ektu bolben? Ghosherpara.''',
'empty subject; UDC service arrangement for women')

P(S,'mixed','Obaidul Kabir','obaidul.k@inbox.test','UDC account এর password',
'''Sir, UDC portal এর account আমার আগের partner এর mobile number দিয়ে খোলা ছিল। সে এখন আর নেই, Malaysia চলে গেছে। OTP ওর number এ যায়। নিজের নম্বরে কীভাবে নেব? Kulia UDC থেকে Obaidul।''',
'UDC portal account tied to former partner phone')

P(S,'bn','মাসুদ রানা','masud.udc@mail.test','বিষয়: উদ্যোক্তা পরিবর্তন সংক্রান্ত পরামর্শ',
'''মাননীয় মহোদয়,
আদ্রা ইউনিয়ন ডিজিটাল সেন্টারের একজন উদ্যোক্তা দীর্ঘদিন অনুপস্থিত। ইউপি চেয়ারম্যান নতুন কাউকে নিতে বলছেন। নিয়ম অনুযায়ী নতুন উদ্যোক্তা নিয়োগ ও পুরনো জনের হিসাব বুঝিয়ে নেওয়ার প্রক্রিয়া কী, তা জানালে উপকৃত হব।
বিনীত
মাসুদ রানা, উদ্যোক্তা''',
'UDC entrepreneur replacement procedure')

P(S,'en','Sohana','sohana.udc@example.com','photocopier vs printer',
'''Hi sir, our centre does about 300 photocopies a day for students during exam time. Is it better for a UDC to buy a used photocopier or a big multifunction printer? Also what should we charge per page without being called greedy? Durmut UDC.''',
'UDC equipment purchase and per-page fee advice')

P(S,'banglish','Kabir','kabir.u@mail.test','online e jomir porcha',
'''sir manush amar kache eshe online porcha tulte chay. ami try korechi kintu payment er por download hoy na. eta ki amar bhul, naki site er? r ami koto taka nite pari eta korle? Mahmudpur digital center.''',
'UDC: land record service via centre failing, fee question')

P(S,'mixed','Nazma Akter','nazma.udc@inbox.test','Citizen data কতদিন রাখব?',
'''Sir, আমার সেন্টারে মানুষের NID, জন্মসনদের scan copy অনেক জমে গেছে computer এ। এগুলো কি রেখে দেওয়া উচিত, নাকি মুছে ফেলব? কেউ যদি চুরি করে অপব্যবহার করে? UDC গুলোর জন্য কোনো নিয়ম আছে?
Nazma, Nangla UDC''',
'UDC asks about retaining citizens documents')

P(S,'bn','রুহুল কুদ্দুস','ruhul.udc@mail.test','',
'''সেন্টারের ওয়েবক্যাম নষ্ট, বিদেশগামীদের ছবি তুলতে পারছি না। মোবাইলে তুলে দিলে কি গ্রহণযোগ্য হবে? আর নতুন ক্যামেরা কিনলে কী দেখে কিনব?
রুহুল কুদ্দুস, ঝাউগড়া ইউনিয়ন ডিজিটাল সেন্টার''',
'empty subject; UDC webcam broken; advice')

P(S,'en','Nurul Amin','nurul.udc@example.net','Fake UDC page on Facebook',
'''Sir, someone opened a Facebook page called "Fulkocha Digital Center" using my centre's photo and is taking money from people for "government loans". People come to me angry. What should I do, and how do I warn citizens? I am the real UDC entrepreneur.''',
'UDC impersonated online; advice')

P(S,'banglish','Laboni','laboni.udc@mail.test','voter card er kaj',
'''apa UDC theke voter card er sonshodhon er form fill up kore dite pari? keu bolche eta nirbachon office e jete hobe. ami jodi kori koto fee nibo? Adra udc.''',
'UDC asks if it may do NID correction form and fee')

P(S,'mixed','Ataur Rahman','ataur.udc@inbox.test','Center এর সাইনবোর্ড আর সময়সূচি',
'''Sir, UDC পরিদর্শনে এসে বলা হয়েছে সেন্টারের সামনে সেবার তালিকা ও মূল্য টাঙাতে হবে। একটা standard format কি আছে? কোন কোন সেবা লিখব আর দাম কীভাবে লিখব? Melandaha পৌর ডিজিটাল সেন্টার।''',
'UDC needs format for service/price board')

P(S,'bn','মর্জিনা খাতুন','morjina.udc@mail.test','উদ্যোক্তা হিসেবে ঋণ',
'''স্যার,
আমি শ্যামপুর ইউডিসির উদ্যোক্তা। সেন্টারে নতুন ল্যামিনেটিং মেশিন ও আরেকটা কম্পিউটার কিনতে চাই, কিন্তু হাতে টাকা নেই। উদ্যোক্তাদের জন্য কোনো সহজ শর্তের ঋণ বা সহায়তা আছে কি? কোথায় যোগাযোগ করব জানালে খুশি হব।''',
'UDC entrepreneur asks about financing for centre equipment')

P(S,'en','Mahbubur Rahman','mahbubur.udc@example.org','Two entrepreneurs disagree',
'''Sir, my co-entrepreneur and I share the Kulia UDC but we can't agree how to split the income and who pays for paper and ink. Is there a guideline for how partners in a UDC should share costs and earnings? We'd rather settle it properly than fight.''',
'UDC partner income sharing guidance')
