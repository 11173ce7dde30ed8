"""``bulk --so-rieng`` again into a folder an earlier run numbered, the list changed since: a
number follows the recipient its letter went to, never the row's place or the file's name. The
lists are units of the 2025 commune list the tool ships: the same "Ủy ban nhân dân xã Tân
Thành" in Lạng Sơn, Đồng Tháp and Thái Nguyên; Quảng Ngãi's Sơn Hà and Sơn Hạ. Where the tool
cannot tell which letter is whose, the run writes and deletes nothing and says what to do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import docx
from click.testing import CliRunner
from test_bulk import write_csv

from ntm_docgen.bulk.letters import Job
from ntm_docgen.bulk.written import remember
from ntm_docgen.cli.main import main
from ntm_docgen.vietnamese.donvi import commune_units, find_province

SPEC = """\
loai: CV
co_quan: {chu_quan: BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG, ten: VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI \
TRUNG ƯƠNG, viet_tat: VPĐP}
dia_danh: Hà Nội
ngay: 2025-10-01
trich_yeu: Đôn đốc báo cáo kết quả xây dựng nông thôn mới
noi_dung: |
  Văn phòng Điều phối đề nghị {{ kinh_gui }}, tỉnh {{ tinh }} báo cáo trước ngày {{ han }}./.
ky: {quyen_han: [KT. CHÁNH VĂN PHÒNG], chuc_vu: PHÓ CHÁNH VĂN PHÒNG, ho_ten: Trần Văn Nam}
noi_nhan: [Chánh Văn phòng (b/c)]
luu: VT
"""
LONG = ("Thường trực Đảng ủy, Thường trực Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận "
        "Tổ quốc Việt Nam xã {}")


def _unit(province: str, ten: str) -> dict[str, str]:
    """A unit as the 2025 list gives it."""
    return next(u for u in commune_units(find_province(province)) if u["ten"] == ten)


def _list(path: Path, units: list[dict[str, str]], han: str = "30/10/2025",
          ma: bool = False) -> Path:
    head = ["kinh_gui", "tinh", "han", *(["ma"] if ma else [])]
    return write_csv(path, [head, *[[u["kinh_gui"], u["tinh"], han, *([u["ma"]] if ma else [])]
                                    for u in units]])


def _run(tmp_path: Path, units: list[dict[str, str]], *more: str, spec: bool = True,  # type: ignore[no-untyped-def]
         **how: object):
    """``spec``: write the test's spec (False: the one the test wrote is run)."""
    if spec:
        (tmp_path / "vpdp.yaml").write_text(SPEC, encoding="utf-8")
    people = _list(tmp_path / "ds.csv", units, **how)  # type: ignore[arg-type]
    return CliRunner().invoke(main, ["bulk", str(tmp_path / "vpdp.yaml"), "--recipients",
                                     str(people), "-o", str(tmp_path / "thu"), "--so-rieng", "--db",
                                     str(tmp_path / "so.sqlite"), *more])


def _numbers(folder: Path) -> dict[str, str]:
    """Each letter's number, by the unit (and province) it is addressed to."""
    found = {}
    for path in sorted(folder.glob("*.docx")):
        text = "\n".join([*(c.text for t in docx.Document(str(path)).tables for r in t.rows
                            for c in r.cells), *(p.text for p in docx.Document(str(path))
                                                 .paragraphs)])
        so = next(line for line in text.splitlines() if line.startswith("Số: "))[4:]
        body = next(line for line in text.splitlines() if "báo cáo trước" in line)
        found[body.split(" đề nghị ")[1].split(" báo cáo")[0]] = so
    return found


def _register(tmp_path: Path) -> list[tuple[int, str, str]]:
    with sqlite3.connect(tmp_path / "so.sqlite") as conn:
        return sorted((so, trang_thai, Path(tep).name) for so, trang_thai, tep in conn.execute(
            "SELECT so, trang_thai, tep FROM ntm_so_di"))


