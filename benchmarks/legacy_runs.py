"""How the runs set in an old font (TCVN3 ``.VnTime``, VNI ``VNI-Times``) of real Word letters
are read: converted from the old encoding, or kept as typed in Unicode, by ``check`` (its
reader) and by ``import`` and ``derive`` (importer/docxtext.py).

    python benchmarks/legacy_runs.py [-v] [--out FILE] FOLDER...

Each .docx, .doc, .rtf or .odt of the folders (a .doc through LibreOffice, once: the .docx made
is kept in ``FOLDER/.docx``) that has a run of text in an old font is listed with its counts;
``-v`` prints each paragraph with its runs in an old font, the reading check gives it (``OLD``
converted, ``UNI`` as typed) and the text so read; ``--out`` writes every run's reading, one a
line, to compare two versions of the readers.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ntm_docgen.check.reader import legacy_font, open_docx  # noqa: E402
from ntm_docgen.errors import InputFileError  # noqa: E402
from ntm_docgen.files import officein  # noqa: E402
from ntm_docgen.files.wordfile import open_word  # noqa: E402
from ntm_docgen.importer import legacy as import_legacy  # noqa: E402
from ntm_docgen.importer.reading import _has_styles  # noqa: E402
from ntm_docgen.vietnamese.legacy import encoding_of_font, to_unicode  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def as_docx(path: Path) -> Path:
    """``path``, or the .docx LibreOffice makes of it, kept beside it in ``.docx``."""
    if path.suffix.lower() == ".docx":
        return path
    kept = path.parent / ".docx" / f"{path.name}.docx"
    if not kept.exists():
        kept.parent.mkdir(exist_ok=True)
        with officein.as_docx(path) as made:
            shutil.copyfile(made, kept)
    return kept


def check_readings(docx: Path) -> list[tuple[int, str, str, str]]:
    """(paragraph, OLD or UNI, typed, read) of each run check reads in an old font."""
    out = []
    for para in open_docx(docx).paras:
        for run in para.runs:
            if run.text.strip() and legacy_font(run.props):
                out.append((para.index, "OLD" if run.typed else "UNI",
                            run.typed or run.text, run.text))
    return out


def import_readings(docx: Path) -> list[tuple[str, str]]:
    """(OLD or UNI, text) of each run import reads in an old font."""
    document = open_word(docx)
    styles = document.part._styles_part.element if _has_styles(document) else None
    fonts = import_legacy.RunFonts(styles)
    out = []
    for p in document.element.body.iter(W + "p"):
        for run in p.iter(W + "r"):
            if next(run.iterancestors(W + "p")) is not p:
                continue
            text = "".join(t.text or "" for t in run.iter(W + "t"))
            font = fonts.font(run, p)
            if not text.strip() or not encoding_of_font(font):
                continue
            if hasattr(fonts, "legacy"):  # the paragraph's reading, once decided so
                found = fonts.legacy(run, p)
                read = to_unicode(text, *found) if found else text
            else:  # each text node on its own
                read = to_unicode(text, encoding_of_font(font) or "", font or "")
            out.append(("OLD" if read != text else "UNI", text))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("-v", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    lines, totals = [], [0, 0, 0, 0]
    print("letter | check: old, unicode | import: old, unicode")
    for folder in args.folders:
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in (".docx", *officein.SUFFIXES):
                continue
            try:
                docx = as_docx(path)
            except InputFileError as refused:  # empty, locked, or another kind under .doc
                print(f"{path.name} | refused: {refused}")
                continue
            checked, imported = check_readings(docx), import_readings(docx)
            if not checked and not imported:
                continue
            counts = [sum(r[1] == "OLD" for r in checked), sum(r[1] == "UNI" for r in checked),
                      sum(r[0] == "OLD" for r in imported), sum(r[0] == "UNI" for r in imported)]
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            print(f"{path.name} | {counts[0]}, {counts[1]} | {counts[2]}, {counts[3]}")
            last = -1
            for index, how, typed, read in checked:
                lines.append(f"{path.name}\tcheck\t{index}\t{how}\t{typed!r}")
                if args.v:
                    if index != last:
                        print(f"  [{index}]")
                        last = index
                    print(f"    {how} {typed!r} -> {read!r}" if how == "OLD" else
                          f"    {how} {typed!r}")
            lines.extend(f"{path.name}\timport\t{how}\t{text!r}" for how, text in imported)
    print(f"all | {totals[0]}, {totals[1]} | {totals[2]}, {totals[3]}")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
