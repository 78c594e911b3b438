"""Build /work/set-c: NNN.eml, NNN.unicode.txt (bijoy), labels.tsv.
Deterministic: fixed module order, fixed shuffle seed, no clock, no randomness
outside random.Random(SEED)."""
import hashlib
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import spec  # noqa: E402
import plain_web, plain_enothi, plain_lab, plain_ict, plain_udc  # noqa: E402,E401
import fam_bijoy, fam_badbangla, fam_misleading, fam_scam  # noqa: E402,E401
import fam_followup, fam_autoreply, fam_arf  # noqa: E402,E401
from hdr_variants import VARIANTS  # noqa: E402

OUT = os.path.dirname(HERE)
SEED = 20261207
MODULES = [plain_web, plain_enothi, plain_lab, plain_ict, plain_udc, fam_bijoy, fam_badbangla,
           fam_misleading, fam_scam, fam_followup, fam_autoreply, fam_arf]


def main():
    mails = []
    for mod in MODULES:
        mails.extend(mod.MAILS)
    used = set()
    for m in mails:
        if m["note"] in VARIANTS:
            m["kw"].update(VARIANTS[m["note"]])
            used.add(m["note"])
    assert used == set(VARIANTS), set(VARIANTS) - used
    random.Random(SEED).shuffle(mails)
    # remove old output
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f.endswith(".unicode.txt"):
            os.remove(os.path.join(OUT, f))
    rows = ["file\tservice\tdisposition\tlang\tack\tfamily\tnote"]
    for i, m in enumerate(mails, 1):
        kw = m["kw"]
        if m["family"] == "bijoy":
            kw.setdefault("name_mode", "B")
        if m["family"] == "followup-quoted" and "day" not in kw:
            kw["day"] = 8 + int(hashlib.md5(m["note"].encode()).hexdigest(), 16) % 23
        name = "%03d.eml" % i
        data = spec.render(m, i)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        if kw.get("unicode_txt"):
            with open(os.path.join(OUT, "%03d.unicode.txt" % i), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(kw["unicode_txt"])
        for col in ("note",):
            assert "\t" not in m[col] and "\n" not in m[col]
        rows.append("\t".join([name, m["service"], m["disposition"], m["lang"], m["ack"],
                               m["family"], m["note"]]))
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote", len(mails), "mails")


if __name__ == "__main__":
    main()
