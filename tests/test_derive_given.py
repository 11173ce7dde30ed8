"""A commune's công văn derived from a letter that gives its tasks to a list of bodies with the
commune's level among them (derive18): what that list is given is the commune's to pass on, so
the đề cương reports on it, and the note that nothing was given is not written.

Công văn 7432/UBND-XD of Lào Cai (real, tests/data/derive/real_pdf) gives its item 1 to "Công an
tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường", with the deadline of
01/7/2028; Lâm Đồng's draft on Công văn 3749/BCA-V03 (real, held_out_13) gives, in one sentence,
"Văn phòng …, Sở Nội vụ, Sở Tư pháp và UBND các xã, phường, đặc khu" their task.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from ntm_docgen.derive import derive_file

DATA = Path(__file__).resolve().parent / "data"
LAO_CAI = DATA / "derive" / "real_pdf" / "cv_2026_laocai_7432.txt"
LAM_DONG = DATA / "letters" / "held_out_13" / "cv_2025_lamdong_3749.txt"
#: Lâm Đồng's công văn on the models of administrative reform (real, 2025): item 1 given to "Thủ
#: trưởng các cơ quan chuyên môn …, Trưởng Ban Quản lý … và Chủ tịch UBND các xã, phường, đặc
#: khu", and a closing "Yêu cầu … và Chủ tịch UBND các xã, phường, đặc khu nghiêm túc thực hiện."
MO_HINH = DATA / "letters" / "held_out_23" / "cv_2025_lamdong_mohinh_cchc.txt"
#: Lào Cai's công văn on unexploited minerals (real, 2026): "7. UBND các xã, phường" and under it
#: "- Chủ tịch UBND các xã, phường chịu trách nhiệm toàn diện …"
KHOANG_SAN = DATA / "letters" / "held_out_14" / "cv_2026_laocai_khoangsan.txt"
#: Lâm Đồng's notice of the conclusions on administrative reform (real, 2026): "7. Trách nhiệm của
#: các sở, ban, ngành, UBND các xã, phường, đặc khu", its a) "… giao Sở Nội vụ chủ trì …"
KET_LUAN = DATA / "letters" / "held_out_24" / "tb_2026_lamdong_ketluan_cchc.txt"
BAO_THANG = DATA / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
LAC_DUONG = DATA / "derive" / "xa-lac-duong-lam-dong-2025.yaml"
DAY = date(2026, 8, 5)
#: the day her units report by: these tests read the outline, which a letter has only when it
#: asks for a report (the letters here ask none of their own)
HAN = date(2026, 9, 30)
NOTHING_GIVEN = ("no NỘI DUNG part", "không có phần NỘI DUNG")


def _part_ii(spec: dict) -> list[str]:
    outline = spec["phu_luc"][0]["noi_dung"]
    return outline.split("II. KẾT QUẢ THỰC HIỆN\n")[1].split("\nIII.")[0].split("\n")


def _told_nothing_given(warnings: list[str]) -> bool:
    return any(x in w for w in warnings for x in NOTHING_GIVEN)


def test_an_item_given_to_a_list_with_the_communes_is_reported_on() -> None:
    result = derive_file(LAO_CAI, BAO_THANG, "cong-van", ngay=DAY, today=DAY,
                         han=date(2026, 9, 30))
    part_ii = _part_ii(result.spec)
    assert part_ii[0] == "Kết quả thực hiện các nhiệm vụ được giao tại Công văn số 7432/UBND-XD:"
    assert len(part_ii) == 3  # item 1's two paragraphs, not item 2's (the Sở Xây dựng's)
    assert part_ii[1].startswith("Theo chức năng, nhiệm vụ, phạm vi quản lý tổ chức tuyên truyền")
    assert part_ii[2].startswith("Đối với các cơ sở, công trình thuộc phạm vi quản lý")
    assert "chậm nhất đến ngày 01 tháng 7 năm 2028" in part_ii[2]
    assert not _told_nothing_given(result.warnings)


def test_a_sentence_giving_a_list_ending_with_the_communes_their_task_is_reported_on() -> None:
    result = derive_file(LAM_DONG, LAC_DUONG, "cong-van", ngay=date(2025, 9, 5),
                         today=date(2025, 9, 5), han=date(2025, 9, 30))
    assert _part_ii(result.spec) == [
        "Kết quả thực hiện các nhiệm vụ được giao tại Công văn nêu trên:",
        "Nghiên cứu, triển khai thực hiện theo hướng dẫn tại Công văn số 3749/BCA-V03 của Bộ "
        "Công an đúng thời gian quy định."]
    assert not _told_nothing_given(result.warnings)


def test_a_closing_that_only_says_to_carry_out_the_letter_is_no_task() -> None:
    result = derive_file(MO_HINH, LAC_DUONG, "cong-van", ngay=date(2025, 11, 5),
                         today=date(2025, 11, 5), han=date(2025, 11, 30))
    part_ii = _part_ii(result.spec)
    assert [x[:3] for x in part_ii[1:]] == ["a) ", "b) "]
    assert part_ii[1].startswith("a) Chủ động áp dụng triển khai và nhân rộng các mô hình")
    assert "Nghiêm túc thực hiện" not in "\n".join(part_ii)


def test_the_chairs_of_the_communes_written_short_are_the_heads_of_the_villages() -> None:
    """"Chủ tịch UBND các xã, phường" in an item given to the communes is "Trưởng các thôn, tổ
    dân phố" in the commune's outline, never "Chủ tịch các thôn, tổ dân phố"."""
    part_ii = _part_ii(derive_file(KHOANG_SAN, BAO_THANG, "cong-van", ngay=DAY,
                                   today=DAY, han=HAN).spec)
    assert part_ii[1].startswith("- Trưởng các thôn, tổ dân phố chịu trách nhiệm toàn diện")
    assert "Chủ tịch các thôn" not in "\n".join(part_ii)


