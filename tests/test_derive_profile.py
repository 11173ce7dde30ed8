"""derive profiles: every problem reported with its path and file, exit 1, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ntm_docgen.cli.main import main
from ntm_docgen.derive import parse_profile
from ntm_docgen.errors import SpecError

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "derive"
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
BAD = sorted(DATA.glob("bad.*.yaml"))


def expected_path(profile: Path) -> str:
    first = profile.read_text(encoding="utf-8").splitlines()[0]
    return first.removeprefix("# expect:").strip()


@pytest.mark.parametrize("profile", BAD, ids=[p.stem.removeprefix("bad.") for p in BAD])
def test_a_bad_profile_is_refused_with_its_path(profile, tmp_path, runner):
    out = tmp_path / "out.docx"
    result = runner.invoke(main, ["derive", str(HD_1741), "--profile", str(profile), "--as",
                                  "cong-van", "-o", str(out)])
    assert result.exit_code == 1
    assert str(profile.resolve()) in result.stderr
    assert f"  - {expected_path(profile)}:" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_all_problems_at_once():
    with pytest.raises(SpecError) as caught:
        parse_profile({"tinh": "X", "cap": "làng", "co_quan": {"tenn": "A"}, "ky": {}}, "p.yaml")
    paths = [p.path for p in caught.value.problems]
    assert paths == sorted(paths)
    assert {"cap", "co_quan.ten", "co_quan.tenn", "dia_danh", "ky.chuc_vu", "ky.ho_ten",
            "ten_goi"} <= set(paths)


@pytest.mark.parametrize(("data", "message"), [
    (None, "the profile is empty"),
    ([1, 2], "expected a mapping"),
], ids=["empty", "list"])
def test_not_a_profile(data, message):
    with pytest.raises(SpecError, match=message):
        parse_profile(data, "p.yaml")


def test_a_missing_profile_file(tmp_path, runner):
    result = runner.invoke(main, ["derive", str(HD_1741), "--profile",
                                  str(tmp_path / "none.yaml"), "--as", "huong-dan", "-o",
                                  str(tmp_path / "o.docx")])
    assert result.exit_code == 1 and "no such file" in result.stderr


def test_a_central_of_the_wrong_kind(tmp_path, runner):
    odd = tmp_path / "letter.xlsx"
    odd.write_bytes(b"PK")
    result = runner.invoke(main, ["derive", str(odd), "--profile",
                                  str(ROOT / "data" / "profiles" / "lang-son.yaml"), "--as",
                                  "huong-dan", "-o", str(tmp_path / "o.docx")])
    assert result.exit_code == 1 and "is no letter to implement" in result.stderr
    assert "(.txt, .docx, .doc, .rtf, .odt, .pdf, or a scan or photo" in result.stderr


def test_a_shipped_profile_by_name(tmp_path, runner):
    out = tmp_path / "o.docx"
    result = runner.invoke(main, ["derive", str(HD_1741), "--profile", "quang-ngai", "--as",
                                  "cong-van", "-o", str(out), "--ngay", "2025-08-01"])
    assert result.exit_code == 0, result.output
    unknown = runner.invoke(main, ["derive", str(HD_1741), "--profile", "kontum", "--as",
                                   "cong-van", "-o", str(tmp_path / "x.docx")])
    assert unknown.exit_code == 1
    assert "shipped: " in unknown.stderr and "kon-tum-2024" in unknown.stderr


@pytest.mark.parametrize(("standing", "reports", "questions"), [
    (None, "về Ủy ban nhân dân xã trước ngày 01/10/2025 để tổng hợp.",
     "phản ánh về Ủy ban nhân dân xã để hướng dẫn, thống nhất thực hiện./."),
    ("Văn phòng HĐND và UBND xã",
     "về Văn phòng HĐND và UBND xã trước ngày 01/10/2025 để tổng hợp, báo cáo Ủy ban nhân dân "
     "xã.", "phản ánh về Văn phòng HĐND và UBND xã để tổng hợp, báo cáo Ủy ban nhân dân xã xem "
            "xét, giải quyết./."),
], ids=["no-standing-body", "standing-body"])
@pytest.mark.parametrize("form", ["cong-van", "huong-dan", "ke-hoach"])
def test_a_commune_without_a_standing_body_gets_the_reports_itself(tmp_path, standing, reports,
                                                                    questions, form):
    """Reports sent to the issuer itself are summed up there, not 'reported' to itself."""
    from datetime import date

    from ntm_docgen.derive import derive_file

    lines = (ROOT / "data" / "profiles" / "xa-tan-thanh-lang-son.yaml").read_text(
        encoding="utf-8").splitlines()
    lines = [x for x in lines if not x.startswith("co_quan_thuong_truc:")]
    if standing:
        lines.append(f"co_quan_thuong_truc: {standing}")
    profile = tmp_path / "xa.yaml"
    profile.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"
    spec = derive_file(source, profile, form, ngay=date(2025, 9, 1), han=date(2025, 10, 1),
                       today=date(2026, 1, 5)).spec
    assert reports in spec["noi_dung"]
    if not standing:
        assert "tổng hợp, báo cáo Ủy ban nhân dân xã" not in spec["noi_dung"]
    if form != "cong-van":
        assert questions in spec["noi_dung"]
    assert ("Giao Văn phòng" in spec["noi_dung"]) is bool(standing)


CONTRACT_PROFILE = """tinh: Kon Tum
cap: tỉnh
co_quan: {ten: "ỦY BAN NHÂN DÂN\\nTỈNH KON TUM", viet_tat: UBND}
ten_goi: Ủy ban nhân dân tỉnh Kon Tum
dia_danh: Kon Tum
ky: {quyen_han: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH], chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Nguyễn Hữu Tháp}
"""


@pytest.mark.parametrize(("extra", "ky_hieu", "luu", "warned"), [
    ("", "/UBND", "- Lưu: VT.", True),
    ("don_vi: KGVX\n", "/UBND-KGVX", "- Lưu: VT, KGVX.", False),
], ids=["contract-profile-without-unit", "with-don-vi"])
def test_a_cong_van_carries_the_profiles_drafting_unit_or_derive_says_it_is_missing(
        tmp_path, runner, extra, ky_hieu, luu, warned):
    from docxview import open_docx, paragraphs, texts

    profile = tmp_path / "kon-tum.yaml"
    profile.write_text(CONTRACT_PROFILE + extra, encoding="utf-8")
    out = tmp_path / "cv.docx"
    result = runner.invoke(main, ["derive", str(HD_1741), "--profile", str(profile), "--as",
                                  "cong-van", "-o", str(out), "--ngay", "2018-08-20",
                                  "--so", "2452"])
    assert result.exit_code == 0, result.output
    lines = texts(paragraphs(open_docx(out.read_bytes())))
    assert f"Số: 2452{ky_hieu}" in lines and luu in lines
    assert ("names no drafting unit (don_vi)" in result.stderr) is warned
    # where it goes: a line of its own (under co_quan the profile is refused)
    assert ("add the line don_vi: TH to the profile, outside co_quan" in result.stderr) is warned


WARD = """tinh: Phường 1
thuoc: Thành phố Hồ Chí Minh
cap: phường
co_quan: {ten: "ỦY BAN NHÂN DÂN\\nPHƯỜNG 1", viet_tat: UBND}
ten_goi: Ủy ban nhân dân Phường 1
dia_danh: Phường 1
don_vi: VP
ky: {quyen_han: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH], chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Nguyễn Văn A}
"""


@pytest.mark.parametrize("form", ["cong-van", "ke-hoach"])
@pytest.mark.parametrize("cap", ["phường", "xã"])
def test_a_wards_letter_calls_it_a_ward(tmp_path, form, cap):
    """``cap: phường``: a ward's derived letter names the ward where it names the unit (its
    Nơi nhận, Kính gửi, "trên địa bàn phường"), where cap: xã, the only choice before, wrote
    "xã" throughout (found by a black-box run with Phường 1 of Vũng Tàu); the level keeps its
    name, "cấp xã". ``cap: xã``, as contract §5 names the commune level, with the ward's name in
    its co_quan: the same."""
    from datetime import date

    from ntm_docgen.derive import derive_file

    profile = tmp_path / "phuong.yaml"
    profile.write_text(WARD.replace("cap: phường", f"cap: {cap}"), encoding="utf-8")
    source = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"
    spec = derive_file(source, profile, form, ngay=date(2025, 9, 1), han=date(2025, 10, 1),
                       today=date(2026, 1, 5)).spec
    said = " ".join([spec["noi_dung"], *spec.get("noi_nhan", []), *spec.get("kinh_gui", [])])
    assert "TT Đảng ủy, TT HĐND phường (b/c)" in spec["noi_nhan"]
    for unit in ("HĐND xã", "UBND xã", "đoàn thể xã", "địa bàn xã", "toàn xã"):
        assert unit not in said, unit
    if form == "ke-hoach":
        assert "trên địa bàn phường như sau:" in spec["noi_dung"]
    else:
        assert spec["kinh_gui"][0] == "Các ban, ngành, đoàn thể phường"


def test_a_thi_tran_after_july_2025_is_refused():
    data = yaml.safe_load(WARD.replace("cap: phường", "cap: thị trấn")) | {"tu_ngay": "2025-08-01"}
    with pytest.raises(SpecError, match="thị trấn exist only before 01/07/2025"):
        parse_profile(data)


def test_the_level_aboves_own_opening_is_left_out_and_said(tmp_path):
    """The city's Kế hoạch opens "Theo đề nghị …; UBND thành phố Vũng Tàu ban hành Kế hoạch …
    như sau:": the ward's plan opens with its own sentence and leaves the city's out, saying
    so (it kept both; found by a black-box run)."""
    from datetime import date

    from ntm_docgen.derive import derive_file

    source = yaml.safe_load((ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml")
                            .read_text(encoding="utf-8"))
    opening = ("Theo đề nghị của Trưởng phòng Y tế tại Tờ trình số 08/TTr-PYT ngày 19/02/2025; "
               "Ủy ban nhân dân thành phố Vũng Tàu ban hành Kế hoạch chăm sóc người cao tuổi "
               "năm 2025 như sau:")
    body = source["noi_dung"].split("\n")
    source["noi_dung"] = "\n".join([opening, *[x for x in body if x.startswith(("I", "1", "-"))]])
    path = tmp_path / "kh.yaml"
    path.write_text(yaml.safe_dump(source, allow_unicode=True), encoding="utf-8")
    profile = tmp_path / "phuong.yaml"
    profile.write_text(WARD, encoding="utf-8")
    result = derive_file(path, profile, "ke-hoach", ngay=date(2025, 9, 1), today=date(2026, 1, 5))
    assert "Vũng Tàu ban hành" not in result.spec["noi_dung"]
    assert result.spec["noi_dung"].startswith("Thực hiện ")
    assert any("the source's own opening was left out" in w and "Vũng Tàu" in w
               for w in result.warnings), result.warnings


def test_a_special_zones_letter_names_it_after_its_first_mention(tmp_path):
    """``cap: đặc khu``: the letter names itself "Ủy ban nhân dân đặc khu", not "Ủy ban nhân
    dân" with its kind lost (found by a black-box run)."""
    from datetime import date

    from ntm_docgen.derive import derive_file

    zone = WARD.replace("cap: phường", "cap: đặc khu").replace("Phường 1", "Lý Sơn") \
        .replace("PHƯỜNG 1", "ĐẶC KHU LÝ SƠN").replace("Ủy ban nhân dân Lý Sơn",
                                                      "Ủy ban nhân dân đặc khu Lý Sơn")
    profile = tmp_path / "dk.yaml"
    profile.write_text(zone, encoding="utf-8")
    source = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"
    spec = derive_file(source, profile, "ke-hoach", ngay=date(2025, 9, 1), han=date(2025, 10, 1),
                       today=date(2026, 1, 5)).spec
    assert "Ủy ban nhân dân đặc khu" in spec["noi_dung"], spec["noi_dung"]
    assert "về Ủy ban nhân dân để" not in spec["noi_dung"]
    assert "TT Đảng ủy, TT HĐND đặc khu (b/c)" in spec["noi_nhan"]


