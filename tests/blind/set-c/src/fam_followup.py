"""followup-quoted family.

Subject rewritten; the ticket number appears only inside the quoted
acknowledgement.  Mails with In-Reply-To/References to the office's ack
Message-ID are real follow-ups (disposition followup, ack no).  Mails without
such headers come from a third party quoting someone else's acknowledgement
while asking something new (disposition new, their own service, ack yes)."""
from mailkit import ack_msgid
from spec import M


def ack_bn(ticket, when, svc_bn):
    return ("%s তারিখে উপজেলা আইসিটি অফিস, মেলান্দহ <ict.melandaha@office.test> লিখেছেন:\n"
            "> প্রিয় সেবাগ্রহীতা,\n"
            "> আপনার অনুরোধটি (%s) আমরা পেয়েছি।\n"
            "> আপনার অনুরোধের নম্বর %s\n"
            "> পরবর্তী যোগাযোগে এই নম্বরটি উল্লেখ করুন।\n"
            "> উপজেলা আইসিটি অফিস, মেলান্দহ, জামালপুর\n") % (when, svc_bn, ticket)


def ack_en(ticket, when, svc_en):
    return ("On %s, Upazila ICT Office Melandaha <ict.melandaha@office.test> wrote:\n"
            "> Dear citizen,\n"
            "> We have received your request (%s).\n"
            "> Your request number: %s\n"
            "> Please mention this number in any further correspondence.\n"
            "> Upazila ICT Office, Melandaha, Jamalpur\n") % (when, svc_en, ticket)


def FU(service, lang, note, ticket, frm, subject, new_text, quoted, hdr="both", **kw):
    irt = ack_msgid(ticket, frm)
    extra = {}
    if hdr in ("both", "irt"):
        extra["in_reply_to"] = irt
    if hdr in ("both", "refs"):
        refs = irt
        if hdr == "refs":
            refs = "<orig.%s@mail.test> %s" % (ticket.lower(), irt)
        extra["references"] = refs
    return M("followup-quoted", service, "followup", lang, note, frm=frm, subject=subject,
             body=new_text + "\n" + quoted, **extra, **kw)


def TP(service, lang, note, frm, subject, new_text, quoted, **kw):
    return M("followup-quoted", service, "new", lang, note, frm=frm, subject=subject,
             body=new_text + "\n" + quoted, **kw)