def test_the_same_unit_name_in_two_provinces_keeps_each_its_own_number(tmp_path: Path) -> None:
    """Tân Thành of Lạng Sơn taken out: Tân Thành of Đồng Tháp, whose row moved up, keeps its
    own number 04, not that of the letter to Lạng Sơn."""
    tan_ls, tan_dt = _unit("Lạng Sơn", "Tân Thành"), _unit("Đồng Tháp", "Tân Thành")
    dong, luong = _unit("Lạng Sơn", "Đông Kinh"), _unit("Lạng Sơn", "Lương Văn Tri")
    assert _run(tmp_path, [dong, tan_ls, luong, tan_dt]).exit_code == 0
    forced = _run(tmp_path, [dong, luong, tan_dt], "--force")
    assert forced.exit_code == 0, forced.output
    numbers = _numbers(tmp_path / "thu")
    assert numbers["Ủy ban nhân dân xã Tân Thành, tỉnh Đồng Tháp"] == "04/VPĐP"
    assert numbers["Ủy ban nhân dân phường Lương Văn Tri, tỉnh Lạng Sơn"] == "03/VPĐP"
    assert "02/VPĐP: given by the register to 0002-UBND-xa-Tan-Thanh.docx" in forced.stderr


def test_two_letters_to_one_name_that_cannot_be_told_apart_are_not_guessed(
        tmp_path: Path) -> None:
    """One Tân Thành taken out and the deadline changed on every row: the letter left could be
    either one's; nothing is written or deleted, the numbers stay, and she is told what to do."""
    tan_ls, tan_dt = _unit("Lạng Sơn", "Tân Thành"), _unit("Đồng Tháp", "Tân Thành")
    dong, luong = _unit("Lạng Sơn", "Đông Kinh"), _unit("Lạng Sơn", "Lương Văn Tri")
    assert _run(tmp_path, [dong, tan_ls, luong, tan_dt]).exit_code == 0
    before = {p.name: p.read_bytes() for p in (tmp_path / "thu").glob("*.docx")}
    lines = _register(tmp_path)
    refused = _run(tmp_path, [dong, luong, tan_dt], "--force", han="15/11/2025")
    assert refused.exit_code == 1, refused.output
    assert "Traceback" not in refused.output
    assert "Ủy ban nhân dân xã Tân Thành" in refused.stderr
    assert "02/VPĐP, 04/VPĐP" in refused.stderr
    assert "another folder" in refused.stderr
    assert {p.name: p.read_bytes() for p in (tmp_path / "thu").glob("*.docx")} == before
    assert _register(tmp_path) == lines


def test_a_unit_taken_out_and_another_of_the_same_name_added_takes_a_number_of_its_own(
        tmp_path: Path) -> None:
    """The list carries the official code (ma): Tân Thành of Lạng Sơn (06445) taken out and
    Tân Thành of Thái Nguyên (05923) added at the end is another unit, with a new number."""
    tan_ls, tan_tn = _unit("Lạng Sơn", "Tân Thành"), _unit("Thái Nguyên", "Tân Thành")
    dong, luong = _unit("Lạng Sơn", "Đông Kinh"), _unit("Lạng Sơn", "Lương Văn Tri")
    assert _run(tmp_path, [dong, tan_ls, luong], ma=True).exit_code == 0
    forced = _run(tmp_path, [dong, luong, tan_tn], "--force", ma=True)
    assert forced.exit_code == 0, forced.output
    numbers = _numbers(tmp_path / "thu")
    assert numbers["Ủy ban nhân dân xã Tân Thành, tỉnh Thái Nguyên"] == "04/VPĐP"
    assert numbers["Ủy ban nhân dân phường Lương Văn Tri, tỉnh Lạng Sơn"] == "03/VPĐP"
    assert "02/VPĐP: given by the register to 0002-UBND-xa-Tan-Thanh.docx" in forced.stderr


