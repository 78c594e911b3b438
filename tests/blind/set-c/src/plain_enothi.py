"""plain requests: e-nothi (ই-নথি হালনাগাদ)"""
from spec import M

S = "e-nothi"


def P(lang, note, frm, subject, body, **kw):
    return M("plain", S, "new", lang, note, frm=frm, subject=subject, body=body, **kw)


MAILS = [
# ---------------- bn
P("bn", "new officer joined, needs e-Nothi ID and designation assigned",
  "ডা. সাবরিনা হক|sabrina.uho@health-office.test", "নতুন কর্মকর্তার ই-নথি আইডি",
  """\
মহোদয়,
আমি গত ১ ডিসেম্বর উপজেলা স্বাস্থ্য ও পরিবার পরিকল্পনা কর্মকর্তা হিসেবে মেলান্দহে যোগদান করেছি। আমার আগের কর্মস্থল সরিষাবাড়ী। ই-নথিতে এখনো আমার পদবি মেলান্দহ অফিসের সাথে যুক্ত হয়নি, তাই কোনো নথি দেখতে পাচ্ছি না। প্রয়োজনীয় ব্যবস্থা গ্রহণের অনুরোধ জানাচ্ছি। যোগদানপত্র সংযুক্ত।

ডা. সাবরিনা হক
""", attach=[("joining_letter.pdf", "pdf")]),
P("bn", "file stuck in previous officer's desk after transfer",
  "মোঃ মতিউর রহমান|motiur.ac@land-office.test", "ট্রান্সফারের পর নথি আটকে আছে",
  """\
স্যার,
সহকারী কমিশনার (ভূমি) অফিসের তিনটি নামজারি সংক্রান্ত নথি আগের অফিস সহকারীর ডেস্কে রয়ে গেছে। তিনি বদলি হয়ে গেছেন, তার আইডি বন্ধ। নথিগুলো আমার ডেস্কে আনার উপায় কী? নথি নম্বর: ৫৬.০১.৩৯৬১.০০০.২৫.০১৪.২৬, ...০১৫.২৬, ...০১৮.২৬।

মতিউর রহমান, অফিস সহকারী কাম কম্পিউটার মুদ্রাক্ষরিক
"""),
P("bn", "short: e-nothi password reset request",
  "নুসরাত জাহান|nusrat.j@edu-office.test", "ই-নথির পাসওয়ার্ড",
  """\
ই-নথির পাসওয়ার্ড তিনবার ভুল দেওয়ায় আইডি লক হয়ে গেছে। রিসেট করে দিন। ইউজার আইডি: ২০০০০০০০১২৪৭।
নুসরাত, উপজেলা মাধ্যমিক শিক্ষা অফিস
"""),
P("bn", "digital signature not working on e-nothi draft approval",
  "উপজেলা কৃষি অফিসার|uao.melandaha@dae-office.test", "ডিজিটাল স্বাক্ষর দেওয়া যাচ্ছে না",
  """\
জনাব,
ই-নথিতে পত্রজারির সময় ডিজিটাল স্বাক্ষর (টোকেন) দিতে গেলে "সনদ যাচাই করা যায়নি" বার্তা আসে। টোকেনের মেয়াদ ২০২৭ পর্যন্ত আছে। গত সপ্তাহেও কাজ করছিল। তিনটি জরুরি চিঠি আটকে আছে। আপনার অফিসের কেউ এসে দেখলে ভালো হয়।

উপজেলা কৃষি অফিসার, মেলান্দহ
"""),
P("bn", "union parishad wants to start e-nothi, asks setup procedure",
  "আদ্রা ইউনিয়ন পরিষদ|adra.up@uplocal.test", "ইউনিয়ন পরিষদে ই-নথি চালু",
  """\
শ্রদ্ধেয় স্যার,
জেলা প্রশাসন থেকে ইউনিয়ন পরিষদে ই-নথি চালুর নির্দেশনা এসেছে। আদ্রা ইউপিতে কীভাবে অফিস, শাখা ও পদবি তৈরি হবে, কার কার আইডি লাগবে এবং কী কাগজপত্র দিতে হবে — বিস্তারিত জানালে উপকৃত হব।

সচিব, আদ্রা ইউনিয়ন পরিষদ
০১৭১৬-০০০৫৫৯
"""),
P("bn", "training request for office assistants on e-nothi",
  "উপজেলা মহিলা বিষয়ক কর্মকর্তা|uwao@mohila-office.test", "ই-নথি প্রশিক্ষণ",
  """\
আমাদের অফিসের দুজন নতুন অফিস সহায়ক ই-নথিতে ডাক গ্রহণ ও নথিতে উপস্থাপন করতে পারেন না। আপনার অফিস থেকে ছোট একটা হাতে-কলমে প্রশিক্ষণের ব্যবস্থা করা গেলে ভালো হতো। সুবিধাজনক তারিখ জানাবেন।

উপজেলা মহিলা বিষয়ক কর্মকর্তা, মেলান্দহ
"""),
P("bn", "dak not showing in inbox of e-nothi",
  "মোঃ জাকির হোসেন|zakir.h@pso-office.test", "ডাক আসছে না",
  """\
স্যার, জেলা থেকে বলছে দুইটি ডাক আমাদের অফিসে পাঠানো হয়েছে, কিন্তু ই-নথির আগত ডাকে কিছুই দেখাচ্ছে না। অন্য কোনো শাখায় চলে গেছে কি না বুঝতে পারছি না। একটু দেখে দিন।
জাকির, উপজেলা পরিসংখ্যান অফিস
"""),
P("bn", "wrong designation name spelled in e-nothi signature block",
  "ফাহমিদা সুলতানা|fahmida.s@coop-office.test", "পদবির বানান ভুল",
  """\
ই-নথিতে আমার পদবি "উপজেলা সমবায় অফিসার" এর জায়গায় "উপজেলা সমাবায় অফিসার" দেখাচ্ছে। সব পত্রে এই ভুল বানান যাচ্ছে। সংশোধন করে দেওয়ার অনুরোধ।
ফাহমিদা সুলতানা
উপজেলা সমবায় অফিসার, মেলান্দহ
"""),
P("bn", "officer on leave, wants additional charge set in e-nothi",
  "উপজেলা প্রকৌশলী|ue.melandaha@lged-office.test", "অতিরিক্ত দায়িত্ব ই-নথিতে",
  """\
জনাব,
আমি ১০ থেকে ২৪ ডিসেম্বর পর্যন্ত শ্রান্তি বিনোদন ছুটিতে থাকব। এ সময়ে সহকারী প্রকৌশলী জনাব তারেক আজিজ অতিরিক্ত দায়িত্ব পালন করবেন। ই-নথিতে তাকে আমার পদের অতিরিক্ত দায়িত্ব দেওয়ার ব্যবস্থা করার অনুরোধ করছি। অফিস আদেশ সংযুক্ত।

উপজেলা প্রকৌশলী, এলজিইডি, মেলান্দহ
""", attach=[("office_order_charge.pdf", "pdf")]),
P("bn", "potrojari letter not reaching district office",
  "সাইফুল ইসলাম|saiful.pio@pio-office.test", None,
  """\
ই-নথি থেকে পত্রজারি করা একটি চিঠি জেলা ত্রাণ ও পুনর্বাসন কর্মকর্তার দপ্তরে পৌঁছায়নি বলে তারা ফোন করেছেন। আমাদের দিকে "জারি সম্পন্ন" দেখাচ্ছে। বিষয়টা কীভাবে যাচাই করব?
সাইফুল, পিআইও অফিস
"""),
# ---------------- en
P("en", "e-Nothi login says user not found after NID change",
  "Tahsin Ahmed|tahsin.ahmed@youth-office.test", "Cannot log in to e-Nothi",
  """\
Dear Sir,

Since last Thursday I cannot log in to e-Nothi. It says "user not found". My mobile number was changed in the HR system last month; maybe that is the reason. I am the Upazila Youth Development Officer, Melandaha. Could you check my account?

Thanks and regards,
Tahsin Ahmed
01715-000480
"""),
P("en", "request to create new branch (shakha) in office's e-nothi",
  "Upazila Education Office|ueo.melandaha@dpe-office.test", "New section in e-Nothi office structure",
  """\
Sir,

Our office has been given a new "Stipend" cell this year with two staff. We need a new branch in our e-Nothi office structure with two posts (Assistant Upazila Education Officer - Stipend, Office Assistant). Please advise the procedure or do the setup from your end.

Upazila Education Officer, Melandaha
"""),
P("en", "short English: nothi register export not working",
  "|rezaul.k@land-office.test", "nothi register report",
  """\
The "nothi register" report in e-Nothi downloads an empty Excel file. Any fix?
Rezaul, AC Land office
"""),
P("en", "officer retired, wants his e-nothi ID released and files handed over",
  "Abdul Mannan|a.mannan@fisheries-office.test", "Retirement - handover of e-Nothi files",
  """\
Dear ICT Officer,

I am going on PRL from 31 December 2026. There are about 40 nothis under my desk in e-Nothi. I would like to transfer all of them to the Senior Upazila Fisheries Officer's desk before I leave and then have my ID closed properly. Can your office guide me or arrange it?

Abdul Mannan
Upazila Fisheries Officer, Melandaha
"""),
P("en", "HTML: e-nothi attachment upload fails for large PDF",
  "Nasima Begum|nasima.b@social-office.test", "Attachment upload problem in e-Nothi",
  None, html="""\
<html><body style="font-family:Calibri,sans-serif">
<p>Dear Sir,</p>
<p>When I try to attach a scanned PDF (about 12 MB) to a note in e-Nothi the progress bar stops at 90% and nothing happens. Smaller files are fine. Is there a size limit? Should I compress the scan?</p>
<p>Nasima Begum<br>Office Assistant, Upazila Social Services Office</p>
</body></html>
"""),
P("en", "new UNO wants e-nothi training for all upazila offices",
  "UNO Melandaha|uno.melandaha@admin-office.test", "e-Nothi refresher training for upazila offices",
  """\
Dear Upazila ICT Officer,

Many offices in the upazila are still sending paper letters instead of using e-Nothi. Please arrange a one-day refresher training on e-Nothi (dak, nothi, potrojari, digital signature) for the office assistants of all upazila offices in the second week of December, and send me a draft schedule.

Upazila Nirbahi Officer
Melandaha, Jamalpur
"""),
P("en", "e-nothi notifications going to old email",
  "Farhana Yasmin|farhana.y@family-office.test", "e-Nothi notification email",
  """\
Hi,
E-Nothi sends my notification mails to my old address, which I can no longer open. My new office mail is farhana.y@family-office.test. How do I change it? I don't see the option in profile.
Regards, Farhana
"""),
P("en", "signature image blurry in e-nothi letters",
  "Md. Shahidul Alam|shahidul.alam@livestock-office.test", "Signature image",
  """\
Dear Sir,
The scanned signature attached to my profile in e-Nothi appears very blurry on printed letters. I have a new scan (attached). Could you replace it or tell me where to upload it?
Dr. Md. Shahidul Alam
Upazila Livestock Officer
""", attach=[("signature_new.jpg", "jpg")]),
P("en", "nothi wrongly closed (nishponno), needs reopening",
  "Kohinoor Akter|kohinoor.a@land-office.test", "Nothi closed by mistake",
  """\
Sir,
A nothi on khas land lease (no. 56.01.3961.000.31.007.26) was marked "nishponno" by mistake yesterday. We still need to add two more notes. Is it possible to reopen it?
Kohinoor Akter, Office Assistant, AC Land Office
"""),
# ---------------- mixed
P("mixed", "mixed: e-nothi desk shows two designations, wants one removed",
  "মোঃ রাকিবুল হাসান|rakibul.h@upazila-office.test", "e-Nothi তে দুইটা designation",
  """\
স্যার,
আমার e-Nothi account-এ এখন দুইটা designation দেখাচ্ছে — "অফিস সহকারী" আর "হিসাবরক্ষক (অতিরিক্ত দায়িত্ব)"। অতিরিক্ত দায়িত্ব শেষ হয়েছে ৩০ নভেম্বর। দ্বিতীয়টা remove করে দিলে ভালো হয়, না হলে ভুল desk-এ ডাক চলে যায়।
রাকিবুল
"""),
P("mixed", "mixed: token driver install problem for digital signature",
  "শারমিন আক্তার|sharmin.a@edu-office.test", "DS token driver install হচ্ছে না",
  """\
আসসালামু আলাইকুম,
অফিসের নতুন laptop-এ (Windows 11) digital signature token-এর driver install করতে গেলে error দেয়। পুরনো desktop-এ ঠিক ছিল। e-Nothi-তে sign করতে পারছি না। আপনার office থেকে কেউ remote-এ বা এসে দেখে দিতে পারবেন?
শারমিন, উপজেলা মাধ্যমিক শিক্ষা অফিস
"""),
P("mixed", "mixed short: nothi number format wrong",
  "|hasibul.pio@pio-office.test", "nothi number ভুল আসছে",
  """\
নতুন নথি খুললে nothi number-এ অফিস code ভুল (৩৯৬২ আসে, আমাদের ৩৯৬১)। setup-এ ভুল আছে মনে হয়। দয়া করে ঠিক করুন।
"""),
P("mixed", "mixed: union parishad secretary needs e-nothi ID for UP",
  "আবুল কালাম আজাদ|kalam.secy@shyampur-up.test", "UP সচিবের e-Nothi ID",
  """\
জনাব,
আমি শ্যামপুর ইউনিয়ন পরিষদের সচিব। e-Nothi-তে UP অফিস তৈরি হয়েছে শুনেছি কিন্তু আমার কোনো login ID পাইনি। NID, PDS ID ও মোবাইল নম্বর নিচে দিলাম:
NID: ১৯৮৫৩৯১০০০০০০০৪৭
Mobile: 01718-000362
ID তৈরি করে জানাবেন।
আবুল কালাম আজাদ
"""),
P("mixed", "mixed HTML: nothi movement to UNO stuck 'pending'",
  "উপজেলা হিসাবরক্ষণ অফিস|uao.accounts@finance-office.test", "নথি UNO desk-এ যাচ্ছে না",
  None, html="""\
<html><body>
<p>স্যার,</p>
<p>আমাদের একটি নথি (বিল সংক্রান্ত) UNO মহোদয়ের desk-এ পাঠালে status <b>"pending"</b> থেকে যাচ্ছে, UNO অফিস বলছে তারা পায়নি। গতকাল থেকে তিনবার চেষ্টা করেছি।</p>
<p>Screenshot attach করলাম।</p>
<p>উপজেলা হিসাবরক্ষণ অফিস, মেলান্দহ</p>
</body></html>
""", attach=[("pending_screenshot.jpg", "jpg")]),
P("mixed", "mixed: wants to add office seal/logo to e-nothi letter head",
  "মাহফুজা খানম|mahfuza.k@mohila-office.test", "Letter head-এ logo",
  """\
আমাদের অফিসের potrojari letter-এর উপরে সরকারি logo আসে না, শুধু লেখা আসে। অন্য অফিসের চিঠিতে logo থাকে। letter head setting কোথায় change করব? অথবা আপনারা করে দিন।
মাহফুজা খানম
"""),
P("mixed", "mixed: office moving, wants e-nothi office name change",
  "Md. Obaidul Haque|obaidul.h@bwdb-office.test", "e-Nothi তে office-এর নাম পরিবর্তন",
  """\
Dear Sir,
আমাদের অফিসের নাম পরিবর্তন হয়ে "উপসহকারী প্রকৌশলীর কার্যালয়, বাপাউবো, মেলান্দহ" হয়েছে (প্রজ্ঞাপন সংযুক্ত)। e-Nothi-তে office name ও address update করা দরকার। কীভাবে apply করব?
Obaidul Haque
""", attach=[("projnapon.pdf", "pdf")]),
P("mixed", "mixed: cannot see archived nothis from 2024",
  "নাসির উদ্দিন|nasir.u@land-office.test", "পুরনো nothi খুঁজে পাচ্ছি না",
  """\
২০২৪ সালের কিছু নিষ্পন্ন নথি দরকার (audit চাইছে), কিন্তু e-Nothi-তে search দিলে কিছুই আসে না। archive কোথায় থাকে, কীভাবে দেখব? urgent, audit team বৃহস্পতিবার আসবে।
নাসির, AC Land office
"""),
P("mixed", "mixed: request e-nothi mobile app login help",
  "রুমানা আফরোজ|rumana.a@upazila-office.test", "e-Nothi app login",
  """\
Sir, আমি mobile-এ e-Nothi app install করেছি কিন্তু login-এ "device not registered" বলছে। Desktop-এ ঠিক চলে। App-এ কি আলাদা করে কিছু করতে হয়?
রুমানা
"""),
P("mixed", "mixed: union parishad wants posts added to its e-nothi office",
  "মেলান্দহ সদর ইউপি|sadar.up@uplocal.test", "UP e-Nothi setup - শাখা ও পদ",
  """\
সম্মানিত স্যার,
মেলান্দহ সদর ইউনিয়ন পরিষদের e-Nothi-তে শুধু "সচিব" পদ আছে। চেয়ারম্যান, হিসাব সহকারী ও গ্রাম পুলিশ দফাদারের পদ যোগ করা দরকার যাতে ডাক সরাসরি যায়। প্রয়োজনীয় তথ্য চাইলে দিব।
সচিব
"""),
# ---------------- banglish
P("banglish", "banglish: e-nothi id locked",
  "Rokeya|rokeya.office@edu-office.test", "e nothi id lock",
  """\
sir amar e nothi id lock hoye gese, password change korte giye. ekhon kono dak receive korte parchi na. id ta unlock kore din plz. Rokeya, upazila shikkha office.
"""),
P("banglish", "banglish: how to forward nothi to another office",
  "Mizanur|mizan.asst@pio-office.test", "nothi onno office e pathabo kivabe",
  """\
Assalamualaikum. PIO office theke ekta nothi Upazila engineer office e pathate hobe. kintu nothi forward korar somoy onno office er kono designation list e ashe na, shudhu amader office er lok dekhay. ki korte hobe?
Mizanur Rahman
"""),
P("banglish", "banglish: digital signature certificate expired",
  "Sohel Rana|sohel.rana@youth-office.test", None,
  """\
sir amar digital signature er certificate expire hoye gese mone hoy, e nothi te sign dile "certificate expired" ase. notun certificate kivabe pabo, kar kache apply korbo? 01719-000275
"""),
P("banglish", "banglish: UP secretary e-nothi training request",
  "Delwar Hossain|delwar.secy@kulia-up.test", "e nothi training lagbe",
  """\
Sir, Kulia UP te e nothi chalu hoyeche kintu ami ar hisab sohokari keu e-nothi chalate pari na. dak upload, nothi khola, potro jari kivabe kore shikhte chai. apnar office e ekdin training er babostha korle khub upokar hoy.
Delwar Hossain, Sochib, Kulia UP
"""),
P("banglish", "banglish: dak sent to wrong desk, wants it retrieved",
  "Shamima|shamima.da@family-office.test", "vul desk e dak chole gese",
  """\
Salam. ami ekta dak vul kore amader office er driver er desk e pathiye disi (onar id o ache ki karone). ekhon ferot anbo kivabe? dak ta important, district theke asche.
Shamima, family planning office
"""),
P("banglish", "banglish HTML: browser shows blank page after e-nothi login",
  "Tarek|tarek.a@lged-office.test", "e nothi login er por blank page",
  None, html="""\
<p>sir,</p>
<p>e nothi te login korar por shudhu <b>sada page</b> ase, kichu load hoy na. Chrome update korsi, cache clear korsi, tao same. onno computer e cholche. amar PC te ki problem?</p>
<p>Tarek Aziz, LGED Melandaha</p>
"""),
P("banglish", "banglish: note draft disappeared",
  "|jahid.office@coop-office.test", "note draft hariye gese",
  """\
sir ami e-nothi te ekta lomba note likhe draft save korsilam, aj dekhi draft nai. kothao ki recover kora jay? 2 ghonta kaj chilo.
jahid, coop office
"""),
P("banglish", "banglish: wants e-nothi account for newly posted office assistant",
  "Monirul Islam|monirul.i@fisheries-office.test", "notun staff er jonno e nothi id",
  """\
Assalamu alaikum sir. amader fisheries office e notun office sohayok (Md. Robin) join korse 3 december. take e nothi te id ar designation deya dorkar. joining letter attach korlam. please process koren.
Monirul Islam, Senior Upazila Fisheries Officer
""", attach=[("robin_joining.pdf", "pdf")]),
P("banglish", "banglish: potrojari print shows english digits",
  "Liton|liton.cmo@health-office.test", "potrojari te english number",
  """\
sir, e-nothi theke potrojari print korle sharok number ar tarikh English digit e ashe, bangla te ashe na. setting kothay?
Liton, UHC
"""),
]
