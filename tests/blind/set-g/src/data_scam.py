"""Family 3: spam and scams without any spam headers. Label none / spam / ack no."""


def S(lang, shape, frm, subj, body, note, **kw):
    d = dict(family="scam", svc="none", disp="spam", ack="no", lang=lang, shape=shape,
             frm=frm, subj=subj, body=body, note=note)
    d.update(kw)
    return d


L = [
    S("en", "alt", "Ryan Cooper <ryan@rank-boost-seo.test>",
      "Your Upazila web portal is losing visitors",
      """Hi there,

I was checking the Melandaha upazila web portal and noticed it does not rank on the first page of Google for "Melandaha notice" or "Jamalpur tender". Our SEO team can get your portal, your union parishad pages and even your e-Nothi login page to the top 3 results in 30 days.

Packages start at only $199/month. Reply "YES" and I'll send a free audit report.

Best,
Ryan Cooper
Senior SEO Strategist | RankBoost Digital
https://rank-boost-seo.test""",
      "SEO pitch naming web portal and e-Nothi"),
    S("en", "html", "Web Solutions BD <sales@govweb-solutions.test>",
      "Redesign of Union Parishad websites - special offer for ICT offices",
      """Dear ICT Officer,

We design modern, mobile friendly websites for Union Parishads, schools and Union Digital Centres. Why depend on the slow national portal? Get your own domain + hosting + 5 pages at Tk 4,999 only.

Also available: Sheikh Russel digital lab software bundle, e-Nothi training videos, UDC billing software.

Call now: 01XXX-XXX999
GovWeb Solutions
https://govweb-solutions.test/offer""",
      "Vendor pitch naming UP websites, labs, e-Nothi, UDC"),
    S("bn", "p8", "ডিজিটাল বাংলাদেশ ল্যাপটপ প্রকল্প <laptop.bitoron@free-laptop-bd.test>",
      "অভিনন্দন! আপনি বিনামূল্যে ল্যাপটপ পাওয়ার জন্য নির্বাচিত",
      """প্রিয় নাগরিক,
"স্মার্ট বাংলাদেশ ল্যাপটপ বিতরণ কর্মসূচি"র আওতায় আপনাকে একটি বিনামূল্যে ল্যাপটপ প্রদানের জন্য নির্বাচিত করা হয়েছে। ল্যাপটপটি গ্রহণ করতে আগামী ৪৮ ঘণ্টার মধ্যে নিচের তথ্যগুলো এই মেইলের উত্তরে পাঠান:

১. জাতীয় পরিচয়পত্র নম্বর
২. জন্ম তারিখ
৩. বিকাশ/নগদ নম্বর (ডেলিভারি চার্জ ৩৫০ টাকা পাঠানোর জন্য)
৪. মোবাইলে আসা ৬ সংখ্যার কোড

তথ্য না দিলে আপনার নাম বাতিল হবে।
কর্মসূচি পরিচালক""",
      "Free laptop scam asking NID, bKash and OTP"),
    S("banglish", "p7", "Free Data Offer <offer@gp-freedata.test>",
      "50GB free internet - sorkari upohar",
      """Assalamualaikum! Digital Bangladesh diboshe sorkar sobaike 50GB free internet dicche. Apnar mobile number r SIM er PIN number reply korun, 10 minute e data chole jabe. Offer shudhu ajker jonno!!!
Link: http://freedata-bd.test/claim""",
      "Free data scam asking SIM PIN"),
    S("mixed", "qp", "Freelancing IT Institute <admission@earn-online-bd.test>",
      "ঘরে বসে মাসে ৫০,০০০ টাকা আয় — Freelancing course",
      """প্রিয় শিক্ষার্থী/উদ্যোক্তা,
মাত্র ৩ মাসের Freelancing, Graphics Design ও Digital Marketing course করে ঘরে বসে মাসে ৫০ হাজার টাকা আয় করুন! UDC উদ্যোক্তা ও ICT teacher দের জন্য বিশেষ ছাড়।

Registration fee মাত্র ২,৫০০ টাকা (বিকাশ: 01XXXXXXXXX, Send Money)। টাকা পাঠিয়ে transaction ID reply দিন। আসন সীমিত!

Earn Online BD IT Institute
https://earn-online-bd.test""",
      "Freelancing course with registration fee to bKash"),
    S("en", "pdf", "Accounts Receivable <billing@office-supplies-invoice.test>",
      "Invoice #INV-2026-88412 overdue",
      """Dear Customer,

Please find attached the invoice for the toner cartridges and laptops supplied to your office (digital lab order). Payment is overdue by 14 days. Kindly open the attached invoice and arrange payment today to avoid legal action.

Regards,
Accounts Department""",
      "Invoice lure with PDF attachment", att=["INV-2026-88412.pdf"]),
    S("bn", "html", "ই-নথি সাপোর্ট <support@e-nothi-gov.test>",
      "জরুরি: আপনার ই-নথি অ্যাকাউন্ট ২৪ ঘণ্টার মধ্যে বন্ধ হয়ে যাবে",
      """সম্মানিত ব্যবহারকারী,
নিরাপত্তা হালনাগাদের কারণে সকল ই-নথি অ্যাকাউন্ট পুনঃযাচাই করা হচ্ছে। ২৪ ঘণ্টার মধ্যে যাচাই না করলে আপনার অ্যাকাউন্ট স্থায়ীভাবে বন্ধ হবে এবং সকল নথি মুছে যাবে।

যাচাই করতে এখানে ক্লিক করুন: http://e-nothi-gov.test/verify?id=desk

ইউজার আইডি ও পাসওয়ার্ড দিয়ে লগইন করে ওটিপি প্রদান করুন।

ই-নথি কারিগরি সহায়তা দল""",
      "Phishing imitating e-Nothi from look-alike domain"),
    S("en", "alt", "Mail Administrator <admin@office-test-mail.test>",
      "Password expiry notice for desk@office.test",
      """Your mailbox password for desk@office.test will expire today.

To keep using your mailbox, confirm your current password here:
https://office-test-mail.test/owa/confirm

If you do not confirm within 12 hours your mailbox will be disabled and incoming messages will be rejected.

IT Helpdesk
(This is an automatically generated message)""",
      "Mail password reset phishing, look-alike domain"),
    S("en", "p7", "International Lottery Board <claims@uk-mega-lotto.test>",
      "WINNING NOTIFICATION - REF: UKML/26/771",
      """CONGRATULATIONS!!!

Your email address was selected in the UK Mega Lotto electronic draw held on 20th November 2026 and has won the sum of GBP 750,000.00.

To claim, send the following to our claims agent:
Full name, Address, Phone, Occupation, Copy of ID, and processing fee of USD 250.

Mr. Edward Collins
Claims Director""",
      "Lottery prize scam"),
    S("bn", "p8", "প্রধানমন্ত্রীর উপহার <ekbar.dekhun@gift-bd.test>",
      "আপনি ২৫,০০০ টাকা অনুদান পেয়েছেন",
      """আসসালামু আলাইকুম,
সরকারি অনুদান তহবিল থেকে আপনার নামে ২৫,০০০ টাকা বরাদ্দ হয়েছে। টাকা পেতে আপনার নগদ/বিকাশ নম্বর এবং পিন নম্বর দিন। আমাদের অফিসার ফোন করে একটি কোড চাইবেন, সেটি বলবেন।
হেল্পলাইন: 01XXXXXXXXX (শুধু হোয়াটসঅ্যাপ)""",
      "Fake government grant asking bKash/Nagad PIN"),
    S("mixed", "p8", "Smart Bangladesh Grant <grant@ict-grant-bd.test>",
      "UDC উদ্যোক্তাদের জন্য ২ লক্ষ টাকা অনুদান",
      """প্রিয় উদ্যোক্তা,
ICT Division এর বিশেষ কর্মসূচিতে প্রতিটি Union Digital Centre এর জন্য ২,০০,০০০ টাকা grant দেওয়া হচ্ছে। আবেদন করতে নিচের link এ NID, trade licence, bKash number ও OTP দিন। Processing fee ১,২০০ টাকা।

Apply: http://ict-grant-bd.test/udc

Programme Office""",
      "Fake UDC grant asking NID, OTP and fee"),
    S("en", "html", "DocuShare <no-reply@docushare-files.test>",
      "Melandaha UNO Office shared 'Revised Salary Sheet Dec 2026' with you",
      """You have received a secure document.

Revised Salary Sheet Dec 2026.xlsx
Shared by: Melandaha UNO Office

[ Open Document ] https://docushare-files.test/s/9xk2

You'll need to sign in with your email account to view.""",
      "Document-share credential phishing"),
    S("banglish", "p7", "Nagad Bonus <bonus@nagad-bonus.test>",
      "nagad e 500 taka bonus",
      """priyo grahok, apnar nagad account e 500 taka bonus jog kora hoyeche. bonus ti cash out korte nicher number e call kore apnar PIN ebong verification code bolun. 01XXXXXXXXX. offer ajke raat 12 ta porjonto""",
      "Mobile-banking bonus scam asking PIN"),
    S("en", "qp", "Lisa from AppDev <lisa@appdev-outsourcing.test>",
      "Mobile app for your citizen help desk?",
      """Hello team,

Saw your help desk for web portal, e-Nothi and digital lab requests. Most offices now use a mobile app + chatbot for this. We built similar apps for 40+ government offices in South Asia.

Would you be open to a 15-minute call next week? Our rate is $18/hour, fixed-price options available.

Cheers,
Lisa | AppDev Outsourcing
https://appdev-outsourcing.test""",
      "Vendor pitch naming the desk's services"),
    S("bn", "qp", "শিক্ষা বোর্ড বৃত্তি <scholarship@edu-board-bd.test>",
      "শেখ রাসেল ডিজিটাল ল্যাব শিক্ষার্থী বৃত্তি ২০২৬",
      """প্রিয় প্রধান শিক্ষক,
আপনার বিদ্যালয়ের ডিজিটাল ল্যাবের ৫ জন শিক্ষার্থী মাসিক ২,০০০ টাকা বৃত্তির জন্য নির্বাচিত হয়েছে। বৃত্তির টাকা ছাড়ের জন্য প্রতিজন শিক্ষার্থীর অভিভাবকের বিকাশ নম্বর ও জন্মনিবন্ধন নম্বর সহ প্রতিজনের ২০০ টাকা "প্রসেসিং ফি" নিম্নোক্ত নম্বরে পাঠান।

বৃত্তি শাখা""",
      "Fake lab scholarship asking fees and numbers"),
    S("en", "p7", "Dr. Mrs. Grace Ahmed <grace.ahmed@charity-fund.test>",
      "Donation for your digital centres",
      """Dearest in Christ,

I am Mrs. Grace Ahmed, a widow suffering from cancer. I have decided to donate USD 4.5 million to support computer labs and digital centres in rural Bangladesh through your office. Kindly reply with your full name, bank details and phone number so my lawyer can process the transfer.

God bless you""",
      "Advance-fee donation scam"),
    S("mixed", "alt", "Hosting Renewal <renew@domain-renewal-center.test>",
      "Domain office.test expiring - renew now",
      """Dear Domain Owner,

Your domain OFFICE.TEST is due for expiration on 09-Dec-2026. Failure to renew will result in loss of your website, emails and search engine listing.

Renew for 3 years: Tk 9,900 (bKash/Nagad accepted)
https://domain-renewal-center.test/renew?d=office.test

বাংলায়: আপনার ডোমেইন মেয়াদ শেষ হচ্ছে, আজই নবায়ন করুন।""",
      "Fake domain renewal notice"),
    S("bn", "b64", "বিদ্যুৎ বিল সহায়তা <billhelp@palli-bidyut-bd.test>",
      "আপনার বিদ্যুৎ সংযোগ আজ রাতে বিচ্ছিন্ন হবে",
      """প্রিয় গ্রাহক,
আপনার বকেয়া বিল ৩,৪৫০ টাকা পরিশোধ না করায় আজ রাত ৯টায় সংযোগ বিচ্ছিন্ন করা হবে। এখনই নিচের লিংকে কার্ড/বিকাশ দিয়ে পরিশোধ করুন:
http://palli-bidyut-bd.test/pay
হিসাব শাখা""",
      "Utility bill disconnection phishing"),
    S("banglish", "p7", "Online Job BD <hr@online-job-bd.test>",
      "ghore bose data entry job",
      """ghore bose mobile diye data entry kore din e 1500-3000 taka income! kono experience lagbe na. registration fee matro 500 taka bkash korun 01XXXXXXXXX e, tarpor apnar ID pathano hobe. UDC uddokta ra o korte parben!!""",
      "Data-entry job scam with fee"),
    S("en", "html", "Microsoft Office 365 <security@micros0ft-support.test>",
      "Unusual sign-in activity",
      """We detected something unusual about a recent sign-in to the account desk@office.test.

Country/region: Nigeria
IP address: 102.89.xx.xx

If this wasn't you, please secure your account now: https://micros0ft-support.test/secure

Thanks,
The account team""",
      "Sign-in alert phishing from look-alike domain"),
    S("en", "p7", "Procurement Team <rfq@global-tenders.test>",
      "RFQ: supply of 500 laptops for school labs",
      """Dear Supplier,

We are inviting quotations for 500 laptops for school digital labs. To receive the tender documents, register on our vendor portal and pay the non-refundable vendor registration fee of USD 120.

Portal: https://global-tenders.test/vendor

Procurement Team""",
      "Fake RFQ requiring vendor fee"),
    S("mixed", "qp", "Bangla Typing Software <sales@bijoy-crack-pro.test>",
      "Office এর জন্য lifetime software bundle মাত্র ৯৯৯ টাকা",
      """সম্মানিত অফিস প্রধান,
Windows 11 Pro, MS Office 2024, Bijoy Bayanno, Antivirus — সব lifetime activation মাত্র ৯৯৯ টাকায়! Digital lab এর সব computer এর জন্য বিশেষ package. Payment: Nagad 01XXXXXXXXX. Activation key email এ পাঠানো হবে।""",
      "Pirated software bundle offer"),
    S("bn", "p8", "মোবাইল অপারেটর পুরস্কার <prize@sim-raffle.test>",
      "আপনার সিম নম্বর লটারিতে মোটরসাইকেল জিতেছে",
      """অভিনন্দন! আমাদের ২৫তম বর্ষপূর্তি উপলক্ষে লটারিতে আপনার সিম নম্বর একটি মোটরসাইকেল জিতেছে। পুরস্কার পেতে রেজিস্ট্রেশন ফি ১,৫০০ টাকা বিকাশ করুন এবং আপনার এনআইডি কার্ডের ছবি পাঠান।
পুরস্কার বিতরণ কমিটি""",
      "SIM lottery prize scam"),
    S("en", "pdf", "DHL Express <delivery@dhl-parcel-notice.test>",
      "Parcel held at customs - action needed",
      """Dear customer,
A parcel addressed to Upazila ICT Office (2 boxes, 'lab equipment') is on hold at customs. Please see the attached shipping document and pay the clearance fee of USD 45 within 48 hours.
DHL Express""",
      "Parcel/customs lure with attachment", att=["AWB_88341920.pdf"]),
    S("banglish", "p7", "Govt Free Tab <tab@shikkha-tab.test>",
      "chatro chatrider free tab",
      """sokol school er headmaster der jonno: sorkar class 6-10 er chatro der free tab dicche. apnar school er student list, obhibhabok er mobile number r NID pathan ei mail e. prottek student er jonno 300 taka registration fee.""",
      "Fake free tablet programme collecting data and fees"),
    S("en", "alt", "Growth Hackers <hello@leadgen-pro.test>",
      "100,000 verified Bangladeshi email leads",
      """Hi,

Need more reach for your citizen services? We sell 100,000 verified emails of Bangladeshi government officers, teachers and UDC entrepreneurs. Only $79. Instant download after payment.

Reply for a sample of 100 contacts.

Growth Hackers""",
      "Email list seller pitch"),
    S("bn", "html", "ইউনিয়ন ডিজিটাল সেন্টার সাপোর্ট <support@udc-portal-update.test>",
      "উদ্যোক্তা পোর্টাল হালনাগাদ — পুনরায় লগইন করুন",
      """প্রিয় উদ্যোক্তা,
উদ্যোক্তা পোর্টালের নতুন সংস্করণ চালু হয়েছে। আপনার সকল সেবা ও কমিশন চালু রাখতে আজই নিচের লিংকে আপনার পুরাতন ইউজার আইডি, পাসওয়ার্ড ও বিকাশ পিন দিয়ে হালনাগাদ করুন:
http://udc-portal-update.test/login
অন্যথায় আপনার সেন্টারের কমিশন বন্ধ হয়ে যাবে।""",
      "Phishing targeting UDC entrepreneurs, asks password and PIN"),
    S("mixed", "p8", "Crypto Invest <vip@btc-double.test>",
      "Investment: taka double in 7 days",
      """Assalamu alaikum, আমাদের crypto trading platform এ ১০,০০০ টাকা invest করলে ৭ দিনে ২০,০০০ টাকা! হাজার হাজার সরকারি চাকরিজীবী already লাভ করছেন। Join: https://btc-double.test/ref=melandaha""",
      "Investment doubling scam"),
    S("en", "p7", "Support Team <support@enothi-helpdesk.test>",
      "Your e-Nothi digital signature certificate has expired",
      """Dear Officer,

Your e-Nothi digital signature certificate expired on 30 Nov 2026. To renew it without interruption, please pay the renewal fee of Tk 2,000 via bKash to 01XXXXXXXXX and reply with the transaction ID, your user ID and password.

e-Nothi Helpdesk""",
      "e-Nothi certificate renewal scam asking password and fee"),
    S("bn", "p8", "ফ্রি ইন্টারনেট প্যাকেজ <net@free-wifi-bd.test>",
      "সকল স্কুলে বিনামূল্যে ওয়াইফাই — আবেদন আজই",
      """প্রধান শিক্ষক মহোদয়,
সরকারি-বেসরকারি উদ্যোগে সকল বিদ্যালয়ে ১ বছর বিনামূল্যে ১০০ এমবিপিএস ওয়াইফাই দেওয়া হচ্ছে। আবেদনের জন্য আপনার বিদ্যালয়ের ব্যাংক হিসাব নম্বর, চেক বইয়ের পাতার ছবি ও প্রধান শিক্ষকের এনআইডি পাঠান। ইনস্টলেশন চার্জ ৩,০০০ টাকা অগ্রিম।""",
      "Free school Wi-Fi scam asking bank details and fee"),
]


def specs():
    return L
