"""A letter's spec given where a copy's spec or an office's profile is asked for is told as
what it is in one line, not as a dozen keys to delete (a black-box finding); a level typed
without its marks (``cap: xa``) is read as the level it names, as ``loai`` forgives them."""

from __future__ import annotations

import pytest
import yaml

from ntm_docgen import api
from ntm_docgen.errors import SpecError

LETTER = yaml.safe_load("""loai: HD
co_quan: {ten: SỞ NỘI VỤ, viet_tat: SNV}
dia_danh: Lạng Sơn
trich_yeu: Tổng kết phong trào thi đua
noi_dung: I. MỤC ĐÍCH
ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Hoàng Thị Hiền}
ban_sao: {hinh_thuc: SAO Y, co_quan: {ten: VĂN PHÒNG, viet_tat: VP}, dia_danh: Lạng Sơn,
          ky: {chuc_vu: CHÁNH VĂN PHÒNG, ho_ten: Nguyễn Văn Bình}, noi_nhan: [Sở Nội vụ]}
""")


def test_a_letters_spec_given_as_a_copys_is_told_in_one_line_with_its_block():
    with pytest.raises(SpecError) as caught:
        api.parse_copy_spec(LETTER)
    problems = caught.value.problems
    assert len(problems) == 1
    told = str(problems[0])
    assert "this file describes a letter (it has loai, trich_yeu, noi_dung), not a copy" in told
    assert "its ban_sao block describes a copy" in told
    assert api.parse_copy_spec(LETTER["ban_sao"]).hinh_thuc == "SAO Y"  # the block itself


def test_a_letters_spec_given_as_a_profile_is_told_in_one_line():
    problems = api.profile_problems(LETTER)
    assert len(problems) == 1 and "not an office: an office's file holds" in str(problems[0])


@pytest.mark.parametrize(("typed", "level"), [("xa", "xã"), ("Tinh", "tỉnh"),
                                             ("dac khu", "đặc khu"), ("Xã", "xã")])
def test_a_level_typed_without_its_marks_is_the_level_it_names(typed, level):
    profile = yaml.safe_load((api.profile_path("lang-son")).read_text(encoding="utf-8"))
    from ntm_docgen.derive.profile import parse_profile

    profile["cap"] = typed
    assert parse_profile(profile).cap == level


def test_a_level_that_is_none_is_still_refused():
    profile = yaml.safe_load((api.profile_path("lang-son")).read_text(encoding="utf-8"))
    profile["cap"] = "làng"
    assert any(str(p).startswith("Level (cap): ") for p in api.profile_problems(profile))


def test_a_copys_spec_given_as_a_letters_is_told_in_one_line():
    with pytest.raises(SpecError) as caught:
        api.parse_spec(LETTER["ban_sao"])
    assert len(caught.value.problems) == 1
    assert "this file describes a copy (SAO Y), not a letter" in str(caught.value.problems[0])
