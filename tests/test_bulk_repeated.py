"""The same addressee twice in a bulk list (a row pasted twice) is told, never sent two letters
without a word: the command line warns naming both rows (and, each letter numbered from the
register, that it takes a number each); the desk's check table says it in the row's "Vấn đề",
rows numbered as the table numbers them, for a list typed on the page too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from desk_support import csrf_of, desk_client
from lxml import html

from ntm_docgen.cli.main import main

BULK = Path(__file__).resolve().parent / "data" / "bulk" / "cong_van.yaml"
#: Rows 2 and 4 name one commune, once by its abbreviation and spaced otherwise.
PEOPLE = ("kinh_gui,ghi_chu\nỦy ban nhân dân xã Tân Thành,a\nỦy ban nhân dân xã Hòa Bình,b\n"
          "UBND  xã Tân Thành,c\nỦy ban nhân dân xã Tân Tiến,d\n")
GIAY_MOI = """loai: GM
co_quan: {ten: ỦY BAN NHÂN DÂN XÃ LONG HẢI, viet_tat: UBND}
dia_danh: Long Hải
trich_yeu: Dự họp triển khai Kế hoạch Dân số năm 2026
noi_dung: Ủy ban nhân dân xã trân trọng kính mời dự họp.
ky: {chuc_vu: CHỦ TỊCH, ho_ten: Trần Văn Bảy}
"""


@pytest.mark.parametrize(("options", "said"), [
    ([], "danh-sach.csv: các dòng 2 và 4 cùng gửi “Ủy ban nhân dân xã Tân Thành”: nơi này sẽ "
         "nhận 2 văn bản; hãy xóa dòng bị lặp"),
    (["--so-rieng"], "các dòng 2 và 4 cùng gửi “Ủy ban nhân dân xã Tân Thành”: nơi này sẽ nhận "
                     "2 văn bản, mỗi văn bản lấy một số trong sổ"),
], ids=["draft", "numbered"])
def test_the_command_line_warns_of_an_addressee_given_twice(runner, tmp_path, options, said):
    people = tmp_path / "danh-sach.csv"
    people.write_text(PEOPLE, encoding="utf-8")
    db = ["--db", str(tmp_path / "so.sqlite3")] if options else []
    result = runner.invoke(main, ["--lang", "vi", "bulk", str(BULK), "--recipients", str(people),
                                  "-o", str(tmp_path / "thu"), *options, *db])
    assert result.exit_code == 0, result.output
    assert said in result.stderr, result.stderr
    assert result.stderr.count("cùng gửi") == 1  # Hòa Bình and Tân Tiến once each: no word


def test_a_list_without_a_repeated_addressee_says_nothing_of_it(runner, tmp_path):
    people = tmp_path / "danh-sach.csv"
    people.write_text("kinh_gui,ghi_chu\nỦy ban nhân dân xã Tân Thành,a\n"
                      "Ủy ban nhân dân xã Tân Tiến,b\n", encoding="utf-8")
    result = runner.invoke(main, ["--lang", "vi", "bulk", str(BULK), "--recipients", str(people),
                                  "-o", str(tmp_path / "thu")])
    assert result.exit_code == 0, result.output
    assert "cùng gửi" not in result.stderr


def _table(page: str) -> dict[str, str]:
    rows = html.fromstring(page).xpath("//table[@class='grid']//tr[td]")
    return {re.sub(r"\s+", " ", r.xpath("td[1]")[0].text_content()).strip():
            re.sub(r"\s+", " ", r.xpath("td[3]")[0].text_content()).strip() for r in rows}


@pytest.mark.parametrize("typed", [False, True], ids=["file", "typed"])
def test_the_desk_check_table_names_the_other_row(tmp_path, typed):
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client, "/hang-loat")
        if typed:  # the lines as typed: numbered 1, 2, 3 in the table
            sent = {"data": {"csrf_token": csrf, "go": "- UBND xã Đoàn Kết;\nUBND xã Quốc "
                             "Khánh.\nUBND xã Đoàn Kết\n"},
                    "files": {"mau": ("giay-moi.yaml", GIAY_MOI.encode())}}
        else:
            sent = {"data": {"csrf_token": csrf},
                    "files": {"mau": (BULK.name, BULK.read_bytes()),
                              "danh_sach": ("danh-sach.csv", PEOPLE.encode())}}
        answer = client.post("/hang-loat", follow_redirects=False, **sent)
        assert answer.status_code == 303, answer.text
        page = client.get(answer.headers["location"]).text
    table = _table(page)
    first, second, alone = ("1", "3", "2") if typed else ("2", "4", "3")
    assert table[first] == f"Trùng nơi nhận với dòng {second}: mỗi dòng là một văn bản gửi đến " \
                           "nơi này; hãy xóa dòng bị lặp.", table
    assert table[second].startswith(f"Trùng nơi nhận với dòng {first}:"), table
    assert table[alone] == "", table
    assert "cùng gửi" not in page  # said in the table, not again above it
    assert 'class="bad"' not in page  # a warning: the letters can still be written
