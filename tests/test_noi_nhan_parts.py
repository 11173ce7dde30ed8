"""A Nơi nhận item with parts (``- Văn phòng UBND tỉnh:`` / ``+ CVP, PCVP;`` / ``+ Trung tâm
PVHCC tỉnh;``, as Kon Tum's Quyết định print it): kept by import, printed by render as typed,
and a ``+`` or a colon anywhere else read as the plain item it is; an item's own minus
(``-2+3 tổ``) kept, only the list's dash taken as the mark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docxview import open_docx, paragraphs

from ntm_docgen.cli.main import main
from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines

BASE = {"loai": "CV", "co_quan": {"ten": "SỞ NỘI VỤ", "viet_tat": "SNV"}, "dia_danh": "Kon Tum",
        "trich_yeu": "V/v tổng kết", "kinh_gui": ["UBND các xã"], "noi_dung": "Đề nghị báo cáo.",
        "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Hoàng Thị Hiền"}}
HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/UBND-VP\nV/v báo cáo kết quả\n"
        "Kon Tum, ngày 05 tháng 01 năm 2025\nKính gửi: Sở Y tế\n"
        "Ủy ban nhân dân tỉnh đề nghị báo cáo kết quả./.\n")
SIGNED = "CHỦ TỊCH\nLê Ngọc Tuấn\n"


def printed(tmp_path, runner, noi_nhan: list[str]) -> list[str]:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps({**BASE, "noi_nhan": noi_nhan}, ensure_ascii=False), "utf-8")
    result = runner.invoke(main, ["render", str(path), "-o", str(tmp_path / "out.docx")])
    assert result.exit_code == 0, result.output
    document = open_docx((tmp_path / "out.docx").read_bytes())
    return [p.text for p in paragraphs(document)
            if p.where.startswith("signature") and p.text.startswith(("- ", "+ "))]


@pytest.mark.parametrize(("noi_nhan", "lines"), [
    (["Văn phòng UBND tỉnh:", "+ CVP, PCVP", "+ Trung tâm PVHCC tỉnh;", "Viễn thông Kon Tum"],
     ["- Như trên;", "- Văn phòng UBND tỉnh:", "+ CVP, PCVP;", "+ Trung tâm PVHCC tỉnh;",
      "- Viễn thông Kon Tum;", "- Lưu: VT."]),
    (["- Văn phòng UBND tỉnh:", "+ CVP", "+ Lưu: VT, TH."],
     ["- Như trên;", "- Văn phòng UBND tỉnh:", "+ CVP;", "- Lưu: VT, TH."]),
    (["Các cơ quan có tên tại Điều 3:", "Sở Y tế"],
     ["- Như trên;", "- Các cơ quan có tên tại Điều 3;", "- Sở Y tế;", "- Lưu: VT."]),
    (["+ Sở Y tế;", "+ Sở Nội vụ:"], ["- Như trên;", "- Sở Y tế;", "- Sở Nội vụ;", "- Lưu: VT."]),
    # an item opening with its own minus (tổ 2 and tổ 3): only the list's dash is the mark
    (["-2+3 tổ", "- -2+3 tổ;", "- Tổ 4"],
     ["- Như trên;", "- -2+3 tổ;", "- -2+3 tổ;", "- Tổ 4;", "- Lưu: VT."]),
], ids=["parts", "luu-typed-as-a-part", "a-colon-with-no-parts", "plus-as-dashes", "own-minus"])
def test_render_prints_an_item_over_its_parts(tmp_path, runner, noi_nhan, lines) -> None:
    assert printed(tmp_path, runner, noi_nhan) == lines


def test_import_keeps_the_parts_and_render_prints_them_again(tmp_path, runner) -> None:
    closing = ("Nơi nhận:\n- Như trên;\n- Văn phòng UBND tỉnh:\n"
               "+ PCVP - Trà Thanh Trí (để tr/khai);\n+ Trung tâm PVHCC tỉnh (để t/hiện);\n"
               "- Viễn thông Kon Tum (để p/hợp);\n"
               "- Lưu: VT, TTHCC.\n")
    lines = (HEAD + closing + SIGNED).splitlines()
    result = import_lines(lines)
    assert result.spec["noi_nhan"] == [
        "Như trên", "Văn phòng UBND tỉnh:", "+ PCVP - Trà Thanh Trí (để tr/khai)",
        "+ Trung tâm PVHCC tỉnh (để t/hiện)", "Viễn thông Kon Tum (để p/hợp)"]
    assert lost_lines(lines, result.spec, result.warnings) == []
    assert printed(tmp_path, runner, result.spec["noi_nhan"])[1:4] == [
        "- Văn phòng UBND tỉnh:", "+ PCVP - Trà Thanh Trí (để tr/khai);",
        "+ Trung tâm PVHCC tỉnh (để t/hiện);"]


def test_import_reads_a_plus_under_a_plain_item_as_an_item() -> None:
    closing = "Nơi nhận:\n+ Như trên;\n+ Sở Nội vụ;\n- Lưu: VT.\n"
    result = import_lines((HEAD + closing + SIGNED).splitlines())
    assert result.spec["noi_nhan"] == ["Như trên", "Sở Nội vụ"]


def test_a_part_is_not_told_as_a_cell_pasted_from_a_spreadsheet() -> None:
    from ntm_docgen.letter.pasted import pasted_signs
    from ntm_docgen.letter.spec import parse_spec

    spec = parse_spec({**BASE, "noi_nhan": ["Văn phòng UBND tỉnh:", "+ CVP", "@VP"]})
    assert [w.split(":")[0] for w in pasted_signs(spec)] == ["noi_nhan[2]"]


def test_the_desk_keeps_the_parts_of_a_spec_opened_and_saved(tmp_path) -> None:
    import yaml
    from desk_support import csrf_of, desk_client
    from lxml import html

    noi_nhan = ["Như trên", "Văn phòng UBND tỉnh:", "+ CVP, PCVP", "Viễn thông Kon Tum"]
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        opened = client.post("/soan/mo", data={"csrf_token": csrf}, files={"tep": (
            "cv.yaml", yaml.safe_dump({**BASE, "noi_nhan": noi_nhan}, allow_unicode=True)
            .encode())}, follow_redirects=False)
        editor = opened.headers["location"]
        form = html.fromstring(client.get(editor).text).xpath("//form[@id='letter']")[0]
        for template in form.xpath(".//template"):
            template.drop_tree()
        sent: dict[str, list[str]] = {"csrf_token": [csrf]}
        for name, value in form.form_values():
            sent.setdefault(name, []).append(value)
        assert sent["noi_nhan"] == noi_nhan
        assert client.post(editor, data=sent, follow_redirects=False).status_code == 303
        saved = yaml.safe_load(client.get(f"{editor}/tai.yaml").text)
    assert saved["noi_nhan"] == noi_nhan


def test_derive_keeps_each_recipient_s_parts_even_when_two_read_alike(tmp_path, runner) -> None:
    """A profile's Nơi nhận whose two recipients each have a part ``+ Lãnh đạo Sở``: both
    printed (the duplicate filter took the second), and the source's issuer added after the
    first recipient's parts, not among them."""
    import yaml

    from ntm_docgen.derive.upward import also_to_issuer

    root = Path(__file__).resolve().parent.parent
    profile = yaml.safe_load((root / "data/profiles/kon-tum-2024.yaml").read_text("utf-8"))
    profile["noi_nhan"] = ["Sở Nội vụ:", "+ Lãnh đạo Sở", "Sở Tài chính:", "+ Lãnh đạo Sở"]
    (tmp_path / "p.yaml").write_text(yaml.safe_dump(profile, allow_unicode=True), "utf-8")
    guidance = root / "data/examples/000-huong-dan-1741-btdkt.yaml"
    result = runner.invoke(main, ["derive", str(guidance),
                                  "--profile", str(tmp_path / "p.yaml"), "--as", "cong-van",
                                  "-o", str(tmp_path / "d.docx")])
    assert result.exit_code == 0, result.output
    document = open_docx((tmp_path / "d.docx").read_bytes())
    lines = [p.text for p in paragraphs(document) if p.where.startswith("signature")]
    assert lines[lines.index("- Sở Nội vụ:"):lines.index("- Sở Nội vụ:") + 4] == [
        "- Sở Nội vụ:", "+ Lãnh đạo Sở;", "- Sở Tài chính:", "+ Lãnh đạo Sở;"]
    spec = {"noi_nhan": ["Văn phòng UBND tỉnh:", "+ CVP, PCVP", "Sở Y tế"]}
    also_to_issuer(spec, "Ban Thi đua - Khen thưởng Trung ương")
    assert spec["noi_nhan"][:2] == ["Văn phòng UBND tỉnh:", "+ CVP, PCVP"]


