"""derive, sources that are not a plain guidance and offices of another place (derive8): a
Quyết định carried down by the plan it issues, not its căn cứ and articles (its attachment told
when the file lacks it); a letter of another province or huyện told naming both places, its
names kept as that place's and its targets named; a share of the people or households a target
of the level above too, money and figures per unit still left alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file, derive_letter, load_profile
from ntm_docgen.letter.spec import load_spec, parse_spec, read_data

TESTS = Path(__file__).resolve().parent
LETTERS = TESTS / "data" / "letters"
DATA = TESTS / "data" / "derive"
#: a province's decision issuing a plan, the plan and its two outlines attached (real, 2025)
SON_LA = LETTERS / "held_out_25" / "qd_2025_sonla_2307.txt"
#: a province's decision issuing a plan, transcribed without the plan (real, 2021)
BINH_DINH = LETTERS / "held_out_6" / "qd_2021_binhdinh_1528.txt"
PLAN = DATA / "tinh-lang-son-kh-chi-tieu-2026.yaml"
XA = DATA / "xa-mau-son-2026.yaml"  # a commune of Lạng Sơn
SO = DATA / "so-nnmt-lang-son-2026.yaml"
DAY = date(2025, 10, 1)
LEAD = "Chỉ tiêu theo Kế hoạch số 245/KH-UBND của Ủy ban nhân dân tỉnh Lạng Sơn:"


def _profile(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profile.yaml"
    path.write_text(text + "\nky: {quyen_han: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH], chuc_vu: PHÓ "
                    "CHỦ TỊCH, ho_ten: Lò Văn An}\ndon_vi: VP\n", encoding="utf-8")
    return path


@pytest.fixture
def muong_la(tmp_path: Path) -> Path:
    """A commune of Sơn La after the reform: the decision of Sơn La is its own province's."""
    return _profile(tmp_path, 'tinh: Mường La\ncap: xã\nthuoc: Sơn La\nco_quan: {ten: "ỦY BAN '
                    'NHÂN DÂN\\nXÃ MƯỜNG LA", viet_tat: UBND}\nten_goi: Ủy ban nhân dân xã '
                    "Mường La\ndia_danh: Mường La\nco_quan_thuong_truc: Phòng Văn hóa - Xã hội")


def _derive(source: Path, profile: Path, form: str = "ke-hoach", day: date = DAY):
    return derive_file(source, profile, form, ngay=day, han=date(day.year + 1, 3, 5), today=day)


def _lines(result) -> list[str]:
    return result.spec["noi_dung"].split("\n")


@pytest.mark.parametrize("form", ["ke-hoach", "huong-dan"])
def test_a_decision_is_carried_down_by_the_plan_it_issues(muong_la, form):
    result = _derive(SON_LA, muong_la, form)
    lines = _lines(result)
    assert lines[0].startswith("Thực hiện Quyết định số 2307/QĐ-UBND ngày 11/9/2025 của Ủy ban "
                               "nhân dân tỉnh Sơn La về việc ban hành Kế hoạch tổng kết 15 năm")
    assert not [x for x in lines if x.startswith("Điều ")]  # no article of the decision
    assert "chịu trách nhiệm thi hành" not in result.spec["noi_dung"]
    assert "I. MỤC ĐÍCH, YÊU CẦU" in lines and "1. Mục đích" in lines  # the plan's parts
    assert not any(x.startswith("(Kèm theo Quyết định") for x in lines)
    # the decision's căn cứ (its law, the Sở's proposal) are not the commune's
    can_cu = " ".join(result.spec.get("can_cu", []))
    assert "Luật Tổ chức chính quyền địa phương" not in can_cu
    assert "Theo đề nghị" not in can_cu
    # the plan's outline for the communes stays its phụ lục (its Phụ lục 1, the outline of the
    # Sở, ngành, is left out: test_derive_attached); the plan itself is no phụ lục of the letter
    titles = [p["tieu_de"] for p in result.spec["phu_luc"]]
    assert [t.split("\n")[0] for t in titles] == ["PHỤ LỤC 2"]
    assert any("the Kế hoạch attached to Quyết định số 2307/QĐ-UBND" in w
               for w in result.warnings)


