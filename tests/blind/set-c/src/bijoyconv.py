"""Unicode Bangla -> Bijoy (SutonnyMJ) ASCII converter, written from memory
of the Bijoy keyboard / SutonnyMJ glyph layout.

The output is a str made only of characters that exist in windows-1252, so it
can be stored either as windows-1252 bytes or as UTF-8 (the way Bijoy text
looks when it is pasted into a Unicode mail client).

Covered: independent vowels, consonants, vowel signs with reordering of the
pre-base signs (ি ে ৈ and the split signs ো ৌ), reph (র্ -> © written after
the consonant cluster), ক্ষ (¶), ra/ya/ba/ma/na/la phala and a table of
common conjunct glyphs; anything else falls back to an explicit hasanta (&).
"""

VOWELS = {"অ": "A", "আ": "Av", "ই": "B", "ঈ": "C", "উ": "D", "ঊ": "E", "ঋ": "F",
          "এ": "G", "ঐ": "H", "ও": "I", "ঔ": "J"}

CONS = {"ক": "K", "খ": "L", "গ": "M", "ঘ": "N", "ঙ": "O", "চ": "P", "ছ": "Q",
        "জ": "R", "ঝ": "S", "ঞ": "T", "ট": "U", "ঠ": "V", "ড": "W", "ঢ": "X",
        "ণ": "Y", "ত": "Z", "থ": "_", "দ": "`", "ধ": "a", "ন": "b", "প": "c",
        "ফ": "d", "ব": "e", "ভ": "f", "ম": "g", "য": "h", "র": "i", "ল": "j",
        "শ": "k", "ষ": "l", "স": "m", "হ": "n", "\u09dc": "o", "\u09dd": "p", "\u09df": "q",
        "ৎ": "r"}

SIGNS = {"ং": "s", "ঃ": "t", "ঁ": "u"}

POST = {"া": "v", "ী": "x", "ু": "y", "ূ": "~", "ৃ": "„", "ৗ": "Š"}
PRE = {"ি": "w", "ে": "‡", "ৈ": "‰"}
SPLIT = {"ো": ("‡", "v"), "ৌ": ("‡", "Š")}

DIGITS = {chr(0x09E6 + i): str(i) for i in range(10)}
PUNCT = {"।": "|", "৳": "$", "‘": "Ô", "’": "Õ", "“": "Ò", "”": "Ó"}

# conjunct glyphs (sequence of consonants joined by hasanta)
CONJ = {
    "ক্ত": "³", "ক্র": "µ", "ক্ষ": "¶", "ক্স": "·",
    "ঙ্ক": "¼", "ঙ্গ": "½", "চ্চ": "”P", "চ্ছ": "”Q", "জ্ঞ": "Á", "জ্জ": "¾",
    "ঞ্চ": "Â", "ঞ্জ": "Ã", "ণ্ড": "Û", "ত্ত": "Ë", "ত্থ": "Ì", "ত্র": "Î",
    "দ্দ": "Ï", "দ্ধ": "×", "দ্ব": "Ø", "দ্ভ": "™¢", "ন্ট": "›U", "ন্ড": "›W",
    "ন্ত": "š", "ন্ত্র": "š¿", "ন্থ": "š’", "ন্দ": "›`", "ন্ধ": "Ü", "ন্ন": "bœ",
    "প্ত": "ß", "প্ল": "c­", "ব্দ": "ã", "ম্প": "¤ú", "ম্ব": "¤^", "ম্ভ": "¤¢",
    "ম্ম": "¤§", "ল্প": "í", "ল্ক": "é", "শ্চ": "k¦", "ষ্ক": "®‹", "ষ্ট": "ó",
    "ষ্ঠ": "ô", "ষ্ণ": "ò", "ষ্প": "®ú", "স্ক": "¯‹", "স্ট": "÷", "স্ত": "¯Í",
    "স্ত্র": "¯¿", "স্থ": "¯’", "স্ন": "¯œ", "স্প": "¯ú", "স্ব": "¯^", "স্ম": "¯§",
    "হ্ন": "ý", "হ্ম": "þ",
}
PHALA = {"য": "¨", "র": "Ö", "ব": "¡", "ম": "¥", "ন": "œ", "ল": "­"}