def test_the_register_names_a_recipient_with_its_parts() -> None:
    from ntm_docgen.register import recipients_of

    assert recipients_of(["Sở Y tế"], ["Như trên", "Văn phòng UBND tỉnh:", "+ CVP, PCVP",
                                       "+ Trung tâm PVHCC tỉnh", "Viễn thông"]) == (
        "Sở Y tế", "Văn phòng UBND tỉnh (CVP, PCVP; Trung tâm PVHCC tỉnh)", "Viễn thông")


@pytest.mark.parametrize(("closing", "noi_nhan", "luu"), [
    ("- Như trên;\n- Lưu:\n+ VT;\n+ Phòng KT.\n", ["Như trên"], "VT, Phòng KT"),
    ("+ Như trên;\n+ Văn phòng UBND tỉnh:\n+ CVP;\n+ Sở Y tế;\n- Lưu: VT.\n",
     ["Như trên", "Văn phòng UBND tỉnh", "CVP", "Sở Y tế"], "VT"),
], ids=["luu-with-parts", "every-item-with-a-plus"])
def test_import_reads_a_luu_line_s_parts_and_a_list_of_plus_items(closing, noi_nhan, luu) -> None:
    result = import_lines((HEAD + "Nơi nhận:\n" + closing + SIGNED).splitlines())
    assert (result.spec["noi_nhan"], result.spec["luu"]) == (noi_nhan, luu)
    from ntm_docgen.letter.spec_blocks import noi_nhan_items

    assert noi_nhan_items(("+ Như trên", "+ Văn phòng UBND tỉnh:", "+ CVP", "+ Sở Y tế")) == (
        "Như trên", "Văn phòng UBND tỉnh", "CVP", "Sở Y tế")


