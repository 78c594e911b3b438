from common import P
S = 'web-portal'

P(S,'bn','মোঃ আব্দুল করিম','ak.secretary.mahmudpur@mail.test','ভিজিডি তালিকার নোটিশ',
'''আসসালামু আলাইকুম।
গত মাসে আমাদের মাহমুদপুর ইউনিয়নের সাইটে ভিজিডি উপকারভোগীদের তালিকার যে নোটিশটা তোলা হয়েছিল, সেখানে যাচাইয়ের তারিখ এখনো ১৫ নভেম্বর দেখাচ্ছে। তারিখ পিছিয়ে ২২ ডিসেম্বর হয়েছে, মানুষ ফোন করে জিজ্ঞেস করছে। নতুন তারিখসহ নোটিশটা বদলে দেওয়া যায় কিনা দেখবেন।

আব্দুল করিম
সচিব, ৩ নং মাহমুদপুর ইউনিয়ন পরিষদ''',
'union site notice shows an outdated date; needs the portal notice changed')

P(S,'en','Farhana Yasmin','farhana.yasmin@inbox.test','Our school page',
'''Dear Sir,

I am writing on behalf of Melandaha Pilot Girls' High School. When parents search for us they land on the school's government page, and it still introduces Mr. Nurul Islam as headmaster. He retired in June and Mrs. Shirin Akter has been in charge since July. Parents are confused about whom to contact.

Could the page be brought up to date? I can send her photo and the joining order.

Regards,
Farhana Yasmin
Assistant Teacher (ICT)''',
'school government page still shows retired headmaster')

P(S,'banglish','Rashedul','rashed.jhaugara@mail.test','union er site',
'''assalamualaikum bhai,
amader jhaugara union er site e dhukle chairman er chobi ta ekhono ager chairman er dekhay. notun chairman shaheb shopoth niyechen 3 mash holo. uni nijei bollen apnader sathe jogajog korte. chobi ar nam ta ki change kore dewa jabe? chobi ami pathay dibo.
Rashedul, UDC Jhaugara er pash theke likhchi''',
'union portal shows previous chairman photo; sender near the UDC but request is portal')

P(S,'mixed','Principal, Melandaha Degree College','principal.mdc@college.test','Admission notice link kaj korche na',
'''Sir,
আমাদের কলেজের page এ "ভর্তি বিজ্ঞপ্তি ২০২৬-২৭" লেখা link টাতে click করলে "Page not found" আসছে। ছাত্রছাত্রীরা ফোন দিয়ে বলছে তারা notice টা পাচ্ছে না। PDF টা এই মেইলের সাথে দিলাম, দয়া করে ঠিক জায়গায় বসিয়ে দিন।

অধ্যক্ষ
মেলান্দহ ডিগ্রি কলেজ''',
'broken admission notice link on college page; PDF attached', style='pdf', fname='vorti-biggopti-2026.pdf')

P(S,'bn','সৈয়দা নাসরিন সুলতানা','nasrin.s@mail.test','বিষয়: বিদ্যালয়ের শিক্ষক তালিকা সংশোধন প্রসঙ্গে',
'''বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: বিদ্যালয়ের তথ্য বাতায়নে শিক্ষক-কর্মচারীদের তালিকা সংশোধন প্রসঙ্গে।

জনাব,
সবিনয় নিবেদন এই যে, আমি কুলিয়া সরকারি প্রাথমিক বিদ্যালয়ের প্রধান শিক্ষক। বিদ্যালয়ের বাতায়নে প্রদর্শিত শিক্ষক তালিকায় বদলি হয়ে যাওয়া দুইজন শিক্ষকের নাম রয়ে গেছে এবং নতুন যোগদানকৃত তিনজনের নাম নেই। হালনাগাদ তালিকা সংযুক্ত করা হলো।

অতএব, মহোদয়ের নিকট বিনীত প্রার্থনা এই যে, উক্ত তালিকাটি সংশোধনের ব্যবস্থা গ্রহণ করিতে আজ্ঞা হয়।

বিনীত
সৈয়দা নাসরিন সুলতানা
প্রধান শিক্ষক, কুলিয়া সপ্রাবি''',
'formal letter: teacher list on school portal needs correction', style='pdf', fname='shikkhok-talika.pdf')

P(S,'en','Md. Habibur Rahman','habib.adra@example.net','',
'''Hello,

Someone told me that the phone number given for the Adra Union Parishad on the website belongs to a man in Sherpur now, he is getting all our calls and is angry. The old number was given up last year. The current office mobile is 017XX-XXXXXX (I'll give the full number by phone). Can that be changed on the site?

Habibur Rahman
Adra UP office assistant''',
'empty subject; wrong contact number on union portal')

