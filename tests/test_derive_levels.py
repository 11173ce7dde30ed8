"""derive, a letter for a commune or a district from its province's: a công văn's request carried
into a Kế hoạch or Hướng dẫn without the province's deadline, offices and closing; lists of levels
mapped down without a level named twice; the huyện level after 1 July 2025 warned of; a source
of another province, or not from a level above, warned of (found by a black-box run)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file, derive_letter, load_profile
from ntm_docgen.letter.spec import parse_spec

ROOT = Path(__file__).resolve().parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
HD_106 = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"
PLAN_XA = ROOT / "data" / "examples" / "2025-ke-hoach-xa-tan-thanh.yaml"
XA = "xa-tan-thanh-lang-son"


@pytest.fixture(scope="module")
def cong_van_tinh():
    """The province's công văn from the central guidance: reports to its Sở Nội vụ by 30/10."""
    result = derive_file(HD_1741, Path("lang-son"), "cong-van", ngay=date(2025, 9, 15),
                         so=2150, han=date(2025, 10, 30), today=date(2025, 9, 15))
    return parse_spec(result.spec)


@pytest.mark.parametrize("form", ["ke-hoach", "huong-dan"])
def test_a_communes_plan_from_the_provinces_cong_van_keeps_none_of_its_request(cong_van_tinh,
                                                                               form):
    result = derive_letter(cong_van_tinh, load_profile(XA), form, ngay=date(2025, 9, 20),
                           han=date(2025, 10, 15), today=date(2025, 9, 20))
    body = result.spec["noi_dung"]
    assert "Sở Nội vụ" not in body and "30/10/2025" not in body
    assert "tham mưu Ủy ban nhân dân tỉnh" not in body
    assert "Công văn này" not in body
    assert ("Kế hoạch này" if form == "ke-hoach" else "Hướng dẫn này") in body
    assert body.count("./.") == 1 and body.endswith("./.")
    assert body.count("trước ngày") == 1 and "trước ngày 15/10/2025" in body
    assert "Văn phòng HĐND và UBND xã trước ngày 15/10/2025" in body
    assert "đề nghị các ban, ngành, đoàn thể xã; trưởng các thôn" not in body
    assert ", (sao gửi kèm theo)" not in body
    # the request's items are the letter's NỘI DUNG, numbered again without the one left out
    assert "I. NỘI DUNG\n1. Căn cứ chức năng" in body and "\n3. " not in body
    left = next(w for w in result.warnings if "“3. Gửi báo cáo" in w)
    assert "“Giao Sở Nội vụ theo dõi" in left
    assert any("“Đề nghị các cơ quan, đơn vị, địa phương quan tâm" in w for w in result.warnings)


def test_the_cong_van_form_from_the_same_source_is_as_it_was(cong_van_tinh):
    result = derive_letter(cong_van_tinh, load_profile(XA), "cong-van", ngay=date(2025, 9, 20),
                           han=date(2025, 10, 15), today=date(2025, 9, 20))
    body = result.spec["noi_dung"]
    assert "về Văn phòng HĐND và UBND xã trước ngày 15/10/2025" in body
    assert "Sở Nội vụ" not in body and body.count("./.") == 1


@pytest.fixture(scope="module")
def plan_2026():
    return derive_file(HD_106, Path(XA), "ke-hoach", ngay=date(2026, 1, 5),
                       han=date(2026, 1, 31), today=date(2026, 1, 5))


def test_a_list_of_levels_mapped_down_names_no_level_twice(plan_2026):
    body = plan_2026.spec["noi_dung"]
    assert "- Các ban, ngành, đoàn thể xã; doanh nghiệp; các thôn, tổ dân phố trên địa bàn " \
           "toàn xã có thành tích" in body
    assert "; xã; thôn" not in body


def test_a_2026_communes_plan_quotes_what_it_still_says_of_the_huyen(plan_2026):
    told = next(w for w in plan_2026.warnings if "huyện" in w and "01/07/2025" in w)
    assert "“c) Các huyện:”" in told
    assert "UBND huyện, thành phố quy định" in told
    assert "của huyện" in told  # quoted about the word, far in its line


def test_a_2019_districts_plan_says_its_own_offices_and_lists():
    result = derive_file(HD_106, Path("huyen-dak-ha-2024"), "ke-hoach", ngay=date(2019, 6, 10),
                         today=date(2019, 6, 10))
    body = result.spec["noi_dung"]
    assert "các xã, thị trấn; thôn trên địa bàn toàn huyện" in body
    assert "; xã; thôn" not in body
    assert "Thủ trưởng các phòng, ban, ngành huyện, Chủ tịch UBND các xã, thị trấn:" in body
    assert "UBND huyện, thành phố" not in body and "các sở, ban, ngành" not in body
    # before 1 July 2025 a huyện is a huyện: nothing said of it
    assert not any("01/07/2025" in w and "huyện" in w for w in result.warnings)


