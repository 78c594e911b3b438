"""Trap families part B: scam, followup-quoted. Written by hand."""
from common import Mail


def S(lang, frm, subj, body, note, **o):
    return Mail("scam", "none", "spam", lang, note, frm, subj, body, **o)


SCAM = [
S("en", "Rank Boost Digital|sales@rankboost.example", "Boost your Upazila Web Portal to Google Page 1",
"""Dear ICT Officer,

We noticed that your office's web portal and union portals are not ranking on Google. Our SEO experts can put your web portal updates, e-Nothi notices and digital lab pages on Page 1 within 7 days.

Package: BDT 9,999 only (limited offer). Reply with your bKash number and we will send the invoice.

Best,
Rank Boost Digital Team""", "SEO pitch naming the office's services, asks bKash number"),

S("bn", "বিনামূল্যে ইন্টারনেট অফার|offer@free-data-bd.example", "অভিনন্দন! আপনি ৫০ জিবি ফ্রি ইন্টারনেট পেয়েছেন",
"""প্রিয় গ্রাহক,
ডিজিটাল বাংলাদেশ উদ্যোগের অংশ হিসেবে আপনি ৫০ জিবি ফ্রি ইন্টারনেট ডাটা জিতেছেন! অফারটি চালু করতে নিচের লিংকে ক্লিক করে আপনার এনআইডি নম্বর, মোবাইল নম্বর ও ওটিপি দিন।

http://free-data-bd.example/claim?id=88231

অফারটি আজ রাত ১২টা পর্যন্ত। দেরি করবেন না!""", "free-data offer asking NID and OTP"),

S("en", "e-Nothi Support|no-reply@enothi-gov-bd.test", "e-Nothi: Your password expires in 24 hours",
None, "phishing imitating e-Nothi password reset from look-alike domain, link text differs from target",
  fmt="html", html="""<html><body style="font-family:Arial">
<p><img src="http://enothi-gov-bd.test/logo.png" alt="e-Nothi"></p>
<p>Dear e-Nothi User,</p>
<p>Your e-Nothi account password will expire in <b>24 hours</b>. To avoid suspension of your nothi and dak access, please verify your account now.</p>
<p><a href="http://enothi-gov-bd.test/secure/verify.php?u=ict.melandaha">https://enothi.office.test/password/reset</a></p>
<p>You will need your User ID, current password and the OTP sent to your mobile.</p>
<p>e-Nothi Support Team<br>a2i Programme</p>
</body></html>
"""),

S("mixed", "Digital Freelancer Academy BD|admission@freelance-academy.example", "ফ্রি Freelancing course — মাত্র ৫০০ টাকা registration fee",
"""আসসালামু আলাইকুম,
সরকারি অনুমোদিত Freelancing course এ এখন ভর্তি চলছে! Upazila ICT office এর মাধ্যমে আপনার এলাকার যুবকদের রেজিস্ট্রেশন করান। প্রতি জনের registration fee মাত্র ৫০০ টাকা bKash: 01XXXXXXXXX (Personal)।
Course শেষে মাসে ৫০,০০০ টাকা আয়ের গ্যারান্টি!
Register now: http://freelance-academy.example/reg""", "freelancing course with registration fee via bKash, claims govt approval"),

S("en", "Accounts Payable|billing@netsolutions-invoice.example", "Invoice #INV-2026-11873 overdue - Web Portal Hosting",
"""Dear Customer,

Please find attached the overdue invoice for Web Portal Hosting and Digital Lab Maintenance services (December 2026). To avoid service interruption, open the attached file and complete payment within 48 hours.

Regards,
Accounts Payable
Net Solutions Ltd.""", "invoice lure with zip attachment", att=[("zip", "INV-2026-11873.zip")], reply_to="Accounts|netsol.billing@freemail.example"),

S("banglish", "Bangladesh Lottery Board|winner@lottery-board.example", "apni 10 lakh taka jitechen!!",
"""Assalamualaikum,
Digital Bangladesh lottery te apnar email 10,00,000 taka jitechen. taka pete apnar nam, NID number, bKash/Nagad number ar PIN pathan ei email e. processing fee 2000 taka age pathate hobe.
Dhonnobad
Lottery Board""", "romanised lottery scam asking NID, bKash PIN and a fee"),

S("en", "Govt ICT Grant Desk|grant@ict-grant.example", "ICT Grant of BDT 5,00,000 approved for Melandaha UDC entrepreneurs",
"""Dear Sir/Madam,

We are pleased to inform you that a special ICT development grant of BDT 5,00,000 has been approved for each Union Digital Centre in Melandaha. To release the fund, please send us:
1. Entrepreneur name and NID number
2. Nagad/bKash account number
3. The 6-digit OTP you will receive

Please respond within 3 days.

Grant Desk""", "fake grant for UDCs asking NID, wallet number and OTP", reply_to="Grant Officer|ict.grant.bd@freemail.example"),

S("bn", "ওয়েব ডিজাইন বিডি|info@webdesign-pro.example", "ইউনিয়ন পোর্টাল নতুন করে বানিয়ে দিব মাত্র ৫০০০ টাকায়",
"""সম্মানিত আইসিটি অফিসার,
আপনার উপজেলার ইউনিয়ন ওয়েব পোর্টালগুলো পুরনো দেখায়। আমরা আধুনিক ডিজাইনে প্রতিটি পোর্টাল ৫০০০ টাকায় নতুন করে বানিয়ে দিব, সাথে ই-নথি ইন্টিগ্রেশন ও ডিজিটাল ল্যাবের জন্য সফটওয়্যার ফ্রি! আজই অর্ডার করুন। কল/হোয়াটসঅ্যাপ: ০১৭XXXXXXXX
ওয়েব ডিজাইন বিডি""", "web-design vendor pitch naming union portals, e-Nothi, digital lab"),

S("en", "Microsoft Office 365 Admin|admin@office365-mailverify.example", "Mailbox ict.melandaha@office.test is full - action required",
"""Your mailbox has exceeded its storage limit. You will not be able to send or receive new messages.
Increase your storage now: https://mail.office.test/quota
(IT Help Desk)""", "mailbox-quota phishing, visible link text differs from target", fmt="alt",
  html="""<html><body>
<p>Your mailbox <b>ict.melandaha@office.test</b> has exceeded its storage limit (99.8%).</p>
<p>You will not be able to send or receive new messages until you <a href="http://office365-mailverify.example/owa/login.php?e=ict.melandaha%40office.test">https://mail.office.test/quota</a>.</p>
<p>IT Help Desk</p>
</body></html>
"""),

S("bn", "বিকাশ কাস্টমার কেয়ার|support@bkash-care.example", "আপনার বিকাশ একাউন্ট সাময়িক বন্ধ করা হয়েছে",
"""প্রিয় গ্রাহক,
সন্দেহজনক লেনদেনের কারণে আপনার একাউন্ট সাময়িক বন্ধ করা হয়েছে। একাউন্ট চালু করতে আপনার একাউন্ট নম্বর, পিন ও এনআইডি নম্বর এই ইমেইলের উত্তরে পাঠান। ২৪ ঘণ্টার মধ্যে না পাঠালে একাউন্ট স্থায়ীভাবে বন্ধ হবে।""", "mobile-money impersonation asking PIN and NID", reply_to="bkash helpdesk|bkash.help.24@freemail.example"),

S("en", "Lab Equipment Supplies|sales@labsupply.example", "Sheikh Russel Digital Lab equipment - 40% discount for ICT offices",
"""Dear ICT Officer,

We supply laptops, projectors, interactive boards and routers for Sheikh Russel Digital Labs at 40% below market price. We can also provide "adjusted" bills for your annual procurement. Commission for the officer is guaranteed.

Contact WhatsApp: +880 1XXX-XXXXXX
Lab Equipment Supplies""", "vendor pitch for digital lab equipment, offers kickback"),

S("banglish", "Free Laptop Prokolpo|info@free-laptop-prokolpo.example", "free laptop pawar jonno registration korun",
"""assalamualaikum, sorkari free laptop prokolpe apnar union er students der registration cholche. registration fee 300 taka, bKash e pathiye transaction id ar student er NID/jonmo nibondhon number reply korun. last date 15 December.
link: http://free-laptop-prokolpo.example/form""", "romanised free-laptop scheme scam with fee"),

S("en", "DocuSign|dse@docusign-secure.example", "Please review: Digital Lab Maintenance Contract 2027",
None, "document-sign lure with mismatched link text", fmt="html",
  html="""<html><body>
<table width="600"><tr><td style="background:#1e4e9c;color:#fff;padding:12px">DocuSign</td></tr>
<tr><td style="padding:12px">
<p>Upazila Engineer's Office sent you a document to review and sign: <b>Digital Lab Maintenance Contract 2027.pdf</b></p>
<p><a href="http://docusign-secure.example/review/aa81?mail=ict.melandaha@office.test" style="background:#f5c400;padding:8px">REVIEW DOCUMENT</a></p>
<p>Or open: <a href="http://docusign-secure.example/r/aa81">https://www.docusign.example/documents/aa81</a></p>
</td></tr></table>
</body></html>
"""),

S("bn", "তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ|notice@ictd-bd-gov.test", "জরুরি: ই-নথি একাউন্ট যাচাই",
None, "Bangla phishing: e-Nothi account verification from look-alike ICT division domain",
  fmt="html", html="""<html><body style="font-family:SolaimanLipi,Arial">
<p>সম্মানিত ই-নথি ব্যবহারকারী,</p>
<p>নতুন নিরাপত্তা নীতিমালা অনুযায়ী সকল ই-নথি একাউন্ট ১০ ডিসেম্বরের মধ্যে যাচাই করতে হবে। যাচাই না করলে আপনার ডেস্কের সকল নথি বন্ধ হয়ে যাবে।</p>
<p>যাচাই করতে এখানে ক্লিক করুন: <a href="http://ictd-bd-gov.test/enothi/verify">https://enothi.gov.test/verify</a></p>
<p>ইউজার আইডি, পাসওয়ার্ড এবং মোবাইলে আসা ওটিপি প্রয়োজন হবে।</p>
<p>তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ</p>
</body></html>
""", reply_to="ICTD|ictd.verify@freemail.example"),

S("mixed", "Nagad Bonus|bonus@nagad-offer.example", "Nagad এ ৫০০ টাকা bonus — শুধু আজ!",
"""প্রিয় ব্যবহারকারী, আপনার Nagad account এ ৫০০ টাকা bonus জমা হয়েছে। Bonus withdraw করতে এই mail এর reply তে আপনার Nagad number আর PIN দিন। অথবা call করুন 09XXXXXXXXX।""", "mobile wallet bonus scam asking PIN"),

S("en", "Hostmaster|renewal@domain-renew-center.example", "Domain melandaha portal expiring - renew now",
"""URGENT NOTICE

The domain used by your upazila web portal will expire on 10 December 2026. After expiry your web portal, e-mail and e-Nothi links will stop working.

Renew for 3 years at BDT 7,500: http://domain-renew-center.example/pay?d=melandaha

This is your final notice.""", "fake domain-renewal notice naming the web portal"),

S("banglish", "Job Circular BD|hr@jobcircular-bd.example", "UDC udyokta niyog 2027 - apply now",
"""Union Digital Center e notun udyokta niyog deya hobe, beton 25000 taka. apply korte 1000 taka fee bKash korun 01XXXXXXXXX number e ar CV, NID copy pathan ei mail e. seat limited.""", "fake UDC recruitment with fee"),

S("en", "Mr. Daniel Brooks|daniel.brooks@consultant.example", "Partnership proposal for digital centres",
"""Dear Respected Officer,

I am a UK-based consultant with USD 2.5 million allocated for ICT development in rural Bangladesh (Union Digital Centres and school digital labs). I require a trusted government partner to receive the funds. You will retain 30% as your share. Kindly send your full name, bank details and a copy of your NID to proceed.

Yours faithfully,
Daniel Brooks""", "advance-fee fraud naming UDCs and digital labs", reply_to="Daniel Brooks|d.brooks.funds@freemail.example"),

S("bn", "সাইবার সিকিউরিটি সেল|alert@cyber-police-bd.example", "আপনার কম্পিউটার থেকে অবৈধ কার্যকলাপ শনাক্ত হয়েছে",
"""সতর্কবার্তা!
আপনার অফিসের আইপি ঠিকানা থেকে অবৈধ কার্যকলাপ শনাক্ত হয়েছে। আইনি ব্যবস্থা এড়াতে ২৪ ঘণ্টার মধ্যে ১০,০০০ টাকা জরিমানা নিচের বিকাশ নম্বরে পরিশোধ করুন এবং সংযুক্ত ফর্মটি পূরণ করে পাঠান।
বিকাশ: ০১XXXXXXXXX""", "fake cyber-police fine with attachment", att=[("pdf", "jorimana_form.pdf")]),

S("en", "Training Coordinator|coordinator@ict-training-bd.example", "Certified e-Nothi & Web Portal Training - Government Approved",
"""Dear Sir,

Enroll your staff in our government approved e-Nothi and Web Portal training. 3 days, certificate included. Fee: BDT 3,500 per person, pay in advance via bKash. Your office will receive 15% commission for every participant.

Reply with number of participants.""", "paid training pitch with commission, names office services", fmt="alt"),

S("mixed", "Google Security|no-reply@accounts-google-verify.example", "আপনার account এ নতুন sign-in",
None, "account-security phishing, mixed language, link text differs", fmt="html",
  html="""<html><body>
<p>নতুন একটি Windows device থেকে আপনার account এ sign-in হয়েছে (Dhaka, Bangladesh)।</p>
<p>এটি আপনি না হলে এখনই <a href="http://accounts-google-verify.example/secure?id=ict.melandaha">https://accounts.mail.example/security</a> এ গিয়ে password reset করুন।</p>
<p>- Security Team</p>
</body></html>
"""),

S("banglish", "Rahim Telecom|rahim.telecom@freemail.example", "free data",
"""vai free 20 GB data pete ei link e dhuke apnar number ar OTP din: http://free20gb.example/bd . offer aj porjonto. 5 jon ke share korle aro 10 GB!""", "romanised free-data scam asking OTP"),
]


