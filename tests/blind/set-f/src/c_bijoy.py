from common import M

def J(svc, name, email, subj, body, note, mode, charset, subj_bijoy=False, **kw):
    """mode: body | html | both (text+html alt). subj_bijoy: subject typed in Bijoy too."""
    d = M('bijoy', svc, 'new', 'bijoy', name, email, subj, body, note,
          bijoy_mode=mode, bijoy_charset=charset, subj_bijoy=subj_bijoy, **kw)
    return d

J('web-portal','Md. Abdur Razzak','razzak.up@mail.test','Union website',
'''বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: ইউনিয়ন ওয়েব পোর্টালে নোটিশ প্রকাশ প্রসঙ্গে।

জনাব,
সবিনয় নিবেদন এই যে, মাহমুদপুর ইউনিয়ন পরিষদের শীতবস্ত্র বিতরণের নোটিশটি ইউনিয়নের ওয়েব পোর্টালে প্রকাশ করা প্রয়োজন। পুরনো নোটিশটি সরিয়ে নতুনটি দেওয়ার জন্য বিনীত অনুরোধ করছি।

বিনীত
সচিব, মাহমুদপুর ইউনিয়ন পরিষদ''',
'Bijoy body only (windows-1252, 8bit), ASCII subject', 'body', 'windows-1252')

J('web-portal','Headmaster Adra High School','ht.adra@mail.test','বিদ্যালয়ের ওয়েব পাতা হালনাগাদ',
'''জনাব,
আদ্রা উচ্চ বিদ্যালয়ের ওয়েব পাতায় শিক্ষকদের তালিকা পুরনো। তিনজন শিক্ষক অবসরে গেছেন এবং দুইজন নতুন যোগদান করেছেন। হালনাগাদ তালিকা সংযুক্ত করা হলো। পাতাটি সংশোধন করে দিলে বাধিত হব।

প্রধান শিক্ষক''',
'subject+body in Bijoy, windows-1252 RFC2047 subject', 'body', 'windows-1252', subj_bijoy=True)

J('web-portal','Fulkocha UP','fulkocha.up@mail.test','Website e chobi',
'''স্যার,
ফুলকোচা ইউনিয়নের ওয়েবসাইটে চেয়ারম্যান ও সদস্যদের ছবি পুরনো রয়ে গেছে। নতুন পরিষদের সবার ছবি ও মোবাইল নম্বর পাঠাচ্ছি। অনুগ্রহ করে বদলে দিন।

প্রশাসনিক কর্মকর্তা''',
'HTML-only with SutonnyMJ font, utf-8', 'html', 'utf-8')

J('e-nothi','Upazila Livestock Office','livestock.mel@mail.test','e-Nothi problem',
'''জনাব,
আমাদের অফিসের ই-নথিতে নতুন কর্মকর্তার পদবি যুক্ত হয়নি। ফলে তাঁর কাছে কোনো ফাইল যাচ্ছে না এবং পত্রজারি করা যাচ্ছে না। পদবি সংযুক্ত করার জন্য অনুরোধ করছি।

উপজেলা প্রাণিসম্পদ কর্মকর্তা''',
'Bijoy body, utf-8 charset', 'body', 'utf-8')

J('e-nothi','Md. Rezaul Haque','rezaul.h@mail.test','ই-নথি প্রশিক্ষণের আবেদন',
'''বরাবর
উপজেলা আইসিটি অফিসার, মেলান্দহ।

বিষয়: ই-নথি বিষয়ক প্রশিক্ষণের আবেদন।

মহোদয়,
উপজেলা মৎস্য অফিসের চারজন কর্মচারী ইলেকট্রনিক নথি ব্যবস্থাপনায় অভিজ্ঞ নন। তাঁদের জন্য একটি প্রশিক্ষণের ব্যবস্থা করিলে দাপ্তরিক কাজে গতি আসবে।

বিনীত
উপজেলা মৎস্য কর্মকর্তা''',
'subject+body Bijoy in HTML+text alternative, windows-1252', 'both', 'windows-1252', subj_bijoy=True)

J('e-nothi','AC Land Office','acland.mel@mail.test','নথি',
'''স্যার,
আমার ই-নথির পাসওয়ার্ড কাজ করছে না এবং মোবাইলে যাচাই কোড আসছে না। সহকারী কমিশনার (ভূমি) মহোদয়ের অনুমোদনের ফাইল আটকে আছে। দ্রুত সমাধান প্রয়োজন।

অফিস সহকারী''',
'HTML only SutonnyMJ, windows-1252; short Unicode subject', 'html', 'windows-1252')

J('digital-lab','Nangla Girls High School','nangla.ghs@mail.test','Computer lab',
'''জনাব,
আমাদের বিদ্যালয়ের শেখ রাসেল ডিজিটাল ল্যাবের সতেরোটি কম্পিউটারের মধ্যে আটটি চালু হচ্ছে না এবং প্রজেক্টরটিও নষ্ট। শিক্ষার্থীদের ব্যবহারিক ক্লাস বন্ধ রয়েছে। সরেজমিনে পরিদর্শন করে মেরামতের ব্যবস্থা নেওয়ার অনুরোধ করছি।

প্রধান শিক্ষক''',
'Bijoy body, windows-1252, base64', 'body', 'windows-1252', cte='base64')

