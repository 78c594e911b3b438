"""bijoy family: real requests typed with the Bijoy layout (SutonnyMJ ASCII).
The Unicode text below is the intended text; the Bijoy bytes are produced by
bijoyconv.to_bijoy and the Unicode text is kept in NNN.unicode.txt."""
import mailkit as mk
from bijoyconv import to_bijoy as B
from spec import M


def html_sutonny(btext):
    import html
    paras = btext.strip("\n").split("\n\n")
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>',
           '<body><div style="font-family: SutonnyMJ; font-size: 14pt;">']
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def BJ(service, note, frm, subj_u, body_u, variant, **kw):
    """variant decides how the Bijoy text is packaged."""
    bb = B(body_u) if body_u else None
    bs = B(subj_u) if subj_u else None
    uni = (("Subject: " + subj_u + "\n\n") if subj_u else "") + (body_u or "")
    if variant == "cp1252-plain":          # bijoy body, unicode subject
        part = mk.Leaf("text/plain", bb, "windows-1252", "8bit")
        subject, mode = subj_u, "B"
    elif variant == "cp1252-qp-subjq":     # bijoy body and bijoy subject (windows-1252 Q)
        part = mk.Leaf("text/plain", bb, "windows-1252", "quoted-printable")
        subject, mode = mk.ew_q(bs, "windows-1252"), "raw"
    elif variant == "html-sutonny":        # HTML only, font-family SutonnyMJ
        part = mk.Leaf("text/html", html_sutonny(bb), "windows-1252", "quoted-printable")
        subject, mode = subj_u, "Q"
    elif variant == "utf8-pasted":         # bijoy glyph chars pasted into a UTF-8 mail
        part = mk.Leaf("text/plain", bb, "utf-8", "base64")
        subject, mode = bs, "B"
    elif variant == "alt":                 # plain bijoy + html SutonnyMJ
        part = mk.Multi("alternative", [mk.Leaf("text/plain", bb, "windows-1252", "8bit"),
                                        mk.Leaf("text/html", html_sutonny(bb), "windows-1252", "base64")],
                        "bjalt-" + note[:12].replace(" ", "_"))
        subject, mode = subj_u, "B"
    elif variant == "subject-only":        # bijoy only in subject (windows-1252 B); body short English
        part = mk.Leaf("text/plain", kw.pop("plain_body"), "us-ascii", "7bit")
        subject, mode = mk.ew_b(bs, "windows-1252"), "raw"
        uni = "Subject: " + subj_u + "\n"
    elif variant == "attach-doc":          # bijoy text body + attachment
        part = mk.Multi("mixed", [mk.Leaf("text/plain", bb, "windows-1252", "quoted-printable"),
                                  mk.Leaf("application/pdf", mk.fake_pdf("abedon"), None, "base64",
                                          filename=kw.pop("fname"))],
                        "bjmix-" + note[:10].replace(" ", "_"))
        subject, mode = subj_u, "B"
    else:
        raise ValueError(variant)
    return M("bijoy", service, "new", "bijoy", note, frm=frm, subject=subject, subj_mode=mode,
             part=part, unicode_txt=uni, **kw)


