"""Family 7: badly typed Bangla (conjuncts without hasanta, য় typed as য, ড় as ড,
missing / wrong vowel signs). The intended text is written correctly here and damaged by a
deterministic function, subjects included. 4 per service."""
import random

from common import h16


def damage(text, key):
    rng = random.Random(h16("bad", key))
    s = (text.replace("য\u09bc", "\u09df").replace("ড\u09bc", "\u09dc").replace("ঢ\u09bc", "\u09dd"))
    out = []
    cons = set("কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ\u09dc\u09dd\u09df")
    for i, ch in enumerate(s):
        if ch == "্" and i + 1 < len(s) and s[i + 1] in cons and rng.random() < 0.85:
            continue
        if ch == "\u09df" and rng.random() < 0.85:
            out.append("য"); continue
        if ch == "\u09dc" and rng.random() < 0.85:
            out.append("ড"); continue
        if ch == "\u09dd":
            out.append("ঢ"); continue
        if ch == "ী" and rng.random() < 0.5:
            out.append("ি"); continue
        if ch == "ূ" and rng.random() < 0.5:
            out.append("ু"); continue
        if ch == "ৈ" and rng.random() < 0.6:
            out.append("ে"); continue
        if ch == "া" and rng.random() < 0.06:
            continue
        if ch == "ি" and rng.random() < 0.08:
            out.append("ী"); continue
        if ch == "ে" and rng.random() < 0.05:
            continue
        if ch == "।" and rng.random() < 0.4:
            out.append("."); continue
        out.append(ch)
    return "".join(out)


def BB(svc, shape, frm, subj, body, note, **kw):
    key = (subj or "") + body[:40]
    d = dict(family="bad-bangla", svc=svc, disp="new", ack="yes", lang="bn", shape=shape,
             frm=frm, subj=damage(subj, key + "s") if subj else subj,
             body=damage(body, key), note=note, intended=body)
    d.update(kw)
    return d


