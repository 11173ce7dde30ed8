"""derive: citation, renaming, level mapping by date, the three forms, --spec-out round trip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from docxview import open_docx, paragraphs, texts

from ntm_docgen.cli.main import main
from ntm_docgen.derive import derive_file, load_profile
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec, parse_spec

ROOT = Path(__file__).resolve().parent.parent
LETTERS = Path(__file__).resolve().parent / "data" / "letters"  # with copies of the seeds
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
HD_748 = ROOT / "data" / "examples" / "002-huong-dan-748-de-cuong.yaml"
PROFILES = ROOT / "data" / "profiles"
KON_TUM = PROFILES / "kon-tum-2024.yaml"
QUANG_NGAI = PROFILES / "quang-ngai.yaml"
LANG_SON = PROFILES / "lang-son.yaml"
TAN_THANH = PROFILES / "xa-tan-thanh-lang-son.yaml"
DAK_HA = PROFILES / "huyen-dak-ha-2024.yaml"
TODAY = date(2026, 11, 23)
CITATION_1741 = ("Thực hiện Hướng dẫn số 1741/HD-BTĐKT ngày 31/7/2018 của Ban Thi đua - Khen "
                 "thưởng Trung ương về việc sơ kết Phong trào thi đua “Cả nước chung sức xây dựng "
                 "nông thôn mới” giai đoạn 2016 - 2020")


def derive(central: Path, profile: Path, form: str, **kw):
    return derive_file(central, profile, form, today=TODAY, **kw)


def body_of(spec: dict) -> str:
    return "\n".join([spec.get("trich_yeu", ""), *spec.get("can_cu", []), spec["noi_dung"],
                      *(p["tieu_de"] + "\n" + p["noi_dung"] for p in spec.get("phu_luc", []))])


@pytest.mark.parametrize("form", ["cong-van", "huong-dan", "ke-hoach"])
def test_cites_the_source_as_clerks_do(form):
    spec = derive(HD_1741, KON_TUM, form, ngay=date(2018, 8, 20), han=date(2018, 9, 30)).spec
    assert spec["noi_dung"].startswith(CITATION_1741)


@pytest.mark.parametrize("form", ["cong-van", "huong-dan", "ke-hoach"])
def test_a_trich_yeu_printed_in_capitals_is_cited_in_running_case(form, tmp_path):
    """An old letter prints its trích yếu in capitals, "VỀ VIỆC" included: it is cited "về
    việc sơ kết …" (not "về việc VỀ VIỆC SƠ KẾT …") and the new letter's own trích yếu is
    in small letters, as the decree sets a trích yếu."""
    data = yaml.safe_load(HD_1741.read_text(encoding="utf-8"))
    data["trich_yeu"] = ("VỀ VIỆC SƠ KẾT PHONG TRÀO THI ĐUA “CẢ NƯỚC CHUNG SỨC XÂY DỰNG NÔNG "
                         "THÔN MỚI” GIAI ĐOẠN 2016 - 2020")
    central = tmp_path / "hd.yaml"
    central.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    spec = derive(central, KON_TUM, form, ngay=date(2018, 8, 20), han=date(2018, 9, 30)).spec
    assert spec["noi_dung"].startswith(CITATION_1741.replace("Phong trào", "phong trào"))
    assert "VIỆC" not in body_of(spec) and "PHONG TRÀO" not in body_of(spec)


@pytest.mark.parametrize(("profile", "name"), [(KON_TUM, "Kon Tum"), (QUANG_NGAI, "Quảng Ngãi")],
                         ids=["kon-tum", "quang-ngai"])
def test_renames_the_movement_except_in_citations(profile, name):
    ngay = date(2018, 8, 20) if profile == KON_TUM else date(2025, 8, 1)
    spec = derive(HD_1741, profile, "huong-dan", ngay=ngay).spec
    text = body_of(spec)
    assert spec["trich_yeu"] == (f"Sơ kết Phong trào thi đua “{name} chung sức xây dựng nông "
                                 "thôn mới” giai đoạn 2016 - 2020")
    # the citations of 1741 itself, of QĐ 1730 (căn cứ) and of HD 2176 (body) keep the name
    assert text.count("“Cả nước chung sức") == 3
    assert "Hướng dẫn số 2176/HD-BTĐKT ngày 31 tháng 10 năm 2016" in text
    assert "2176/HD-BTĐKT ngày 31 tháng 10 năm 2016 của Ban Thi đua - Khen thưởng Trung ương " \
           "về việc khen thưởng đối với các tập thể, cá nhân có thành tích xuất sắc trong Phong " \
           "trào thi đua “Cả nước chung sức" in text
    assert f"“{name} chung sức xây dựng nông thôn mới” các sở, ban, ngành" in text
    assert spec["can_cu"] == [
        "Căn cứ Quyết định số 1730/QĐ-TTg ngày 05 tháng 9 năm 2016 của Thủ tướng Chính phủ ban "
        "hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Cả nước chung sức xây dựng nông "
        "thôn mới” giai đoạn 2016 - 2020"]


LEVELS = [
    # (profile, --ngay, must appear, must not appear)
    (KON_TUM, date(2018, 8, 20),
     ["* Đối với các sở, ban, ngành, đoàn thể cấp tỉnh căn cứ",
      "đối với cấp huyện, cấp xã gắn với",
      "của từng sở, ban, ngành, đoàn thể cấp tỉnh và địa phương",
      "Ủy ban nhân dân các huyện, thành phố thực hiện việc khen thưởng",
      "Căn cứ Hướng dẫn này các huyện, thành phố, các sở, ban, ngành"],
     ["bộ, ban, ngành", "tỉnh, thành phố trực thuộc Trung ương", "cấp tỉnh, cấp huyện"]),
    (QUANG_NGAI, date(2025, 7, 1),
     ["đối với cấp xã gắn với",
      "Ủy ban nhân dân các xã, phường, đặc khu thực hiện việc khen thưởng",
      "Căn cứ Hướng dẫn này các xã, phường, đặc khu, các sở, ban, ngành"],
     ["huyện", "bộ, ban, ngành", "trực thuộc Trung ương"]),
    (LANG_SON, date(2025, 6, 30),
     ["đối với cấp huyện, cấp xã", "Ủy ban nhân dân các huyện, thị xã, thành phố"], ["phường"]),
    (LANG_SON, date(2025, 7, 1),
     ["đối với cấp xã gắn với", "Ủy ban nhân dân các xã, phường thực hiện"], ["huyện", "đặc khu"]),
]


@pytest.mark.parametrize(("profile", "ngay", "present", "absent"), LEVELS,
                         ids=["kon-tum-2018", "quang-ngai-2025-07-01", "lang-son-2025-06-30",
                              "lang-son-2025-07-01"])
def test_levels_map_one_step_down_by_the_letters_date(profile, ngay, present, absent):
    spec = derive(HD_1741, profile, "huong-dan", ngay=ngay).spec
    body = spec["noi_dung"].split("\n", 1)[1]  # after the opening citation
    for text in present:
        assert text in body
    for text in absent:
        assert text not in body


def test_cong_van_addresses_requests_deadline_and_standing_body():
    spec = derive(HD_1741, KON_TUM, "cong-van", ngay=date(2018, 8, 20), so=2150,
                  han=date(2018, 9, 30)).spec
    assert spec["loai"] == "CV"
    assert spec["kinh_gui"] == ["Các sở, ban, ngành, đoàn thể cấp tỉnh",
                                "Ủy ban nhân dân các huyện, thành phố"]
    assert spec["trich_yeu"].startswith("V/v sơ kết Phong trào thi đua “Kon Tum chung sức")
    assert ("về Sở Nông nghiệp và Phát triển nông thôn trước ngày 30/9/2018 để tổng hợp, báo "
            "cáo Ủy ban nhân dân tỉnh.") in spec["noi_dung"]
    assert "Ban TĐKT Trung ương (b/c)" in spec["noi_nhan"]
    assert "Sở Nông nghiệp và Phát triển nông thôn" in spec["noi_nhan"]
    assert spec["noi_dung"].endswith("triển khai thực hiện./.")
    outline = spec["phu_luc"][0]
    assert outline["tieu_de"].startswith("ĐỀ CƯƠNG BÁO CÁO\nSơ kết Phong trào thi đua “Kon Tum")
    assert "II. KẾT QUẢ THỰC HIỆN\n1. Đánh giá công tác lãnh đạo" in outline["noi_dung"]

    paras = texts(paragraphs(open_docx(render_docx(parse_spec(spec), TODAY))))
    assert "Số: 2150/UBND-KGVX" in paras
    assert "(Kèm theo Công văn số 2150/UBND-KGVX ngày 20 tháng 8 năm 2018 của Ủy ban nhân dân " \
           "tỉnh Kon Tum)" in " ".join(paras)  # the note breaks before "của", in two lines
    assert "- Như trên;" in paras


def test_cong_van_carries_the_sources_own_outline_from_a_txt():
    result = derive(LETTERS / "seed_002_decuong_2019_btdkt_748.txt", QUANG_NGAI, "cong-van",
                    han=date(2026, 12, 31))
    spec = result.spec
    assert spec["noi_dung"].startswith(
        "Thực hiện Hướng dẫn số 748/HD-BTĐKT ngày 24/4/2019 của Ban Thi đua - Khen thưởng Trung "
        "ương về việc tổng kết phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” "
        "giai đoạn 2011 - 2020 (sao gửi kèm theo), Ủy ban nhân dân tỉnh Quảng Ngãi đề nghị")
    assert spec["kinh_gui"][1] == "Ủy ban nhân dân các xã, phường, đặc khu"
    assert "ngay" not in spec  # a draft
    outline = spec["phu_luc"][0]
    assert "ghi_chu" not in outline  # the (Kèm theo ...) line is this letter's, made at render
    assert "IV. ĐÁNH GIÁ CHUNG" in outline["noi_dung"]
    paras = texts(paragraphs(open_docx(render_docx(parse_spec(spec), TODAY))))
    note = " ".join(p for p in paras if p.startswith(("(Kèm theo", "của ")))  # in two lines
    assert note.startswith("(Kèm theo Công văn số")
    assert note.endswith("năm 2026 của Ủy ban nhân dân tỉnh Quảng Ngãi)")


def test_huong_dan_and_ke_hoach_reissue_the_whole_guidance():
    hd = derive(HD_1741, KON_TUM, "huong-dan", ngay=date(2018, 8, 20), han=date(2018, 9, 30)).spec
    kh = derive(HD_1741, KON_TUM, "ke-hoach", ngay=date(2018, 8, 20), han=date(2018, 9, 30)).spec
    for spec, loai, this, when in ((hd, "HD", "Hướng dẫn này", "IV. TỔ CHỨC THỰC HIỆN"),
                                   (kh, "KH", "Kế hoạch này", "IV. THỜI GIAN THỰC HIỆN")):
        assert spec["loai"] == loai
        lines = spec["noi_dung"].split("\n")
        for heading in ("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", when):
            assert heading in lines
        assert f"Căn cứ {this} các huyện" in spec["noi_dung"]
        assert any("trước ngày 30/9/2018" in x for x in lines[lines.index(when):])
        assert lines[-1].endswith("xem xét, giải quyết./.")
        assert sum(x.endswith("./.") for x in lines) == 1
    assert "V. TỔ CHỨC THỰC HIỆN" in kh["noi_dung"].split("\n")
    assert "Ủy ban nhân dân tỉnh Kon Tum hướng dẫn sơ kết phong trào thi đua trên địa bàn " \
           "tỉnh như sau:" in hd["noi_dung"]
    assert "Ủy ban nhân dân tỉnh Kon Tum ban hành Kế hoạch sơ kết" in kh["noi_dung"]
    assert "Ủy ban nhân dân các huyện, thành phố" in hd["noi_nhan"]


def test_a_commune_derives_from_the_provinces_letter(tmp_path, runner):
    province = tmp_path / "tinh.yaml"
    result = runner.invoke(main, ["derive", str(HD_1741), "--profile", str(LANG_SON), "--as",
                                  "huong-dan", "-o", str(tmp_path / "tinh.docx"), "--spec-out",
                                  str(province), "--ngay", "2025-09-15", "--so", "45"])
    assert result.exit_code == 0, result.output
    spec = derive(province, TAN_THANH, "cong-van", ngay=date(2025, 9, 25),
                  han=date(2025, 10, 20)).spec
    assert spec["noi_dung"].startswith(
        "Thực hiện Hướng dẫn số 45/HD-UBND ngày 15/9/2025 của Ủy ban nhân dân tỉnh Lạng Sơn về "
        "việc sơ kết Phong trào thi đua “Lạng Sơn chung sức")
    assert spec["kinh_gui"] == ["Các ban, ngành, đoàn thể xã", "Trưởng các thôn, tổ dân phố"]
    assert "theo nội dung Hướng dẫn số 45/HD-UBND và Đề cương" in spec["noi_dung"]
    assert "Ủy ban nhân dân tỉnh Lạng Sơn (b/c)" in spec["noi_nhan"]
    outline = spec["phu_luc"][0]["noi_dung"]
    assert "* Đối với các ban, ngành, đoàn thể xã căn cứ" in outline
    assert "sở, ban, ngành" not in outline and "huyện" not in outline


def test_a_pre_2025_district_derives_from_the_provinces_letter(tmp_path, runner):
    province = tmp_path / "kt.yaml"
    assert runner.invoke(main, ["derive", str(HD_1741), "--profile", str(KON_TUM), "--as",
                                "huong-dan", "-o", str(tmp_path / "kt.docx"), "--spec-out",
                                str(province), "--ngay", "2018-08-20"]).exit_code == 0
    result = derive(province, DAK_HA, "ke-hoach", ngay=date(2018, 9, 5))
    body = result.spec["noi_dung"]
    assert "các phòng, ban, ngành, đoàn thể huyện" in body
    assert "Ủy ban nhân dân các xã, thị trấn thực hiện việc khen thưởng" in body
    assert "Ủy ban nhân dân tỉnh Kon Tum (b/c)" in result.spec["noi_nhan"]
    assert "Ủy ban nhân dân các xã, thị trấn" in result.spec["noi_nhan"]
    assert "“Kon Tum chung sức" in result.spec["trich_yeu"]


def test_a_draft_of_a_merged_province_warns_and_a_dated_one_is_refused(tmp_path, runner):
    out = tmp_path / "kt.docx"
    draft = runner.invoke(main, ["derive", str(HD_1741), "--profile", str(KON_TUM), "--as",
                                 "cong-van", "-o", str(out)])
    assert draft.exit_code == 0
    assert "Kon Tum exists only until 30/06/2025" in draft.stderr
    assert "tỉnh Kon Tum was merged into tỉnh Quảng Ngãi on 01/07/2025" in draft.stderr
    assert "this undated draft" in draft.stderr
    assert "use a profile of tỉnh Quảng Ngãi" in draft.stderr
    dated = runner.invoke(main, ["derive", str(HD_1741), "--profile", str(KON_TUM), "--as",
                                 "cong-van", "-o", str(tmp_path / "late.docx"),
                                 "--ngay", "2025-08-01"])
    assert dated.exit_code == 1
    assert "den_ngay" in dated.stderr and str(KON_TUM) in dated.stderr
    assert "merged into tỉnh Quảng Ngãi" in dated.stderr
    assert not (tmp_path / "late.docx").exists()


def test_a_profile_without_den_ngay_for_a_merged_province_warns_after_the_reform(tmp_path,
                                                                                runner):
    profile = tmp_path / "kon-tum.yaml"
    text = KON_TUM.read_text(encoding="utf-8")
    profile.write_text("\n".join(line for line in text.splitlines()
                                 if not line.startswith(("den_ngay", "don_vi_duoi"))),
                       encoding="utf-8")
    args = ["derive", str(HD_1741), "--profile", str(profile), "--as", "cong-van", "--han",
            "2026-12-31"]
    late = runner.invoke(main, [*args, "-o", str(tmp_path / "late.docx"), "--ngay", "2026-01-05"])
    assert late.exit_code == 0, late.output
    assert "tỉnh Kon Tum was merged into tỉnh Quảng Ngãi on 01/07/2025" in late.stderr
    assert "use a profile of tỉnh Quảng Ngãi" in late.stderr
    early = runner.invoke(main, [*args, "-o", str(tmp_path / "early.docx"), "--ngay",
                                 "2018-08-20"])
    assert early.exit_code == 0, early.output
    assert "merged" not in early.stderr


def test_spec_out_round_trips(tmp_path, runner):
    out, spec_out = tmp_path / "hd.docx", tmp_path / "hd.yaml"
    seed = LETTERS / "seed_000_hd_2018_btdkt_1741.txt"
    result = runner.invoke(main, ["derive", str(seed), "--profile", str(KON_TUM), "--as",
                                  "huong-dan", "-o", str(out), "--spec-out", str(spec_out),
                                  "--ngay", "2018-08-20", "--so", "12", "--han", "2018-09-30"])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.stdout and f"wrote {spec_out}" in result.stdout
    written = load_spec(spec_out)
    assert written.so == 12 and written.ngay == date(2018, 8, 20)
    assert yaml.safe_load(spec_out.read_text(encoding="utf-8"))["noi_dung"].startswith(
        CITATION_1741)
    again = tmp_path / "again.docx"
    assert runner.invoke(main, ["render", str(spec_out), "-o", str(again)]).exit_code == 0
    assert texts(paragraphs(open_docx(again.read_bytes()))) == \
        texts(paragraphs(open_docx(out.read_bytes())))


def test_refuses_to_overwrite_and_checks_the_output_name(tmp_path, runner):
    out = tmp_path / "cv.docx"
    out.write_bytes(b"old")
    args = ["derive", str(HD_1741), "--profile", str(KON_TUM), "--as", "cong-van"]
    refused = runner.invoke(main, [*args, "-o", str(out), "--ngay", "2018-08-20"])
    assert refused.exit_code == 1 and "--force" in refused.stderr
    assert out.read_bytes() == b"old"
    assert runner.invoke(main, [*args, "-o", str(tmp_path / "cv.pdf")]).exit_code == 2
    assert runner.invoke(main, [*args[:-1], "thu-moi", "-o", str(out)]).exit_code == 2


def test_a_wrong_profile_is_told_before_an_output_that_exists(tmp_path, runner):
    """A black-box run: "cv.docx exists" came first, so she added --force only to learn then
    that the profile was wrong; the profile is read before the outputs are looked at."""
    out = tmp_path / "cv.docx"
    out.write_bytes(b"old")
    (tmp_path / "p.yaml").write_text("ten: [\n", encoding="utf-8")
    refused = runner.invoke(main, ["derive", str(HD_1741), "--profile", str(tmp_path / "p.yaml"),
                                   "--as", "cong-van", "-o", str(out)])
    assert refused.exit_code == 1
    assert "p.yaml" in refused.stderr and "--force" not in refused.stderr, refused.stderr
    assert out.read_bytes() == b"old"


def test_every_shipped_profile_loads():
    names = sorted(p.name for p in PROFILES.glob("*.yaml"))
    assert len(names) >= 5
    for path in PROFILES.glob("*.yaml"):
        assert load_profile(path).ten_goi


def test_a_docx_central_is_read_with_the_importer(tmp_path, runner):
    real_106 = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"
    central = tmp_path / "106.docx"
    assert runner.invoke(main, ["render", str(real_106), "-o", str(central)]).exit_code == 0
    result = derive(central, TAN_THANH, "huong-dan", han=date(2026, 12, 15))
    spec = result.spec
    assert spec["noi_dung"].startswith(
        "Thực hiện Hướng dẫn số 106/HD-SNV ngày 31/5/2019 của Sở Nội vụ tỉnh Lạng Sơn về việc "
        "tổng kết phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn")
    opening = spec["noi_dung"].split("\n")[0]
    # the Sở's own agreement with the office, before it issued the guidance, is not the
    # commune's: left out of the commune's opening and quoted in a warning
    assert "thống nhất với Văn phòng Điều phối" not in opening
    assert "giai đoạn 2011 - 2020, Ủy ban nhân dân xã Tân Thành hướng dẫn" in opening
    assert [w for w in result.warnings if "“Sau khi thống nhất với Văn phòng Điều phối" in w]
    assert opening.endswith("như sau:") and spec["noi_dung"].count("như sau:") == 1
    assert "Căn cứ Hướng dẫn số 748/HD-BTĐKT" in " ".join(spec["can_cu"])
    # the province's list of levels (huyện; xã; thôn) one level down, each named once
    assert "- Các ban, ngành, đoàn thể xã; doanh nghiệp; các thôn, tổ dân phố trên địa bàn" in \
        spec["noi_dung"]
    assert "Sở Nội vụ tỉnh Lạng Sơn (b/c)" in spec["noi_nhan"]


def test_a_letter_the_importer_cannot_cite_is_refused(tmp_path, runner, monkeypatch):
    import ntm_docgen.importer as importer

    def unreadable(path, **_options):  # derive reads the text, without marks
        return importer.ImportResult(spec={"loai": "CV", "co_quan": {"ten": "..."},
                                           "dia_danh": "...", "trich_yeu": "...",
                                           "ky": {"chuc_vu": "...", "ho_ten": "..."}},
                                     warnings=[])

    monkeypatch.setattr(importer, "import_letter", unreadable)
    letter = tmp_path / "scan.txt"
    letter.write_text("...", encoding="utf-8")
    out = tmp_path / "o.docx"
    result = runner.invoke(main, ["derive", str(letter), "--profile", str(LANG_SON), "--as",
                                  "cong-van", "-o", str(out)])
    assert result.exit_code == 1
    assert "the letter's issuer and trích yếu could not be read" in result.stderr
    assert "ntm-docgen import" in result.stderr
    assert not out.exists()


def test_lines_the_importer_could_not_place_are_said_in_the_words_of_derive(
        tmp_path, runner, monkeypatch):
    import ntm_docgen.importer as importer

    read = importer.import_letter

    def with_a_stray_line(path, **options):
        result = read(path, **options)
        stray = ["Trang 2/3"]
        return importer.ImportResult(result.spec,
                                     [*result.warnings, importer.unread_note(stray)], stray)

    monkeypatch.setattr(importer, "import_letter", with_a_stray_line)
    central = tmp_path / "106.docx"
    real_106 = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"
    assert runner.invoke(main, ["render", str(real_106), "-o", str(central)]).exit_code == 0
    warnings = derive(central, TAN_THANH, "huong-dan", han=date(2026, 12, 15)).warnings
    assert [w for w in warnings if "Trang 2/3" in w] == [
        "106.docx: these lines were read into no part of the letter, so the letter derived "
        "does not use them: “Trang 2/3”"]


def test_an_issuer_that_is_its_own_standing_body():
    spec = derive(HD_748, PROFILES / "lang-son-snv-2019.yaml", "huong-dan",
                  ngay=date(2019, 5, 31), han=date(2019, 7, 31)).spec
    lines = spec["noi_dung"].split("\n")
    assert not any(x.startswith("Giao ") for x in lines)
    assert any(x.endswith("về Sở Nội vụ (qua Ban Thi đua - Khen thưởng) trước ngày 31/7/2019 "
                          "để tổng hợp.") for x in lines)
    assert spec["noi_nhan"][:2] == ["Ban TĐKTTW", "UBND tỉnh (b/c)"]


@pytest.mark.parametrize("form", ["cong-van", "huong-dan", "ke-hoach"])
def test_derived_letters_pass_the_layout_check(form, tmp_path, runner):
    out = tmp_path / f"{form}.docx"
    made = runner.invoke(main, ["derive", str(HD_748), "--profile", str(QUANG_NGAI), "--as", form,
                                "-o", str(out), "--ngay", "2025-08-01", "--so", "9",
                                "--han", "2025-07-15"])
    assert made.exit_code == 0, made.output
    assert "the deadline 15/07/2025 is not after the letter's date" in made.stderr
    checked = runner.invoke(main, ["check", str(out)])
    assert checked.exit_code == 0, checked.output


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_merged_province_writes_every_date_of_its_warning_in_one_form(tmp_path, runner, lang):
    """Contract §5's Kon Tum (no den_ngay) dated after the merger: the merger's day, the
    letter's and the limit all as DD/MM/YYYY, as the command line takes them."""
    import re

    data = yaml.safe_load(KON_TUM.read_text(encoding="utf-8"))
    data.pop("den_ngay")
    profile = tmp_path / "kon-tum.yaml"
    profile.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(main, ["--lang", lang, "derive", str(HD_1741), "--profile",
                                  str(profile), "--as", "cong-van", "-o",
                                  str(tmp_path / "kt.docx"), "--ngay", "01/8/2025"])
    assert result.exit_code == 0, result.output
    (warning,) = [line for line in result.stderr.splitlines() if "Quảng Ngãi" in line]
    said = {"en": ("merged into tỉnh Quảng Ngãi on 01/07/2025", "dated 01/08/2025",
                   "before 01/07/2025"),
            "vi": ("vào tỉnh Quảng Ngãi từ ngày 01/07/2025", "đề ngày 01/08/2025",
                   "trước ngày 01/07/2025")}[lang]
    assert all(part in warning for part in said), warning
    assert re.findall(r"\d+/\d+/\d+", warning) == ["01/07/2025", "01/08/2025", "01/07/2025"]