# ----------------------------------------------------------------- followups

def ACK_BN(ticket, subj, date):
    return ("> %s তারিখে ict.melandaha@office.test লিখেছেন:\n"
            "> প্রিয় সেবাগ্রহীতা,\n"
            "> আপনার ইমেইল \"%s\" আমরা পেয়েছি।\n"
            "> আপনার অনুরোধের নম্বর %s\n"
            "> পরবর্তী যোগাযোগে এই নম্বরটি উল্লেখ করুন।\n"
            "> উপজেলা আইসিটি অফিস, মেলান্দহ, জামালপুর" % (date, subj, ticket))


def ACK_EN(ticket, subj, date):
    return ("> On %s, ICT Office Melandaha <ict.melandaha@office.test> wrote:\n"
            "> Dear citizen,\n"
            "> We have received your e-mail \"%s\".\n"
            "> Your request number: %s\n"
            "> Please mention this number in any further correspondence.\n"
            "> Upazila ICT Office, Melandaha, Jamalpur" % (date, subj, ticket))


def F(svc, lang, frm, subj, body, note, ticket, hdr="both", **o):
    """Genuine follow-up: carries In-Reply-To and/or References to the ack id."""
    o["ack_ticket"] = ticket
    o["ack_hdr"] = hdr
    return Mail("followup-quoted", svc, "followup", lang, note, frm, subj, body, **o)