L = [
    BB("web-portal", "p8", "মোঃ ফারুক <faruk.upmember@mail.test>", "ইউনিয়নের ওয়েবসাইটে নোটিশ",
       """স্যার আমাদের কুলিয়া ইউনিয়ন পরিষদের ওয়েবসাইটে বয়স্ক ভাতার তালিকার নোটিশ দিতে হবে। সচিব সাহেব ছুটিতে, আমি সদস্য হিসেবে পাঠাচ্ছি। নোটিশটা হলো: আগামী রবিবার পরিষদে বয়স্ক ভাতার নতুন তালিকা যাচাই করা হবে। দয়া করে ওয়েবসাইটে দিয়ে দিবেন।""",
       "Bad Bangla: UP member asks notice on union website"),
    BB("web-portal", "qp", "সেলিনা আক্তার <selina.hm@school.example.org>", "বিদ্যালয়ের তথ্য পরিবর্তন",
       """জনাব, আমাদের বিদ্যালয়ের পাতায় শিক্ষার্থীর সংখ্যা, শিক্ষকের তালিকা আর প্রতিষ্ঠার সাল ভুল দেখাচ্ছে। সঠিক তথ্য: প্রতিষ্ঠা ১৯৬৮, শিক্ষার্থী ৮৪২ জন, শিক্ষক ১৯ জন। পাতাটা হালনাগাদ করার অনুরোধ করছি।
সেলিনা আক্তার, প্রধান শিক্ষক""",
       "Bad Bangla: school page statistics wrong"),
    BB("web-portal", "p8", "আমিনুল ইসলাম <aminul.i@mail.test>", None,
       """উপজেলা পরিষদের ওয়েবসাইটে ইউএনও স্যারের নাম এখনও আগের জনের। নতুন স্যার এসেছেন এক মাস হলো। কেউ কি এটা দেখেন না? ঠিক করে দেন।""",
       "Bad Bangla, no Subject: UNO name outdated on upazila site"),
    BB("web-portal", "b64", "ঝাউগড়া ইউনিয়ন পরিষদ <jhaugara.up@melandaha-up.test>", "দরপত্রের বিজ্ঞপ্তি প্রকাশ",
       """বরাবর, উপজেলা আইসিটি অফিসার, মেলান্দহ।
বিষয়: দরপত্রের বিজ্ঞপ্তি প্রকাশ।
সবিনয় নিবেদন এই যে, ঝাউগড়া ইউনিয়ন পরিষদের কাবিখা প্রকল্পের দরপত্র বিজ্ঞপ্তি ইউনিয়ন বাতায়নে প্রকাশ করা প্রয়োজন। বিজ্ঞপ্তির কপি ডাকযোগে পাঠানো হয়েছে। অতএব প্রকাশের ব্যবস্থা গ্রহণের অনুরোধ করছি।
বিনীত, চেয়ারম্যান, ঝাউগড়া ইউনিয়ন পরিষদ""",
       "Bad Bangla formal letter: tender notice on union portal"),
    BB("e-nothi", "p8", "মোঃ আলী আকবর <aliakbar.ao@admin.example.gov.test>", "নথিতে ফাইল আটকে আছে",
       """স্যার, একটা জরুরি নথি আমার ডেস্কে আটকে আছে। পরবর্তী কর্মকর্তার কাছে পাঠাতে গেলে প্রাপকের তালিকায় কারো নাম আসে না। কর্মকর্তার পদবি নাকি খালি দেখাচ্ছে। দয়া করে দেখবেন।
আলী আকবর, প্রশাসনিক কর্মকর্তা""",
       "Bad Bangla: e-Nothi file stuck, recipient list empty"),
    BB("e-nothi", "qp", "শিরিন আক্তার <shirin.a@edu.example.gov.test>", "ই-নথি প্রশিক্ষণ",
       """আসসালামু আলাইকুম। আমি উপজেলা শিক্ষা অফিসে নতুন যোগ দিয়েছি। ই-নথিতে কীভাবে নোট লিখতে হয় ও পত্রজারি করতে হয় জানি না। প্রশিক্ষণের সুযোগ থাকলে জানাবেন।""",
       "Bad Bangla: new staff wants e-Nothi training"),
    BB("e-nothi", "p8", "রফিক উদ্দিন <rafiq.uddin@agri.example.gov.test>", "স্বাক্ষর সমস্যা",
       """জনাব, আমার ডিজিটাল স্বাক্ষরের ছবিটা উল্টো দেখাচ্ছে আর পত্রে পদবির জায়গায় আগের অফিসের নাম আসছে। নতুন করে প্রোফাইল ঠিক করার জন্য সাহায্য দরকার।""",
       "Bad Bangla: e-Nothi signature and designation issue"),
    BB("e-nothi", "alt", "উপজেলা প্রাণিসম্পদ অফিস <dls.mel@livestock.example.gov.test>", "নতুন কর্মচারীর আইডি",
       """মহোদয়, অত্র অফিসে একজন ভেটেরিনারি সার্জন যোগদান করেছেন। তাঁর জন্য ই-নথিতে আইডি খুলে শাখা ও পদবি যুক্ত করার অনুরোধ করছি। প্রয়োজনীয় তথ্য পত্রের মাধ্যমে প্রেরণ করা হয়েছে।
উপজেলা প্রাণিসম্পদ কর্মকর্তা""",
       "Bad Bangla: new e-Nothi ID for vet surgeon"),
    BB("digital-lab", "p8", "মোঃ সাজ্জাদ হোসেন <sajjad.hm@school.example.org>", "ল্যাবের কম্পিউটার নষ্ট",
       """স্যার, আমাদের স্কুলের ডিজিটাল ল্যাবের কম্পিউটারগুলো অনেকদিন ধরে নষ্ট। শিক্ষার্থীরা ব্যবহারিক ক্লাস করতে পারছে না। একজন প্রযুক্তিবিদ পাঠালে কৃতজ্ঞ থাকব।
প্রধান শিক্ষক, হাজিপুর উচ্চ বিদ্যালয়""",
       "Bad Bangla: lab computers broken, technician"),
    BB("digital-lab", "qp", "রুমানা ইয়াসমিন <rumana.y@school.example.org>", None,
       """আমি ল্যাব শিক্ষক। ল্যাবের প্রজেক্টর আর সাউন্ড সিস্টেম দুইটাই কাজ করছে না। ক্লাসে মাল্টিমিডিয়া দেখাতে পারছি না। মেরামতের জন্য কোথায় যোগাযোগ করব?""",
       "Bad Bangla, no Subject: lab projector and sound"),
    BB("digital-lab", "p8", "অভিভাবক মোঃ রশিদ <rashid.guardian@mail.test>", "স্কুলের ল্যাপটপ",
       """আমার ছেলে নবম শ্রেণিতে পড়ে। স্কুলে শেখ রাসেল ডিজিটাল ল্যাব থাকলেও শিক্ষক নেই বলে ক্লাস হয় না। ল্যাবটা চালু করার ব্যবস্থা নিন।""",
       "Bad Bangla: parent wants lab opened"),
    BB("digital-lab", "b64", "নয়নপুর উচ্চ বিদ্যালয় <nayanpur.hs@school.example.org>", "ল্যাবের ইন্টারনেট সংযোগ",
       """মহোদয়, অত্র বিদ্যালয়ের কম্পিউটার ল্যাবের ইন্টারনেট সংযোগ গত মাস থেকে বন্ধ। রাউটার ও সংযোগ পরীক্ষা করে পুনরায় চালুর ব্যবস্থা করার জন্য বিনীত অনুরোধ করছি।
বিনীত, প্রধান শিক্ষক""",
       "Bad Bangla formal: lab internet off"),
    BB("ict-advice", "p8", "মোঃ জাহিদ <zahid.j@mail.test>", "ল্যাপটপ কেনার পরামর্শ",
       """ভাই, আমি অফিসের কাজের জন্য একটা ল্যাপটপ কিনব। বাজেট চল্লিশ হাজার। কোন ব্র্যান্ড আর কত জিবি র‍্যাম নেওয়া উচিত জানাবেন?""",
       "Bad Bangla: laptop buying advice"),
    BB("ict-advice", "qp", "রেহানা পারভীন <rehana.p@inbox.test>", "মোবাইলে ভাইরাস",
       """আমার মোবাইলে হঠাৎ করে অনেক বিজ্ঞাপন আসছে, আর অচেনা অ্যাপ নিজে নিজে ইনস্টল হচ্ছে। কীভাবে পরিষ্কার করব? ব্যাংকের অ্যাপ ব্যবহার করা কি নিরাপদ?""",
       "Bad Bangla: phone adware/malware advice"),
    BB("ict-advice", "p8", "আব্দুল হাই <abdul.hai@mail.test>", None,
       """আমার ইমেইলের পাসওয়ার্ড কেউ জেনে গেছে মনে হয়। আমার নাম দিয়ে অন্যদের কাছে মেইল যাচ্ছে। এখন কী করব?""",
       "Bad Bangla, no Subject: compromised email advice"),
    BB("ict-advice", "alt", "মাহমুদা খাতুন <mahmuda.k@example.org>", "অনলাইনে সরকারি সেবা",
       """জনাব, অনলাইনে কোন কোন সরকারি সেবার আবেদন করা যায় এবং কীভাবে নিরাপদে ফি পরিশোধ করা যায় সে বিষয়ে পরামর্শ চাই। ভুয়া ওয়েবসাইট চেনার উপায় কী?""",
       "Bad Bangla: online government services & fake sites"),
    BB("udc-advice", "p8", "মোঃ তারেক <tarek.udc@udc-mail.test>", "ডিজিটাল সেন্টারের আয়",
       """স্যার, আমি ইউনিয়ন ডিজিটাল সেন্টারের উদ্যোক্তা। সেন্টারে আয় খুব কম। নতুন কোন সেবা চালু করলে আয় বাড়বে এবং কোথায় প্রশিক্ষণ পাব জানাবেন।""",
       "Bad Bangla: UDC income advice"),
    BB("udc-advice", "qp", "পারুল আক্তার <parul.udc@udc-mail.test>", "উদ্যোক্তা আইডি",
       """আমার উদ্যোক্তা পোর্টালের আইডি বন্ধ হয়ে গেছে। ইউনিয়ন পরিষদ থেকে বলছে উপজেলায় যোগাযোগ করতে। আইডি চালু করতে কী করতে হবে?
পারুল আক্তার, উদ্যোক্তা""",
       "Bad Bangla: UDC portal ID blocked"),
    BB("udc-advice", "p8", "সেন্টার উদ্যোক্তা <center.udc@udc-mail.test>", None,
       """সেন্টারের প্রিন্টার আর স্ক্যানার দুইটাই পুরনো হয়ে গেছে। নতুন কিনতে চাই, কোনটা টেকসই হবে? আর সেন্টারের জন্য সোলার লাগানো কি লাভজনক?""",
       "Bad Bangla, no Subject: UDC equipment advice"),
    BB("udc-advice", "b64", "চেয়ারম্যান, নাংলা ইউপি <nangla.chairman@melandaha-up.test>", "ডিজিটাল সেন্টার বিষয়ে পরামর্শ",
       """জনাব, আমাদের ইউনিয়ন ডিজিটাল সেন্টারে একজন নারী উদ্যোক্তা নিয়োগ দিতে চাই। নিয়োগের নিয়ম, প্রশিক্ষণ এবং সেন্টারের সেবার তালিকা সম্পর্কে পরামর্শ দিলে উপকৃত হব।""",
       "Bad Bangla: chairman asks UDC entrepreneur recruitment advice"),
]


def specs():
    return L
