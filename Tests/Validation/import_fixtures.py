#!/usr/bin/env python3
"""Word documents made by other software, read by `fellowship import` and `fellowship check` (run by `make test`).

python-docx writes documents the way Word users lay them out: heading styles, bold-only headings, an institution's
table-based form, tracked changes and comments. LibreOffice converts an HTML page and an OpenDocument file it is
given to .docx, and saves one of our own exports again. For each, `fellowship import` must find the sections, the
front matter and the text, and `fellowship check --json` must place every finding at a paragraph (¶N) whose text
starts with the quoted words, counted independently here from the document's XML.
Usage: python3 Tests/Validation/import_fixtures.py .build/debug/fellowship
"""
import json, os, re, shutil, subprocess, sys, tempfile, zipfile

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/fellowship")
failures = []
checks = 0
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        failures.append(message)
        print("FAIL", message)


def run(*args):
    return subprocess.run([binary, *args], capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100"})


def fold(text):
    return " ".join(text.split())


def paragraphs_with_text(path):
    """Every paragraph that holds text, in body order (table cells row by row), insertions kept and deletions
    dropped: an independent count of what fellowship calls ¶N."""
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    found = []
    for paragraph in root.find(W + "body").iter(W + "p"):
        parts = []
        for element in paragraph.iter():
            if any(ancestor.tag in (W + "del", W + "moveFrom") for ancestor in element.iterancestors()):
                continue
            if element.tag == W + "t":
                parts.append(element.text or "")
            elif element.tag in (W + "tab", W + "br", W + "cr"):
                parts.append(" ")
        text = fold("".join(parts))
        if text:
            found.append(text)
    return found


def front_matter(markdown):
    match = re.match(r"---\n(.*?)\n---\n", markdown, re.S)
    fields = {}
    for line in (match.group(1).splitlines() if match else []):
        key, _, value = line.partition(": ")
        fields[key] = value.strip('"')
    return fields


def verify(name, path, category=None, sections=(), subheadings=(), fields=None, texts=(), absent=(), lists=0, extra=()):
    """Imports and checks one document, asserting what a reader of it would expect."""
    options = ["--category", category] if category else []
    imported = run("import", path, *options, *extra)
    check(imported.returncode == 0, f"{name}: import failed: {imported.stderr.strip()}")
    markdown = imported.stdout
    headings = re.findall(r"^# (.+)$", markdown, re.M)
    for section in sections:
        check(section in headings, f"{name}: section heading {section!r} not found in {headings}")
    found_subheadings = re.findall(r"^##+ (.+)$", markdown, re.M)
    for heading in subheadings:
        check(heading in found_subheadings, f"{name}: subheading {heading!r} not found in {found_subheadings}")
    front = front_matter(markdown)
    for key, value in (fields or {}).items():
        check(front.get(key) == value, f"{name}: front matter {key} is {front.get(key)!r}, expected {value!r}")
    body = markdown.split("\n---\n", 1)[-1]
    for text in texts:
        check(text in body, f"{name}: text {text[:50]!r} missing from the imported claim")
    for text in absent:
        check(text not in body, f"{name}: {text[:50]!r} should not be in the claim")
    check(len(re.findall(r"^- ", body, re.M)) >= lists, f"{name}: expected at least {lists} list items")
    check("no sections were recognised" not in imported.stderr, f"{name}: sections not recognised: {imported.stderr.strip()}")

    result = run("check", path, "--json", *options)
    check(result.returncode in (0, 1), f"{name}: check exited {result.returncode}: {result.stderr.strip()}")
    report = json.loads(result.stdout or "{}")
    paragraphs = paragraphs_with_text(path)
    placed = [finding for finding in report.get("findings", []) if "paragraph" in finding]
    check(placed, f"{name}: no finding was placed at a paragraph")
    for finding in placed:
        number, excerpt = finding["paragraph"], finding.get("excerpt", "").rstrip("…")
        inside = 1 <= number <= len(paragraphs)
        check(inside and paragraphs[number - 1].startswith(fold(excerpt)),
              f"{name}: [{finding['rule']}] at ¶{number} quotes {excerpt!r}, but that paragraph reads "
              f"{paragraphs[number - 1][:40] if inside else '(none)'!r}")
    text = run("check", path, *options)
    check(re.search(r"\.docx:¶\d+ \(“[^”]+”\): (error|warning|note): \[", text.stdout) is not None,
          f"{name}: check's text output has no ¶ location: {text.stdout[:300]}")
    return markdown


work = tempfile.mkdtemp(prefix="fellowship-import-")

PROSE = [
    "I am the senior workshop technician in a school of engineering, where I run the machine workshop used by about 300 undergraduates a year.",
    "We all help students in the workshop, and we are proud of it.",
    "In 2023 I redesigned the lathe induction into three short demonstrations, each followed straight away by supervised practice (A1, A2).",
    "Failed sign-offs fell from 30% to 9% the next year, and students told me they felt safer on the machines (V3, K3).",
]
REFERENCES = ["Kolb, D.A. (1984) Experiential learning. Englewood Cliffs, NJ: Prentice Hall.",
              "Race, P. (2019) The lecturer's toolkit. 5th edn. Abingdon: Routledge."]

# 1. python-docx, Word's heading styles, a title, a title-block line, a bulleted list, a tab and a line break.
document = docx.Document()
document.core_properties.title = "Fellowship claim"
document.core_properties.author = "Alex Smith"
document.add_heading("Application for Fellowship (FHEA)", 0)
document.add_paragraph("Role: Senior Workshop Technician")
document.add_heading("Context statement", 1)
document.add_paragraph(PROSE[0])
document.add_paragraph(PROSE[1])
document.add_heading("Account of professional practice", 1)
document.add_heading("Area 1: lathe inductions", 2)
paragraph = document.add_paragraph(PROSE[2] + " ")
run_ = paragraph.add_run("I planned it with the module leader.")
run_.add_tab()
run_.add_text("It took a term.")
run_.add_break()
run_.add_text("It worked (A1).")
document.add_paragraph("the safety briefing", style="List Bullet")
document.add_paragraph("the first cut", style="List Bullet")
document.add_paragraph(PROSE[3])
document.add_heading("References", 1)
for reference in REFERENCES:
    document.add_paragraph(reference)
styles_path = os.path.join(work, "styles.docx")
document.save(styles_path)
verify("python-docx heading styles", styles_path,
       sections=["Context statement", "Account of professional practice", "References"], subheadings=["Area 1: lathe inductions"],
       fields={"title": "Application for Fellowship (FHEA)", "category": "fellow", "role": "Senior Workshop Technician",
               "applicant": "Alex Smith"},
       texts=[PROSE[0], "I planned it with the module leader. It took a term. It worked (A1).", REFERENCES[0]],
       absent=["Role:"], lists=2)

# 2. python-docx, no heading styles: bold-only lines as headings (a common template pattern).
document = docx.Document()
for heading, paragraphs in [("Context statement", PROSE[:2]), ("Account of practice", PROSE[2:]), ("References", REFERENCES)]:
    document.add_paragraph().add_run(heading).bold = True
    if heading == "Account of practice":
        document.add_paragraph().add_run("Area 2: feedback at the bench").bold = True
    for text in paragraphs:
        paragraph = document.add_paragraph()
        if text == PROSE[3]:
            paragraph.add_run("Failed sign-offs ").bold = True
            paragraph.add_run(text[len("Failed sign-offs "):])
        else:
            paragraph.add_run(text)
bold_path = os.path.join(work, "bold.docx")
document.save(bold_path)
verify("python-docx bold headings", bold_path, category="associate-fellow",
       sections=["Context statement", "Account of practice", "References"], subheadings=["Area 2: feedback at the bench"],
       fields={"category": "associate-fellow"}, texts=[PROSE[3]])


# 3. python-docx, an institution's table-based form: a cover table, then labels in the first column.
def header_row(row):
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:tblHeader"))


document = docx.Document()
document.add_heading("Senior Fellowship application form", 0)
cover = document.add_table(rows=0, cols=2)
for label, value in [("Name", "Sam Example"), ("Job title", "Technical Manager"), ("Category applied for", "Senior Fellow (SFHEA)")]:
    cells = cover.add_row().cells
    cells[0].text, cells[1].text = label, value
form = document.add_table(rows=0, cols=2)
cells = form.add_row().cells
cells[0].text, cells[1].text = "Section", "Your response"
header_row(form.rows[0])
GUIDANCE = "Describe your role, who you support and the context of your practice."
for label, answer in [("Context statement (up to 500 words)", PROSE[:2]), ("Reflective account of practice", PROSE[2:]),
                      ("Case study 1: leading the induction redesign", [PROSE[2]]), ("Case study 2: mentoring new technicians", [PROSE[3]]),
                      ("References", REFERENCES)]:
    cells = form.add_row().cells
    cells[0].text = label
    if label.startswith("Context"):
        cells[0].add_paragraph(GUIDANCE)
    cells[1].text = answer[0]
    for more in answer[1:]:
        cells[1].add_paragraph(more)
form_path = os.path.join(work, "form.docx")
document.save(form_path)
verify("python-docx table form", form_path,
       sections=["Context statement (up to 500 words)", "Reflective account of practice", "Case study 1: leading the induction redesign",
                 "Case study 2: mentoring new technicians", "References"],
       fields={"applicant": "Sam Example", "role": "Technical Manager", "category": "senior-fellow"},
       texts=[PROSE[0], PROSE[3], REFERENCES[1]], absent=[GUIDANCE, "Your response", "Job title"])

# 4. python-docx with tracked changes (crafted XML: python-docx has no API for them) and a comment.
document = docx.Document()
document.add_heading("Context statement", 1)
document.add_paragraph(PROSE[0])
document.add_heading("Account of practice", 1)
paragraph = document.add_paragraph("In 2023 I ")


def revision(tag, text, identifier):
    wrapper = OxmlElement(tag)
    wrapper.set(qn("w:id"), str(identifier))
    wrapper.set(qn("w:author"), "Jo Mentor")
    wrapper.set(qn("w:date"), "2025-01-10T10:00:00Z")
    run_element = OxmlElement("w:r")
    text_element = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    text_element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    text_element.text = text
    run_element.append(text_element)
    wrapper.append(run_element)
    return wrapper


paragraph._p.append(revision("w:del", "helped with ", 1))
paragraph._p.append(revision("w:ins", "designed and ran ", 2))
commented = paragraph.add_run("the new lathe induction for 120 first-year students (A1, A2).")
check(hasattr(document, "add_comment"), "python-docx 1.2 or later is needed for comments: python3 -m pip install -U python-docx")
if hasattr(document, "add_comment"):
    document.add_comment(commented, text="Say how you know it worked.", author="Jo Mentor", initials="JM")
document.add_paragraph(PROSE[1])
document.add_paragraph(PROSE[3])
tracked_path = os.path.join(work, "tracked.docx")
document.save(tracked_path)
verify("python-docx tracked changes and a comment", tracked_path, category="fellow",
       sections=["Context statement", "Account of practice"],
       texts=["In 2023 I designed and ran the new lathe induction for 120 first-year students (A1, A2)."],
       absent=["helped with", "Say how you know"])
kept = run("import", tracked_path, "--category", "fellow", "--keep-comments")
check(kept.returncode == 0 and "<!-- Comment from Jo Mentor: Say how you know it worked. -->" in kept.stdout,
      f"tracked: --keep-comments did not keep the comment: {kept.stdout[-400:]}")

# 5 and 6. LibreOffice: an HTML page and an OpenDocument text file it is given, each converted to .docx.
office = shutil.which("soffice") or shutil.which("libreoffice") or next(
    (path for path in ["/Applications/LibreOffice.app/Contents/MacOS/soffice"] if os.path.exists(path)), None)
check(office is not None, "LibreOffice (soffice) is not installed: run `make system-deps` (Debian: libreoffice-writer-nogui)")
html_path = os.path.join(work, "page.html")
with open(html_path, "w", encoding="utf-8") as f:
    f.write("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>My fellowship claim</title></head><body>"
            "<h1>Context statement</h1>" + "".join(f"<p>{text}</p>" for text in PROSE[:2])
            + "<h1>Account of professional practice</h1><h2>Area 1: lathe inductions</h2>"
            + "<ul><li>the safety briefing</li><li>the first cut</li></ul>" + "".join(f"<p>{text}</p>" for text in PROSE[2:])
            + "<table><tr><td>Sign-offs 2022</td><td>30% failed</td></tr></table>"
            + "<h1>References</h1>" + "".join(f"<p>{text}</p>" for text in REFERENCES) + "</body></html>")
odt_path = os.path.join(work, "draft.odt")
ODT = "urn:oasis:names:tc:opendocument:xmlns"
content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{ODT}:office:1.0" '
           f'xmlns:text="{ODT}:text:1.0" office:version="1.2"><office:body><office:text>'
           '<text:h text:style-name="Heading_20_1" text:outline-level="1">Context statement</text:h>'
           + "".join(f"<text:p>{text}</text:p>" for text in PROSE[:2])
           + '<text:h text:style-name="Heading_20_1" text:outline-level="1">Account of practice</text:h>'
           '<text:h text:style-name="Heading_20_2" text:outline-level="2">Area 1: lathe inductions</text:h>'
           '<text:list><text:list-item><text:p>the safety briefing</text:p></text:list-item>'
           '<text:list-item><text:p>the first cut</text:p></text:list-item></text:list>'
           + f"<text:p>{PROSE[2]}<text:tab/>More after a tab.<text:line-break/>And after a break.</text:p><text:p>{PROSE[3]}</text:p>"
           + "</office:text></office:body></office:document-content>")
