//! Hand-verified conversions and detection cases (moved from the converter's own crate).

mod conversion {
    // Hand-verified Bijoy → Unicode pairs. Every expected string was checked
    // code point by code point (tools/check_expected.py prints them) and is NFC.
    use super::super::to_unicode;

    const PAIRS: &[(&str, &str)] = &[
        // the brief's example, plain words
        ("Avgv‡`i ¯‹z‡ji", "আমাদের স্কুলের"),
        ("Avwg fv‡jv AvwQ|", "আমি ভালো আছি।"),
        ("w`b", "দিন"),
        ("wefvM", "বিভাগ"),
        ("Av‡e`b", "আবেদন"),
        ("‡ckv", "পেশা"),
        ("cwi‡ek", "পরিবেশ"),
        ("Dc‡Rjv", "উপজেলা"),
        ("AvBwmwU", "আইসিটি"),
        ("RvZxq", "জাতীয়"),
        ("we`¨vjq", "বিদ্যালয়"),
        ("‡kqvi", "শেয়ার"),
        // o / au kar around the consonant
        ("‡gvevBj", "মোবাইল"),
        ("‡KŠkj", "কৌশল"),
        ("‡`Šov‡bv", "দৌড়ানো"),
        ("ms‡kvab", "সংশোধন"),
        ("‡gvt", "মোঃ"),
        // ৈ (both glyphs)
        ("‰Zwi", "তৈরি"),
        ("ˆah©", "ধৈর্য"),
        // reph, incl. before a moved pre-base vowel
        ("Kg©x", "কর্মী"),
        ("eY©", "বর্ণ"),
        ("kxl©", "শীর্ষ"),
        ("c~‡e©", "পূর্বে"),
        ("c~e©", "পূর্ব"),
        ("Avw_©K", "আর্থিক"),
        ("KvwZ©K", "কার্তিক"),
        ("wgR©v", "মির্জা"),
        ("e‡l©", "বর্ষে"),
        ("wbe©vPb", "নির্বাচন"),
        ("Kvh©µg", "কার্যক্রম"),
        ("m~h©", "সূর্য"),
        ("A_©", "অর্থ"),
        ("ag©", "ধর্ম"),
        ("`xN©", "দীর্ঘ"),
        ("Dc‡Rjv wbe©vnx Kg©KZ©v", "উপজেলা নির্বাহী কর্মকর্তা"),
        ("Avš—R©vwZK", "আন্তর্জাতিক"),
        // ক্ষ: older ¶ and newer ÿ
        ("wkÿv_©x", "শিক্ষার্থী"),
        ("wk¶v_©x", "শিক্ষার্থী"),
        ("cixÿv", "পরীক্ষা"),
        ("cix¶v", "পরীক্ষা"),
        ("j²x", "লক্ষ্মী"),
        // ya-phala, RYA
        ("j¨ve", "ল্যাব"),
        ("e¨e¯’v", "ব্যবস্থা"),
        ("mgm¨v", "সমস্যা"),
        ("Ab¨vb¨", "অন্যান্য"),
        ("Ae¨vnZ", "অব্যাহত"),
        ("e¨vsK", "ব্যাংক"),
        ("¯^v¯’¨", "স্বাস্থ্য"),
        ("i¨ve", "র\u{200D}্যাব"),
        // ra-phala (Ö ª) and ba-phala
        ("cÖKí", "প্রকল্প"),
        ("‡kÖwY", "শ্রেণি"),
        ("MÖvg", "গ্রাম"),
        ("`ªæZ", "দ্রুত"),
        ("AMÖMwZ", "অগ্রগতি"),
        ("cÖwZ‡e`b", "প্রতিবেদন"),
        ("cÖ‡qvRb", "প্রয়োজন"),
        ("‡cÖvMÖvg", "প্রোগ্রাম"),
        ("eªvþY", "ব্রাহ্মণ"),
        ("ivóª", "রাষ্ট্র"),
        ("cÖavbgš¿x", "প্রধানমন্ত্রী"),
        ("gš¿Yvjq", "মন্ত্রণালয়"),
        // conjunct glyphs and half+subjoined composition
        ("wPšÍv", "চিন্তা"),
        ("B›Uvi‡bU", "ইন্টারনেট"),
        ("NÈv", "ঘণ্টা"),
        ("Kó", "কষ্ট"),
        ("‡kÖô", "শ্রেষ্ঠ"),
        ("Rb¥", "জন্ম"),
        ("wbeÜb", "নিবন্ধন"),
        ("eÜz", "বন্ধু"),
        ("Dw™¢`", "উদ্ভিদ"),
        ("Kw¤úDUvi", "কম্পিউটার"),
        ("m¤ú`", "সম্পদ"),
        ("¯§viK", "স্মারক"),
        ("Dbœqb", "উন্নয়ন"),
        ("weÁvb", "বিজ্ঞান"),
        ("AvÂwjK", "আঞ্চলিক"),
        ("Awa`ßi", "অধিদপ্তর"),
        ("Abyôvb", "অনুষ্ঠান"),
        ("mshyw³", "সংযুক্তি"),
        ("wPý", "চিহ্ন"),
        ("ü`q", "হৃদয়"),
        ("ïiæ", "শুরু"),
        ("iƒc", "রূপ"),
        ("Mí", "গল্প"),
        ("eÜ", "বন্ধ"),
        ("D×vi", "উদ্ধার"),
        ("wØZxq", "দ্বিতীয়"),
        ("Dbœqb cÖK‡íi ¸iæZ¡", "উন্নয়ন প্রকল্পের গুরুত্ব"),
        // candrabindu, anusvara, visarga, khanda-ta, hasanta
        ("Pvu`", "চাঁদ"),
        ("Kuv`v", "কাঁদা"),
        ("cvuPwU", "পাঁচটি"),
        ("evsjv", "বাংলা"),
        ("`ytL", "দুঃখ"),
        ("mr", "সৎ"),
        ("we`¨yr", "বিদ্যুৎ"),
        ("K&", "ক্"),
        // numbers, punctuation, quotes
        ("0123456789", "০১২৩৪৫৬৭৮৯"),
        ("ZvwiL: 12/03/2025", "তারিখ: ১২/০৩/২০২৫"),
        ("ÔKvMRÕ", "‘কাগজ’"),
        ("ÒAvgiv cvi‡evÓ", "“আমরা পারবো”"),
        // windows-1252 byte read as ISO-8859-1 (C1 controls)
        ("Avgv\u{87}`i", "আমাদের"),
        ("\u{86}gvevBj", "মোবাইল"),
        // doubled vowel sign typing slip
        ("Kvv", "কা"),
    ];