def test_a_source_of_another_province_is_warned_of():
    result = derive_file(HD_106, Path("huyen-dak-ha-2024"), "ke-hoach", ngay=date(2019, 6, 10),
                         today=date(2019, 6, 10))
    told = [w for w in result.warnings if "Lạng Sơn" in w and "Kon Tum" in w]
    assert len(told) == 1 and "Sở Nội vụ tỉnh Lạng Sơn" in told[0]
    assert result.warnings[0] == told[0]  # the first the clerk reads: maybe the wrong letter


def test_a_source_of_the_units_own_province_says_nothing_of_it(plan_2026):
    assert not any("Kon Tum" in w or "not of a level above" in w for w in plan_2026.warnings)


def test_a_source_from_below_is_warned_of():
    """The province "implementing" a commune's plan, and reporting to that commune: told once,
    and the letter reports to no one (tests/test_derive_lower_own.py)."""
    result = derive_file(PLAN_XA, Path("lang-son"), "cong-van", ngay=date(2025, 9, 10),
                         today=date(2025, 9, 10))
    told = [w for w in result.warnings if "level above" in w or "level below" in w]
    assert len(told) == 1
    assert "Ủy ban nhân dân xã Tân Thành" in told[0] and "Ủy ban nhân dân tỉnh Lạng Sơn" in told[0]
    assert not any("Tân Thành" in x for x in result.spec["noi_nhan"])


@pytest.mark.parametrize("name", ["cv_2026_laocai_193.txt", "cv_2025_bca_4409.txt"])
def test_a_plan_from_a_cong_van_ends_once(name):
    """The công văn's last line ("… nghiêm túc triển khai thực hiện./.", "Trân trọng cảm ơn
    …./.") stood before the plan's THỜI GIAN and TỔ CHỨC THỰC HIỆN (found over the letters of
    tests/data/letters: 144 of 266 plans and guidances derived for xã Tân Thành)."""
    source = next((ROOT / "tests" / "data" / "letters").rglob(name))
    result = derive_file(source, Path(XA), "ke-hoach", ngay=date(2026, 1, 5),
                         han=date(2026, 1, 31), today=date(2026, 1, 5))
    body = result.spec["noi_dung"]
    assert body.count("./.") == 1 and body.endswith("./.")


def test_a_department_implementing_its_provinces_plan_is_not_warned_of():
    """The Sở Nội vụ (its parent body named) carries out the UBND tỉnh's letter: from above;
    a sibling Sở's is not."""
    plan = {"loai": "KH", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "viet_tat": "UBND"},
            "so": 44, "dia_danh": "Lạng Sơn", "ngay": "2019-04-11",
            "trich_yeu": "Tổng kết phong trào thi đua", "noi_dung": "I. MỤC ĐÍCH\n- A",
            "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Hồ Tiến Thiệu"}}
    sibling = {**plan, "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ TÀI CHÍNH",
                                   "viet_tat": "STC"}}
    told = []
    for source in (plan, sibling):
        result = derive_letter(parse_spec(source), load_profile("lang-son-snv-2019"),
                               "huong-dan", ngay=date(2019, 5, 31), today=date(2019, 5, 31))
        told.append([w for w in result.warnings if "not of a level above" in w
                     or "own province" in w])
    assert told[0] == []
    assert len(told[1]) == 1 and "Sở Tài chính tỉnh Lạng Sơn" in told[1][0]


def test_a_communes_plan_sends_its_reports_to_its_own_office_only(tmp_path) -> None:
    """The province's plan said twice where reports go (its deadline, then again in TỔ CHỨC
    THỰC HIỆN without a date, to the Sở Nội vụ): the commune's plan kept the second, so its
    reports went to two places (found by a visual review of the printed letters)."""
    from click.testing import CliRunner

    from ntm_docgen.cli.main import main

    guide = Path(__file__).resolve().parent.parent / "data" / "examples" / \
        "000-huong-dan-1741-btdkt.yaml"
    province = tmp_path / "tinh-kh.yaml"
    runner = CliRunner()
    first = runner.invoke(main, ["derive", str(guide), "--profile", "lang-son", "--as",
                                 "ke-hoach", "-o", str(tmp_path / "tinh.docx"), "--spec-out",
                                 str(province), "--ngay", "15/01/2026", "--so", "12"])
    assert first.exit_code == 0, first.output
    commune = tmp_path / "xa.yaml"
    second = runner.invoke(main, ["derive", str(province), "--profile", "xa-tan-thanh-lang-son",
                                  "--as", "ke-hoach", "-o", str(tmp_path / "xa.docx"),
                                  "--spec-out", str(commune), "--ngay", "05/02/2026",
                                  "--han", "20/03/2026"])
    assert second.exit_code == 0, second.output
    text = commune.read_text(encoding="utf-8")
    assert "về Sở Nội vụ" not in text and "về Văn phòng HĐND và UBND xã trước ngày" in text