def _source(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "cv.yaml"
    path.write_text(yaml.safe_dump({
        "loai": "CV", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI", "viet_tat": "UBND"},
        "so": 12, "ky_hieu": "UBND-XD", "dia_danh": "Lào Cai", "ngay": "2026-07-21",
        "trich_yeu": "V/v tăng cường phòng cháy, chữa cháy",
        "kinh_gui": ["Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"],
        "noi_dung": body,
        "ky": {"quyen_han": ["KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH", "ho_ten": "Phan Bá"},
    }, allow_unicode=True), encoding="utf-8")
    return path


def test_the_communes_named_as_partners_are_given_nothing(tmp_path: Path) -> None:
    """"1. Sở Xây dựng phối hợp với … và Ủy ban nhân dân các xã, phường": the item is the Sở's;
    "… giao Sở Xây dựng phối hợp với …, UBND các xã, phường kiểm tra": the task is the Sở's."""
    body = ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu thực hiện một số nhiệm vụ sau:\n"
            "1. Sở Xây dựng phối hợp với Công an tỉnh và Ủy ban nhân dân các xã, phường\n"
            "Kiểm tra các công trình cũ.\n"
            "Chủ tịch Ủy ban nhân dân tỉnh giao Sở Xây dựng phối hợp với Công an tỉnh, UBND các "
            "xã, phường kiểm tra các chợ./.")
    result = derive_file(_source(tmp_path, body), BAO_THANG, "cong-van", ngay=DAY, today=DAY,
                         han=HAN)
    assert "Kiểm tra các" not in "\n".join(_part_ii(result.spec))
    assert _told_nothing_given(result.warnings)


def test_a_list_of_the_communes_with_the_special_zones_is_mapped_down_whole(tmp_path: Path) -> None:
    """"UBND các xã, phường, đặc khu" is the communes' level written short: mapped down whole,
    never "các thôn, tổ dân phố, đặc khu"."""
    body = "Giao Sở Tư pháp và UBND các xã, phường, đặc khu rà soát các thủ tục./."
    result = derive_file(_source(tmp_path, body), BAO_THANG, "huong-dan", ngay=DAY, today=DAY,
                         han=HAN)
    assert "đặc khu" not in result.spec["noi_dung"]
    assert "các thôn, tổ dân phố rà soát các thủ tục" in result.spec["noi_dung"]


def test_a_sub_item_another_body_opens_is_not_hers(tmp_path: Path) -> None:
    """Under an item given to a list with the communes, "a) Công an tỉnh: …" is the police's,
    "b) Sở Tài chính chủ trì …" the Sở's: only "c) Ủy ban nhân dân các xã, phường: …" and the
    lines under it are the commune's, never the police's task with "địa bàn tỉnh" made hers."""
    body = ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu thực hiện một số nhiệm vụ sau:\n"
            "1. Công an tỉnh, các sở, ban, ngành và Ủy ban nhân dân các xã, phường\n"
            "a) Công an tỉnh: chủ trì kiểm tra các cơ sở karaoke trên địa bàn tỉnh.\n"
            "- Báo cáo UBND tỉnh trước ngày 15/9/2026.\n"
            "b) Sở Tài chính chủ trì, phối hợp với các đơn vị bố trí kinh phí.\n"
            "c) Ủy ban nhân dân các xã, phường: rà soát các công trình trên địa bàn.\n"
            "- Báo cáo kết quả trước ngày 30/9/2026.\n"
            "2. Giao Sở Xây dựng\n"
            "Chủ trì hướng dẫn./.")
    result = derive_file(_source(tmp_path, body), BAO_THANG, "cong-van", ngay=DAY, today=DAY,
                         han=HAN)
    assert _part_ii(result.spec)[1:] == [
        "c) Các thôn, tổ dân phố: rà soát các công trình trên địa bàn.",
        "- Báo cáo kết quả trước ngày 30/9/2026."]


