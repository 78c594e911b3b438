"""Family 1: plain genuine requests, 30 per service. Each entry carries its label."""


def P(svc, lang, shape0, frm, subj, body, note, **kw):
    d = dict(family="plain", svc=svc, disp="new", ack="yes", lang=lang, shape=shape0,
             frm=frm, subj=subj, body=body, note=note)
    d.update(kw)
    return d


WEB = [
    P("web-portal", "bn", "p8", "মোঃ আবুল কালাম <kalam.upsec@melandaha-up.test>",
      "নোটিশ বোর্ডে নতুন নোটিশ দেওয়া প্রসঙ্গে",
      """জনাব,
আসসালামু আলাইকুম। ঝাউগড়া ইউনিয়ন পরিষদের ওয়েবসাইটের নোটিশ বোর্ডে আগামী ১৫ ডিসেম্বরের ভিজিডি কার্ড বিতরণের নোটিশটি দিতে চাচ্ছি। আমরা নিজেরা লগইন করতে পারছি না, পাসওয়ার্ড ভুলে গেছি। নোটিশের কপি সংযুক্ত না করে নিচে লিখে দিলাম:

"আগামী ১৫/১২/২০২৬ তারিখ সকাল ১০টায় ইউনিয়ন পরিষদ চত্বরে ভিজিডি কার্ড বিতরণ করা হবে।"

দয়া করে তুলে দিলে উপকৃত হব।

মোঃ আবুল কালাম
সচিব, ঝাউগড়া ইউনিয়ন পরিষদ""",
      "UP secretary asks to post a VGD notice on the union website"),
    P("web-portal", "bn", "qp", "রাশেদা পারভীন <rasheda.hm@school.example.org>",
      "আমাদের বিদ্যালয়ের পাতায় ভুল তথ্য",
      """স্যার,
মেলান্দহ পাইলট বালিকা উচ্চ বিদ্যালয়ের যে পাতাটি সরকারি সাইটে আছে সেখানে এখনো আগের প্রধান শিক্ষকের নাম ও মোবাইল নম্বর দেখাচ্ছে। তিনি ২০২৪ সালে অবসরে গেছেন। অভিভাবকরা ফোন করে ওনাকে পাচ্ছেন না। আমার নাম ও নম্বর (০১৭০০-০০০৪৫১) দিয়ে ঠিক করে দেওয়ার অনুরোধ করছি।

রাশেদা পারভীন
প্রধান শিক্ষক (ভারপ্রাপ্ত)""",
      "Headmistress: school page still shows retired headmaster; indirect portal update"),
    P("web-portal", "bn", "alt", "উপজেলা কৃষি অফিস <ao.melandaha@dae.example.gov.test>",
      "বিষয়: উপজেলা কৃষি অফিসের কর্মকর্তাদের তালিকা হালনাগাদকরণ",
      """বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: উপজেলা কৃষি অফিসের কর্মকর্তাদের তালিকা হালনাগাদকরণ।

সবিনয় নিবেদন এই যে, অত্র দপ্তরে সম্প্রতি দুইজন উপসহকারী কৃষি কর্মকর্তা যোগদান করেছেন এবং একজন বদলি হয়ে গেছেন। উপজেলা বাতায়নে কৃষি অফিসের "কর্মকর্তাবৃন্দ" অংশে পুরাতন তালিকা রয়ে গেছে। হালনাগাদ তালিকা নিম্নরূপ:

১. মোঃ শফিকুল ইসলাম, উপজেলা কৃষি অফিসার
২. নাসরিন আক্তার, অতিরিক্ত কৃষি অফিসার
৩. মোঃ জাহিদ হাসান, উপসহকারী কৃষি কর্মকর্তা (নতুন)
৪. সুমাইয়া খাতুন, উপসহকারী কৃষি কর্মকর্তা (নতুন)

অতএব, উক্ত তালিকা বাতায়নে প্রকাশের প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য বিনীত অনুরোধ করছি।

বিনীত
মোঃ শফিকুল ইসলাম
উপজেলা কৃষি অফিসার, মেলান্দহ""",
      "Formal letter: agriculture office asks to update officer list on upazila portal"),
    P("web-portal", "bn", "p8", "নূরুল আমিন <nurul.chairman@mail.test>", None,
      """আমি মাহমুদপুর ইউনিয়নের চেয়ারম্যান। আমাদের ইউনিয়নের সাইটে চেয়ারম্যানের ছবিটা এখনো আগের জনের। নতুন ছবি সংযুক্ত করলাম না, ফোনে পাঠাব যদি বলেন কোথায় পাঠাব। আর মেম্বারদের নামগুলোও পাল্টাতে হবে।
নূরুল আমিন, চেয়ারম্যান""",
      "Chairman, no Subject header: change chairman photo and member list on union site"),
    P("web-portal", "bn", "jpg", "ঘোষেরপাড়া ইউপি <ghosherpara.up@melandaha-up.test>",
      "দরপত্র বিজ্ঞপ্তি আপলোড",
      """সম্মানিত স্যার,
ঘোষেরপাড়া ইউনিয়ন পরিষদের এলজিএসপি প্রকল্পের রাস্তা সংস্কারের দরপত্র বিজ্ঞপ্তির ছবি সংযুক্ত করলাম। এটা আমাদের ইউনিয়নের বাতায়নের "দরপত্র" অংশে দিতে হবে, শেষ তারিখ ২০ ডিসেম্বর। দ্রুত দিলে ভালো হয়।

ধন্যবাদান্তে
ইউপি সচিব, ঘোষেরপাড়া""",
      "UP sends tender notice photo to put in the tender section", att=["tender_notice.jpg"]),
    P("web-portal", "bn", "b64", "শামীম আহমেদ <shamim.a@inbox.test>",
      "ফোন নম্বর ভুল",
      """উপজেলা সমাজসেবা অফিসের পাতায় যে ফোন নম্বরটা দেওয়া আছে সেটাতে কল দিলে অন্য একজন লোক ধরে, বলে এটা অফিসের নম্বর না। আমি ভাতার ব্যাপারে খোঁজ নিতে গিয়ে তিনদিন ধরে ঘুরছি। অফিসের সঠিক নম্বরটা পাতায় দিয়ে দিন, অনেক মানুষ বিপদে পড়ছে।
শামীম""",
      "Citizen complains wrong phone number on social-services office page (indirect)"),
    P("web-portal", "bn", "qp", "সহকারী কমিশনার (ভূমি) <acland.melandaha@land.example.gov.test>",
      "সিটিজেন চার্টার পাতা পরিবর্তন",
      """প্রিয় আইসিটি অফিসার,
উপজেলা ভূমি অফিসের সিটিজেন চার্টার নতুনভাবে অনুমোদিত হয়েছে (নামজারি ফি ও সময়সীমা পরিবর্তিত)। পোর্টালে আমাদের অফিসের সেবা প্রদান প্রতিশ্রুতি পাতায় পুরাতন চার্টার রয়েছে। নতুন চার্টারের পিডিএফ অফিসিয়াল চ্যানেলে পাঠানো হয়েছে; অনুগ্রহ করে পাতাটি প্রতিস্থাপন করে দিন।

শুভেচ্ছান্তে
সহকারী কমিশনার (ভূমি), মেলান্দহ""",
      "AC Land asks to replace citizen charter page on portal"),
    P("web-portal", "bn", "p8", "মোস্তফা কামাল <kamal.college@college.example.edu.test>",
      "কলেজের ভর্তি বিজ্ঞপ্তি",
      """আস্সালামু আলাইকুম। মেলান্দহ সরকারি কলেজের একাদশ শ্রেণির দ্বিতীয় পর্যায়ের ভর্তির বিজ্ঞপ্তি কলেজের বাতায়ন পাতায় দেওয়া দরকার। আমাদের অ্যাকাউন্ট থেকে "নোটিশ" মেনুতে গেলে এরর দেখায় তাই আপনাদের সাহায্য চাইছি। বিজ্ঞপ্তির লেখা আমি পরে পাঠাচ্ছি।
মোস্তফা কামাল, প্রভাষক (আইসিটি), মেলান্দহ সরকারি কলেজ""",
      "College lecturer wants admission notice on college portal page"),
    P("web-portal", "en", "p7", "Farhana Yasmin <farhana.uno-office@admin.example.gov.test>",
      "Photo gallery for Victory Day programme",
      """Dear ICT Officer,

We would like the photos of the Victory Day programme (16 December) to be added to the photo gallery of the upazila portal, along with a short caption. I will send 8 selected photos by Monday. Could you please let me know the maximum size and format you accept?

Regards,
Farhana Yasmin
Office Assistant, UNO Office, Melandaha""",
      "UNO office asks to add Victory Day photos to portal gallery"),
    P("web-portal", "en", "qp", "Md. Harun Or Rashid <harun.rashid@example.net>",
      "Outdated information about Kulia union",
      """Hello,

I live abroad and was trying to find the contact of Kulia Union Parishad to get a certificate for my father. The website still lists a secretary who, according to my family, left two years ago, and the email address bounces. Can whoever maintains this please fix the contact details? It is very hard for expatriates otherwise.

Thanks
Harun (Kuwait)""",
      "Expatriate reports stale UP contact details on website (indirect)"),
    P("web-portal", "en", "p7", "Nasima Akter <nasima.fpo@fp.example.gov.test>", "",
      """Sir,
Please publish the attached schedule of the satellite clinics for December on the Family Planning office page. Previous month's schedule can be removed.
Nasima Akter, FPI""",
      "Empty subject: family planning office schedule to publish", shape="pdf",
      att=["satellite_clinic_december.pdf"]),
    P("web-portal", "en", "alt", "Headmaster Durmuth HS <durmuth.hs@school.example.org>",
      "School website - results of annual exam",
      """Dear Sir,

We have got our school's page on the national portal but don't know how to put the annual examination results there. Parents are asking whether results will be online like last year. Could your office upload them or show our clerk how to do it?

Best regards,
A. K. M. Mosharraf Hossain
Headmaster, Durmuth High School""",
      "Headmaster: put annual exam results on school's portal page"),
    P("web-portal", "en", "p7", "Rafiq Mia <rafiq.mia77@mail.test>",
      "wrong map location",
      """The map on the union parishad website shows the UP office on the wrong side of the river. People coming from Islampur get confused. Please correct the location pin.""",
      "Short complaint: wrong map location on UP website"),
    P("web-portal", "en", "b64", "Sub-Assistant Engineer LGED <sae.lged.mel@lged.example.gov.test>",
      "Request to upload tender documents (e-GP reference)",
      """To
The Upazila ICT Officer, Melandaha

Subject: Uploading of tender notice for rural road maintenance

Sir,
With due respect, I am directed to request you to upload the attached tender notice (e-GP ID 11xxxx) in the 'Tender' section of the LGED page of Melandaha upazila portal at the earliest, as the notice must remain public for 14 days.

Yours faithfully,
Sub-Assistant Engineer
LGED, Melandaha""",
      "Formal English letter: LGED tender notice upload"),
    P("web-portal", "en", "p7", "Shirin Sultana <shirin.s@inbox.test>",
      "Who can change the names on the Mahila Affairs page?",
      """Assalamu alaikum. I was appointed as Upazila Women Affairs Officer here last month. The office page still has my predecessor's name and photo. Is this something your office does, or do I need my own login? I'd be grateful if you can change it for now.

Shirin Sultana""",
      "New officer asks who updates her page, wants name/photo changed"),
    P("web-portal", "en", "qp", "Adnan Sami <adnan.sami@example.com>",
      "Broken links",
      """Hi,
several links on the Melandaha upazila site's 'Forms' page give a 404 (e.g. the application form for trade licence). Just letting you know so someone can upload the files again.
Adnan""",
      "Citizen reports broken form links on upazila site"),
    P("web-portal", "mixed", "p8", "জাকির হোসেন <zakir.hossain.up@melandaha-up.test>",
      "Notice upload korte hobe - জরুরি",
      """স্যার, ফুলকোচা ইউনিয়ন পরিষদের website এ একটা notice upload করতে হবে, আগামীকাল ভূমি উন্নয়ন কর ক্যাম্প হবে। আমাদের admin password কাজ করছে না। Notice এর text নিচে:

"আগামী ১০ ডিসেম্বর ইউনিয়ন ডিজিটাল সেন্টারে ভূমি উন্নয়ন কর আদায় ক্যাম্প অনুষ্ঠিত হবে।"

Please urgent basis এ দিয়ে দিবেন।
জাকির, সচিব""",
      "Mixed: UP secretary urgent notice upload, password not working"),
    P("web-portal", "mixed", "qp", "Tania Rahman <tania.rahman@school.example.org>",
      "স্কুলের page-এ teacher list",
      """Dear sir,
আমাদের স্কুলের portal page-এ শিক্ষকদের list টা অনেক পুরনো। ৪ জন নতুন teacher join করেছেন, ২ জন transfer হয়েছেন। আমি updated list টা Excel এ পাঠাতে পারি। কোন format এ লাগবে জানালে ভালো হয়।

Thanks,
Tania Rahman
Assistant Teacher (ICT), Nayanagar High School""",
      "Mixed: teacher list on school page outdated"),
    P("web-portal", "mixed", "alt", "Md. Selim Reza <selim.reza@youth.example.gov.test>",
      "Youth Development office er training notice",
      """স্যার,
যুব উন্নয়ন অফিসের January batch এর training (poultry, mobile servicing) এর notice টা upazila portal এ publish করা দরকার। Deadline 25 December. Circular এর soft copy আপনার email এ পাঠিয়েছি আগে, হয়তো miss হয়েছে। আবার attach করে দিলাম।

Selim Reza
Upazila Youth Development Officer""",
      "Mixed: youth office training circular to publish on portal", shape="altpdf",
      att=["training_circular_jan2027.pdf"]),
    P("web-portal", "mixed", "p8", "হাফিজুর রহমান <hafiz.r@mail.test>", "",
      """Sir, আমি নাংলা ইউনিয়নের একজন বাসিন্দা। ইউনিয়নের website এ "সেবা সমূহ" page এ এখনো জন্ম নিবন্ধনের fee ৫০ টাকা লেখা, কিন্তু পরিষদে গেলে আরও বেশি চায়। আপডেট করা তথ্য দিলে মানুষ বিভ্রান্ত হবে না। ধন্যবাদ।""",
      "Mixed, empty subject: fee info on union services page is outdated (not a birth reg request)"),
    P("web-portal", "mixed", "b64", "Kamrul Hasan <kamrul.pio@pio.example.gov.test>",
      "PIO office contact & officer info update",
      """আসসালামু আলাইকুম,
Project Implementation Office এর page এ PIO এর নাম ভুল আছে এবং কোনো email address নেই। Correct info:
PIO: Md. Kamrul Hasan
Phone: 0981-000-112
Email: pio.melandaha@pio.example.gov.test
Update করে দিলে কৃতজ্ঞ থাকব।""",
      "Mixed: PIO office details on portal"),
    P("web-portal", "mixed", "p8", "Sharmin Nahar <sharmin.nahar@inbox.test>",
      "Banner change kora jabe?",
      """Salam. উপজেলা portal এর home page এর banner এ এখনো গত বছরের "মুজিব শতবর্ষ" এর ছবি। নতুন banner design আমরা করে দিতে পারি যদি permission দেন। কিভাবে submit করব?
Sharmin, Upazila Information Officer (Jatiyo Mohila Songstha)""",
      "Mixed: stale banner on upazila home page"),
    P("web-portal", "mixed", "qp", "আব্দুর রউফ <rouf.headmaster@madrasa.example.org>",
      "মাদ্রাসার তথ্য বাতায়নে নেই",
      """জনাব,
আমাদের চরবানীপাকুরিয়া দাখিল মাদ্রাসার কোনো page-ই national portal এ নেই, অথচ অন্য সব প্রতিষ্ঠানের আছে। নতুন page খুলে প্রতিষ্ঠানের নাম, EIIN, সুপারের নাম আর ছবি দিতে চাই। কী কী কাগজ লাগবে জানাবেন।
আব্দুর রউফ, সুপার""",
      "Mixed: madrasa wants its own page created on portal"),
    P("web-portal", "banglish", "p7", "Sumon Mia <sumon.mia.93@mail.test>",
      "union er website",
      """assalamualaikum sir, amader adra union er website e chairman er number ta vul. oi number e call dile bondho bole. ektu thik kore dile valo hoy. dhonnobad""",
      "Banglish: wrong chairman number on union website"),
    P("web-portal", "banglish", "p7", "Rokeya Begum <rokeya.b@inbox.test>", "",
      """sir amader schooler page e headmaster sir er chobi ta ulta dekhay, r school er itihash likha ta o purano. eta ke change kore? amra notun lekha pathate chai""",
      "Banglish, empty subject: school page photo upside down, history outdated"),
    P("web-portal", "banglish", "qp", "Biplob Sarkar <biplob.upsec@melandaha-up.test>",
      "notice dite hobe",
      """sir, kalke theke ghosherpara union e TCB card er porishkar talika dekhanor jonno website e ekta notice dite hobe. amar login e dhukte parchi na, OTP ashe na. apnara ki notice ta dite parben? text ta ami pathacchi nice:

"TCB family card er talika union porishod er notice board ebong website e prokash kora holo."

biplob, secretary""",
      "Banglish: UP secretary asks desk to post TCB list notice"),
    P("web-portal", "banglish", "p7", "Anwar Hossain <anwar.h@example.net>",
      "melandaha upazila website e doctor list",
      """bhai upazila health complex er page e kon doctor kobe boshe tar list nai, ja ache 2022 saler. kindly update korar bebostha koren. manush ghure ghure jay""",
      "Banglish: health complex duty list on upazila website outdated"),
    P("web-portal", "banglish", "alt", "Liton Chandra <liton.ch@school.example.org>",
      "school page er photo gallery",
      """sir,
amader school er biggan mela r kriya protijogitar kichu chobi page er gallery te dite chai. amader ID password nai. kivabe pathabo? google drive link dile cholbe?
liton chandra, sohokari shikkhok, kapashatia high school""",
      "Banglish: school wants event photos in page gallery"),
    P("web-portal", "banglish", "p7", "Moni <moni.akhter2000@mail.test>",
      "vul banan",
      """apnader upazila site e 'Melandaha' ke 'Melandah' lekha ache onek jaygay r amader union er naam 'Charbanipakuria' vul banan. ektu dekhen""",
      "Banglish: spelling mistakes on upazila site"),
    P("web-portal", "banglish", "b64", "Jahangir Alam <jahangir.ward7@mail.test>",
      "member list update",
      """assalamualaikum. ami 7 no ward er notun nirbachito member. union porishod er website e ekhono ager member er naam r chobi. amar chobi r mobile number pathalam. update kore diben please.
jahangir alam, member 7 no ward, shyampur UP""",
      "Banglish: new ward member asks to replace his entry on UP site", shape="jpg",
      att=["member_photo.jpg"]),
]

