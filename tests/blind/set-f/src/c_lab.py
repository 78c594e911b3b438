from common import P
S = 'digital-lab'

P(S,'en','Mahmuda Khatun','mahmuda.kgs@mail.test','Tuesday class',
'''Dear Sir,
I teach ICT at Kulia Girls' High School. Half the machines in the room the students use on Tuesdays won't start any more: the power light comes on and then nothing. It started after the storm last week. We have 17 desktops and 9 are dead now, so the girls sit three to one screen. Is there someone who can come and check them?

Mahmuda Khatun''',
'half of school computer-lab PCs dead after storm (indirect)')

P(S,'bn','মোঃ নজরুল ইসলাম','nazrul.ht.nangla@mail.test','বিষয়: শেখ রাসেল ডিজিটাল ল্যাবের ইন্টারনেট সংযোগ প্রসঙ্গে',
'''বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: শেখ রাসেল ডিজিটাল ল্যাবের ইন্টারনেট সংযোগ বিচ্ছিন্ন থাকা প্রসঙ্গে।

জনাব,
সবিনয় নিবেদন এই যে, নাংলা উচ্চ বিদ্যালয়ে স্থাপিত শেখ রাসেল ডিজিটাল ল্যাবের ইন্টারনেট সংযোগ গত দুই মাস যাবৎ বিচ্ছিন্ন। সংযোগদাতা প্রতিষ্ঠান বিল বকেয়ার কথা বলছে, অথচ বিল পরিশোধের দায়িত্ব কার তা আমাদের জানা নেই। ফলে শিক্ষার্থীরা অনলাইন ক্লাস ও ফ্রিল্যান্সিং প্রশিক্ষণ থেকে বঞ্চিত হচ্ছে।

অতএব, বিষয়টি সরেজমিনে দেখে প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য বিনীত অনুরোধ জানাচ্ছি।

বিনীত
মোঃ নজরুল ইসলাম
প্রধান শিক্ষক''',
'formal letter: Sheikh Russel lab internet cut')

P(S,'banglish','Sohel','sohel.ict.teacher@mail.test','projector',
'''sir amader school er multimedia class room er projector ta on korle khali blue dekhay, laptop connect korleo kichu ashe na. cable change kore dekhechi. kal inspection ache, TEO sir ashben. ki korbo? Mahmudpur Model School.''',
'multimedia classroom projector shows only blue')

P(S,'mixed','Parvin Sultana','parvin.s@inbox.test','ল্যাবের কম্পিউটারে Windows',
'''স্যার, আমাদের Shyampur High School এর ল্যাবের কম্পিউটারগুলোতে প্রতিবার চালু করলে "Windows is not genuine" লেখা আসে আর কিছুক্ষণ পর screen কালো হয়ে যায়। Students রা practical করতে পারে না। কেউ কি install ঠিক করে দিতে পারবেন?
Parvin Sultana, সহকারী শিক্ষক (আইসিটি)''',
'school lab PCs show Windows activation problem')

P(S,'bn','আবুল কালাম আজাদ','kalam.azad.college@mail.test','',
'''আমাদের মেলান্দহ সরকারি কলেজে নতুন ল্যাবের জন্য ৩০টা ল্যাপটপ এসেছে বাক্সসহ। কিন্তু কক্ষে টেবিল, বৈদ্যুতিক লাইন, নেটওয়ার্ক কিছুই প্রস্তুত নয়। কীভাবে সাজালে ভালো হয়, কত অ্যাম্পিয়ারের লাইন লাগবে, কেউ এসে একবার দেখলে আমরা সেইমতো কাজ করাব।
আবুল কালাম আজাদ, উপাধ্যক্ষ''',
'empty subject; new college lab setup advice/visit')

P(S,'en','Shakil Ahmed','shakil.ahmed@example.org','The room with the computers',
'''Hello,
My son is in class eight at Durmut High School. The students told us that the computer room has been locked since the ICT teacher left in September and the head sir says nobody else knows how to run it. Children are paying for coaching to learn basic computer instead. Is there any training so one of the other teachers can take over? I am just a worried guardian.
Shakil Ahmed''',
'guardian: school lab unused because no trained teacher; asks for teacher training')

