"""Plain requests: e-nothi (ই-নথি হালনাগাদ). Written by hand."""
from common import Mail

SVC = "e-nothi"


def P(lang, frm, subj, body, note, **o):
    return Mail("plain", SVC, "new", lang, note, frm, subj, body, **o)


MAILS = [
# ---------------- bn (10)
P("bn", "উপজেলা সমাজসেবা অফিস|uss.melandaha@dss.gov.test", "ই-নথিতে নতুন কর্মচারীর একাউন্ট খোলা প্রসঙ্গে",
"""বরাবর,
উপজেলা আইসিটি অফিসার, মেলান্দহ, জামালপুর।

বিষয়: ই-নথি সিস্টেমে নতুন যোগদানকৃত কর্মচারীর ইউজার একাউন্ট খোলা প্রসঙ্গে।

সবিনয় নিবেদন এই যে, অত্র অফিসে জনাব মোঃ রবিউল আলম, অফিস সহায়ক কাম কম্পিউটার মুদ্রাক্ষরিক, গত ০১/১২/২০২৬ তারিখে যোগদান করেছেন। তাঁর নামে ই-নথি একাউন্ট খোলা ও অফিসের শাখায় পদ সংযুক্ত করা প্রয়োজন। তাঁর এনআইডি নম্বর ও মোবাইল নম্বর সংযুক্ত ফরমে দেওয়া হলো।

অতএব, বিষয়টি সদয় বিবেচনার জন্য অনুরোধ করা হলো।

উপজেলা সমাজসেবা অফিসার
মেলান্দহ, জামালপুর""", "formal: open e-Nothi account for newly joined staff, form attached", att=[("pdf", "enothi_user_form.pdf")]),

P("bn", "মাহমুদা খানম|mahmuda.k@gov.test", "ই-নথিতে লগইন হচ্ছে না",
"""স্যার, গত দুই দিন ধরে ই-নথিতে লগইন করতে পারছি না। পাসওয়ার্ড দিলে বলে "আপনার একাউন্ট নিষ্ক্রিয়"। আমি উপজেলা মাধ্যমিক শিক্ষা অফিসের উচ্চমান সহকারী। জরুরি কিছু নথি আটকে আছে।
মাহমুদা, ০১৭১৬৫৫৪৪৩৩""", "e-Nothi account shows inactive, cannot log in"),

P("bn", "উপজেলা নির্বাহী অফিসারের কার্যালয়|uno.melandaha@gov.test", "ই-নথি প্রশিক্ষণ আয়োজন",
"""জনাব,
উপজেলা পর্যায়ের দপ্তরসমূহের নবাগত কর্মচারীদের জন্য আগামী সপ্তাহে একদিনের ই-নথি প্রশিক্ষণ আয়োজন করা প্রয়োজন। আনুমানিক ২৫ জন অংশগ্রহণ করবেন। প্রশিক্ষক ও ল্যাব ব্যবস্থার বিষয়ে আপনার মতামত ও প্রস্তাবিত তারিখ জানানোর জন্য অনুরোধ করা হলো।

উপজেলা নির্বাহী অফিসার""", "UNO office asks to arrange e-Nothi training for new staff"),

P("bn", "জাকির হোসেন|zakir.h@lged.gov.test", "নথি ভুল ডেস্কে চলে গেছে",
"""আসসালামু আলাইকুম। আমাদের অফিসের একটি নথি (স্মারক নং ৪৬.০২.৩৯৬১.০০০.০৭.২০২৬) ভুল করে অন্য অফিসের ডেস্কে পাঠিয়ে দিয়েছি। এখন ফেরত আনার অপশন দেখছি না। কীভাবে ফেরত আনা যায়?
জাকির হোসেন, উপজেলা প্রকৌশলীর কার্যালয়""", "e-Nothi file forwarded to wrong desk, how to recall"),

P("bn", "সালমা বেগম|salma.b@gov.test", "ডিজিটাল স্বাক্ষর",
"""স্যার, ই-নথিতে পত্রজারির সময় ডিজিটাল স্বাক্ষর দিতে গেলে "সার্টিফিকেট পাওয়া যায়নি" বার্তা আসে। টোকেন লাগানো আছে। কী করণীয়?""", "digital signature certificate not found while issuing letter", subj_mode="Q"),

P("bn", "মোঃ আলমগীর কবির|alamgir.k@gov.test", "বদলিজনিত কারণে ই-নথি পদবি পরিবর্তন",
"""মহোদয়,
আমি উপজেলা পল্লী উন্নয়ন অফিস থেকে উপজেলা সমবায় অফিসে বদলি হয়েছি। ই-নথিতে এখনো আগের অফিসের পদবি দেখাচ্ছে এবং আগের অফিসের নথিগুলো আমার ডেস্কে আসছে। পদবি পরিবর্তন করে নতুন অফিসে সংযুক্ত করার জন্য অনুরোধ করছি।

মোঃ আলমগীর কবির
পরিদর্শক, উপজেলা সমবায় অফিস""", "transfer: change e-Nothi designation/office"),

P("bn", "রেহানা পারভীন|rehana.p@gov.test", None,
"""ই-নথিতে আমার অফিসের শাখা বিন্যাস (অর্গানোগ্রাম) ঠিক নেই। "হিসাব শাখা" নেই, তাই হিসাব সংক্রান্ত নথি কোথায় রাখব বুঝতে পারছি না। শাখা যোগ করে দেওয়া যাবে কি?
রেহানা, উপজেলা মহিলা বিষয়ক অফিস""", "no subject: add branch (accounts section) to office organogram in e-Nothi"),

P("bn", "মোঃ ইকবাল হোসেন|iqbal.h@gov.test", "ই-নথির মোবাইল অ্যাপ",
"""স্যার, ই-নথির মোবাইল অ্যাপে লগইন করলে শুধু আগত ডাক দেখা যায়, নথিতে সিদ্ধান্ত দেওয়া যায় না। মোবাইল থেকে নোট অনুমোদন করার কোনো উপায় আছে? আমি মাঠ পরিদর্শনে থাকলে সমস্যা হয়।""", "e-Nothi mobile app cannot approve notes", fmt="html"),

P("bn", "উপজেলা প্রাণিসম্পদ অফিস|ulo.melandaha@dls.gov.test", "নতুন অফিস হিসেবে ই-নথি চালু",
"""সবিনয় নিবেদন এই যে, উপজেলা প্রাণিসম্পদ অফিস, মেলান্দহ এখনো ই-নথি ব্যবহার শুরু করেনি। অফিস সেটআপ, কর্মকর্তা-কর্মচারীদের পদ সৃজন ও একাউন্ট তৈরির বিষয়ে সহায়তা প্রয়োজন। মোট জনবল ৭ জন; তালিকা সংযুক্ত।

উপজেলা প্রাণিসম্পদ অফিসার""", "office wants e-Nothi setup from scratch, staff list attached",
  att=[("xlsx", "জনবল_তালিকা.xlsx")]),

P("bn", "তাহমিনা ইসলাম|tahmina.i@gov.test", "ডাক আপলোড করতে সমস্যা",
"""ই-নথিতে ডাক আপলোড করার সময় স্ক্যান করা পিডিএফ সংযুক্ত করলে "ফাইল ফরম্যাট সমর্থিত নয়" দেখায়। ফাইল তো পিডিএফই। ১২ এমবি। সমাধান জানাবেন।
তাহমিনা, উপজেলা পরিসংখ্যান অফিস""", "scanned PDF not accepted when uploading dak in e-Nothi"),

# ---------------- en (9)
P("en", "Md. Shafiqul Islam|shafiq.islam@gov.test", "e-Nothi account locked",
"""Dear Sir,

My e-Nothi account has been locked after three wrong password attempts. I am the Upazila Fisheries Officer, Melandaha. Please unlock it or tell me whom to contact. User ID: 200000xxxx (I can share the full ID over phone).

Regards,
Md. Shafiqul Islam
01713-222333""", "e-Nothi account locked after wrong passwords"),

P("en", "Ayesha Rahman|ayesha.r@gov.test", "Request for e-Nothi training for 6 staff",
"""Dear ICT Officer,

The Upazila Family Planning Office would like six of our staff to receive basic e-Nothi training (receiving dak, creating notes, issuing letters). Could you let us know the next available batch?

Thanks,
Ayesha Rahman
UFPO, Melandaha""", "request e-Nothi training batch for six staff"),

P("en", "Rashed Karim|rashed.k@gov.test", "Potrojari not reaching the recipient",
"""Sir, a letter issued through e-Nothi (potrojari) on 3 December to the DC office, Jamalpur has not reached them, they say. In my sent list it shows "issued". How can I check the delivery status?""", "issued letter (potrojari) not received by recipient office"),

P("en", "Office of the Upazila Education Officer|ueo.melandaha@dpe.gov.test", "Assign e-Nothi role to Assistant UEO",
"""Dear Sir,
Please assign the 'note approval' permission in e-Nothi to our Assistant Upazila Education Officer, Mr. Delwar Hossain, while the UEO is on leave from 10 to 24 December 2026.
Office of the UEO, Melandaha""", "delegate e-Nothi approval role during leave", cc_desk=True),

P("en", "Kamal Uddin|kamal.u@gov.test", "Cannot attach potrojari signature",
"""Hello,
When I try to sign a letter in e-Nothi, the signature image appears blank in the preview. I uploaded my signature as a JPG last month. Does it need to be PNG with transparent background? Please advise.
Kamal""", "signature image blank in e-Nothi letter preview", fmt="alt"),

P("en", "Nasima Akhter|nasima.a@gov.test", None,
"""Sir, our office's old paper files from 2019-2022 need to be entered into e-Nothi as archived nothi. Is there an option for that, and can someone from your office show us how? Thank you. - Nasima, Upazila Land Office""", "no subject: how to enter old paper files as archived nothi", subj_mode="empty"),

P("en", "Md. Jubayer|jubayer.m@gov.test", "e-Nothi: nothi number format wrong",
"""Dear Sir,

When we create a new nothi, the system generates a number with the old office code of Jamalpur Sadar instead of Melandaha. It looks like our office was set up under the wrong geo code. Could you fix the office settings?

Md. Jubayer
Computer Operator, Upazila Election Office""", "wrong office code in generated nothi numbers"),

P("en", "Selina Parvin|selina.p@gov.test", "Urgent: e-Nothi OTP not coming",
"""The OTP for e-Nothi login is not arriving on my phone since yesterday. My number changed last month (new number 01822-000444). Please update my mobile number in e-Nothi so I can log in.
Selina Parvin, Accounts Officer""", "OTP not arriving; update mobile number in e-Nothi"),

P("en", "Abu Bakar Siddique|abubakar.s@gov.test", "Dak not showing in inbox",
"""Dear ICT Office,
Dak sent to me from the UNO office two days ago is not appearing in my e-Nothi dak inbox, though the sender can see it as delivered. I am at Upazila Youth Development Office. Could you please check?
Best,
Abu Bakar""", "received dak missing from e-Nothi inbox", fmt="html"),

# ---------------- mixed (10)
P("mixed", "মোঃ রাকিবুল হাসান|rakibul.h@gov.test", "e-Nothi তে password reset করতে চাই",
"""স্যার, e-Nothi তে আমার password ভুলে গেছি। "Forgot password" দিলে আমার পুরনো email এ link যায়, যেটা আর use করি না। Email টা change করার ব্যবস্থা করবেন please।
রাকিবুল, উপজেলা নির্বাচন অফিস""", "e-Nothi password reset goes to old email"),

P("mixed", "শারমিন সুলতানা|sharmin.s@gov.test", "ই-নথি: Note এ attachment দেখা যাচ্ছে না",
"""আসসালামু আলাইকুম। e-Nothi তে note এর সাথে যে attachment দিয়েছি সেটা approver এর কাছে show হচ্ছে না। তিনি বলছেন "No attachment"। Chrome update করেছি, তাও same problem।""", "note attachment not visible to approver in e-Nothi"),

P("mixed", "উপজেলা শিক্ষা অফিস|ueo.office@dpe.gov.test", "e-Nothi training এর জন্য নাম পাঠানো হলো",
"""জনাব,
আপনার অফিসের চাহিদা অনুযায়ী e-Nothi basic training এর জন্য আমাদের অফিসের ৪ জনের নাম, পদবি ও mobile number excel file এ পাঠালাম। Training কবে হবে জানালে তাদের অবহিত করব।
ধন্যবাদ""", "sending names for e-Nothi training, xlsx", att=[("xlsx", "enothi_training_names.xlsx")]),

P("mixed", "Md. Tariqul Islam|tariqul.i@gov.test", "ই-নথিতে digital signature token",
"""Sir, আমাদের অফিসের জন্য নতুন digital signature token লাগবে। আগের token টা হারিয়ে গেছে। কোথায় apply করতে হয়, কী কী document লাগে, জানাবেন।
Tariqul Islam, Sub-Assistant Engineer, DPHE""", "lost digital signature token, how to apply for new"),

P("mixed", "নাজনীন সুলতানা|naznin.s@gov.test", "Nothi transfer – বদলিকৃত অফিসারের ডেস্ক থেকে",
"""স্যার,
আমাদের আগের অফিসার বদলি হয়ে গেছেন, কিন্তু উনার desk এ ৩৫টা pending nothi আছে। এগুলো নতুন অফিসারের desk এ transfer করতে হবে। নতুন অফিসার: জনাব মোস্তাফিজুর রহমান। Help লাগবে।
নাজনীন, অফিস সহকারী""", "move pending nothi from transferred officer's desk"),

P("mixed", "হাফিজুর রহমান|hafizur.r@gov.test", "ই-নথি সার্ভার slow",
"""আজ সকাল থেকে e-Nothi খুব slow, একটা note open হতে ২-৩ মিনিট লাগে। শুধু আমাদের অফিসে নাকি সবার? আমাদের internet speed ঠিক আছে (20 Mbps)।
হাফিজ, উপজেলা হিসাবরক্ষণ অফিস""", "e-Nothi very slow today, asks if general", fmt="alt"),

P("mixed", "Farzana Haque|farzana.h@gov.test", "ই-নথি তে নতুন নথি শ্রেণি add",
"""Dear Sir,
আমাদের অফিসে "প্রকল্প বাস্তবায়ন" নামে নতুন নথি শ্রেণি (nothi class) add করতে চাই। Option খুঁজে পাচ্ছি না, মনে হয় admin permission লাগবে। Office admin role টা আমাকে দেওয়া যায়?
Farzana, PIO office""", "add nothi class / admin role in e-Nothi"),

P("mixed", "মোঃ বেলাল উদ্দিন|belal.u@gov.test", None,
"""sir e-Nothi তে login করার পর dashboard এ কিছুই load হয় না, শুধু সাদা page। cache clear করেছি। laptop windows 7. কী করব?""", "no subject: blank e-Nothi dashboard on Windows 7 laptop"),

P("mixed", "সুরাইয়া বেগম|suraiya.b@gov.test", "e-Nothi: মহিলা বিষয়ক অফিসের অফিস প্রধান পরিবর্তন",
"""সবিনয় নিবেদন এই যে, উপজেলা মহিলা বিষয়ক অফিসে নতুন অফিস প্রধান যোগদান করেছেন। e-Nothi তে office head হিসেবে তাঁকে assign করা এবং আগের জনকে release করার অনুরোধ করছি। যোগদানপত্র সংযুক্ত।""", "change office head in e-Nothi, joining letter attached",
  att=[("pdf", "joining_letter.pdf")]),

P("mixed", "Mahbub Alam|mahbub.a@gov.test", "e-Nothi report download",
"""Sir, monthly e-Nothi performance report (কতটা নথি নিষ্পন্ন হয়েছে) download করতে চাই, UNO sir চেয়েছেন। কোন menu তে পাব? Excel এ নেওয়া যায়?""", "how to download monthly e-Nothi disposal report"),

# ---------------- banglish (9)
P("banglish", "Rubel Mia|rubel.m@gov.test", "enothi login problem",
"""sir amar e-nothi te login hocche na, bole "user not found". ami notun join korsi upazila krishi office e. account khola hoyse ki na jani na.""", "romanised: e-Nothi user not found, new joiner"),

P("banglish", "Shapla Khatun|shapla.k@gov.test", "e nothi training",
"""Assalamualaikum sir, amader office er 3 jon e-nothi training nite chay. kobe training hobe? amra Upazila Cooperative Office theke.""", "romanised: e-Nothi training request for 3 staff"),

P("banglish", "Mamun|mamun.ar@gov.test", None,
"""sir e nothi te potro jari korte gele signature er jaygay red error dekhay "certificate expired". ki korbo janaben.""", "romanised, no subject: expired signature certificate"),

P("banglish", "Liton Sarker|liton.s@gov.test", "nothi vul office e",
"""vai ekta nothi vul kore Islampur upazila office e chole geche, eta ferot ana jabe? nothi no. 2026/0417. urgent.""", "romanised: nothi sent to wrong office, recall"),

P("banglish", "Parvin Akter|parvin.akter@gov.test", "e-nothi mobile number change",
"""sir ami amar mobile number change korsi, ekhon e-nothi OTP purono number e jay. notun number 01911-000222. update kore diben please. Parvin, UP family welfare center""", "romanised: change mobile number for e-Nothi OTP", fmt="html"),

P("banglish", "Arif Hossain|arif.h@gov.test", "e-nothi te dak upload",
"""sir amra dak upload korte parchi kintu dak ta kar kache pathabo sei list e amader officer er nam ashe na. office er shakha setting e kono vul ache mone hoy. ektu check korben?""", "romanised: officer missing from dak recipient list"),

P("banglish", "Nipa Rani|nipa.r@gov.test", "help e-nothi",
"""dada, e nothi te note likhte gele bangla font vanga vanga ashe, juktoborno thik moto ashe na. ki setting lagbe?""", "romanised: broken Bangla conjuncts when writing e-Nothi note", subj_mode="raw"),

P("banglish", "Shahidul|shahidul.i@gov.test", "e nothi account deactivation",
"""Sir amader ek staff retire korechen 30 November. tar e-nothi account ta deactivate korte hobe, ar tar desk er nothi gulo amar kache ana dorkar. Shahidul, UP Land office""", "romanised: deactivate retired staff account, move files"),

P("banglish", "Tuhin|tuhin.k@gov.test", "e-nothi te file khulche na",
"""sir e-nothi te kono attachment er pdf click korle download hoy na, "network error" dekhay. onno site thik ache. amader office e sobar same problem.""", "romanised: e-Nothi attachments fail to download for whole office", fmt="alt"),
]
