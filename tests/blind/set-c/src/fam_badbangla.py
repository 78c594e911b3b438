"""bad-bangla family: real requests with badly typed Bangla.
Every oddity is typed here on purpose (escapes mark invisible characters)."""
from spec import M

ZWNJ = "\u200c"
ZWJ = "\u200d"


def BB(service, lang, note, frm, subject, body, **kw):
    return M("bad-bangla", service, "new", lang, note, frm=frm, subject=subject, body=body, **kw)


MAILS = [
# conjuncts typed without hasanta (phonetic keyboard users skipping the link key)
BB("digital-lab", "bn", "conjuncts without hasanta: school computer lab broken",
   "মোঃ ইসমাইল হোসেন|ismail.h@kulia-gs.edu.test", "সকুলের কমপিউটার লযাব",
   """\
সযার,
আমাদের সকুলের ডিজিটাল লযাবের কমপিউটার গুলো চলছে না, পরজেকটর ও নষট। শিকষারথীরা কলাস করতে পারছে না। দরুত বযবসথা নিন।
ইসমাইল, সহকারী শিকষক, কুলিয়া বালিকা বিদযালয়
"""),
# missing vowel signs
BB("web-portal", "bn", "vowel signs missing: union website notice",
   "|ruhul.secy@adra-up.test", "ওযবসইট নটশ",
   """\
আসসলম আলইকম সযর, আমদর আদর ইউনযন পরষদর ওযবসইট নটশ দত পরছ ন। লগইন হয কনত আপলড হয ন। একট দখবন।
রহল, সচব
"""),
# vowel signs typed before the consonant (visual order), plus ো typed as ে + া
BB("e-nothi", "bn", "visual-order vowel signs (e-kar/i-kar typed before consonant): e-nothi login",
   "নাহিদা আক্তার|nahida.a@edu-office.test", "ই-নিথ েত লগইন",
   """\
স্যার,
আমার ই-নিথ আইিড েত লগইন হে\u09be্ছ না। পাসওয়ার্ড িরেসট কের িদেল উপকার হয়। আিম উপেজলা মাধ্যিমক িশক্ষা অিফেস কাজ কির।
নািহদা
"""),
# ZWNJ after every hasanta, ZWJ in odd places
BB("ict-advice", "bn", "ZWNJ after each hasanta and stray ZWJ: advice on buying computer",
   "আবুল বাশার|bashar.a@mail.test", "কম\u200c্পিউটার কেনার পরামর\u200d্শ",
   "জনাব,\nআমি একটা কম্\u200cপিউটার কিনতে চাই, বাজেট ৪০ হাজার। কোন প্\u200cরসেসর আর কত জিবি র\u200d্যাম ভালো হবে? ছেলে প্\u200cরোগ্\u200cরামিং শিখবে।\nআবুল বাশার, নয়ানগর\n"),
# decomposed nukta letters and decomposed o-kar, old khanda-ta (ত + ্ + ZWJ)
BB("udc-advice", "bn", "decomposed nukta (ya+nukta), split o-kar and old khanda-ta (ta+hasanta+ZWJ): UDC printer",
   "মোছাঃ রাবেয়া|rabeya.udc@nangla-udc.test", "ইউনিয\u09bcন ডিজিটাল সেন্টারের প্রিন্টার",
   "স্যার,\nনাংলা ইউনিয\u09bcন ডিজিটাল সেন্টারের প্রিন্টার কাগজ আটকে যায\u09bc, ছাপা খারাপ হয\u09bc। নতুন কিনব নাকি সারাব? উদ\u09cd\u09af\u09c7\u09beক্তা হিসেবে পরামর্শ চাই। বিদ্যু\u09a4\u09cd\u200d চলে গেলে কাজ বন্ধ থাকে, সেটাও বলবেন।\nরাবেয়া, উদ্যোক্তা\n"),
# anusvara/consonant confusion, missing hasanta plus English mix
BB("digital-lab", "mixed", "mixed Bangla-English with broken conjuncts: lab internet",
   "রাজিব|rajib.ict@gosaipur-hs.edu.test", "lab এর ইনটারনেট কানেকশন",
   """\
sir, আমাদের সকুলের লযাবে ইনটারনেট কানেকশন নাই ১০ দিন। রাউটারে লাল বাতি জলে। ISP বলে আপনারা নাকি বযবসথা করবেন। একটু দেখেন পলিজ।
রাজিব, আইসিটি শিকষক
"""),
# hasanta typed as separate spaced character
BB("e-nothi", "bn", "hasanta separated by spaces: e-nothi file transfer",
   "মোঃ শামসুল আলম|shamsul.a@land-office.test", "নথি স ্থানান ্তর",
   """\
জনাব,
আমাদের অফিসের তিনটি নথি পূর ্বের কর ্মকর ্তার ডেস ্কে আটকে আছে। সেগুলো বর ্তমান কর ্মকর ্তার ডেস ্কে স ্থানান ্তরের অনুরোধ।
শামসুল আলম
"""),
# missing vowel signs + numbers mixed, HTML
BB("udc-advice", "bn", "HTML, vowel signs dropped: UDC training request",
   "লতফ|latif.udc@durmut-udc.test", "উদযকত পরশকষণ",
   None, html="""\
<html><body><p>সযর, আম দরমট ইউডস র উদযকত। নতন সব গল শখত চই। পরশকষণ কব হব জনবন।</p>
<p>লতফ, ০১৭৩৩-০০০২৮৫</p></body></html>
"""),
# ZWJ/ZWNJ around ya-phala and reph written in many bad ways
BB("web-portal", "bn", "ZWJ/ZWNJ noise around ya-phala and reph: school website",
   "হাবিবা খাতুন|habiba.k@fulkocha-gs.edu.test", "বিদ\u200c্যালয়ের ওয়েবসাইট",
   "স্যার,\nফুলকোচা বালিকা বিদ\u200c্যালয়ের ওয়েবসাইটে প\u200dর\u200c্যায়ক্রমে সব শিক্ষকের ছবি দিতে চাই। কিন্তু আপলোড করলে ছবি দেখায় না। কর\u200c্মচারী তালিকাও আপডেট করতে হবে। সাহায\u200d্য করবেন।\nহাবিবা খাতুন, প্রধান শিক্ষক\n"),
# banglish-ish bangla with wrong letters (ঙ for ং, অ-কার confusion)
BB("ict-advice", "bn", "phonetic misspellings (nga for anusvara, wrong vowel signs): facebook hacked advice",
   "|pinki.r@inbox.example", "ফেসবুক হেক হয়েসে",
   """\
আমার ফেসবুক আইডি হেক হয়েসে, পাসওআরড চেন্জ করে দিসে। এখন কি করবো বুজতেসিনা। বাঙলাদেশে কোথায় অভিযগ করা যায়? আমাকে সাহাজ্য করুন প্লিজ।
পিঙ্কি
"""),
]
