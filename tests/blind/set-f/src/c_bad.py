import random
from common import M

def corrupt(text, seed, hasanta=0.85, vowel=0.5, nukta=True):
    r = random.Random(seed)
    t = text.replace('\u09af\u09bc', '\u09df').replace('\u09a1\u09bc', '\u09dc').replace('\u09a2\u09bc', '\u09dd')
    out = []
    for ch in t:
        if ch == '\u09cd' and r.random() < hasanta:
            continue
        if ch == 'ী' and r.random() < vowel:
            ch = 'ি'
        elif ch == 'ূ' and r.random() < vowel:
            ch = 'ু'
        elif ch == 'ৈ' and r.random() < vowel:
            ch = 'ে'
        elif ch == 'ৃ' and r.random() < vowel:
            ch = 'ি'
        elif nukta and ch == '\u09df':
            ch = 'য'
        elif nukta and ch == '\u09dc':
            ch = 'ড'
        elif ch == 'া' and r.random() < 0.04:
            continue
        elif ch == 'ং' and r.random() < 0.3:
            ch = 'ঙ'
        out.append(ch)
    return ''.join(out)

def B(svc, name, email, subj, body, note, k, **kw):
    d = M('bad-bangla', svc, 'new', 'bn', name, email, corrupt(subj, k * 7), corrupt(body, k), note, **kw)
    d['orig_text'] = body
    return d

B('digital-lab','মোঃ শহিদুল্লাহ','shahidullah.t@mail.test','ল্যাবের কম্পিউটার',
'''স্যার, আমাদের কুলিয়া উচ্চ বিদ্যালয়ের ল্যাবের কম্পিউটারগুলো চালু করলে শুধু কালো পর্দা আসে। শিক্ষক ছুটিতে, শিক্ষার্থীরা ব্যবহারিক ক্লাস করতে পারছে না। কেউ এসে দেখলে ভালো হয়।''',
'hasanta dropped (লযাব, কমপিউটার); school lab PCs black screen', 101)

B('digital-lab','নাজমা খাতুন','nazma.k@mail.test','প্রজেক্টর নষ্ট',
'''আসসালামু আলাইকুম। মাল্টিমিডিয়া ক্লাসরুমের প্রজেক্টরটা গতকাল থেকে জ্বলে না। বাচ্চাদের ডিজিটাল কনটেন্ট দেখানো বন্ধ। ঝাউগড়া সরকারি প্রাথমিক বিদ্যালয়।''',
'corrupted Bangla; multimedia projector broken', 102)

B('digital-lab','মোঃ রফিক','rafiq.lab@mail.test','',
'''আমাদের মাদ্রাসার শেখ রাসেল ডিজিটাল ল্যাবে ইন্টারনেট নেই তিন সপ্তাহ। রাউটারে লাল বাতি জ্বলে। শিক্ষকদের প্রশিক্ষণও দরকার, কেউ ঠিকমতো চালাতে পারে না।''',
'empty subject; corrupted; lab internet + teacher training', 103)

B('digital-lab','সুমাইয়া','sumaiya.t@mail.test','শিক্ষক প্রশিক্ষণ',
'''স্যার, ল্যাবের দায়িত্বপ্রাপ্ত শিক্ষক হিসেবে আমার কোনো প্রশিক্ষণ নেই। নতুন কম্পিউটারে কীভাবে ক্লাস নেব বুঝতে পারছি না। প্রশিক্ষণের তালিকায় নাম দেওয়া যাবে? নাংলা উচ্চ বিদ্যালয়।''',
'corrupted (শিকষক); lab teacher training', 104)

B('e-nothi','আবুল বাশার','bashar.a@mail.test','নথিতে ঢুকতে পারছি না',
'''স্যার, আমার ই-নথির পাসওয়ার্ড ভুলে গেছি, আর মোবাইলে কোড আসে না। অফিসের সব ফাইল আটকে আছে। উপজেলা প্রকৌশলীর কার্যালয় থেকে লিখছি।''',
'corrupted; e-Nothi login', 105)

B('e-nothi','মোছাঃ রুবিনা','rubina.m@mail.test','পদবী ভুল',
'''জনাব, বদলির পর আমার নথির আইডিতে পুরনো অফিসের পদবী দেখাচ্ছে। নতুন অফিসের ফাইল আমার কাছে আসে না। পদবীটা পরিবর্তন করে দিলে কৃতজ্ঞ থাকব।''',
'corrupted; e-Nothi designation', 106)

B('e-nothi','জাহিদ','jahid.n@mail.test','স্বাক্ষর আসে না',
'''স্যার, পত্রজারির সময় আমার ডিজিটাল স্বাক্ষর আসছে না, শুধু নাম আসে। ইউএনও স্যার বলেছেন ঠিক করাতে। কী করতে হবে?''',
'corrupted; e-Nothi signature', 107)

B('e-nothi','মাহফুজা','mahfuza.n@mail.test','প্রশিক্ষণ চাই',
'''আমাদের অফিসের তিনজন নতুন কর্মচারী ইলেকট্রনিক নথির কাজ জানেন না। ডাক গ্রহণ, নোট লেখা, পত্রজারি শেখানোর জন্য একটা প্রশিক্ষণের ব্যবস্থা করা যায়? উপজেলা সমবায় অফিস।''',
'corrupted; e-Nothi training', 108)

