"""The letters of the round-trip tests: every example spec, one letter of every type the
contract names, and variants of the issuer, the signature and the lists a clerk fills."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from ntm_docgen.vietnamese.loai import all_loai

EXAMPLES = Path(__file__).parent.parent / "data" / "examples"
#: A copy's own spec (contract §3), not a letter: it renders only onto an original.
COPY_ONLY = "000-sao-y-bac-giang.yaml"

_BODY = ("I. MỤC ĐÍCH, YÊU CẦU\n"
         "1. Đánh giá kết quả thực hiện phong trào thi đua trên địa bàn trong năm 2025.\n"
         "2. Biểu dương các tập thể, cá nhân tiêu biểu; nhân rộng các mô hình hay.\n"
         "II. NỘI DUNG\n"
         "- Các phòng, đơn vị thuộc Sở triển khai thực hiện theo chức năng, nhiệm vụ.\n"
         "- Báo cáo kết quả về Sở Nội vụ trước ngày 15 tháng 12 năm 2026.")
_ARTICLES = ("Điều 1. Phê duyệt danh sách 12 tập thể, cá nhân tiêu biểu trong phong trào thi "
             "đua năm 2025.\n"
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
             "Điều 3. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách "
             "nhiệm thi hành Quyết định này.")
_INVITATION = ("Sở Nội vụ trân trọng kính mời: Đại diện lãnh đạo các phòng, đơn vị thuộc Sở.\n"
               "Thời gian: 08 giờ 00 phút, ngày 15 tháng 01 năm 2026.\n"
               "Địa điểm: Hội trường Sở Nội vụ.\n"
               "Rất mong các đại biểu đến dự đầy đủ, đúng giờ.")
_LETTER = ("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Nội vụ đề nghị các cơ quan, đơn "
           "vị:\n"
           "1. Tổ chức tổng kết phong trào thi đua tại cơ quan, đơn vị mình.\n"
           "2. Gửi báo cáo về Sở Nội vụ trước ngày 15 tháng 12 năm 2026.\n"
           "Đề nghị các cơ quan, đơn vị quan tâm, thực hiện.")
#: A body with the inline markup of contract §2: bold, italic, both, a whole line bold, and
#: literal stars (escaped, a bullet, a footnote's mark), which a Word file prints as runs.
_MARKED = ("I. MỤC ĐÍCH, YÊU CẦU\n"
           "**1. Mục đích**\n"
           "- Phát huy vai trò **chủ thể** của người dân, *nhất là* ở các thôn.\n"
           "- Ký hiệu \\*sao\\* và 2 \\* 3 in nguyên; đây là việc ***rất quan trọng***.\n"
           "* Đối với các xã: báo cáo số liệu (*) trước ngày 15 tháng 12 năm 2026.\n"
           "II. NỘI DUNG\n"
           "*Ghi chú: số liệu tính đến ngày 30 tháng 11 năm 2026.*")
_MARKED_ARTICLES = ("Điều 1. Phê duyệt danh sách **12 tập thể** tiêu biểu năm 2025.\n"
                    "Điều 2. Quyết định này có hiệu lực *kể từ ngày ký*.\n"
                    "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này.")

BASE: dict[str, Any] = {
    "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ", "viet_tat": "SNV"},
    "so": 15, "dia_danh": "Lạng Sơn", "ngay": "2026-03-12",
    "trich_yeu": "Tổng kết phong trào thi đua năm 2025",
    "noi_dung": _BODY,
    "ky": {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC", "ho_ten": "Hoàng Thị Hiền"},
    "noi_nhan": ["UBND tỉnh (b/c)", "Các phòng thuộc Sở"], "luu": "VT, TH",
}


def of_type(ma: str, layout: str) -> dict[str, Any]:
    """A plain letter of one type, laid out as its layout wants it."""
    data = {**copy.deepcopy(BASE), "loai": ma}
    if layout == "quyet_dinh":
        data.update(tham_quyen="GIÁM ĐỐC SỞ NỘI VỤ", noi_dung=_ARTICLES,
                    can_cu=["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                            "Theo đề nghị của Trưởng phòng Tổ chức - Hành chính"])
        data["ky"] = {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Hoàng Văn Bình"}
    elif layout == "cong_van":
        data.update(loai="CV", don_vi="TH", noi_dung=_LETTER,
                    trich_yeu="V/v tổng kết phong trào thi đua năm 2025",
                    kinh_gui=["Các phòng, đơn vị thuộc Sở"])
    elif layout == "giay_moi":
        data.update(noi_dung=_INVITATION, trich_yeu="Dự Hội nghị tổng kết năm 2025")
    return data


def examples() -> list[tuple[str, dict[str, Any]]]:
    """(name, data) of every example spec of a letter."""
    return [(p.stem, yaml.safe_load(p.read_text(encoding="utf-8")))
            for p in sorted(EXAMPLES.glob("*.yaml")) if p.name != COPY_ONLY]


def types() -> list[tuple[str, dict[str, Any]]]:
    """(name, data): one letter of every type of the table."""
    return [(f"loai-{t.ma or 'CV'}", of_type(t.ma or "CV", t.layout)) for t in all_loai()]


#: Issuers: (name, co_quan, ngay). The level below a province is huyện before 1 July 2025,
#: xã from then on; a name wraps in the issuer's cell as the renderer balances it.
ISSUERS: list[tuple[str, dict[str, Any], str]] = [
    ("bo-1-dong", {"ten": "BỘ NỘI VỤ", "viet_tat": "BNV"}, "2026-03-12"),
    ("tinh-xuong-dong", {"ten": "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "viet_tat": "UBND"},
     "2026-03-12"),
    ("tinh-khong-xuong-dong", {"ten": "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "viet_tat": "UBND"},
     "2026-03-12"),
    ("ban-2-dong", {"ten": "BAN THI ĐUA - KHEN THƯỞNG TỈNH LẠNG SƠN", "viet_tat": "BTĐKT"},
     "2026-03-12"),
    ("ban-3-dong", {"ten": "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA TỈNH",
                    "viet_tat": "BCĐ"}, "2026-03-12"),
    ("ban-5-dong", {"ten": "BAN CHỈ ĐẠO THỰC HIỆN CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA VỀ XÂY "
                           "DỰNG NÔNG THÔN MỚI TỈNH LẠNG SƠN", "viet_tat": "BCĐ"}, "2026-03-12"),
    ("van-phong-dieu-phoi-4-dong", {"ten": "VĂN PHÒNG ĐIỀU PHỐI CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA "
                                           "XÂY DỰNG NÔNG THÔN MỚI TỈNH", "viet_tat": "VPĐP"},
     "2026-03-12"),
    ("hoi-dong-4-dong", {"ten": "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG CỦA ỦY BAN NHÂN DÂN TỈNH LẠNG "
                                "SƠN", "viet_tat": "HĐTĐKT"}, "2026-03-12"),
    ("so-3-dong-khong-chu-quan", {"ten": "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LẠNG SƠN",
                               "viet_tat": "SNN"}, "2024-05-20"),
    ("mat-tran-2-dong", {"ten": "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN",
                         "viet_tat": "MTTQ"}, "2026-03-12"),
    ("so-duoi-tinh", {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ", "viet_tat": "SNV"},
     "2026-03-12"),
    ("ban-3-dong-duoi-tinh", {"chu_quan": "UBND TỈNH LẠNG SƠN",
                              "ten": "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA VỀ XÂY "
                                     "DỰNG NÔNG THÔN MỚI", "viet_tat": "BCĐ"}, "2026-03-12"),
    ("chu-quan-dai", {"chu_quan": "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
                      "ten": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "viet_tat": "SNNMT"}, "2026-03-12"),
    ("bo-cuc", {"chu_quan": "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                "ten": "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TRUNG ƯƠNG", "viet_tat": "VPĐP"},
     "2026-03-12"),
    ("huyen-2-cap-truoc-2025", {"chu_quan": "UBND HUYỆN CHI LĂNG",
                                "ten": "PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
                                "viet_tat": "PNN"}, "2024-05-20"),
    ("huyen-truoc-2025", {"ten": "ỦY BAN NHÂN DÂN\nHUYỆN CHI LĂNG", "viet_tat": "UBND"},
     "2024-05-20"),
    ("tinh-3-cap-truoc-2025", {"chu_quan": "UBND TỈNH LẠNG SƠN\nSỞ NÔNG NGHIỆP VÀ PTNT",
                               "ten": "CHI CỤC PHÁT TRIỂN NÔNG THÔN", "viet_tat": "CCPTNT"},
     "2024-05-20"),
    ("xa-sau-2025", {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"}, "2026-03-12"),
    ("xa-2-cap-sau-2025", {"chu_quan": "UBND XÃ TÂN THÀNH", "ten": "PHÒNG KINH TẾ",
                           "viet_tat": "PKT"}, "2026-03-12"),
    ("tinh-3-cap-sau-2025", {"chu_quan": "UBND TỈNH LẠNG SƠN\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                             "ten": "CHI CỤC KIỂM LÂM", "viet_tat": "CCKL"}, "2026-03-12"),
    ("phuong-sau-2025", {"ten": "ỦY BAN NHÂN DÂN\nPHƯỜNG ĐÔNG KINH", "viet_tat": "UBND"},
     "2026-03-12"),
]

#: Signature blocks: (name, ky).
SIGNERS: list[tuple[str, dict[str, Any]]] = [
    ("truc-tiep", {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Hoàng Văn Bình"}),
    ("kt", {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC", "ho_ten": "Lê Thị Hà"}),
    ("tm-kt", {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH",
               "ho_ten": "Nguyễn Văn Đức"}),
    ("tl-kt", {"quyen_han": ["TL. GIÁM ĐỐC", "KT. CHÁNH VĂN PHÒNG"],
               "chuc_vu": "PHÓ CHÁNH VĂN PHÒNG", "ho_ten": "Đặng Thị Ưng"}),
    ("tuq", {"quyen_han": ["TUQ. CHỦ TỊCH"], "chuc_vu": "CHÁNH VĂN PHÒNG",
             "ho_ten": "Phạm Quốc Ơn"}),
    ("q", {"quyen_han": ["Q. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC", "ho_ten": "Vũ Minh Tâm"}),
    ("chuc-vu-dai", {"quyen_han": ["TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "KT. CHỦ TỊCH"],
                     "chuc_vu": "PHÓ CHỦ TỊCH THƯỜNG TRỰC HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH",
                     "ho_ten": "Trần Thị Thanh Hương"}),
    ("chuc-vu-dai-kt", {"quyen_han": ["KT. GIÁM ĐỐC"],
                        "chuc_vu": "PHÓ GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH",
                        "ho_ten": "Lò Văn Páo"}),
    ("chuc-vu-ba-dong", {"chuc_vu": "TRƯỞNG BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA",
                         "ho_ten": "Nông Thị Én"}),
]

_MANY = ["Bộ Nội vụ (b/c)", "Ban Thi đua - Khen thưởng Trung ương (b/c)", "TT Tỉnh ủy (b/c)",
         "TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh",
         "UBND các xã, phường", "Báo Lạng Sơn", "Đài PT-TH tỉnh", "Cổng TTĐT tỉnh",
         "Lãnh đạo Sở", "Các phòng thuộc Sở"]
_CAN_CU = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
           "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
           "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định "
           "chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
           "Căn cứ Quyết định số 12/2025/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân "
           "tỉnh quy định chức năng, nhiệm vụ của Sở Nội vụ",
           "Theo đề nghị của Trưởng phòng Tổ chức - Hành chính"]
_LONG_SUMMARY = ("Tổng kết phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai "
                 "đoạn 2021 - 2025 và phát động phong trào thi đua giai đoạn 2026 - 2030 trên "
                 "địa bàn tỉnh Lạng Sơn")


#: A SAO Y block whose signer's title is broken over three lines of its cell.
_COPY = {"hinh_thuc": "SAO Y", "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "VĂN PHÒNG",
                                           "viet_tat": "VP"},
         "so": 36, "dia_danh": "Lạng Sơn", "ngay": "2026-03-13",
         "ky": {"quyen_han": ["TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"],
                "chuc_vu": "PHÓ CHỦ TỊCH THƯỜNG TRỰC HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH",
                "ho_ten": "Trần Thị Thanh Hương"},
         "noi_nhan": ["Sở Nội vụ", "UBND các xã, phường"], "luu": "NC"}


def _with(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(base)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def variants() -> list[tuple[str, dict[str, Any]]]:
    """(name, data): each issuer, each signature and each list under a few types."""
    kh, cv, qd = of_type("KH", "van_ban"), of_type("CV", "cong_van"), of_type("QĐ", "quyet_dinh")
    out = []
    for name, co_quan, ngay in ISSUERS:
        for code, base in (("KH", kh), ("CV", cv), ("QĐ", qd)):
            out.append((f"{code}-{name}", _with(base, co_quan=co_quan, ngay=ngay)))
    for name, ky in SIGNERS:
        for code, base in (("KH", kh), ("CV", cv)):
            out.append((f"{code}-ky-{name}", _with(base, ky=ky)))
    out += [
        ("KH-trich-yeu-dai", _with(kh, trich_yeu=_LONG_SUMMARY)),
        ("CV-trich-yeu-dai", _with(cv, trich_yeu=f"V/v {_LONG_SUMMARY[0].lower()}"
                                                 f"{_LONG_SUMMARY[1:]}")),
        ("QĐ-trich-yeu-dai", _with(qd, trich_yeu=f"Về việc {_LONG_SUMMARY[0].lower()}"
                                                 f"{_LONG_SUMMARY[1:]}")),
        ("KH-noi-nhan-nhieu", _with(kh, noi_nhan=_MANY)),
        ("CV-noi-nhan-nhieu", _with(cv, noi_nhan=_MANY)),
        ("QĐ-can-cu-nhieu", _with(qd, can_cu=_CAN_CU)),
        ("KH-can-cu-nhieu", _with(kh, can_cu=_CAN_CU[:4])),
        ("CV-kinh-gui-nhieu", _with(cv, kinh_gui=_MANY[:6])),
        ("BC-kinh-gui-mot", _with(of_type("BC", "van_ban"), kinh_gui=["Ủy ban nhân dân tỉnh"])),
        ("TTr-kinh-gui-hai", _with(of_type("TTr", "van_ban"),
                                   kinh_gui=["Ủy ban nhân dân tỉnh", "Sở Tài chính"])),
        ("KH-du-thao", _with(kh, so=None, ngay=None, nam=2026)),
        ("CV-du-thao", _with(cv, so=None, ngay=None, nam=2026)),
        ("QĐ-du-thao", _with(qd, so=None, ngay=None, nam=2026)),
        ("KH-ky-hieu-rieng", _with(kh, ky_hieu="KH-SNV-TH")),
        ("KH-mat-khan", _with(kh, do_mat="MẬT", do_khan="HỎA TỐC")),
        ("CV-ngay-dau-thang", _with(cv, ngay="2026-01-09", so=9)),
        ("KH-ngay-cuoi-nam", _with(kh, ngay="2025-12-31", so=1234)),
        ("KH-ban-sao-chuc-vu-dai", _with(kh, ban_sao=_COPY)),
        ("KH-dam-nghieng", _with(kh, noi_dung=_MARKED)),
        ("QĐ-dam-nghieng", _with(qd, noi_dung=_MARKED_ARTICLES)),
    ]
    return out


def all_cases() -> list[tuple[str, dict[str, Any]]]:
    """Every case of the round trip, by a name of its own."""
    cases = [*examples(), *types(), *variants()]
    names = [name for name, _ in cases]
    assert len(set(names)) == len(names), "two cases of one name"
    return cases


#: The cases rendered to PDF too (LibreOffice is slow): one of each layout and the issuers
#: that wrap.
PDF_SAMPLE = ["003-huong-dan-106-snv-lang-son", "cong-van-ubnd-tinh-kon-tum",
              "quyet-dinh-khen-thuong", "giay-moi-hoi-nghi", "bao-cao-xa", "loai-TB",
              "loai-BB", "loai-TTr", "KH-ban-3-dong", "KH-ban-5-dong", "CV-ban-2-dong",
              "QĐ-hoi-dong-4-dong", "KH-tinh-3-cap-truoc-2025", "KH-ky-tl-kt",
              "KH-ky-chuc-vu-dai", "KH-ky-chuc-vu-ba-dong", "KH-ban-sao-chuc-vu-dai",
              "000-huong-dan-1741-kem-sao-y",
              "CV-kinh-gui-nhieu", "KH-noi-nhan-nhieu", "KH-du-thao", "QĐ-can-cu-nhieu"]