MAILS = [
BJ("digital-lab", "Bijoy cp1252 plain: school lab laptops not turning on",
   "মোঃ আনিছুর রহমান|anisur.hm@charbani-hs.edu.test", "ল্যাবের ল্যাপটপ নষ্ট",
   """\
বরাবর
উপজেলা আইসিটি অফিসার
মেলান্দহ, জামালপুর।

বিষয়: শেখ রাসেল ডিজিটাল ল্যাবের ল্যাপটপ মেরামত প্রসঙ্গে।

জনাব,
বিনীত নিবেদন এই যে, আমাদের বিদ্যালয়ের ডিজিটাল ল্যাবের পাঁচটি ল্যাপটপ চালু হচ্ছে না। শিক্ষার্থীদের ব্যবহারিক ক্লাস বন্ধ আছে। অতএব মেরামতের প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য অনুরোধ করছি।

বিনীত
মোঃ আনিছুর রহমান
প্রধান শিক্ষক
চরবানী পাকুরিয়া উচ্চ বিদ্যালয়
""", "cp1252-plain"),
BJ("web-portal", "Bijoy subject+body (windows-1252 Q subject): union portal notice upload",
   "নাংলা ইউনিয়ন পরিষদ|nangla.up@uplocal.test", "ওয়েব পোর্টালে নোটিশ",
   """\
জনাব,
নাংলা ইউনিয়ন পরিষদের ওয়েব পোর্টালে ভিজিডি কার্ডের তালিকা প্রকাশ করতে হবে। আমরা চেষ্টা করে পারছি না। তালিকাটি অফিসে পৌঁছে দেব, অনুগ্রহ করে পোর্টালে দিয়ে দিবেন।

সচিব
নাংলা ইউনিয়ন পরিষদ
""", "cp1252-qp-subjq"),
BJ("e-nothi", "Bijoy HTML SutonnyMJ: e-nothi ID for new office assistant",
   "উপজেলা ভূমি অফিস|acland.melandaha@land-office.test", "ই-নথি আইডি প্রসঙ্গে",
   """\
মহোদয়,
আমাদের অফিসে নতুন যোগদানকৃত অফিস সহকারী জনাব মোঃ সাইদুর রহমানের জন্য ই-নথিতে আইডি তৈরি ও পদবি যুক্ত করার জন্য অনুরোধ করা হলো।

সহকারী কমিশনার (ভূমি)
মেলান্দহ, জামালপুর
""", "html-sutonny"),
BJ("udc-advice", "Bijoy pasted into UTF-8 (base64): UDC entrepreneur asks about scanner purchase",
   "মোঃ জুয়েল রানা|jewel.rana@ghoshpara-udc.test", "ডিজিটাল সেন্টারের স্ক্যানার",
   """\
স্যার,
ঘোষেরপাড়া ইউনিয়ন ডিজিটাল সেন্টারের স্ক্যানার নষ্ট হয়ে গেছে। নতুন একটি কিনতে চাই। কোন ধরনের স্ক্যানার কিনলে ভালো হবে এবং দাম কত পড়বে জানালে উপকৃত হব।

জুয়েল রানা
উদ্যোক্তা
""", "utf8-pasted"),
BJ("ict-advice", "Bijoy multipart/alternative: citizen asks how to protect mobile from fraud",
   "আব্দুল মালেক|malek.a@dakghor.test", "মোবাইলে প্রতারণা থেকে বাঁচার উপায়",
   """\
জনাব,
আমার মোবাইলে প্রায়ই অচেনা নম্বর থেকে ফোন আসে, পুরস্কারের কথা বলে গোপন নম্বর চায়। আমি কাউকে কিছু দিইনি। এমন প্রতারণা থেকে বাঁচতে কী করব, কোথায় অভিযোগ করব — পরামর্শ দিন।

আব্দুল মালেক
ঝাউগড়া, মেলান্দহ
""", "alt"),
BJ("digital-lab", "Bijoy only in subject (windows-1252 B), English body: lab projector",
   "Md. Rezaul Karim|rezaul.k@pakuria-gs.edu.test", "ডিজিটাল ল্যাবের প্রজেক্টর নষ্ট",
   None, "subject-only",
   plain_body="Sir,\nSubject says it. The projector of our digital lab (Pakuria Girls School, EIIN 114372) shows no picture since Sunday. Please send someone.\nRezaul Karim, ICT teacher\n"),
BJ("e-nothi", "Bijoy with attachment: e-nothi digital signature application",
   "উপজেলা শিক্ষা অফিসার|ueo.melandaha@dpe-office.test", "ডিজিটাল স্বাক্ষর সনদের আবেদন",
   """\
জনাব,
ই-নথিতে পত্রজারির জন্য আমার ডিজিটাল স্বাক্ষর সনদ প্রয়োজন। নির্ধারিত ফরম পূরণ করে সংযুক্ত করলাম। প্রয়োজনীয় ব্যবস্থা গ্রহণের অনুরোধ রইল।

উপজেলা শিক্ষা অফিসার
মেলান্দহ
""", "attach-doc", fname="ds_abedon.pdf"),
BJ("udc-advice", "Bijoy cp1252 plain: UDC monthly report training",
   "মোছাঃ শাহনাজ পারভীন|shahnaz.udc@kulia-udc.test", "উদ্যোক্তা প্রশিক্ষণ",
   """\
স্যার,
আমি কুলিয়া ইউনিয়ন ডিজিটাল সেন্টারে নতুন উদ্যোক্তা। মাসিক প্রতিবেদন কীভাবে তৈরি ও জমা দিতে হয় জানি না। আমাকে একটু শিখিয়ে দিলে কৃতজ্ঞ থাকব।

শাহনাজ পারভীন
""", "cp1252-plain"),
BJ("web-portal", "Bijoy HTML SutonnyMJ: school portal teacher list update",
   "প্রধান শিক্ষক, দুরমুট উচ্চ বিদ্যালয়|hm@durmut-hs.edu.test", "শিক্ষক তালিকা হালনাগাদ",
   """\
জনাব,
দুরমুট উচ্চ বিদ্যালয়ের ওয়েব পোর্টালে শিক্ষক তালিকা হালনাগাদ করা প্রয়োজন। নতুন দুইজন শিক্ষক যোগদান করেছেন এবং একজন অবসরে গেছেন। হালনাগাদ তালিকা অফিসে জমা দেব। সহযোগিতা কামনা করছি।

প্রধান শিক্ষক
""", "html-sutonny"),
BJ("ict-advice", "Bijoy pasted into UTF-8: office asks which internet package is good",
   "উপজেলা মৎস্য অফিস|ufo.melandaha@fisheries-office.test", "অফিসের ইন্টারনেট সংযোগ",
   """\
মহোদয়,
আমাদের অফিসের জন্য একটি ইন্টারনেট সংযোগ নিতে চাই। কোন ধরনের সংযোগ ও গতি প্রয়োজন হবে, আর মাসিক খরচ কেমন হতে পারে সে বিষয়ে পরামর্শ চাই।

উপজেলা মৎস্য কর্মকর্তা
""", "utf8-pasted"),
BJ("digital-lab", "Bijoy windows-1252 QP, bijoy subject: teacher training on lab",
   "মোঃ শহিদুল্লাহ|shahidullah@nayanagar-hs.edu.test", "ল্যাব প্রশিক্ষণ",
   """\
জনাব,
নয়ানগর উচ্চ বিদ্যালয়ের তিনজন শিক্ষক ডিজিটাল ল্যাব পরিচালনার প্রশিক্ষণ নিতে আগ্রহী। আগামী প্রশিক্ষণে তাদের নাম অন্তর্ভুক্ত করার অনুরোধ করছি।

মোঃ শহিদুল্লাহ
সহকারী প্রধান শিক্ষক
""", "cp1252-qp-subjq"),
BJ("udc-advice", "Bijoy alt: UDC asks about electricity/internet for centre",
   "মোঃ কামাল হোসেন|kamal.udc@shyampur-udc.test", "ডিজিটাল সেন্টারের সমস্যা",
   """\
স্যার,
শ্যামপুর ইউনিয়ন ডিজিটাল সেন্টারে এক সপ্তাহ ধরে ইন্টারনেট নেই এবং প্রিন্টারও কাজ করছে না। সেবাগ্রহীতারা ফিরে যাচ্ছেন। কী করণীয় পরামর্শ দিন।

কামাল হোসেন
উদ্যোক্তা
""", "alt"),
]