    #[test]
    fn hand_verified_pairs() {
        let mut bad = Vec::new();
        for (b, u) in PAIRS {
            let got = to_unicode(b);
            if got != *u {
                bad.push(format!(
                    "{b:?}: got {got:?} ({:x?}) want {u:?}",
                    got.chars().map(|c| c as u32).collect::<Vec<_>>()
                ));
            }
        }
        assert!(
            bad.is_empty(),
            "{} mismatches:\n{}",
            bad.len(),
            bad.join("\n")
        );
        assert!(PAIRS.len() >= 60);
    }

    #[test]
    fn output_uses_nfc_nukta_and_composed_o() {
        // য় must be য + ় (U+09DF is a composition exclusion)
        assert_eq!(to_unicode("q"), "\u{09AF}\u{09BC}");
        assert_eq!(to_unicode("o"), "\u{09A1}\u{09BC}");
        assert_eq!(to_unicode("‡Kv"), "\u{0995}\u{09CB}");
        assert_eq!(to_unicode("‡KŠ"), "\u{0995}\u{09CC}");
        assert!(
            !to_unicode("‡gvevBj ‡KŠkj ‡`Šov‡bv")
                .chars()
                .any(|c| matches!(c, '\u{09DC}' | '\u{09DD}' | '\u{09DF}'))
        );
    }

    #[test]
    fn sentences() {
        assert_eq!(
            to_unicode("webxZ wb‡e`b GB ‡h, Avgv‡`i we`¨vj‡qi j¨v‡ei cvuPwU j¨vcUc Pvjy nq bv|"),
            "বিনীত নিবেদন এই যে, আমাদের বিদ্যালয়ের ল্যাবের পাঁচটি ল্যাপটপ চালু হয় না।"
        );
        assert_eq!(
            to_unicode("`ªæZ ‡givg‡Zi e¨e¯’v MÖn‡Yi Rb¨ Aby‡iva KiwQ|"),
            "দ্রুত মেরামতের ব্যবস্থা গ্রহণের জন্য অনুরোধ করছি।"
        );
    }

