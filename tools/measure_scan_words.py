"""Measure `import` on the 65 scans of held_out_18 to 30 read as scans: fields and words right.

    python tools/measure_scan_words.py [--misses] [--json OUT]

Each scan's committed transcription is imported as ``tests/test_import_scan_accuracy.py``
imports it (page 1 read by OCR, so that the rules acting only on what OCR read act) and scored
against its truth as ``tests/test_import_accuracy.py`` scores a letter. Besides the fields
right, the words right in the long fields (the căn cứ, the body's first and last paragraphs,
the trích yếu, the Nơi nhận's items): the truth's words and the words read held against each
other (``difflib`` over the words, a list's items one after another), the words of the truth
found in their place summed over the 65 scans. ``--misses`` prints each field missed;
``--json`` writes each field's reading, to hold two runs against each other.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import difflib
import importlib.util
import json
import os
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("NTM_DOCGEN_LANG", "en")
LETTERS = ROOT / "tests" / "data" / "letters"
#: The long fields, where a word of many may be read wrong.
LONG = ("can_cu", "noi_dung_dau", "noi_dung_cuoi", "trich_yeu", "noi_nhan")


def _accuracy_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "import_accuracy", ROOT / "tests" / "test_import_accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _words(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [word for item in value for word in _words(item)]
    return str(value).split()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="print each field missed")
    parser.add_argument("--json", type=Path, help="write each field's reading to this file")
    args = parser.parse_args(argv)
    from ntm_docgen.importer import build, reading

    accuracy = _accuracy_module()
    real = reading.read_source
    build.read_source = lambda path: dataclasses.replace(real(path), ocr_pages=(1,))
    with (LETTERS / "scans_18_30.tsv").open(encoding="utf-8") as f:
        scans = [LETTERS / row["set"] / f"{row['letter']}.txt"
                 for row in csv.DictReader(f, delimiter="\t")]
    right = total = words_right = words = 0
    read: dict[str, Any] = {}
    for letter in scans:
        truth = yaml.safe_load(letter.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        spec = build.import_letter(letter).spec
        for where, want, found in accuracy._fields(truth, spec):
            key = f"{letter.parent.name}/{letter.stem}: {where}"
            want, found = accuracy._norm(want), accuracy._norm(found)
            read[key] = found
            total += 1
            right += want == found
            if want != found and args.misses:
                print(f"miss {key}")
            if where.split("[")[0].split(".")[0] in LONG:
                a, b = _words(want), _words(found)
                matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
                words_right += sum(block.size for block in matcher.get_matching_blocks())
                words += len(a)
    print(f"the 65 scans read as scans: fields {right}/{total} = {right / total:.1%}; "
          f"long fields' words {words_right}/{words} = {words_right / words:.2%}")
    if args.json:
        args.json.write_text(json.dumps(read, ensure_ascii=False, indent=1, default=str),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
