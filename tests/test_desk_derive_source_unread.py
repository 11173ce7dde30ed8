"""What could not be read of the guidance from above (its number, its date: a scan's
handwriting) is said on the implementing letter's page as where to type it in the draft: the
line citing it, not the draft's own “Number” and “Date”, which are the new letter's."""

from __future__ import annotations

from ntm_docgen.desk.views.derive import _notes
from ntm_docgen.i18n import N_, language_kept, said, set_language

GUIDANCE = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:      /HD-UBND
Lạng Sơn, ngày    tháng    năm 2026
HƯỚNG DẪN
Tổng kết phong trào thi đua xây dựng nông thôn mới
I. MỤC ĐÍCH, YÊU CẦU
1. Đánh giá kết quả phong trào thi đua trên địa bàn tỉnh.
II. NỘI DUNG
1. Các xã tổ chức hội nghị tổng kết, báo cáo về Sở Nội vụ.
Nơi nhận:
- Các xã, phường;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Bình
"""


def test_a_guidance_without_number_says_where_to_type_it(client, csrf):
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                             "ho_so": "xa-tan-thanh-lang-son",
                                             "ngay": "10/03/2026"},
                         files={"tep": ("hd.txt", GUIDANCE.encode())})
    assert answer.status_code == 200, answer.text
    page = answer.text
    assert "lacks them: type them there from the paper" in page
    assert "the citation has none" not in page


def test_a_scan_s_unread_number_is_told_as_the_guidance_s_not_the_draft_s():
    with language_kept():
        set_language("en")
        unread = said(N_("{name}: {note}"), name="hd.pdf", note=said(N_(
            "so: the number could not be read on the scan (written by hand?); it is left "
            "blank: write it from the paper")))
        note = _notes(unread)
    assert note.startswith("hd.pdf: The number of this letter could not be read on the scan")
    assert "not in “Number”, which is your letter's own" in note
    assert "fill in “Number” from the paper" not in note
