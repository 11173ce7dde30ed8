"""Commented skeleton specs for ``ntm-docgen new``: a starting point that already renders.

The values are a sample letter (Vietnamese, as it prints); the comments are in the user's
language.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import N_, _
from ntm_docgen.vietnamese.loai import Loai, copy_codes

#: The column the comments start at.
COMMENT_AT = 38

#: (YAML line, comment) pairs; the comment is marked with N_ and translated when written.
Lines = list[tuple[str, str]]

_CO_QUAN: Lines = [
    ("co_quan:", ""),
    ("  chu_quan: UBND TỈNH LẠNG SƠN", N_("cơ quan chủ quản (optional, not bold)")),
    ("  ten: SỞ NỘI VỤ", N_('cơ quan ban hành (bold); "\\n" breaks a long name')),
    ("  viet_tat: SNV", N_("abbreviation used in the ký hiệu")),
    ("# so: 15", N_("number: leave out until the văn thư gives it")),
]

_KINH_GUI: Lines = [
    ("kinh_gui:", N_("one recipient, or several (one per line)")),
    ("  - Các sở, ban, ngành, đoàn thể cấp tỉnh", ""),
    ("  - Ủy ban nhân dân các xã, phường", ""),
]

_QUYET_DINH: Lines = [
    ("tham_quyen: GIÁM ĐỐC SỞ NỘI VỤ TỈNH LẠNG SƠN", N_("who decides, printed above the căn cứ")),
    ("can_cu:", N_('each line ends ";" and the last "." (added if missing)')),
    ("  - Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", ""),
    ("  - Theo đề nghị của Trưởng ban Thi đua - Khen thưởng", ""),
    ("noi_dung: |", ""),
    ("  Điều 1. Tặng Giấy khen cho 05 tập thể có thành tích xuất sắc (có danh sách kèm "
     "theo).", ""),
    ("  Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", ""),
    ("  Điều 3. Chánh Văn phòng Sở và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành.",
     ""),
]

_NGHI_QUYET: Lines = [
    ("tham_quyen: HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN KHÓA XVII, KỲ HỌP THỨ HAI",
     N_("the council and its session, printed above the căn cứ")),
    ("can_cu:", N_('each line ends ";" and the last "." (added if missing)')),
    ("  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025", ""),
    ("  - Xét Tờ trình số 15/TTr-UBND ngày 01 tháng 7 năm 2026 của Ủy ban nhân dân tỉnh; Báo "
     "cáo thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu Hội đồng nhân dân "
     "tỉnh tại kỳ họp", ""),
    ("noi_dung: |", N_("after QUYẾT NGHỊ: the articles")),
    ("  Điều 1. Thông qua Kế hoạch thi đua “Chung sức xây dựng nông thôn mới” năm "
     "2026.", ""),
    ("  Điều 2. Tổ chức thực hiện", ""),
    ("  1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.", ""),
    ("  2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh và đại "
     "biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.", ""),
    ("  Nghị quyết này đã được Hội đồng nhân dân tỉnh Lạng Sơn khóa XVII, kỳ họp thứ hai thông "
     "qua và có hiệu lực từ ngày thông qua./.", ""),
]

_BODY: Lines = [
    ("can_cu:", N_('optional "Căn cứ ..." / "Thực hiện ..." lines')),
    ("  - Căn cứ Hướng dẫn số 748/HD-BTĐKT ngày 24/4/2019 của Ban Thi đua - Khen thưởng Trung "
     "ương", ""),
    ("noi_dung: |", N_("one line = one paragraph; your numbering is kept")),
    ("  I. MỤC ĐÍCH, YÊU CẦU", ""),
    ("  - Đánh giá kết quả phong trào thi đua; **chữ đậm** và *chữ nghiêng* trong dòng.", ""),
    ("  II. NỘI DUNG", ""),
    ("  1. Nội dung thứ nhất.", ""),
    ("  | STT | Nội dung | Thời gian |", ""),
    ("  |---|---|---|", ""),
    ("  | 1 | Gửi báo cáo | Trước ngày 30/6 |", ""),
    ("  III. TỔ CHỨC THỰC HIỆN", ""),
    ("  Trên đây là nội dung ...", ""),
]

_TAIL: Lines = [
    ("ky:", ""),
    ("  quyen_han: [KT. GIÁM ĐỐC]", N_("TM. / KT. / TL. / TUQ. / Q. lines (optional)")),
    ("  chuc_vu: PHÓ GIÁM ĐỐC", ""),
    ("  ho_ten: Nguyễn Văn A", ""),
    ("noi_nhan:", N_('without "- " and ";": the layout adds them')),
    ("  - UBND tỉnh (b/c)", ""),
    ("luu: VT, TĐKT", N_('printed last as "- Lưu: VT, TĐKT."')),
    ("# do_khan: KHẨN", "KHẨN | THƯỢNG KHẨN | HỎA TỐC"),
    ("# do_mat: MẬT", "MẬT | TỐI MẬT | TUYỆT MẬT"),
    ("# phu_luc:", N_("attachments, each on new pages")),
    ("#   - tieu_de: ĐỀ CƯƠNG BÁO CÁO", ""),
    ("#     noi_dung: |", ""),
    ("#       I. ĐẶC ĐIỂM TÌNH HÌNH", ""),
]


def _written(lines: Lines) -> str:
    out = []
    for text, comment in lines:
        if comment:
            text = f"{text:<{COMMENT_AT - 1}} # {_(comment)}"
        out.append(text.rstrip() + "\n")
    return "".join(out)


def skeleton(loai: Loai, today: date) -> str:
    """The commented YAML skeleton for a type."""
    code = loai.ma or "CV"
    ky_hieu = "SNV-TH" if loai.is_cong_van else f"{code}-HĐND" if code == "NQ" else f"{code}-SNV"
    head = [
        ("# " + _("{ten}, laid out as {layout} - skeleton written by `ntm-docgen new {code}`.")
         .format(ten=loai.ten, layout=loai.layout_words, code=code), ""),
        ("# " + _("Keys follow Nghị định 30/2020/NĐ-CP; replace every value, delete optional "
                  "keys you do not need."), ""),
        (f"loai: {code}", ""), *_CO_QUAN,
        ("# " + (_("ky_hieu defaults to {ky_hieu}, built from viet_tat and don_vi")
                 if loai.is_cong_van else _("ky_hieu defaults to {ky_hieu}, built from the type "
                                            "and viet_tat")).format(ky_hieu=ky_hieu), ""),
    ]
    if loai.is_cong_van:
        head.append(("don_vi: TH", N_("drafting unit (công văn)")))
    head += [("dia_danh: Lạng Sơn", ""),
             (f"# ngay: {today.isoformat()}", N_("date of issue: leave out in a draft")),
             (f"nam: {today.year}", N_("year printed in a draft date"))]
    if loai.layout == "cong_van":
        trich_yeu = [("trich_yeu: V/v sơ kết phong trào thi đua “Chung sức xây dựng nông thôn "
                      "mới”", "")]
    elif loai.layout == "giay_moi":
        trich_yeu = [("trich_yeu: Dự Hội nghị sơ kết phong trào thi đua “Chung sức xây dựng "
                      "nông thôn mới”", N_("optional in a giấy mời"))]
    elif loai.ma == "NQ":
        trich_yeu = [(f"trich_yeu: Về Kế hoạch thi đua “Chung sức xây dựng nông thôn "
                      f"mới” năm {today.year}", "")]
    else:
        trich_yeu = [(f"trich_yeu: Sơ kết phong trào thi đua “Chung sức xây dựng nông thôn mới” "
                      f"năm {today.year}", "")]
    body = _NGHI_QUYET if loai.ma == "NQ" else \
        _QUYET_DINH if loai.layout == "quyet_dinh" else _BODY
    kinh_gui = _KINH_GUI if loai.layout == "cong_van" else []
    sample = load_data("skeletons.yaml").get(code)
    tail = _TAIL
    if sample is not None:  # a type whose content is not a plan's
        trich_yeu, body, kinh_gui = _sampled(sample, today)
        tail = _sample_tail(sample, bool(kinh_gui))
    if loai.ma == "NQ":  # the council's own name, and signed on its behalf
        head = [_HDND if line[0].startswith("co_quan:") else line for line in head
                if not line[0].startswith(("  chu_quan", "  ten:", "  viet_tat"))]
        tail = [("ky:", ""), ("  quyen_han: [TM. HỘI ĐỒNG NHÂN DÂN]", N_(
            "a council's resolution is signed on its behalf")), ("  chuc_vu: CHỦ TỊCH", ""),
            ("  ho_ten: Nguyễn Văn A", ""), *_TAIL[4:]]
    if loai.ma in _TWO_SIGNERS:
        tail = [("# " + _("A {ten} is signed by two parties; the layout here has one signature: "
                          "add the other in Word.").format(ten=loai.ten), ""), *tail]
    return _written([*head, *trich_yeu, *kinh_gui, *body, *tail])


def _sampled(sample: dict[str, Any], today: date) -> tuple[Lines, Lines, Lines]:
    """The trích yếu, the content and the Kính gửi of a type's sample (data/skeletons.yaml)."""
    def filled(text: str) -> str:
        return text.replace("{nam}", str(today.year))

    body: Lines = [("noi_dung: |", N_("one line = one paragraph; your numbering is kept")),
                   *((f"  {filled(line)}", "") for line in sample["noi_dung"].splitlines())]
    kinh_gui: Lines = []
    if sample.get("kinh_gui"):
        kinh_gui = [("kinh_gui:", N_("one recipient, or several (one per line)")),
                    *((f"  - {who}", "") for who in sample["kinh_gui"])]
    return [(f"trich_yeu: {filled(sample['trich_yeu'])}", "")], body, kinh_gui


