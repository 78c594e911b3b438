ITEMS = []

def M(fam, svc, disp, lang, name, email, subj, body, note, **kw):
    d = dict(fam=fam, svc=svc, disp=disp, lang=lang, name=name, email=email,
             subj=subj, body=body.strip('\n') + '\n', note=note)
    d.update(kw)
    ITEMS.append(d)
    return d

def P(svc, lang, name, email, subj, body, note, **kw):
    return M('plain', svc, 'new', lang, name, email, subj, body, note, **kw)