P(S,'banglish','Rina Akter','rina.madrasa@mail.test','lab er UPS',
'''salam. amader Fulkocha Alim madrasa r lab er UPS gula theke tit tit awaz hoy r current gele sathe sathe computer bondho hoye jay. 10 ta UPS er moddhe 8 ta. battery ki change korte hobe? kon jaygay bolbo?''',
'madrasa lab UPS batteries failing')

P(S,'mixed','Abdul Hannan','hannan.hs@inbox.test','Lab teacher training কবে?',
'''Dear Sir, শুনলাম ডিজিটাল ল্যাবের শিক্ষকদের জন্য নতুন একটা ৫ দিনের training হবে। আমাদের স্কুলের (Adra B.L. High School) ল্যাবের দায়িত্বে থাকা শিক্ষক এখনো কোনো training পাননি। তাঁর নাম কি তালিকায় দেওয়া যায়? নাম: মোঃ সাদ্দাম হোসেন, mobile অফিসে দিয়ে আসব।''',
'nominate lab teacher for digital-lab training')

P(S,'bn','সুরাইয়া পারভীন','suraiya.p@mail.test','ল্যাবে ভাইরাস',
'''স্যার, আমাদের বিদ্যালয়ের ল্যাবের প্রায় সব কম্পিউটারে পেনড্রাইভ লাগালেই সব ফাইল শর্টকাট হয়ে যায়, আর বাচ্চাদের প্রজেক্ট ফাইল খুলছে না। কম্পিউটারগুলো খুব ধীরও হয়ে গেছে। ঘোষেরপাড়া সরকারি উচ্চ বিদ্যালয়। কেউ এসে পরিষ্কার করে দিতে পারলে উপকার হতো।''',
'school lab PCs infected (shortcut virus); lab maintenance')

P(S,'en','Monowar Hossain','monowar.h@example.net','',
'''Sir, the wifi router in our school's lab was stolen during the Puja holidays along with two mice. The police GD is done. The lab computers are fine but without the router nothing connects. Is replacement something the ICT office arranges for Sheikh Russel labs or must the school buy it?
Monowar Hossain, Headmaster, Char Banipakuri High School''',
'empty subject; lab router stolen, asks about replacement')

P(S,'banglish','Tanvir','tanvir.class10@mail.test','amader school er computer',
'''assalamualaikum sir. ami Jhaugara high school er class 10 er chatro. amader computer lab e 20 ta computer er moddhe 6 ta chole. baki gula te dhula jomche. amra ICT practical exam er age practice korte pari na. sir der bolle bole "upor theke thik hobe". apnara ki kichu korte paren? amar nam bolben na pls.''',
'student complaint: most lab computers not working')

P(S,'mixed','Nargis Akter','nargis.teacher@inbox.test','Smart board কাজ করছে না',
'''স্যার, গত বছর আমাদের Kulia Primary School এর multimedia classroom এ যে interactive board দিয়েছিল, তার touch আর কাজ করে না — pen দিয়ে লিখলে অন্য জায়গায় দাগ পড়ে। Calibrate করার option খুঁজে পাইনি। ক্লাস ৩ এর বাচ্চারা খুব পছন্দ করত এটা। কেউ একটু দেখিয়ে দেবেন?''',
'multimedia classroom interactive board touch miscalibrated')

P(S,'bn','মোঃ হারুন অর রশিদ','harun.ht@mail.test','কম্পিউটার ল্যাবের চাবি ও দায়িত্ব',
'''জনাব,
মাহমুদপুর দাখিল মাদ্রাসায় কম্পিউটার ল্যাবের দায়িত্বপ্রাপ্ত শিক্ষক বদলি হয়ে যাওয়ার সময় ল্যাবের কম্পিউটারগুলোর পাসওয়ার্ড কাউকে দিয়ে যাননি। এখন কোনো কম্পিউটারে ঢোকা যাচ্ছে না। এগুলো খোলার উপায় কী? সরকারি মালামাল, ভয়ে নিজেরা কিছু করছি না।
সুপার''',
'lab PC passwords lost after lab teacher transfer')

P(S,'en','Rowshan Ara','rowshan.ara@college.test','Internet in the lab is very slow',
'''Dear ICT office,
At Nangla Degree College the lab internet crawls: 40 students, one line, and videos for the freelancing course buffer forever. We are told the line is 5 Mbps. Can it be upgraded under the lab programme, or can you advise how to share it better between machines?
Rowshan Ara, Lecturer in ICT''',
'college lab internet too slow; upgrade/advice')