def test_a_cong_van_from_a_decision_sends_no_article_in_its_outline(muong_la):
    result = _derive(SON_LA, muong_la, "cong-van")
    assert result.spec["trich_yeu"].startswith("V/v tổng kết 15 năm thi hành Luật Nuôi con nuôi")
    for part in result.spec["phu_luc"]:
        assert "Điều 1." not in part["noi_dung"] and "KẾ HOẠCH" not in part["tieu_de"]


def test_a_decision_whose_plan_the_file_lacks_is_told_and_none_of_its_articles_kept(tmp_path):
    quy_nhon = _profile(tmp_path, 'tinh: Quy Nhơn\ncap: huyện\nthuoc: Bình Định\nco_quan: {ten: '
                        '"ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ QUY NHƠN", viet_tat: UBND}\nten_goi: Ủy ban '
                        "nhân dân thành phố Quy Nhơn\ndia_danh: Quy Nhơn\nden_ngay: 2025-06-30")
    result = _derive(BINH_DINH, quy_nhon, day=date(2021, 5, 10))
    assert not [x for x in _lines(result) if x.startswith("Điều ")]
    assert "Giao Sở Lao động" not in result.spec["noi_dung"]
    assert not result.spec.get("can_cu")
    told = [w for w in result.warnings if "Quyết định số 1528/QĐ-UBND" in w
            and "does not hold" in w]
    assert len(told) == 1 and "Kế hoạch" in told[0]
    assert not any("of another" in w or "not addressed" in w for w in result.warnings)


