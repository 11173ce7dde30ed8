"""A letter that gives no unit work to carry out is refused as the letter to implement, told as
what it is (derive20): a Tờ trình, a Báo cáo, a Biên bản, a Giấy mời; a Quyết định on the
persons or the one body it names; a letter sent only to companies, persons or associations.
Derived, each gave her units the work of another ("đề nghị các ban, ngành, đoàn thể xã …
triển khai từ chối thẩm định thiết kế cơ sở …", a company's file; "… triển khai bổ nhiệm chức vụ
Phó Giám đốc …"). The held-out letters are real (provenance beside each set)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ntm_docgen.cli.main import main

DATA = Path(__file__).resolve().parent / "data"
LETTERS = DATA / "letters"
BAO_THANG = DATA / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
LANG_SON = DATA.parent.parent / "data" / "profiles" / "lang-son.yaml"


def _derive(runner, source: Path, tmp_path: Path, profile: Path = BAO_THANG, lang: str = "en"):
    out = tmp_path / "cv.docx"
    result = runner.invoke(main, ["--lang", lang, "derive", str(source), "--profile", str(profile),
                                  "--as", "cong-van", "--ngay", "2026-08-05", "-o", str(out)])
    return result, out


@pytest.mark.parametrize(("letter", "told"), [
    ("held_out_38/ttr_2025_snv_binhthuan_255", "is a Tờ trình, which gives no unit below"),
    ("held_out_12/bc_2026_laocai_ct38", "is a Báo cáo, which gives no unit below"),
    ("held_out_17/bb_2026_sct_mongson", "is a Biên bản, which gives no unit below"),
    ("held_out_22/qd_2025_taydo_bonhiem",
     "is a Quyết định on “bổ nhiệm chức vụ Phó Giám đốc Trung tâm Khảo thí"),
    ("held_out_21/qd_2024_ttg_1114", "is a Quyết định on “thi hành kỷ luật đối với ông"),
    ("held_out_19/qd_2025_sadec_155", "is a Quyết định on “thành lập Ban bầu cử đại biểu"),
    ("held_out_16/qd_2026_ctydtxd_89", "is a Quyết định on “Phê duyệt Thiết kế bản vẽ thi công"),
    ("held_out_22/cv_2025_sct_tuchoi_mongson",
     "is addressed only to Công ty cổ phần quốc tế khoáng chất Công nghiệp Việt Nam: what it"),
    ("held_out_38/cv_2025_ubnd_binhthuan_caulong",
     "is addressed only to Liên đoàn Cầu lông tỉnh Bình Thuận"),
], ids=["to-trinh", "bao-cao", "bien-ban", "bo-nhiem", "ky-luat", "thanh-lap", "thiet-ke",
        "to-a-company",
        "to-a-federation"])
def test_a_letter_giving_no_work_is_refused_as_what_it_is(runner, tmp_path, letter, told):
    """The Biên bản has no issuer in its header: it is told as a Biên bản, not as a letter
    whose issuer could not be read."""
    result, out = _derive(runner, LETTERS / f"{letter}.txt", tmp_path)
    assert result.exit_code == 1, result.output
    assert told in result.stderr
    assert "nothing in it to implement" in result.stderr
    assert "could not be read" not in result.stderr
    assert not out.exists()


def test_the_refusal_is_said_in_vietnamese(runner, tmp_path):
    result, _out = _derive(runner, LETTERS / "held_out_38" / "ttr_2025_snv_binhthuan_255.txt",
                           tmp_path, lang="vi")
    assert result.exit_code == 1
    assert "là Tờ trình, không giao việc cho đơn vị cấp dưới nào" in result.stderr
    assert "hãy chọn văn bản giao việc cho đơn vị: công văn, kế hoạch" in result.stderr


def test_a_spec_of_a_to_trinh_is_refused_too(runner, tmp_path):
    spec = tmp_path / "ttr.yaml"
    spec.write_text(yaml.safe_dump({
        "loai": "TTr", "co_quan": {"chu_quan": "UBND TỈNH LÀO CAI", "ten": "SỞ NỘI VỤ",
                                   "viet_tat": "SNV"},
        "so": 12, "dia_danh": "Lào Cai", "ngay": "2026-07-21",
        "trich_yeu": "Về việc đề nghị công nhận Ban vận động thành lập Hội",
        "kinh_gui": ["Ủy ban nhân dân tỉnh Lào Cai"],
        "noi_dung": "Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.",
        "ky": {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC", "ho_ten": "Lê Văn A"},
    }, allow_unicode=True), encoding="utf-8")
    result, out = _derive(runner, spec, tmp_path, profile=LANG_SON)
    assert result.exit_code == 1
    assert "is a Tờ trình" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("letter", ["held_out_10/cv_2026_laocai_7432",
                                    "held_out_14/cv_2026_laocai_khoangsan"])
def test_a_letter_giving_her_units_work_is_derived(runner, tmp_path, letter):
    """Lào Cai's công văn to its sở, ban, ngành and its xã, phường."""
    result, out = _derive(runner, LETTERS / f"{letter}.txt", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert out.exists()


def test_a_letter_whose_cited_fields_are_unread_names_them_in_her_words(runner, tmp_path,
                                                                       monkeypatch):
    """"không đọc được co_quan.ten, trich_yeu" named the spec's keys, no word of a clerk's."""
    import ntm_docgen.importer as importer

    def unreadable(path, **_options):
        return importer.ImportResult(spec={"loai": "CV", "co_quan": {"ten": "..."},
                                           "dia_danh": "...", "trich_yeu": "...",
                                           "ky": {"chuc_vu": "...", "ho_ten": "..."}},
                                     warnings=[])

    monkeypatch.setattr(importer, "import_letter", unreadable)
    letter = tmp_path / "scan.txt"
    letter.write_text("...", encoding="utf-8")
    result, _out = _derive(runner, letter, tmp_path, lang="vi")
    assert result.exit_code == 1
    assert "không đọc được tên cơ quan ban hành và trích yếu của văn bản" in result.stderr
    assert "co_quan" not in result.stderr


@pytest.mark.parametrize("trich_yeu", [
    "Thành lập Ban Chỉ đạo và ban hành Kế hoạch triển khai phong trào thi đua “Cả nước chung sức "
    "xây dựng nông thôn mới”",
    "Về việc kiện toàn Ban Chỉ đạo các CTMTQG tỉnh Lạng Sơn giai đoạn 2026 - 2030",
    "Điều động lực lượng tham gia ứng phó bão số 3",
    "Phê duyệt kết quả đánh giá, xếp hạng Chỉ số CCHC năm 2025 của các sở, ban, ngành và UBND "
    "các xã, phường",
    "Ban hành Quy chế thi đua, khen thưởng của tỉnh Lạng Sơn",
    "Kiện toàn Ban Chỉ đạo các CTMTQG tỉnh Bà Rịa - Vũng Tàu giai đoạn 2021 - 2025",
    "Phê duyệt kết quả xếp hạng Chỉ số CCHC năm 2024 đối với UBND các xã, phường",
], ids=["sets-up-and-issues-a-plan", "renews-a-steering-board", "sends-forces",
        "ranks-the-units", "issues-rules", "a-place-named-ba", "ranks-doi-voi"])
def test_a_decision_that_gives_units_work_is_not_refused(trich_yeu):
    """review of derive20, finding 2: each opened with what a decision on persons or one body
    opens with (thành lập, kiện toàn, điều động, phê duyệt kết quả, phê duyệt thành viên)."""
    from ntm_docgen.derive.guidance import no_work

    assert no_work("QĐ", trich_yeu, []) is None


@pytest.mark.parametrize("trich_yeu", [
    "Về việc điều động ông Nguyễn Văn A, Phó Giám đốc Sở Tài chính",
    "Điều động đồng chí Lê Thị B đến công tác tại Văn phòng",
    "Về việc thành lập Ban bầu cử đại biểu Hội đồng nhân dân phường Sa Đéc",
    "Thành lập Đoàn kiểm tra liên ngành về an toàn thực phẩm",
    "Về việc xuất cấp hóa chất khử khuẩn từ nguồn dự trữ quốc gia hỗ trợ các địa phương khắc "
    "phục hậu quả cơn bão số 3",
    "Về việc kiện toàn thành viên Ban Chỉ đạo quốc gia triển khai thực hiện cam kết của Việt Nam",
    # derive22: held_out_26/qd_2025_phutho_03 and held_out_8/qd_2007_quangnam_14, a Sở's charter
    "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương tỉnh Phú Thọ",
    "BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NÔNG NGHIỆP & "
    "PTNT TỈNH",
    # review of the derive merges: a person named in a body or units; units named where
    # nothing sets them up or ranks them; one team's own Quy chế
    "Bổ nhiệm ông Nguyễn Văn A giữ chức Chánh Văn phòng Ban Chỉ đạo các CTMTQG tỉnh",
    "Về việc thi hành kỷ luật đối với ông Trần B, Phó Trưởng Ban Chỉ đạo 389 tỉnh",
    "Nâng bậc lương thường xuyên đối với công chức UBND các xã",
    "Chấp thuận chủ trương đầu tư dự án đường giao thông tại các xã",
    "Về việc phê duyệt thành viên và ban hành Quy chế hoạt động Tổ giúp việc về Cải cách hành "
    "chính tỉnh Lâm Đồng",
], ids=["a-man", "a-comrade", "an-election-board", "an-inspection-team", "reserves-handed",
        "a-national-steering-board", "a-so-charter", "a-so-charter-issued", "appoints-in-a-board",
        "disciplines-in-a-board", "raises-salaries-in-communes", "approves-an-investment",
        "a-teams-own-rules"])
def test_a_decision_on_a_person_or_one_body_is_still_refused(trich_yeu):
    from ntm_docgen.derive.guidance import no_work

    assert no_work("QĐ", trich_yeu, []) is not None


def test_the_tgv_decision_issuing_its_own_rules_is_refused(runner, tmp_path):
    """held_out_18's decision of Lâm Đồng approves a team's members and issues the team's own
    Quy chế hoạt động: derived, it asked a commune's units to "triển khai phê duyệt thành viên"
    and report its "kết quả" (a review of the derive merges)."""
    result, out = _derive(runner, LETTERS / "held_out_18" / "qd_2025_tgv_lamdong_cchc.txt",
                          tmp_path, profile=LANG_SON)
    assert result.exit_code == 1
    assert "nothing in it to implement" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("kinh_gui", [
    ["Ông/Bà Chủ tịch Ủy ban nhân dân các huyện, thành phố"],
    ["Ông (Bà) Chủ tịch UBND các xã, phường"],
    ["Đồng chí Giám đốc Sở Nông nghiệp và Môi trường"],
    ["Hội LHPN tỉnh", "Hội Chữ thập đỏ tỉnh", "Hội CCB tỉnh", "Hội ND tỉnh"],
    ["Đồng chí Bí thư Đảng ủy các xã, phường"],  # a review of the derive merges: titles no
    ["Đồng chí Trưởng Công an các xã, phường"],  # list of signers' titles holds
    ["Đồng chí Chủ nhiệm Ủy ban Kiểm tra Đảng ủy các xã"],
], ids=["mr-or-mrs-chairman", "mr-mrs-in-brackets", "comrade-director", "mass-organisations",
        "comrade-secretary", "comrade-police-chief", "comrade-inspection-chair"])
def test_a_letter_to_the_heads_of_bodies_or_to_mass_organisations_is_not_refused(kinh_gui):
    """review of derive20, finding 3: each was refused as a letter to persons or associations."""
    from ntm_docgen.derive.guidance import no_work

    assert no_work("CV", "V/v triển khai phong trào thi đua", kinh_gui) is None


@pytest.mark.parametrize("kinh_gui", [
    ["Ông Nguyễn Văn A"], ["Ông/Bà Giám đốc Công ty cổ phần Mông Sơn"],
    ["Hiệp hội Nước mắm Phan Thiết"], ["Đồng chí Nguyễn Văn A"],
], ids=["a-man", "a-companys-director", "an-association", "a-comrade-by-name"])
def test_a_letter_to_persons_or_companies_is_still_refused(kinh_gui):
    from ntm_docgen.derive.guidance import no_work

    assert no_work("CV", "V/v triển khai", kinh_gui) is not None
