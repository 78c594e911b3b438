from common import M

def Z(lang, name, email, subj, body, note, **kw):
    return M('scam', 'none', 'spam', lang, name, email, subj, body, note, **kw)

Z('en','Rakesh | WebGrow Solutions','rakesh@webgrow-solutions.test','Your web portal ranks on page 9 of search',
'''Hi Desk Team,

I was checking the Melandaha upazila web portal and noticed it doesn't appear for "Melandaha e-Nothi help" or "digital lab Jamalpur". We've helped 140+ government offices get to page 1 in 30 days.

Our Government Starter Pack (USD 199/month) includes:
- On-page SEO for your portal
- 40 high-authority backlinks
- Monthly ranking report

Can I send you a free audit? Just reply "YES".

Best,
Rakesh
Growth Consultant''',
'SEO pitch naming office services')

Z('bn','ডিজিটাল বাংলাদেশ অনুদান সেল','grant.cell@digital-bd-grant.test','অভিনন্দন! আপনার অফিস ৫,০০,০০০ টাকা আইসিটি অনুদানের জন্য নির্বাচিত',
'''প্রিয় উপকারভোগী,
আইসিটি বিভাগের বিশেষ প্রকল্পের আওতায় আপনার দপ্তর ৫,০০,০০০/- টাকা অনুদানের জন্য নির্বাচিত হয়েছে। অনুদানের টাকা ছাড় করতে আগামী ৪৮ ঘণ্টার মধ্যে নিম্নলিখিত তথ্য পাঠান:
১। দপ্তর প্রধানের জাতীয় পরিচয়পত্র নম্বর
২। বিকাশ/নগদ পার্সোনাল নম্বর
৩। মোবাইলে আসা ৬ সংখ্যার যাচাই কোড

প্রসেসিং ফি ১,৫০০ টাকা বিকাশ করুন ০১৭XXXXXXXX নম্বরে।
- অনুদান সেল''',
'fake grant asking NID, bKash and OTP plus fee')

Z('banglish','Free Data Offer','offer@freedata-bd.test','FREE 50GB internet shob sarkari office er jonno',
'''Assalamualaikum,
Sorkar er notun uddog e shob upazila office pabe FREE 50GB internet 1 bochor er jonno!! 
Activate korte niche apnar office er mobile number, NID r bKash PIN dia reply korun. Offer shudhu 3 din. 
Dhonnobad
Digital Offer Team''',
'free data offer asking NID and bKash PIN (banglish)')

Z('en','e-Nothi Support','support@e-nothi-gov.test','[Action required] Your e-Nothi password expires today',
'''Dear User,

Your e-Nothi account password will expire within 24 hours. To avoid suspension of file movement and digital signature, please verify your account now:

http://e-nothi-gov.test/verify?u=desk

You will need your current password and the OTP sent to your phone.

e-Nothi Support Team
This is a system message.''',
'phishing: look-alike e-Nothi domain password reset', reply_to='enothi_helpdesk_bd@freemail.test')

Z('mixed','Mail Administrator','admin@office-test-mail.test','আপনার mailbox ৯৮% পূর্ণ — quota upgrade করুন',
'''Dear desk@office.test,

আপনার mailbox storage ৯৮% full। নতুন email আসা বন্ধ হয়ে যাবে। এখনই নিচের link এ click করে login করুন এবং free quota upgrade করুন:

https://office-test-mail.test/webmail/upgrade

না করলে ২৪ ঘণ্টার মধ্যে account deactivate হবে।

IT Helpdesk''',
'mailbox quota phishing from look-alike domain')

Z('en','Melandaha Upazila ICT Office','ict.officer.melandaha@freemail.test','Urgent request',
'''Are you at your desk? I need you to handle something quickly and quietly. I'm in a meeting with the DC and can't take calls. Purchase 5 Google Play gift cards of 2,000 taka each for the lab teacher awards and send me the codes by reply. I'll reimburse you this evening.

Sent from my phone''',
'CEO-fraud: display name mimics office, free-mail domain, gift-card request')