MAILS = [
# ---------------- real follow-ups (In-Reply-To / References to the office ack)
FU("digital-lab", "bn", "real followup: lab laptops still not repaired, ticket only in quote",
   "MEL-2026-000412", "মোঃ আজিজুল হক|azizul.hm@kulia-hs.edu.test", "এখনো কেউ আসেননি",
   "স্যার,\nএক সপ্তাহ হয়ে গেল, ল্যাপটপগুলো দেখতে এখনো কেউ আসেননি। পরীক্ষার আগে ঠিক হওয়া খুব দরকার। কবে আসবেন জানাবেন।\nআজিজুল হক\n",
   ack_bn("MEL-2026-000412", "বৃহস্পতিবার, ২৬ নভেম্বর ২০২৬", "ডিজিটাল ল্যাব")),
FU("e-nothi", "en", "real followup: e-nothi login works now, thanks + small extra detail",
   "MEL-2026-000431", "Tahsin Ahmed|tahsin.ahmed@youth-office.test", "Thanks - working now",
   "Dear Sir,\nI can log in to e-Nothi again since this morning. Thank you. One thing: my designation still shows the old office name in the signature block; maybe someone can check that too under the same request.\nTahsin\n",
   ack_en("MEL-2026-000431", "Tue, 1 Dec 2026 at 11:05", "e-Nothi")),
FU("web-portal", "mixed", "real followup: sends the missing photo for union portal request",
   "MEL-2026-000388", "মোঃ আব্দুল হালিম|halim.secy@kulia-up.test", "ছবি পাঠালাম",
   "স্যার,\nআগের mail-এ chairman-এর ছবি attach করতে ভুলে গিয়েছিলাম। এখন দিলাম। Portal-এ update করে দিবেন।\nহালিম\n",
   ack_bn("MEL-2026-000388", "সোমবার, ৩০ নভেম্বর ২০২৬", "ওয়েব পোর্টাল হালনাগাদ"),
   attach=[("chairman_new.jpg", "jpg")]),
FU("udc-advice", "banglish", "real followup in banglish: UDC asks status, References only",
   "MEL-2026-000455", "Rana|rana.udc@adra-udc.test", "kono update?",
   "sir amar agent banking er bepare ki kono khobor ache? 5 din hoye gelo. Rana\n",
   ack_en("MEL-2026-000455", "Wed, 2 Dec 2026 at 15:40", "advice to Union Digital Centre"), hdr="refs"),
FU("ict-advice", "bn", "real followup: citizen adds details about hacked facebook",
   "MEL-2026-000467", "সুমাইয়া আক্তার|sumaiya.akter@inbox.example", "আরো কিছু তথ্য",
   "আপনারা যে তথ্য চেয়েছিলেন: আইডি হ্যাক হয়েছে ৩ ডিসেম্বর রাতে, আমার ইমেইলও বদলে দিয়েছে। থানায় জিডি করেছি, জিডি নম্বর ২১৪। এখন কী করব?\nসুমাইয়া\n",
   ack_bn("MEL-2026-000467", "শুক্রবার, ৪ ডিসেম্বর ২০২৬", "আইসিটি বিষয়ে পরামর্শ"), hdr="irt"),
FU("digital-lab", "en", "real followup: school says problem solved, close request",
   "MEL-2026-000398", "Shirin Sultana|shirin.s@nayanagar-gs.edu.test", "Projector OK now",
   "Dear Sir,\nThe supplier came yesterday and replaced the projector lamp under warranty. You can close our request. Thank you for calling them.\nShirin Sultana\n",
   ack_en("MEL-2026-000398", "Mon, 30 Nov 2026 at 09:12", "school/college digital lab")),
FU("e-nothi", "mixed", "real followup: e-nothi digital signature still failing, screenshot",
   "MEL-2026-000421", "উপজেলা কৃষি অফিসার|uao.melandaha@dae-office.test", "Screenshot দিলাম",
   "জনাব,\nআপনার অফিসের পরামর্শমতো driver আবার install করেছি, কিন্তু error একই। Screenshot attach করলাম। আজকের মধ্যে একটু দেখলে ভালো হয়।\n",
   ack_bn("MEL-2026-000421", "মঙ্গলবার, ১ ডিসেম্বর ২০২৬", "ই-নথি হালনাগাদ"),
   attach=[("ds_error.jpg", "jpg")]),
FU("web-portal", "en", "real followup: HTML mail asking when notice will be published",
   "MEL-2026-000440", "Upazila Agriculture Office|uao.melandaha@dae-office.test", "When will it be published?",
   "Sir,\nThe Rabi seed notice is not yet on the upazila portal. Distribution starts on Monday. Please publish it as soon as possible.\n",
   ack_en("MEL-2026-000440", "Wed, 2 Dec 2026 at 12:30", "web portal update"), fmt="alt"),
FU("udc-advice", "bn", "real followup: UDC says report got submitted, asks one more thing",
   "MEL-2026-000459", "ফাতেমা খাতুন|fatema.udc@adra-udc.test", "প্রতিবেদন জমা হয়েছে",
   "স্যার,\nআজ সকালে সার্ভার ঠিক হওয়ার পর প্রতিবেদন জমা দিতে পেরেছি। ধন্যবাদ। ডিসেম্বরের প্রতিবেদনেও কি একই ছক থাকবে?\nফাতেমা\n",
   ack_bn("MEL-2026-000459", "বৃহস্পতিবার, ৩ ডিসেম্বর ২০২৬", "ইউনিয়ন ডিজিটাল সেন্টারকে পরামর্শ")),
FU("digital-lab", "banglish", "real followup banglish: lab still without internet, empty subject",
   "MEL-2026-000475", "Rajib|rajib.ict@gosaipur-hs.edu.test", "",
   "sir ekhono internet ashe nai lab e. ISP bolse apnader theke letter lagbe. letter ta diben?\nRajib\n",
   ack_bn("MEL-2026-000475", "শনিবার, ৫ ডিসেম্বর ২০২৬", "ডিজিটাল ল্যাব"), hdr="irt"),
FU("ict-advice", "en", "real followup: asks clarification on laptop advice, bottom-quoted",
   "MEL-2026-000481", "Helal Uddin|helal.u@mail.test", "one more question",
   "Thank you for the laptop advice. The shop is offering one with 8GB RAM and a 256GB SSD for 48,000, or 16GB RAM with a hard disk for the same price. Which one is better for my son?\nHelal\n",
   ack_en("MEL-2026-000481", "Sat, 5 Dec 2026 at 17:02", "ICT advice")),
# ---------------- third party quoting someone else's ack: NEW requests
TP("digital-lab", "bn", "third party (another school) quotes neighbour school's ack, asks for own lab",
   "মোছাঃ রোকসানা পারভীন|roksana.hm@jhaugara-gs.edu.test", "আমাদের স্কুলেও একই সমস্যা",
   "স্যার,\nপাশের কুলিয়া উচ্চ বিদ্যালয়ের প্রধান শিক্ষক আপনাদের উত্তরটা আমাকে ফরোয়ার্ড করেছেন। আমাদের ঝাউগড়া বালিকা বিদ্যালয়ের ল্যাবেও ৪টি ল্যাপটপ চার্জ নিচ্ছে না। আমাদেরটাও দয়া করে তালিকায় নিন। EIIN ১১৪৩৯৯।\nরোকসানা পারভীন\n",
   "---------- Forwarded message ----------\n" + ack_bn("MEL-2026-000412", "বৃহস্পতিবার, ২৬ নভেম্বর ২০২৬", "ডিজিটাল ল্যাব")),
TP("e-nothi", "en", "third party: colleague forwarded his ack; writer asks a new e-nothi ID for himself",
   "Md. Robiul Awal|robiul.a@youth-office.test", "Fwd: request",
   "Dear Sir,\nMy colleague Tahsin forwarded me your reply to his request. I am the new Assistant Youth Development Officer and I also need an e-Nothi ID and designation. My joining date is 2 December.\nRobiul Awal\n",
   "-------- Forwarded Message --------\n" + ack_en("MEL-2026-000431", "Tue, 1 Dec 2026 at 11:05", "e-Nothi")),
TP("web-portal", "mixed", "third party UP secretary quotes another union's ack, asks own portal update",
   "শাহিদা বেগম|shahida.secy@jhaugara-up.test", "আমাদের portal-এও chairman বদল",
   "স্যার,\nকুলিয়ার সচিব সাহেব এই acknowledgement-টা দেখালেন। ঝাউগড়া ইউনিয়নেও নতুন chairman এসেছেন, portal-এ আগের জনের নাম। একই ভাবে update করে দিবেন। ছবি পরে পাঠাব।\nশাহিদা\n",
   ack_bn("MEL-2026-000388", "সোমবার, ৩০ নভেম্বর ২০২৬", "ওয়েব পোর্টাল হালনাগাদ")),
TP("ict-advice", "banglish", "third party: friend quotes ack about hacked facebook, asks own scam SMS advice",
   "Tuli|tuli.a@bdmail.example", "amar o same problem na, onno",
   "apu amar bandhobi sumaiya apnader ei reply ta dekhalo. amar problem onno: amake ekta SMS e bolse ami lottery jitesi, link e click korte bolse. ami click korsi kintu kichu dei nai. ekhon ki kono risk ache? ki korbo?\nTuli\n",
   ack_bn("MEL-2026-000467", "শুক্রবার, ৪ ডিসেম্বর ২০২৬", "আইসিটি বিষয়ে পরামর্শ")),
TP("udc-advice", "bn", "third party UDC quotes another UDC's ack, asks about own service fee list",
   "মোঃ সোহাগ মিয়া|sohag.udc@kulia-udc.test", "সেবামূল্যের তালিকা",
   "স্যার,\nআদ্রার উদ্যোক্তা ফাতেমা আপা আপনাদের এই মেইলটা আমাকে পাঠিয়েছেন। আমার প্রশ্ন আলাদা: কুলিয়া ডিজিটাল সেন্টারে কোন সেবার জন্য কত টাকা নেওয়া যাবে তার হালনাগাদ তালিকা চাই।\nসোহাগ মিয়া\n",
   ack_bn("MEL-2026-000459", "বৃহস্পতিবার, ৩ ডিসেম্বর ২০২৬", "ইউনিয়ন ডিজিটাল সেন্টারকে পরামর্শ")),
TP("web-portal", "en", "third party quotes a lab ack but asks for school portal update (different service)",
   "Selina Parvin|selina.parvin@adra-hs.edu.test", "Following the same process",
   "Dear Sir,\nThe headmistress of Nayanagar Girls School shared your acknowledgement below so that we write to the right address. Our request is different: please add our new managing committee list to the Adra High School web portal. List attached.\nSelina Parvin\n",
   ack_en("MEL-2026-000398", "Mon, 30 Nov 2026 at 09:12", "school/college digital lab"),
   attach=[("committee_list.pdf", "pdf")]),
TP("e-nothi", "mixed", "third party: office assistant quotes boss's ack, asks separate e-nothi dak problem",
   "মোঃ মিজানুর রহমান|mizan.asst@dae-office.test", "ডাক সমস্যা - আলাদা",
   "স্যার,\nনিচের acknowledgement-টা আমাদের UAO স্যারের digital signature নিয়ে। আমার বিষয় আলাদা: আমার desk-এ আগত ডাক দেখাচ্ছে না, ৩ দিন ধরে। এটা নতুন করে দেখবেন।\nমিজানুর, অফিস সহকারী\n",
   ack_bn("MEL-2026-000421", "মঙ্গলবার, ১ ডিসেম্বর ২০২৬", "ই-নথি হালনাগাদ")),
TP("digital-lab", "banglish", "third party teacher quotes ack from another school, asks lab training",
   "Khokon|khokon.ict@durmut-gs.edu.test", "amader school theke",
   "sir Gosaipur school er Rajib bhai ei mail ta dilo. amader Durmut Girls School e lab training lagbe 2 jon teacher er. kobe training hobe janaben.\nKhokon\n",
   "> Your request number: MEL-2026-000475\n> We have received your request (school/college digital lab).\n> Upazila ICT Office, Melandaha\n"),
TP("udc-advice", "en", "third party quotes ICT-advice ack (laptop), asks UDC equipment advice",
   "Shuvo|shuvo.udc@nayanagar-udc.test", "laptop advice for UDC",
   "Sir,\nMy uncle Helal got the reply below about buying a laptop. I run Nayanagar UDC and need advice for the centre: a laptop that can run the fingerprint device and a laser printer all day. Which should I buy within 45,000?\nShuvo\n",
   ack_en("MEL-2026-000481", "Sat, 5 Dec 2026 at 17:02", "ICT advice")),
TP("ict-advice", "bn", "third party (journalist-like citizen) quotes ack, asks general cyber advice",
   "আমিনুল ইসলাম|aminul.i@mail.test", "সাধারণ পরামর্শ",
   "জনাব,\nএকজন পরিচিত এই স্বীকারপত্রটা দেখিয়ে বললেন আপনারা পরামর্শ দেন। আমি আমার ছোট দোকানের জন্য একটা সিসিটিভি আর ওয়াইফাই লাগাতে চাই, নিরাপত্তার দিক থেকে কী খেয়াল রাখব জানাবেন।\nআমিনুল ইসলাম\n",
   ack_bn("MEL-2026-000467", "শুক্রবার, ৪ ডিসেম্বর ২০২৬", "আইসিটি বিষয়ে পরামর্শ")),
TP("web-portal", "bn", "third party quotes e-nothi ack in HTML, asks upazila portal correction",
   "উপজেলা যুব উন্নয়ন অফিস|yd.melandaha@youth-office.test", "পোর্টালে তথ্য ভুল",
   "মহোদয়,\nআমাদের অফিসের আগের অনুরোধের জবাব নিচে আছে, সেটা ই-নথি নিয়ে ছিল। এবার ভিন্ন বিষয়: উপজেলা পোর্টালে যুব উন্নয়ন অফিসের প্রশিক্ষণ কোর্সের তালিকা পুরনো। নতুন তালিকা পাঠাচ্ছি, হালনাগাদ করে দিন।\n",
   ack_en("MEL-2026-000431", "Tue, 1 Dec 2026 at 11:05", "e-Nothi"), fmt="html"),
]
