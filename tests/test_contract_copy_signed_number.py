"""A letter issued through an e-office system carries its number and day in the pictures of the
văn thư's signature fields, not in the page's text (Số: 7432 /UBND-XD of Lào Cai's công văn
7432, signed 21/7/2026): a copy of it is a copy of an issued letter, on the desk and on the
command line, not of a draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ntm_docgen import copies
from ntm_docgen.cli.main import main

SIGNED = Path(__file__).parent / "data" / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"
COPY_FORM = {"hinh_thuc": "SAO Y", "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP",
             "dia_danh": "Lạng Sơn", "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG",
             "ky.ho_ten": "Lê Văn Bình", "noi_nhan": ["Các sở, ban, ngành"], "dang": "pdf"}
COPY_SPEC = """hinh_thuc: SAO Y
co_quan: {ten: VĂN PHÒNG, viet_tat: VP}
dia_danh: Lạng Sơn
ngay: 2026-03-06
ky: {chuc_vu: CHÁNH VĂN PHÒNG, ho_ten: Lê Văn Bình}
noi_nhan: [Các sở, ban, ngành]
"""


@pytest.mark.parametrize("header_only", [False, True], ids=["whole-letter", "header-only"])
def test_the_number_a_signature_field_drew_is_read(header_only):
    assert copies.draft_number(SIGNED, header_only=header_only) is None
    copies.check_issued(SIGNED)  # not refused as a draft


def test_the_register_names_the_original_by_the_number_it_was_signed_with():
    assert copies.original_number(SIGNED) == f"số 7432/UBND-XD ({SIGNED.name})"


def test_a_fields_digit_reaching_over_the_slash_is_read():
    """The Viện's công văn 185 draws "185" in its field with the "5" over the "/" printed after
    it: the register named it "số 18/VKTQG-QLKH" when digits had to end before the slash."""
    signed = SIGNED.parent / "cv_2026_vktqg_185.pdf"
    assert copies.original_number(signed) == f"số 185/VKTQG-QLKH ({signed.name})"


def test_a_page_with_notes_but_no_form_has_no_drawn_number(tmp_path):
    """A page whose annotations are links, with no form: PDFium draws flat only a page with a
    form, so nothing is drawn and no number is read (it raised before)."""
    from reportlab.pdfgen import canvas

    from ntm_docgen.copies.pdftext import stamped_number

    path = tmp_path / "links.pdf"
    page = canvas.Canvas(str(path))
    page.drawString(72, 750, "Số: /UBND-VP")
    page.linkURL("https://example.org", (72, 700, 200, 720))
    page.save()
    assert stamped_number(path) is None


def test_the_desk_copies_a_letter_signed_with_its_number(client, csrf):
    answer = client.post("/sao", data={**COPY_FORM, "csrf_token": csrf},
                         files={"tep": (SIGNED.name, SIGNED.read_bytes())})
    assert answer.status_code == 200, answer.text
    assert "has no number yet" not in answer.text


def test_the_command_line_does_not_call_it_a_draft(tmp_path: Path):
    spec = tmp_path / "sao-y.yaml"
    spec.write_text(COPY_SPEC, encoding="utf-8")
    out = tmp_path / "ban-sao.pdf"
    result = CliRunner().invoke(main, ["copy", str(SIGNED), "--spec", str(spec), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "has no number yet" not in result.output
    assert out.is_file()