def _sample_tail(sample: dict[str, Any], sent_up: bool) -> Lines:
    """The signature and Nơi nhận of a type's sample: its own signer and recipients where it
    names them, "Như trên" first where it has a Kính gửi."""
    ky = sample.get("ky")
    out: Lines = []
    for line in _TAIL:
        if ky and line[0].startswith("  quyen_han:"):
            continue  # the chair of a meeting signs in his own name
        if ky and line[0].startswith("  chuc_vu:"):
            line = (f"  chuc_vu: {ky['chuc_vu']}", "")
        if line[0] == "  - UBND tỉnh (b/c)":
            names = sample.get("noi_nhan") or (["Như trên"] if sent_up else None)
            if names:
                out += [(f"  - {name}", "") for name in names]
                continue
        out.append(line)
    return out


#: The council's name for a Nghị quyết's header.
_HDND = ("co_quan: {ten: \"HỘI ĐỒNG NHÂN DÂN\\nTỈNH LẠNG SƠN\", viet_tat: HĐND}", "")
#: The types two parties sign (a biên bản's chair and secretary, a contract's parties).
_TWO_SIGNERS = ("BB", "HĐ", "BGN", "BTT")


#: What each copy form is made from and how, said above its copy spec.
_COPY_NOTES = {
    "SAO Y": N_("A SAO Y copies the issued original whole (Điều 25)."),
    "SAO LỤC": N_("A SAO LỤC is made from a SAO Y file, not from the original (Điều 25)."),
    "TRÍCH SAO": N_("A TRÍCH SAO keeps only the parts named with --trich (II,III or a range "
                    "of paragraphs)."),
}


