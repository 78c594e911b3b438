//! The word lists detection leans on: common English words, and all-ASCII Bijoy words.

use std::sync::OnceLock;

/// Common English words (lower case). A word found here is never treated as
/// Bijoy on its own; 1–2 letter ones may still be converted when sandwiched
/// between Bijoy words (`I` is ও, `me` is সব in Bijoy).
const ENGLISH_WORDS: &str = "a about above access account accounts action actually add added address admin after again against age ago agree all allow already also although always am an and another answer any anyone anything app application apply approval april are area around as ask asked at attached attachment august available away back bad bangladesh bank be because been before being below best better between bill board both box but buy by call can cannot card case cause center centre certificate change check child children city class click close code come coming company complaint computer contact copy correct could country course court cv data date day days dear december department details did district do document documents does done down due during each early email emails employee end enough error even evening every example except fax february fee file files find first following for form forward found free friday from full fwd get give given go going good government great group had has have having he hello help her here high him his home hope hour hours how however i if important in info information inside internet into is issue it its itself january job join july june just keep kind know last late later let letter like line link list little local login long look lot made mail make many march may me meeting message might mobile monday money month more morning most mr mrs ms much must my name need needed net network never new news next no none not note nothing notice november now number october of off office officer old on once one online only open or order other our out over own page paid part password pay payment people per person phone please pm possible post problem process provide public put question quickly re read ready really reason received regards regarding related reply report request required road room said same saturday say school section see seen send sent september server service services set she should show sign since sir so some someone something soon sorry start still student students subject submit sunday support sure system take team tell than thank thanks that the their them then there these they thing think this those thursday through time to today together too town tuesday two under union until up update upon urgent us use used user very via visit want was way we website wednesday week well were what when where which while who why will with within without word work working would write year years yes yesterday yet you your yours
    ltd pvt dr st rd jr sr mst md mohammad sk nb ps pls plz thx btw fyi asap km kg cm mm ml hr hrs min sec vs www http https pdf doc docx xls xlsx ppt jpg jpeg png gif txt csv html htm xml php sql url id nid tin bd gmail yahoo outlook hotmail com org gov edu net info phd avg approx etc eg ie cc bcc dept govt upazila zila union ward
    apple application apps attach bangla bengali body browser cafe camera cell chrome college copyright dhaka english facebook font fonts github google iphone javascript kindly linkedin microsoft paypal resume sutonnymj thanking unicode windows whatsapp word youtube zoom";

/// Sorted word list; binary search is cheaper than SipHash for short keys.
pub(super) struct WordSet(Vec<&'static str>);
impl WordSet {
    fn new(it: impl Iterator<Item = &'static str>) -> Self {
        let mut v: Vec<_> = it.collect();
        v.sort_unstable();
        v.dedup();
        WordSet(v)
    }
    #[inline]
    pub(super) fn contains(&self, w: &str) -> bool {
        self.0.binary_search(&w).is_ok()
    }
}

pub(super) fn english_set() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(ENGLISH_WORDS.split_whitespace()))
}

/// Very frequent all-ASCII Bijoy words (these contain no special glyph, so
/// they need a lexicon to be recognised on their own).
const BIJOY_ASCII_WORDS: &[&str] = &[
    "Avwg", "Avgvi", "Avgiv", "Avcwb", "Avcbvi", "Kiv", "Kwi", "Kib", "KiwQ", "wK", "bv", "ev",
    "Ges", "GB", "GwU", "GKwU", "wQj", "Zvi", "Zviv", "bvg", "UvKv", "miKvi", "welq", "welqt",
    "Rbve", "webxZ", "mgq", "Kvi", "GLb", "ZLb", "Avi", "evsjv", "AvR", "Kvj", "mKj", "nq", "nj",
    "PvB", "Pvq", "Rvbvb", "bs", "mvs", "BDwbqb", "Awdm", "Awdmvi", "mwPe", "nvRvi", "eQi", "gvm",
    "ZvwiL", "wVKvbv", "_vbv", "gvZv", "wcZv", "Rbvev", "gnv", "Avcbvi", "mnvqZv", "eivei",
    "DcKvi", "KvMR", "Qwe", "eZ©gvb", "AvBwmwU", "wWwRUvj", "mycvi", "gynZvivg",
];

pub(super) fn bijoy_lexicon() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(BIJOY_ASCII_WORDS.iter().copied()))
}