Z('bn','বাংলাদেশ কম্পিউটার প্রশিক্ষণ একাডেমি','admission@bcta-course.test','সরকারি সনদসহ ৩ মাসের ফ্রিল্যান্সিং কোর্স — মাত্র ২,৫০০ টাকায়',
'''সম্মানিত উপজেলা আইসিটি অফিস,
আপনার এলাকার শিক্ষক, উদ্যোক্তা ও ল্যাব শিক্ষকদের জন্য আমরা নিয়ে এসেছি সরকার অনুমোদিত ফ্রিল্যান্সিং ও ই-নথি কোর্স। কোর্স শেষে মাসে ৫০,০০০ টাকা আয়ের নিশ্চয়তা!
রেজিস্ট্রেশন ফি ২,৫০০ টাকা নিচের নগদ নম্বরে পাঠিয়ে ট্রানজেকশন আইডি রিপ্লাই করুন। আসন সীমিত!
ভর্তি বিভাগ''',
'course offer with registration fee, naming office topics')

Z('en','Accounts Department','billing@gov-supplies.test','Invoice INV-88231 overdue — digital lab equipment',
'''Dear Customer,

Please find attached invoice INV-88231 for the supply of 24 desktop computers and 2 projectors to your Sheikh Russel Digital Labs. Payment of BDT 14,80,000 is now 15 days overdue.

Kindly open the attached document to review and settle to avoid legal action.

Regards,
Accounts Dept.''',
'invoice lure with attachment', style='pdf', fname='INV-88231.pdf.html')

Z('banglish','Lottery Bangladesh','winner@lucky-draw.test','apni jitechen 25 lakh taka!!!',
'''Obhinondon!! apnar email address amader international email lottery te 25,00,000 taka jitese. taka pete apnar nam, thikana, NID r bKash number pathan, sathe 3000 taka clearance fee. 7 diner moddhe na korle puroshkar batil.
Claim officer: Mr. John''',
'email lottery asking NID, bKash, fee')

Z('mixed','Laptop Supplier BD','sales@laptopdeal.test','UDC এবং Digital Lab এর জন্য laptop — 40% discount',
'''প্রিয় স্যার,
Union Digital Centre ও school digital lab এর জন্য আমাদের কাছে আছে brand new laptop মাত্র ২৮,০০০ টাকায় (Core i5, 8GB)। ১০টির বেশি order এ free delivery। সরকারি ক্রয়ে আমরা "কাগজপত্র ম্যানেজ" করে দিই।
আজই order দিন: 01XXXXXXXXX (WhatsApp)
Sales Team''',
'vendor pitch naming UDC and digital lab')

Z('en','Domain Registry Services','renewals@domain-registry-notice.test','Final notice: office.test domain expiration',
'''FINAL NOTICE

Domain: office.test
Expiration: 15 December 2026

Failure to renew will result in loss of your web portal, email and online identity. Renew now for 3 years at the discounted price of $89:

http://domain-registry-notice.test/renew?d=office.test

This is not a bill. This is a solicitation.''',
'domain renewal solicitation scam')

Z('bn','বিকাশ সাপোর্ট','support@bkash-help.test','আপনার অ্যাকাউন্ট সাময়িক বন্ধ',
'''প্রিয় গ্রাহক,
সন্দেহজনক লেনদেনের কারণে আপনার অ্যাকাউন্ট সাময়িকভাবে বন্ধ করা হয়েছে। অ্যাকাউন্ট চালু করতে এই ইমেইলের উত্তরে আপনার অ্যাকাউন্ট নম্বর, পিন এবং সর্বশেষ লেনদেনের পরিমাণ লিখে পাঠান।
গ্রাহকসেবা''',
'mobile-money phishing asking PIN')

Z('en','Dr. Mrs. Grace Williams','grace.williams@charity-fund.test','Donation for your digital centres',
'''Dear Beloved,

I am a widow suffering from cancer and I have decided to donate $2,500,000 to support the Union Digital Centres and school computer labs in your Upazila. I need a trustworthy officer to receive the funds. Send your full name, phone number and a copy of your ID card so my lawyer can begin the transfer.

God bless you,
Mrs. Grace Williams''',
'advance-fee donation scam naming UDC/labs', reply_to='gracewilliams2026@freemail.test')

