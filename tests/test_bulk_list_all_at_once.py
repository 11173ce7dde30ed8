"""A bulk list's mistakes told in one run (contract7 items 17 and 18): text no named column
takes, a placeholder no column fills and the rows that make no letter together, where a clerk
learnt them one kind a run; and a row whose empty cell would cut the trích yếu, the Kính gửi,
the signer or another element of the letter refused with the others, a sentence of the body
only warned of."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main

SPEC = """loai: CV
co_quan: {chu_quan: UBND TỈNH LẠNG SƠN, ten: SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG, viet_tat: SNNMT}
don_vi: PTNT
so: 5
dia_danh: Lạng Sơn
ngay: 2025-10-01
trich_yeu: Đôn đốc báo cáo kết quả xây dựng nông thôn mới của {{ ten_don_vi }}
noi_dung: |
  Sở Nông nghiệp và Môi trường đề nghị {{ kinh_gui }} báo cáo trước ngày {{ han }}.
  Ghi chú: {{ ghi_chu }}. Liên hệ: {{ lien_he }}./.
ky: {quyen_han: [KT. GIÁM ĐỐC], chuc_vu: PHÓ GIÁM ĐỐC, ho_ten: Hoàng Văn Nam}
noi_nhan: [Giám đốc Sở (b/c)]
luu: VT, PTNT
"""
#: Four mistakes of three kinds: a cell past the named columns (row 4), an empty kinh_gui (row
#: 3), no column for {{ lien_he }}, an empty cell the trích yếu takes (row 5); and a unit's name
#: misspelt (row 6), a warning.
MISTAKES = ("kinh_gui,ten_don_vi,han,ghi_chu\n"
            "Ủy ban nhân dân xã Tân Thành,xã Tân Thành,30/10/2025,a\n"
            ",xã Đồng Đăng,30/10/2025,b\n"
            "Ủy ban nhân dân xã Na Sầm,xã Na Sầm,30/10/2025,c,thừa\n"
            "Ủy ban nhân dân xã Hoàng Đồng,,30/10/2025,d\n"
            "Ủy ban nhân dân xã Tân Thànhh,xã Tân Thành,30/10/2025,e\n")


def _run(runner: CliRunner, tmp_path: Path, people: str, spec: str = SPEC):
    (tmp_path / "cv.yaml").write_text(spec, encoding="utf-8")
    (tmp_path / "ds.csv").write_text(people, encoding="utf-8")
    return runner.invoke(main, ["bulk", str(tmp_path / "cv.yaml"), "--recipients",
                                str(tmp_path / "ds.csv"), "-o", str(tmp_path / "thu")])


def test_every_kind_of_mistake_in_the_list_is_told_in_one_run(runner, tmp_path):
    result = _run(runner, tmp_path, MISTAKES)
    assert result.exit_code == 1
    told = result.stderr
    assert "the list has 3 kinds of problems, all told here; no letter was written" in told
    assert "row 4 has 5 cells (cell 5: “thừa”)" in told  # the cell no column takes
    assert "placeholder {{ lien_he }} has no column in" in told  # the column missing
    assert "row 3: kinh_gui is empty" in told  # and each row that makes no letter
    assert "row 5: {{ ten_don_vi }} in trich_yeu is filled from column ten_don_vi" in told
    assert "has no value" not in told  # the missing column is told once, not at every row
    assert "warning: " in told and "row 6: xã “Tân Thànhh” is not in the 2025 list" in told
    assert "Traceback" not in told
    assert not (tmp_path / "thu").exists()


def test_a_list_with_one_kind_of_mistake_is_told_as_before(runner, tmp_path):
    people = MISTAKES.replace(",c,thừa\n", ",c\n").replace(",,30", ",xã Hoàng Đồng,30")
    result = _run(runner, tmp_path, people, SPEC.replace(" Liên hệ: {{ lien_he }}", ""))
    assert result.exit_code == 1
    assert "kinds of problems" not in result.stderr
    assert "1 row of the list makes no letter" in result.stderr
    assert "row 3: kinh_gui is empty" in result.stderr


@pytest.mark.parametrize(("field", "spec"), [
    ("trich_yeu", SPEC.replace("{{ ten_don_vi }}", "{{ o }}")),
    ("ky.ho_ten", SPEC.replace("ho_ten: Hoàng Văn Nam", 'ho_ten: "{{ o }}"')),
    ("noi_nhan[1]", SPEC.replace("noi_nhan: [Giám đốc Sở (b/c)]",
                                 'noi_nhan: [Giám đốc Sở (b/c), "UBND {{ o }}"]')),
    ("co_quan.chu_quan", SPEC.replace("chu_quan: UBND TỈNH LẠNG SƠN", 'chu_quan: "{{ o }}"')),
], ids=["trich-yeu", "signer", "noi-nhan", "issuer"])
def test_an_empty_cell_that_would_cut_an_element_of_the_letter_refuses_its_row(
        runner, tmp_path, field, spec):
    """The black-box run's letter: "… nông thôn mới của" sent with its trích yếu cut."""
    spec = spec.replace(" Liên hệ: {{ lien_he }}", "")
    for cell in ("", "   "):  # empty, or only spaces
        people = ("kinh_gui,ten_don_vi,han,ghi_chu,o\nỦy ban nhân dân xã Tân Thành,xã Tân Thành,"
                  f"30/10/2025,a,Tân Thành\nỦy ban nhân dân xã Na Sầm,xã Na Sầm,30/10/2025,b,"
                  f"{cell}\n")
        result = _run(runner, tmp_path, people, spec)
        assert result.exit_code == 1, result.output
        assert (f"row 3: {{{{ o }}}} in {field} is filled from column o, whose cell is empty in "
                f"this row: the letter's {field} would lack it; fill the cell") in result.stderr
        assert not (tmp_path / "thu").exists()


