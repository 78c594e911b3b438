//! The statistical half of the classifier: a multinomial logistic regression
//! (softmax) on character n-grams and words of the normalised text.
//!
//! Features of one mail (all on normalised text, see
//! [`super::normalize::normalize`]; digits folded to `0`):
//! - character n-grams of [`NGRAM_MIN`]..=[`NGRAM_MAX`] characters inside each
//!   word padded with a space on both sides (`_ল্যা`, `্যাবে`, `বের_`), which
//!   copes with Bangla suffixes (ল্যাব, ল্যাবের, ল্যাবে) and with romanised
//!   spelling variants (websit, wabsite, website);
//! - word unigrams and word bigrams;
//! - each word's cross-script sound key ([`super::phonetic`]), so that `নথি`
//!   and `nothi`, `কম্পিউটার` and `computer` share a feature.
//!
//! A feature counts once per field: 1 in the body, [`SUBJECT_VALUE`] more in
//! the subject or an attachment name. The vector is L2-normalised, so long and
//! short mails weigh alike.
//!
//! There is one class per service plus one for "none" (out of scope), learnt
//! from examples whose service is `None`. Training is plain stochastic
//! gradient descent on the (example-weighted) cross-entropy, [`EPOCHS`]
//! passes in a fixed pseudo-random order (deterministic), step [`RATE`]
//! decaying per pass, a light L2 weight decay [`L2`]. An example the model
//! already fits is skipped, which makes later passes cheap. A few hundred
//! examples train in a few milliseconds.
//!
//! A mail's score for a class is `bias + Σ value × weight`; the softmax of
//! the scores is the model's posterior. Every term is one feature's
//! contribution, which is what the explanation lists. Features never seen in
//! training are ignored.
//!
//! Classifying is one pass over the text: hashing (FNV-1a) and a hash-table
//! lookup per feature, no regex, no allocation per feature.
//!
//! Settings were chosen by 10-fold cross-validation on the development corpus
//! (see examples/classifier_eval.rs): naive Bayes (multinomial and
//! complement) came out 5–7 points below logistic regression there.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::phonetic::{MAX_KEY, sound_key};

/// Shortest character n-gram.
pub const NGRAM_MIN: usize = 3;
/// Longest character n-gram.
pub const NGRAM_MAX: usize = 4;
/// Extra value of a feature that occurs in the subject or an attachment name.
pub const SUBJECT_VALUE: f32 = 2.0;
/// Passes over the training examples.
pub const EPOCHS: usize = 12;
/// Initial SGD step; pass `k` uses `RATE / (1 + 0.2 k)`.
pub const RATE: f32 = 5.0;
/// L2 weight decay per pass (times the step).
pub const L2: f32 = 1e-4;
/// Only the first this many bytes of a normalised body feed the model
/// (bounds the time per mail; requests are short).
pub const MAX_BODY_BYTES: usize = 6000;

/// Hasher for keys that already are hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(crate) type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[inline]
fn fnv(h: u64, x: u32) -> u64 {
    (h ^ u64::from(x)).wrapping_mul(FNV_PRIME)
}

/// Calls `emit(hash, name)` for every feature of a normalised text (with
/// repetitions). `name` builds the human-readable form, and is only called
/// when it is needed (at training, for a new feature).
pub(crate) fn for_each_feature<F: FnMut(u64, &dyn Fn() -> String)>(
    text: &str,
    chars: &mut Vec<char>,
    emit: &mut F,
) {
    let mut prev_word: Option<u64> = None;
    let mut prev_str: &str = "";
    for word in text.split(' ') {
        if word.is_empty() {
            continue;
        }
        let numeric = word.bytes().all(|b| b.is_ascii_digit());
        // Word unigram and bigram (numbers are skipped and break bigrams).
        if numeric {
            prev_word = None;
        } else {
            let mut h = fnv(FNV_OFFSET, 0x0100_0001);
            for c in word.chars() {
                h = fnv(h, c as u32);
            }
            emit(h, &|| format!("word \"{word}\""));
            if let Some(p) = prev_word {
                let b = fnv(fnv(p, 0x0100_0002), h as u32) ^ (h >> 32);
                let (a, w) = (prev_str, word);
                emit(b, &|| format!("words \"{a} {w}\""));
            }
            prev_word = Some(h);
            prev_str = word;
            // The word's cross-script sound key (নথি = nothi = `nt`), so that
            // Bengali-script examples teach the model romanised mail too.
            let mut key = [0u8; MAX_KEY];
            let n = sound_key(word, &mut key);
            if n >= 2 {
                let mut h = fnv(FNV_OFFSET, 0x0100_0003);
                for &b in &key[..n] {
                    h = fnv(h, u32::from(b));
                }
                let key = &key[..n];
                emit(h, &|| format!("sound «{}»", String::from_utf8_lossy(key)));
            }
        }
        // Character n-grams of " word ", digits folded to 0.
        chars.clear();
        chars.push(' ');
        chars.extend(
            word.chars()
                .map(|c| if c.is_ascii_digit() { '0' } else { c }),
        );
        chars.push(' ');
        if numeric && chars.len() > NGRAM_MAX {
            // A long number: its shape says nothing more than its first n-grams.
            chars.truncate(NGRAM_MAX);
        }
        let n = chars.len();
        for i in 0..n {
            let mut h = FNV_OFFSET;
            for len in 1..=NGRAM_MAX.min(n - i) {
                h = fnv(h, chars[i + len - 1] as u32);
                if len >= NGRAM_MIN {
                    let gram = &chars[i..i + len];
                    emit(h ^ len as u64, &|| {
                        let s: String = gram
                            .iter()
                            .map(|&c| if c == ' ' { '_' } else { c })
                            .collect();
                        format!("«{s}»")
                    });
                }
            }
        }
    }
}