def test_a_decision_issuing_nothing_attached_keeps_what_it_decides_not_its_force():
    source = parse_spec({
        "loai": "QĐ", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "viet_tat": "UBND"},
        "so": 12, "dia_danh": "Lạng Sơn", "ngay": date(2026, 9, 1),
        "trich_yeu": "Về việc giao chỉ tiêu xây dựng nông thôn mới năm 2027",
        "can_cu": ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"],
        "noi_dung": "Điều 1. Giao các xã, phường tổ chức rà soát các tiêu chí nông thôn mới.\n"
                    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
                    "Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này.",
        "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "A"}})
    result = derive_letter(source, load_profile(XA), "ke-hoach", ngay=date(2026, 10, 1),
                           today=date(2026, 10, 1))
    text = result.spec["noi_dung"]
    assert "1. Giao các thôn, tổ dân phố tổ chức rà soát các tiêu chí nông thôn mới." in text
    assert "Điều " not in text
    assert "có hiệu lực" not in text and "chịu trách nhiệm thi hành" not in text
    assert not result.spec.get("can_cu")
    assert any("issues no plan" in w and "“1. Giao" in w for w in result.warnings)


@pytest.mark.parametrize(("profile", "kept"), [("muong_la", False), ("mau_son", True)],
                         ids=["own-province", "another-province"])
def test_another_provinces_names_are_kept_as_its_own_and_told(muong_la, profile, kept):
    result = _derive(SON_LA, muong_la if profile == "muong_la" else XA, day=date(2026, 10, 1))
    text = result.spec["noi_dung"]
    assert ("trên địa bàn tỉnh Sơn La với các nội dung như sau:" in text) is kept
    assert ("trên địa bàn xã với các nội dung như sau:" in text) is not kept
    named = [w for w in result.warnings if "still name tỉnh Sơn La" in w]
    assert len(named) == int(kept)
    # told once that the letter is Sơn La's (above.py), the names kept only listed after it
    assert not [w for w in result.warnings if "whose letter it is" in w]
    if kept:  # the words about the name, not the citation at the line's start
        assert "“… Kế hoạch tổng kết" not in named[0] and "“Thực hiện" not in named[0]
        assert "trên địa bàn tỉnh Sơn La với các nội dung như sau:" in named[0]


@pytest.mark.parametrize(("huyen", "told"), [("CAO LỘC", False), ("LỘC BÌNH", True)],
                         ids=["own-huyen", "another-huyen"])
def test_a_phong_given_another_huyens_letter_is_told_naming_both(tmp_path, huyen, told):
    phong = _profile(tmp_path, 'tinh: Cao Lộc\ncap: huyện\nthuoc: Lạng Sơn\nco_quan: {chu_quan: '
                     'UBND HUYỆN CAO LỘC, ten: "PHÒNG NỘI VỤ", viet_tat: PNV}\nten_goi: Phòng Nội '
                     "vụ\ndia_danh: Cao Lộc\nden_ngay: 2025-06-30")
    data = read_data(PLAN)
    data["co_quan"] = {"ten": f"ỦY BAN NHÂN DÂN\nHUYỆN {huyen}", "viet_tat": "UBND"}
    data["ngay"] = date(2024, 3, 1)
    result = derive_letter(parse_spec(data), load_profile(phong), "huong-dan",
                           ngay=date(2024, 3, 10), today=date(2024, 3, 10))
    both = [w for w in result.warnings if "huyện Lộc Bình" in w and "huyện Cao Lộc" in w]
    assert bool(both) is told
    # the other huyện's targets are not the Phòng's own huyện's either
    assert (LEAD.replace("tỉnh Lạng Sơn", "huyện Lộc Bình") in _lines(result)) is told


def test_a_so_is_told_of_another_provinces_targets():
    data = read_data(PLAN)
    data["co_quan"]["ten"] = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI"
    result = derive_letter(parse_spec(data), load_profile(SO), "huong-dan",
                           ngay=date(2026, 10, 25), today=date(2026, 10, 25))
    assert LEAD.replace("Lạng Sơn", "Lào Cai") in _lines(result)
    assert any("12 xã”" in w for w in result.warnings)


def _with_line(line: str):
    data = read_data(PLAN)
    data["noi_dung"] = data["noi_dung"].replace("II. NỘI DUNG\n", f"II. NỘI DUNG\n{line}\n")
    return derive_letter(parse_spec(data), load_profile(XA), "ke-hoach", ngay=date(2026, 10, 28),
                         han=date(2027, 11, 5), today=date(2026, 10, 28))


@pytest.mark.parametrize("line", [
    "Phấn đấu đến năm 2027 có 100 % hộ dân được sử dụng nước sạch.",
    "Mục tiêu: 95% dân số tham gia bảo hiểm y tế.",
    "Phấn đấu tỷ lệ hộ nghèo giảm 1,5% so với năm 2026.",
    "Chỉ tiêu: 75% lao động nông thôn qua đào tạo.",
], ids=["households", "population", "rate-of-households", "workers"])
def test_a_share_of_people_or_households_is_a_target_of_the_level_above(line):
    result = _with_line(line)
    assert line in _lines(result)
    assert any(f"“{line}”" in w for w in result.warnings)


@pytest.mark.parametrize("line", [
    "- Phấn đấu hỗ trợ 5 triệu đồng/hộ cho 100% hộ nghèo.",
    "- Phấn đấu mỗi hộ dân đóng góp 5% giá trị công trình.",
    "- Phấn đấu hỗ trợ 120 hộ làm nhà ở.",
    "- Tuyên truyền để 100% hộ dân biết.",
], ids=["money", "per-household", "count-of-households", "no-aim"])
def test_money_a_figure_per_household_or_a_count_is_left_alone(line):
    result = _with_line(line)
    assert line in _lines(result)
    assert not any(line in w for w in result.warnings)


def test_the_provinces_own_plan_for_its_department_still_keeps_its_targets_unmarked():
    result = derive_letter(load_spec(PLAN), load_profile(SO), "huong-dan",
                           ngay=date(2026, 10, 25), today=date(2026, 10, 25))
    assert LEAD not in _lines(result)


def test_the_own_citys_name_outside_its_territory_phrases_is_kept():
    """"… năm 2025 của UBND thành phố Vũng Tàu" is the city's own name, not the ward's
    territory: only "trên địa bàn (toàn) thành phố …" and "toàn thành phố …" become the ward's
    (a first cut of derive8 made it "của UBND phường")."""
    result = derive_file(LETTERS / "held_out_27" / "kh_2025_vungtau_2144.txt",
                         DATA / "phuong-1-vung-tau-2025.yaml", "ke-hoach",
                         ngay=date(2025, 3, 24), today=date(2025, 3, 24))
    assert any("năm 2025 của UBND thành phố Vũng Tàu, đề nghị" in w for w in result.warnings)


def test_the_citation_of_another_places_letter_is_not_quoted_as_a_name_kept(tmp_path):
    """"Thực hiện Kế hoạch của Sở Công thương tỉnh Lào Cai về việc …" (no number, so no
    "… số …" citation) names the letter implemented as it is: not a name to rewrite."""
    data = read_data(PLAN)
    data["co_quan"]["ten"] = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI"
    data.pop("so")
    data["trich_yeu"] = "Tổ chức thực hiện phong trào thi đua năm 2027"
    result = derive_letter(parse_spec(data), load_profile(XA), "ke-hoach",
                           ngay=date(2026, 10, 28), today=date(2026, 10, 28))
    assert "của Ủy ban nhân dân tỉnh Lào Cai về việc" in _lines(result)[0]
    named = [w for w in result.warnings if "still name tỉnh Lào Cai" in w]
    assert not named or "“Thực hiện Kế hoạch" not in named[0]


def test_a_commune_reports_to_its_own_province_not_to_the_other_place():
    """Another province's plan: the commune's closing line and Nơi nhận name its own province,
    never the other's, and the line the tool wrote is not quoted as a name kept (review9
    findings 7, 8)."""
    data = read_data(PLAN)
    data["co_quan"]["ten"] = "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH"
    result = derive_letter(parse_spec(data), load_profile(XA), "ke-hoach",
                           ngay=date(2026, 10, 28), today=date(2026, 10, 28))
    text = result.spec["noi_dung"]
    assert "báo cáo Ủy ban nhân dân tỉnh Lạng Sơn theo quy định" in text
    assert "báo cáo Ủy ban nhân dân tỉnh Tây Ninh" not in text
    assert not any("Tây Ninh" in x for x in result.spec.get("noi_nhan") or [])
    assert not any("Giao Phòng Kinh tế theo dõi" in w for w in result.warnings)


def test_a_phongs_names_of_another_huyen_are_quoted_by_their_words(tmp_path):
    """Another huyện's guidance: the warning quotes the words about the name, not the line's
    start."""
    phong = _profile(tmp_path, 'tinh: Cao Lộc\ncap: huyện\nthuoc: Lạng Sơn\nco_quan: {chu_quan: '
                     '"UBND HUYỆN CAO LỘC", ten: "PHÒNG NÔNG NGHIỆP\\nVÀ PTNT", viet_tat: NNPTNT}\n'
                     "ten_goi: Phòng Nông nghiệp và Phát triển nông thôn huyện Cao Lộc\n"
                     "dia_danh: Cao Lộc")
    data = read_data(PLAN)
    data["co_quan"] = {"ten": "ỦY BAN NHÂN DÂN\nHUYỆN LỘC BÌNH", "viet_tat": "UBND",
                       "chu_quan": "TỈNH LẠNG SƠN"}
    data["noi_dung"] = ("I. NỘI DUNG\n1. Các xã tổ chức tuyên truyền sâu rộng các nội dung của "
                        "phong trào thi đua đến toàn thể nhân dân trên địa bàn huyện Lộc Bình "
                        "trong năm 2024.")
    result = derive_letter(parse_spec(data), load_profile(phong), "huong-dan",
                           ngay=date(2024, 10, 1), today=date(2024, 10, 1))
    named = [w for w in result.warnings if "huyện Lộc Bình, whose letter it is" in w]
    assert len(named) == 1
    assert "“… toàn thể nhân dân trên địa bàn huyện Lộc Bình trong năm 2024.”" in named[0]
    assert "“1. Các xã" not in named[0]


def test_a_decision_issuing_rules_in_articles_carries_none_of_them():
    """A Quy chế attached ("Điều 1. Phạm vi điều chỉnh …") is no plan's parts: neither its
    articles nor the decision's are the commune's Kế hoạch, which says so."""
    source = parse_spec({
        "loai": "QĐ", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "viet_tat": "UBND"},
        "so": 1167, "dia_danh": "Lạng Sơn", "ngay": date(2026, 6, 13),
        "trich_yeu": "Ban hành Quy chế xét khen thưởng phong trào thi đua “Lạng Sơn chung sức "
                     "xây dựng nông thôn mới”",
        "noi_dung": "Điều 1. Ban hành kèm theo Quyết định này Quy chế xét khen thưởng.\n"
                    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "A"},
        "phu_luc": [{"tieu_de": "QUY CHẾ\nXét khen thưởng phong trào thi đua",
                     "noi_dung": "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
                                 "Quy chế này quy định việc xét khen thưởng."}]})
    result = derive_letter(source, load_profile(XA), "ke-hoach", ngay=date(2026, 10, 1),
                           today=date(2026, 10, 1))
    assert "Điều" not in result.spec["noi_dung"] and "Phạm vi điều chỉnh" not in str(result.spec)
    assert any("Quy chế attached to Quyết định số 1167/QĐ-UBND is set out in articles" in w
               for w in result.warnings)