def test_a_districts_letter_dated_after_the_huyen_ended_is_refused(tmp_path):
    """A huyện's profile with a date after 1 July 2025 wrote a letter of a body that no
    longer existed on its date, to "các xã, thị trấn" (a black-box finding): refused naming
    the level and what to use, nothing written; dated before, it is written."""
    import yaml
    from click.testing import CliRunner

    from ntm_docgen import api
    from ntm_docgen.cli.main import main

    data = yaml.safe_load(api.profile_path("huyen-dak-ha-2024").read_text(encoding="utf-8"))
    data.pop("den_ngay", None)  # a clerk's own profile, which says no end of the huyện
    profile = tmp_path / "dak-ha.yaml"
    profile.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "cv.docx"
    args = ["--lang", "en", "derive", str(HD_106), "--profile", str(profile), "--as",
            "cong-van", "-o", str(out)]
    result = CliRunner().invoke(main, [*args, "--ngay", "01/12/2026"])
    assert result.exit_code == 1, result.output
    assert "cap: there is no huyện level on 01/12/2026" in result.output
    assert "the profile of the tỉnh or of the xã that took over" in result.output
    assert not out.exists()
    before = CliRunner().invoke(main, [*args, "--ngay", "01/12/2024"])
    assert before.exit_code == 0, before.output


DE_CUONG_748 = ROOT / "tests" / "data" / "letters" / "seed_002_decuong_2019_btdkt_748.txt"
TALLIES = ("- Số xã được khen thưởng.", "- Số huyện, thị xã được khen thưởng.")


@pytest.mark.parametrize(("profile", "day", "kept"), [
    (ROOT / "tests" / "data" / "derive" / "xa-mau-son-2026.yaml", date(2026, 12, 10), ()),
    (ROOT / "tests" / "data" / "derive" / "huyen-cao-loc-2024.yaml", date(2024, 10, 1),
     TALLIES[:1]),
    (ROOT / "tests" / "data" / "derive" / "so-nnmt-lang-son-2026.yaml", date(2026, 12, 10),
     TALLIES[:1]),
    (Path("lang-son-snv-2019"), date(2019, 6, 1), TALLIES),
], ids=["xa-2026", "huyen-2024", "so-2026", "so-2019"])
def test_an_outline_counts_only_the_units_below_the_unit(profile, day, kept):
    """Đề cương 748's "Số xã / Số huyện, thị xã được khen thưởng" (a province's tallies) in a
    commune's letter of 2026 counted communes and huyện; a huyện counted huyện; a province in
    2026 counted the huyện abolished on 1 July 2025."""
    result = derive_file(DE_CUONG_748, profile, "cong-van", ngay=day, today=day)
    outline = result.spec["phu_luc"][0]["noi_dung"].split("\n")
    assert [x for x in outline if x in TALLIES] == list(kept)
    assert "- Cá nhân, doanh nghiệp được khen thưởng." in outline
    told = [w for w in result.warnings if "count units that are not below" in w]
    assert len(told) == (len(kept) < 2)
    if kept != TALLIES:
        assert "Số huyện, thị xã" in told[0]


@pytest.mark.parametrize(("han", "told"), [(date(2019, 8, 5), True), (date(2019, 7, 31), True),
                                           (date(2019, 7, 20), False)],
                         ids=["after", "same-day", "before"])
def test_a_deadline_not_before_the_one_above_is_told(han, told):
    """Hướng dẫn 106/HD-SNV asks the huyện's reports by 31/7/2019 ("Thời gian hoàn thành trước
    ngày 31/7/2019", a line of its own): a huyện asking its units by 05/8 was not told."""
    day = date(2019, 6, 10)
    result = derive_file(HD_106, ROOT / "tests" / "data" / "derive" / "huyen-cao-loc-2024.yaml",
                         "cong-van", ngay=day, han=han, today=day)
    said = [w for w in result.warnings if "is not before 31/7/2019" in w]
    assert len(said) == told
    if told:
        assert "“Thời gian hoàn thành trước ngày 31/7/2019”" in said[0]