def copy_skeleton(form: str, today: date) -> str:
    """The commented YAML skeleton of a copy spec (contract §3) for ``form`` (SAO Y, SAO LỤC,
    TRÍCH SAO), for ``ntm-docgen copy``; it parses as a copy spec.

    >>> from ntm_docgen.letter.spec import parse_copy_spec
    >>> import yaml
    >>> parse_copy_spec(yaml.safe_load(copy_skeleton("TRÍCH SAO", date(2026, 1, 5)))).ky_hieu
    'TrS-VP'
    """
    code = copy_codes()[form]
    return _written([
        ("# " + _("{form} - copy spec written by `ntm-docgen new {code}`, for `ntm-docgen copy "
                  "ORIGINAL --spec COPY.yaml -o OUT.docx`.").format(form=form, code=code), ""),
        ("# " + _(_COPY_NOTES[form]), ""),
        ("# " + _("Replace every value; the copy block is laid out as Nghị định 30/2020/NĐ-CP "
                  "lays it (Phụ lục I, Phần II)."), ""),
        (f"hinh_thuc: {form}", "SAO Y | SAO LỤC | TRÍCH SAO"),
        ("co_quan:", N_("the body that makes the copy")),
        ("  chu_quan: UBND TỈNH LẠNG SƠN", N_("cơ quan chủ quản (optional, not bold)")),
        ("  ten: VĂN PHÒNG", N_("bold")),
        ("  viet_tat: VP", N_("abbreviation used in the ký hiệu")),
        ("# so: 15", N_("the copy's number: leave out until the văn thư gives it (or copy with "
                        "--allocate)")),
        ("# " + _("ky_hieu defaults to {ky_hieu}, built from the copy form and viet_tat")
         .format(ky_hieu=f"{code}-VP"), ""),
        ("dia_danh: Lạng Sơn", ""),
        (f"ngay: {today.isoformat()}", N_("the copy's date")),
        ("ky:", ""),
        ("  quyen_han: [TL. CHỦ TỊCH]", N_("TM. / KT. / TL. / TUQ. / Q. lines (optional)")),
        ("  chuc_vu: CHÁNH VĂN PHÒNG", ""),
        ("  ho_ten: Nguyễn Văn A", ""),
        ("noi_nhan:", N_("one recipient a line; a line with commas stays one recipient")),
        ("  - CT, các PCT UBND tỉnh", ""),
        ("  - Sở Nội vụ", ""),
        ("luu: VT", ""),
    ])