/// A sparse feature vector: (feature index, value), each index once.
pub(crate) type Vector = Vec<(u32, f32)>;

/// Builds the raw (unweighted, unnormalised) feature vector of a mail
/// from its normalised parts (`head`: subject and attachment names), adding
/// unknown features to the vocabulary (training).
pub(crate) fn vectorize(
    head: &[&str],
    body: &str,
    vocab: &mut Vocab,
    scratch: &mut Scratch,
) -> Vector {
    vectorize_with(head, body, scratch, &mut |h, name: &dyn Fn() -> String| {
        Some(*vocab.index.entry(h).or_insert_with(|| {
            vocab.names.push_str(&name());
            vocab.ends.push(vocab.names.len() as u32);
            (vocab.ends.len() - 1) as u32
        }))
    })
}

/// Like [`vectorize`], ignoring features that are not in the vocabulary,
/// and normalised (classification).
pub(crate) fn vectorize_ro(
    head: &[&str],
    body: &str,
    vocab: &Vocab,
    scratch: &mut Scratch,
) -> Vector {
    let mut v = vectorize_with(head, body, scratch, &mut |h, _: &dyn Fn() -> String| {
        vocab.index.get(&h).copied()
    });
    normalise(&mut v);
    v
}

fn vectorize_with<L: FnMut(u64, &dyn Fn() -> String) -> Option<u32>>(
    head: &[&str],
    body: &str,
    scratch: &mut Scratch,
    lookup: &mut L,
) -> Vector {
    let body = truncate_at_char(body, MAX_BODY_BYTES);
    let Scratch {
        chars,
        marks,
        touched,
    } = scratch;
    touched.clear();
    for (bit, text) in head
        .iter()
        .map(|t| (2u8, *t))
        .chain(std::iter::once((1u8, body)))
    {
        for_each_feature(text, chars, &mut |h, name: &dyn Fn() -> String| {
            if let Some(idx) = lookup(h, name) {
                let i = idx as usize;
                if i >= marks.len() {
                    marks.resize((i + 1).max(marks.len() * 2), 0);
                }
                if marks[i] == 0 {
                    touched.push(idx);
                }
                marks[i] |= bit;
            }
        });
    }
    let mut v: Vector = Vec::with_capacity(touched.len());
    for &idx in touched.iter() {
        let m = std::mem::take(&mut marks[idx as usize]);
        let value = f32::from(m & 1) + if m & 2 != 0 { SUBJECT_VALUE } else { 0.0 };
        if value > 0.0 {
            v.push((idx, value));
        }
    }
    v
}

/// Scales a vector to unit length.
pub(crate) fn normalise(v: &mut Vector) {
    let norm = v.iter().map(|&(_, x)| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        for e in v.iter_mut() {
            e.1 /= norm;
        }
    }
}