P(S,'banglish','Mukul','mukul.pti@mail.test','',
'''sir amra Durmut girls school. lab er jonno 2023 e 17 ta laptop peyechilam, ekhon 5 tar charger nosto, 3 tar battery fule gese. warranty ache kina jani na, kagoj khuje pacchi na. kar kache jabo? apnara ki list ta dekhe bolte parben?''',
'empty subject; lab laptops chargers/batteries faulty, warranty question')

P(S,'mixed','Md. Rezaul Karim','rezaul.k@inbox.test','ল্যাবের জন্য আবেদন',
'''স্যার, আমাদের Ghosherpara Girls Dakhil Madrasa তে এখনো কোনো computer lab নেই। ৪৫০ জন ছাত্রী। আশেপাশের সব স্কুলে Sheikh Russel lab হয়ে গেছে। আমরা কীভাবে আবেদন করব, কোন কাগজ লাগবে? Room আমরা দিতে পারব।
মোঃ রেজাউল করিম, সুপার''',
'madrasa wants a digital lab; how to apply')

P(S,'bn','শিরিন আক্তার','shirin.akter.gps@mail.test','',
'''আসসালামু আলাইকুম। আমাদের বিদ্যালয়ের মাল্টিমিডিয়া ক্লাসরুমের ল্যাপটপটা চার্জ নেয় না, সাউন্ডও আসে না। আমরা প্রজেক্টরে কবিতার ভিডিও দেখাতাম। এখন শুধু বই। কারো কাছে দেখাতে নিয়ে আসতে চাই, কবে আসব জানালে ভালো হয়।
শিরিন আক্তার, সহকারী শিক্ষক, পশ্চিম কুলিয়া সপ্রাবি''',
'empty subject; multimedia classroom laptop no charge/sound')

P(S,'en','Jahid Hasan','jahid.hasan@example.com','lab furniture and wiring',
'''Hello, a short one. In our school lab at Fulkocha the electrical sockets near the back row spark when the students plug in. We stopped using that row. I don't want a child to get hurt. Could the lab programme people inspect the wiring? We are Fulkocha High School, the lab is on the first floor.''',
'sparking sockets in school lab; inspection')

P(S,'banglish','Lipi','lipi.teacher@mail.test','bachader typing class',
'''apa, amader school er lab e bangla typing shekhate chai, kintu computer e bangla font o nai, keyboard o english. kon software install korle bachara shikhte parbe? r keyboard e sticker lagale hobe? Melandaha Pilot High School.''',
'lab needs Bangla typing software setup for students')

P(S,'bn','মো: ইসমাইল হোসেন','ismail.h@mail.test','বিষয়: মাল্টিমিডিয়া প্রজেক্টর মেরামত প্রসঙ্গে',
'''বরাবর,
উপজেলা আইসিটি অফিসার, মেলান্দহ।

বিষয়: বিদ্যালয়ের মাল্টিমিডিয়া শ্রেণিকক্ষের প্রজেক্টর মেরামত প্রসঙ্গে।

মহোদয়,
বিনীত নিবেদন এই যে, শ্যামপুর দাখিল মাদ্রাসার মাল্টিমিডিয়া শ্রেণিকক্ষের প্রজেক্টরটি চালু করার কিছুক্ষণ পর বন্ধ হয়ে যায় এবং লাল বাতি জ্বলতে থাকে। প্রতিষ্ঠানের নিজস্ব তহবিলে মেরামতের সামর্থ্য নেই। 

অতএব, প্রজেক্টরটি মেরামতের ব্যবস্থা গ্রহণে আপনার সদয় সহযোগিতা কামনা করছি।

নিবেদক
মো: ইসমাইল হোসেন
সুপারিনটেনডেন্ট''',
'formal: multimedia projector repair')

P(S,'mixed','Asma Ul Husna','asma.husna@inbox.test','Lab এর class routine',
'''Sir, আমাদের school এ lab একটা কিন্তু class 6 থেকে 10 সবার ICT আছে। সব section কে কীভাবে ভাগ করে lab ব্যবহার করানো যায়, অন্য স্কুলগুলো কী করে? আর lab এ একসাথে কয়জন বসানো ঠিক? একটা guideline পেলে ভালো হয়।
Asma, Nangla Girls High School''',
'asks guidance on scheduling school lab use')