def test_an_empty_cell_in_a_sentence_of_the_body_is_only_warned_of(runner, tmp_path):
    """A note left out on purpose: the letter is written, the clerk told which row."""
    people = ("kinh_gui,ten_don_vi,han,ghi_chu\nỦy ban nhân dân xã Tân Thành,xã Tân Thành,"
              "30/10/2025,a\nỦy ban nhân dân xã Na Sầm,xã Na Sầm,30/10/2025,\n")
    result = _run(runner, tmp_path, people, SPEC.replace(" Liên hệ: {{ lien_he }}", ""))
    assert result.exit_code == 0, result.output
    assert "{{ ghi_chu }} is filled from column ghi_chu, whose cell is empty in row 3" \
        in result.stderr
    assert len(list((tmp_path / "thu").glob("*.docx"))) == 2


def test_a_list_short_of_a_column_is_told_as_the_list_s_to_mend(runner, tmp_path):
    """A placeholder no column of the list fills is the list's to mend, said of it: “1 problem in
    cv.yaml” sent her to the letter (review), the desk said it of the list already."""
    people = MISTAKES.replace(",c,thừa\n", ",c\n").replace(",,30", ",xã Hoàng Đồng,30")
    people = "\n".join(line for line in people.splitlines() if ",," not in line
                       and not line.startswith(",")) + "\n"
    result = _run(runner, tmp_path, people)
    assert result.exit_code == 1
    told = " ".join(result.stderr.split())
    assert "ds.csv has no column for a placeholder of" in told and "cv.yaml:" in told
    assert "Content (noi_dung): placeholder {{ lien_he }} has no column in" in told
    assert "problem in" not in told
    assert not (tmp_path / "thu").exists()


def test_a_placeholder_the_2025_list_does_not_fill_is_the_letter_s_to_change(runner, tmp_path):
    """With --xa-cua the list is the tool's own: “add the column” to it could not be done (a
    review); the letter's placeholder is to change, one of the list's fields in its place."""
    (tmp_path / "cv.yaml").write_text(SPEC.replace("{{ ten_don_vi }}", "{{ ten }}"),
                                      encoding="utf-8")
    result = runner.invoke(main, ["bulk", str(tmp_path / "cv.yaml"), "--xa-cua", "Lạng Sơn",
                                  "-o", str(tmp_path / "thu")])
    assert result.exit_code == 1
    told = " ".join(result.stderr.split())
    assert "has 3 placeholders the 2025 list of" in told and "use its fields instead" in told
    assert "has no column for" not in told.split(":")[1]
    assert not (tmp_path / "thu").exists()


def test_a_mistake_of_the_spec_is_told_once_not_again_at_every_row(runner, tmp_path):
    """A spec's own mistake (an unknown type) beside a missing column was told for the spec and
    again for every row of the list, as if the list had it too."""
    people = ("kinh_gui,ten_don_vi,han,ghi_chu\n"
              "Ủy ban nhân dân xã Tân Thành,xã Tân Thành,30/10/2025,a\n"
              "Ủy ban nhân dân xã Na Sầm,xã Na Sầm,30/10/2025,c\n")
    result = _run(runner, tmp_path, people, SPEC.replace("loai: CV", "loai: cong_van"))
    assert result.exit_code == 1
    told = result.stderr
    assert "the list has 2 kinds of problems" in told
    assert "placeholder {{ lien_he }} has no column in" in told
    assert told.count("cong_van") == 1, told
    assert "makes no letter" not in told
    assert not (tmp_path / "thu").exists()