def test_a_long_name_cut_like_the_one_taken_out_is_another_recipient(tmp_path: Path) -> None:
    """Na Sầm's standing committees taken out, Đồng Đăng's added: both names cut to the same
    file name, and Đồng Đăng's letter takes no number of Na Sầm's."""
    dong = _unit("Lạng Sơn", "Đông Kinh")
    na_sam = {"kinh_gui": LONG.format("Na Sầm"), "tinh": "Lạng Sơn"}
    dong_dang = {"kinh_gui": LONG.format("Đồng Đăng"), "tinh": "Lạng Sơn"}
    assert _run(tmp_path, [na_sam, dong]).exit_code == 0
    forced = _run(tmp_path, [dong, dong_dang], "--force")
    assert forced.exit_code == 0, forced.output
    numbers = _numbers(tmp_path / "thu")
    assert numbers[LONG.format("Đồng Đăng") + ", tỉnh Lạng Sơn"] == "03/VPĐP"
    assert numbers["Ủy ban nhân dân phường Đông Kinh, tỉnh Lạng Sơn"] == "02/VPĐP"
    assert "01/VPĐP: given by the register to 0001-Thuong-truc" in forced.stderr


def test_letters_named_by_an_earlier_version_and_reordered_keep_their_own(
        tmp_path: Path) -> None:
    """Written when Sơn Hà and Sơn Hạ were both named ``UBND-xa-Son-Ha``; the list since put
    Sơn Hạ first: each keeps the number its own letter was given."""
    tinh, ha, ha_ = (_unit("Quảng Ngãi", t) for t in ("Sơn Tịnh", "Sơn Hà", "Sơn Hạ"))
    assert _run(tmp_path, [tinh, ha, ha_]).exit_code == 0
    out = tmp_path / "thu"
    old = ["0001-UBND-xa-Son-Tinh.docx", "0002-UBND-xa-Son-Ha.docx", "0003-UBND-xa-Son-Ha.docx"]
    (out / "0002-UBND-xa-Son-Haf.docx").rename(out / old[1])
    (out / "0003-UBND-xa-Son-Haj.docx").rename(out / old[2])
    remember(out, [Job(seq, seq + 1, name, {}) for seq, name in enumerate(old, 1)], None)
    with sqlite3.connect(tmp_path / "so.sqlite") as conn:
        for new, was in (("Son-Haf", "Son-Ha"), ("Son-Haj", "Son-Ha")):
            conn.execute("UPDATE ntm_so_di SET tep = replace(tep, ?, ?)", (new, was))
    forced = _run(tmp_path, [tinh, ha_, ha], "--force")
    assert forced.exit_code == 0, forced.output
    numbers = _numbers(out)
    assert numbers["Ủy ban nhân dân xã Sơn Hà, tỉnh Quảng Ngãi"] == "02/VPĐP"
    assert numbers["Ủy ban nhân dân xã Sơn Hạ, tỉnh Quảng Ngãi"] == "03/VPĐP"
    assert "cancel" not in forced.stderr


def test_one_row_pasted_twice_keeps_both_numbers_when_a_row_above_is_taken_out(
        tmp_path: Path) -> None:
    """Đông Kinh's row twice, unchanged: its two letters are the same letter, and both numbers
    stay with them; the one taken out above is left to cancel."""
    tan, dong = _unit("Lạng Sơn", "Tân Thành"), _unit("Lạng Sơn", "Đông Kinh")
    assert _run(tmp_path, [tan, dong, dong]).exit_code == 0
    forced = _run(tmp_path, [dong, dong], "--force")
    assert forced.exit_code == 0, forced.output
    assert sorted(_numbers_of(tmp_path / "thu")) == ["02/VPĐP", "03/VPĐP"]
    assert "01/VPĐP: given by the register to 0001-UBND-xa-Tan-Thanh.docx" in forced.stderr


def _numbers_of(folder: Path) -> list[str]:
    """The number each letter carries."""
    found = []
    for path in sorted(folder.glob("*.docx")):
        document = docx.Document(str(path))
        text = [line for t in document.tables for r in t.rows for c in r.cells
                for line in c.text.splitlines()]
        found.append(next(line for line in text if line.startswith("Số: "))[4:])
    return found


