"""Small Unicode Bangla -> Bijoy (SutonnyMJ ASCII) converter, written from memory.

Handles: independent vowels, consonants, vowel signs, pre-base signs (ি ে ৈ) moved in
front of the whole consonant cluster, ো / ৌ split around the cluster, reph (র্) written as
'©' after the cluster, a table of common conjuncts (ক্ষ ¶, ক্ত ³, ন্ত šÍ, স্থ ¯’ ...),
phala forms (্য ¨, ্র Ö, ্ব ¦, ্ম §, ্ন œ, ্ল ­) and '&' as a fallback hasanta.
The output only uses characters that exist in windows-1252.
"""

VOWELS = {"অ": "A", "আ": "Av", "ই": "B", "ঈ": "C", "উ": "D", "ঊ": "E", "ঋ": "F",
          "এ": "G", "ঐ": "H", "ও": "I", "ঔ": "J"}
CONS = {"ক": "K", "খ": "L", "গ": "M", "ঘ": "N", "ঙ": "O", "চ": "P", "ছ": "Q", "জ": "R",
        "ঝ": "S", "ঞ": "T", "ট": "U", "ঠ": "V", "ড": "W", "ঢ": "X", "ণ": "Y", "ত": "Z",
        "থ": "_", "দ": "`", "ধ": "a", "ন": "b", "প": "c", "ফ": "d", "ব": "e", "ভ": "f",
        "ম": "g", "য": "h", "র": "i", "ল": "j", "শ": "k", "ষ": "l", "স": "m", "হ": "n",
        "\u09dc": "o", "\u09dd": "p", "\u09df": "q"}
POST = {"া": "v", "ী": "x", "ু": "y", "ূ": "~", "ৃ": "…"}
PRE = {"ি": "w", "ে": "‡", "ৈ": "ˆ"}
SPLIT = {"ো": ("‡", "v"), "ৌ": ("‡", "Š")}
OTHER = {"ং": "s", "ঃ": "t", "ঁ": "u", "ৎ": "r", "।": "|", "৳": "$",
         "০": "0", "১": "1", "২": "2", "৩": "3", "৪": "4", "৫": "5", "৬": "6", "৭": "7",
         "৮": "8", "৯": "9"}
CONJ = {"ক্ষ": "¶", "ক্ত": "³", "ক্র": "µ", "ক্স": "·", "ক্ট": "±", "ক্ক": "°",
        "ঙ্ক": "¼", "ঙ্গ": "½", "জ্ঞ": "Á", "ঞ্চ": "Â", "ঞ্জ": "Ã", "ট্ট": "ÿ",
        "ণ্ড": "Û", "ত্ত": "Ë", "ত্র": "Î", "দ্দ": "Ï", "দ্ধ": "×", "দ্ব": "Ø",
        "ন্ধ": "Ü", "ন্ত": "šÍ", "ন্দ": "›`", "ন্ট": "›U", "ন্ড": "›W", "ন্ন": "bœ",
        "প্ত": "ß", "প্প": "à", "ব্দ": "ã", "ব্ধ": "ä", "ম্প": "¤ú", "ম্ব": "¤^",
        "ম্ম": "¤§", "ল্প": "í", "শ্চ": "ð", "ষ্ট": "ó", "ষ্ঠ": "ô", "ষ্ণ": "ò",
        "স্ক": "¯‹", "স্ট": "÷", "স্ত": "¯Í", "স্থ": "¯’", "স্প": "¯ú", "স্ন": "¯œ",
        "স্ম": "¯§", "হ্ম": "þ", "হ্ন": "ý", "চ্ছ": "”Q", "চ্চ": "”P", "ক্ল": "K¬", "ম্ভ": "¤¢", "ন্স": "Ý",
        "জ্জ": "¾", "ল্ল": "j­", "ক্ষ্ম": "²", "ন্ত্র": "š¿", "স্ত্র": "¯¿"}
PHALA = {"য": "¨", "র": "Ö", "ব": "¦", "ম": "§", "ন": "œ", "ল": "­"}
HASANTA = "্"


def _normalise(s):
    s = s.replace("র\u200d্য", "\ue000")  # র‍্য (ra + ya-phala, not reph)
    s = s.replace("\u200c", "").replace("\u200d", "")
    s = s.replace("য\u09bc", "\u09df").replace("ড\u09bc", "\u09dc").replace("ঢ\u09bc", "\u09dd")
    s = s.replace("ে\u09be", "ো").replace("ে\u09d7", "ৌ")
    return s


def _cluster(cons):
    out, i, n = [], 0, len(cons)
    while i < n:
        for k in (3, 2):
            key = HASANTA.join(cons[i:i + k])
            if i + k <= n and key in CONJ:
                out.append(CONJ[key])
                i += k
                break
        else:
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
    s = _normalise(text)
    out, i, n = [], 0, len(s)
    while i < n:
        ch = s[i]
        if ch in CONS:
            cons = [ch]
            j = i + 1
            while j + 1 < n and s[j] == HASANTA and s[j + 1] in CONS:
                cons.append(s[j + 1])
                j += 2
            reph = False
            if len(cons) > 1 and cons[0] == "র":
                reph = True
                cons = cons[1:]
            pre = post = ""
            if j < n and s[j] in PRE:
                pre = PRE[s[j]]; j += 1
            elif j < n and s[j] in SPLIT:
                pre, post = SPLIT[s[j]]; j += 1
            elif j < n and s[j] in POST:
                post = POST[s[j]]; j += 1
            elif j < n and s[j] == HASANTA:
                post = "&"; j += 1
            out.append(pre + _cluster(cons) + ("©" if reph else "") + post)
            i = j
        elif ch == "\ue000":
            out.append("i¨"); i += 1
        elif ch == HASANTA:
            nxt = s[i + 1] if i + 1 < n else ""
            if nxt in PHALA:
                out.append(PHALA[nxt]); i += 2
            else:
                out.append("&"); i += 1
        elif ch in VOWELS:
            out.append(VOWELS[ch]); i += 1
        elif ch in OTHER:
            out.append(OTHER[ch]); i += 1
        elif ch in POST:
            out.append(POST[ch]); i += 1
        else:
            out.append(ch); i += 1
    return "".join(out)


if __name__ == "__main__":
    for w in ["নির্দেশ", "কার্যালয়", "শিক্ষক", "প্রধান শিক্ষক", "কম্পিউটার", "মন্ত্রণালয়",
              "উপজেলা নির্বাহী অফিসার", "বৈশাখ", "মৌলিক", "ছোট", "বিষয়ঃ", "স্কুলের"]:
        b = to_bijoy(w)
        b.encode("cp1252")
        print(w, b)