manifest = (f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="{ODT}:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
with zipfile.ZipFile(odt_path, "w") as package:
    package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
    package.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    package.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
# 7. Our own export, opened and saved again by LibreOffice, as a mentor editing it would.
example = "Examples/senior-fellow-art-design/claim.md"
ours_path = os.path.join(work, "ours.docx")
result = run("export", example, "--format", "docx", "--out", ours_path)
check(result.returncode == 0, f"export of {example} failed: {result.stderr}")
if office:
    # One LibreOffice run converts all three; it exits 0 even when a conversion fails, so each output is looked for.
    converted = os.path.join(work, "converted")
    subprocess.run([office, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", converted, html_path, odt_path, ours_path],
                   capture_output=True, timeout=300)
    html_docx, odt_docx = os.path.join(converted, "page.docx"), os.path.join(converted, "draft.docx")
    resaved = os.path.join(converted, "ours.docx")
    check(os.path.exists(html_docx), "LibreOffice did not convert the HTML page to .docx")
    check(os.path.exists(odt_docx), "LibreOffice did not convert the OpenDocument file to .docx")
    check(os.path.exists(resaved), "LibreOffice did not save our export again")
    if os.path.exists(resaved):
        before, after = run("import", ours_path), run("import", resaved)
        check(before.returncode == 0 and before.stdout == after.stdout,
              f"our export re-saved by LibreOffice imports differently: {after.stderr or after.stdout[:300]}")
        counts = [json.loads(run("check", path, "--json").stdout or "{}").get("words", {}).get("total") for path in (example, resaved)]
        check(counts[0] is not None and counts[0] == counts[1], f"word counts differ after LibreOffice: {counts}")
    if os.path.exists(html_docx):
        verify("LibreOffice from HTML", html_docx, category="fellow",
               sections=["Context statement", "Account of professional practice", "References"],
               subheadings=["Area 1: lathe inductions"], fields={"title": "My fellowship claim"},
               texts=[PROSE[0], PROSE[3], "Sign-offs 2022", REFERENCES[0]], lists=2)
    if os.path.exists(odt_docx):
        verify("LibreOffice from OpenDocument", odt_docx, category="fellow",
               sections=["Context statement", "Account of practice"], subheadings=["Area 1: lathe inductions"],
               texts=[PROSE[2] + " More after a tab. And after a break.", PROSE[3]], lists=2)

# The .odt itself, a PDF and a renamed text file are refused with a plain message, exit 2.
for path, words in [(odt_path, "OpenDocument text file (.odt)")]:
    result = run("check", path, "--category", "fellow")
    check(result.returncode == 2 and words in result.stderr and "hint:" in result.stderr, f"{path}: not refused plainly: {result.stderr}")
renamed = os.path.join(work, "renamed.docx")
with open(renamed, "w") as f:
    f.write("Context statement\n\nI run inductions.\n")
result = run("import", renamed)
check(result.returncode == 2 and "holds plain text" in result.stderr, f"renamed .txt: {result.stderr}")

if os.environ.get("KEEP_FIXTURES"):
    print("fixtures kept in", work)
else:
    shutil.rmtree(work, ignore_errors=True)
print(f"import_fixtures: {checks - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
