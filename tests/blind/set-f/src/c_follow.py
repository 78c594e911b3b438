from common import M
from acks import ref, ack_id, ack_text, quote

def qa(n, svc, lang='bn', who='Upazila ICT Office Melandaha <desk@office.test>', when='Thu, 3 Dec 2026 at 11:02'):
    return f'On {when}, {who} wrote:\n' + quote(ack_text(n, svc, lang))

def F(svc, lang, name, email, subj, body, note, n, irt=True, refs=True, **kw):
    return M('followup-quoted', svc, 'followup', lang, name, email, subj, body, note,
             irt=ack_id(n) if irt else None, refs=ack_id(n) if refs else None, **kw)

def D(svc, lang, name, email, subj, body, note, **kw):
    return M('followup-quoted', svc, 'new', lang, name, email, subj, body, note, **kw)

F('web-portal','bn','মোঃ আব্দুল করিম','ak.secretary.mahmudpur@mail.test','নতুন তারিখের নোটিশের কপি',
'''স্যার, আগের মেইলে যে নোটিশের কথা বলেছিলাম তার নতুন কপিটা এবার সংযুক্ত করলাম। চেয়ারম্যান সাহেব স্বাক্ষর করেছেন। এটা তুলে দিলেই হবে।

''' + qa(312, 'web-portal'),
'true follow-up: rewritten subject, ticket only in quoted ack, IRT+References', 312, style='pdf', fname='notice-new-date.pdf')

F('e-nothi','en','Md. Shafiqul Islam','shafiq.ht@mail.test','still cannot forward',
'''Dear Sir,
Just to let you know it's still the same today, the forward list shows only the old office names. The UNO office called me twice about the letter. Can someone phone me?

''' + qa(318, 'e-nothi', 'en'),
'true follow-up chasing progress', 318)

F('digital-lab','banglish','Sohel','sohel.ict.teacher@mail.test','inspection kal',
'''sir kal inspection, projector ekhono blue screen. keu ki aj ashte parben? na hole amra laptop er screen e dekhabo.

''' + qa(327, 'digital-lab'),
'banglish follow-up with only In-Reply-To', 327, refs=False)

F('ict-advice','mixed','Rakib','rakib.shop@mail.test','ফাইলগুলো এখনো lock',
'''ভাই, আপনাদের reply পেয়েছি। কাল কেউ ফোন দেবেন বলেছিলেন, দেয়নি। দোকানের হিসাব বন্ধ। আমি কি computer টা নিয়ে অফিসে আসব?

''' + qa(333, 'ict-advice'),
'mixed follow-up on ransomware ticket, References only', 333, irt=False)

F('udc-advice','bn','মৌসুমী আক্তার','mousumi.udc@inbox.test','এজেন্ট ব্যাংকিংয়ের কাগজ',
'''স্যার,
আপনার অফিস থেকে যে কাগজগুলোর কথা বলেছিলেন তার মধ্যে ট্রেড লাইসেন্স আর ইউপির প্রত্যয়নপত্র পেয়েছি, কিন্তু ব্যাংকের ফর্মটা কোথায় পাব বুঝতে পারছি না। একটু জানাবেন?

''' + qa(341, 'udc-advice'),
'follow-up on UDC new-service ticket', 341)

F('web-portal','en','Farhana Yasmin','farhana.yasmin@inbox.test','Photo of the new headmistress',
'''Dear Sir,
As promised, attached is Mrs. Shirin Akter's photo and her joining order. Please let me know if the size is OK.

Farhana

''' + qa(346, 'web-portal', 'en'),
'follow-up sending promised material (jpg)', 346, style='jpg', fname='headmistress.jpg')

F('e-nothi','banglish','Shila Rani','shila.rani@mail.test','code ekhono purono number e',
'''dada apnara bolechilen 2 din lagbe, 5 din hoye gelo. ekhono OTP purono number e jay. ki obostha?

''' + qa(352, 'e-nothi'),
'impatient follow-up', 352)

