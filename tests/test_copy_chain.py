"""A copy of a copy (contract10 findings 1 and 2; Điều 25 of Nghị định 30/2020): a SAO Y and a
TRÍCH SAO are made of the bản gốc or bản chính, a SAO LỤC of a sao y. A SAO Y of a file that
carries a copy block stacked a second block in silence, and a TRÍCH SAO of a sao y kept the
SAO Y block certifying the whole letter over the extract (from a PDF chain both blocks were
dropped); each is refused now, naming the block found by its form word and number, and what
to do, and nothing is written nor numbered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from copy_originals import write_spec
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ntm_docgen import api
from ntm_docgen.cli.main import main

KH = {"loai": "KH", "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ",
                                "viet_tat": "SNV"}, "so": 7, "dia_danh": "Lạng Sơn",
      "ngay": "2026-03-05", "trich_yeu": "Tổ chức phong trào thi đua năm 2026",
      "noi_dung": "I. MỤC ĐÍCH\nPhát huy vai trò chủ thể.\nII. NỘI DUNG\nHọp triển khai.\n"
                  "III. TỔ CHỨC THỰC HIỆN\nCác xã thực hiện./.",
      "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Hoàng Văn Thái"},
      "noi_nhan": ["UBND tỉnh (b/c)"], "luu": "VT"}


def copy(runner, original: Path, spec: Path, out: Path, *extra: str):
    return runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o", str(out),
                                *extra])


def spec_of(folder: Path, hinh_thuc: str, so: int) -> Path:
    """The shared copy spec with its form and number (SY, SL, TrS share one series)."""
    path = write_spec(folder, hinh_thuc)
    path.write_text(path.read_text(encoding="utf-8").replace("so: 366", f"so: {so}"),
                    encoding="utf-8")
    return path


@pytest.fixture
def word_sao_y(runner, tmp_path) -> Path:
    original = tmp_path / "ke-hoach.docx"
    api.render(api.parse_spec(KH), original, today=date(2026, 3, 5))
    sao_y = tmp_path / "sao-y.docx"
    made = copy(runner, original, spec_of(tmp_path, "SAO Y", 12), sao_y)
    assert made.exit_code == 0, made.output
    return sao_y


@pytest.mark.parametrize(("hinh_thuc", "extra", "said"), [
    ("SAO Y", (), "is already a sao y: it carries a SAO Y block “Số: 12/SY-VP”, and a SAO Y "
                  "copies only the original (bản gốc or bản chính); a copy of a sao y is a SAO "
                  "LỤC: set hinh_thuc: SAO LỤC"),
    ("TRÍCH SAO", ("--trich", "III"), "is a copy: it carries a SAO Y block “Số: 12/SY-VP”, and "
                                      "a TRÍCH SAO is made only from the original (bản gốc or "
                                      "bản chính): ask the office that issued the letter"),
], ids=["sao-y-of-a-sao-y", "trich-sao-of-a-sao-y"])
@pytest.mark.parametrize("numbered", [False, True], ids=["plain", "allocate"])
def test_a_copy_of_a_word_sao_y_is_refused(runner, tmp_path, word_sao_y, hinh_thuc, extra,
                                           said, numbered):
    out = tmp_path / "lai.docx"
    db = tmp_path / "so-di.sqlite3"
    options = ("--allocate", "--db", str(db)) if numbered else ()
    refused = copy(runner, word_sao_y, spec_of(tmp_path, hinh_thuc, 13), out, *extra, *options)
    assert refused.exit_code == 1
    assert f"{word_sao_y.name}: {said}" in " ".join(refused.output.split())
    assert "Traceback" not in refused.output
    assert not out.exists()
    if numbered:  # refused before the register gives a number: none was made
        assert not db.exists()


def test_a_sao_luc_of_a_word_sao_y_is_made(runner, tmp_path, word_sao_y):
    out = tmp_path / "sao-luc.docx"
    made = copy(runner, word_sao_y, spec_of(tmp_path, "SAO LỤC", 13), out)
    assert made.exit_code == 0, made.output


def test_the_refusal_is_told_as_a_clerk_writes_it(runner, tmp_path, word_sao_y):
    refused = runner.invoke(main, ["--lang", "vi", "copy", str(word_sao_y), "--spec",
                                   str(spec_of(tmp_path, "SAO Y", 13)), "-o",
                                   str(tmp_path / "lai.docx")])
    assert refused.exit_code == 1
    assert ("đã là bản sao y: có phần SAO Y “Số: 12/SY-VP”, mà bản SAO Y chỉ sao từ bản gốc "
            "hoặc bản chính; sao lại bản sao y là SAO LỤC: hãy đặt hinh_thuc: SAO LỤC") \
        in " ".join(refused.output.split())


def pdf_letter(path: Path) -> Path:
    """A one-page letter typeset by another program (its text layer read, not OCR'd)."""
    from ntm_docgen.copies.pdfblock import face

    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont(face(), 12)
    lines = ["UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ", "Số: 07/KH-SNV",
             "Lạng Sơn, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "Triển khai phong trào thi đua",
             "I. MỤC ĐÍCH", "Phát huy vai trò chủ thể.", "II. NỘI DUNG", "Họp triển khai./.",
             "Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT.", "GIÁM ĐỐC", "Hoàng Văn Thái"]
    title = ("KẾ HOẠCH", "Triển khai phong trào thi đua")  # centred, bold, under the header
    y = 780.0
    for line in lines:
        canvas.setFont(face(bold=line in title), 12)
        if line in title:
            canvas.drawCentredString(A4[0] / 2, y, line)
        else:
            canvas.drawString(90, y, line)
        y -= 16 if line == title[0] else 22
    canvas.save()
    return path


@pytest.fixture
def pdf_chain(runner, tmp_path) -> tuple[Path, Path, Path]:
    """A PDF letter, its SAO Y (12/SY-VP), and a SAO LỤC of that (13/SL-VP)."""
    original = pdf_letter(tmp_path / "ke-hoach.pdf")
    sao_y, sao_luc = tmp_path / "sao-y.pdf", tmp_path / "sao-luc.pdf"
    assert copy(runner, original, spec_of(tmp_path, "SAO Y", 12), sao_y).exit_code == 0
    made = copy(runner, sao_y, spec_of(tmp_path, "SAO LỤC", 13), sao_luc)
    assert made.exit_code == 0, made.output
    return original, sao_y, sao_luc


@pytest.mark.parametrize(("source", "hinh_thuc", "extra", "said"), [
    (1, "SAO Y", (), "is already a sao y: it carries a SAO Y block “Số: 12/SY-VP”"),
    (2, "SAO LỤC", (), "is already a SAO LỤC: it carries a SAO Y block “Số: 12/SY-VP” and a "
                       "SAO LỤC block “Số: 13/SL-VP”, and no copy is made of a SAO LỤC"),
    (2, "SAO Y", (), "is already a SAO LỤC: it carries a SAO Y block “Số: 12/SY-VP” and a SAO "
                     "LỤC block “Số: 13/SL-VP”"),
    (2, "TRÍCH SAO", ("--trich", "II"), "is a copy: it carries a SAO Y block “Số: 12/SY-VP” and "
                                        "a SAO LỤC block “Số: 13/SL-VP”, and a TRÍCH SAO is "
                                        "made only from the original"),
    (1, "TRÍCH SAO", ("--trich", "II"), "is a copy: it carries a SAO Y block “Số: 12/SY-VP”"),
], ids=["sao-y-of-sao-y", "sao-luc-of-sao-luc", "sao-y-of-sao-luc", "trich-of-sao-luc",
        "trich-of-sao-y"])
def test_a_copy_of_a_pdf_copy_is_refused(runner, tmp_path, pdf_chain, source, hinh_thuc, extra,
                                         said):
    out = tmp_path / "lai.pdf"
    refused = copy(runner, pdf_chain[source], spec_of(tmp_path, hinh_thuc, 14), out, *extra)
    assert refused.exit_code == 1, refused.output
    assert f"{pdf_chain[source].name}: {said}" in " ".join(refused.output.split())
    assert not out.exists()


def test_a_trich_sao_of_a_pdf_letter_is_still_made(runner, tmp_path, pdf_chain):
    out = tmp_path / "trich.pdf"
    made = copy(runner, pdf_chain[0], spec_of(tmp_path, "TRÍCH SAO", 14), out, "--trich", "II")
    assert made.exit_code == 0, made.output


def test_an_electronic_sao_y_is_a_copy_too(runner, tmp_path):
    """The electronic copy's block (ô 14: the form, the copying body, the time) has no number:
    named so; its SAO LỤC is made, its SAO Y refused."""
    original = pdf_letter(tmp_path / "ke-hoach.pdf")
    stamped = tmp_path / "sao-y-dien-tu.pdf"
    made = copy(runner, original, spec_of(tmp_path, "SAO Y", 12), stamped, "--dien-tu")
    assert made.exit_code == 0, made.output
    refused = copy(runner, stamped, spec_of(tmp_path, "SAO Y", 13), tmp_path / "lai.pdf")
    assert refused.exit_code == 1
    assert "is already a sao y: it carries a SAO Y block with no Số line" in " ".join(
        refused.output.split())
    assert copy(runner, stamped, spec_of(tmp_path, "SAO LỤC", 13),
                tmp_path / "sl.pdf").exit_code == 0


def test_a_received_electronic_copy_s_one_line_is_a_copy_block(runner, tmp_path):
    """A received electronic copy writes ``SAO Y; <copying body>;`` in a signature field: a
    TRÍCH SAO of it is refused as of any copy."""
    received = tmp_path / "received.pdf"
    page = Canvas(str(received), pagesize=A4)
    for n in range(12):
        page.drawString(90, 700 - 20 * n, f"Noi dung ke hoach, dong {n + 1}.")
    page.acroForm.textfield(name="sao", value="SAO Y; UBND THANH PHO CAN THO;", x=300,
                            y=800, width=280, height=18, borderWidth=0)
    page.save()
    refused = copy(runner, received, spec_of(tmp_path, "TRÍCH SAO", 13), tmp_path / "t.pdf",
                   "--trich", "1-3")
    assert refused.exit_code == 1
    assert "is a copy: it carries a SAO Y block with no Số line" in " ".join(
        refused.output.split())


@pytest.mark.parametrize(("lines", "blocks"), [
    (["UBND TỈNH X", "VĂN PHÒNG", "SAO Y BẢN CHÍNH", "Số: 45/SY-VP"], [("SAO Y", "45/SY-VP")]),
    (["Trích sao", "Số: 3/TrS-UBND"], [("TRÍCH SAO", "3/TrS-UBND")]),
    (["Số: 08/TS-UBND"], [("TRÍCH SAO", "08/TS-UBND")]),
    (["SAO Y; UBND TỈNH X; 2026-03-06T10:00:00+07:00"], [("SAO Y", None)]),
    (["Số: 12/KH-UBND", "Sao y văn bản này gửi các xã."], []),
], ids=["old-sao-y-ban-chinh", "trich-sao-lower", "old-code-ts", "electronic-line",
        "a-letter-s-own-lines"])
def test_blocks_are_read_from_a_page_s_lines(lines, blocks):
    from ntm_docgen.copies.chain import blocks_in

    assert [(b.form, b.so) for b in blocks_in(lines)] == blocks


def test_a_letter_whose_text_shows_the_copy_forms_is_copied(runner, tmp_path):
    """A guidance on copies shows the forms in its text ("SAO Y", "Số: ..../SY-...", "TRÍCH
    SAO"), before its own Nơi nhận: no copy block is there, and its SAO Y was refused as "a
    TRÍCH SAO" (an independent review's finding)."""
    guidance = {**KH, "loai": "HD", "trich_yeu": "Hướng dẫn sao văn bản",
                "noi_dung": "1. Bản sao y ghi hình thức sao:\nSAO Y\nSố: ..../SY-...\n"
                            "2. Bản trích sao ghi:\nTRÍCH SAO\nCác cơ quan thực hiện./."}
    original = tmp_path / "huong-dan.docx"
    api.render(api.parse_spec(guidance), original, today=date(2026, 3, 5))
    made = copy(runner, original, spec_of(tmp_path, "SAO Y", 12), tmp_path / "sao-y.docx")
    assert made.exit_code == 0, made.output


def test_a_guidance_showing_the_forms_in_a_table_is_an_original(runner, tmp_path):
    """Hướng dẫn 36-HD/VPTW (vpubnd49/VBAI) lays out the Party's forms in a table whose row 14
    reads "Chỉ dẫn loại bản sao | In hoa | 14 | Đứng, đậm | SAO Y BẢN CHÍNH": an example in a
    table of data, not a copy block; its SAO Y was refused as a copy of a sao y."""
    from conftest import DATA

    original = DATA / "wordkinds" / "hd_2018_vptw_36.docx"
    made = copy(runner, original, spec_of(tmp_path, "SAO Y", 12), tmp_path / "sao-y.docx")
    assert made.exit_code == 0, made.output
    again = copy(runner, tmp_path / "sao-y.docx", spec_of(tmp_path, "SAO Y", 13),
                 tmp_path / "sao-y-2.docx")
    assert again.exit_code == 1 and "is already a sao y" in again.output