fn truncate_at_char(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Reusable buffers for [`vectorize`].
#[derive(Default)]
pub(crate) struct Scratch {
    chars: Vec<char>,
    /// Per feature index: 1 = seen in the body, 2 = in subject/attachments.
    /// All zero between calls.
    marks: Vec<u8>,
    touched: Vec<u32>,
}

/// Feature hash → index, and the readable name of each feature.
///
/// The names are one string, feature `i`'s ending at `ends[i]`: the daemon holds two models of
/// ~25,000 features each, and a `String` apiece cost ~2 MB more than this (issue 20).
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocab {
    index: IdMap<u32>,
    names: String,
    ends: Vec<u32>,
}

impl Vocab {
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }
    pub(crate) fn name(&self, idx: u32) -> &str {
        let i = idx as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.names[start..self.ends[i] as usize]
    }
    /// Gives back what growing the tables left unused (they are kept for the model's life).
    fn shrink_to_fit(&mut self) {
        self.index.shrink_to_fit();
        self.names.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

/// A trained linear model over `classes` classes.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub(crate) classes: usize,
    pub(crate) vocab: Vocab,
    /// Weights, row-major: `[feature * classes + class]`.
    weights: Vec<f32>,
    /// Bias per class; `-inf` for a class without examples.
    bias: Vec<f64>,
    /// Training examples per class.
    pub(crate) counts: Vec<usize>,
}

impl Model {
    /// `docs`: (raw vector from [`vectorize`] with `vocab`, class, weight).
    pub(crate) fn train(
        classes: usize,
        mut vocab: Vocab,
        mut docs: Vec<(Vector, usize, f32)>,
    ) -> Self {
        assert!(classes <= MAX_CLASSES, "at most {MAX_CLASSES} classes");
        vocab.shrink_to_fit();
        for (vec, _, _) in &mut docs {
            normalise(vec);
        }
        let mut counts = vec![0usize; classes];
        for (_, c, _) in &docs {
            counts[*c] += 1;
        }
        let mut w = vec![0.0_f32; vocab.len() * classes];
        let mut b = vec![0.0_f32; classes];
        let mut order: Vec<usize> = (0..docs.len()).collect();
        let mut rng: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut z = vec![0.0_f32; classes];
        for epoch in 0..EPOCHS {
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            let rate = RATE / (1.0 + epoch as f32 * 0.2);
            for &d in &order {
                let (x, y, weight) = (&docs[d].0, docs[d].1, docs[d].2);
                z.copy_from_slice(&b);
                for &(f, val) in x {
                    let row = &w[f as usize * classes..][..classes];
                    for (zc, &wc) in z.iter_mut().zip(row) {
                        *zc += val * wc;
                    }
                }
                let p = softmax32(&z);
                let mut g = [0.0_f32; MAX_CLASSES];
                let mut big = false;
                for c in 0..classes {
                    g[c] = (p[c] - f32::from(u8::from(c == y))) * weight * rate;
                    big |= g[c].abs() > 1e-4;
                }
                if !big {
                    // Already fitted: nothing to learn from this example.
                    continue;
                }
                for (bc, gc) in b.iter_mut().zip(&g) {
                    *bc -= gc;
                }
                for &(f, val) in x {
                    let row = &mut w[f as usize * classes..][..classes];
                    for (wc, gc) in row.iter_mut().zip(&g) {
                        *wc -= gc * val;
                    }
                }
            }
            let decay = 1.0 - rate * L2;
            for x in &mut w {
                *x *= decay;
            }
        }
        let bias = b
            .iter()
            .zip(&counts)
            .map(|(&b, &n)| {
                if n == 0 {
                    f64::NEG_INFINITY
                } else {
                    f64::from(b)
                }
            })
            .collect();
        Model {
            classes,
            vocab,
            weights: w,
            bias,
            counts,
        }
    }

    /// Score (logit) per class for a normalised vector.
    pub(crate) fn scores(&self, vec: &Vector) -> Vec<f64> {
        let mut acc = vec![0.0_f32; self.classes];
        for &(idx, x) in vec {
            let row = &self.weights[idx as usize * self.classes..][..self.classes];
            for (a, &t) in acc.iter_mut().zip(row) {
                *a += x * t;
            }
        }
        self.bias
            .iter()
            .zip(acc)
            .map(|(&b, a)| b + f64::from(a))
            .collect()
    }

    /// The features that favour class `a` over class `b` most, with their
    /// contribution to the log-odds (positive), best first.
    pub(crate) fn top_features(
        &self,
        vec: &Vector,
        a: usize,
        b: usize,
        n: usize,
    ) -> Vec<(u32, f64)> {
        let mut contrib: Vec<(u32, f64)> = vec
            .iter()
            .map(|&(idx, x)| {
                let row = &self.weights[idx as usize * self.classes..][..self.classes];
                (idx, f64::from(x) * f64::from(row[a] - row[b]))
            })
            .filter(|&(_, c)| c > 0.0)
            .collect();
        let by = |x: &(u32, f64), y: &(u32, f64)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
        if contrib.len() > n {
            contrib.select_nth_unstable_by(n, by);
            contrib.truncate(n);
        }
        contrib.sort_by(by);
        contrib
    }
}

/// Most classes a model can have (services + none).
pub(crate) const MAX_CLASSES: usize = 32;

fn softmax32(z: &[f32]) -> [f32; MAX_CLASSES] {
    let max = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut out = [0.0_f32; MAX_CLASSES];
    let mut sum = 0.0;
    for (o, &x) in out.iter_mut().zip(z) {
        *o = (x - max).exp();
        sum += *o;
    }
    for o in &mut out[..z.len()] {
        *o /= sum;
    }
    out
}

/// Softmax of log scores (entries of `-inf` get 0).
pub(crate) fn softmax(logits: &[f64]) -> Vec<f64> {
    let max = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !max.is_finite() {
        return vec![1.0 / logits.len() as f64; logits.len()];
    }
    let exps: Vec<f64> = logits.iter().map(|&l| (l - max).exp()).collect();
    let sum: f64 = exps.iter().sum();
    exps.into_iter().map(|e| e / sum).collect()
}

/// Jaccard similarity of two sorted, de-duplicated lists.
pub(crate) fn jaccard<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / (a.len() + b.len() - common) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut chars = Vec::new();
        for_each_feature(text, &mut chars, &mut |_, name: &dyn Fn() -> String| {
            out.push(name())
        });
        out
    }

    #[test]
    fn features_of_a_word() {
        let f = names("lab er");
        assert!(f.contains(&"word \"lab\"".to_string()));
        assert!(f.contains(&"words \"lab er\"".to_string()));
        assert!(f.contains(&"«_la»".to_string()));
        assert!(f.contains(&"«_lab»".to_string()));
        assert!(f.contains(&"«lab_»".to_string()));
        assert!(f.contains(&"«_er_»".to_string()));
        // n-grams stay inside words.
        assert!(!f.iter().any(|s| s.contains("b_e")));
    }

    #[test]
    fn bangla_inflections_share_ngrams() {
        let a = names("ল্যাবের");
        let b = names("ল্যাবে");
        let shared = a
            .iter()
            .filter(|x| x.starts_with('«') && b.contains(x))
            .count();
        assert!(shared >= 5, "{a:?} {b:?}");
    }

    #[test]
    fn numbers_fold() {
        let a = names("01711004527");
        let b = names("01911223344");
        assert!(!a.is_empty());
        assert_eq!(a, b);
        assert!(!a.iter().any(|s| s.starts_with("word")));
    }

    #[test]
    fn vectors_are_unit_length() {
        let mut vocab = Vocab::default();
        let mut scratch = Scratch::default();
        let mut v = vectorize(&["lab"], "the lab computers", &mut vocab, &mut scratch);
        // "lab" is in both fields: 1 + SUBJECT_VALUE; "the" only in the body.
        let lab = vocab.index[&{
            let mut h = None;
            for_each_feature("lab", &mut Vec::new(), &mut |x, n: &dyn Fn() -> String| {
                if n() == "word \"lab\"" {
                    h = Some(x);
                }
            });
            h.unwrap()
        }];
        assert_eq!(
            v.iter().find(|e| e.0 == lab).unwrap().1,
            1.0 + SUBJECT_VALUE
        );
        normalise(&mut v);
        let norm: f32 = v.iter().map(|e| e.1 * e.1).sum();
        assert!((norm - 1.0).abs() < 1e-5);
        // Unique.
        let mut ids: Vec<u32> = v.iter().map(|e| e.0).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), v.len());
        // The scratch marks are clean again.
        assert!(scratch.marks.iter().all(|&m| m == 0));
        // Unknown features are ignored without grow.
        let w = vectorize_ro(&[], "zzzz", &vocab, &mut scratch);
        assert!(w.is_empty());
    }

    #[test]
    fn jaccard_basics() {
        assert_eq!(jaccard(&[1, 2, 3], &[1, 2, 3]), 1.0);
        assert_eq!(jaccard(&[1, 2], &[3, 4]), 0.0);
        assert!((jaccard(&[1, 2, 3], &[2, 3, 4]) - 0.5).abs() < 1e-12);
    }

    #[test]
    fn softmax_handles_missing_classes() {
        let p = softmax(&[0.0, f64::NEG_INFINITY, 0.0]);
        assert_eq!(p, vec![0.5, 0.0, 0.5]);
    }
}
