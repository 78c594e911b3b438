from common import P
S = 'e-nothi'

P(S,'en','Md. Shafiqul Islam','shafiq.ht@mail.test','Letter to UNO stuck',
'''Dear Sir,
Since the new designation was created for me in October, I cannot forward the monthly attendance letter to the UNO electronically. The letter sits in my draft and the "forward" list shows only the old office names. The AT of the education office says it's a setting on your side. Could you look at it? The letter was due on the 5th.

Shafiqul Islam
Headmaster, Nangla High School''',
'headmaster cannot forward letter to UNO after designation change (e-Nothi)')

P(S,'bn','নুসরাত জাহান','nusrat.uao@mail.test','পাসওয়ার্ড ভুলে গেছি',
'''স্যার,
উপজেলা কৃষি অফিস থেকে নুসরাত। ছুটি শেষে অফিসে এসে নথির সিস্টেমে ঢুকতে পারছি না, পাসওয়ার্ড মনে নেই, আর রিসেটের লিংক যে মোবাইলে যায় সেটা হারিয়ে গেছে। এদিকে তিনটা ফাইল আমার ডেস্কে আটকে আছে। কী করলে আবার ঢুকতে পারব?''',
'cannot log in to e-filing after leave; reset phone lost')

P(S,'banglish','Jewel Rana','jewel.office@mail.test','signature problem',
'''sir amader upazila shomobay office er officer sir er signature ta nothi te upload korle jhapsa ashe, print korle r chena jay na. ar note e sign dite gele "certificate not found" type kichu ekta dekhay. apni ki ektu help korben? kal theke file atke ache.
jewel, office sohokari''',
'e-Nothi signature blurry and certificate error')

P(S,'mixed','Farida Yasmin','farida.pio@inbox.test','নতুন নথি খোলা',
'''Sir, PIO office এ নতুন অর্থবছরের কাবিখা প্রকল্পের জন্য আলাদা নথি খুলতে হবে। কিন্তু নথির শাখা list এ আমাদের "প্রকল্প" শাখাটাই দেখাচ্ছে না, তাই নথি নম্বর generate হয় না। এটা কি admin থেকে ঠিক করতে হয়? আমরা এই কাজে নতুন।
Farida Yasmin, অফিস সহকারী কাম কম্পিউটার অপারেটর''',
'cannot create new nothi; branch missing from list')

P(S,'bn','মোঃ আজিজুর রহমান','aziz.lao@mail.test','বিষয়: ই-নথি প্রশিক্ষণের আবেদন',
'''বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: অফিসের নবযোগদানকৃত কর্মচারীদের ই-নথি বিষয়ে প্রশিক্ষণ প্রদানের আবেদন।

জনাব,
বিনীত নিবেদন এই যে, উপজেলা হিসাবরক্ষণ অফিসে সম্প্রতি চারজন কর্মচারী যোগদান করেছেন, যাঁদের কেউই পূর্বে ইলেকট্রনিক পদ্ধতিতে নথি নিষ্পত্তি করেননি। ফলে ডাক গ্রহণ ও নোট উপস্থাপনে বিলম্ব হচ্ছে। আপনার দপ্তরের সুবিধাজনক দিনে একটি হাতে-কলমে প্রশিক্ষণের ব্যবস্থা করিলে বাধিত হইব।

বিনীত
মোঃ আজিজুর রহমান
উপজেলা হিসাবরক্ষণ কর্মকর্তা''',
'formal request for e-Nothi training for new staff')

P(S,'en','Sabina Yesmin','sabina.ywo@example.org','',
'''Hi, short question. The dak I sent yesterday to the DC office is showing "pending" on my side and the DC office says they never got it. Did it go anywhere? It's about the Joyeeta award nominations, deadline is Thursday.
Sabina, Upazila Women Affairs Office''',
'empty subject; dak sent via e-filing not received')

P(S,'banglish','Mahfuz','mahfuz.ac.land@mail.test','transfer hoye gechi',
'''assalamu alaikum. ami AC land office theke bodli hoye Islampur gechi 1 tarikh e. kintu Melandaha er nothi te ekhono amar nam e pod ta active, r ami notun jaygar nothi te login korle purono office ta i ashe. duita office e kivabe alada hobe? notun office er kaj atke ache.''',
'transferred officer: e-Nothi still tied to old office designation')

