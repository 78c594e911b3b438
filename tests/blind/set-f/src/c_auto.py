from common import M
from acks import ref, ack_id, ack_subject

def A(lang, name, email, subj, body, note, **kw):
    return M('autoreply', 'none', 'auto-reply', lang, name, email, subj, body, note, **kw)

A('en','Shafiqul Islam','shafiq.ht@mail.test','Automatic reply: [MEL-2026-000412] Your request has been received',
'''Thank you for your email. I am out of the office attending the headteachers' conference in Mymensingh from 6 to 10 December with limited access to email. For urgent school matters please contact the Assistant Headmaster at ahm.nangla@mail.test.

Shafiqul Islam''',
'out-of-office reply to desk ack; has In-Reply-To; not a follow-up', irt=ack_id(412), refs=ack_id(412))

A('bn','নুসরাত জাহান','nusrat.uao@mail.test','স্বয়ংক্রিয় উত্তর: [MEL-2026-000388] আপনার অনুরোধ গৃহীত হয়েছে',
'''আসসালামু আলাইকুম।
আমি ১৫ ডিসেম্বর পর্যন্ত ছুটিতে আছি। এই সময়ে ইমেইল দেখা সম্ভব হবে না। জরুরি প্রয়োজনে উপজেলা কৃষি অফিসের অফিস সহকারীর সাথে যোগাযোগ করুন।
ধন্যবাদ।''',
'Bangla auto-reply to a desk ack', irt=ack_id(388))

A('mixed','Farida Yasmin','farida.pio@inbox.test','Out of Office: [MEL-2026-000402] আপনার অনুরোধ গৃহীত হয়েছে',
'''আমি বর্তমানে field visit এ আছি (কাবিখা প্রকল্প পরিদর্শন), ১২ ডিসেম্বর অফিসে ফিরব। এই mailbox নিয়মিত দেখা হচ্ছে না। জরুরি হলে PIO sir কে ফোন করুন।''',
'mixed out-of-office with ticket in subject', irt=ack_id(402), refs=ack_id(402))

A('banglish','Rasel','rasel.udc.jhaugara@mail.test','Auto reply: [MEL-2026-000431] Apnar onurodh grihito hoyeche',
'''ei mail ta automatic. ami ekhon center e nai, 2 din por fire reply dibo. joruri hole center e ashen, amar partner achen.''',
'banglish auto-reply to ack', irt=ack_id(431))

A('en','Melandaha Degree College Office','principal.mdc@college.test','Re: [MEL-2026-000355] Your request has been received',
'''This mailbox is no longer monitored. The college now uses a new address for all official correspondence: office.mdc@college.test. Your message has not been forwarded. Please resend it to the new address.

Melandaha Degree College''',
'no-longer-monitored notice with Re: subject; looks like a follow-up', irt=ack_id(355), refs=ack_id(355))

A('bn','উপজেলা হিসাবরক্ষণ অফিস','aziz.lao@mail.test','অফিসে অনুপস্থিত',
'''প্রিয় প্রেরক,
আপনার ইমেইলটি পেয়েছি। আমি বর্তমানে বার্ষিক হিসাব সমাপনী প্রশিক্ষণে ঢাকায় অবস্থান করছি এবং ১৪/১২/২০২৬ তারিখে অফিসে যোগদান করব। এর মধ্যে আপনার ইমেইলের উত্তর দিতে বিলম্ব হতে পারে।
মোঃ আজিজুর রহমান''',
'Bangla out-of-office without ticket reference')

A('en','Dr. Ayesha Siddika','ayesha.uhfpo@example.net','Away: Your request has been received',
'''I am currently on leave and will return on 20 December 2026. During my absence, the RMO (acting) will handle all official matters. Please note that emails received during this period will not be read.

Regards,
Dr. Ayesha Siddika''',
'English away message, subject without ref', irt=ack_id(367))

A('mixed','Sabina Akter','sabina.udc@example.net','Automatic reply: আপনার অনুরোধ গৃহীত হয়েছে',
'''Dear sender, আপনার mail পেয়েছি। আমি আগামী সপ্তাহে মাতৃত্বকালীন ছুটিতে যাচ্ছি। UDC সংক্রান্ত কাজের জন্য Mahmudpur UDC তে সরাসরি আসুন অথবা আমার partner এর সাথে যোগাযোগ করুন। ধন্যবাদ।''',
'mixed auto-reply, no ticket in subject')

A('banglish','Sohel','sohel.ict.teacher@mail.test','Re: [MEL-2026-000447]',
'''ami ekhon class e achi, mail check korte parbo na. pore dekhbo. (auto msg)''',
'short banglish auto message with bare ticket subject', irt=ack_id(447), refs=ack_id(447))

A('en','Info Desk','info@ngo-example.test','Thank you for contacting us',
'''Thank you for writing to us. This is an automated response to confirm that your message has been received. Due to high volume, please allow 5-7 working days for a reply. Do not reply to this message.

NGO Support Team''',
'generic automated receipt, no headers')

A('bn','মোঃ আল আমিন','alamin.udc.kulia@mail.test','স্বয়ংক্রিয় বার্তা',
'''এটি একটি স্বয়ংক্রিয় বার্তা। কুলিয়া ইউনিয়ন ডিজিটাল সেন্টার বৃহস্পতি ও শুক্রবার বন্ধ থাকে। শনিবার সকাল ৯টা থেকে আবার সেবা দেওয়া হবে। আপনার ইমেইলের উত্তর তখন দেওয়া হবে।''',
'UDC closed-days auto message')

