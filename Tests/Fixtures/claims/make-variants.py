#!/usr/bin/env python3
"""Writes the flawed claim fixtures: each is an example claim with one seeded defect.
Run from the repository root after changing an example: python3 Tests/Fixtures/claims/make-variants.py"""
import re, pathlib, yaml

af = pathlib.Path("Examples/associate-fellow-lifesci/claim.md").read_text()
sf = pathlib.Path("Examples/senior-fellow-art-design/claim.md").read_text()
out = pathlib.Path("Tests/Fixtures/claims")

def add_paragraph(text, paragraph, before="## Area 3"):
    i = text.index(before)
    return text[:i] + paragraph + "\n\n" + text[i:]

variants = {
    "legacy-k6.md": (add_paragraph(af, "This work also covers the quality assurance side of my role (K6)."), ["legacy-framework"]),
    "legacy-ukpsf.md": (add_paragraph(af, "I have mapped this account against the UKPSF, and it meets D1.ii in full."), ["legacy-framework"]),
    "first-person-we.md": (add_paragraph(af, "We redesigned the whole practical as a team and we were pleased with how it went."), ["first-person"]),
    "personal-data-email.md": (add_paragraph(af, "One student (j.smith@student.example.ac.uk) emailed afterwards to say the session had helped."), ["personal-data"]),
    "personal-data-named.md": (add_paragraph(af, "A student called Priya told me the photo cards made the streak plate far less daunting."), ["personal-data"]),
    "section-missing.md": (re.sub(r"# Context statement\n.*?(?=# Account)", "", af, flags=re.S), ["section-missing"]),
    "word-limit-over.md": (add_paragraph(af, "\n\n".join(p for p in af.split("\n\n") if len(p.split()) > 80)), ["word-limit"]),
    "citation-unmatched.md": (add_paragraph(af, "I also drew on research showing that feedback works best as a dialogue with the student (Boud and Molloy, 2013)."), ["citation-unmatched"]),
    "code-list.md": (add_paragraph(af, "V1, V3, K1, K2, K3, A2, A3, A4"), ["code-list"]),
    "unsupported-signpost.md": (add_paragraph(af, "I also order the consumables for the teaching labs each term (A3)."), ["dimension-unsupported"]),
    "descriptive.md": (add_paragraph(af, "Each week I set out the microscopes on the benches, put the slides in trays, lay out the immersion oil and lens tissue, and label each bench with its number. Then I check that the lamps work and the stages move freely. At the end of the session I put everything back in the cupboard, clean the lenses and tick the microscopes off on the sheet by the door of the teaching lab."), ["descriptive", "impact-missing"]),
    "recency.md": (add_paragraph(af, "In 2012 I first ran a demonstration of streak plating for a summer school, which showed me how much students value a slow first run (A2)."), ["recency"]),
    "dimension-missing.md": (af.replace("category: associate-fellow", "category: fellow"), ["dimension-missing"]),
    "case-studies-one.md": (re.sub(r"# Case study 2.*?(?=# References)", "", sf, flags=re.S), ["case-studies"]),
    "leadership-missing.md": (af.replace("category: associate-fellow", "category: senior-fellow")
                               .replace("# Account of professional practice", "# Reflective account of practice\n\nThis account is about my own teaching.\n\n# Case study 1: Chunked demonstrations")
                               .replace("## Area 3: Turning the pipetting sign-off into feedback", "# Case study 2: The pipetting sign-off"), ["leadership-missing"]),
}
expected = {}
for name, (text, rules) in variants.items():
    assert text != af and text != sf, name
    (out / name).write_text(text)
    expected[name] = rules
(out / "expected.yaml").write_text("# The findings each flawed fixture must produce (written by make-variants.py).\n" + yaml.safe_dump(expected, sort_keys=True))
print(f"wrote {len(variants)} fixtures")