    #[test]
    fn passthrough_of_non_glyphs() {
        assert_eq!(to_unicode("আমি"), "আমি");
        assert_eq!(to_unicode(" ,.?!()"), " ,.?!()");
        assert_eq!(to_unicode(""), "");
    }
}

mod detection {
    use super::super::{
        convert_font_spans, convert_runs, convert_runs_hinted, looks_like_bijoy, to_unicode,
    };

    const ENGLISH: &[&str] = &[
        "Dear Sir, I am writing to inform you about the problem with my account.",
        "Please find the attached file and let me know your opinion.",
        "The meeting is scheduled for Monday, 12 March 2024 at 10:30 AM.",
        "Thanks & regards, Karim Uddin, Assistant Programmer",
        "© 2024 Government of the People's Republic of Bangladesh. All rights reserved.",
        "Microsoft® Windows™ and Office 365 are trademarks.",
        "She said “hello” and left — quickly… as usual.",
        "My résumé is attached; Müller and José reviewed it at the café.",
        "Download it from https://example.com/files?id=42&lang=en or email info@example.org",
        "iPhone, YouTube, WhatsApp, LinkedIn and JavaScript are all popular.",
        "NID: 1990123456789, TIN: 123456789012, Mobile: 01712-345678",
        "The temperature was 25°C and the price was £50 or ¥300.",
        "Re: Fwd: Request for new email account",
        "Md. Rahim Mia, Pvt. Ltd., Dhaka-1207, Bangladesh",
        "Upazila Nirbahi Officer, Melandah, Jamalpur",
        "We need 3×4 photos and 1½ copies of the form.",
        "(Please read with SutonnyMJ font)",
        "git commit -m 'fix: user_id bug' && cargo test",
        "Hi, can you reset my password? I can't log in since yesterday.",
        "Kind regards,\nAbdul Karim\nHead Teacher",
        "The quick brown fox jumps over the lazy dog.",
        "Schedule: 9am–5pm, Sunday–Thursday • Closed on Friday",
        "Our NGO works in Kurigram, Gaibandha and Sirajganj districts.",
        "amar computer kaj korche na, please help",
        "Total: 1,250.00 BDT (VAT 15%) — paid via bKash",
        "Café owner Zoë Brontë visited São Paulo.",
        "Mr. X asked: “Why is the server down?”",
        "Attached: CV.pdf, NID.jpg, certificate_scan.png",
        "Sincerely, Shahidul Islam, Deputy Secretary, Ministry of ICT",
        "FYI: the deadline is 30/06/2025; submit online ASAP.",
    ];

