"""`import` of a PDF reads its độ mật and độ khẩn marks (ô 10a, 10b; contract ``do_mat``,
``do_khan``) wherever the page puts them beside the header: stamped over the issuer at the top
of the page, or on the row of the number. The PDFs are printed here by LibreOffice from a letter
rendered without marks, the marks then typed into its Word file where those letters carry them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest

from ntm_docgen import api
from ntm_docgen.files.pdf import convert
from ntm_docgen.importer import import_letter, import_lines
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.reading import read_source

EXAMPLE = Path(__file__).parent.parent / "data" / "examples" / "cong-van-ubnd-tinh-kon-tum.yaml"


def _top(document: Any, mark: str) -> None:
    """The mark stamped over the header, in a paragraph of its own before the header table."""
    first = document.element.body[0]
    paragraph = document.add_paragraph()
    paragraph.add_run(mark).bold = True
    first.addprevious(paragraph._p)


def _beside_the_number(document: Any, mark: str) -> None:
    """The mark typed after the number on its row."""
    cell = next(p for t in document.tables for c in t._cells for p in c.paragraphs
                if p.text.strip().startswith("Số"))
    cell.add_run(f"   {mark}").bold = True


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    import yaml

    work = tmp_path_factory.mktemp("marks")
    spec = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    spec.pop("do_mat", None)
    spec.pop("do_khan", None)
    data = api.render_bytes(api.parse_spec(spec), today=date(2026, 11, 23))
    for name, place, mark in [("top-hoa-toc", _top, "HỎA TỐC"), ("top-khan", _top, "KHẨN"),
                              ("number-mat", _beside_the_number, "TỐI MẬT")]:
        path = work / f"{name}.docx"
        path.write_bytes(data)
        document = docx.Document(str(path))
        place(document, mark)
        document.save(str(path))
    convert(sorted(work.glob("*.docx")), work)
    return {p.stem: p for p in work.glob("*.pdf")}


@pytest.mark.parametrize(("name", "field", "value"), [
    ("top-hoa-toc", "do_khan", "HỎA TỐC"), ("top-khan", "do_khan", "KHẨN"),
    ("number-mat", "do_mat", "TỐI MẬT"),
], ids=["stamped-hoa-toc", "stamped-khan", "beside-the-number"])
def test_a_pdfs_mark_is_read(printed: dict[str, Path], name: str, field: str, value: str) -> None:
    result = import_letter(printed[name])
    spec = result.spec
    assert spec.get(field) == value
    assert " ".join(spec["co_quan"]["ten"].split()) == "ỦY BAN NHÂN DÂN TỈNH KON TUM"
    assert spec["ky_hieu"] == "UBND-KGVX"
    assert lost_lines(read_source(printed[name]).lines, spec, result.warnings) == []


HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n")
BODY = ("Kính gửi: Các sở, ban, ngành\nỦy ban nhân dân tỉnh đề nghị các cơ quan báo cáo.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n")
NUMBER, VV = "Số: 12/UBND-KGVX\n", "V/v tổng kết phong trào thi đua\n"
DATE = "Kon Tum, ngày 05 tháng 01 năm 2026\n"


@pytest.mark.parametrize("text", [
    HEAD + NUMBER + "KHẨN\n" + VV + DATE + BODY,
    HEAD + NUMBER + VV + "KHẨN " + DATE + BODY,
    HEAD + NUMBER + VV + DATE.rstrip() + " KHẨN\n" + BODY,
    HEAD + "Số: 12/UBND-KGVX KHẨN\n" + VV + DATE + BODY,
], ids=["between-number-and-vv", "before-the-date", "after-the-date", "after-the-number"])
def test_a_mark_on_a_row_of_the_header_as_a_pdf_gives_it(text: str) -> None:
    lines = text.splitlines()
    result = import_lines(lines)
    spec = result.spec
    assert spec.get("do_khan") == "KHẨN"
    assert (spec["so"], spec["ky_hieu"]) == (12, "UBND-KGVX")
    assert spec["trich_yeu"] == "tổng kết phong trào thi đua"
    assert spec["ngay"] == date(2026, 1, 5)
    assert lost_lines(lines, spec, result.warnings) == []