def _huyen_letter(tmp_path: Path, co_quan: str, ngay: str) -> Path:
    spec = tmp_path / "kh.yaml"
    spec.write_text(
        f"loai: KH\nco_quan: {co_quan}\nso: 12\nky_hieu: KH-BTG\ndia_danh: Bảo Thắng\n"
        f"ngay: {ngay}\ntrich_yeu: Kế hoạch tuyên truyền phong trào thi đua chung sức xây dựng "
        "nông thôn mới\nnoi_dung: |-\n  I. MỤC ĐÍCH, YÊU CẦU\n  1. Tuyên truyền sâu rộng.\n  "
        "II. NỘI DUNG\n  1. Các xã tổ chức tuyên truyền.\nky: {chuc_vu: TRƯỞNG BAN, ho_ten: "
        "Nguyễn Văn A}\n", encoding="utf-8")
    return spec


BAO_THANG = ROOT / "tests" / "data" / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
BTG_HUYEN_UY = "{chu_quan: HUYỆN ỦY BẢO THẮNG, ten: BAN TUYÊN GIÁO}"


@pytest.mark.parametrize("co_quan", [BTG_HUYEN_UY, "{ten: HUYỆN UỶ BẢO THẮNG}",
                                     "{ten: ỦY BAN NHÂN DÂN HUYỆN BẢO THẮNG}"],
                         ids=["party-body", "party-committee", "people-s-committee"])
def test_a_letter_of_the_huyen_level_dated_when_there_is_none_is_told(tmp_path, co_quan):
    """derive23: "Ban Tuyên giáo Huyện ủy Bảo Thắng" in a letter dated 10/8/2025 was derived
    as any letter from above, untold."""
    day = date(2025, 8, 20)
    result = derive_file(_huyen_letter(tmp_path, co_quan, "2025-08-10"), BAO_THANG, "cong-van",
                         ngay=day, today=day)
    told = [w for w in result.warnings if "a body of the huyện level" in w]
    assert len(told) == 1 and "dated 10/08/2025" in told[0] and "no huyện" in told[0]
    assert result.warnings.index(told[0]) == 0  # first: the wrong letter


def test_a_letter_of_the_huyen_level_from_before_is_told_as_a_level_gone(tmp_path):
    day = date(2025, 7, 2)
    result = derive_file(_huyen_letter(tmp_path, BTG_HUYEN_UY, "2025-06-10"), BAO_THANG,
                         "cong-van", ngay=day, today=day)
    told = [w for w in result.warnings if "a body of the huyện level" in w]
    assert len(told) == 1 and "has not existed since 01/07/2025" in told[0]


def test_a_letter_of_the_huyen_level_before_1_july_2025_is_not_told(tmp_path):
    day = date(2025, 6, 20)
    doan_ket = ROOT / "tests" / "data" / "derive" / "xa-doan-ket-2026.yaml"  # no tu_ngay
    result = derive_file(_huyen_letter(tmp_path, BTG_HUYEN_UY, "2025-06-10"), doan_ket,
                         "cong-van", ngay=day, today=day)
    assert not [w for w in result.warnings if "a body of the huyện level" in w]


@pytest.mark.parametrize(("co_quan", "told"), [
    ("{chu_quan: ĐẢNG BỘ TỈNH LÀO CAI, ten: THÀNH ỦY LÀO CAI}", True),
    ("{ten: THÀNH UỶ VŨNG TÀU}", True),
    ("{chu_quan: THÀNH ỦY LÀO CAI, ten: BAN TUYÊN GIÁO}", True),
    ("{ten: THÀNH ỦY HÀ NỘI}", False),
    ("{chu_quan: THÀNH ỦY HUẾ, ten: BAN DÂN VẬN}", False),
    ("{ten: THÀNH ỦY HỒ CHÍ MINH}", False),
    ("{ten: TỈNH ỦY LÀO CAI}", False),
], ids=["city-of-a-province", "vung-tau", "its-body", "ha-noi", "hue-body", "hcm", "tinh-uy"])
def test_a_citys_party_committee_is_of_the_huyen_level_unless_its_city_is_a_province(
        tmp_path, co_quan, told):
    """derive24: "Thành ủy Lào Cai" (a city of Lào Cai) in a letter dated 10/8/2025 was derived
    untold, as the word "Thành ủy" is also that of Hà Nội's, a province's: the city is looked
    for among the 34 provinces."""
    day = date(2025, 8, 20)
    result = derive_file(_huyen_letter(tmp_path, co_quan, "2025-08-10"), BAO_THANG, "cong-van",
                         ngay=day, today=day)
    assert bool([w for w in result.warnings if "a body of the huyện level" in w]) is told