    const BANGLA: &[&str] = &[
        "আমাদের স্কুলের কম্পিউটার নষ্ট হয়ে গেছে।",
        "জনাব, বিনীত নিবেদন এই যে, আমি একজন শিক্ষার্থী।",
        "আমার জন্ম নিবন্ধন সনদে নামের বানান ভুল আছে।",
        "Re: ল্যাবের কম্পিউটার মেরামত প্রসঙ্গে",
        "ইউনিয়ন পরিষদের ওয়েবসাইটে নোটিশ দিতে পারছি না।",
        "আমার NID নম্বর 1990123456789, মোবাইল 01712345678",
        "পাসওয়ার্ড দিলে বলে ভুল। নতুন পাসওয়ার্ড দেওয়ার অনুরোধ করছি।",
        "বিষয়: শেখ রাসেল ডিজিটাল ল্যাব",
        "ধন্যবাদান্তে, উপজেলা সমবায় অফিস",
        "দ্রুত মেরামতের ব্যবস্থা গ্রহণের জন্য অনুরোধ করছি।",
        "তারিখ: ১২/০৩/২০২৫ খ্রিঃ",
        "ই-নথিতে ডাক আপলোড করার সময় সংযুক্তি যুক্ত হয় না।",
        "আমরা Chrome ব্যবহার করি, Windows 10।",
        "প্রধান শিক্ষক, বানীপাকুরিয়া উচ্চ বিদ্যালয়",
        "“আমরা পারবো” — এই আমাদের স্লোগান।",
        "জমির খতিয়ান সংশোধন করতে চাই।",
        "ডিজিটাল সেন্টারে নতুন কোন সেবা চালু করা যায়?",
        "শিক্ষকের প্রশিক্ষণ প্রয়োজন (২ জন)।",
        "ওয়েব পোর্টালে কর্মকর্তার তথ্য হালনাগাদ করা দরকার।",
        "আমি চর বানীপাকুরিয়া ইউনিয়ন ডিজিটাল সেন্টারের উদ্যোক্তা।",
        "ইন্টারনেট সংযোগ নেই, email: test@example.org",
        "মাদ্রাসার ল্যাবে ইন্টারনেট সংযোগ নেই।",
        "রহিমা বেগম, গ্রাম: নয়ানগর",
        "বাজেট ত্রিশ হাজার টাকা।",
        "কোন কম্পিউটার কিনলে ভালো হবে পরামর্শ দিলে খুশি হবো।",
        "উপজেলা নির্বাহী অফিসার, মেলান্দহ, জামালপুর",
        "আর্থিক সহায়তার আবেদন — জরুরি!",
        "Subject: জন্ম নিবন্ধন\n\nস্যার, সংশোধন করতে কোথায় যেতে হবে?",
        "দেশের সার্বিক উন্নয়নে তথ্যপ্রযুক্তি গুরুত্বপূর্ণ।",
        "স্বাস্থ্য কমপ্লেক্সের জেনারেটর অকেজো (Generator-2)।",
    ];

    const BIJOY: &[&str] = &[
        "Re: Avgv‡`i j¨v‡ei Kw¤úDUvi",
        "Avwg GKwU Awf‡hvM Rvbv‡Z PvB|",
        "Rbve,\nwebxZ wb‡e`b GB ‡h,",
        "welq: QywUi Av‡e`b|",
        "Dear Sir, Avgvi Rb¥ wbeÜb mb‡` fyj Av‡Q|",
        "Avgvi bvg Avãyj Kwig, wcZv: Avãyi ingvb",
        "আমার সমস্যা: Avgvi B›Uvi‡bU ms‡hvM bvB",
        "m¨vi, cvmIqvW© fyj n‡”Q|",
        "B-bw_‡Z WvK Avc‡jvW Kiv hv‡”Q bv",
        "Dc‡Rjv wbe©vnx Kg©KZ©v, ‡gjv›`n",
        "wkÿv_©x‡`i e¨envwiK cvV`vb eÜ Av‡Q",
        "Avgiv ‡µvg e¨envi Kwi|",
        "ZvwiL: 12/03/2025 Bs",
        "Subject text\nAvgv‡`i Awd‡m bZyb GKRb Kg©Pvix ‡hvM`vb K‡i‡Qb|",
        "Avwg wK Kie?",
        "ab¨ev`",
        "mnvqZv PvB",
        "cÖwkÿY cÖ‡qvRb",
        "wkÃ¿K cÃ–wkÃ¿Y",
        "Avgvi †gvevBj b¤^i 01712345678",
    ];

    #[test]
    fn english_not_flagged() {
        let bad: Vec<_> = ENGLISH
            .iter()
            .filter(|s| looks_like_bijoy(s) || convert_runs(s).is_some())
            .collect();
        assert!(bad.is_empty(), "flagged English: {bad:#?}");
        assert_eq!(ENGLISH.len(), 30);
    }

    #[test]
    fn unicode_bangla_not_flagged() {
        let bad: Vec<_> = BANGLA
            .iter()
            .filter(|s| looks_like_bijoy(s) || convert_runs(s).is_some())
            .collect();
        assert!(bad.is_empty(), "flagged Bangla: {bad:#?}");
        assert_eq!(BANGLA.len(), 30);
    }

    #[test]
    fn bijoy_flagged() {
        let bad: Vec<_> = BIJOY
            .iter()
            .filter(|s| !looks_like_bijoy(s) || convert_runs(s).is_none())
            .collect();
        assert!(bad.is_empty(), "missed Bijoy: {bad:#?}");
        assert_eq!(BIJOY.len(), 20);
    }

