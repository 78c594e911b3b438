"""Unicode Bangla -> Bijoy (SutonnyMJ) ASCII/Latin-1 converter, written from memory
of the SutonnyMJ layout. Handles reph, pre-base vowel signs, common conjuncts,
ya/ra/ba-phala and a few special u-kar forms."""
import unicodedata

HASANTA = "\u09cd"

INDEP = {"অ": "A", "আ": "Av", "ই": "B", "ঈ": "C", "উ": "D", "ঊ": "E", "ঋ": "F",
         "এ": "G", "ঐ": "H", "ও": "I", "ঔ": "J"}
CONS = {"ক": "K", "খ": "L", "গ": "M", "ঘ": "N", "ঙ": "O", "চ": "P", "ছ": "Q", "জ": "R",
        "ঝ": "S", "ঞ": "T", "ট": "U", "ঠ": "V", "ড": "W", "ঢ": "X", "ণ": "Y", "ত": "Z",
        "থ": "_", "দ": "`", "ধ": "a", "ন": "b", "প": "c", "ফ": "d", "ব": "e", "ভ": "f",
        "ম": "g", "য": "h", "র": "i", "ল": "j", "শ": "k", "ষ": "l", "স": "m", "হ": "n",
        "\u09dc": "o", "\u09dd": "p", "\u09df": "q"}
OTHER = {"ৎ": "r", "ং": "s", "ঃ": "t", "ঁ": "u", "।": "|", "৳": "$"}
DIGITS = {chr(0x09E6 + i): str(i) for i in range(10)}

# conjunct clusters (consonant sequences joined by hasanta), longest first
CONJ = {
    "ক্ষ": "¶", "ক্ত": "³", "ক্স": "·", "ক্ট": "±", "ক্ক": "°", "ক্র": "µ",
    "ঙ্গ": "½", "চ্ছ": "\"Q", "জ্জ": "¾", "জ্ঞ": "Á", "ঞ্চ": "Â", "ঞ্জ": "Ä",
    "ণ্ট": "›U", "ণ্ড": "Û", "ত্ত": "Ë", "ত্র": "Î", "ত্ব": "Z¡", "ত্ম": "Z¥",
    "দ্দ": "Ï", "দ্ধ": "×", "দ্ব": "Ø", "দ্র": "`ª", "ন্ত্র": "š¿", "ন্ত": "š—",
    "ন্দ": "›`", "ন্ধ": "Ü", "ন্ন": "bœ", "ন্ম": "b¥", "ন্ট": "›U", "ন্স": "Ý",
    "ন্ড": "Û", "প্ত": "ß", "ব্দ": "ã", "ব্র": "eª", "ম্প": "¤ú", "ম্ব": "¤^",
    "ম্ভ": "¤¢", "ম্ম": "¤§", "ল্প": "í", "ল্ল": "j−", "শ্চ": "ð", "শ্ব": "k¦",
    "ষ্ট": "ó", "ষ্ঠ": "ô", "ষ্ণ": "ò", "ষ্প": "®ú", "ষ্ক": "®‹", "স্ক": "¯‹",
    "স্ট": "÷", "স্ত": "¯Í", "স্থ": "¯’", "স্প": "¯ú", "স্ন": "mœ", "স্ম": "¯§",
    "স্ব": "¯^", "হ্ম": "þ",
}
PHALA = {"য": "¨", "র": "Ö", "ব": "¡", "ম": "¥", "ন": "œ", "ল": "­"}
U_SPECIAL = {"র": "iæ", "শ": "ï", "হ": "û", "গ": "¸"}
UU_SPECIAL = {"র": "iƒ"}
SIGN = {"া": "v", "ী": "x", "ু": "y", "ূ": "~", "ৃ": "…"}
PRE = {"ি", "ে", "ৈ", "ো", "ৌ"}


def _norm(s):
    s = s.replace("\u09a1\u09bc", "\u09dc").replace("\u09a2\u09bc", "\u09dd").replace("\u09af\u09bc", "\u09df")
    s = s.replace("\u09c7\u09be", "ো").replace("\u09c7\u09d7", "ৌ")
    return s


def _is_cons(c):
    return c in CONS


def _cluster_glyph(cons):
    """cons: list of consonant chars forming one cluster (joined by hasanta)."""
    out = ""
    i = 0
    while i < len(cons):
        done = False
        for ln in (3, 2):
            if i + ln <= len(cons):
                key = HASANTA.join(cons[i:i + ln])
                if key in CONJ:
                    out += CONJ[key]
                    i += ln
                    done = True
                    break
        if done:
            continue
        c = cons[i]
        if i > 0 and c in PHALA:
            out += PHALA[c]
        elif i > 0:
            out += "&" + CONS[c]
        else:
            out += CONS[c]
        i += 1
    return out


def to_bijoy(text):
    s = _norm(unicodedata.normalize("NFC", text))
    s = _norm(s)
    out = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        reph = False
        if c == "র" and i + 2 < n and s[i + 1] == HASANTA and _is_cons(s[i + 2]):
            reph = True
            i += 2
            c = s[i]
        if _is_cons(c):
            cons = [c]
            j = i + 1
            while j + 1 < n and s[j] == HASANTA and _is_cons(s[j + 1]):
                cons.append(s[j + 1])
                j += 2
            trailing_hasanta = False
            if j < n and s[j] == HASANTA:
                trailing_hasanta = True
                j += 1
            vowel = s[j] if j < n and (s[j] in SIGN or s[j] in PRE) else None
            if vowel:
                j += 1
            glyph = _cluster_glyph(cons)
            if vowel == "ু" and len(cons) > 1 and cons[-1] == "র":
                glyph, vowel = glyph + "æ", None
            elif vowel == "ু" and len(cons) == 1 and cons[0] in U_SPECIAL:
                glyph, vowel = U_SPECIAL[cons[0]], None
            elif vowel == "ূ" and len(cons) == 1 and cons[0] in UU_SPECIAL:
                glyph, vowel = UU_SPECIAL[cons[0]], None
            word_start = not out or not out[-1] or out[-1][-1] in " \n\t(\"'-,.|:;"
            pre, post = "", ""
            if vowel in PRE:
                e = "†" if word_start else "‡"
                if vowel == "ি":
                    pre = "w"
                elif vowel == "ে":
                    pre = e
                elif vowel == "ৈ":
                    pre = "ˆ" if word_start else "‰"
                elif vowel == "ো":
                    pre, post = e, "v"
                elif vowel == "ৌ":
                    pre, post = e, "Š"
            elif vowel:
                post = SIGN[vowel]
            out.append(pre + glyph + ("©" if reph else "") + ("&" if trailing_hasanta else "") + post)
            i = j
            continue
        if reph:  # reph not followed by consonant: write র্ literally
            out.append("i&")
        if c in INDEP:
            out.append(INDEP[c])
        elif c in OTHER:
            out.append(OTHER[c])
        elif c in DIGITS:
            out.append(DIGITS[c])
        elif c in SIGN:
            out.append(SIGN[c])
        elif c == HASANTA:
            out.append("&")
        else:
            out.append(c)
        i += 1
    return "".join(out)


if __name__ == "__main__":
    for w in ["আমার", "স্কুল", "কম্পিউটার", "শিক্ষক", "প্রধান", "দেশের", "কার্যালয়",
              "প্রযুক্তি", "নির্দেশ", "বিদ্যালয়", "রুম", "কোন", "ইচ্ছা", "সমস্যা", "ব্যবস্থা"]:
        print(w, to_bijoy(w))
