"""A small Unicode -> Bijoy (SutonnyMJ) converter, written from memory.

It is not complete: conjuncts it does not know are written as consonant + '&'
(Bijoy's visible hasanta) + consonant, which is what a typist without the
ligature would get.  Output only uses characters that exist in windows-1252.
"""

VOWELS = {
    "অ": "A", "আ": "Av", "ই": "B", "ঈ": "C", "উ": "D", "ঊ": "E", "ঋ": "F",
    "এ": "G", "ঐ": "H", "ও": "I", "ঔ": "J",
}
CONS = {
    "ক": "K", "খ": "L", "গ": "M", "ঘ": "N", "ঙ": "O", "চ": "P", "ছ": "Q",
    "জ": "R", "ঝ": "S", "ঞ": "T", "ট": "U", "ঠ": "V", "ড": "W", "ঢ": "X",
    "ণ": "Y", "ত": "Z", "থ": "_", "দ": "`", "ধ": "a", "ন": "b", "প": "c",
    "ফ": "d", "ব": "e", "ভ": "f", "ম": "g", "য": "h", "র": "i", "ল": "j",
    "শ": "k", "ষ": "l", "স": "m", "হ": "n", "\u09dc": "o", "\u09dd": "p", "\u09df": "q",
}
OTHER = {"ৎ": "r", "ং": "s", "ঃ": "t", "ঁ": "u", "।": "|", "৳": "$"}
DIGITS = {chr(0x09E6 + i): str(i) for i in range(10)}

H = "\u09cd"  # hasanta
# Conjuncts (Unicode cluster without vowel sign) -> Bijoy glyph string
CONJ = {
    "ক্ষ": "¶", "ক্ত": "³", "ক্র": "µ", "ঙ্গ": "½", "ঙ্ক": "¼", "জ্ঞ": "Á",
    "জ্জ": "¾", "ঞ্জ": "Ä", "ত্ত": "Ë", "ত্র": "Î", "দ্ধ": "×", "দ্ব": "Ø",
    "দ্দ": "Ï", "ন্ত": "šÍ", "ন্দ": "›`", "ন্ধ": "Ü", "ন্ত্র": "š¿", "ন্ন": "bœ",
    "ম্প": "¤ú", "ম্ব": "¤^", "স্ত": "¯Í", "স্থ": "¯’", "স্ব": "¯^", "স্প": "¯ú",
    "স্ক": "¯‹", "ষ্ট": "ó", "ষ্ঠ": "ô", "প্ত": "ß", "ল্প": "í", "ল্ল": "jø",
    "চ্ছ": "”Q", "চ্চ": "”P", "শ্ন": "kœ", "শ্ব": "k¦", "গ্ন": "Mœ",
}
# phala forms appended after a converted consonant
PHALA = {"য": "¨", "ব": "¡"}
RA_PHALA_NARROW = {"দ", "ড", "ট", "ঢ", "ঠ"}

PREFIX_SIGNS = {"ি": "w", "ে": "‡", "ৈ": "ˆ"}
SUFFIX_SIGNS = {"া": "v", "ী": "x", "ু": "y", "ূ": "~", "ৃ": "…"}


def _is_cons(ch):
    return ch in CONS


def _convert_cluster(cons_seq):
    """cons_seq: Unicode string of consonants joined by hasanta (no reph)."""
    out = ""
    i = 0
    s = cons_seq
    while i < len(s):
        # try the longest conjunct starting here
        hit = None
        for L in (5, 3):
            chunk = s[i:i + L]
            if chunk in CONJ:
                hit = chunk
                break
        if hit:
            out += CONJ[hit]
            i += len(hit)
        else:
            ch = s[i]
            if ch == H:
                nxt = s[i + 1] if i + 1 < len(s) else ""
                if nxt == "র":
                    prev = s[i - 1] if i else ""
                    out += "ª" if prev in RA_PHALA_NARROW else "Ö"
                    i += 2
                    continue
                if nxt in PHALA:
                    out += PHALA[nxt]
                    i += 2
                    continue
                out += "&"
                i += 1
                continue
            out += CONS.get(ch, ch)
            i += 1
    return out


def _u_kar(last_cons, bij):
    if bij.endswith("i"):
        return bij[:-1] + "iæ"
    if bij.endswith("k"):
        return bij[:-1] + "ï"
    if bij.endswith("M"):
        return bij[:-1] + "¸"
    if bij.endswith("n"):
        return bij[:-1] + "û"
    if last_cons in ("ক", "ত", "ফ"):
        return bij + "z"
    return bij + "y"


def to_bijoy(text):
    text = text.replace("\u200c", "").replace("\u200d", "")
    # normalise decomposed nukta forms
    text = text.replace("\u09a1\u09bc", "\u09dc").replace("\u09a2\u09bc", "\u09dd").replace("\u09af\u09bc", "\u09df")
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if _is_cons(ch):
            # read cluster: C (H C)*
            j = i + 1
            while j + 1 < n and text[j] == H and _is_cons(text[j + 1]):
                j += 2
            cluster = text[i:j]
            reph = False
            if cluster.startswith("র" + H) and len(cluster) > 2:
                reph = True
                cluster = cluster[2:]
            trailing_hasanta = j < n and text[j] == H
            if trailing_hasanta:
                j += 1
            bij = _convert_cluster(cluster)
            last_cons = cluster[-1]
            sign = text[j] if j < n else ""
            if reph:
                bij_r = bij + "©"
            else:
                bij_r = bij
            if sign in PREFIX_SIGNS:
                out.append(PREFIX_SIGNS[sign] + bij_r)
                j += 1
            elif sign == "ো":
                out.append("‡" + bij_r + "v")
                j += 1
            elif sign == "ৌ":
                out.append("‡" + bij_r + "Š")
                j += 1
            elif sign == "ু" and not reph:
                out.append(_u_kar(last_cons, bij))
                j += 1
            elif sign in SUFFIX_SIGNS:
                out.append(bij_r + SUFFIX_SIGNS[sign])
                j += 1
            else:
                out.append(bij_r)
            if trailing_hasanta:
                out.append("&")
            i = j
            continue
        if ch in VOWELS:
            out.append(VOWELS[ch])
        elif ch in OTHER:
            out.append(OTHER[ch])
        elif ch in DIGITS:
            out.append(DIGITS[ch])
        elif ch == "‘":
            out.append("Ô")
        elif ch == "’":
            out.append("Õ")
        elif ch == "“":
            out.append("Ò")
        elif ch == "”":
            out.append("Ó")
        elif ch == "—" or ch == "–":
            out.append("-")
        else:
            out.append(ch)
        i += 1
    s = "".join(out)
    s.encode("cp1252")  # must be representable
    return s


if __name__ == "__main__":
    for w in ["আমি বাংলায় গান গাই।", "মেলান্দহ, জামালপুর", "ব্যবস্থা", "কার্যালয়", "শিক্ষক",
              "প্রশাসন", "উত্তর", "কম্পিউটার", "স্বাস্থ্য", "সপ্তাহ", "নির্বাচন", "লোক", "কৌশল"]:
        print(w, to_bijoy(w))
