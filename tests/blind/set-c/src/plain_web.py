"""plain requests: web-portal (ওয়েব পোর্টাল হালনাগাদ)"""
from spec import M

S = "web-portal"


def P(lang, note, frm, subject, body, **kw):
    return M("plain", S, "new", lang, note, frm=frm, subject=subject, body=body, **kw)


MAILS = [
# ---------------- bn
P("bn", "union secretary wants new chairman name and photo on union portal",
  "মোঃ আব্দুল হালিম|halim.secy@kulia-up.test", "কুলিয়া ইউনিয়ন পোর্টালে চেয়ারম্যানের তথ্য পরিবর্তন",
  """\
জনাব,
আসসালামু আলাইকুম। গত ২৮ নভেম্বর কুলিয়া ইউনিয়ন পরিষদের নতুন চেয়ারম্যান শপথ নিয়েছেন, কিন্তু আমাদের ইউনিয়ন পোর্টালে এখনো আগের চেয়ারম্যানের নাম ও ছবি দেখাচ্ছে। নতুন চেয়ারম্যান জনাব মোঃ শফিকুল ইসলামের ছবি ও মোবাইল নম্বর (০১৭১০-০০০৪৪২) সংযুক্ত করলাম। অনুগ্রহ করে পোর্টালে হালনাগাদ করে দিবেন।

মোঃ আব্দুল হালিম
সচিব, কুলিয়া ইউনিয়ন পরিষদ, মেলান্দহ
""", attach=[("chairman_photo.jpg", "jpg")]),
P("bn", "school headmaster: notice board section on school portal not updating",
  "রাবেয়া খাতুন|rabeya.hm@nangla-gbhs.edu.test", "বিদ্যালয়ের ওয়েবসাইটে নোটিশ দেওয়া যাচ্ছে না",
  """\
স্যার,
নাংলা বালিকা উচ্চ বিদ্যালয়ের (EIIN ১১৪৩২৭) ওয়েবসাইটের নোটিশ বোর্ড অংশে বার্ষিক পরীক্ষার রুটিন আপলোড করতে চাইলে "ফাইল সংরক্ষণ হয়নি" লেখা আসে। পিডিএফ ফাইলটি মাত্র ৩০০ কেবি। পরীক্ষা ১০ ডিসেম্বর শুরু, তাই দ্রুত দরকার। রুটিনটি এই মেইলের সাথে দিলাম, সম্ভব হলে আপনারাই তুলে দিন।

রাবেয়া খাতুন
প্রধান শিক্ষক
""", attach=[("barshik_routine_2026.pdf", "pdf")]),
P("bn", "UP portal: password of portal login forgotten, needs reset",
  "ঝাউগড়া ইউপি|jhaugara.up@uplocal.test", "পাসওয়ার্ড ভুলে গেছি",
  """\
ঝাউগড়া ইউনিয়নের বাতায়নে লগইন করার পাসওয়ার্ড ভুলে গেছি। আগের উদ্যোক্তা চলে যাওয়ার পর কেউ জানে না। নতুন করে লগইন পাওয়ার ব্যবস্থা করে দিলে উপকৃত হব। ইউপি সচিবের মোবাইল ০১৯১০-০০০৭৮৫।
"""),
P("bn", "add list of village police (chowkidar) to union portal",
  "নাজমুল হক|nazmul.haque@mail.test", "গ্রাম পুলিশের তালিকা পোর্টালে যুক্ত করা প্রসঙ্গে",
  """\
মহোদয়,
দুরমুট ইউনিয়ন পরিষদের ওয়েবসাইটে "গ্রাম পুলিশ" নামে একটা পাতা আছে কিন্তু সেখানে কোনো নাম নেই। আমাদের ৯ জন গ্রাম পুলিশের নাম, ওয়ার্ড ও মোবাইল নম্বরের একটি তালিকা বানিয়েছি। কীভাবে এটা পাতায় বসাবো জানালে ভালো হয়, না হলে আপনাদের কাছে পাঠিয়ে দেব।

ধন্যবাদান্তে
নাজমুল হক, হিসাব সহকারী কাম কম্পিউটার অপারেটর, দুরমুট ইউপি
"""),
P("bn", "college wants teacher list page corrected, retired teachers still shown",
  "অধ্যক্ষ, মেলান্দহ সরকারি কলেজ|principal@melandaha-gc.edu.test", "শিক্ষক তালিকা সংশোধন",
  """\
প্রিয় মহোদয়,
আমাদের কলেজের ওয়েব পোর্টালের শিক্ষক তালিকায় এখনো তিনজন অবসরপ্রাপ্ত শিক্ষকের নাম রয়েছে এবং নতুন যোগদানকৃত চারজনের নাম নেই। সংশোধিত তালিকা সংযুক্ত করা হলো। পোর্টালের "শিক্ষক" মেনুতে এটি হালনাগাদ করে দেওয়ার জন্য অনুরোধ করছি।

অধ্যক্ষ
মেলান্দহ সরকারি কলেজ
""", attach=[("shikkhok_talika.docx", "docx")]),
P("bn", "short: upazila portal phone number of land office wrong",
  "|citizen.rahim@dakghor.test", None,
  """\
উপজেলা পোর্টালে সহকারী কমিশনার (ভূমি) অফিসের যে ফোন নম্বর দেওয়া আছে সেটাতে কল গেলে অন্য লোক ধরে। নম্বরটা ঠিক করে দিন দয়া করে।
-রহিম
"""),
P("bn", "union portal: add photos of winter blanket distribution to photo gallery",
  "ফারজানা আক্তার|farzana.udc@ghoshpara.test", "ফটো গ্যালারিতে ছবি যোগ",
  """\
শ্রদ্ধেয় স্যার,
ঘোষেরপাড়া ইউনিয়নে গতকাল শীতবস্ত্র বিতরণ হয়েছে। চেয়ারম্যান সাহেব চান ছবিগুলো ইউনিয়ন বাতায়নের ফটো গ্যালারিতে দেওয়া হোক। আমি আপলোড দিলে ছবি উল্টো (কাত) হয়ে যায়। চারটা ছবি পাঠালাম, একটু দেখবেন কী সমস্যা।
ফারজানা
""", attach=[("bitoron1.jpg", "jpg"), ("bitoron2.jpg", "jpg")]),
P("bn", "primary school: no portal exists, wants one created in national portal framework",
  "মোঃ সিরাজুল ইসলাম|sirajul.gps@primary.test", "নতুন ওয়েবসাইট খোলার আবেদন",
  """\
বরাবর
উপজেলা আইসিটি অফিসার, মেলান্দহ

বিষয়: পূর্ব চরবানী সরকারি প্রাথমিক বিদ্যালয়ের জন্য বাতায়নে পাতা খোলা।

আমাদের বিদ্যালয়ের কোনো ওয়েবসাইট নেই। শুনেছি জাতীয় তথ্য বাতায়নের কাঠামোতে প্রাথমিক বিদ্যালয়ের পাতা খোলা যায়। কী কী কাগজ লাগবে এবং কবে আসতে হবে জানালে কৃতজ্ঞ থাকব।

বিনীত
মোঃ সিরাজুল ইসলাম, প্রধান শিক্ষক
মোবাইল: ০১৮১৫-০০০৩৩১
"""),
P("bn", "citizen: union portal shows outdated citizen charter fees",
  "শাহানা পারভীন|shahana.p@inbox.example", "নাগরিক সনদে পুরনো ফি",
  """\
আদ্রা ইউনিয়নের ওয়েবসাইটে নাগরিক সনদে জন্ম নিবন্ধনের ফি এখনো ২৫ টাকা লেখা, কিন্তু অফিসে ৫০ টাকা নেয়। হয় ওয়েবসাইট ঠিক করা হোক, নয়তো বলা হোক কোনটা সঠিক। ওয়েবসাইটের তথ্য হালনাগাদ করার অনুরোধ রইল।
"""),
P("bn", "upazila office section wants e-mail address on its portal page changed",
  "উপজেলা সমাজসেবা অফিস|uso.melandaha@dss-office.test", "ই-মেইল ঠিকানা পরিবর্তন",
  """\
উপজেলা পোর্টালে উপজেলা সমাজসেবা অফিসের পাতায় পুরনো ই-মেইল ঠিকানা রয়েছে। নতুন ঠিকানা: uso.melandaha@dss-office.test। পাতার "যোগাযোগ" অংশে এটি বসিয়ে দেওয়ার অনুরোধ।

উপজেলা সমাজসেবা কর্মকর্তা, মেলান্দহ
"""),
# ---------------- en
P("en", "headmaster asks to put SSC result summary on school portal",
  "Md. Kamrul Hasan|kamrul.hasan@fulkocha-hs.edu.test", "SSC result summary on our school website",
  """\
Dear Sir,

Fulkocha High School (EIIN 114389) would like to publish this year's SSC result summary (pass rate, GPA-5 count) on the school web portal. Our computer teacher is on leave until January and nobody else knows the portal login. Could your office upload the attached summary, or show one of us how to do it?

Regards,
Md. Kamrul Hasan
Headmaster
Mobile 01712-000918
""", attach=[("ssc_2026_summary.pdf", "pdf")]),
P("en", "very short: officer list on portal still shows transferred UNO",
  "|tanvir.r@freemail.test", "officer list outdated",
  """\
The Melandaha upazila portal still lists the previous UNO under "officers". He was transferred in October. Please update.
"""),
P("en", "UP wants English version of union portal pages filled",
  "Shyampur Union Parishad|shyampur.up@uplocal.test", "English pages of union portal are blank",
  """\
Hello,
When visitors switch our union portal to English, most pages are empty (about, services, contact). Some NGOs working in Shyampur union asked us about it. We have prepared English text for three pages in the attached document. Can you help us put it on the portal, or enable us to edit the English side?

Thanks,
Secretary, Shyampur UP
""", attach=[("english_pages.docx", "docx")]),
P("en", "citizen reports broken link to land tax form on union site",
  "Shirin Akter|shirin.akter@inbox.example", None,
  """\
Hi,
On the Mahmudpur union website the link for the land development tax form gives "page not found". I tried from phone and computer. Could someone at the ICT office fix the link?
Shirin
"""),
P("en", "college IT teacher asks for second admin account on college portal",
  "Arif Billah|arif.billah@melandaha-gc.edu.test", "Request: additional editor account for college portal",
  """\
Dear ICT Officer,

I have been given responsibility for the college website by the principal (letter attached). Currently only the principal's account can edit the portal and he rarely has time. I request an editor account in my name so that I can upload notices and admission information.

Name: Arif Billah, Lecturer (ICT)
Mobile: 01911-000562

Best regards,
Arif
""", attach=[("principal_letter.pdf", "pdf")]),
P("en", "upazila agriculture office wants crop advisory notice published",
  "Upazila Agriculture Office|uao.melandaha@dae-office.test", "Notice for the upazila portal - Rabi seed distribution",
  """\
Sir,
Please publish the attached notice on Rabi seed and fertiliser distribution in the notice section of the Melandaha upazila portal, and keep it on the home page slider until 20 December if possible.
Thank you.
Upazila Agriculture Officer
""", attach=[("rabi_notice.pdf", "pdf")], fmt="html"),
P("en", "union portal banner still shows last year's date, wants it removed",
  "Nayanagar UDC|nayanagar.udc@udc-mail.test", "old banner",
  """\
Dear sir, our union web portal top banner still has the Victory Day 2025 picture. We do not know how to remove it. Please remove or tell the way.
Nayanagar union
"""),
P("en", "school wants managing committee list replaced",
  "Selina Parvin|selina.parvin@adra-hs.edu.test", "Managing committee list on school portal",
  """\
Good afternoon,

A new managing committee was approved by the board for Adra High School last month. The portal still shows the old committee with the previous president. I am attaching the board approval and the new list. Please update the "Managing Committee" page.

Selina Parvin
Assistant Head Teacher, Adra High School
""", attach=[("committee_approval.pdf", "pdf")]),
P("en", "portal map location of union parishad is wrong",
  "Jamal Uddin|jamal.u@mail.test", "Map on union portal points to wrong place",
  """\
Dear Sir/Madam,
The Google-style map on the Charbani Pakuria union portal puts the union parishad building about 3 km away, near the river. People coming from outside get lost. Can the location be corrected on the portal?
Jamal Uddin, Charbani Pakuria
"""),
# ---------------- mixed
P("mixed", "union portal: add RTI designated officer info",
  "মোস্তাফিজুর রহমান|mostafiz.secy@nangla-up.test", "RTI officer info - নাংলা ইউনিয়ন portal",
  """\
স্যার,
নাংলা ইউনিয়ন portal-এ "তথ্য প্রদানকারী কর্মকর্তা" page-টা খালি। আমি সচিব হিসেবে designated officer, আমার নাম, phone (01713-000274) আর email দিয়ে page-টা update করতে চাই। কিন্তু edit option-এ গেলে "permission denied" দেখায়। একটু access দিয়ে দিন বা update করে দিন।

ধন্যবাদ
মোস্তাফিজুর রহমান, সচিব
"""),
P("mixed", "school website slider images broken after update",
  "তাহমিনা ইসলাম|tahmina.cteacher@gmhs.edu.test", "Website slider এর ছবি আসছে না",
  """\
আসসালামু আলাইকুম,
গোশাইপুর উচ্চ বিদ্যালয়ের website-এর home page slider-এ গত সপ্তাহ থেকে কোনো ছবি load হচ্ছে না, শুধু ধূসর box দেখায়। আমরা কিছু change করিনি। Chrome আর mobile দুটোতেই একই অবস্থা। Please check করবেন।
তাহমিনা, কম্পিউটার শিক্ষক
"""),
P("mixed", "UP wants to publish budget 2026-27 on portal",
  "দুরমুট ইউপি|durmut.up@uplocal.test", "বাজেট ২০২৬-২৭ publish করা",
  """\
দুরমুট ইউনিয়ন পরিষদের ২০২৬-২৭ অর্থবছরের বাজেট open meeting-এ পাস হয়েছে। এটা union portal-এর "বাজেট" section-এ PDF আকারে দিতে চাই। File size 4 MB, upload limit-এ আটকে যাচ্ছে। কী করব?
""", attach=[("budget_2026_27.pdf", "pdf")]),
P("mixed", "short mixed: portal login OTP not coming to mobile",
  "|sumon.upentre@mail.test", "Portal login OTP আসে না",
  """\
Union portal-এ login করতে গেলে OTP চায়, কিন্তু আমার নম্বরে (01720-000391) কোনো SMS আসে না। দুই দিন ধরে এমন। help দরকার।
সুমন, ঝাউগড়া
"""),
P("mixed", "madrasa wants its page added under education institutions list",
  "মাওলানা আব্দুর রউফ|abdurrouf.supt@dakhil.test", "মাদ্রাসার নাম portal-এ নেই",
  """\
মুহতারাম,
উপজেলা portal-এর শিক্ষা প্রতিষ্ঠান list-এ আমাদের হাজীপুর দাখিল মাদ্রাসার (EIIN ১১৪৫০২) নাম নেই, অথচ পাশের সব মাদ্রাসার নাম আছে। আমাদের নাম, ঠিকানা ও সুপারের contact যোগ করার আবেদন করছি।

মাওলানা আব্দুর রউফ
সুপার, হাজীপুর দাখিল মাদ্রাসা
"""),
P("mixed", "HTML-only: college admission notice for HSC with link request",
  "Admission Committee|admission@melandaha-mc.edu.test", "HSC ভর্তি বিজ্ঞপ্তি - website-এ দিতে হবে",
  None, html="""\
<html><body>
<p>প্রিয় স্যার,</p>
<p>মেলান্দহ মহিলা কলেজের <b>HSC ভর্তি বিজ্ঞপ্তি ২০২৭</b> attached করলাম। College-এর web portal-এ notice হিসেবে দিতে হবে এবং home page-এ একটা <i>scrolling headline</i> দিলে ভালো হয়।</p>
<p>Deadline: ১৫ ডিসেম্বরের মধ্যে।</p>
<p>ভর্তি কমিটি<br>মেলান্দহ মহিলা কলেজ</p>
</body></html>
""", attach=[("HSC_admission_notice.pdf", "pdf")]),
P("mixed", "upazila portal: wants 'important links' box changed",
  "পিআইও অফিস|pio.melandaha@pio-office.test", "Important links update",
  """\
উপজেলা portal-এর ডান পাশের "গুরুত্বপূর্ণ লিংক" box-এ আমাদের প্রকল্প বাস্তবায়ন অফিসের কাবিখা/টিআর তালিকার link দিতে চাই। Link আর title নিচে দিলাম:
শিরোনাম: কাবিখা প্রকল্প তালিকা ২০২৬-২৭
Link: http://pio-melandaha.example/kabikha
ধন্যবাদ, পিআইও
"""),
P("mixed", "union portal domain shows hacked/gambling content",
  "রাশেদুল করিম|rashed.karim@bdmail.example", "Urgent - union website-এ অন্য জিনিস দেখাচ্ছে",
  """\
ভাই,
আজ সকালে ফুলকোচা ইউনিয়নের website খুলে দেখি home page-এর নিচে অদ্ভুত English link আর ছবি, মনে হয় কেউ hack করেছে বা spam বসিয়েছে। দয়া করে তাড়াতাড়ি দেখুন, এটা সরকারি site।
রাশেদুল করিম
ফুলকোচা
"""),
P("mixed", "school: change headmaster photo and message page",
  "আনোয়ার হোসেন|anowar.hm@kapashatia.edu.test", "প্রধান শিক্ষকের বাণী ও ছবি",
  """\
Sir,
আমি নতুন প্রধান শিক্ষক হিসেবে কাপাশাটিয়া উচ্চ বিদ্যালয়ে যোগদান করেছি (EIIN 114356)। School website-এ এখনো আগের প্রধান শিক্ষকের বাণী আর ছবি। আমার ছবি আর বাণী attach করলাম, update করার request করছি।
আনোয়ার হোসেন
01815-000627
""", attach=[("hm_photo.jpg", "jpg"), ("bani.docx", "docx")]),
P("mixed", "union site: form download pages show Bijoy garbled text",
  "মিতু রায়|mitu.roy@inbox.example", "Website-এর লেখা ভেঙে যাচ্ছে",
  """\
হ্যালো,
মাহমুদপুর ইউনিয়ন website-এর "সেবা সমূহ" page-এর লেখাগুলো পড়া যায় না, অদ্ভুত English অক্ষর দেখায় (মনে হয় SutonnyMJ থেকে copy করে বসানো)। সাধারণ মানুষ পড়তে পারছে না। Unicode-এ ঠিক করে দেওয়া যায়?
মিতু
"""),
# ---------------- banglish
P("banglish", "banglish: union portal chairman mobile number wrong",
  "Rafiq|rafiq.mia@mail.test", "union website e vul number",
  """\
assalamualaikum sir, amader Adra union er website e chairman saheber mobile number vul deya ase, sesh er duita digit ulta. sothik number 01711-000845. ektu thik kore diben plz.
rafiq, adra
"""),
P("banglish", "banglish: school wants to upload admission result",
  "Mst. Nasrin|nasrin.teacher@pakuria-hs.edu.test", "vorti result website e dite chai",
  """\
Sir,
amra Pakuria high school theke. class six er vorti lottery result website e dite chai kintu amader portal er login kaj kore na, "invalid user" dekhay. EIIN 114371. kivabe login thik korbo bolben? na hole result ta apnader kache pathai.
Nasrin, assistant teacher
"""),
P("banglish", "banglish: gallery page shows photos of another union",
  "|kulia.youth@freemail.test", "gallery te onno union er chobi",
  """\
vai amader kulia union er website er photo gallery te dekhi onno union er sob chobi (mela, school). mone hoy kono vabe mix hoye gese. thik korar babostha koren.
"""),
P("banglish", "banglish: UP secretary asks to add ward member list",
  "Abul Kashem|kashem.secy@fulkocha-up.test", "ward member list add",
  """\
Sir salam neben. Fulkocha UP er portal e ward member der list nai. 9 jon member ar 3 jon mohila member er nam, ward no ar mobile no excel file e dilam. eta portal e "jonoprotinidhi" page e boshiye diben.
Abul Kashem, UP Sochib
""", attach=[("member_list.zip", "zip")]),
P("banglish", "banglish: notice deletion request - wrong notice posted",
  "Sadia Islam|sadia.i@melandaha-gc.edu.test", "vul notice delete korte hobe",
  """\
Assalamu alaikum. Gotokal college er website e ekta vul notice (exam date 5 dec) upload kora hoise, ashol date 12 dec. amra delete korte parchi na, delete button nai. please notice ta remove kore den, emergency. Sadia, office assistant, 01740-000516
"""),
P("banglish", "banglish: long request to redesign school page content",
  "Mahbub Alam|mahbub.alam@durmut-hs.edu.test", "amader school portal update er bepare",
  """\
Assalamu alaikum sir,

ami Durmut High School er ICT teacher Mahbub. amader school er web portal onek din update hoy nai. ja ja lagbe:
1. shikkhok talika (3 jon notun)
2. kormochari talika
3. chatro-chatri shongkha 2026
4. kichu notun chobi

ami nije korte chai kintu amar kono account nai. ekta editor account dile ami korte parbo. EIIN 114348.

dhonnobad
Mahbub Alam
01921-000734
"""),
P("banglish", "banglish: union portal not opening at all",
  "Jewel|jewel.udc@udc-mail.test", None,
  """\
sir Nangla union er website 3 din dhore open hoy na, "site can't be reached" ase. amader citizen ra online e form download korte parche na. ektu check korben.
Jewel
"""),
P("banglish", "banglish HTML: add school's EIIN and address on portal contact page",
  "Tania|tania.office@jhaugara-gs.edu.test", "contact page e address vul",
  None, html="""\
<div style="font-family:Arial">
<p>Sir, <b>Jhaugara Girls School</b> er website er contact page e address "Jamalpur sadar" lekha, asholey amra Melandaha upazila te. EIIN 114399 o deya nai.</p>
<p>thik address: Jhaugara, Melandaha, Jamalpur. please update kore din.</p>
<p>- Tania, office</p>
</div>
"""),
P("banglish", "banglish: wants training on updating union portal",
  "Hasan|hasan.entre@mahmudpur.test", "portal update shikhte chai",
  """\
Salam sir. ami Mahmudpur union parishad e notun hisab sohokari hishebe joined korechi. union portal e kivabe notice, chobi, tottho update korte hoy ta kichui jani na. office e eshe shikhte chai, kobe ashbo janaben? 01750-000183.
"""),
]