P(S,'banglish','Mst. Rokeya Begum','rokeya.fulkocha@mail.test','photo gallery',
'''Sir, fulkocha union er website er photo gallery te 2019 er bonna'r chobi chara r kichu nai. amra gotokal bijoy dibosh er onusthan korechi, 6 ta chobi attach korlam. egula ki oikhane uthano jay? r purono bonna'r chobi gula rakhle o somossa nai.
dhonnobad
Rokeya, UP member (sangrokkhito)''',
'asks to add new photos to union portal gallery; jpeg attached', style='jpg', fname='bijoy-dibosh-1.jpg')

P(S,'mixed','Nazmul Hasan','nazmul.nangla@inbox.test','Re: nangla union info',
'''Bhaiya, গতবার ফোনে বলেছিলাম — Nangla union এর site এ "ইউনিয়নের ইতিহাস" অংশে লেখা আছে ইউনিয়নটা নাকি ১৯৭৮ সালে হয়েছে, আসলে ১৯৬২। আর গ্রামের list এ "পশ্চিম নাংলা" আর "চরপাড়া" বাদ পড়েছে। এলাকার মুরুব্বিরা বেশ মনোক্ষুণ্ণ। একটু ঠিক করে দেওয়া যায়? 

Nazmul, Nangla''',
'wrong history and missing villages on union portal page')

P(S,'bn','আলহাজ্ব মোজাম্মেল হক','mozammel.madrasa@mail.test','মাদ্রাসার পাতায় ভুল',
'''জনাব,
আমাদের দুরমুট দাখিল মাদ্রাসার সরকারি পাতায় প্রতিষ্ঠানের EIIN নম্বরের এক অংক ভুল লেখা। বোর্ডের কাজে অভিভাবকরা সেখান থেকে নম্বর তুলে ফরম পূরণ করে ভুল করছেন। সঠিক EIIN: ১১৪৮৯৭। মেহেরবানি করে সংশোধন করবেন।
সুপার, দুরমুট দাখিল মাদ্রাসা''',
'wrong EIIN on madrasa portal page')

P(S,'en','Tania Sultana','tania.s@example.org','Why does the upazila page still say Covid vaccine centre?',
'''Hi,
I was looking for the office hours of the Upazila Health Complex and the Melandaha upazila site sends me to a Covid vaccination centre notice from 2021 as the first thing on the page. Is anybody updating that page? It would be nice if the old banner was removed and the real visiting hours shown. I'm just a resident, not sure if this is your job, sorry if not.
Tania''',
'citizen complaint: outdated banner on upazila portal, phrased as a question')

P(S,'banglish','Shahin Alam','shahin.ghosherpara@mail.test','',
'''vai amader ghosherpara union parishad er site er "sheba" page e jonmo nibondhon er fee ekhono 25 taka lekha, kintu sarkari notun hisab e 50 taka. manush eshe jhogra kore. eta ki apnara thik kore dite parben naki amra nijera kori? amra to password jani na.
shahin, ward sochib''',
'empty subject; fee info on union portal outdated; no password')

P(S,'mixed','Anjuman Ara','anjuman.shyampur@inbox.test','সিটিজেন চার্টার আপলোড',
'''আসসালামু আলাইকুম স্যার,
Shyampur ইউনিয়নের নতুন সিটিজেন চার্টার ছাপানো হয়েছে, দেওয়ালে টাঙানোও হয়ে গেছে। কিন্তু online এ এখনো 2022 এর version টা দেখাচ্ছে। নতুন file টা attach করলাম, পুরনোটা সরিয়ে এটা দিলে ভালো হয়।
আঞ্জুমান আরা
প্রশাসনিক কর্মকর্তা''',
'new citizen charter file should replace old on union portal', style='pdf', fname='citizen-charter-shyampur.pdf')

P(S,'bn','মোঃ জাহাঙ্গীর আলম','jahangir.charbani@mail.test','চর বানিপাকুরী ইউনিয়ন',
'''স্যার,
আমি চর বানিপাকুরী ইউনিয়নের উদ্যোক্তা নই, সাধারণ বাসিন্দা। ইউনিয়নের নামে যে সরকারি ওয়েবসাইট আছে সেখানে চেয়ারম্যান ও মেম্বারদের মোবাইল নম্বরের ঘর ফাঁকা। বন্যার সময় কাকে ফোন দেব বুঝতে পারি না। নম্বরগুলো ওখানে থাকলে মানুষের খুব উপকার হতো। ইউপি অফিস বলেছে আপনাদের জানাতে।
জাহাঙ্গীর''',
'contact numbers missing on union portal')

P(S,'en','Sharmin Akter','sharmin.akter@college.test','page for our new institution',
'''Assalamu alaikum,
Melandaha Technical and Business Management College got its MPO this year but when I search for the college on the district portal there is no page for us at all, only the old school next door. The governing body has asked me to find out how we get a page like the other colleges have, with our notices and teacher list. Whatever documents are needed, I can bring them to your office.

Sharmin Akter
Lecturer, Computer Operation''',
'wants a new institution page created on the portal')