def Q(svc, lang, frm, subj, body, note, **o):
    """Third party quoting someone else's ack, no threading headers: a new request."""
    return Mail("followup-quoted", svc, "new", lang, note, frm, subj, body, **o)


FOLLOWUP = [
F("digital-lab", "bn", "মোঃ আমিনুল ইসলাম|aminul.hm@school.test", "ল্যাপটপ মেরামতের অগ্রগতি জানতে চাই",
"""স্যার, এক সপ্তাহ হয়ে গেল, এখনো কেউ ল্যাপটপগুলো দেখতে আসেনি। কবে আসবেন জানালে ভালো হয়।
আমিনুল

""" + ACK_BN("MEL-2026-000187", "শেখ রাসেল ডিজিটাল ল্যাবের কম্পিউটার মেরামত প্রসঙ্গে", "২৫ নভেম্বর ২০২৬"),
  "follow-up with In-Reply-To+References; rewritten subject; ticket only in quoted Bangla ack", "MEL-2026-000187"),

F("e-nothi", "en", "Md. Shafiqul Islam|shafiq.islam@gov.test", "still locked",
"""Sir, my account is still locked. Any update?

""" + ACK_EN("MEL-2026-000203", "e-Nothi account locked", "Mon, 30 Nov 2026"),
  "short follow-up, English ack quoted", "MEL-2026-000203", hdr="irt"),

F("web-portal", "mixed", "Tanvir Ahmed|tanvir.ahmed@inbox.example", "Adra UP member list - আরেকটা সংশোধন",
"""Sir, আগের list এ ৪ নং ওয়ার্ডের member এর phone number ভুল ছিল। সঠিক number 01755-000999। Update করার সময় এটাও ঠিক করে দিবেন।

""" + ACK_EN("MEL-2026-000211", "Update needed on Adra Union website", "Tue, 01 Dec 2026"),
  "follow-up adding a correction; References only", "MEL-2026-000211", hdr="ref"),

F("udc-advice", "banglish", "Mizan|udc.kulia3@udc.test", "printer thik hoy nai",
"""sir apnader advice moto roller porishkar korsi, tobu kagoj atke. ar ki korbo?

""" + ACK_BN("MEL-2026-000219", "udc printer", "০২ ডিসেম্বর ২০২৬"),
  "romanised follow-up on UDC printer", "MEL-2026-000219"),

F("ict-advice", "bn", "রোকসানা পারভীন|roksana.p@mail.test", "ধন্যবাদ ও আরেকটি প্রশ্ন",
"""স্যার, আইডি উদ্ধার হয়েছে, অনেক ধন্যবাদ। এখন টু-ফ্যাক্টর অথেনটিকেশন চালু করতে চাই, আগের পরামর্শের ধারাবাহিকতায় একটু বলে দিবেন কীভাবে।

""" + ACK_BN("MEL-2026-000224", "ফেসবুক আইডি হ্যাক হয়েছে", "২৮ নভেম্বর ২০২৬"),
  "follow-up thanks + related question on same ticket", "MEL-2026-000224"),

F("e-nothi", "bn", "উপজেলা প্রাণিসম্পদ অফিস|ulo.melandaha@dls.gov.test", "সংশোধিত জনবল তালিকা",
"""জনাব,
পূর্বে প্রেরিত জনবল তালিকায় একজনের পদবি ভুল ছিল। সংশোধিত তালিকা সংযুক্ত করা হলো। ই-নথি সেটআপের কাজ এই তালিকা অনুযায়ী করার অনুরোধ রইল।

""" + ACK_BN("MEL-2026-000231", "নতুন অফিস হিসেবে ই-নথি চালু", "০১ ডিসেম্বর ২০২৬"),
  "follow-up with corrected attachment", "MEL-2026-000231", att=[("xlsx", "জনবল_তালিকা_সংশোধিত.xlsx")]),

F("digital-lab", "en", "Mohammad Ali|m.ali@school.test", "Projector - technician came",
"""Dear Sir,
The technician came yesterday and said the projector needs a new power board. Who will bear the cost? Please advise.
Mohammad Ali

""" + ACK_EN("MEL-2026-000236", "Digital lab projector not working", "Wed, 02 Dec 2026"),
  "follow-up after technician visit", "MEL-2026-000236", fmt="alt"),

F("web-portal", "bn", "মোঃ আব্দুল করিম|up.secy.kulia@upmail.test", None,
"""স্যার, তালিকা এখনো পোর্টালে দেখা যাচ্ছে না। একটু দেখবেন।

""" + ACK_BN("MEL-2026-000242", "কুলিয়া ইউনিয়নের ওয়েব পোর্টালে নোটিশ প্রকাশ প্রসঙ্গে", "২৯ নভেম্বর ২০২৬"),
  "follow-up with no Subject header", "MEL-2026-000242"),

F("udc-advice", "en", "Rupa Akter|udc.sharifpur@udc.test", "Agent banking - documents ready",
"""Sir, I have collected the trade licence and the UP recommendation letter as you advised. Should I bring them to your office or send scans?

""" + ACK_EN("MEL-2026-000248", "Training on digital financial services for UDC", "Thu, 03 Dec 2026"),
  "UDC follow-up on agent banking advice", "MEL-2026-000248", hdr="irt"),

F("ict-advice", "mixed", "Md. Jasim Uddin|jasim.ud@inbox.example", "Laptop কিনেছি, একটা প্রশ্ন",
"""Sir, আপনার suggestion অনুযায়ী laptop কিনেছি। Windows activate আছে কিনা কীভাবে check করব? দোকানদার বলছে genuine।

""" + ACK_BN("MEL-2026-000252", "Laptop কিনব — কোনটা ভালো?", "০৩ ডিসেম্বর ২০২৬"),
  "mixed follow-up on laptop advice", "MEL-2026-000252", fmt="html"),

F("e-nothi", "banglish", "Liton Sarker|liton.s@gov.test", "oi nothi ta",
"""vai oi nothi ta ki ferot ana gelo? Islampur office bolche tara pay nai.

""" + ACK_EN("MEL-2026-000257", "nothi vul office e", "Fri, 04 Dec 2026"),
  "romanised follow-up, English ack", "MEL-2026-000257"),

# ---- third parties quoting someone else's acknowledgement: new requests, no threading headers
Q("digital-lab", "bn", "মোছাঃ সুরাইয়া|suraiya.hm@school.test", "আমাদের বিদ্যালয়েরও একই সমস্যা",
"""স্যার, পাশের স্কুলের প্রধান শিক্ষক আমাকে আপনার অফিসের এই উত্তরটি পাঠিয়েছেন। আমাদের নয়ানগর বালিকা বিদ্যালয়ের ডিজিটাল ল্যাবেরও ৪টি ল্যাপটপ চালু হয় না। আমাদের জন্যও আলাদা করে ব্যবস্থা নেবেন।
সুরাইয়া, প্রধান শিক্ষক

""" + ACK_BN("MEL-2026-000187", "শেখ রাসেল ডিজিটাল ল্যাবের কম্পিউটার মেরামত প্রসঙ্গে", "২৫ নভেম্বর ২০২৬"),
  "third party quotes another school's ack, own new lab repair request, no In-Reply-To"),

Q("e-nothi", "en", "Harun Or Rashid|harun.or@gov.test", "Fwd: e-Nothi account locked",
"""Sir, my colleague forwarded me your reply to him. I have the same issue but a different one too: I never received an e-Nothi account at all after joining the Upazila Fisheries Office on 15 November. Please open one for me.
Harun Or Rashid, Field Assistant

---------- Forwarded message ---------
""" + ACK_EN("MEL-2026-000203", "e-Nothi account locked", "Mon, 30 Nov 2026"),
  "forwarded colleague's ack, asks own new e-Nothi account"),

Q("web-portal", "mixed", "Sharmin Nahar|sharmin.n@upmail.test", "Portal update — ঘোষপাড়া ইউনিয়ন",
"""স্যার, আদ্রা ইউনিয়নের সচিব সাহেব আপনাদের এই acknowledgement টা আমাকে দেখিয়েছেন, তাই একইভাবে লিখছি। ঘোষপাড়া ইউনিয়ন portal এর member list ও update করতে হবে। নতুন list attach করলাম।
শারমিন নাহার, হিসাব সহকারী, ঘোষপাড়া ইউপি

""" + ACK_EN("MEL-2026-000211", "Update needed on Adra Union website", "Tue, 01 Dec 2026"),
  "quotes another union's ack, asks update for her own union portal", att=[("pdf", "ghoshpara_members.pdf")]),

Q("udc-advice", "banglish", "Kobir|udc.adra6@udc.test", "amar udc r jonno o",
"""sir Kulia UDC r Mizan vai ei reply ta amake dise. amader Adra UDC te o printer noshto, kintu amader ta inkjet. amake o advice diben.

""" + ACK_BN("MEL-2026-000219", "udc printer", "০২ ডিসেম্বর ২০২৬"),
  "another UDC entrepreneur quoting Mizan's ack, new advice request"),

Q("ict-advice", "en", "Rashida Sultana|rashida.s@mail.test", "Same problem - my account hacked too",
"""Hello, my cousin shared your office's reply with me. My Instagram account was hacked yesterday and the hacker is posting ads. Please advise me what to do. This is a separate case from hers.
Rashida

""" + ACK_BN("MEL-2026-000224", "ফেসবুক আইডি হ্যাক হয়েছে", "২৮ নভেম্বর ২০২৬"),
  "cousin quotes relative's ack, own hacked-account advice"),

Q("web-portal", "bn", "মোঃ হেলাল উদ্দিন|helal.u@college.test", "আমাদের কলেজের পোর্টাল",
"""জনাব, আমাদের কলেজের একজন শিক্ষক অন্য প্রতিষ্ঠানের জন্য পাওয়া এই প্রাপ্তিস্বীকার দেখালেন। আমরা আদ্রা কলেজের পক্ষ থেকে অনুরোধ করছি, আমাদের কলেজ পোর্টালে শিক্ষকদের তালিকা হালনাগাদ করে দিন।
হেলাল উদ্দিন, অধ্যক্ষ

""" + ACK_BN("MEL-2026-000242", "কুলিয়া ইউনিয়নের ওয়েব পোর্টালে নোটিশ প্রকাশ প্রসঙ্গে", "২৯ নভেম্বর ২০২৬"),
  "college principal quotes a union's ack, new portal request for the college"),

Q("digital-lab", "mixed", "Shahnaz Parvin|shahnaz.p@school.test", "Re: Projector - technician came",
"""Sir, Mohammad Ali sir আমাকে CC তে রেখেছিলেন, তাই এই thread দেখেছি। আমি অন্য school এর (Kulia Girls) — আমাদের lab এর projector এর remote আর HDMI cable নেই। নতুন কোথায় পাব?

> Dear Sir,
> The technician came yesterday and said the projector needs a new power board.
""" + ACK_EN("MEL-2026-000236", "Digital lab projector not working", "Wed, 02 Dec 2026"),
  "Re: subject and quoted ack from another school's thread but no headers; new lab request"),

Q("e-nothi", "bn", "নাসরিন সুলতানা|nasrin.s@gov.test", "ই-নথি সেটআপ — উপজেলা যুব উন্নয়ন অফিস",
"""স্যার, প্রাণিসম্পদ অফিস আপনাদের যে প্রাপ্তিস্বীকার পেয়েছে সেটি নিচে দিলাম। আমরাও একইভাবে উপজেলা যুব উন্নয়ন অফিসের ই-নথি সেটআপ চাই। আমাদের জনবল ৯ জন।
নাসরিন সুলতানা, উপজেলা যুব উন্নয়ন কর্মকর্তা

""" + ACK_BN("MEL-2026-000231", "নতুন অফিস হিসেবে ই-নথি চালু", "০১ ডিসেম্বর ২০২৬"),
  "different office quotes another office's ack, asks own e-Nothi setup"),

Q("udc-advice", "en", "Monowar Hossain|udc.nangla6@udc.test", "Agent banking at Nangla UDC as well",
"""Dear Sir,
Rupa from Sharifpur UDC forwarded your acknowledgement. I also want to start agent banking at Nangla UDC. What are the steps?
Monowar Hossain, Entrepreneur

""" + ACK_EN("MEL-2026-000248", "Training on digital financial services for UDC", "Thu, 03 Dec 2026"),
  "other UDC quotes agent-banking ack, new request"),

Q("ict-advice", "banglish", "Anik|anik.r@inbox.example", "amar o laptop kinte hobe",
"""sir amar bondhu Jasim ei mail ta dise. ami o laptop kinbo, budget 60 hajar, programming er jonno. ki nibo?

""" + ACK_BN("MEL-2026-000252", "Laptop কিনব — কোনটা ভালো?", "০৩ ডিসেম্বর ২০২৬"),
  "friend quotes ack, asks own laptop advice"),

Q("digital-lab", "en", "Abdur Rahim|abdur.rahim@madrasa.test", "FW: still locked",
"""Sir, I am the lab in-charge of Melandaha Alia Madrasa. A colleague forwarded this thread to show me how to write to you. Our issue is different: the digital lab's 10 laptops need Bangla and English typing software and an offline dictionary. Can your office install them?
Abdur Rahim

> Sir, my account is still locked. Any update?
""" + ACK_EN("MEL-2026-000203", "e-Nothi account locked", "Mon, 30 Nov 2026"),
  "FW of an e-Nothi follow-up thread used as a template; new lab software request, no headers"),
]