    #[test]
    fn runs_convert_only_bijoy() {
        assert_eq!(
            convert_runs("Re: Avgv‡`i j¨v‡ei Kw¤úDUvi").unwrap(),
            "Re: আমাদের ল্যাবের কম্পিউটার"
        );
        assert_eq!(
            convert_runs("Dear Sir, Avgvi Rb¥ wbeÜb mb‡` fyj Av‡Q|").unwrap(),
            "Dear Sir, আমার জন্ম নিবন্ধন সনদে ভুল আছে।"
        );
        assert_eq!(
            convert_runs("আমার সমস্যা: Avgvi B›Uvi‡bU ms‡hvM bvB").unwrap(),
            "আমার সমস্যা: আমার ইন্টারনেট সংযোগ নাই"
        );
        assert_eq!(
        convert_runs("Dear Sir,\n(Please read with SutonnyMJ font)\n\nRbve,\nDc‡Rjv mgvR‡mev Awd‡mi I‡qe ‡cvU©v‡j bZyb Kg©KZ©vi bvg I Qwe ‡`Iqv cÖ‡qvRb|").unwrap(),
        "Dear Sir,\n(Please read with SutonnyMJ font)\n\nজনাব,\nউপজেলা সমাজসেবা অফিসের ওয়েব পোর্টালে নতুন কর্মকর্তার নাম ও ছবি দেওয়া প্রয়োজন।"
    );
        // mojibake (UTF-8 read as windows-1252) is repaired inside Bijoy words
        assert_eq!(convert_runs("wkÃ¿K cÃ–wkÃ¿Y").unwrap(), "শিক্ষক প্রশিক্ষণ");
        assert_eq!(convert_runs("Hello world"), None);
        // weak subject with a hint from the body
        assert_eq!(convert_runs("B-bw_"), None);
        assert_eq!(convert_runs_hinted("B-bw_", true).unwrap(), "ই-নথি");
        // English between Bijoy sentences stays English
        let s = convert_runs("Avwg GKwU Awf‡hvM Rvbv‡Z PvB| Please help urgently. Avgvi bvg Kwig|")
            .unwrap();
        assert!(s.contains("Please help urgently."), "{s}");
        assert!(s.starts_with("আমি একটি অভিযোগ জানাতে চাই।"), "{s}");
    }

    #[test]
    fn html_font_spans() {
        let h =
            r#"<p>Hello <span style="font-size:14pt;font-family:SutonnyMJ">Avwg</span> world</p>"#;
        assert_eq!(
            convert_font_spans(h).unwrap(),
            r#"<p>Hello <span style="font-size:14pt;font-family:SutonnyMJ">আমি</span> world</p>"#
        );
        let h = "<font face=\"SutonnyMJ\"><p>Avgv&#8225;`i<br>\n&Dagger;gvevBj &amp; ms&#135;hvM</p></font><p>Avgv‡`i</p>";
        assert_eq!(
            convert_font_spans(h).unwrap(),
            "<font face=\"SutonnyMJ\"><p>আমাদের<br>\nমোবাইল ্ সংযোগ</p></font><p>Avgv‡`i</p>"
        );
        let h = "<div style='font-family:\"SutonnyMJ\", serif'>Kg©x <b>eY©</b> <span style='font-family:Arial'>Email</span></div>";
        assert_eq!(
            convert_font_spans(h).unwrap(),
            "<div style='font-family:\"SutonnyMJ\", serif'>কর্মী <b>বর্ণ</b> <span style='font-family:Arial'>Email</span></div>"
        );
        assert_eq!(
            convert_font_spans("<p style=\"font-family:Arial\">Avwg</p>"),
            None
        );
        assert_eq!(
            convert_font_spans("<style>p{font-family:SutonnyMJ}</style><p>x</p>"),
            None
        );
        assert_eq!(convert_font_spans("no tags at all"), None);
        assert!(
            convert_font_spans("<font face=SutonnyOMJ>Avwg</font>")
                .unwrap()
                .contains("আমি")
        );
    }