J('digital-lab','Kulia Dakhil Madrasa','kulia.madrasa@mail.test','ডিজিটাল ল্যাব',
'''স্যার,
মাদ্রাসার কম্পিউটার ল্যাবে ইন্টারনেট সংযোগ নেই এবং ল্যাবের দায়িত্বপ্রাপ্ত শিক্ষকের কোনো প্রশিক্ষণ নেই। শিক্ষকের প্রশিক্ষণ ও সংযোগের ব্যবস্থা করলে উপকৃত হব।

সুপার''',
'subject+body Bijoy, utf-8 both parts', 'both', 'utf-8', subj_bijoy=True)

J('digital-lab','Melandaha Pilot High School','pilot.hs@mail.test','Multimedia class',
'''জনাব,
বিদ্যালয়ের মাল্টিমিডিয়া শ্রেণিকক্ষের ল্যাপটপটি চালু হয় না এবং স্পিকারে শব্দ আসে না। শিক্ষকরা ডিজিটাল কনটেন্ট দিয়ে ক্লাস নিতে পারছেন না। মেরামতের ব্যবস্থা গ্রহণের অনুরোধ রইল।''',
'HTML-only SutonnyMJ utf-8', 'html', 'utf-8')

J('ict-advice','Jhaugara Cooperative','jhaugara.coop@mail.test','Poramorsho',
'''জনাব,
আমাদের সমিতির অফিসের জন্য একটি কম্পিউটার ও প্রিন্টার কিনতে চাই। কোন মানের কম্পিউটার কিনলে দীর্ঘদিন চলবে এবং কত টাকার মধ্যে ভালো প্রিন্টার পাওয়া যাবে, এ বিষয়ে পরামর্শ চাই।

সাধারণ সম্পাদক''',
'Bijoy body cp1252 quoted-printable', 'body', 'windows-1252', cte='quoted-printable')

J('ict-advice','Md. Nurul Huda','nurul.huda@mail.test','ভাইরাস সমস্যা',
'''স্যার,
আমার কম্পিউটারে ভাইরাস আক্রমণ করেছে। সব ফাইল খোলা যাচ্ছে না এবং টাকা চেয়ে একটি বার্তা দেখাচ্ছে। এখন কী করণীয়, এবং ভবিষ্যতে কীভাবে সুরক্ষিত থাকব তা জানাবেন।''',
'subject+body Bijoy, HTML only cp1252', 'html', 'windows-1252', subj_bijoy=True)

J('ict-advice','Shyampur Mohila Samity','shyampur.samity@mail.test','Email khulbo',
'''আপা,
আমাদের মহিলা সমিতির জন্য একটি ইমেইল ঠিকানা খুলতে চাই। কীভাবে খুলতে হয় এবং পাসওয়ার্ড কীভাবে নিরাপদে রাখব, সে বিষয়ে পরামর্শ দিলে খুশি হব।

সভানেত্রী''',
'both text+HTML Bijoy utf-8', 'both', 'utf-8')

J('udc-advice','Durmut UDC','durmut.udc@mail.test','UDC',
'''স্যার,
আমি দুরমুট ইউনিয়ন ডিজিটাল সেন্টারের উদ্যোক্তা। সেন্টারের ল্যাপটপ ও প্রিন্টার নষ্ট হয়ে গেছে। নাগরিকদের জন্মনিবন্ধন ও অন্যান্য সেবা দিতে পারছি না। কী করণীয় সে বিষয়ে পরামর্শ চাই।''',
'Bijoy body windows-1252, UDC equipment', 'body', 'windows-1252')

J('udc-advice','Nangla UDC','nangla.udc@mail.test','সেবার মূল্য',
'''জনাব,
ইউনিয়ন ডিজিটাল সেন্টারে নাগরিকদের কাছ থেকে বিভিন্ন সেবার জন্য কত টাকা নেওয়া যাবে তার কোনো সরকারি তালিকা আছে কি? থাকলে একটি কপি পাঠানোর অনুরোধ করছি।

উদ্যোক্তা, নাংলা ইউনিয়ন ডিজিটাল সেন্টার''',
'subject+body Bijoy, text/plain utf-8', 'body', 'utf-8', subj_bijoy=True)

J('udc-advice','Ghosherpara UDC','ghosherpara.udc@mail.test','Uddokta portal',
'''স্যার,
উদ্যোক্তা পোর্টালে আমার অ্যাকাউন্টে প্রবেশ করা যাচ্ছে না এবং কমিশনের টাকাও তিন মাস ধরে আসছে না। এ বিষয়ে কার সাথে যোগাযোগ করব পরামর্শ দিন।

উদ্যোক্তা, ঘোষেরপাড়া ইউডিসি''',
'HTML+text both, cp1252', 'both', 'windows-1252')