def test_another_unit_of_the_same_name_in_the_same_row_is_not_given_its_number(
        tmp_path: Path) -> None:
    """Tân Thành of Lạng Sơn (06445) replaced in its row by Tân Thành of Thái Nguyên (05923):
    the file keeps its name, not its number; told without --force, numbered anew with it."""
    tan_ls, tan_tn = _unit("Lạng Sơn", "Tân Thành"), _unit("Thái Nguyên", "Tân Thành")
    dong, luong = _unit("Lạng Sơn", "Đông Kinh"), _unit("Lạng Sơn", "Lương Văn Tri")
    assert _run(tmp_path, [dong, tan_ls, luong], ma=True).exit_code == 0
    told = _run(tmp_path, [dong, tan_tn, luong], ma=True)
    assert told.exit_code == 1
    assert "0002-UBND-xa-Tan-Thanh.docx carries 02/VPĐP, which the register gave to the " \
        "letter to Ủy ban nhân dân xã Tân Thành, and this row now goes to another " \
        "recipient" in told.stderr
    forced = _run(tmp_path, [dong, tan_tn, luong], "--force", ma=True)
    assert forced.exit_code == 0, forced.output
    numbers = _numbers(tmp_path / "thu")
    assert numbers["Ủy ban nhân dân xã Tân Thành, tỉnh Thái Nguyên"] == "04/VPĐP"
    assert numbers["Ủy ban nhân dân phường Lương Văn Tri, tỉnh Lạng Sơn"] == "03/VPĐP"
    assert "02/VPĐP: given by the register to 0002-UBND-xa-Tan-Thanh.docx" in forced.stderr


def test_a_unit_the_letters_sent_a_copy_to_takes_no_number_of_the_row_it_replaced(
        tmp_path: Path) -> None:
    """Every letter names Sở Tài chính in its Nơi nhận; Đông Kinh's row given to it instead:
    its letter takes a number of its own, and Đông Kinh's 01 is left to cancel."""
    dong, luong = _unit("Lạng Sơn", "Đông Kinh"), _unit("Lạng Sơn", "Lương Văn Tri")
    so = {"kinh_gui": "Sở Tài chính tỉnh Lạng Sơn", "tinh": "Lạng Sơn"}
    (tmp_path / "vpdp.yaml").write_text(SPEC.replace(
        "noi_nhan: [", "noi_nhan: [Như trên, Sở Tài chính tỉnh Lạng Sơn, "), encoding="utf-8")
    assert _run(tmp_path, [dong, luong], spec=False).exit_code == 0
    forced = _run(tmp_path, [so, luong], "--force", spec=False)
    assert forced.exit_code == 0, forced.output
    numbers = _numbers(tmp_path / "thu")
    assert numbers["Sở Tài chính tỉnh Lạng Sơn, tỉnh Lạng Sơn"] == "03/VPĐP"
    assert numbers["Ủy ban nhân dân phường Lương Văn Tri, tỉnh Lạng Sơn"] == "02/VPĐP"
    assert "01/VPĐP: given by the register to 0001-UBND-phuong-Dong-Kinh.docx" in forced.stderr


def test_a_letter_moved_onto_the_name_of_one_taken_out_names_that_one_s_number(
        tmp_path: Path) -> None:
    """Tân Thành of Lạng Sơn (02) taken out: Tân Thành of Đồng Tháp's letter, 03, moves up into
    its file's name, and 02 is told to be cancelled, not left to that file in the register."""
    tan_ls, tan_dt = _unit("Lạng Sơn", "Tân Thành"), _unit("Đồng Tháp", "Tân Thành")
    dong = _unit("Lạng Sơn", "Đông Kinh")
    assert _run(tmp_path, [dong, tan_ls, tan_dt]).exit_code == 0
    forced = _run(tmp_path, [dong, tan_dt], "--force")
    assert forced.exit_code == 0, forced.output
    assert _numbers(tmp_path / "thu")["Ủy ban nhân dân xã Tân Thành, tỉnh Đồng Tháp"] == "03/VPĐP"
    assert "02/VPĐP: given by the register to 0002-UBND-xa-Tan-Thanh.docx" in forced.stderr