def test_a_subject_that_opens_with_a_proper_name_keeps_its_capital(tmp_path):
    source = yaml.safe_load(HD_1741.read_text(encoding="utf-8"))
    source["trich_yeu"] = "Mặt trận Tổ quốc tham gia sơ kết phong trào thi đua"
    path = tmp_path / "hd.yaml"
    path.write_text(yaml.safe_dump(source, allow_unicode=True), encoding="utf-8")
    spec = derive(path, KON_TUM, "cong-van", ngay=date(2018, 8, 20)).spec
    assert spec["trich_yeu"] == "V/v Mặt trận Tổ quốc tham gia sơ kết phong trào thi đua"
    assert "về việc Mặt trận Tổ quốc tham gia" in spec["noi_dung"]
    assert "mặt trận" not in body_of(spec)


CHI_THI = {
    "loai": "CT", "co_quan": {"ten": "THỦ TƯỚNG CHÍNH PHỦ"}, "so": 7, "ky_hieu": "CT-TTg",
    "dia_danh": "Hà Nội", "ngay": "2012-03-02",
    "trich_yeu": "Về chấn chỉnh công tác quản lý các khu công nghiệp",
    "noi_dung": "Trong thời gian qua, các khu công nghiệp đã góp phần tăng trưởng.\n"
                "Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, "
                "thành phố trực thuộc Trung ương thực hiện các nhiệm vụ sau đây:\n"
                "1. Bộ Kế hoạch và Đầu tư:\n"
                "a) Chủ trì rà soát cơ chế, chính sách phát triển khu công nghiệp.\n"
                "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n"
                "a) Rà soát quy hoạch các khu công nghiệp chậm triển khai.\n"
                "b) Xử lý nghiêm các khu công nghiệp vi phạm về môi trường.\n"
                "3. Bộ Tài chính:\n"
                "Nghiên cứu chính sách ưu đãi thuế.\n"
                "4. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n"
                "- Báo cáo kết quả trong quý IV.\n"
                "Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành "
                "Chỉ thị này./.",
    "ky": {"chuc_vu": "THỦ TƯỚNG", "ho_ten": "Nguyễn Tấn Dũng"},
}