def test_the_responsibilities_of_a_list_with_the_communes_are_hers() -> None:
    """"7. Trách nhiệm của các sở, ban, ngành, UBND các xã, phường, đặc khu": its "của" names
    whom the item is for; its a) ("giao Sở Nội vụ chủ trì …") is the Sở's, b) and c) hers."""
    result = derive_file(KET_LUAN, LAC_DUONG, "cong-van", ngay=DAY, today=DAY)
    part_ii = _part_ii(result.spec)
    assert [x[:3] for x in part_ii[1:]] == ["b) ", "c) "]
    assert part_ii[1].startswith("b) Chủ động xây dựng kế hoạch khắc phục tồn tại")
    assert "Sở Nội vụ chủ trì" not in "\n".join(part_ii)
    assert not _told_nothing_given(result.warnings)


def test_her_clause_after_another_body_leading_is_hers(tmp_path: Path) -> None:
    """"Giao Sở Xây dựng chủ trì tổ chức tập huấn; Ủy ban nhân dân các xã, phường cử cán bộ tham
    dự": the Sở leads, and the clause after the semicolon gives the communes their task."""
    body = ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu thực hiện một số nhiệm vụ sau:\n"
            "Giao Sở Xây dựng chủ trì tổ chức tập huấn; Ủy ban nhân dân các xã, phường cử cán "
            "bộ tham dự đầy đủ.\n"
            "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng; Công an tỉnh hướng dẫn "
            "Ủy ban nhân dân các xã, phường lập hồ sơ.\n"
            "Yêu cầu Thủ trưởng các sở, ban, ngành của tỉnh; Chủ tịch Ủy ban nhân dân các xã, "
            "phường và các cơ quan, đơn vị có liên quan tổ chức tập huấn./.")
    result = derive_file(_source(tmp_path, body), BAO_THANG, "cong-van", ngay=DAY, today=DAY,
                         han=HAN)
    # the last sentence's list ends with another body: the task is not hers alone to report on
    assert _part_ii(result.spec)[1:] == ["Cử cán bộ tham dự đầy đủ."]
    assert not _told_nothing_given(result.warnings)