@pytest.mark.parametrize(("tinh", "kind", "home"), [
    ("Đồng Đăng", "XÃ", "Lạng Sơn"),        # one xã of that name in the 2025 list
    ("Phú Quốc", "ĐẶC KHU", "An Giang"),
    ("Tân Thành", "XÃ", None),              # many provinces have one: not guessed
])
def test_a_commune_profile_without_thuoc_takes_its_province_from_the_list(tinh, kind, home):
    """Contract §5 has no ``thuoc``: a commune's profile written as it shows is of the province
    the 2025 list puts it in, so that the movement is renamed for it and another province's
    guidance is told (a black-box test's xã Đồng Đăng took Quảng Ngãi's letter unwarned)."""
    profile = parse_profile({
        "tinh": tinh, "cap": "xã", "co_quan": {"ten": f"ỦY BAN NHÂN DÂN\n{kind} {tinh.upper()}",
                                               "viet_tat": "UBND"},
        "ten_goi": f"Ủy ban nhân dân {kind.lower()} {tinh}", "dia_danh": tinh,
        "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH",
               "ho_ten": "Hà Thị Thu"}})
    assert profile.thuoc == home
    if home is not None:
        assert profile.phong_trao == home


def test_a_profile_whose_level_is_not_its_issuers_is_told(tmp_path, runner):
    """A profile saved with cap xã for "ỦY BAN NHÂN DÂN / HUYỆN TAM ĐƯỜNG" (a black-box test
    made one on the desk) makes letters that speak of the units below as a commune's: said."""
    profile = tmp_path / "p.yaml"
    profile.write_text(yaml.safe_dump({
        "tinh": "Tam Đường", "cap": "xã", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nHUYỆN TAM ĐƯỜNG",
                                                     "viet_tat": "UBND"},
        "ten_goi": "Ủy ban nhân dân huyện Tam Đường", "dia_danh": "Tam Đường",
        "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Lò Văn An"}}, allow_unicode=True),
        encoding="utf-8")
    result = runner.invoke(main, ["derive", str(HD_1741), "--profile", str(profile), "--as",
                                  "cong-van", "--ngay", "10/03/2024", "-o",
                                  str(tmp_path / "cv.docx")], env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 0, result.output
    assert "the profile's level (cap) is xã, but its issuer “HUYỆN TAM ĐƯỜNG” is a huyện's" \
        in result.output