P(S,'en','Delwar Hossain','delwar.h@example.org','',
'''Sir, the network cable in our madrasa's lab was chewed by rats over the holidays. Now only the two PCs near the router get internet. Do we just buy a new cable ourselves or does someone from your side come and lay it properly? We don't know what type to buy.
Delwar, lab assistant, Kulia Kamil Madrasa''',
'empty subject; lab network cable damaged')

P(S,'banglish','Habib','habib.teacher@mail.test','Sheikh Russel lab er computer nosto',
'''Sir, salam niben. Shyampur union er B.N. High School er Sheikh Russel lab er 3 ta computer er monitor e lomba lomba dag ashe, r 2 tar keyboard er onek button kaj kore na. List korlam. kivabe thik korabo?''',
'lab monitors lined, keyboards broken')

P(S,'bn','ফারজানা হক','farzana.haque@mail.test','শিক্ষার্থীদের নিরাপদ ইন্টারনেট',
'''স্যার,
আমাদের কলেজের কম্পিউটার ল্যাবে ছাত্ররা ক্লাসের ফাঁকে নানা আজেবাজে সাইটে ঢুকে পড়ে, একজন অভিভাবক অভিযোগও করেছেন। ল্যাবের কম্পিউটারগুলোতে কীভাবে এসব বন্ধ রাখা যায়? রাউটারে কিছু করা যায় কি? কেউ এসে সেট করে দিলে ভালো হয়।
ফারজানা হক, প্রভাষক, মেলান্দহ মহিলা কলেজ''',
'content filtering in college lab')

P(S,'en','Ruhul Amin','ruhul.amin@mail.test','Help with the lab inventory',
'''Dear Sir,
The district education office wants an inventory of every item in our Sheikh Russel Digital Lab with serial numbers by the 20th. Half the labels have peeled off. Is there a master list from when the lab was installed? Ours is Adra Girls High School.
Ruhul Amin, AHT''',
'needs lab equipment inventory/serial list')

P(S,'mixed','Sharmin Sultana','sharmin.s@inbox.test','Robotics kit',
'''স্যার, lab এর সাথে যে robotics kit এর বাক্স এসেছিল সেটা এখনো খোলা হয়নি, কারণ কেউ জানে না কী করতে হয়। ছেলেমেয়েরা খুব আগ্রহী। Teacher দের জন্য কোনো demo বা ছোট training কি করা যায়? Mahmudpur High School.''',
'lab robotics kit unused; teacher training request')

P(S,'banglish','Shamim','shamim.cl@mail.test','',
'''vai amader kolej er lab er server computer ta on hoy na, ota dia sob computer e exam software cholto. test exam 3 din por. ekhon ki korbo? kulia college.''',
'empty subject; college lab server down before exam')

P(S,'bn','নাছিমা বেগম','nasima.gps@mail.test','ল্যাপটপ চুরি হয়েছে',
'''জনাব, 
চর বানিপাকুরী সরকারি প্রাথমিক বিদ্যালয়ের ডিজিটাল কনটেন্ট দেখানোর জন্য যে ল্যাপটপ ও স্পিকার দেওয়া হয়েছিল তা গত রাতে চুরি হয়ে গেছে। থানায় জিডি করেছি। শ্রেণিকক্ষের মাল্টিমিডিয়া কার্যক্রম বন্ধ। এখন কী করণীয় এবং নতুন পাওয়ার কোনো সুযোগ আছে কি?
নাছিমা বেগম, প্রধান শিক্ষক''',
'multimedia classroom laptop stolen; what next')

P(S,'en','Aminul Islam','aminul.i@example.net','photos of the lab',
'''Sir, sending you photos of our lab. You can see water coming down the wall near the PCs since the rains; two machines are already covered with plastic. The school can fix the roof but we need the computers moved and checked. Kulia High School.''',
'lab water leak; machines need moving/checking; jpg attached', style='jpg', fname='lab-wall.jpg')

P(S,'mixed','Mst. Shahana','shahana.m@inbox.test','ICT teacher নেই',
'''আসসালামু আলাইকুম। আমাদের Ghosherpara High School এ ICT এর কোনো শিক্ষক নেই, বাংলার শিক্ষক lab চালান। উনি নিজেই বলেন ঠিকমতো জানেন না। Upazila থেকে lab teacher দের যে training দেওয়া হয়, সেখানে উনাকে নেওয়া যায়? নাম: জনাব মনিরুজ্জামান।''',
'lab run by untrained teacher; requests training slot')