A('en','Tania Sultana','tania.s@example.org','Out of office until 3 January',
'''Hi, I'm travelling with limited connectivity until 3 January. I'll reply when I'm back. If it's about the community library, please write to the library committee instead.

Tania''',
'plain out-of-office')

A('mixed','Rowshan Ara','rowshan.ara@college.test','Automatic reply: [MEL-2026-000423] Your request has been received',
'''I am invigilating HSC test exams till 18 December। এই সময়ে email দেখা হবে না। Lab সংক্রান্ত জরুরি বিষয়ে lab assistant এর সাথে যোগাযোগ করুন।

Rowshan Ara''',
'mixed OOO on ack, lab-related wording', irt=ack_id(423))

A('bn','মাহবুবা ইয়াসমিন','mahbuba.y@mail.test','Re: [MEL-2026-000379] আপনার অনুরোধ গৃহীত হয়েছে',
'''এই ঠিকানাটি আর ব্যবহৃত হচ্ছে না। আমি বদলি হয়ে ইসলামপুর উপজেলায় যোগদান করেছি। অনুগ্রহ করে উপজেলা মহিলা বিষয়ক অফিস, মেলান্দহের নতুন ঠিকানায় যোগাযোগ করুন: mwa.melandaha@office.test
এই বার্তাটি স্বয়ংক্রিয়ভাবে পাঠানো হয়েছে।''',
'address no longer used; Re: ticket subject; auto', irt=ack_id(379), refs=ack_id(379))

A('en','Kawsar Ahmed','kawsar.a@example.net','Auto: I am on Hajj',
'''Assalamu alaikum. I am away for Umrah until 22 December and will not be checking email. May Allah accept from all of us. For cooperative office matters contact the Upazila Cooperative Officer.''',
'religious-travel away message')

A('banglish','Moni','moni.kulia@mail.test','[MEL-2026-000395] Apnar onurodh grihito hoyeche',
'''Dhonnobad apnar mail er jonno. ami ekhon chutite. 10 din por reply dibo. - eta automatic reply.''',
'banglish auto-reply, subject identical to ack (no Re:)', irt=ack_id(395))

A('en','Mailbox Manager','records@coop-example.test','Undeliverable to individual - forwarded to archive',
'''This account has been closed following the staff member's retirement. Messages to this address are automatically stored in the office archive and are not read by anyone. For current business please use the main office contact.''',
'closed account notice (auto-reply, not a bounce)')

A('mixed','Kazi Nurun Nabi','nabi.ydo@inbox.test','Out of office: Re: [MEL-2026-000418] আপনার অনুরোধ গৃহীত হয়েছে',
'''Training এ আছি (Youth Development Training Centre, Jamalpur) — ১৬ তারিখ ফিরব। জরুরি হলে office এর landline এ ফোন দিন।''',
'mixed OOO', irt=ack_id(418), refs=ack_id(418))

A('bn','রেহানা পারভীন','rehana.ed@inbox.test','ছুটিতে আছি',
'''প্রিয় সহকর্মী/প্রেরক,
আমি মাতৃত্বকালীন ছুটিতে আছি। ছুটিকালীন সময়ে আমার দায়িত্ব পালন করছেন সহকারী উপজেলা শিক্ষা অফিসার জনাব আরিফুল ইসলাম। ইমেইলের উত্তর দিতে দেরি হবে, ক্ষমা প্রার্থী।''',
'Bangla maternity leave auto-reply', irt=ack_id(405))

A('en','Ariful Haque','ariful.h@example.com','Automatic reply: [MEL-2026-000440] Your request has been received',
'''Thanks for your message! I'm away from the centre until Sunday. I'll get back to you as soon as possible.

Ariful
Char Banipakuri UDC''',
'short English auto-reply on ack', irt=ack_id(440), refs=ack_id(440))

A('banglish','Jubayer Hossain','jubayer.adra@mail.test','ami bahire',
'''assalamualaikum, ami Dhaka te achi 1 soptaho. ei email e reply dite deri hobe. joruri hole phone din. (auto reply)''',
'banglish away message')

A('bn','ইউনিয়ন পরিষদ, আদ্রা','robiul.secretary@mail.test','স্বয়ংক্রিয় প্রাপ্তি স্বীকার',
'''আদ্রা ইউনিয়ন পরিষদে ইমেইল পাঠানোর জন্য ধন্যবাদ। আপনার বার্তাটি গৃহীত হয়েছে এবং যথাসময়ে সংশ্লিষ্ট শাখায় পাঠানো হবে। এই বার্তার উত্তর দেবেন না।''',
'UP auto acknowledgement (receipt), must not be answered', irt=ack_id(398))

A('en','Imtiaz Karim','imtiaz.k@example.net','Re: [MEL-2026-000451] Your request has been received',
'''I'm out of the office with no access to email until Monday 14 December. Your email will not be forwarded.

--
Imtiaz Karim
Melandaha Press Club''',
'OOO with Re: ticket subject looks like a reply', irt=ack_id(451), refs=ack_id(451))

A('mixed','Nazma Akter','nazma.udc@inbox.test','Auto reply',
'''আসসালামু আলাইকুম। Nangla UDC এর email এ message পাঠানোর জন্য ধন্যবাদ। আমরা সাধারণত ২৪ ঘণ্টার মধ্যে reply দেই। Center খোলা: শনি-বুধ, সকাল ৯টা - বিকাল ৫টা।''',
'UDC auto receipt, mixed')

A('en','Harun Rashid','harun.ht@mail.test','Out of Office',
'''I am on annual leave from 5 to 19 December 2026 and have no access to email. For Mahmudpur Dakhil Madrasa matters please contact the office assistant. This is an automated message.''',
'plain OOO', irt=ack_id(429))