P(S,'mixed','Kohinur Begum','kohinur.fp@inbox.test','ফাইল ফেরত আনা',
'''Sir, ভুল করে একটা নথি UNO sir এর কাছে না পাঠিয়ে ভূমি অফিসে পাঠিয়ে দিয়েছি। ওরা এখনো খোলেনি। এটা কি ফেরত আনা যায়, নাকি ওদের বলতে হবে ফেরত পাঠাতে? খুব টেনশনে আছি, জরুরি ফাইল ছিল।
Kohinur, Family Planning office''',
'file moved to wrong office in e-Nothi; wants it recalled')

P(S,'bn','মোঃ সাইফুল ইসলাম','saiful.uno.office@mail.test','পদবি পরিবর্তন',
'''স্যার,
ইউএনও অফিসের নাজির পদে আমি অতিরিক্ত দায়িত্বে আছি। আমার আইডিতে শুধু "অফিস সহায়ক" পদবি দেখায়, ফলে নাজির হিসেবে যে ফাইলগুলো আমার কাছে আসার কথা সেগুলো আসে না। দায়িত্ব বণ্টনের আদেশ আছে। অতিরিক্ত পদবিটা কি যোগ করা যাবে?''',
'add additional-charge designation to e-Nothi ID')

P(S,'en','Dr. Ayesha Siddika','ayesha.uhfpo@example.net','approval chain broken',
'''Dear ICT Officer,
Our leave applications at the Upazila Health Complex used to go RMO -> UHFPO automatically. Since the RMO post fell vacant the chain just stops, and nobody can approve anything electronically. Is there a way to route them to me directly until a new RMO joins? We have nine applications waiting.

Dr. Ayesha Siddika
UH&FPO, Melandaha''',
'e-Nothi approval chain broken by vacant post')

P(S,'banglish','Tariqul','tariqul.comp@mail.test','nothi te potro attach hoy na',
'''sir, potrojari korte gele 5 MB er beshi pdf attach hoy na. amader tender er document 12 MB. ki korbo? chhoto kore dile lekha pora jay na. onno office gula kivabe pathay?''',
'attachment size limit when issuing letters in e-Nothi')

P(S,'mixed','Rehana Parvin','rehana.ed@inbox.test','e-Nothi তে অনুপস্থিতি',
'''স্যার, আমি আগামী ১৫ দিন মাতৃত্বকালীন ছুটির কারণে অফিসে থাকব না। আমার টেবিলের নথিগুলো সহকারী শিক্ষা অফিসার আরিফ সাহেবের কাছে যেন যায় — এই ব্যবস্থাটা কীভাবে করতে হয় জানি না। আগে কেউ করেনি আমাদের অফিসে। একটু জানাবেন?
রেহানা পারভীন, উপজেলা শিক্ষা অফিস''',
'delegating e-Nothi desk during leave')

P(S,'bn','আবু তাহের','abutaher.up@mail.test','',
'''আমাদের ইউনিয়ন পরিষদে ই-নথি চালু করার জন্য চিঠি এসেছে। সচিব সাহেব বলছেন আমরা পারব না, কম্পিউটারও একটা। কিন্তু জেলা থেকে চাপ দিচ্ছে। কারা আইডি পাবে, কীভাবে শুরু করব, কিছুই বুঝছি না। কেউ এসে দেখিয়ে দিলে ভালো হতো।
আবু তাহের, হিসাব সহকারী, কুলিয়া ইউপি''',
'empty subject; union parishad starting e-Nothi, needs onboarding')

P(S,'en','Imran Hossain','imran.h@mail.test','Cannot see old files after update',
'''Hello,
After the system update last week all of our nothis created before 2024 disappeared from my list. Search with the nothi number gives nothing. The auditor is coming on the 20th and wants those. Are they archived somewhere or lost?
Imran, Upazila Cooperative Office''',
'old files missing in e-Nothi after update')