@pytest.mark.parametrize(("noi_nhan", "lines"), [
    (["Ban A", "Lưu:", "+ VT", "+ TH (02b)"], ["- Như trên;", "- Ban A;", "- Lưu: VT, TH (02b)."]),
    (["Các xã:", "+ Tân Thành:", "+ Tân Lập"],
     ["- Như trên;", "- Các xã:", "+ Tân Thành;", "+ Tân Lập;", "- Lưu: VT."]),
], ids=["luu-typed-with-parts", "a-part-ending-with-a-colon"])
def test_render_reads_a_luu_line_s_parts_and_a_part_s_colon(tmp_path, runner, noi_nhan,
                                                            lines) -> None:
    assert printed(tmp_path, runner, noi_nhan) == lines


def test_a_recipient_s_colon_beside_the_signer_s_title_is_parted_from_it() -> None:
    """A page whose two columns meet on a line (``- Thường trực Tỉnh ủy:   PHÓ CHỦ TỊCH``, as
    pdftotext -layout and scans give it): the item keeps its parts, the title goes to ô 7."""
    closing = ("Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n"
               "- Ban TĐKT Trung ương (b/c);                KT. CHỦ TỊCH\n"
               "- Thường trực Tỉnh ủy:                      PHÓ CHỦ TỊCH\n"
               "+ Bí thư;\n+ Phó Bí thư;\n- UBND các huyện, thành phố;\n"
               "- Lưu: VT, KGVX.                            Đoàn Thu Hà\n")
    lines = (HEAD + closing).splitlines()
    result = import_lines(lines)
    assert result.spec["noi_nhan"] == ["Ban TĐKT Trung ương (b/c)", "Thường trực Tỉnh ủy:",
                                       "+ Bí thư", "+ Phó Bí thư", "UBND các huyện, thành phố"]
    assert result.spec["ky"]["chuc_vu"] == "PHÓ CHỦ TỊCH"
    assert lost_lines(lines, result.spec, result.warnings) == []


def test_an_item_s_title_after_its_colon_stays_in_the_item() -> None:
    """``- UBND huyện: CHỦ TỊCH UBND HUYỆN;`` before the signature's column is read: the item
    whole (a title after a colon goes to ô 7 only where the signer's title is due)."""
    closing = ("Nơi nhận:\n- Như trên;\n- UBND huyện: CHỦ TỊCH UBND HUYỆN;\n- Lưu: VT.\n")
    result = import_lines((HEAD + closing + SIGNED).splitlines())
    assert result.spec["noi_nhan"] == ["Như trên", "UBND huyện: CHỦ TỊCH UBND HUYỆN"]