def _chi_thi(tmp_path: Path, **changes) -> Path:
    path = tmp_path / "ct.yaml"
    path.write_text(yaml.safe_dump({**CHI_THI, **changes}, allow_unicode=True), encoding="utf-8")
    return path


def test_a_chi_thi_s_outline_holds_the_tasks_given_to_the_units_written_to(tmp_path):
    result = derive(_chi_thi(tmp_path), QUANG_NGAI, "cong-van", ngay=date(2026, 12, 5),
                    han=date(2026, 12, 20))
    spec = result.spec
    assert "Gửi báo cáo kết quả chấn chỉnh công tác quản lý các khu công nghiệp (theo Đề cương " \
           "kèm theo)" in spec["noi_dung"]
    assert "triển khai chấn chỉnh công tác quản lý các khu công nghiệp tại cơ quan" \
        in spec["noi_dung"]
    outline = spec["phu_luc"][0]
    assert outline["tieu_de"] == ("ĐỀ CƯƠNG BÁO CÁO\nKết quả chấn chỉnh công tác quản lý các khu "
                                  "công nghiệp")
    part_ii = outline["noi_dung"].split("II. KẾT QUẢ THỰC HIỆN\n")[1].split("\nIII.")[0]
    assert part_ii.split("\n") == [
        "Kết quả thực hiện các nhiệm vụ được giao tại Chỉ thị số 07/CT-TTg:",
        "a) Rà soát quy hoạch các khu công nghiệp chậm triển khai.",
        "b) Xử lý nghiêm các khu công nghiệp vi phạm về môi trường.",
        "- Báo cáo kết quả trong quý IV."]  # not the closing paragraph after the last item
    assert "Bộ Kế hoạch" not in outline["noi_dung"]  # the tasks of others are not reported on
    assert "Trong thời gian qua" not in outline["noi_dung"]