    /// xorshift64* — no dev-dependency needed
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545F4914F6CDD1D)
        }
    }

    #[test]
    fn never_panics_on_random_input() {
        let mut rng = Rng(0x9E3779B97F4A7C15);
        let extra = [
            '‡', '†', '©', '¨', 'Ö', '¯', 'š', 'Í', 'w', 'v', 'K', '&', '<', '>', ' ', '\n', 'ি',
            '্', 'Ã', '¿', '\u{87}', '\u{AD}', '\u{200D}',
        ];
        for round in 0..3000 {
            let len = (rng.next() % 64) as usize;
            let s: String = if round % 3 == 0 {
                // arbitrary bytes, lossily decoded (what a broken mail gives us)
                let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
                String::from_utf8_lossy(&bytes).into_owned()
            } else {
                (0..len)
                    .map(|_| match rng.next() % 4 {
                        0 => extra[(rng.next() % extra.len() as u64) as usize],
                        1 => char::from_u32(0x20 + (rng.next() % 0xE0) as u32).unwrap_or('?'),
                        2 => char::from_u32(0x0980 + (rng.next() % 0x80) as u32).unwrap_or('?'),
                        _ => char::from_u32((rng.next() % 0x3000) as u32).unwrap_or('x'),
                    })
                    .collect()
            };
            let _ = to_unicode(&s);
            let _ = looks_like_bijoy(&s);
            let _ = convert_runs(&s);
            let _ = convert_runs_hinted(&s, true);
            let _ = convert_font_spans(&s);
            let _ =
                convert_font_spans(&format!("<span style=\"font-family:SutonnyMJ\">{s}</span>"));
        }
    }

    /// The fastest of three runs of `f` (the least disturbed by other work on the machine).
    fn fastest(f: impl Fn()) -> std::time::Duration {
        (0..3)
            .map(|_| {
                let t = std::time::Instant::now();
                f();
                t.elapsed()
            })
            .min()
            .unwrap()
    }

    /// Asserts that 8× the input costs well under 64× the time (what a quadratic step would
    /// cost): a ratio, not a wall-clock limit, so a loaded machine does not fail it.
    fn assert_linear(what: &str, small: &str, big: &str, f: impl Fn(&str)) {
        let (ts, tb) = (fastest(|| f(small)), fastest(|| f(big)));
        let ratio = tb.as_secs_f64() / ts.as_secs_f64().max(1e-6);
        println!(
            "{what}: {} bytes {ts:?}, {} bytes {tb:?}, ratio {ratio:.1}",
            small.len(),
            big.len()
        );
        assert!(
            ratio < 24.0,
            "{what}: 8x the input took {ratio:.1}x the time ({ts:?} -> {tb:?})"
        );
    }

    #[test]
    fn conversion_and_detection_are_linear_in_the_input() {
        let unit = "Avgv‡`i we`¨vj‡qi ‡kL iv‡mj wWwRUvj j¨v‡ei cvuPwU j¨vcUc Pvjy nq bv| Please see the file. ";
        let big = unit.repeat(512_000 / unit.len() + 1);
        let small = unit.repeat(64_000 / unit.len() + 1);
        let out = to_unicode(&big);
        let runs = convert_runs(&big).unwrap();
        assert!(out.len() > big.len() && runs.contains("Please see the file."));
        assert_linear("to_unicode", &small, &big, |s| {
            let _ = to_unicode(s);
        });
        assert_linear("convert_runs", &small, &big, |s| {
            let _ = convert_runs(s);
        });
        // Pathological: one huge hasanta chain followed by many rephs; a long run of
        // pre-base signs then unknown glyphs; many tags for the font-span reader.
        let bad = |n: usize| format!("{}{}", "K&".repeat(n), "©".repeat(n));
        assert_linear("hasanta chain + rephs", &bad(25_000), &bad(200_000), |s| {
            let _ = to_unicode(s);
        });
        let bad2 = |n: usize| "‡".repeat(n) + &"Ã".repeat(n);
        assert_linear("pre-base signs", &bad2(37_500), &bad2(300_000), |s| {
            let _ = convert_runs(s);
        });
        assert_linear(
            "font spans",
            &"<b>".repeat(12_500),
            &"<b>".repeat(100_000),
            |s| {
                let _ = convert_font_spans(s);
            },
        );
    }
}
