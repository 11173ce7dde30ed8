"""Measure `import` on clerks' Word files against their printed text, feature by feature.

    python tools/measure_wordkinds.py DIR [--only NAME ...] [-v]

DIR holds the Word files of ``tests/data/wordkinds/provenance.tsv`` (rebuilt by
``tools/real_set.py``). For each file (a .doc or .odt through the .docx LibreOffice makes of
it) it counts what Word keeps apart from the text (list numbers drawn from numbering.xml,
tracked changes, comments, fields, text boxes, footnotes, a landscape section, a legacy font),
prints the file to PDF with LibreOffice and reads the printed lines with ``pdftotext -layout``,
imports it, and tells per file: printed pieces of text the spec lacks and no warning names
(``lost``), those a warning names (``told``), list numbers
the spec lacks (``numbers``), deleted or moved-away text the spec holds more often than the
text with its changes accepted does (``doubled``), comments
in the spec (``comments``), field codes in the spec (``codes``), footnotes neither in the spec
nor told (``notes``). A piece of the printed text is a run of it between wide gaps, four
letters at least; the Quốc hiệu, the Tiêu ngữ and page numbers are the template's, and the
Số, date, Nơi nhận, Lưu and Kính gửi lines the spec's fields write otherwise: none counted.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

os.environ.setdefault("NTM_DOCGEN_LANG", "en")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FEATURES = {"numPr": "<w:numPr", "ins": "<w:ins ", "del": "<w:del ", "move": "<w:moveFrom ",
            "comment": "commentReference", "field": "fldChar", "simple": "fldSimple",
            "textbox": "txbxContent", "footnote": "footnoteReference",
            "landscape": 'w:orient="landscape"'}
TEMPLATE = re.compile(r"cộnghòaxãhội|độclập|^-+$|^\d+$|^trang\d+")
#: Lines the spec holds as fields of their own, written otherwise: the Số line, the date line,
#: the Nơi nhận and Lưu lines, the Kính gửi's label.
FIELDS = re.compile(r"^(số|nơinhận|lưu|kínhgửi|vv)|ngày\S*tháng\S*năm")
CODES = re.compile(r"\b(MERGEFIELD|PAGE|NUMPAGES|TOC|HYPERLINK|REF|DATE|SEQ)\s+(\\|\"|[A-Z_]+)")


def squeeze(text: str) -> str:
    """Text compared without spaces, case, marks of punctuation: wraps and spacing aside."""
    text = unicodedata.normalize("NFC", text).lower().replace("hoà", "hòa").replace("uỷ", "ủy")
    return re.sub(r"[\W_]+", "", text)


def features(docx: Path) -> dict[str, int]:
    with zipfile.ZipFile(docx) as z:
        main = z.read("word/document.xml").decode("utf-8", "replace")
        fonts = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()
                        if n.endswith(("fontTable.xml", "styles.xml")))
    found = {k: main.count(v) for k, v in FEATURES.items() if main.count(v)}
    if ".Vn" in main or ".Vn" in fonts or "VNI-" in main:
        found["legacy"] = 1
    return found


def printed(path: Path, out: Path) -> list[str]:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out),
                    str(path)], capture_output=True, check=False, timeout=300)
    pdf = out / (path.stem + ".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          check=False).stdout.decode("utf-8", "replace")
    return text.splitlines()


def pieces(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        for piece in re.split(r"\s{3,}", line.strip()):
            if len(squeeze(piece)) >= 4 and not TEMPLATE.search(squeeze(piece)) \
                    and not FIELDS.search(squeeze(piece)):
                out.append(piece.strip())
    return out


def flat(value: object) -> str:
    if isinstance(value, dict):
        return "\n".join(flat(v) for v in value.values())
    if isinstance(value, list):
        return "\n".join(flat(v) for v in value)
    return "" if value is None else str(value)


def word_parts(docx: Path) -> dict[str, list[str]]:
    """The texts Word keeps apart: deleted and moved-away runs, comments, footnotes."""
    from lxml import etree

    found: dict[str, list[str]] = {"deleted": [], "comments": [], "footnotes": [],
                                   "accepted": []}
    with zipfile.ZipFile(docx) as z:
        root = etree.fromstring(z.read("word/document.xml"))
        found["accepted"].append("".join(
            t.text or "" for t in root.iter(W + "t")
            if not any(a.tag in (W + "del", W + "moveFrom") for a in t.iterancestors())))
        for gone in root.iter(W + "del", W + "moveFrom"):
            text = "".join(t.text or "" for t in gone.iter(W + "t", W + "delText"))
            if len(squeeze(text)) >= 4:
                found["deleted"].append(text)
        for member, key, tag in (("word/comments.xml", "comments", "comment"),
                                 ("word/footnotes.xml", "footnotes", "footnote")):
            if member in z.namelist():
                for note in etree.fromstring(z.read(member)).iter(W + tag):
                    if note.get(W + "type") in ("separator", "continuationSeparator"):
                        continue
                    text = "".join(t.text or "" for t in note.iter(W + "t"))
                    if squeeze(text):
                        found[key].append(text)
    return found


def measure(path: Path, work: Path, verbose: bool) -> dict[str, object]:
    from ntm_docgen.files import officein
    from ntm_docgen.importer import import_letter
    from ntm_docgen.importer.reading import _docx_body

    row: dict[str, object] = {"name": path.name}
    if path.suffix.lower() == ".docx":
        docx_ctx = None
        docx = path
    else:
        docx_ctx = officein.as_docx(path)
        docx = docx_ctx.__enter__()
    try:
        row["features"] = features(docx)
        parts = word_parts(docx)
        body, fonts, labels = _docx_body(docx)
        from ntm_docgen.importer.docxtext import paragraph_text
        numbered = [(label, paragraph_text(p, fonts)) for p, label in labels.items()]
    finally:
        if docx_ctx is not None:
            docx_ctx.__exit__(None, None, None)
    result = import_letter(path)
    spec = squeeze(flat(result.spec))
    told = squeeze(" ".join(str(w) for w in result.warnings))
    missing = [p for p in pieces(printed(path, work)) if squeeze(p) not in spec]
    lost = [p for p in missing if squeeze(p) not in told]
    numbers = [f"{label}{text[:30]}" for label, text in numbered
               if squeeze(text) and squeeze(label) and squeeze(text)[:40] in spec
               and squeeze(label + text)[:40] not in spec]
    row.update(lost=lost, told=[p for p in missing if p not in lost], numbers=numbers,
               doubled=[t for t in parts["deleted"] if spec.count(squeeze(t))
                        > squeeze(parts["accepted"][0]).count(squeeze(t))],
               comments=[t for t in parts["comments"] if squeeze(t)[:40] in spec],
               codes=CODES.findall(flat(result.spec)),
               notes=[t for t in parts["footnotes"]
                      if squeeze(t)[:40] not in spec and squeeze(t)[:40] not in told],
               footnotes=len(parts["footnotes"]), listed=len(numbered),
               warnings=len(result.warnings))
    if verbose:
        for key in ("lost", "numbers", "doubled", "comments", "codes", "notes"):
            for item in row[key]:  # type: ignore[attr-defined]
                print(f"    {key}: {item!r}"[:160])
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    files = sorted(p for p in args.folder.iterdir()
                   if p.suffix.lower() in (".docx", ".doc", ".odt", ".rtf"))
    if args.only:
        files = [p for p in files if p.name in args.only or p.stem in args.only]
    totals = dict.fromkeys(("lost", "told", "numbers", "doubled", "comments", "codes", "notes"), 0)
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            print(path.name, flush=True)
            try:
                row = measure(path, Path(tmp), args.verbose)
            except Exception as error:  # a file the import refuses is a result too
                print(f"  import refused: {error}")
                continue
            counts = {k: len(row[k]) for k in totals}  # type: ignore[arg-type]
            for key, count in counts.items():
                totals[key] += count
            print(f"  features {row['features']}; list paragraphs {row['listed']}, "
                  f"footnotes {row['footnotes']}, warnings {row['warnings']}")
            print("  " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print("total: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
