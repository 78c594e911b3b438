"""Unicode Bangla -> Bijoy (SutonnyMJ ASCII) converter, written from memory of the
SutonnyMJ keyboard/font layout.  Handles pre-base vowel signs (ি ে ৈ, and the split
signs ো ৌ), reph (র্ + consonant -> '©' after the cluster), ra-/ya-/ba-phala and a table of
common conjunct glyphs; other conjuncts fall back to consonant + '&' (hasanta) + consonant."""

CONS = {
 'ক':'K','খ':'L','গ':'M','ঘ':'N','ঙ':'O','চ':'P','ছ':'Q','জ':'R','ঝ':'S','ঞ':'T',
 'ট':'U','ঠ':'V','ড':'W','ঢ':'X','ণ':'Y','ত':'Z','থ':'_','দ':'`','ধ':'a','ন':'b',
 'প':'c','ফ':'d','ব':'e','ভ':'f','ম':'g','য':'h','র':'i','ল':'j','শ':'k','ষ':'l',
 'স':'m','হ':'n','\u09dc':'o','\u09dd':'p','\u09df':'q',
}
INDEP = {'অ':'A','আ':'Av','ই':'B','ঈ':'C','উ':'D','ঊ':'E','ঋ':'F','এ':'G','ঐ':'H','ও':'I','ঔ':'J'}
MISC = {'ৎ':'r','ং':'s','ঃ':'t','ঁ':'u','।':'|','৳':'$',
        '০':'0','১':'1','২':'2','৩':'3','৪':'4','৫':'5','৬':'6','৭':'7','৮':'8','৯':'9'}
POST = {'া':'v','ী':'x','ু':'y','ূ':'~','ৃ':'…'}
PRE = {'ি':'w','ে':'‡','ৈ':'‰'}
SPLIT = {'ো':('‡','v'),'ৌ':('‡','Š')}
# conjunct glyphs (Unicode cluster without vowel sign -> SutonnyMJ)
CONJ = {
 'ক্ক':'°','ক্ট':'±','ক্ত':'³','ক্ষ':'¶','ক্স':'·','ক্র':'µ','ঙ্ক':'¼','ঙ্গ':'½',
 'চ্চ':'”P','চ্ছ':'”Q','জ্জ':'¾','জ্ঞ':'Á','ঞ্চ':'Â','ঞ্ছ':'Ã','ঞ্জ':'Ä','ট্ট':'Æ',
 'ড্ড':'Ç','ণ্ট':'È','ণ্ঠ':'É','ণ্ড':'Ê','ত্ত':'Ë','ত্থ':'Ì','ত্র':'Î','দ্দ':'Ï',
 'দ্ধ':'×','দ্ব':'Ø','দ্ম':'Ù','দ্র':'`ª','ন্ট':'Ü','ন্ঠ':'Û','ন্ড':'Ý','ন্ত':'š—',
 'ন্ত্র':'š¿','ন্থ':'š’','ন্দ':'›`','ন্ধ':'Ü','ন্ন':'bœ','ন্ম':'b¥','প্ট':'ß','প্ত':'à',
 'প্প':'á','প্ল':'cø','প্স':'â','ব্দ':'ä','ব্ধ':'å','ম্প':'¤ú','ম্ব':'¤^','ম্ভ':'¤¢',
 'ম্ম':'¤§','ল্প':'í','ল্ক':'é','ল্ট':'ë','ল্ড':'ì','ল্ল':'jø','শ্চ':'ð','ষ্ক':'®‹',
 'ষ্ট':'ó','ষ্ঠ':'ô','ষ্ণ':'ò','ষ্প':'®ú','স্ক':'¯‹','স্ট':'÷','স্ত':'¯—','স্থ':'¯’',
 'স্ত্র':'¯¿','স্প':'¯ú','স্ব':'¯^','স্ম':'¯§','স্ন':'¯œ','হ্ম':'þ','হ্ন':'ý',
 'ত্ম':'Z¥','ত্ব':'Z¡','জ্ব':'R¡','শ্ব':'k¦','ক্ল':'K¬','গ্ল':'Mø','ভ্র':'å',
}
CONJ['ন্ধ'] = 'Þ'
SPECIAL_VOWEL = {('গ','ু'):'¸',('র','ু'):'iæ',('র','ূ'):'iƒ',('শ','ু'):'ï',('হ','ু'):'û',('হ','ৃ'):'ü'}
PHALA = {'র':'Ö','য':'¨','ব':'¡','ল':'¬','ম':'¥','ন':'œ'}
H = '্'
NUKTA_FIX = {'\u09a1\u09bc':'\u09dc','\u09a2\u09bc':'\u09dd','\u09af\u09bc':'\u09df'}


def _norm(s):
    for a, b in NUKTA_FIX.items():
        s = s.replace(a, b)
    return s.replace('\u200c', '').replace('\u200d', '')


def _cluster_glyphs(cons):
    """cons: list of consonant chars of a conjunct (no reph). returns bijoy string"""
    s = H.join(cons)
    out = ''
    i = 0
    while i < len(cons):
        # longest conjunct match starting at i
        done = False
        for j in range(len(cons), i + 1, -1):
            key = H.join(cons[i:j])
            if key in CONJ:
                out += CONJ[key]
                i = j
                done = True
                break
        if done:
            continue
        c = cons[i]
        if i > 0 and c in PHALA:
            out += PHALA[c]
        elif i > 0:
            out += '&' + CONS[c]
        else:
            out += CONS[c]
        i += 1
    return out


def convert(text):
    t = _norm(text)
    out = []
    i, n = 0, len(t)
    while i < n:
        ch = t[i]
        if ch in CONS:
            reph = False
            cons = []
            # reph: র + ্ + consonant
            if ch == 'র' and i + 2 < n and t[i+1] == H and t[i+2] in CONS:
                reph = True
                i += 2
            cons.append(t[i]); i += 1
            while i + 1 < n and t[i] == H and t[i+1] in CONS:
                cons.append(t[i+1]); i += 2
            trailing_hasanta = False
            if i < n and t[i] == H:
                trailing_hasanta = True
                i += 1
            vs = ''
            if i < n and (t[i] in POST or t[i] in PRE or t[i] in SPLIT):
                vs = t[i]; i += 1
            if len(cons) == 1 and (cons[0], vs) in SPECIAL_VOWEL:
                g = SPECIAL_VOWEL[(cons[0], vs)]
                vs = ''
            else:
                g = _cluster_glyphs(cons)
            if trailing_hasanta:
                g += '&'
            r = '©' if reph else ''
            if vs in PRE:
                out.append(PRE[vs] + g + r)
            elif vs in SPLIT:
                a, b = SPLIT[vs]
                out.append(a + g + r + b)
            elif vs in POST:
                out.append(g + r + POST[vs])
            else:
                out.append(g + r)
        elif ch in INDEP:
            out.append(INDEP[ch]); i += 1
        elif ch in MISC:
            out.append(MISC[ch]); i += 1
        elif ch in POST:
            out.append(POST[ch]); i += 1
        elif ch in PRE:
            out.append(PRE[ch]); i += 1
        elif ch == H:
            out.append('&'); i += 1
        else:
            out.append(ch); i += 1
    return ''.join(out)


if __name__ == '__main__':
    for w in ['কম্পিউটার', 'শিক্ষক', 'প্রধান শিক্ষক', 'কর্মকর্তা', 'মেলান্দহ', 'ল্যাব', 'বিদ্যালয়', 'পোর্টাল', 'কৌশল', 'নোটিশ', 'গুরুত্বপূর্ণ', 'উদ্যোক্তা']:
        print(w, convert(w))