def test_a_decisions_khoan_stay_under_its_article_and_its_own_words_are_kept():
    """"Điều 1 … như sau: / 1. … / 2. … / Điều 2. …" is carried down as items 1 and 2, the
    khoản of Điều 1 as its points a), b), never counted as items (review9 finding 3); "Quyết
    định này" in an article is the decision's, not the commune's plan (finding 4)."""
    source = parse_spec({
        "loai": "QĐ", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "viet_tat": "UBND"},
        "so": 12, "dia_danh": "Lạng Sơn", "ngay": date(2026, 9, 1),
        "trich_yeu": "Về việc giao chỉ tiêu xây dựng nông thôn mới năm 2027",
        "noi_dung": "Điều 1. Giao chỉ tiêu xây dựng nông thôn mới năm 2027 như sau:\n"
                    "1. Xã Mẫu Sơn: đạt thêm 2 tiêu chí.\n2. Xã Bắc Sơn: đạt thêm 3 tiêu chí.\n"
                    "Điều 2. Giao Phòng Kinh tế hướng dẫn các xã thực hiện Quyết định này.\n"
                    "Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này.",
        "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "A"}})
    result = derive_letter(source, load_profile(XA), "ke-hoach", ngay=date(2026, 10, 1),
                           today=date(2026, 10, 1))
    lines = _lines(result)
    at = lines.index("1. Giao chỉ tiêu xây dựng nông thôn mới năm 2027 như sau:")
    assert lines[at + 1:at + 4] == [
        "a) Xã Mẫu Sơn: đạt thêm 2 tiêu chí.", "b) Xã Bắc Sơn: đạt thêm 3 tiêu chí.",
        "2. Giao Phòng Kinh tế hướng dẫn các xã thực hiện Quyết định này."]
    told = next(w for w in result.warnings if "issues no plan" in w)
    assert told.endswith("“1. Giao chỉ tiêu xây dựng nông thôn mới năm 2027 như sau:”; "
                         "“2. Giao Phòng Kinh tế hướng dẫn các xã thực hiện Quyết định này.”")


@pytest.mark.parametrize("name", ["held_out_26/qd_2025_tayninh_311",
                                  "held_out_25/qd_2025_langson_431",
                                  "held_out_26/qd_2025_laichau_272"])
def test_a_decision_publishing_a_list_of_procedures_is_told_its_list_is_missing(name):
    """"Công bố kèm theo Quyết định này Danh mục thủ tục hành chính …" publishes a Danh mục: the
    commune does not publish it itself ("1. Công bố kèm theo Kế hoạch này Danh mục …"), and the
    Danh mục the file lacks is told (review9 finding 4)."""
    result = _derive(LETTERS / f"{name}.txt", XA, day=date(2026, 10, 1))
    assert "Công bố kèm theo" not in result.spec["noi_dung"]
    assert any("issues a Danh mục attached to it, which the file given does not hold" in w
               for w in result.warnings)


def test_an_article_whose_khoan_only_give_the_decision_force_is_left_out(monkeypatch):
    """Phú Thọ's "Điều 4. Hiệu lực và trách nhiệm thi hành" / "1. Quyết định này có hiệu lực
    …" / "2. … căn cứ quyết định thực hiện./." is the decision's force, not a task: left out
    with its khoản, the articles before it kept as items 1 to 3. The decision, a Sở's charter,
    gives no unit work and is refused (test_derive_no_work, derive22); its articles are read
    here as if it did."""
    import ntm_docgen.derive.source as source

    monkeypatch.setattr(source, "no_work", lambda *_args: None)
    result = _derive(LETTERS / "held_out_26" / "qd_2025_phutho_03.txt", XA, day=date(2026, 10, 1))
    text = result.spec["noi_dung"]
    assert "Hiệu lực và trách nhiệm thi hành" not in text and "có hiệu lực" not in text
    assert "căn cứ quyết định thực hiện" not in text
    assert "3. Cơ cấu tổ chức và biên chế" in text.split("\n")