P(S,'banglish','Moni','moni.kulia@mail.test','notice ta vul',
'''assalamualaikum. kulia high school er page e SSC test exam er routine dise, kintu oita class 9 er routine, vul kore dewa hoise. bacchara confused. headsir bollen ICT office k mail dite. routine er sothik kopi ta school theke pathano hobe.
Moni akter, class teacher''',
'wrong exam routine posted on school page')

P(S,'mixed','Mizanur Rahman','mizan.durmut@inbox.test','বিজ্ঞপ্তি',
'''ভাই, দুরমুট ইউনিয়নের website এর scrolling notice এ এখনো "ইউপি নির্বাচনের মনোনয়নপত্র জমার শেষ তারিখ" ঘুরছে, অথচ নির্বাচন শেষ হয়েছে কবে! ওটার জায়গায় এবারের শীতবস্ত্র বিতরণের তারিখটা দিলে মানুষ জানতে পারবে। তারিখ: ১৮ ডিসেম্বর, সকাল ১০টা, পরিষদ চত্বর।''',
'scrolling notice on union portal outdated; new notice text given')

P(S,'bn','তাহমিনা','tahmina.melandaha@mail.test','ছবি সরানোর অনুরোধ',
'''শ্রদ্ধেয় মহোদয়,
মেলান্দহ উপজেলার সাইটে "নারী উন্নয়ন মেলা" শিরোনামের খবরে আমার মেয়ের একটা ছবি আছে, আমরা অনুমতি দিইনি। মেয়েটার বয়স চৌদ্দ। আত্মীয়রা স্ক্রিনশট নিয়ে ছড়াচ্ছে। ছবিটা কি নামিয়ে ফেলা যায়? খুব দুশ্চিন্তায় আছি।
তাহমিনা বেগম, পৌর এলাকা''',
'asks to remove a photo from upazila portal news item')

P(S,'en','Abu Sayeed','abu.sayeed@example.com','Staff list at Jhaugara land office page',
'''Sir,
I joined as Union Land Assistant Officer at Jhaugara on 3 November. On the office page under the upazila site the staff table still has my predecessor's name and mobile, so people keep calling him in Sarishabari. Kindly replace it with my details:
Abu Sayeed, ULAO, Jhaugara Union Land Office.
Thank you.''',
'staff list update on an office page of the portal')

P(S,'banglish','Jubayer Hossain','jubayer.adra@mail.test','site khulche na',
'''Apnader office theke amra shunechilam je Adra High School er page ta ache. kintu link e click korle khali sada page ashe, kichu load hoy na. 2 din dhore emon. amader result ekhane dewar kotha. ektu dekhben ki holo?''',
'school page shows blank page; complaint phrased indirectly')

P(S,'mixed','হেলেনা পারভীন','helena.p@inbox.test','Union Parishad er budget',
'''স্যার সালাম নিবেন। Fulkocha UP এর ২০২৬-২৭ অর্থবছরের বাজেট সভায় পাশ হয়েছে। নিয়ম অনুযায়ী এটা public করতে হয়। আমাদের site এ "বাজেট" নামে কোনো জায়গাই দেখছি না। Budget এর scan copy আছে। কোথায় কিভাবে তুললে ঠিক হবে, বা আপনারা কি তুলে দেবেন? 
হেলেনা পারভীন, ইউপি সচিব (অতিরিক্ত দায়িত্ব)''',
'wants budget document published on union portal; asks how')

P(S,'bn','রফিকুল ইসলাম','rafiq.hs@mail.test','',
'''মাহমুদপুর উচ্চ বিদ্যালয়ের প্রধান শিক্ষক বলছি। আমাদের বিদ্যালয়ের পাতায় স্কুলের ছবির জায়গায় অন্য কোনো স্কুলের ছবি — সাদা দোতলা ভবন, আমাদেরটা লাল ইটের তিনতলা। কে কবে দিয়েছে জানি না। আসল ছবি পাঠাচ্ছি।''',
'empty subject; wrong building photo on school page; jpeg', style='jpg', fname='school-bhobon.jpg')

P(S,'en','Kamrun Nahar','kamrun@example.org','',
'''Good afternoon. The "Important links" section on the Melandaha upazila portal still points to an old online form site that no longer exists, it shows some casino advertisement now! Students clicked on it in my class. Please remove or fix that link as early as possible.
Kamrun Nahar, teacher''',
'empty subject; a link on upazila portal points to a dead/hijacked site')