F('digital-lab','bn','মোঃ নজরুল ইসলাম','nazrul.ht.nangla@mail.test','বিল সংক্রান্ত কাগজ',
'''জনাব,
আপনার নির্দেশনা অনুযায়ী ইন্টারনেট সংযোগদাতার বকেয়া বিলের কপি ও চুক্তিপত্র সংযুক্ত করা হলো। পরবর্তী করণীয় জানালে বাধিত হব।

বিনীত
প্রধান শিক্ষক, নাংলা উচ্চ বিদ্যালয়

''' + qa(359, 'digital-lab'),
'formal follow-up with attachment', 359, style='pdf', fname='bill-copy.pdf')

F('ict-advice','en','Golam Rabbani','rabbani.ngo@example.org','Thanks - one more question',
'''Thank you for the advice on the laptop. One more thing on the same purchase: should we also buy an extended warranty the shop is offering for 4,000 taka?

''' + qa(364, 'ict-advice', 'en'),
'follow-up extending same ICT-advice ticket', 364)

F('udc-advice','mixed','Ariful Haque','ariful.h@example.com','passport form — আরেকটা প্রশ্ন',
'''Sir, reply এর জন্য ধন্যবাদ। আরেকটা বিষয় — payment slip এর জন্য যদি citizen এর card না থাকে, আমি কি নিজের account থেকে pay করে পরে টাকা নিতে পারি?

''' + qa(372, 'udc-advice'),
'mixed follow-up on UDC fee ticket', 372)

# --- different person quoting someone else's ack (no IRT/References): new request
D('digital-lab','bn','রাশিদা বেগম','rashida.b@mail.test','আমাদের স্কুলেও একই অবস্থা',
'''স্যার,
পাশের স্কুলের প্রধান শিক্ষক আপনাদের কাছ থেকে নিচের উত্তরটা পেয়েছেন, উনি আমাকে ফরোয়ার্ড করলেন। আমাদের ঝাউগড়া বালিকা বিদ্যালয়ের ল্যাবেও সাতটা কম্পিউটার চালু হয় না, বজ্রপাতের পর থেকে। আমাদের জন্য আলাদা করে দেখবেন।

---------- Forwarded message ---------
''' + qa(381, 'digital-lab'),
'different person forwards another ticket ack; new lab request (no IRT)')

D('web-portal','en','Anisur Rahman','anis.r@example.net','Same issue on our union page',
'''Hello,
My cousin showed me the reply below that she got from you about her school page. I have a different problem: our Kulia union website still shows the 2021 voter list notice on the front page. Could that be removed?

''' + qa(387, 'e-nothi', 'en'),
'quotes someone else e-Nothi ack; new web-portal ask; no IRT')

D('udc-advice','banglish','Sabbir','sabbir.udc@mail.test','Fwd: amar bondhur mail',
'''bhai amar bondhu ei reply ta paise apnader theke. amio ekta UDC chalai (Mahmudpur, notun). amar proshno alada: center e photocopy r print er rate koto rakhle niyom er moddhe thakbe?

> ''' + ref(393) + '''
''' + quote(ack_text(393, 'ict-advice')),
'quotes a friend ack (ict-advice); asks new UDC fee question')

D('e-nothi','mixed','Hosne Ara','hosnea.ed@inbox.test','আপনাদের reply দেখে লিখছি',
'''Sir, আমার colleague Rehana আপার ticket এর উত্তর নিচে। আমি আলাদা মানুষ, Upazila Education Office এরই। আমার সমস্যা: আমার e-Nothi তে নতুন designation "সহকারী উপজেলা শিক্ষা অফিসার" যোগ হয়নি, তাই file আমার কাছে আসে না।

''' + qa(399, 'e-nothi'),
'colleague quotes another person e-Nothi ack; new e-Nothi request, no IRT')

D('none','bn','মোঃ ইদ্রিস আলী','idris.ali@mail.test','আমার ভাতার কার্ড',
'''জনাব,
আমার প্রতিবেশী নিচের উত্তরটা পেয়েছেন। আমার বিষয় আলাদা: আমার প্রতিবন্ধী ভাতার কার্ডে নাম ভুল, সমাজসেবা অফিস আপনাদের দেখাতে বলেছে কারণ কম্পিউটারে এন্ট্রি হয়েছে। দয়া করে ঠিক করে দিন।

''' + qa(410, 'ict-advice'),
'quotes neighbour ack; new out-of-scope allowance card request (none, still ack)')