Z('banglish','Job Circular 2026','jobs@gov-job-circular.test','ICT office e chakri - apply now',
'''Upazila ICT office gulo te 500 jon "Digital Assistant" niyog! Beton 25,000. Pariksha chara niyog. Application fee 1,200 taka Nagad e pathan 01XXXXXXXXX number e, tarpor apnar NID r chobi reply korun. Seat khub kom.''',
'fake job circular with fee via Nagad')

Z('mixed','Microsoft Office 365 Team','no-reply@micros0ft-365.test','Password reset requested for desk@office.test',
'''Hello,

We received a request to reset the password for desk@office.test. If this was not you, your account may be compromised. Secure your account immediately:

https://micros0ft-365.test/secure-login

আপনার account সুরক্ষিত রাখতে এখনই verify করুন।

Microsoft Account Team''',
'password reset phishing, look-alike domain with zero')

Z('en','Portal Design Co.','hello@portaldesignco.test','Redesign for your Union web portals?',
'''Hello Melandaha ICT desk,

Your union web portals look like they're from 2014. We design modern, mobile-first portals for unions, schools and UDCs, with notice boards, staff lists and photo galleries. Packages start at just 15,000 taka per union, hosting included.

Book a 15-minute call: https://portaldesignco.test/book

Cheers,
Nadim''',
'web-design pitch naming the web-portal service')

Z('bn','প্রধানমন্ত্রীর উপহার','gift@pm-gift-bd.test','ডিজিটাল ল্যাবের শিক্ষকদের জন্য বিনামূল্যে স্মার্টফোন',
'''সম্মানিত শিক্ষক,
ডিজিটাল ল্যাবের প্রশিক্ষণপ্রাপ্ত শিক্ষকদের জন্য সরকার বিনামূল্যে স্মার্টফোন দিচ্ছে। আপনার নাম তালিকায় আছে। ফোন পেতে ডেলিভারি চার্জ ৮৫০ টাকা বিকাশ করুন এবং আপনার এনআইডি নম্বর ও ফোনে আসা কোড রিপ্লাই করুন।''',
'fake government gift asking delivery fee, NID and OTP')

Z('en','HR Department','hr@office.test.payroll-update.test','Salary adjustment document - December',
'''Dear Staff,

Please review the attached salary adjustment sheet for December 2026. Sign in with your office email credentials to view the document.

View document: http://office.test.payroll-update.test/doc/view

HR''',
'payroll lure with subdomain trick')

Z('banglish','Crypto Bhai','earn@cryptobhai.test','ghore boshe din e 5000 taka',
'''bhai/apu, ghore boshe mobile diye din e 5000 taka income korun! shudhu 2000 taka invest korun, 7 din por 10,000 ferot. amader group e 20 hajar member. apnar office er shobaike janan. join korte reply koren bKash number diye.''',
'investment scam (banglish)')

Z('mixed','Govt. Training Cell','training.cell@gmail-gov.test','e-Nothi Master Trainer certification — ৩,০০০ টাকা',
'''সম্মানিত কর্মকর্তা,
e-Nothi Master Trainer certificate course এর দ্বিতীয় batch শুরু হচ্ছে online এ। Certificate সরকারি কাজে গ্রহণযোগ্য। Registration fee ৩,০০০ টাকা — নিচের bKash merchant number এ পাঠিয়ে screenshot দিন। শেষ সময় ১০ ডিসেম্বর।''',
'paid e-Nothi "certification" course scam')

Z('en','Antivirus Billing','billing@secure-av-renew.test','Your antivirus subscription renewed: $349.99',
'''Thank you for your purchase.

Product: Total Security Pro (5 devices)
Amount charged: $349.99
Order ID: AV-3391-22

If you did not authorise this charge, call our refund desk immediately at the number below or reply with your card details to process a refund.

Billing Support''',
'fake subscription/refund scam', reply_to='refund.desk.av@freemail.test')

Z('bn','উপজেলা নির্বাহী অফিসার','uno.melandaha.office@freemail.test','জরুরি: টাকা পাঠান',
'''আমি একটি সভায় আছি, ফোন ধরতে পারছি না। জরুরি ভিত্তিতে ১৫,০০০ টাকা নিচের বিকাশ নম্বরে পাঠিয়ে দিন, সন্ধ্যায় অফিসে ফেরত দেব। কাউকে বলার দরকার নেই।
ইউএনও''',
'impersonation of UNO from free-mail; money request')