ENOTHI = [
    P("e-nothi", "bn", "p8", "মোঃ রফিকুল ইসলাম <rafiqul.ao@admin.example.gov.test>",
      "ই-নথিতে স্বাক্ষর আসছে না",
      """স্যার,
গত সপ্তাহ থেকে আমার ই-নথি আইডিতে নোটে স্বাক্ষর দিলে ছবির জায়গায় খালি ঘর দেখাচ্ছে। নতুন স্বাক্ষর আপলোড করেও একই অবস্থা। অনেকগুলো নথি আটকে আছে, দয়া করে দেখে দিন।
মোঃ রফিকুল ইসলাম
প্রশাসনিক কর্মকর্তা, ইউএনও অফিস""",
      "Officer's signature not showing on e-Nothi notes"),
    P("e-nothi", "bn", "alt", "উপজেলা মৎস্য অফিস <ufo.melandaha@fish.example.gov.test>",
      "বিষয়: নতুন যোগদানকৃত কর্মচারীর ই-নথি আইডি খোলা প্রসঙ্গে",
      """বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: নতুন যোগদানকৃত কর্মচারীর ই-নথি আইডি খোলা প্রসঙ্গে।

জনাব,
সবিনয় নিবেদন এই যে, অত্র দপ্তরে জনাব মোঃ আরিফুল ইসলাম, অফিস সহায়ক হিসেবে গত ০১/১১/২০২৬ তারিখে যোগদান করেছেন। তাঁর নামে ই-নথিতে একটি ব্যবহারকারী আইডি খোলা ও "অফিস সহায়ক" পদবি যুক্ত করা প্রয়োজন। তাঁর জাতীয় পরিচয়পত্রের তথ্য ও যোগদানপত্র দাপ্তরিক পত্রের মাধ্যমে প্রেরণ করা হয়েছে।

অতএব, জনাবের নিকট বিনীত অনুরোধ, উক্ত কর্মচারীর আইডি খোলার প্রয়োজনীয় ব্যবস্থা গ্রহণ করতে মর্জি হয়।

বিনীত
উপজেলা মৎস্য কর্মকর্তা
মেলান্দহ, জামালপুর""",
      "Formal letter: open e-Nothi ID for newly joined staff"),
    P("e-nothi", "bn", "qp", "সালমা খাতুন <salma.k@edu.example.gov.test>", None,
      """আপা/ভাই, আমি উপজেলা শিক্ষা অফিসের অফিস সহকারী। একটা ফাইল আমার ডেস্ক থেকে শিক্ষা অফিসার স্যারের কাছে পাঠিয়েছি দুই দিন আগে, কিন্তু স্যারের আগত তালিকায় ফাইলটা দেখা যাচ্ছে না, আবার আমার প্রেরিত তালিকাতেও নেই। ফাইলটা কোথায় গেল বুঝতে পারছি না। সাহায্য করবেন প্লিজ।
সালমা""",
      "No Subject: file sent but missing in both inboxes (indirect e-Nothi)"),
    P("e-nothi", "bn", "p8", "মোঃ আনোয়ারুল হক <anwarul.ueo@edu.example.gov.test>",
      "পদবি পরিবর্তন",
      """জনাব, আমি সহকারী উপজেলা শিক্ষা অফিসার থেকে পদোন্নতি পেয়ে একই উপজেলায় উপজেলা শিক্ষা অফিসার (চলতি দায়িত্ব) হয়েছি। নথিতে এখনো আমার আগের পদবি দেখাচ্ছে এবং নতুন পদের ডাকগুলো আমার কাছে আসছে না। পদবি হালনাগাদ করার অনুরোধ জানাচ্ছি।
আনোয়ারুল হক""",
      "Promotion: designation change in e-Nothi"),
    P("e-nothi", "bn", "b64", "পরিসংখ্যান অফিস মেলান্দহ <stat.mel@bbs.example.gov.test>",
      "ই-নথি প্রশিক্ষণ প্রয়োজন",
      """শ্রদ্ধেয় স্যার,
আমাদের অফিসে তিনজন নতুন কর্মচারী আছেন যারা কখনো ই-নথি ব্যবহার করেননি। ডাক গ্রহণ, নোট লেখা আর পত্রজারি কীভাবে করতে হয় তা শেখানোর জন্য আপনার অফিস থেকে একটি ছোট প্রশিক্ষণের ব্যবস্থা করা যায় কি? আগামী সপ্তাহের যেকোনো দিন আমাদের সুবিধা।
উপজেলা পরিসংখ্যান কর্মকর্তা""",
      "Request for e-Nothi training for new staff"),
    P("e-nothi", "bn", "p8", "নাজমুল হুদা <nazmul.huda@admin.example.gov.test>",
      "পাসওয়ার্ড রিসেট",
      """আমার নথির পাসওয়ার্ড ভুল দিতে দিতে একাউন্ট লক হয়ে গেছে। মোবাইলে কোনো কোড আসছে না কারণ পুরাতন সিম নম্বর দেওয়া। কী করতে হবে?
নাজমুল হুদা, সাঁট-মুদ্রাক্ষরিক, ইউএনও অফিস""",
      "Locked e-Nothi account, old mobile number"),
    P("e-nothi", "bn", "alt", "ডা. সাবরিনা ইয়াসমিন <uhfpo.mel@health.example.gov.test>",
      "দায়িত্ব হস্তান্তর — নথির অনুমতি",
      """প্রিয় সহকর্মী,
আমি আগামী ১০ দিন প্রশিক্ষণে থাকব। এই সময়ে আবাসিক মেডিকেল অফিসার যেন আমার পক্ষে নথিতে অনুমোদন দিতে পারেন সেজন্য অতিরিক্ত দায়িত্ব (প্রতিনিধি) সেট করে দিতে হবে। আমি নিজে সেটিংস খুঁজে পাইনি।
ধন্যবাদসহ
ডা. সাবরিনা ইয়াসমিন
উপজেলা স্বাস্থ্য ও পরিবার পরিকল্পনা কর্মকর্তা""",
      "Delegation of e-Nothi authority during leave"),
    P("e-nothi", "bn", "qp", "মোঃ ইব্রাহিম খলিল <khalil.cooperative@coop.example.gov.test>",
      "শাখা ভুল দেখাচ্ছে",
      """আমার আইডি খুললে আমাকে "সমবায় অফিস, ইসলামপুর" হিসেবে দেখায় অথচ আমি বদলি হয়ে মেলান্দহে এসেছি দুই মাস। এখানকার অফিসে আমার আইডি যুক্ত করে আগেরটা বাদ দিতে হবে বলে শুনেছি। সাহায্য চাই।
মোঃ ইব্রাহিম খলিল, উপজেলা সমবায় অফিসার""",
      "Transferred officer: e-Nothi still shows old office"),
    P("e-nothi", "en", "p7", "Mahbubul Alam <mahbub.alam@admin.example.gov.test>",
      "Notes not saving",
      """Dear ICT Officer,
Since yesterday, whenever I write a note on a file and press save, the page spins and the note disappears. I tried Chrome and Firefox. This is holding up several approvals. Can someone look at it?
Mahbubul Alam
Assistant Commissioner (Land)""",
      "Notes not saving in the filing system (named only as notes/files)"),
    P("e-nothi", "en", "qp", "Sadia Islam <sadia.islam@women.example.gov.test>",
      "Request for e-Nothi orientation",
      """Dear Sir,
Our office has been told that all letters must go through e-Nothi from January. None of our four staff have used it before. We request a one-day orientation at your convenience.
With thanks,
Sadia Islam
Upazila Women Affairs Officer""",
      "English: request for e-Nothi orientation"),
    P("e-nothi", "en", "alt", "Office of the UNO <uno.melandaha@admin.example.gov.test>",
      "Re-assignment of nothi permissions",
      """Dear Upazila ICT Officer,

Kindly re-assign the permission of the following nothi (file) to the new Office Assistant, since the previous assistant has retired:

 - 05.xx.xxxx.000.11.001.26 (Meeting minutes)
 - 05.xx.xxxx.000.14.003.26 (Relief distribution)

The retired staff's ID may be deactivated.

Best regards,
Upazila Nirbahi Officer, Melandaha""",
      "UNO office: move file permissions, deactivate retired user"),
    P("e-nothi", "en", "p7", "Tariqul Islam <tariq.ahsan@example.com>", "",
      """Sir, the digital signature certificate for my e-Nothi ID expired last week and now I cannot issue letters (potrojari). Please let me know how to renew it.
Tariqul Islam, Upazila Engineer""",
      "Empty subject: expired digital signature certificate for e-Nothi"),
    P("e-nothi", "en", "b64", "Rezaul Karim <rezaul.k@social.example.gov.test>",
      "Stuck file",
      """Hello,
A file on old age allowance beneficiary correction has been sitting with a user who has been transferred out. Nobody can move it forward. Is there any way to pull it back to our section?
Rezaul Karim, Upazila Social Services Officer""",
      "File stuck with transferred user (indirect e-Nothi)"),
    P("e-nothi", "en", "p7", "Jannatul Ferdous <jannat.f@admin.example.gov.test>",
      "Dak not showing",
      """Dear Sir,
Letters sent to our office from the DC office through the online system are not appearing in our dak inbox since Sunday, though the DC office confirms they were sent. Please check our office's dak setting.
Jannatul, Computer Operator, UNO office""",
      "Dak (incoming letters) not arriving in online system"),
    P("e-nothi", "en", "qp", "Abu Sayeed <abu.sayeed@agri.example.gov.test>",
      "Adding a second designation",
      """Dear ICT officer,
I have been given additional charge of the Upazila Agriculture Extension Officer post in Islampur on top of my own here. Could you add that designation to my e-Nothi account so I can work on both offices' files from one login?
Thanks,
Abu Sayeed""",
      "Additional charge: add second designation to e-Nothi account"),
    P("e-nothi", "en", "alt", "Fatema Tuz Zohra <fatema.ac@admin.example.gov.test>",
      "Letter format (potrojari) shows wrong office name",
      """Sir,
When we issue a letter from e-Nothi, the letterhead shows 'Upazila Nirbahi Officer's Office, Melandaha, Jamalpu' - the 'r' is missing in Jamalpur. It looks bad on official letters. Can the office profile be corrected?
Fatema Tuz Zohra""",
      "Typo in e-Nothi letterhead/office profile"),
    P("e-nothi", "mixed", "p8", "মোঃ সাইফুল ইসলাম <saiful.ueo@edu.example.gov.test>",
      "e-Nothi te login hocche na",
      """স্যার, আজ সকাল থেকে e-Nothi তে login করতে গেলে "user not found" দেখাচ্ছে। গতকাল পর্যন্ত ঠিক ছিল। আমার user ID ২০০০০০০১২৩৪৫। জরুরি কিছু file pending আছে। দয়া করে check করুন।
সাইফুল ইসলাম
সহকারী উপজেলা শিক্ষা অফিসার""",
      "Mixed: e-Nothi login 'user not found'"),
    P("e-nothi", "mixed", "qp", "Nilufa Yeasmin <nilufa.y@health.example.gov.test>",
      "Nothi te signature upload",
      """Dear sir,
আমার নতুন signature scan করে upload দিতে চাচ্ছি, কিন্তু বলছে image size বেশি। কত KB আর কোন format (png/jpg) লাগবে? আর background সাদা হতে হবে কিনা?
Nilufa Yeasmin, Statistician, UHC""",
      "Mixed: signature image size for e-Nothi"),
    P("e-nothi", "mixed", "p8", "আরিফ হাসান <arif.hasan@admin.example.gov.test>", None,
      """Sir, UNO স্যার বলেছেন কাল থেকে সব file online এ করতে হবে। আমার ID তো আছে কিন্তু কোনো "শাখা" assign করা নাই, তাই নতুন নথি খুলতে পারছি না। আপনি একটু দেখে দিবেন?
আরিফ, অফিস সহকারী কাম কম্পিউটার মুদ্রাক্ষরিক""",
      "Mixed, no Subject: no section assigned, cannot open new file"),
    P("e-nothi", "mixed", "alt", "Md. Golam Mostafa <mostafa.pso@example.net>",
      "Nothi archive",
      """আসসালামু আলাইকুম,
আমাদের অফিসের ২০২২-২৩ সালের অনেক পুরোনো নথি e-Nothi তে এখনো "চলমান" দেখাচ্ছে। এগুলো archive/নিষ্পন্ন করার নিয়ম কী? একসাথে করা যায় কি? List দিলে আপনারা করে দিতে পারবেন?
Golam Mostafa, Upazila Livestock Officer""",
      "Mixed: archive old e-Nothi files"),
    P("e-nothi", "mixed", "b64", "Shahida Parvin <shahida.p@edu.example.gov.test>",
      "Training er date",
      """স্যার, আপনি বলেছিলেন e-Nothi basic training December এ হবে। আমাদের অফিস থেকে ৩ জন attend করবে: শাহিদা, রুবেল, মাসুম। Date ও venue জানালে ভালো হয়।
Shahida Parvin, Upazila Secondary Education Office""",
      "Mixed: nominate staff for e-Nothi training"),
    P("e-nothi", "mixed", "p8", "Kazi Nazrul <kazi.nazrul@coop.example.gov.test>",
      "Potrojari te attachment jacche na",
      """স্যার, পত্রজারি করার সময় PDF attachment যোগ করলে upload হয়ে আবার চলে যায়, final letter এ attachment থাকে না। এটা কি file size এর সমস্যা? ৩ MB এর file।
কাজী নজরুল, সমবায় অফিস""",
      "Mixed: attachment drops when issuing letter"),
    P("e-nothi", "mixed", "qp", "Upazila Engineer Office <ue.mel@lged.example.gov.test>",
      "Nothi-te onumodon",
      """Dear Sir,
Upazila Engineer স্যার চাইছেন তাঁর অনুপস্থিতিতে SAE সাহেব নোটে approval দিতে পারুক। এজন্য e-Nothi তে কী setting করতে হয়? আমরা নিজেরা করতে পারি নাকি আপনার অফিসকে করতে হবে?""",
      "Mixed: delegate approval in e-Nothi"),
    P("e-nothi", "banglish", "p7", "Rubel Hossain <rubel.h@admin.example.gov.test>",
      "nothi khulche na",
      """sir amar nothi te dhukle sudhu loading hoy, kichu ashe na. onno computer eo same. ajke 5 ta file potrojari korte hobe. help please. rubel, UNO office""",
      "Banglish: filing system stuck on loading"),
    P("e-nothi", "banglish", "p7", "Masum Billah <masum.b@edu.example.gov.test>", "",
      """assalamualaikum sir. amar notun mobile number diye nothi id te OTP ante chai, ager sim harie geche. ki korbo janaben""",
      "Banglish, empty subject: change mobile number on e-Nothi ID for OTP"),
    P("e-nothi", "banglish", "qp", "Shila Rani <shila.rani@fp.example.gov.test>",
      "e nothi training",
      """sir amader family planning office er 2 jon kormochari e nothi chalate pare na. apnar office theke ki kono training hoy? hole amader naam dite chai: shila rani, abdul hai.
shila rani, FWV""",
      "Banglish: e-Nothi training request"),
    P("e-nothi", "banglish", "p7", "Mizanur Rahman <mizan.r@agri.example.gov.test>",
      "designation vul",
      """sir amar nothi id te amake "uposohokari krishi kormokorta" dekhay, kintu ami ekhon "krishi somprosaron kormokorta". promotion er por change hoy nai. kindly thik kore din""",
      "Banglish: wrong designation after promotion"),
    P("e-nothi", "banglish", "alt", "Sujon Ahmed <sujon.ahmed@social.example.gov.test>",
      "file ta ferot anbo kivabe",
      """sir ami vul kore ekta file UNO sir er kache na pathie AC land sir er kache pathie diyechi. ekhon ferot anbo kivabe? AC land sir bollen tar inbox e ache kintu tini kichu korben na. please help.
sujon, social service office""",
      "Banglish: file sent to wrong officer, pull back"),
    P("e-nothi", "banglish", "p7", "Sharif Uddin <sharif.uddin@fish.example.gov.test>",
      "signature",
      """sir note e sign korle amar naam er nicher designation ashe na, faka thake. arekjoner ta thik ache. amar profile e kichu missing naki?""",
      "Banglish: designation missing under signature in notes"),
    P("e-nothi", "banglish", "b64", "Parvez Mosharraf <parvez.m@admin.example.gov.test>",
      "notun office sakha",
      """sir UNO office e notun ekta 'tran o punorbashon' sakha khola hoyeche. nothi te oi sakha create kore 2 jon ke add korte hobe. naam pore pathacchi""",
      "Banglish: create new section in e-Nothi office"),
]