P(S,'banglish','Alamgir','alamgir.shyampur@mail.test','Shyampur UP notice',
'''bhai, shyampur UP theke likhtesi. amader portal e "tender bigyopti" boshate hobe, kal er moddhe. ager bar apnara boshaye dichilen. ebar ki vabe pathabo? word file ache, pdf o kora jabe.''',
'tender notice to be posted on union portal urgently')

P(S,'mixed','Dilruba Khanam','dilruba.k@college.test','Teacher profile photos',
'''Sir, Melandaha Govt. College er website এ শিক্ষকদের profile এ ছবি নাই, শুধু নাম। Principal স্যার চান সবার ছবি আর পদবি থাকুক। ৩২ জনের ছবি zip করে পাঠাবো, নাকি Google Drive এর মতো কিছুতে দেব? কীভাবে আপনাদের সুবিধা বলবেন।
Dilruba Khanam, Lecturer (Bangla)''',
'add teacher photos to college page; asks how to send')

P(S,'bn','শামসুন নাহার','shamsun.char@mail.test','বিষয়: তথ্য বাতায়নে মুক্তিযোদ্ধা তালিকা',
'''বরাবর,
উপজেলা আইসিটি অফিসার, মেলান্দহ।

বিষয়: ইউনিয়ন তথ্য বাতায়নে বীর মুক্তিযোদ্ধাদের তালিকায় নাম অন্তর্ভুক্তি প্রসঙ্গে।

সবিনয় নিবেদন এই যে, ঘোষেরপাড়া ইউনিয়নের বাতায়নে প্রদর্শিত মুক্তিযোদ্ধা তালিকায় আমার প্রয়াত পিতা বীর মুক্তিযোদ্ধা মোঃ সোহরাব আলীর নাম নেই, যদিও তাঁর গেজেট নম্বর রয়েছে। গেজেটের কপি সংযুক্ত করা হলো।

অতএব বিনীত অনুরোধ, তালিকায় নামটি যুক্ত করার প্রয়োজনীয় ব্যবস্থা গ্রহণ করিবেন।

বিনীত নিবেদক
শামসুন নাহার''',
'add a freedom fighter name to union portal list; formal', style='pdf', fname='gazette.pdf')

P(S,'en','Rajib Das','rajib.das@inbox.test','the page says we are closed',
'''Hello ICT office,
The upazila livestock office's page (under your upazila site) says our artificial insemination point at Nangla is "closed till further notice". That was during the anthrax scare, it reopened in August. Farmers see it and don't come. Could someone take that line down?
Rajib Das, AI technician''',
'outdated closure notice on an office page of the upazila portal')

P(S,'banglish','Nasima','nasima.mahmudpur@mail.test','',
'''salam, ami Mahmudpur union er mohila member. amar nam er banan vul lekha ache union er website e — "Nasima Khatun" er bodole "Nasma Katun". ektu thik kore diben? amar chele dekhiye dilo.''',
'empty subject; name misspelled on union portal')

P(S,'mixed','Ashraful Alam','ashraful.ps@mail.test','প্রাথমিক বিদ্যালয়ের পাতা',
'''Dear sir, পূর্ব কুলিয়া সরকারি প্রাথমিক বিদ্যালয়ের কোনো page খুঁজে পাচ্ছি না, অথচ পাশের পশ্চিম কুলিয়ার আছে। উপজেলা শিক্ষা অফিস বলেছে ICT office এ যোগাযোগ করতে। আমাদের তথ্য (স্থাপিত ১৯৭৩, ছাত্রছাত্রী ২১৪ জন, শিক্ষক ৫ জন) দিয়ে একটা page হয় কিনা জানাবেন।
Ashraful Alam, HT (in-charge)''',
'primary school has no portal page; wants one made')

P(S,'bn','মাহবুবা ইয়াসমিন','mahbuba.y@mail.test','সেবা প্রদান প্রতিশ্রুতির পাতায় পুরনো ফোন নম্বর',
'''আসসালামু আলাইকুম। উপজেলা মহিলা বিষয়ক অফিসের পাতায় কর্মকর্তার যে টেলিফোন নম্বর দেওয়া, ওটা বিটিসিএলের পুরনো লাইন, কয়েক বছর ধরে বন্ধ। কেউ ভাতার খোঁজ নিতে গিয়ে ফোন দিয়ে পায় না। বর্তমান নম্বর অফিসে জমা দিয়ে এসেছি, আপনারা পাতায় বসিয়ে দিলে কৃতজ্ঞ থাকব।''',
'dead phone number on an office page of upazila portal')

P(S,'en','Hasan Mahmud','hasan.m@example.net','question',
'''Is there a way to get the result of the Upazila Primary Scholarship exam put on the school pages instead of only on the notice board? Last year parents from the char villages had to travel in for it. Our school (Char Banipakuri GPS) has a page but I don't know who can add things to it. Thanks.''',
'asks to post results on school page; vague question form')
