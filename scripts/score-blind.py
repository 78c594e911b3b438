#!/usr/bin/env python3
"""Scores `sebadesk classify` (triage + classifier, nothing stored or sent) on a labelled set:
a folder of NNN.eml files with labels.tsv (file, service, disposition, lang, ack, family, note).

    scripts/score-blind.py SEBADESK_BINARY CONFIG DIR [DIR...]

Prints, per set: service accuracy on the new requests (overall and per language and family),
disposition accuracy, false acknowledgements (ack=no mails answered) and missed ones (ack=yes
mails not answered). A follow-up is "answered" when the classifier says ack; a held
acknowledgement (disposition new, ack false) counts as missed when the mail was a request.
`sebadesk classify`'s `ack` is true only for a new request, so a follow-up recognised as one
(it joins its ticket and the officer is told) counts as missed there; the second missed line
counts it as taken, and says how many such follow-ups there were.
"""
import csv, json, os, subprocess, sys
from collections import defaultdict

def run(binary, config, files):
    out = subprocess.run([binary, "--config", config, "classify", "--format", "json", *files],
                         capture_output=True, text=True, check=True).stdout
    return {os.path.basename(r["file"]): r for r in map(json.loads, out.splitlines())}

def pct(a, b):
    return f"{100.0 * a / b:5.1f} % ({a}/{b})" if b else "   n/a"

def score(binary, config, folder):
    labels = list(csv.DictReader(open(os.path.join(folder, "labels.tsv"), encoding="utf-8"), delimiter="\t"))
    got = run(binary, config, [os.path.join(folder, l["file"]) for l in labels])
    svc = defaultdict(lambda: [0, 0]); disp = [0, 0]; false_ack = []; missed = []; wrong = []
    for l in labels:
        g = got[l["file"]]
        want_svc = None if l["service"] == "none" else l["service"]
        disp[1] += 1; disp[0] += g["disposition"] == l["disposition"]
        if l["disposition"] == "new":
            ok = g["service"] == want_svc
            for key in ("all", "lang:" + l["lang"], "family:" + l.get("family", "-")):
                svc[key][1] += 1; svc[key][0] += ok
            if not ok: wrong.append((l["file"], l["lang"], l.get("family", "-"), want_svc, g["service"]))
        if l["ack"] == "no" and g["ack"]: false_ack.append((l["file"], l.get("family", "-"), l["disposition"], g["disposition"]))
        if l["ack"] == "yes" and not g["ack"]: missed.append((l["file"], l.get("family", "-"), g["disposition"], l["disposition"]))
    n_yes = sum(l["ack"] == "yes" for l in labels)
    print(f"== {folder}: {len(labels)} mails")
    print(f"service (new requests): {pct(*svc['all'])}")
    for k in sorted(svc):
        if k != "all": print(f"  {k:24} {pct(*svc[k])}")
    print(f"disposition: {pct(*disp)}")
    by_family = defaultdict(int)
    for x in false_ack: by_family[x[1]] += 1
    per = ", ".join(f"{k} {v}" for k, v in sorted(by_family.items()))
    print(f"false acknowledgements: {len(false_ack)}" + (f" (by family: {per})" if per else ""))
    by_family = defaultdict(int)
    for x in missed: by_family[x[1]] += 1
    per = ", ".join(f"{k} {v}" for k, v in sorted(by_family.items()))
    print(f"missed acknowledgements: {len(missed)} of {n_yes} ({100.0*len(missed)/max(n_yes,1):.1f} %)" + (f" (by family: {per})" if per else ""))
    joined = [x for x in missed if x[2] == "followup" and x[3] == "followup"]
    real = len(missed) - len(joined)
    print(f"  of which follow-ups recognised as such (they join their ticket): {len(joined)}; missed without them: {real} ({100.0*real/max(n_yes,1):.1f} %)")
    if os.environ.get("SHOW_ERRORS"):
        for x in false_ack: print("  false ack", *x)
        for x in missed: print("  missed", *x)
        for x in wrong: print("  service", *x)

if __name__ == "__main__":
    binary, config, *folders = sys.argv[1:]
    for f in folders: score(binary, config, f)
