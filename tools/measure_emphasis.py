"""Measure how a PDF's bold and italic come back as the body's markup (issue 15, contract §2).

    python tools/measure_emphasis.py [FILES] [-v]

Two measures:

* **Word and its PDF**: every ``.docx`` under FILES (the held-out sets rebuilt by
  ``tools/real_set.py``, one folder per set) is printed to PDF by LibreOffice and both are
  imported; the body's lines (``noi_dung`` and each phụ lục's) with a bold or italic part in the
  Word import are looked for, written alike, in the PDF import's body. It prints how many match,
  how many of them the PDF import reads as the same text (marks aside: the most that can
  match), and how many lines the PDF import marks that the Word import reads unmarked.
* **Specs round-tripped**: each example spec (``data/examples``) and the round trip's cases of
  body markup (``tests/roundtrip_cases.py``) rendered to PDF and imported back: a spec comes
  back when every body line it marks is read back so and no other line is read marked.

With ``-v`` each line missed or made up is printed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("NTM_DOCGEN_LANG", "en")


def body_lines(spec: dict[str, Any]) -> list[str]:
    """The body's lines of an imported spec, its phụ lục's after it."""
    texts = [spec.get("noi_dung") or ""]
    texts += [item.get("noi_dung") or "" for item in spec.get("phu_luc") or []
              if isinstance(item, dict)]
    return [line.strip() for text in texts for line in str(text).splitlines() if line.strip()]


def is_marked(line: str) -> bool:
    """The line prints a part bold or italic by its markup."""
    from ntm_docgen.letter.markup_line import read_pieces

    return not line.startswith("|") and any(b or i for _t, b, i in read_pieces(line))


def plain(line: str) -> str:
    """The text a body line prints, without its marks."""
    from ntm_docgen.letter.markup_line import read_pieces

    return "".join(t for t, _b, _i in read_pieces(line))


def compare(want: list[str], got: list[str], label: str,
            verbose: bool) -> tuple[int, int, int, int]:
    """(marked lines of ``want`` found in ``got``, marked lines of ``want``, of them those whose
    text ``got`` reads alike, marked lines of ``got`` whose text ``want`` reads unmarked)."""
    marked = [x for x in want if is_marked(x)]
    found = [x for x in marked if x in got]
    texts = {plain(x) for x in got}
    same = [x for x in marked if plain(x) in texts]
    unmarked = {plain(x) for x in want if not is_marked(x)}
    extra = [x for x in got if is_marked(x) and plain(x) in unmarked]
    if verbose:
        for line in same:
            if line not in found:
                print(f"  {label} missed: {line}")
        for line in extra:
            print(f"  {label} made up: {line}")
    return len(found), len(marked), len(same), len(extra)


def word_pairs(files: Path, verbose: bool) -> tuple[int, int, int, int]:
    from ntm_docgen.errors import DocgenError
    from ntm_docgen.files.pdf import convert
    from ntm_docgen.importer import import_letter

    match = total = same = extra = letters = 0
    with tempfile.TemporaryDirectory(prefix="pdfstyle-measure-") as tmp:
        for docx in sorted(files.glob("held_out*/*.docx")):
            out = Path(tmp) / docx.parent.name
            out.mkdir(exist_ok=True)
            try:
                convert([docx], out)
                word = import_letter(docx).spec
                pdf = import_letter(out / f"{docx.stem}.pdf").spec
            except DocgenError as e:
                print(f"{docx.parent.name}/{docx.name}: not measured: {str(e)[:80]}")
                continue
            a, b, s, c = compare(body_lines(word), body_lines(pdf), docx.name, verbose)
            letters += 1
            if b or c:
                print(f"{docx.parent.name}/{docx.name}: {a}/{b} marked lines alike "
                      f"({s} read alike as text), {c} made up")
            match, total, same, extra = match + a, total + b, same + s, extra + c
    return match, total, same, extra, letters


def specs_back(verbose: bool) -> tuple[int, int, int, int]:
    import roundtrip_cases as cases

    from ntm_docgen.api import parse_spec, render
    from ntm_docgen.importer import import_letter

    chosen = [(n, d) for n, d in cases.all_cases()
              if n in [p.stem for p in cases.EXAMPLES.glob("*.yaml")] or "dam-nghieng" in n]
    back = match = total = 0
    with tempfile.TemporaryDirectory(prefix="pdfstyle-specs-") as tmp:
        for name, data in chosen:
            written = render(parse_spec(data), Path(tmp) / f"{name}.docx",
                             today=date(2026, 6, 1), pdf=True)
            pdf = next(p for p in written if p.suffix == ".pdf")
            a, b, _s, c = compare(body_lines(data), body_lines(import_letter(pdf).spec), name,
                                  verbose)
            print(f"{name}: {a}/{b} marked lines back, {c} made up")
            back += a == b and c == 0
            match, total = match + a, total + b
    return back, len(chosen), match, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="?", type=Path, help="the held-out sets' files")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    from ntm_docgen.api import close_offices

    try:
        if args.files is not None:
            match, total, same, extra, letters = word_pairs(args.files, args.verbose)
            print(f"Word and its PDF: {match}/{total} marked lines alike in {letters} letters "
                  f"({same} of them read alike as text), {extra} marked where Word's is plain")
        back, cases, match, total = specs_back(args.verbose)
        print(f"specs round-tripped: {back}/{cases} whole, {match}/{total} marked lines back")
    finally:
        close_offices()
    return 0


if __name__ == "__main__":
    sys.exit(main())