P(S,'banglish','Shila Rani','shila.rani@mail.test','OTP ashe na',
'''dada, login korte gele mobile e code ashar kotha, ashe na. amar number change hoyeche, notun sim. purono number ta HR e update kora ache kintu nothir login e purono tai. eta ki vabe change hoy?
shila rani sarkar, upazila samajseba''',
'e-Nothi OTP goes to old mobile number')

P(S,'mixed','Golam Mostafa','mostafa.fisheries@inbox.test','অনুমোদনের পরেও potrojari হচ্ছে না',
'''Sir, মৎস্য অফিসের একটা চিঠি UNO sir অনুমোদন দিয়েছেন, কিন্তু আমার কাছে ফেরত এলে "পত্রজারি" button টা ধূসর হয়ে থাকে, চাপা যায় না। অন্য কম্পিউটার থেকেও একই। আজকের মধ্যে চিঠিটা বের হওয়া দরকার।
গোলাম মোস্তফা''',
'cannot issue approved letter in e-Nothi')

P(S,'bn','লাইলী আক্তার','laily.agri@mail.test','নথিতে নাম ভুল',
'''স্যার, আমার নামের বানান ইলেকট্রনিক নথিতে "লাইলি আকতার" দেখায়। ফলে আমি যে চিঠিতে স্বাক্ষর দিই সেখানেও ভুল নাম যায়। অফিসের আদেশে নাম "লাইলী আক্তার"। একটু ঠিক করে দেওয়া যায় কিনা।
উপ-সহকারী কৃষি কর্মকর্তা, ঝাউগড়া ব্লক''',
'name misspelled in e-Nothi profile')

P(S,'en','Monirul Islam','monirul.pbi@example.com','',
'''Dear Sir, we at the Upazila Project Implementation Office got a letter saying all offices must close their old paper files and start the new fiscal year only electronically. I'd like someone to sit with our two staff for an afternoon and go through receiving dak, writing notes and sending letters. Is that something your office does? Which day suits?''',
'empty subject; asks for e-Nothi hands-on session')

P(S,'banglish','Anowar','anowar.ps@mail.test','UNO sir er kache file jay na',
'''sir amader projukti office theke kono file UNO sir er kache pathate gele uni list e nai. notun UNO sir joyen korche 2 soptaho holo. shobai bolche tar id ekhono toiri hoy nai. eta ki apnara korben?''',
'new UNO not yet in e-Nothi recipient list')

P(S,'bn','মোছাঃ ফাতেমা খাতুন','fatema.k@mail.test','ডাক গ্রহণ করা যাচ্ছে না',
'''আসসালামু আলাইকুম স্যার। উপজেলা পরিসংখ্যান অফিসে আমি ডাক গ্রহণের দায়িত্বে। গত সপ্তাহ থেকে "আগত ডাক" তালিকায় বারো-তেরোটা চিঠি ঝুলে আছে, খুলতে গেলে ঘুরতে থাকে, খোলে না। অন্য অফিসে ঠিক চলছে শুনলাম। আমাদের অফিসের কোনো সমস্যা কি?''',
'incoming dak will not open in e-Nothi')

P(S,'mixed','Kazi Nurun Nabi','nabi.ydo@inbox.test','Training er date?',
'''Sir, গত মাসে বলেছিলেন e-filing নিয়ে একটা ছোট training হবে উপজেলা পরিষদের হলরুমে। Youth Development office থেকে দুইজন যেতে চায়। Date টা ঠিক হয়েছে? আমাদের নাম লিখে রাখবেন প্লিজ: কাজী নুরুন নবী, মোঃ রাশেদ।''',
'asks date of e-filing training and enrols two staff')

P(S,'en','Nasrin Akter','nasrin.bank@mail.test','digital signature expired?',
'''Hello, when I try to approve a note it now says my signing certificate expired on 30 November. I never got any warning. How do I renew it and is it done through your office or Dhaka? The Upazila Engineer is waiting on three approvals.
Nasrin Akter, LGED Melandaha''',
'e-Nothi signing certificate expired')

