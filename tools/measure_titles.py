"""List the signers' titles (chức vụ) wider than the signature's cell, and their lines.

    python tools/measure_titles.py [--pdf DIR]

The titles are every ``chuc_vu`` of data/examples, tests/roundtrip_cases.py's letters,
tests/data/**/*.yaml (the truths of real letters among them), data/profiles and the titles of
data/chuc_danh.yaml. For each title wider than the cell at the signature's size (14 pt bold,
Times New Roman widths) it prints its width, where it came from and the lines the letter
writes (letter/context.py ``title_lines``); with ``--pdf`` it renders a Quyết định with a SAO Y
block signed with that title into DIR, converts it with LibreOffice and prints the lines of the
signature's column as ``pdftotext -layout`` reads them, and whether a line ends inside a word
(vietnamese/words.py ``bonds``).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def _titles(data: Any, where: str, out: list[tuple[str, str]]) -> None:
    """Every ``chuc_vu`` under ``data``, with the file it came from."""
    if isinstance(data, list):
        for item in data:
            _titles(item, where, out)
    elif isinstance(data, dict):
        if isinstance(data.get("chuc_vu"), str) and data["chuc_vu"].strip():
            out.append((data["chuc_vu"], where))
        for value in data.values():
            _titles(value, where, out)


def collect() -> list[tuple[str, str]]:
    import roundtrip_cases

    out: list[tuple[str, str]] = []
    files = [*sorted((ROOT / "data" / "examples").glob("*.yaml")),
             *sorted((ROOT / "data" / "profiles").glob("*.yaml")),
             *sorted((ROOT / "tests" / "data").glob("**/*.yaml"))]
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError, ValueError):
            continue  # the bad specs of the validation tests
        _titles(data, str(path.relative_to(ROOT)), out)
    for name, data in roundtrip_cases.all_cases():
        _titles(data, f"roundtrip {name}", out)
    chuc_danh = yaml.safe_load((ROOT / "data" / "chuc_danh.yaml").read_text(encoding="utf-8"))
    out += [(title, "data/chuc_danh.yaml") for title in chuc_danh["chuc_danh"]]
    return out


def pdf_lines(title: str, out: Path) -> list[str]:
    """The signature column's lines of a Quyết định and its SAO Y block signed ``title``."""
    from roundtrip_cases import of_type

    from ntm_docgen.api import parse_spec, render

    data = of_type("QĐ", "quyet_dinh")
    ky = {"quyen_han": ["TL. CHỦ TỊCH"], "chuc_vu": title, "ho_ten": "Trần Thị Thanh Hương"}
    data.update(ky=ky, ban_sao={"hinh_thuc": "SAO Y", "dia_danh": "Lạng Sơn",
                                "co_quan": {"ten": "VĂN PHÒNG", "viet_tat": "VP"}, "ky": ky,
                                "noi_nhan": ["Sở Nội vụ"], "luu": "NC"})
    written = render(parse_spec(data), out, today=date(2026, 6, 1), pdf=True, force=True)
    text = subprocess.run(["pdftotext", "-layout", str(written[-1]), "-"], capture_output=True,
                          text=True, check=True).stdout
    words = set(title.upper().split())
    column = [re.split(r"\s{2,}", line.strip())[-1] for line in text.splitlines()]
    return [x for x in column if x and set(x.split()) <= words]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=Path, help="render each wide title to PDF in this folder")
    args = parser.parse_args(argv)
    from ntm_docgen.letter import layout_rules as L
    from ntm_docgen.letter.context import title_lines
    from ntm_docgen.letter.fit import text_width
    from ntm_docgen.vietnamese.text import upper_vi
    from ntm_docgen.vietnamese.words import WORD, bonds

    found = collect()
    places: dict[str, list[str]] = {}
    for title, where in found:
        places.setdefault(upper_vi(" ".join(title.split())), []).append(where)
    cell = L.SIGNATURE_CELL_TEXT
    print(f"{len(found)} titles, {len(places)} distinct; the signature's cell holds {cell} "
          f"twips of text at {L.SIZE_CHU_KY} pt bold")
    for n, (title, where) in enumerate(sorted(places.items(),
                                              key=lambda x: -text_width(x[0], L.SIZE_CHU_KY))):
        width = text_width(title, L.SIZE_CHU_KY)
        if width <= cell:
            break
        print(f"{width / cell:4.0%} {title}  ({len(where)}: {where[0]})")
        print("     written: " + " / ".join(title_lines(title)))
        if args.pdf:
            args.pdf.mkdir(parents=True, exist_ok=True)
            lines = pdf_lines(title, args.pdf / f"title-{n}.docx")
            kinds = bonds(" ".join(lines[:len(title_lines(title))]))
            ends = [len(" ".join(lines[:i + 1]).split()) - 1
                    for i in range(len(title_lines(title)) - 1)]
            inside = any(end < len(kinds) and kinds[end] == WORD for end in ends)
            print("     printed: " + " / ".join(lines) + ("  (inside a word)" if inside else ""))
    if args.pdf:
        from ntm_docgen.api import close_offices

        close_offices()
    return 0


if __name__ == "__main__":
    sys.exit(main())