LAB = [
    P("digital-lab", "bn", "p8", "আব্দুল মান্নান <mannan.hm@school.example.org>",
      "ল্যাবের ল্যাপটপ নষ্ট",
      """স্যার,
আমাদের বিদ্যালয়ের শেখ রাসেল ডিজিটাল ল্যাবের ১৭টি ল্যাপটপের মধ্যে ৬টি চালু হচ্ছে না। চার্জ দিলেও বাতি জ্বলে না। ওয়ারেন্টি আছে কিনা বা কোথায় পাঠাতে হবে জানাবেন।
আব্দুল মান্নান
প্রধান শিক্ষক, ফুলকোচা উচ্চ বিদ্যালয়""",
      "Sheikh Russel lab laptops not powering on"),
    P("digital-lab", "bn", "alt", "চরবানীপাকুরিয়া উচ্চ বিদ্যালয় <cbp.hs@school.example.org>",
      "বিষয়: ডিজিটাল ল্যাবের ইন্টারনেট সংযোগ পুনঃস্থাপন প্রসঙ্গে",
      """বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: ডিজিটাল ল্যাবের ইন্টারনেট সংযোগ পুনঃস্থাপন প্রসঙ্গে।

মহোদয়,
বিনীত নিবেদন এই যে, অত্র বিদ্যালয়ের শেখ রাসেল ডিজিটাল ল্যাবে স্থাপিত ব্রডব্যান্ড সংযোগ গত তিন সপ্তাহ ধরে বিচ্ছিন্ন রয়েছে। রাউটারে আলো জ্বলে কিন্তু কোনো সংযোগ পাওয়া যায় না। ফলে শিক্ষার্থীদের আইসিটি ব্যবহারিক ক্লাস ও অনলাইন পরীক্ষা বাধাগ্রস্ত হচ্ছে।

অতএব, মহোদয়ের নিকট বিনীত প্রার্থনা, ল্যাবের ইন্টারনেট সংযোগ পুনঃস্থাপনের প্রয়োজনীয় ব্যবস্থা গ্রহণে আপনার সদয় মর্জি হয়।

বিনীত নিবেদক
মোঃ হাবিবুর রহমান
প্রধান শিক্ষক
চরবানীপাকুরিয়া উচ্চ বিদ্যালয়""",
      "Formal letter: lab internet disconnected"),
    P("digital-lab", "bn", "qp", "সুমি আক্তার <sumi.ict.teacher@school.example.org>", None,
      """আমাদের কম্পিউটার রুমের প্রজেক্টরটা চালু করলে ছবি খুব ঝাপসা আসে আর কিছুক্ষণ পর নিজে নিজে বন্ধ হয়ে যায়। ক্লাস নিতে পারছি না। কেউ এসে একটু দেখলে ভালো হত।
সুমি আক্তার, সহকারী শিক্ষক (আইসিটি)""",
      "No Subject: projector in computer room fails (indirect lab)"),
    P("digital-lab", "bn", "p8", "মোঃ জসিম উদ্দিন <jasim.college@college.example.edu.test>",
      "ল্যাব পরিচালনার জন্য শিক্ষক প্রশিক্ষণ",
      """জনাব,
আমাদের কলেজে নতুন ডিজিটাল ল্যাব স্থাপন হয়েছে কিন্তু ল্যাব পরিচালনার জন্য প্রশিক্ষিত কেউ নেই। দুইজন শিক্ষককে ল্যাব ব্যবস্থাপনা ও রক্ষণাবেক্ষণ বিষয়ে প্রশিক্ষণ দেওয়ার ব্যবস্থা করার অনুরোধ করছি।
অধ্যক্ষ, নাংলা ডিগ্রি কলেজ""",
      "College principal: training for teachers to run new digital lab"),
    P("digital-lab", "bn", "b64", "নাসির উদ্দিন <nasir.u@mail.test>",
      "ছেলেরা কম্পিউটার পায় না",
      """আমি একজন অভিভাবক। আমার মেয়ে অষ্টম শ্রেণিতে পড়ে। স্কুলে নাকি সরকার থেকে অনেক ল্যাপটপ দিয়েছে কিন্তু সেগুলো আলমারিতে তালা দিয়ে রাখা, বাচ্চাদের হাতে দেয় না। আইসিটি ক্লাস শুধু বই পড়ে হয়। এর কি কোনো প্রতিকার আছে?
নাসির উদ্দিন, দুরমুঠ""",
      "Parent: lab laptops locked away, students don't get to use them (lab usage)"),
    P("digital-lab", "bn", "jpg", "ফজলুল করিম <fazlul.hm@school.example.org>",
      "ল্যাবের ছাদ চুঁইয়ে পানি",
      """স্যার, বৃষ্টির সময় আমাদের ল্যাব কক্ষের ছাদ দিয়ে পানি পড়ে দুইটি ডেস্কটপ ও একটি ইউপিএস ভিজে নষ্ট হয়েছে। ছবি দিলাম। মেরামত ও যন্ত্রপাতি বদলের জন্য কী করতে হবে জানাবেন।
প্রধান শিক্ষক, শ্যামপুর উচ্চ বিদ্যালয়""",
      "Roof leak damaged lab desktops and UPS, photo attached", att=["lab_room_leak.jpg"]),
    P("digital-lab", "bn", "qp", "রোকসানা পারভীন <roksana.p@school.example.org>",
      "ল্যাবের সফটওয়্যার",
      """আসসালামু আলাইকুম। আমাদের স্কুলের ল্যাবের কম্পিউটারগুলোতে বাংলা টাইপের সফটওয়্যার ও অফিস প্রোগ্রাম নেই, আবার উইন্ডোজ অ্যাক্টিভেট নয় বলে লেখা আসে। ছাত্রছাত্রীদের ব্যবহারিক পরীক্ষার আগে ঠিক করা দরকার।
রোকসানা পারভীন, ল্যাব শিক্ষক""",
      "Lab computers missing software / not activated"),
    P("digital-lab", "bn", "p8", "মোঃ হারুন <harun.madrasa@madrasa.example.org>",
      "নতুন ল্যাবের জন্য আবেদন",
      """জনাব,
আমাদের মাদ্রাসায় ৬০০ শিক্ষার্থী কিন্তু একটিও কম্পিউটার নেই। শেখ রাসেল ডিজিটাল ল্যাব পাওয়ার জন্য কোথায় কীভাবে আবেদন করতে হয়, কী কী শর্ত পূরণ করতে হয় জানালে কৃতজ্ঞ থাকব।
সুপার, বানিয়াবাড়ী দাখিল মাদ্রাসা""",
      "Madrasa asks how to apply for a Sheikh Russel digital lab"),
    P("digital-lab", "en", "p7", "Shafiqul Islam <shafiq.hm@school.example.org>",
      "Lab UPS beeping",
      """Dear Sir,
The UPS units in our school's digital lab keep beeping and shut down the computers within a few minutes of a power cut. I think the batteries are dead. Could your office advise or arrange replacement?
Shafiqul Islam, Headmaster, Adra High School""",
      "Lab UPS batteries dead"),
    P("digital-lab", "en", "qp", "Nusrat Jahan <nusrat.j@school.example.org>",
      "Request for a lab technician visit",
      """Hello,
I'm the ICT teacher at Melandaha Girls' School. Three of the lab computers show a blue screen on startup and the network switch has stopped working, so none of the machines can reach the internet. We'd like someone to visit and check them before the practical exams on 12 December.
Thanks,
Nusrat Jahan""",
      "ICT teacher requests technician visit for lab computers"),
    P("digital-lab", "en", "alt", "Principal, Melandaha Govt College <principal.mgc@college.example.edu.test>",
      "Request for additional laptops for the digital lab",
      """To
The Upazila ICT Officer
Melandaha, Jamalpur

Subject: Request for additional laptops for the digital lab

Sir,
With due respect, the college has 1,400 students in the HSC ICT course but the existing digital lab has only 17 laptops, of which 4 are out of order. We request you to kindly recommend/arrange additional devices and repair of the faulty ones so that practical classes can be held in shifts.

Yours faithfully,
Principal
Melandaha Government College""",
      "Formal English letter: more laptops for college lab"),
    P("digital-lab", "en", "p7", "Kamal Uddin <kamal.uddin@mail.test>", "",
      """Sir, the smart board in our school's computer lab has stopped responding to touch. The projector part works. Whom should we contact for repair?
Kamal, Asst. Teacher, Hajipur High School""",
      "Empty subject: smart board in lab not responding"),
    P("digital-lab", "en", "b64", "Rahela Khatun <rahela.k@school.example.org>",
      "Lab inventory",
      """Dear Sir,
We have been asked by the education office to submit an inventory of the digital lab equipment with serial numbers. Several stickers are missing. Is there a format from your office and can you share the original distribution list for our school?
Rahela Khatun, Assistant Headmistress""",
      "Lab equipment inventory format and distribution list"),
    P("digital-lab", "en", "p7", "Imran Hossain <imran.h@example.org>",
      "Computer club in school lab",
      """Dear ICT officer,
I teach at Kulia High School. We want to start a coding club in our Sheikh Russel digital lab after school hours. Is that allowed, and can your office provide some trainers or materials (Scratch, Python) for the teachers?
Imran Hossain""",
      "Coding club in Sheikh Russel lab, trainers/materials"),
    P("digital-lab", "en", "qp", "Dilruba Akter <dilruba.akter@school.example.org>",
      "Laptops stolen",
      """Sir,
Two laptops from our digital lab were stolen last night; a GD has been filed at Melandaha thana. What is the procedure for reporting this to your office and getting them replaced?
Dilruba Akter, Headmistress, Mahmudpur Girls High School""",
      "Lab laptops stolen, procedure"),
    P("digital-lab", "en", "alt", "Abdur Rahim <rahim.lab@school.example.org>",
      "Internet in the lab is too slow",
      """Dear Sir,
The lab connection gives 2-3 Mbps for 17 laptops. Students can't even open the education portal videos. Is there a way to upgrade the package paid by the government, or should the school pay?
Abdur Rahim, Lab Assistant""",
      "Slow internet in school lab"),
    P("digital-lab", "mixed", "p8", "মাহফুজা খানম <mahfuza.k@school.example.org>",
      "Lab এর computer এ virus",
      """স্যার, আমাদের ল্যাবের প্রায় সব computer এ virus ঢুকেছে, ছাত্ররা pen drive লাগায়। এখন shortcut হয়ে সব file hide হয়ে যায়। Antivirus কোথায় পাব? আর reinstall কি আপনারা করে দেন?
মাহফুজা খানম, ICT শিক্ষক, পয়লা উচ্চ বিদ্যালয়""",
      "Mixed: virus on lab computers"),
    P("digital-lab", "mixed", "qp", "Md. Ashraful <ashraful.hm@school.example.org>",
      "Digital lab এর projector bulb",
      """Sir,
ডিজিটাল ল্যাবের multimedia projector এর bulb কেটে গেছে। নতুন bulb এর দাম ১৮,০০০ টাকা বলছে দোকান। স্কুল fund এ এত টাকা নেই। সরকারিভাবে replace করার কোনো ব্যবস্থা আছে কি?
Ashraful Alam, Headmaster""",
      "Mixed: lab projector bulb replacement"),
    P("digital-lab", "mixed", "p8", "Jesmin Nahar <jesmin.n@mail.test>", None,
      """Assalamu alaikum sir. আমি শ্যামপুর বালিকা বিদ্যালয়ের lab teacher হিসেবে নতুন join করেছি। আগের teacher কোনো password বা register দিয়ে যাননি। Laptop গুলোর admin password আর lab register কোথায় পাব?""",
      "Mixed, no Subject: new lab teacher lacks laptop admin passwords"),
    P("digital-lab", "mixed", "alt", "Biswajit Roy <biswajit.roy@school.example.org>",
      "Lab maintenance fund",
      """স্যার,
Sheikh Russel Digital Lab এর maintenance এর জন্য কোনো annual fund আছে কিনা জানতে চাই। Keyboard, mouse, headphone প্রায়ই নষ্ট হয়। Requisition কীভাবে দিব?
Biswajit Roy, Assistant Teacher (ICT)""",
      "Mixed: lab maintenance fund and requisition"),
    P("digital-lab", "mixed", "b64", "Nazma Begum <nazma.b@school.example.org>",
      "Lab e electric line problem",
      """Sir, lab room এ electric wiring এ সমস্যা, laptop charge দিলে মাঝে মাঝে spark দেয়। Children safety নিয়ে ভয় পাচ্ছি। আপাতত lab বন্ধ রেখেছি। কারিগরি সহায়তা চাই।
Nazma Begum, Headmistress""",
      "Mixed: unsafe wiring in lab room"),
    P("digital-lab", "mixed", "p8", "Ruhul Amin <ruhul.lab@college.example.edu.test>",
      "Online class er jonno lab setup",
      """স্যার, কলেজের ডিজিটাল ল্যাব থেকে অন্য কলেজের সাথে online class করতে চাই। Webcam, microphone আছে কিন্তু setup বুঝতে পারছি না, শব্দ echo হয়। কেউ এসে একদিন দেখিয়ে দিলে ভালো হয়।
Ruhul Amin, Lecturer""",
      "Mixed: set up lab for online classes (webcam/mic)"),
    P("digital-lab", "mixed", "qp", "Shamsun Nahar <shamsun.n@school.example.org>",
      "ল্যাপটপ ফেরত",
      """Sir,
গত মাসে repair এর জন্য আমাদের lab এর ৫টা laptop upazila তে জমা দিয়েছিলাম। এখনো ফেরত পাইনি। কবে পাব? Receipt number: LAB-REP-0411.
Shamsun Nahar, Headmistress, Nangla Girls High School""",
      "Mixed: lab laptops sent for repair not returned"),
    P("digital-lab", "banglish", "p7", "Rasel Mia <rasel.mia.student@mail.test>",
      "school lab",
      """amader school er lab er computer noshto, 20 ta er moddhe 12 ta chole na. amra class 9 er student, ict practical korte pari na. sir kichu korben please""",
      "Banglish: student says lab computers broken"),
    P("digital-lab", "banglish", "p7", "Habib Sir <habib.teacher@school.example.org>", "",
      """sir lab er laptop gulo te windows update hote hote 2 ghonta lage, class er somoy shesh. eta bondho kora jay kivabe? r laptop gulo onek slow""",
      "Banglish, empty subject: lab laptops slow, updates during class"),
    P("digital-lab", "banglish", "qp", "Lovely Akter <lovely.akter@school.example.org>",
      "lab er wifi password",
      """assalamualaikum sir. lab er router reset hoye geche, wifi password r jani na. router ta apnara diyechilen. kivabe abar setup korbo? lovely, lab teacher, durmuth girls""",
      "Banglish: lab router reset, needs setup"),
    P("digital-lab", "banglish", "p7", "Mostak Ahmed <mostak.hm@school.example.org>",
      "laptop charger",
      """sir, sheikh russel lab er 7 ta laptop er charger noshto hoye geche. bajare same charger pai na. kothay pabo? headmaster, ghosherpara high school""",
      "Banglish: lab laptop chargers broken"),
    P("digital-lab", "banglish", "alt", "Popy Rani <popy.rani@school.example.org>",
      "lab e printer dorkar",
      """sir amader digital lab e kono printer nai. students der project print korte bazar e jete hoy. ekta printer er jonno abedon korte chai, kivabe korbo?
popy rani, asst teacher""",
      "Banglish: apply for a printer for the lab"),
    P("digital-lab", "banglish", "b64", "Sohel Rana <sohel.rana.guardian@mail.test>",
      "computer class hoy na",
      """ami ekjon obhibhabok. amar chele kapashatia school e pore. school e computer lab ache kintu ict teacher nai, tai lab bondho thake. ekjon lab teacher dewar babostha korun please""",
      "Banglish: parent, lab closed for lack of lab teacher"),
    P("digital-lab", "banglish", "p7", "Tuhin <tuhin.ict@college.example.edu.test>",
      "ups battery",
      """sir college lab er ups battery change korte hobe, 10 ta. eta ki upazila ict office theke kora hoy naki nijeder korte hobe? quotation nite hobe?""",
      "Banglish: lab UPS battery replacement"),
]