P(S,'bn','রবিউল আউয়াল','robiul.secretary@mail.test','',
'''স্যার,
আদ্রা ইউনিয়ন পরিষদের সচিব বলছি। চেয়ারম্যান সাহেব বদলে যাওয়ার পর পুরনো চেয়ারম্যানের আইডিটা এখনো নথিতে সক্রিয়, তাঁর নামেই ফাইল যায়। নতুন চেয়ারম্যানকে যোগ করতে হবে আর পুরনোটা বন্ধ করতে হবে। প্রজ্ঞাপনের কপি অফিসে আছে।''',
'empty subject; swap chairman ID in e-Nothi')

P(S,'banglish','Sumi','sumi.sohokari@mail.test','note lekhar somoy bangla lekha jay na',
'''apa/vai, nothi te note likhte gele bangla type kora jay na, shudhu english ashe. onno software e bijoy diye likhte pari. ekhon ki korbo? amader sir bangla chara note neben na.
sumi, upazila nirbachon office''',
'cannot type Bangla in e-Nothi notes')

P(S,'mixed','Hafizur Rahman','hafiz.bridge@inbox.test','জেলা থেকে আসা চিঠি',
'''স্যার, জেলা প্রশাসকের কার্যালয় থেকে একটা চিঠি আমাদের অফিসে আসার কথা ছিল online এ, কিন্তু ওরা বলছে আমাদের অফিস তাদের list এ খুঁজে পাচ্ছে না — "Upazila Rural Development Office, Melandaha" নামে কিছু নেই। অফিসের নাম কি ভুল লেখা আছে system এ? একটু দেখবেন।
Hafizur Rahman, URDO''',
'office not found in e-Nothi directory by district')

P(S,'en','Ruma Akter','ruma.pso@example.org','help with the filing system',
'''Sir,
I'm the only person in the Upazila Social Service office who knows the e-filing system and I'm going on transfer next month. Could your office train two of my colleagues before I leave? They have never logged in. Also they don't have accounts yet I think.

Ruma''',
'wants e-Nothi accounts + training for colleagues')

P(S,'bn','মোঃ কামরুজ্জামান','kamruzzaman.ht@mail.test','বিষয়: ই-নথিতে বিদ্যালয়ের অফিস সৃজন প্রসঙ্গে',
'''বরাবর
উপজেলা আইসিটি অফিসার, মেলান্দহ।

বিষয়: ঝাউগড়া উচ্চ বিদ্যালয়ের অফিস ই-নথিতে সৃজন প্রসঙ্গে।

মহোদয়,
যথাবিহিত সম্মানপূর্বক নিবেদন এই যে, মাধ্যমিক শিক্ষা অফিস হতে সকল বিদ্যালয়ের পত্র যোগাযোগ অনলাইনে করার নির্দেশনা পাওয়া গেছে। কিন্তু আমাদের বিদ্যালয়ের কোনো অফিস আইডি নেই। প্রয়োজনীয় কাগজপত্রসহ কোথায় আবেদন করতে হবে তা জানালে কৃতজ্ঞ থাকিব।

বিনীত
প্রধান শিক্ষক''',
'formal: school needs an office created in e-Nothi')

P(S,'banglish','Rubel','rubel.ac.land@mail.test','',
'''vai nothi te amar sob file "nishponno" dekhay, kintu ami to kichui nishponno kori nai. vul kore ki button chap disi? 14 ta file. ferot ana jay?''',
'empty subject; files wrongly marked disposed in e-Nothi')

P(S,'mixed','Sultana Razia','sultana.r@inbox.test','guard file',
'''Sir, সরকারি পরিপত্রগুলো আমরা আলাদা করে রাখতে চাই যাতে পরে খুঁজে পাই। শুনেছি নথির মধ্যে "গার্ড ফাইল" বলে একটা জিনিস আছে। এটা কীভাবে বানায় আর কারা দেখতে পায়, একটু বুঝিয়ে দেবেন? upazila livestock office থেকে।''',
'how to use guard file in e-Nothi')

P(S,'en','A. K. M. Mahbub','mahbub.ulao@example.com','Notes show in wrong order',
'''Dear sir, in one of our nothis the notes are now showing 1, 2, 3, then 7, then 4... and the onucched numbers repeat. The AC Land wants a clean file before sending to the district. Is there any fix or should we start a new nothi and copy everything? Please advise.
Mahbub, Union Land Office, Durmut''',
'e-Nothi note numbering jumbled')