Z('en','Shipping Notification','track@parcel-delivery-bd.test','Your parcel could not be delivered',
'''We attempted to deliver a parcel (projector equipment) to Upazila ICT Office, Melandaha but the address was incomplete.

Please confirm your address and pay a redelivery fee of 120 taka here: https://parcel-delivery-bd.test/pay

Parcel will be returned in 48 hours.''',
'parcel redelivery phishing')

Z('banglish','UDC Uddokta Forum','forum@udc-uddokta-forum.test','shob UDC uddokta der jonno notun sarkari app',
'''priyo uddokta, UDC er notun "Sheba Plus" app e registration korle protiti service e double commission! registration er jonno apnar UDC portal er username, password r OTP ta ei email e reply kore pathan. last date kal.''',
'credential harvesting aimed at UDC entrepreneurs')

Z('mixed','Web Hosting BD','offer@cheaphosting.test','School website hosting মাত্র ৯৯৯ টাকা/বছর',
'''Assalamualaikum,
আপনার উপজেলার সকল স্কুল, কলেজ ও UDC র জন্য website + hosting package মাত্র ৯৯৯ টাকা/বছর! ১০টির বেশি নিলে ২০% ছাড়। Bulk order এর জন্য ICT অফিসকে বিশেষ commission দেওয়া হবে 😉
Call/WhatsApp: 018XXXXXXXX''',
'hosting pitch offering kickback')

Z('en','Security Team','security@0ffice.test','Unusual sign-in activity on desk@office.test',
'''We detected a sign-in to your mailbox from an unrecognised device (Lagos, Nigeria).

If this wasn't you, confirm your identity within 12 hours by entering your password and the one-time code here:

https://0ffice.test/account/confirm

Security Team''',
'sign-in alert phishing, look-alike domain 0ffice.test')

Z('bn','জাতীয় তথ্য বাতায়ন আপডেট','update@batayon-update.test','ইউনিয়ন বাতায়নের লাইসেন্স নবায়ন ফি',
'''প্রিয় অ্যাডমিন,
আপনার ইউনিয়ন ওয়েব পোর্টালের বার্ষিক লাইসেন্স মেয়াদোত্তীর্ণ হয়েছে। পোর্টাল বন্ধ হওয়া এড়াতে ৫,০০০ টাকা নবায়ন ফি নিচের নম্বরে পাঠান এবং আপনার পোর্টাল অ্যাডমিন ইউজারনেম ও পাসওয়ার্ড রিপ্লাই করুন।
কারিগরি সহায়তা দল''',
'fake portal licence renewal asking fee and credentials')

Z('en','Conference Secretariat','invite@asia-egov-summit.test','Invitation to speak: Asia e-Governance Summit 2027',
'''Dear Distinguished Officer,

Based on your outstanding work on e-Nothi and Union Digital Centres, you are invited as a speaker at the Asia e-Governance Summit 2027 in Bangkok. Kindly confirm by paying the speaker registration fee of USD 450 via the link below. Visa support and hotel will be arranged.

https://asia-egov-summit.test/speaker-fee''',
'predatory conference invitation with fee')

Z('banglish','Nagad Offer','cashback@nagad-bonus.test','apnar jonno 500 taka bonus',
'''priyo grahok, apni 500 taka cashback peyechen! bonus claim korte ei mail er reply te apnar Nagad number r 4 digit PIN din. 24 ghontar moddhe claim na korle bonus bondho.''',
'mobile-money bonus phishing asking PIN')

Z('mixed','Digital Lab Equipment Ltd','info@dlab-equip.test','Sheikh Russel lab এর জন্য interactive panel — demo',
'''Respected Sir,
আপনার উপজেলার সকল digital lab ও multimedia classroom এর জন্য 75" interactive flat panel এর special government rate দিচ্ছি। Demo unit পাঠাতে পারি। Tender specification আমরা লিখে দেব যাতে আমাদের ছাড়া কেউ qualify না করে। 
Catalogue attach করলাম।''',
'vendor pitch with catalogue attachment naming digital labs', style='pdf', fname='catalogue-2027.pdf')