# special u / uu shapes after some glyphs
U_SPECIAL = {("র", "ু"): "iæ", ("র", "ূ"): "iƒ", ("শ", "ু"): "ï", ("হ", "ু"): "û",
             ("গ", "ু"): "¸", ("স্ক", "ু"): "¯‹z", ("ক", "ৃ"): "K…", ("হ", "ৃ"): "ü"}

HASANTA = "্"
ZW = ("\u200c", "\u200d")


def _norm(s):
    s = s.replace("\u09af\u09bc", "\u09df").replace("\u09a1\u09bc", "\u09dc").replace("\u09a2\u09bc", "\u09dd")
    s = s.replace("\u09c7\u09be", "ো").replace("\u09c7\u09d7", "ৌ")
    return s


def _cluster_glyph(cons):
    """cons: list of consonant chars forming one cluster."""
    out = []
    i = 0
    while i < len(cons):
        # longest conjunct match starting at i
        done = False
        for L in range(min(3, len(cons) - i), 1, -1):
            key = HASANTA.join(cons[i:i + L])
            if key in CONJ:
                out.append(CONJ[key])
                i += L
                done = True
                break
        if done:
            continue
        c = cons[i]
        if i > 0 and c in PHALA:
            out.append(PHALA[c])
        elif i > 0:
            out.append("&" + CONS[c])
        else:
            out.append(CONS[c])
        i += 1
    return "".join(out)


def to_bijoy(text):
    s = _norm(text)
    out = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in CONS:
            reph = False
            # ra + ZWJ + hasanta + ya  => র‍্য (ra with ya-phala, no reph)
            if c == "র" and i + 3 < n and s[i + 1] == "\u200d" and s[i + 2] == HASANTA and s[i + 3] == "য":
                i += 4
                glyph, cons = "i¨", ["র", "য"]
            else:
                if c == "র" and i + 2 < n and s[i + 1] == HASANTA and s[i + 2] in CONS:
                    reph = True
                    i += 2
                    c = s[i]
                cons = [c]
                i += 1
                while i + 1 < n and s[i] == HASANTA and s[i + 1] in CONS:
                    cons.append(s[i + 1])
                    i += 2
                glyph = _cluster_glyph(cons)
            # skip joiners between cluster and vowel sign
            while i < n and s[i] in ZW:
                i += 1
            v = s[i] if i < n else ""
            key = (HASANTA.join(cons), v)
            rp = "©" if reph else ""
            if v in PRE:
                out.append(PRE[v] + glyph + rp)
                i += 1
            elif v in SPLIT:
                a, b = SPLIT[v]
                out.append(a + glyph + rp + b)
                i += 1
            elif key in U_SPECIAL and not reph:
                out.append(U_SPECIAL[key])
                i += 1
            elif v in POST:
                out.append(glyph + rp + POST[v])
                i += 1
            elif v == HASANTA:
                out.append(glyph + rp + "&")
                i += 1
            else:
                out.append(glyph + rp)
            continue
        if c in VOWELS:
            out.append(VOWELS[c])
        elif c in SIGNS:
            out.append(SIGNS[c])
        elif c in DIGITS:
            out.append(DIGITS[c])
        elif c in PUNCT:
            out.append(PUNCT[c])
        elif c in ZW:
            pass
        elif c in POST:            # stray vowel sign
            out.append(POST[c])
        elif c in PRE:
            out.append(PRE[c])
        elif c == HASANTA:
            out.append("&")
        else:
            out.append(c)
        i += 1
    return "".join(out)


if __name__ == "__main__":
    for w in ["বাংলাদেশ", "শিক্ষা মন্ত্রণালয়", "কম্পিউটার", "কর্মকর্তা", "প্রযুক্তি",
              "স্কুল", "ব্যবস্থা", "কার্যালয়", "মেলান্দহ", "উন্নয়ন", "বিজ্ঞান", "পোর্টাল",
              "কীর্তি", "শুরু", "তথ্য ও যোগাযোগ প্রযুক্তি", "দৈনিক", "স্বাক্ষর", "সেন্টার"]:
        b = to_bijoy(w)
        b.encode("cp1252")
        print(w, "->", b)