B('web-portal','আলমগীর হোসেন','alamgir.h@mail.test','ওয়েবসাইটে নোটিশ',
'''স্যার, ফুলকোচা ইউনিয়নের ওয়েবসাইটে পুরনো নোটিশ ঝুলছে, নতুন বয়স্ক ভাতার তালিকার নোটিশটা দেওয়া দরকার। কপি পাঠাচ্ছি।''',
'corrupted; union portal notice', 109)

B('web-portal','শাহনাজ বেগম','shahnaz.b@mail.test','স্কুলের পাতায় ভুল তথ্য',
'''আমাদের বিদ্যালয়ের ওয়েব পাতায় প্রতিষ্ঠার সাল ভুল এবং শিক্ষকদের তালিকা পুরনো। সঠিক তথ্য দিয়ে হালনাগাদ করে দিন। ঘোষেরপাড়া উচ্চ বিদ্যালয়।''',
'corrupted; school page outdated', 110)

B('web-portal','মোঃ কবির','kabir.p@mail.test','',
'''ইউনিয়ন পরিষদের সাইটে চেয়ারম্যানের ছবি আর মোবাইল নম্বর পুরনো। নতুন চেয়ারম্যানের ছবি পাঠাব, কোথায় পাঠাব জানাবেন। দুরমুট ইউনিয়ন।''',
'empty subject; corrupted; union portal chairman photo', 111)

B('web-portal','রোকেয়া','rokeya.p@mail.test','লিংক কাজ করে না',
'''উপজেলার ওয়েবসাইটে ভর্তি বিজ্ঞপ্তির লিংকে চাপ দিলে কিছু আসে না। ছাত্রছাত্রীরা খুঁজে পাচ্ছে না। দয়া করে দেখবেন।''',
'corrupted; broken link on portal', 112)

B('ict-advice','মোঃ মিজান','mizan.a@mail.test','কম্পিউটারে ভাইরাস',
'''আমার অফিসের কম্পিউটারে ভাইরাস ঢুকেছে, সব ফাইল শর্টকাট হয়ে যাচ্ছে। কোন এন্টিভাইরাস কিনব, আর ফাইলগুলো উদ্ধার করা যাবে কি? পরামর্শ চাই।''',
'corrupted; virus advice', 113)

B('ict-advice','ফারহানা','farhana.a@mail.test','ল্যাপটপ কিনব',
'''আমাদের সমিতির অফিসের জন্য একটা ল্যাপটপ কিনতে চাই। কোন ব্র্যান্ড ভালো, কত দামের মধ্যে কী পাওয়া যায়? অফিসে শুধু লেখালেখি আর ইমেইল হয়।''',
'corrupted; laptop purchase advice', 114)

B('ict-advice','সাইফুল','saiful.a@mail.test','ফেসবুক হ্যাক',
'''আমার ফেসবুক আইডি হ্যাক হয়ে গেছে, কেউ আমার নামে টাকা চাইছে। কী করলে আইডি ফেরত পাব আর সবাইকে সতর্ক করব?''',
'corrupted; hacked account advice', 115)

B('ict-advice','নাসরিন','nasrin.a@mail.test','',
'''অফিসের জন্য আলাদা ইমেইল ঠিকানা খুলতে চাই, সবাই যেন একই ঠিকানা থেকে চিঠি পাঠাতে পারে। কীভাবে করব, পাসওয়ার্ড নিরাপদে রাখার উপায় কী?''',
'empty subject; corrupted; office email advice', 116)

B('udc-advice','মোঃ হাসান','hasan.u@mail.test','সেন্টারের ফি',
'''আমি মাহমুদপুর ইউনিয়ন ডিজিটাল সেন্টারের উদ্যোক্তা। জন্ম নিবন্ধনের আবেদনের জন্য কত টাকা নিতে পারি, সরকারি কোনো তালিকা আছে কি?''',
'corrupted; UDC fee question', 117)

B('udc-advice','লাকী আক্তার','laki.u@mail.test','প্রিন্টার নষ্ট',
'''স্যার, আমার ডিজিটাল সেন্টারের প্রিন্টার আর স্ক্যানার দুটোই নষ্ট। সেবা দিতে পারছি না। কোথায় মেরামত করাব, নাকি নতুন কিনব, পরামর্শ দিন। শ্যামপুর ইউডিসি।''',
'corrupted; UDC equipment advice', 118)

B('udc-advice','মোঃ জসিম','jasim.u@mail.test','পোর্টালে ঢুকতে পারি না',
'''উদ্যোক্তা পোর্টালে লগইন করলে অ্যাকাউন্ট বন্ধ দেখায়। নাগরিকদের সেবা বন্ধ। কী করতে হবে জানাবেন। আদ্রা ইউনিয়ন ডিজিটাল সেন্টার।''',
'corrupted; UDC portal account', 119)

B('udc-advice','পারভীন','parvin.u@mail.test','নতুন সেবা',
'''আমার সেন্টারে বিদ্যুৎ বিল নেওয়া আর মোবাইল ব্যাংকিং চালু করতে চাই। অনুমতি কোথা থেকে নিতে হয় এবং কী কী কাগজ লাগে? চর বানিপাকুরী ইউডিসি।''',
'corrupted; UDC new services', 120)
