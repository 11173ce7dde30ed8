"""Commented skeleton specs for ``ntm-docgen new``: a starting point that already renders."""

from __future__ import annotations

from datetime import date

from ntm_docgen.vietnamese.loai import Loai

_HEAD = """\
# {ten} ({layout}) - skeleton written by `ntm-docgen new {code}`.
# Keys follow Nghị định 30/2020/NĐ-CP; replace every value, delete optional keys you do not need.
loai: {code}
co_quan:
  chu_quan: UBND TỈNH LẠNG SƠN       # cơ quan chủ quản (optional, not bold)
  ten: SỞ NỘI VỤ                      # cơ quan ban hành (bold); "\\n" breaks a long name
  viet_tat: SNV                       # abbreviation used in the ký hiệu
# so: 15                              # number: leave out until the văn thư gives it
# ky_hieu defaults to {ky_hieu}, built from the type and viet_tat
{don_vi}dia_danh: Lạng Sơn
# ngay: {today}                    # date of issue: leave out in a draft
nam: {year}                             # year printed in a draft date
"""

_TRICH_YEU = {
    "cong_van": "trich_yeu: V/v sơ kết phong trào thi đua \"Chung sức xây dựng nông thôn mới\"\n",
    "giay_moi": "trich_yeu: Dự Hội nghị sơ kết phong trào thi đua \"Chung sức xây dựng nông thôn "
                "mới\"   # optional in a giấy mời\n",
}
_DEFAULT_TRICH_YEU = ("trich_yeu: Sơ kết phong trào thi đua \"Chung sức xây dựng nông thôn mới\" "
                      "năm {year}\n")

_KINH_GUI = """\
kinh_gui:                             # one recipient, or several (one per line)
  - Các sở, ban, ngành, đoàn thể cấp tỉnh
  - Ủy ban nhân dân các xã, phường
"""

_QUYET_DINH = """\
tham_quyen: GIÁM ĐỐC SỞ NỘI VỤ TỈNH LẠNG SƠN   # who decides, printed above the căn cứ
can_cu:                               # each line ends ";" and the last "." (added if missing)
  - Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022
  - Theo đề nghị của Trưởng ban Thi đua - Khen thưởng
noi_dung: |
  Điều 1. Tặng Giấy khen cho 05 tập thể có thành tích xuất sắc (có danh sách kèm theo).
  Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
  Điều 3. Chánh Văn phòng Sở và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành.
"""

_BODY = """\
can_cu:                               # optional "Căn cứ ..." / "Thực hiện ..." lines
  - Căn cứ Hướng dẫn số 748/HD-BTĐKT ngày 24/4/2019 của Ban Thi đua - Khen thưởng Trung ương
noi_dung: |                           # one line = one paragraph; your numbering is kept
  I. MỤC ĐÍCH, YÊU CẦU
  - Đánh giá kết quả phong trào thi đua; **bold** and *italic* inline.
  II. NỘI DUNG
  1. Nội dung thứ nhất.
  | STT | Nội dung | Thời gian |
  |---|---|---|
  | 1 | Gửi báo cáo | Trước ngày 30/6 |
  III. TỔ CHỨC THỰC HIỆN
  Trên đây là nội dung ...
"""

_TAIL = """\
ky:
  quyen_han: [KT. GIÁM ĐỐC]           # TM. / KT. / TL. / TUQ. / Q. lines (optional)
  chuc_vu: PHÓ GIÁM ĐỐC
  ho_ten: Nguyễn Văn A
noi_nhan:                             # without "- " and ";": the layout adds them
  - UBND tỉnh (b/c)
luu: VT, TĐKT                         # printed last as "- Lưu: VT, TĐKT."
# do_khan: KHẨN                       # KHẨN | THƯỢNG KHẨN | HỎA TỐC
# do_mat: MẬT                         # MẬT | TỐI MẬT | TUYỆT MẬT
# phu_luc:                            # attachments, each on new pages
#   - tieu_de: ĐỀ CƯƠNG BÁO CÁO
#     noi_dung: |
#       I. ĐẶC ĐIỂM TÌNH HÌNH
"""


def skeleton(loai: Loai, today: date) -> str:
    """The commented YAML skeleton for a type."""
    code = loai.ma or "CV"
    text = _HEAD.format(ten=loai.ten, layout=loai.layout, code=code,
                        ky_hieu="SNV-TH" if loai.is_cong_van else f"{code}-SNV",
                        today=today.isoformat(), year=today.year,
                        don_vi="don_vi: TH                            # drafting unit (công văn)\n"
                        if loai.is_cong_van else "")
    text += _TRICH_YEU.get(loai.layout, _DEFAULT_TRICH_YEU.format(year=today.year))
    if loai.layout in ("cong_van",) or loai.ma in ("TTr", "BC"):
        text += _KINH_GUI
    text += _QUYET_DINH if loai.layout == "quyet_dinh" else _BODY
    return text + _TAIL