ICT = [
    P("ict-advice", "bn", "p8", "মোঃ কামরুজ্জামান <kamruzzaman.k@mail.test>",
      "কোন কম্পিউটার কিনব",
      """স্যার,
আমার ছেলে এইচএসসিতে পড়ে, প্রোগ্রামিং শিখতে চায়। ৫০-৬০ হাজার টাকার মধ্যে ল্যাপটপ কিনব নাকি ডেস্কটপ? কোন প্রসেসর ও র‍্যাম হলে ভালো হবে একটু পরামর্শ দিলে উপকৃত হব।
কামরুজ্জামান, মেলান্দহ বাজার""",
      "Citizen asks which computer to buy for son"),
    P("ict-advice", "bn", "qp", "শাহনাজ বেগম <shahnaz.b@inbox.test>", None,
      """আমার ফেসবুক আইডি কেউ নিয়ে নিয়েছে, পাসওয়ার্ড বদলে ফেলেছে। এখন আমার আইডি থেকে আত্মীয়দের কাছে টাকা চাইছে। আমি কী করব বুঝতে পারছি না। কোথায় অভিযোগ করব বা কীভাবে ফেরত পাব?""",
      "No Subject: hacked social media account, advice (cyber security)"),
    P("ict-advice", "bn", "p8", "আলমগীর হোসেন <alamgir.h@example.com>",
      "ই-মেইল আসছে না",
      """জনাব, আমার ইমেইলে গত চার দিন ধরে কোনো নতুন মেইল আসছে না, কিন্তু আমি পাঠাতে পারছি। চাকরির ইন্টারভিউর মেইল আসার কথা। স্টোরেজ ভরে গেছে কিনা কীভাবে দেখব?
আলমগীর""",
      "Email not receiving, storage question"),
    P("ict-advice", "bn", "alt", "উপজেলা সমবায় অফিস <coop.mel@coop.example.gov.test>",
      "বিষয়: অফিসের কম্পিউটার ক্রয়ের স্পেসিফিকেশন বিষয়ে পরামর্শ",
      """বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: অফিসের কম্পিউটার ক্রয়ের স্পেসিফিকেশন বিষয়ে পরামর্শ প্রদান প্রসঙ্গে।

জনাব,
সবিনয় নিবেদন এই যে, চলতি অর্থবছরে অত্র দপ্তরের জন্য দুইটি ডেস্কটপ কম্পিউটার, একটি লেজার প্রিন্টার ও একটি স্ক্যানার ক্রয়ের বরাদ্দ পাওয়া গেছে। সরকারি ক্রয় নীতিমালা অনুযায়ী উপযুক্ত কারিগরি স্পেসিফিকেশন নির্ধারণে আপনার দপ্তরের পরামর্শ প্রয়োজন।

অতএব, উল্লিখিত যন্ত্রপাতির স্পেসিফিকেশন প্রদানের জন্য বিনীত অনুরোধ করছি।

বিনীত
উপজেলা সমবায় কর্মকর্তা
মেলান্দহ""",
      "Formal letter: specification advice for office computer purchase"),
    P("ict-advice", "bn", "b64", "তাসলিমা আক্তার <taslima.a@inbox.test>",
      "মোবাইলে অজানা লিংক",
      """আমার মোবাইলে একটা মেসেজ এসেছে "আপনার বিকাশ একাউন্ট বন্ধ হয়ে যাবে, এই লিংকে ক্লিক করুন"। আমি ক্লিক করেছি কিন্তু কিছু দিইনি। এখন কি ফোনে কোনো সমস্যা হবে? কী করা উচিত?
তাসলিমা""",
      "Clicked suspicious link, asks cyber-security advice"),
    P("ict-advice", "bn", "p8", "মোঃ ওবায়দুল হক <obaidul.h@mail.test>",
      "অনলাইনে সরকারি সেবা",
      """স্যার, গ্রামের মানুষ হিসেবে জানতে চাই অনলাইনে কোন কোন সরকারি সেবা ঘরে বসে পাওয়া যায় এবং সেগুলোর ঠিকানা কোথায় পাব? মোবাইলে কি করা সম্ভব? আমার বাবা-মা দুজনেই বয়স্ক, বারবার অফিসে যাওয়া কঠিন।
ওবায়দুল হক""",
      "General question: which government services are online"),
    P("ict-advice", "bn", "qp", "পারভীন সুলতানা <parvin.s@school.example.org>",
      "পুরোনো কম্পিউটার ধীর",
      """আমার বাসার কম্পিউটারটা খুব ধীরে চলে, চালু হতেই ১০ মিনিট লাগে। র‍্যাম বাড়ালে কাজ হবে নাকি এসএসডি লাগাতে হবে? কোনটা আগে করব?
পারভীন সুলতানা, শিক্ষিকা""",
      "Slow home PC: RAM or SSD advice (teacher, but personal)"),
    P("ict-advice", "bn", "p8", "রহিম বাদশা <rahim.badsha@mail.test>",
      "ওয়েবসাইট বানাতে চাই",
      """আমার একটা ছোট নার্সারির ব্যবসা আছে। অনলাইনে চারা বিক্রি করতে চাই। ফেসবুক পেজ ভালো নাকি আলাদা ওয়েবসাইট? খরচ কেমন পড়বে? সরকারি কোনো সহযোগিতা আছে কি?
রহিম বাদশা, নার্সারি মালিক""",
      "Small business asks about selling online (general ICT advice, not portal)"),
    P("ict-advice", "en", "p7", "Sabbir Ahmed <sabbir.ahmed@example.net>",
      "Which antivirus for office?",
      """Dear Sir,
We run a small NGO office with 6 computers in Melandaha. One got ransomware last month. Which antivirus would you recommend, and is there any free option that's reliable? Also how should we back up files?
Sabbir Ahmed, Coordinator""",
      "NGO asks antivirus and backup advice"),
    P("ict-advice", "en", "qp", "Mitu Chowdhury <mitu.c@inbox.test>",
      "Can't log in to my email",
      """Hi,
I forgot my email password and the recovery phone number is an old SIM I no longer have. Is there any way to recover the account? It has all my university documents.
Mitu""",
      "Email account recovery advice"),
    P("ict-advice", "en", "alt", "Dr. Khairul Bashar <khairul.b@example.org>",
      "Advice on software for a small clinic",
      """Dear ICT Officer,

I run a 10-bed private clinic in Melandaha and want to keep patient records on computer instead of registers. Could you suggest what kind of software (offline/online), and what precautions are needed for patient data privacy?

Regards,
Dr. Khairul Bashar""",
      "Clinic asks software and data privacy advice"),
    P("ict-advice", "en", "p7", "Office Assistant, Sub-Registry <subreg.mel@reg.example.gov.test>", "",
      """Sir, our office printer prints blank pages after we installed the new Windows update. Driver reinstall did not help. Any suggestion?""",
      "Empty subject: office printer problem after update"),
    P("ict-advice", "en", "b64", "Tanvir Hasan <tanvir.h@mail.test>",
      "Is this email genuine?",
      """Hello,
I got an email saying I won a scholarship from a foreign university and must pay a processing fee of $150. The sender address looks odd. How can I check if such emails are real? I don't want to get scammed.
Tanvir, student""",
      "Citizen asks how to tell if a suspicious email is genuine"),
    P("ict-advice", "en", "p7", "Hasina Mamun <hasina.m@example.com>",
      "Internet for my home",
      """Dear Sir, which is better for a village home near Melandaha: broadband from a local ISP or a mobile router? We need it for my daughter's online classes. Any idea of monthly cost?
Hasina""",
      "Home internet options advice"),
    P("ict-advice", "en", "qp", "Abdullah Al Mamun <mamun.freelance@example.net>",
      "Two-step verification",
      """Sir,
Someone tried to log in to my accounts from abroad. I read about two-step verification. Could you explain simply how to turn it on for email and Facebook, and whether an authenticator app is better than SMS?
Mamun""",
      "Two-step verification advice"),
    P("ict-advice", "en", "alt", "Monira Begum <monira.b@inbox.test>",
      "Data lost from pen drive",
      """Dear Sir,
My pen drive suddenly shows 'needs to be formatted' and it has my thesis files. Please advise whether I can recover the data before formatting, and whether any shop in Jamalpur does this safely.
Monira""",
      "Data recovery advice"),
    P("ict-advice", "mixed", "p8", "মোঃ রাকিব <rakib.hsc@mail.test>",
      "Laptop kinbo - budget 40k",
      """স্যার, আমি একজন student, graphics design শিখতে চাই। 40 হাজারের মধ্যে কোন laptop ভালো হবে? i3 নাকি Ryzen 3? RAM 8GB যথেষ্ট? Used laptop কেনা কি ঠিক হবে?
রাকিব""",
      "Mixed: laptop purchase advice"),
    P("ict-advice", "mixed", "qp", "Shapla Akter <shapla.akter@example.org>",
      "ইমেইলে spam বেশি আসছে",
      """Sir,
আমার email এ দিনে ১০০+ spam আসে, অনেকগুলো আবার আমার নিজের address থেকে পাঠানো দেখায়! এটা কি hack হয়েছে? Password change করলে কি হবে?
Shapla""",
      "Mixed: lots of spam, spoofed own address"),
    P("ict-advice", "mixed", "p8", "Abul Bashar <abul.bashar@mail.test>", None,
      """Sir, আমার দোকানের জন্য একটা computer আর printer কিনব, হিসাব রাখা আর কম্পোজের কাজ হবে। Brand new না refurbished? কোন printer এ খরচ কম (ink vs laser)? আপনার পরামর্শ চাই।
আবুল বাশার, ফটোকপি দোকান, মেলান্দহ বাজার""",
      "Mixed, no Subject: shop computer/printer purchase advice"),
    P("ict-advice", "mixed", "alt", "Lutfun Nessa <lutfun.n@edu.example.gov.test>",
      "Office এর সব password কোথায় রাখব",
      """স্যার,
আমাদের অফিসে ১৫টা আলাদা online account (বেতন, বাজেট, বিভিন্ন portal)। সবাই কাগজে password লিখে রাখে। কোনো password manager ব্যবহার করা কি নিরাপদ? সরকারি অফিসের জন্য কী নিয়ম?
Lutfun Nessa, Accounts Assistant""",
      "Mixed: password management advice for an office"),
    P("ict-advice", "mixed", "b64", "Mahmud Hasan <mahmud.h@example.com>",
      "Phone hack hoyeche mone hocche",
      """Sir, আমার phone নিজে নিজে app install করছে, battery খুব দ্রুত শেষ হয় আর অচেনা number এ SMS যায়। Factory reset করলে কি ঠিক হবে? Data backup কীভাবে নিব safely?
Mahmud""",
      "Mixed: phone malware advice"),
    P("ict-advice", "mixed", "p8", "Sanjida Islam <sanjida.i@inbox.test>",
      "Bangla typing software",
      """Assalamu alaikum. অফিসের কাজে Bangla typing শিখতে চাই। Bijoy না Avro কোনটা শিখব? সরকারি অফিসে কোনটা চলে? Unicode আর SutonnyMJ এর পার্থক্য কী?
Sanjida""",
      "Mixed: Bangla typing software advice"),
    P("ict-advice", "mixed", "qp", "Md. Shahin <shahin.cafe@mail.test>",
      "CCTV camera setup",
      """Sir,
দোকানে 4টা CCTV camera লাগাব, mobile থেকে দেখতে চাই। IP camera না analog DVR? Internet speed কত লাগবে? আর default password change না করলে নাকি hack হয়?
Shahin""",
      "Mixed: CCTV setup and security advice"),
    P("ict-advice", "banglish", "p7", "Rony <rony.rx@mail.test>",
      "computer kinbo",
      """sir ami ekta computer kinte chai office er kaj r ektu game khelar jonno. 35 hajar budget. desktop valo hobe na laptop? kon brand? janale upokar hoy""",
      "Banglish: which computer to buy"),
    P("ict-advice", "banglish", "p7", "Nargis <nargis.akter90@mail.test>", "",
      """sir amar gmail e dhukte gele bole suspicious activity, phone number verify korte bole kintu code ashe na. ki korbo?""",
      "Banglish, empty subject: email login verification problem"),
    P("ict-advice", "banglish", "qp", "Saiful <saiful.s@inbox.test>",
      "facebook hack",
      """vai amar facebook page hack hoye geche, page e 5000 follower chilo, ekhon onno naam e ad chalacche. kivabe ferot pabo? kothay report korbo?""",
      "Banglish: hacked Facebook page, advice"),
    P("ict-advice", "banglish", "p7", "Polash <polash.p@example.net>",
      "online e sarkari form",
      """sir online e sarkari chakrir abedon kivabe kore? teletalk e taka pathate hoy shunlam. ami kokhono kori nai. step gulo bolben? kono dokane korle ki safe?""",
      "Banglish: how to apply for government jobs online (general online services)"),
    P("ict-advice", "banglish", "alt", "Kakoli Das <kakoli.d@school.example.org>",
      "bachader jonno safe internet",
      """sir amar 2 ta chele meye mobile e youtube dekhe sara din. kivabe parental control dibo? kon app valo? ami ekjon shikkhika, school e o eta niye kotha bolte chai""",
      "Banglish: parental control / child online safety advice"),
    P("ict-advice", "banglish", "b64", "Jewel Rana <jewel.r@mail.test>",
      "pc te windows",
      """sir amar pc te windows crack kora, shunlam eta te virus thake. original windows koto taka? naki linux use korbo? linux e ki bangla type kora jay?""",
      "Banglish: cracked Windows vs licensed vs Linux"),
    P("ict-advice", "banglish", "p7", "Moyna <moyna.m@inbox.test>",
      "mobile e taka kete nicche",
      """sir amar mobile theke protidin 20-30 taka kete nicche, kono service chalu kori nai. eta ki kono app er karone? kivabe bondho korbo""",
      "Banglish: mobile balance deducted by unknown subscription (general ICT advice)"),
]

