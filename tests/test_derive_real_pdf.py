"""derive from a real PDF guidance gives the draft its text gives (issue 15's done-when).

The guidance is Công văn 7432/UBND-XD of 21 July 2026, in which the UBND tỉnh Lào Cai sets its
departments and communes to implement Quyết định 1074/QĐ-BXD: a signed PDF exported from the
e-office system (two pages, the header and the signature in columns, a V/v of six lines, a
Kính gửi list), kept slim (tests/data/derive/real_pdf/provenance.tsv). Its text is the same
letter as a clerk types it. A commune derives each form from both. The PDF also prints some
lines bold, which a text cannot say: the drafts are compared with their marks set aside, and
the PDF's own (its numbered titles in bold) are looked for apart.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import FORMS, derive_file
from ntm_docgen.letter.markup_line import read_pieces

ROOT = Path(__file__).resolve().parent.parent
REAL = Path(__file__).resolve().parent / "data" / "derive" / "real_pdf"
PROFILE = ROOT / "data" / "profiles" / "xa-tan-thanh-lang-son.yaml"
TODAY, NGAY = date(2026, 11, 23), date(2026, 8, 5)


def _unmarked(spec: dict) -> dict:
    """The spec with its body printed as plain text: its bold and italic set aside."""
    return {**spec, "noi_dung": "\n".join("".join(t for t, _b, _i in read_pieces(line))
                                          for line in spec["noi_dung"].split("\n"))}


@pytest.mark.parametrize("form", FORMS)
def test_derive_from_the_real_pdf_is_derive_from_its_text(form: str) -> None:
    from_text = derive_file(REAL / "cv_2026_laocai_7432.txt", PROFILE, form, today=TODAY,
                            ngay=NGAY)
    from_pdf = derive_file(REAL / "cv_2026_laocai_7432.pdf", PROFILE, form, today=TODAY,
                           ngay=NGAY)
    assert _unmarked(from_pdf.spec) == from_text.spec
    assert from_pdf.warnings == from_text.warnings
    if form != "cong-van":  # the lines carried as the PDF prints them keep its bold, a line
        # derive changed too (its item "1." given to the levels mapped down)
        assert "**1. Công an tỉnh, các ban, ngành, đoàn thể xã và các thôn, tổ dân phố**" \
            in from_pdf.spec["noi_dung"].split("\n")


@pytest.mark.parametrize("form", ["huong-dan", "ke-hoach"])
def test_a_numbered_heading_stays_apart_from_the_paragraph_under_it(form: str) -> None:
    """``1. Công an tỉnh, ... các xã, phường`` (a heading with no full stop, wrapped over two
    printed lines) and ``Theo chức năng, ...`` under it: two paragraphs, from either file."""
    for name in ("cv_2026_laocai_7432.txt", "cv_2026_laocai_7432.pdf"):
        paragraphs = _unmarked(derive_file(REAL / name, PROFILE, form, today=TODAY,
                                           ngay=NGAY).spec)["noi_dung"].split("\n")
        heading = next(p for p in paragraphs if p.startswith("1. Công an tỉnh"))
        assert heading == "1. Công an tỉnh, các ban, ngành, đoàn thể xã và các thôn, tổ dân phố"
        assert paragraphs[paragraphs.index(heading) + 1].startswith("Theo chức năng, nhiệm vụ")


#: Kế hoạch 2144/KH-UBND of 2025 of the UBND thành phố Vũng Tàu, a signed PDF of 13 pages kept
#: slim, and its text as held_out_27 keeps it (benchmarks/derive_pdf_same.py: one of the 29
#: letters of 41 whose nine drafts are the same from the PDF and from the text)
VUNG_TAU = (REAL / "kh_2025_vungtau_2144.pdf",
            ROOT / "tests" / "data" / "letters" / "held_out_27" / "kh_2025_vungtau_2144.txt")
UNITS = {"xa-2026": ("xa-mau-son-2026.yaml", date(2026, 10, 1)),
         "so-2026": ("so-nnmt-lang-son-2026.yaml", date(2026, 10, 1)),
         "huyen-2024": ("huyen-cao-loc-2024.yaml", date(2024, 10, 1))}


@pytest.mark.parametrize("unit", UNITS)
def test_a_plan_of_thirteen_pages_gives_the_draft_its_text_gives(unit: str) -> None:
    profile, day = UNITS[unit]
    pdf, text = (derive_file(path, REAL.parent / profile, "ke-hoach", today=day, ngay=day)
                 for path in VUNG_TAU)
    assert _unmarked(pdf.spec) == text.spec
    assert pdf.spec["noi_dung"].count("\n") > 50  # the plan's body, carried down
