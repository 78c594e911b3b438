"""Family 8: bodies typed in Bijoy / SutonnyMJ ASCII. The Unicode here is the intended text;
gen.py converts it with bijoy.to_bijoy and keeps it in NNN.unicode.txt. 3 per service.

bkind: plain-1252 | plainqp-1252 | plain-utf8 | html-1252 | html-utf8 | alt-1252 | alt-utf8
bsubj: True -> the subject is typed in Bijoy too.
"""


def J(svc, bkind, frm, subj, body, note, bsubj=False, **kw):
    d = dict(family="bijoy", svc=svc, disp="new", ack="yes", lang="bijoy", shape=None,
             bkind=bkind, bsubj=bsubj, frm=frm, subj=subj, body=body, note=note)
    d.update(kw)
    return d


L = [
    J("web-portal", "plain-1252", "Shyampur UP <shyampur.up@melandaha-up.test>",
      "বিষয়: ইউনিয়ন বাতায়নে নোটিশ প্রকাশ প্রসঙ্গে",
      """বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: ইউনিয়ন বাতায়নে নোটিশ প্রকাশ প্রসঙ্গে।

জনাব,
সবিনয় নিবেদন এই যে, শ্যামপুর ইউনিয়ন পরিষদের আগামী ১৮/১২/২০২৬ তারিখের উন্মুক্ত বাজেট সভার নোটিশ ইউনিয়ন বাতায়নে প্রকাশ করা প্রয়োজন। নোটিশের বিষয়বস্তু নিম্নরূপ:
"আগামী ১৮ ডিসেম্বর সকাল ১১টায় ইউনিয়ন পরিষদ চত্বরে উন্মুক্ত বাজেট সভা অনুষ্ঠিত হবে। সকলকে উপস্থিত থাকার অনুরোধ করা হলো।"

অতএব, নোটিশটি প্রকাশের প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য বিনীত অনুরোধ করছি।

বিনীত
সচিব
শ্যামপুর ইউনিয়ন পরিষদ""",
      "Bijoy cp1252 formal letter: budget-meeting notice on union portal", bsubj=True),
    J("web-portal", "html-utf8", "Upazila Education Office <ueo.mel@edu.example.gov.test>",
      "Update of officer list (Bijoy)",
      """উপজেলা শিক্ষা অফিসের কর্মকর্তাদের তালিকা বাতায়নে হালনাগাদ করার অনুরোধ করা হলো। বর্তমান তালিকা:
১. উপজেলা শিক্ষা অফিসার: মোঃ আনোয়ারুল হক
২. সহকারী উপজেলা শিক্ষা অফিসার: মোঃ সাইফুল ইসলাম
৩. সহকারী উপজেলা শিক্ষা অফিসার: শাহীন আক্তার
পুরাতন তালিকা বাদ দেওয়ার অনুরোধ রইল।

উপজেলা শিক্ষা অফিসার, মেলান্দহ""",
      "Bijoy HTML (SutonnyMJ span), utf-8: officer list update on portal"),
    J("web-portal", "alt-1252", "Mahmudpur High School <mahmudpur.hs@school.example.org>",
      "বিদ্যালয়ের পাতায় ফলাফল প্রকাশ",
      """জনাব,
আমাদের বিদ্যালয়ের বার্ষিক পরীক্ষার ফলাফল বিদ্যালয়ের বাতায়ন পাতায় প্রকাশ করতে চাই। ফলাফলের তালিকা পরবর্তীতে পাঠানো হবে। পাতার "নোটিশ" অংশে প্রকাশের ব্যবস্থা করার অনুরোধ করছি।

প্রধান শিক্ষক
মাহমুদপুর উচ্চ বিদ্যালয়""",
      "Bijoy multipart/alternative cp1252: school results on portal page", bsubj=True),
    J("e-nothi", "plainqp-1252", "Upazila Family Planning Office <ufpo.mel@fp.example.gov.test>",
      "e-Nothi ID",
      """বরাবর
উপজেলা আইসিটি অফিসার, মেলান্দহ।

বিষয়: ই-নথিতে কর্মচারীর পদবি পরিবর্তন।

জনাব,
অত্র দপ্তরের পরিবার কল্যাণ সহকারী জনাব মোছাঃ রোকেয়া খাতুন পদোন্নতি পেয়ে পরিবার পরিকল্পনা পরিদর্শক পদে যোগদান করেছেন। ই-নথিতে তাঁর পদবি পরিবর্তন করার প্রয়োজনীয় ব্যবস্থা গ্রহণের অনুরোধ করা হলো।

উপজেলা পরিবার পরিকল্পনা কর্মকর্তা""",
      "Bijoy cp1252 quoted-printable: e-Nothi designation change"),
    J("e-nothi", "plain-utf8", "Md. Nazrul Islam <nazrul.sa@admin.example.gov.test>",
      "নথি প্রেরণে সমস্যা",
      """স্যার,
ই-নথিতে নথি প্রেরণ করতে গেলে "অনুমতি নেই" বার্তা দেখাচ্ছে। আমি অফিস সহকারী হিসেবে কাজ করছি। আমার প্রোফাইলে প্রয়োজনীয় অনুমতি যুক্ত করার অনুরোধ করছি।

মোঃ নজরুল ইসলাম
অফিস সহকারী, উপজেলা নির্বাহী অফিসারের কার্যালয়""",
      "Bijoy in utf-8 text/plain: e-Nothi permission error", bsubj=True),
    J("e-nothi", "html-1252", "Upazila Rural Development Office <urdo.mel@brdb.example.gov.test>",
      "",
      """জনাব,
আমাদের অফিসের কর্মচারীদের ই-নথি বিষয়ে এক দিনের প্রশিক্ষণ প্রয়োজন। ডাক গ্রহণ, নোট অনুচ্ছেদ লিখন এবং পত্রজারি বিষয়ে হাতে-কলমে শেখানোর অনুরোধ করছি। প্রশিক্ষণার্থীর সংখ্যা ছয় জন।

উপজেলা পল্লী উন্নয়ন কর্মকর্তা""",
      "Bijoy HTML-only cp1252, empty subject: e-Nothi training"),
    J("digital-lab", "plain-1252", "Kulia High School <kulia.hs@school.example.org>",
      "শেখ রাসেল ডিজিটাল ল্যাব মেরামত",
      """বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: শেখ রাসেল ডিজিটাল ল্যাবের অকেজো ল্যাপটপ মেরামত প্রসঙ্গে।

মহোদয়,
বিনীত নিবেদন এই যে, অত্র বিদ্যালয়ের শেখ রাসেল ডিজিটাল ল্যাবের সতেরোটি ল্যাপটপের মধ্যে আটটি অকেজো অবস্থায় রয়েছে। এতে শিক্ষার্থীদের ব্যবহারিক ক্লাস ব্যাহত হচ্ছে।

অতএব, ল্যাপটপগুলো মেরামতের প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য বিনীত অনুরোধ করছি।

বিনীত
প্রধান শিক্ষক
কুলিয়া উচ্চ বিদ্যালয়""",
      "Bijoy cp1252 formal letter: lab laptop repair", bsubj=True),
    J("digital-lab", "alt-utf8", "Hajipur Girls School <hajipur.gs@school.example.org>",
      "Lab teacher",
      """জনাব,
আমাদের বিদ্যালয়ের কম্পিউটার ল্যাব পরিচালনার জন্য কোনো প্রশিক্ষিত শিক্ষক নেই। ল্যাব শিক্ষক হিসেবে একজন শিক্ষককে প্রশিক্ষণ দেওয়ার ব্যবস্থা করার অনুরোধ করছি।

প্রধান শিক্ষিকা""",
      "Bijoy multipart/alternative utf-8: lab teacher training"),
    J("digital-lab", "plainqp-1252", "Adra Dakhil Madrasa <adra.madrasa@madrasa.example.org>",
      "ল্যাবের প্রজেক্টর ও ইন্টারনেট",
      """জনাব,
আমাদের মাদ্রাসার ডিজিটাল ল্যাবের প্রজেক্টর চালু হচ্ছে না এবং ইন্টারনেট সংযোগও বন্ধ। শিক্ষার্থীদের ক্লাস নেওয়া সম্ভব হচ্ছে না। দ্রুত ব্যবস্থা গ্রহণের অনুরোধ করছি।

সুপার""",
      "Bijoy cp1252 qp: lab projector and internet"),
    J("ict-advice", "plain-1252", "Sub-Registrar Office <subreg.mel@reg.example.gov.test>",
      "কম্পিউটার ক্রয় বিষয়ে পরামর্শ",
      """জনাব,
অত্র অফিসের জন্য একটি ডেস্কটপ কম্পিউটার ও একটি প্রিন্টার ক্রয় করা হবে। কোন ধরনের প্রসেসর, মেমোরি ও প্রিন্টার উপযুক্ত হবে সে বিষয়ে আপনার পরামর্শ কামনা করছি।

সাব-রেজিস্ট্রার, মেলান্দহ""",
      "Bijoy cp1252: computer purchase specification advice", bsubj=True),
    J("ict-advice", "html-utf8", "Md. Abdul Latif <latif.retired@mail.test>",
      "ইমেইল হ্যাক",
      """আমি একজন অবসরপ্রাপ্ত শিক্ষক। আমার ইমেইল থেকে আমার অজান্তে সবার কাছে টাকা চেয়ে চিঠি যাচ্ছে। পাসওয়ার্ড কীভাবে পরিবর্তন করব এবং ভবিষ্যতে কীভাবে নিরাপদ থাকব সে বিষয়ে পরামর্শ চাই।

আব্দুল লতিফ""",
      "Bijoy HTML utf-8: hacked email advice"),
    J("ict-advice", "alt-1252", "Upazila Women Affairs Office <uwao.mel@women.example.gov.test>",
      "সাইবার নিরাপত্তা",
      """জনাব,
আমাদের অফিসের কম্পিউটারে প্রায়ই ভাইরাস আক্রমণ হয় এবং ফাইল হারিয়ে যায়। কোন অ্যান্টিভাইরাস ব্যবহার করা উচিত এবং ফাইলের ব্যাকআপ কীভাবে রাখা যায় সে বিষয়ে পরামর্শ দেওয়ার অনুরোধ করছি।

উপজেলা মহিলা বিষয়ক কর্মকর্তা""",
      "Bijoy multipart/alternative cp1252: antivirus and backup advice", bsubj=True),
    J("udc-advice", "plain-1252", "Jhaugara UDC <jhaugara.udc@udc-mail.test>",
      "ডিজিটাল সেন্টারের সেবা বৃদ্ধি",
      """জনাব,
আমি ঝাউগড়া ইউনিয়ন ডিজিটাল সেন্টারের উদ্যোক্তা। সেন্টারে নতুন সেবা চালু করে আয় বৃদ্ধি করতে চাই। কোন কোন সেবা চালু করা যায় এবং এর জন্য কী প্রশিক্ষণ প্রয়োজন সে বিষয়ে পরামর্শ দেওয়ার অনুরোধ করছি।

উদ্যোক্তা
ঝাউগড়া ইউনিয়ন ডিজিটাল সেন্টার""",
      "Bijoy cp1252: UDC new services advice", bsubj=True),
    J("udc-advice", "plain-utf8", "Poyla UDC <poyla.udc@udc-mail.test>",
      "Uddokta portal",
      """স্যার,
উদ্যোক্তা পোর্টালে আমার সেন্টারের তথ্য ভুল দেখাচ্ছে এবং মাসিক প্রতিবেদন জমা দিতে পারছি না। কীভাবে সংশোধন করব জানালে উপকৃত হব।

উদ্যোক্তা, পয়লা ইউনিয়ন ডিজিটাল সেন্টার""",
      "Bijoy in utf-8 text/plain: UDC portal data wrong"),
    J("udc-advice", "html-1252", "Secretary, Kulia UP <kulia.upsec@melandaha-up.test>",
      "ইউনিয়ন ডিজিটাল সেন্টার",
      """জনাব,
আমাদের ইউনিয়ন ডিজিটাল সেন্টারের জন্য একটি ল্যাপটপ, একটি প্রিন্টার ও একটি ওয়েবক্যাম কেনার পরিকল্পনা রয়েছে। সেন্টারের সেবা প্রদানের উপযোগী যন্ত্রপাতির বিবরণ দিয়ে পরামর্শ দেওয়ার অনুরোধ করছি।

সচিব, কুলিয়া ইউনিয়ন পরিষদ""",
      "Bijoy HTML cp1252: UP secretary asks UDC equipment advice", bsubj=True),
]


def specs():
    return L