UDC = [
    P("udc-advice", "bn", "p8", "মোঃ শাহাদাত হোসেন <shahadat.udc@udc-mail.test>",
      "ডিজিটাল সেন্টারের প্রিন্টার",
      """স্যার,
আমি ঝাউগড়া ইউনিয়ন ডিজিটাল সেন্টারের উদ্যোক্তা। আমাদের সেন্টারের লেজার প্রিন্টারটা কাগজ আটকায়, প্রতিদিন অনেক সেবাগ্রহীতা ফিরে যাচ্ছে। সরকারি প্রিন্টার হলে কোথায় সার্ভিসিং করাব? নাকি নিজেদের কিনতে হবে?
শাহাদাত হোসেন, উদ্যোক্তা""",
      "UDC entrepreneur: centre printer jamming"),
    P("udc-advice", "bn", "alt", "ফুলকোচা ইউনিয়ন ডিজিটাল সেন্টার <fulkocha.udc@udc-mail.test>",
      "বিষয়: উদ্যোক্তা প্যানেলের আইডি সক্রিয়করণ প্রসঙ্গে",
      """বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: উদ্যোক্তা প্যানেলের আইডি সক্রিয়করণ প্রসঙ্গে।

জনাব,
বিনীত নিবেদন এই যে, আমি ফুলকোচা ইউনিয়ন ডিজিটাল সেন্টারে নতুন মহিলা উদ্যোক্তা হিসেবে ইউনিয়ন পরিষদের রেজুলেশনের মাধ্যমে নিয়োগপ্রাপ্ত হয়েছি। কিন্তু উদ্যোক্তা পোর্টালে আমার আইডি এখনো অনুমোদন হয়নি, ফলে আমি কোনো অনলাইন সেবা দিতে পারছি না।

অতএব, আমার আইডি সক্রিয় করার প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য বিনীত অনুরোধ জানাচ্ছি।

বিনীত
মোছাঃ সুরাইয়া ইয়াসমিন
উদ্যোক্তা, ফুলকোচা ইউডিসি""",
      "Formal letter: new female UDC entrepreneur's panel ID activation"),
    P("udc-advice", "bn", "qp", "আতিকুর রহমান <atiqur.udc@udc-mail.test>", None,
      """আমার সেন্টারে বিদ্যুৎ বিল, মোবাইল রিচার্জ আর ছবি তোলা ছাড়া তেমন আয় হয় না। অন্য ইউনিয়নের উদ্যোক্তারা নাকি এজেন্ট ব্যাংকিং ও ই-কমার্স করে ভালো আয় করছে। আমি কীভাবে শুরু করতে পারি? কোন কোন সেবা যোগ করলে আয় বাড়বে?
আতিকুর, কুলিয়া ইউনিয়ন""",
      "No Subject: UDC entrepreneur wants new income services (indirect)"),
    P("udc-advice", "bn", "p8", "নাসরিন জাহান <nasrin.udc@udc-mail.test>",
      "উদ্যোক্তা প্রশিক্ষণ",
      """স্যার, ইউডিসি উদ্যোক্তাদের জন্য নতুন কোনো প্রশিক্ষণ (ফ্রিল্যান্সিং, ভূমি সেবা, ই-কমার্স) কি আগামী মাসে আছে? আমি ও আমার সহ-উদ্যোক্তা অংশ নিতে চাই। নাম পাঠানোর নিয়ম জানাবেন।
নাসরিন জাহান, উদ্যোক্তা, মাহমুদপুর ইউডিসি""",
      "UDC entrepreneur asks about upcoming training"),
    P("udc-advice", "bn", "b64", "রবিউল ইসলাম <robiul.udc@udc-mail.test>",
      "সেন্টারের ল্যাপটপ চুরি",
      """জনাব,
গত রাতে আমাদের ইউনিয়ন ডিজিটাল সেন্টারের তালা ভেঙে একটি ল্যাপটপ ও ওয়েবক্যাম চুরি হয়েছে। থানায় জিডি করেছি। এখন জন্মনিবন্ধন ও অন্যান্য সেবা দিতে পারছি না। বিকল্প কী ব্যবস্থা নেওয়া যায় পরামর্শ দিন।
রবিউল ইসলাম, উদ্যোক্তা, নাংলা ইউডিসি""",
      "UDC centre laptop stolen, asks what to do"),
    P("udc-advice", "bn", "qp", "মোঃ মিজানুর রহমান <mizan.chairman@melandaha-up.test>",
      "উদ্যোক্তা সময়মতো বসেন না",
      """স্যার,
আমি ঘোষেরপাড়া ইউপির চেয়ারম্যান। আমাদের ডিজিটাল সেন্টারের উদ্যোক্তা নিয়মিত সেন্টারে বসেন না, সেবাগ্রহীতারা অভিযোগ করছে। সেন্টার পরিচালনা ও উদ্যোক্তা পরিবর্তনের নিয়ম কী, কীভাবে ব্যবস্থা নেওয়া যায় পরামর্শ দিলে উপকৃত হব।
চেয়ারম্যান, ঘোষেরপাড়া ইউপি""",
      "UP chairman seeks advice on running UDC / replacing entrepreneur"),
    P("udc-advice", "bn", "p8", "শারমিন আক্তার <sharmin.udc@udc-mail.test>",
      "সেবার মূল্য তালিকা",
      """আসসালামু আলাইকুম স্যার। ডিজিটাল সেন্টারে কোন সেবার জন্য কত টাকা নেওয়া যাবে তার কোনো নির্ধারিত তালিকা আছে কি? লোকজন বলে আমরা বেশি নিই। একটা অনুমোদিত মূল্য তালিকা টাঙাতে চাই।
শারমিন, উদ্যোক্তা, শ্যামপুর ইউডিসি""",
      "UDC entrepreneur asks for approved fee list"),
    P("udc-advice", "bn", "alt", "মোঃ কামাল পাশা <kamal.pasha.udc@udc-mail.test>",
      "সোলার প্যানেল ও ইন্টারনেট",
      """জনাব,
চরাঞ্চলে আমাদের সেন্টার, বিদ্যুৎ প্রায়ই থাকে না। সোলার প্যানেল আর আইপিএস দিয়ে কতটুকু চালানো যাবে? আর মোবাইল ইন্টারনেট খুব ধীর, কোন অপারেটর বা কী যন্ত্র ব্যবহার করলে ভালো হবে? সেন্টারের জন্য পরামর্শ চাই।
কামাল পাশা, উদ্যোক্তা, চরবানীপাকুরিয়া ইউডিসি""",
      "UDC in char area: solar power and internet advice"),
    P("udc-advice", "en", "p7", "Mehedi Hasan <mehedi.udc@udc-mail.test>",
      "UDC entrepreneur portal password",
      """Dear Sir,
I'm the entrepreneur of Adra Union Digital Centre. I can't log in to the entrepreneur portal since the recent update; it says my account is 'pending verification' though I've been working for 6 years. Could you please check and help reactivate it?
Mehedi Hasan""",
      "UDC entrepreneur portal account pending"),
    P("udc-advice", "en", "qp", "Sultana Razia <sultana.udc@udc-mail.test>",
      "Starting agent banking at our centre",
      """Hello Sir,
Several entrepreneurs say they earn from agent banking. What are the requirements to start it at our union digital centre (deposit, space, training), and does your office coordinate with the banks?
Sultana Razia, Kulia UDC""",
      "UDC asks how to start agent banking"),
    P("udc-advice", "en", "alt", "Secretary, Nangla UP <nangla.upsec@melandaha-up.test>",
      "Guidance on equipment for the Union Digital Centre",
      """To
The Upazila ICT Officer, Melandaha

Sir,
The Union Parishad has allocated Tk 1,20,000 from its own revenue to equip the Union Digital Centre. We request your guidance on which items (laptop, printer, scanner, webcam, projector) should be prioritised and the minimum specifications, so that the centre can deliver the most services.

Yours faithfully,
Secretary, Nangla Union Parishad""",
      "Formal: UP secretary asks what equipment to buy for UDC"),
    P("udc-advice", "en", "p7", "Rashed Khan <rashed.udc@udc-mail.test>", "",
      """Sir, the webcam at my centre does not work with the birth registration photo capture anymore after a browser update. Which browser/driver settings do other UDCs use?
Rashed, Mahmudpur UDC""",
      "Empty subject: UDC webcam/browser issue"),
    P("udc-advice", "en", "b64", "Farzana Akter <farzana.udc@udc-mail.test>",
      "Women entrepreneur training",
      """Dear Sir,
I joined as the female entrepreneur of Shyampur UDC two months ago. I have not received any training yet. Is there a basic course for new entrepreneurs on the services we should offer and on using the portal?
Farzana Akter""",
      "New UDC entrepreneur asks for basic training"),
    P("udc-advice", "en", "p7", "Ziaul Haque <ziaul.udc@udc-mail.test>",
      "Record keeping at UDC",
      """Sir, the upazila asked us to submit monthly income reports of the digital centre. Is there a standard register or an online form? I keep everything in a notebook now.
Ziaul Haque, Durmuth UDC""",
      "UDC monthly income report format"),
    P("udc-advice", "en", "qp", "Anisur Rahman <anisur.udc@udc-mail.test>",
      "E-commerce service at digital centre",
      """Dear ICT Officer,
How can our union digital centre start ordering products for villagers through e-commerce (like the rural e-commerce programme)? What commission do entrepreneurs get and is there training?
Anisur Rahman, entrepreneur, Ghosherpara UDC""",
      "UDC asks about rural e-commerce service"),
    P("udc-advice", "en", "alt", "Moushumi <moushumi.udc@udc-mail.test>",
      "Space for the centre",
      """Sir,
The Union Parishad wants to move our digital centre to a smaller room under the stairs, with no window and one socket. Customers can't even sit. Is there a guideline about the space and facilities a UDC should have? I want to show it to the chairman politely.
Moushumi, entrepreneur""",
      "UDC entrepreneur asks guideline on centre space"),
    P("udc-advice", "mixed", "p8", "মোঃ সোহেল রানা <sohel.udc@udc-mail.test>",
      "UDC তে passport আর visa service",
      """স্যার, আমার ডিজিটাল সেন্টারে passport application form পূরণ আর visa check service চালু করতে চাই। এটা কি UDC থেকে দেওয়া যাবে? Fee কত নেওয়া যাবে? কোনো guideline থাকলে দিবেন।
সোহেল রানা, উদ্যোক্তা, ঝাউগড়া ইউডিসি""",
      "Mixed: UDC entrepreneur wants to offer passport form service (advice to UDC, not a passport request)"),
    P("udc-advice", "mixed", "qp", "Taslima Khatun <taslima.udc@udc-mail.test>",
      "Centre এর internet bill",
      """Sir,
আমাদের UDC এর broadband bill মাসে ১২০০ টাকা, কিন্তু আয় কম হওয়ায় দিতে কষ্ট হচ্ছে। Union Parishad কি এই bill দিতে বাধ্য? নাকি উদ্যোক্তাকে দিতে হবে? আপনাদের পরামর্শ চাই।
Taslima, Nangla UDC""",
      "Mixed: who pays UDC internet bill"),
    P("udc-advice", "mixed", "p8", "Anwar Pervez <anwar.udc@udc-mail.test>", None,
      """আসসালামু আলাইকুম। আমি ডিজিটাল সেন্টারে বসি ৮ বছর। এখন ভূমি উন্নয়ন কর online এ নেওয়া শুরু হয়েছে। UDC থেকে এই service দিতে হলে কোন login/permission লাগবে? কারা training দেয়?""",
      "Mixed, no Subject: UDC wants to offer land tax service; asks permissions/training"),
    P("udc-advice", "mixed", "alt", "Liza Khatun <liza.udc@udc-mail.test>",
      "Entrepreneur panel e service entry",
      """Sir,
Entrepreneur panel এ daily service entry দিতে গেলে "service not found" আসে, বিশেষ করে photocopy আর compose এর জন্য। অন্য UDC তে নাকি দেখা যায়। আমার panel এ কি service list update হয়নি?
Liza, entrepreneur, Poyla UDC""",
      "Mixed: UDC entrepreneur panel service list problem"),
    P("udc-advice", "mixed", "b64", "Shafiul Alam <shafiul.udc@udc-mail.test>",
      "Sub-center খোলা যাবে?",
      """স্যার, ইউনিয়ন পরিষদ থেকে দূরের গ্রামে মানুষের সুবিধার জন্য বাজারে একটা ছোট sub-center খুলতে চাই UDC এর নামে। এটা কি নিয়মসিদ্ধ? কী permission লাগবে?
Shafiul Alam, Kapashatia UDC""",
      "Mixed: UDC sub-centre permission"),
    P("udc-advice", "mixed", "p8", "Ruma Akter <ruma.udc@udc-mail.test>",
      "Laminating machine, scanner kinbo",
      """স্যার, centre এর আয় বাড়াতে laminating machine আর একটা ভালো scanner কিনতে চাই। কোন model টেকসই? আর কোন service গুলোতে বেশি demand, আপনার অভিজ্ঞতা থেকে পরামর্শ দিবেন।
Ruma, entrepreneur""",
      "Mixed: UDC equipment purchase for income"),
    P("udc-advice", "mixed", "qp", "Habibur <habibur.udc@udc-mail.test>",
      "Entrepreneur change er niyom",
      """Dear sir,
আমি personal কারণে ঢাকায় চলে যাচ্ছি। আমার UDC এর দায়িত্ব আমার ছোট ভাইকে দিতে চাই। নতুন entrepreneur নিয়োগের process কী? Portal ID transfer করা যায়?
Habibur, Hajipur UDC""",
      "Mixed: handing over UDC to new entrepreneur"),
    P("udc-advice", "banglish", "p7", "Kawsar <kawsar.udc@udc-mail.test>",
      "udc te kaj kom",
      """sir amar digital center e manush ashe na, mashe 3-4 hajar taka income. kivabe promote korbo? onno udc ra ki kore? kono poramorsho thakle diben. kawsar, adra udc""",
      "Banglish: UDC low income, wants advice"),
    P("udc-advice", "banglish", "p7", "Mukta <mukta.udc@udc-mail.test>", "",
      """sir amader center er laptop er battery fule geche. eta ki upazila theke change kore dibe? naki nije kinbo? center er jonno kon laptop valo hobe?""",
      "Banglish, empty subject: UDC laptop battery swollen"),
    P("udc-advice", "banglish", "qp", "Arif UDC <arif.udc@udc-mail.test>",
      "training er khobor",
      """assalamualaikum sir. udc uddokta der jonno freelancing r graphics training hobe shunlam. kobe hobe r kivabe registration korbo? amar center theke 2 jon jete chai""",
      "Banglish: UDC entrepreneur asks about freelancing training for entrepreneurs"),
    P("udc-advice", "banglish", "p7", "Sumaiya <sumaiya.udc@udc-mail.test>",
      "uddokta id",
      """sir amar uddokta portal er id te dhukle bole "center not mapped". amar union kulia. ke thik korbe? apnara ki korte parben?""",
      "Banglish: UDC portal ID 'center not mapped'"),
    P("udc-advice", "banglish", "alt", "Nayan <nayan.udc@udc-mail.test>",
      "center e cc camera",
      """sir, amar digital center e ki cc camera lagano dorkar? churi hoyechilo pashe. r center er kagoj potro kivabe safe rakhbo? upazila theke kono nirdeshona ache?""",
      "Banglish: UDC security and record keeping advice"),
    P("udc-advice", "banglish", "b64", "Jony <jony.udc@udc-mail.test>",
      "mobile banking agent",
      """sir amar udc te bkash/nagad agent number nite chai jate manush cash in out korte pare. uddokta hishabe ki kono alada niyom ache? union porishod er permission lagbe?""",
      "Banglish: UDC wants to become mobile-banking agent (advice to UDC, not a refund)"),
    P("udc-advice", "banglish", "p7", "Shirin UDC <shirin.udc@udc-mail.test>",
      "union porishod bill",
      """sir union porishod bolche center er current bill amake dite hobe. age porishod dito. eta ki niyom? ami ki korbo""",
      "Banglish: UDC electricity bill dispute with UP (advice to UDC)"),
]


def specs():
    return WEB + ENOTHI + LAB + ICT + UDC