def test_a_source_giving_no_task_to_the_units_written_to_gets_a_general_part_ii(tmp_path):
    body = "1. Bộ Kế hoạch và Đầu tư:\na) Chủ trì rà soát cơ chế.\n2. Bộ Tài chính:\nNghiên cứu."
    result = derive(_chi_thi(tmp_path, noi_dung=body), QUANG_NGAI, "cong-van",
                    ngay=date(2026, 12, 5), han=date(2026, 12, 20))
    part_ii = result.spec["phu_luc"][0]["noi_dung"].split("II. KẾT QUẢ THỰC HIỆN\n")[1]
    assert part_ii.startswith("1. Công tác quán triệt, triển khai thực hiện Chỉ thị số "
                              "07/CT-TTg.\n2. Kết quả thực hiện từng nhiệm vụ")
    assert "Chủ trì rà soát" not in part_ii
    assert any("no NỘI DUNG part" in w or "không có phần NỘI DUNG" in w for w in result.warnings)


def test_a_date_before_the_letter_implemented_is_warned(runner, tmp_path):
    """A letter cannot carry out one issued after it: a slip in the date is told at once, not
    left for check's ngay.before_cited."""
    out = tmp_path / "cv.docx"
    made = runner.invoke(main, ["derive", str(HD_748), "--profile", str(LANG_SON), "--as",
                                "cong-van", "-o", str(out), "--ngay", "2019-01-02",
                                "--han", "2019-03-01"])
    assert made.exit_code == 0, made.output
    assert ("the letter is dated 02/01/2019, before Hướng dẫn số 748/HD-BTĐKT of 24/04/2019 "
            "that it implements: check the letter's date") in made.stderr
    later = runner.invoke(main, ["derive", str(HD_748), "--profile", str(LANG_SON), "--as",
                                 "cong-van", "-o", str(tmp_path / "b.docx"), "--ngay",
                                 "2019-05-02", "--han", "2019-06-01"])
    assert "that it implements" not in later.stderr
