"""A SAO LỤC cites the number of the sao y it copies (Điều 25 of Nghị định 30, Phụ lục I): a
SAO LỤC of a sao y whose "Số:" line is blank or dotted (a sao y made with no number, never
issued as one) went through without a word, on the command line and the desk (an independent
review's finding 8). It is made, with a warning naming the block read. And the register's line
of a copy names the letter copied by its kind, number and trích yếu, as render's copy block
names its own letter; it named "số 07/KH-SNV (ke-hoach.docx)", the file's name."""

from __future__ import annotations

from datetime import date

import pytest
from desk_support import csrf_of, desk_client
from lxml import html
from test_copy_chain import KH, copy, pdf_letter, spec_of

from ntm_docgen import api

UNNUMBERED = "the sao y it copies has no number: it carries a SAO Y block whose Số line holds " \
             "no number (“Số: /SY-VP"
#: The register's line of a copy of KH (Kế hoạch số 07/KH-SNV).
NAMED = "Kế hoạch số 07/KH-SNV Tổ chức phong trào thi đua năm 2026"


def unnumbered_spec(folder, hinh_thuc: str):
    path = spec_of(folder, hinh_thuc, 1)
    path.write_text(path.read_text(encoding="utf-8").replace("so: 1\n", ""), encoding="utf-8")
    return path


def original_of(tmp_path, kind: str):
    original = tmp_path / f"ke-hoach.{kind}"
    if kind == "docx":
        api.render(api.parse_spec(KH), original, today=date(2026, 3, 5))
    else:
        pdf_letter(original)
    return original


def sao_y(runner, tmp_path, kind: str, numbered: bool):
    made = tmp_path / f"sao-y.{kind}"
    spec = spec_of(tmp_path, "SAO Y", 12) if numbered else unnumbered_spec(tmp_path, "SAO Y")
    done = copy(runner, original_of(tmp_path, kind), spec, made)
    assert done.exit_code == 0, done.output
    return made


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_sao_luc_of_an_unnumbered_sao_y_is_made_and_warned_of(runner, tmp_path, kind):
    source = sao_y(runner, tmp_path, kind, numbered=False)
    out = tmp_path / f"sao-luc.{kind}"
    made = copy(runner, source, spec_of(tmp_path, "SAO LỤC", 13), out)
    assert made.exit_code == 0, made.output
    said = " ".join(made.output.split())
    assert f"{source.name}: {UNNUMBERED}" in said
    assert "ask the office that made the sao y for the numbered one" in said
    assert out.exists()


def test_a_sao_luc_of_a_numbered_sao_y_is_not_warned_of(runner, tmp_path):
    source = sao_y(runner, tmp_path, "docx", numbered=True)
    made = copy(runner, source, spec_of(tmp_path, "SAO LỤC", 13), tmp_path / "sao-luc.docx")
    assert made.exit_code == 0, made.output
    assert "has no number" not in made.output


@pytest.mark.parametrize(("line", "blank"), [
    ("Số:      /SY-VP", "Số: /SY-VP"), ("Số: ..../SY-...", "Số: ..../SY-..."),
    ("Số: …/SY-VP  Lạng Sơn, ngày", "Số: …/SY-VP Lạng Sơn, ngày"), ("Số: 12/SY-VP", None),
], ids=["blank", "dotted", "ellipsis-then-date", "numbered"])
def test_a_blank_or_dotted_so_line_is_read_with_its_block(line, blank):
    from ntm_docgen.copies.chain import blocks_in

    found = blocks_in(["Nơi nhận:", "- Lưu: VT.", "VĂN PHÒNG", "SAO Y", line])
    assert [(b.form, b.blank) for b in found] == [("SAO Y", blank)]


def test_the_desk_shows_it_beside_the_copy(tmp_path, runner):
    source = sao_y(runner, tmp_path, "docx", numbered=False)
    form = {"hinh_thuc": "SAO LỤC", "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP",
            "dia_danh": "Lạng Sơn", "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG",
            "ky.ho_ten": "Nguyễn Đức Đăng", "noi_nhan": ["Các sở, ban, ngành"], "dang": "docx"}
    with desk_client(tmp_path / "desk", lang="vi") as c:
        answer = c.post("/sao", data={**form, "csrf_token": csrf_of(c, "/sao")},
                        files={"tep": (source.name, source.read_bytes())})
    assert answer.status_code == 200, answer.text
    page = html.fromstring(answer.text)
    assert page.get_element_by_id("copy-made") is not None
    warned = " ".join(" ".join(li.text_content().split())
                      for li in page.xpath('//ul[@class="warning"]/li'))
    assert "sao-y.docx: bản sao y được sao lục chưa có số: có phần SAO Y mà dòng Số chưa ghi " \
           "số (“Số: /SY-VP”)" in warned


def test_the_register_names_the_letter_copied(runner, tmp_path):
    original = original_of(tmp_path, "docx")
    db = tmp_path / "so-di.sqlite3"
    made = copy(runner, original, spec_of(tmp_path, "SAO Y", 1), tmp_path / "sy.docx",
                "--allocate", "--db", str(db))
    assert made.exit_code == 0, made.output
    with api.open_register(str(db)) as reg:
        assert [r.trich_yeu for r in reg.entries()] == [NAMED]


def test_the_desk_s_numbered_copy_names_the_letter_copied(tmp_path):
    original = original_of(tmp_path, "docx")
    form = {"hinh_thuc": "SAO Y", "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP",
            "dia_danh": "Lạng Sơn", "ngay": date.today().strftime("%d/%m/%Y"),
            "ky.chuc_vu": "CHÁNH VĂN PHÒNG", "ky.ho_ten": "Nguyễn Đức Đăng",
            "noi_nhan": ["Các sở, ban, ngành"], "dang": "docx", "cap_so": "1"}
    with desk_client(tmp_path / "desk", lang="vi") as c:
        answer = c.post("/sao", data={**form, "csrf_token": csrf_of(c, "/sao")},
                        files={"tep": ("upload-3f2a.docx", original.read_bytes())})
    assert answer.status_code == 200, answer.text
    with api.open_register(str(tmp_path / "desk" / "so-di.sqlite3")) as reg:
        assert [r.trich_yeu for r in reg.entries()] == [NAMED]
