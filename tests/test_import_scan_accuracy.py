"""Field accuracy of the 65 scans of held_out_18 to 30 (issue 15: 85 % asked), their committed
transcriptions read as the scans they were read from: page 1 read by OCR, so that the rules
that act only on what OCR read act (``build.import_letter``: a căn cứ's citation, a word the
letter writes right elsewhere, the pen's number). ``tests/test_import_accuracy.py`` reads the
same transcriptions as text files.

Which letters are scans (``data/letters/scans_18_30.tsv``): the PDFs of those sets whose first
page ``pdfwords.read_pdf_text`` sends to OCR, found on the files ``tools/real_set.py``
restores from each set's provenance.tsv, with held_out_19's qd_2026_laocai_2338 and 26's
bb_2026_sct_namcang_pccc, whose repository could not be fetched (docs/accuracy.md)."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest
import yaml
from test_import_accuracy import _fields, _norm

from ntm_docgen.importer import build, reading
from ntm_docgen.importer.build import import_letter

LETTERS = Path(__file__).parent / "data" / "letters"
with (LETTERS / "scans_18_30.tsv").open(encoding="utf-8") as f:
    SCANS = [LETTERS / row["set"] / f"{row['letter']}.txt"
             for row in csv.DictReader(f, delimiter="\t")]
#: The figure reached (851/1066 on the transcriptions made when each set was made, December
#: 2026; 850/1066 once 63 of them were made again from their files with the reader of the day:
#: 1009's and Chỉ thị 11's Nơi nhận now take the seal's words, a reading left to mend, and
#: 46's day is read; 855/1066 with a word of a phrase the letter prints again, a capital it
#: writes small and a ký hiệu's code read with a letter no code writes set right by the letter's
#: own text; 858/1066 measured once 1053's and 985's Điều 1 were written as their pages print
#: it and Chỉ thị 11's seal was no Nơi nhận item; 860/1066 with a title the seal hid written
#: from the thẩm quyền line; 862/1066 with a day by hand the signing note holds read where
#: PP-OCR's looks disagree only by a digit lost or a day the note does not allow; 863/1066 with
#: 932's and 1139's names read again from the signer's half, each on its own; 865/1066 with
#: both; 866/1066 with 4552's Lưu read again from its zone cut alone; 868/1066 with 464's and
#: 999's Lưu read without the pen's count written after them; 869/1066 with Quảng Ngãi 53's
#: "Đức Phổ" and its closing ./. as its page reads them). Lowered only where the
#: transcriptions were made again, and said so.
FLOOR = 0.815


def test_the_list_names_65_scans_each_with_its_truth() -> None:
    assert len(SCANS) == len(set(SCANS)) == 65
    assert all(s.exists() and s.with_suffix(".expected.yaml").exists() for s in SCANS)


def test_the_scans_read_as_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    real = reading.read_source
    monkeypatch.setattr(build, "read_source",
                        lambda path: dataclasses.replace(real(path), ocr_pages=(1,)))
    right = total = 0
    misses = []
    for letter in SCANS:
        truth = yaml.safe_load(letter.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        spec = import_letter(letter).spec
        for where, want, found in _fields(truth, spec):
            total += 1
            if _norm(want) == _norm(found):
                right += 1
            else:
                misses.append(f"{letter.parent.name}/{letter.stem}: {where}")
    print(f"\nthe 65 scans read as scans: {right}/{total} = {right / total:.1%}")
    assert right / total >= FLOOR, "\n".join(misses)
