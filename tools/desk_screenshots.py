"""Screenshots of every page of the desk, for docs/desk.md and for looking at the pages.

    python tools/desk_screenshots.py [OUT_DIR] [--size WIDTHxHEIGHT]
        # default docs/img/desk at 1366x768 (a laptop); 390x844 is a phone


Starts the desk on this computer (and, with NTM_DOCGEN_TEST_PG set, an office desk) on a
temporary data folder, walks every job in Debian's Chromium and writes one PNG per page.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import desk_shots_read as read  # noqa: E402
from desk_browser import ask_for_a_copy, browser, desk_server, sign_in  # noqa: E402
from desk_shots_read import save  # noqa: E402
from desk_support import add_clerks  # noqa: E402

from ntm_docgen import api  # noqa: E402


def off_layout(folder: Path) -> Path:
    """A letter with departures a văn thư meets: body at 12 pt, a narrow left margin."""
    from docx import Document
    from docx.shared import Mm, Pt

    letter = folder / "can-kiem-tra.docx"
    api.render(api.load_spec(ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"),
               letter, today=date(2026, 3, 5))
    doc = Document(str(letter))
    doc.sections[0].left_margin = Mm(20)
    for paragraph in doc.paragraphs[8:14]:
        for run in paragraph.runs:
            run.font.size = Pt(12)
    doc.save(str(letter))
    return letter


#: The window the pages are shot in (width, height): a laptop's unless told.
SIZE = (1366, 768)


def local(out: Path, work: Path) -> None:
    with desk_server(work / "mot-may") as address, browser(SIZE) as page:
        page.goto(address)
        save(page, out, "trang-chu")
        page.goto(address + "soan")
        page.get_by_label("Loại văn bản").select_option("KH")
        page.get_by_label("Cơ quan ban hành").select_option("lang-son")
        page.get_by_role("button", name="Bắt đầu soạn").click()
        page.wait_for_url("**/soan/*")
        page.locator('[id="f-trich_yeu"]').fill(
            "Tổng kết phong trào thi đua xây dựng nông thôn mới")
        page.locator('[id="f-ngay"]').fill("05/03/2026")
        page.locator('[id="f-noi_dung"]').fill(
            "I. MỤC ĐÍCH, YÊU CẦU\n- Đánh giá kết quả phong trào thi đua.\n"
            "II. NỘI DUNG\n1. Tổ chức hội nghị tổng kết cấp tỉnh.")
        page.get_by_role("button", name="+ Thêm nơi nhận").last.click()
        page.locator('input[name="noi_nhan"]').last.fill("Các sở, ban, ngành tỉnh")
        page.locator("#preview img").first.wait_for()
        page.wait_for_timeout(1500)
        page.evaluate("window.scrollTo(0, 0)")  # the page as the clerk opens it: its top
        save(page, out, "soan-van-ban")
        page.locator('[id="f-ky.ho_ten"]').fill("")
        page.locator(".field[data-field='ky.ho_ten'] .problem").wait_for()
        # the field and the problem under it, mid-screen: a laptop's 768 px cut it off
        page.locator(".field[data-field='ky.ho_ten']").evaluate(
            "e => e.scrollIntoView({block: 'center'})")
        save(page, out, "soan-loi-tai-o")
        page.evaluate("window.scrollTo(0, 0)")  # beside the downloads: what a spec saves now
        page.locator(".spec-hint").wait_for()
        save(page, out, "soan-tep-mo-ta-con-loi")
        page.locator('[id="f-ky.ho_ten"]').fill("Nguyễn Văn An")
        page.get_by_text("Đã lưu").first.wait_for()
        editor = page.url
        page.locator("#save-issuer").click()
        page.wait_for_url("**/ho-so/moi?tu=*")
        page.locator('[id="f-ten_goi"]').fill("")
        page.get_by_role("button", name="Lưu cơ quan").click()
        save(page, out, "co-quan-cua-ban", full=True)
        page.locator('[id="f-ten_goi"]').fill("Ủy ban nhân dân tỉnh Lạng Sơn")
        page.locator('[id="f-tinh"]').fill("Lạng Sơn")
        page.get_by_role("button", name="Lưu cơ quan").click()
        page.wait_for_url("**/ho-so?**")
        page.goto(address + "soan")
        save(page, out, "soan-danh-sach")
        hand_numbers(page, address, out)
        page.goto(editor)
        page.get_by_role("button", name="Phát hành: lấy số từ sổ văn bản đi").click()
        page.wait_for_url("**/so?**")
        save(page, out, "so-van-ban-di")
        page.goto(editor)  # issued: the letter as kept, read-only
        page.locator("#preview img").first.wait_for()
        page.wait_for_timeout(1000)
        save(page, out, "soan-da-phat-hanh")
        unknown_key(page, address, out, work)
        read_notes(page, address, out)
        page.goto(address + "sao")
        save(page, out, "sao-van-ban")
        first_morning(page, address, out, work)
        page.goto(address + "hang-loat")
        save(page, out, "hang-loat")
        page.goto(address + "thuc-hien")
        save(page, out, "van-ban-thuc-hien")
        page.goto(address + "kiem-tra")
        page.locator("#tep").set_input_files(str(off_layout(work)))
        page.get_by_role("button", name="Kiểm tra", exact=True).click()
        page.locator(".side img").first.wait_for()
        page.wait_for_timeout(1000)
        save(page, out, "kiem-tra")


def hand_numbers(page, address: str, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Số đã cấp trên sổ giấy as a commune's văn thư fills it mid-year (not saved: the letters
    shot after keep their numbers)."""
    page.goto(address + "so/so-cap-bang-tay")
    page.get_by_label("Mỗi loại văn bản một dãy số", exact=False).check()
    page.locator("#so_CV").fill("57")
    page.locator("#so_KH").fill("12")
    page.locator("#so_BC").fill("31")
    save(page, out, "so-da-cap-tren-so-giay")


#: The body of a commune's văn thư (xã Bảo Thắng, Lào Cai), as she saves it on the desk.
BAO_THANG = """tinh: Bảo Thắng
thuoc: Lào Cai
cap: xã
co_quan: {ten: "ỦY BAN NHÂN DÂN\\nXÃ BẢO THẮNG", viet_tat: UBND}
don_vi: VP
ten_goi: Ủy ban nhân dân xã Bảo Thắng
dia_danh: Bảo Thắng
ky: {quyen_han: [TM. ỦY BAN NHÂN DÂN], chuc_vu: CHỦ TỊCH, ho_ten: Nguyễn Văn Hùng}
"""


def first_morning(page, address: str, out: Path, work: Path) -> None:  # type: ignore[no-untyped-def]
    """What Phát hành asks of an implementing letter whose notes are not checked yet (xã Bảo
    Thắng's plan from Lào Cai's công văn 7432), and a SAO Y made without a number."""
    profile = work / "bao-thang.yaml"
    profile.write_text(BAO_THANG, encoding="utf-8")
    page.goto(address + "thuc-hien")
    page.locator("#tep").set_input_files(
        str(ROOT / "tests" / "data" / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"))
    page.locator("#ho_so_tep").set_input_files(str(profile))
    page.get_by_label("Kế hoạch").check()
    page.locator("#han").fill("20/12/2026")
    page.get_by_role("button", name="Soạn văn bản").click()
    page.wait_for_url("**/soan/*")
    read.guidance_beside(page, out)
    page.get_by_role("button", name="Phát hành: lấy số từ sổ văn bản đi").click()
    page.get_by_text("mà bạn chưa đánh dấu là đã kiểm tra").wait_for()
    save(page, out, "phat-hanh-con-luu-y")
    read.issued_beside(page, out)
    original = work / "hd-106.docx"
    api.render(api.load_spec(ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"),
               original, today=date(2026, 3, 5))
    ask_for_a_copy(page, address, original)
    page.locator("#no-number").wait_for()
    page.locator(".side img").first.wait_for()
    save(page, out, "sao-chua-co-so")


def unknown_key(page, address: str, out: Path, work: Path) -> None:  # type: ignore[no-untyped-def]
    """A spec opened with a key no letter has (``ngya`` for ``ngay``) and one unknown."""
    spec = work / "khoa-la.yaml"
    text = (ROOT / "tests" / "data" / "specs" / "good.minimal.yaml").read_text(encoding="utf-8")
    spec.write_text(text + "ngya: 2026-03-05\nfoo: 1\n", encoding="utf-8")
    page.goto(address + "soan")
    page.locator("#mo_tep").set_input_files(str(spec))
    page.get_by_role("button", name="Mở", exact=True).click()
    page.wait_for_url("**/soan/*")
    page.locator("#unknown-keys").wait_for()
    save(page, out, "soan-khoa-la")


def read_notes(page, address: str, out: Path) -> None:  # type: ignore[no-untyped-def]
    """A Giấy mời whose reading leaves eight notes, folded over the form; and the page of
    accounts on one computer, which has none."""
    letter = ROOT / "tests" / "data" / "letters" / "held_out_8" / "gm_2018_haiduong_trongcay.txt"
    page.goto(address + "soan")
    page.locator("#mo_tep").set_input_files(str(letter))
    page.get_by_role("button", name="Mở", exact=True).click()
    page.wait_for_url("**/soan/*")
    page.locator("#read-notes").wait_for()
    save(page, out, "soan-luu-y-khi-doc")
    page.goto(address + "tai-khoan")
    save(page, out, "tai-khoan-mot-may")


def office(out: Path, work: Path, url: str) -> None:
    add_clerks(url, "quantri", "vanthu")
    with desk_server(work / "co-quan", "--office", "--db", url) as address, \
            browser(SIZE) as page:
        page.goto(address)
        save(page, out, "dang-nhap")
        sign_in(page, address, "quantri")
        page.goto(address + "tai-khoan")
        save(page, out, "tai-khoan")
        page.context.clear_cookies()
        sign_in(page, address, "vanthu")
        copy_of_a_draft(page, address, out, work)


#: The copy block of the letter form (field -> value), as in the copy form of ask_for_a_copy.
COPY_BLOCK = {"ban_sao.co_quan.ten": "VĂN PHÒNG", "ban_sao.co_quan.viet_tat": "VP",
              "ban_sao.dia_danh": "Lạng Sơn", "ban_sao.ky.chuc_vu": "CHÁNH VĂN PHÒNG",
              "ban_sao.ky.ho_ten": "Lê Văn Bình"}


def copy_of_a_draft(page, address: str, out: Path, work: Path) -> None:  # type: ignore[no-untyped-def]
    """A văn thư asks for a SAO Y of a letter not issued yet: in the editor, and as an upload."""
    page.goto(address + "soan")
    page.get_by_label("Loại văn bản").select_option("CV")
    page.get_by_label("Cơ quan ban hành").select_option("lang-son")
    page.get_by_role("button", name="Bắt đầu soạn").click()
    page.wait_for_url("**/soan/*")
    page.locator('[id="f-trich_yeu"]').fill("V/v tổng kết phong trào thi đua")
    page.locator('[id="f-noi_dung"]').fill("Đề nghị các đơn vị báo cáo kết quả.")
    page.locator('[id="f-ban_sao.hinh_thuc"]').select_option("SAO Y")
    for field, value in COPY_BLOCK.items():
        page.locator(f'[id="f-{field}"]').fill(value)
    page.locator(".field[data-field='ban_sao.hinh_thuc'] .problem").wait_for()
    page.locator('[id="f-ban_sao.hinh_thuc"]').scroll_into_view_if_needed()
    save(page, out, "soan-ban-sao-du-thao")
    data = api.read_spec_data(ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml")
    data.pop("so", None)
    draft = work / "du-thao.docx"
    api.render(api.parse_spec(data), draft, today=date(2026, 3, 5))
    ask_for_a_copy(page, address, draft)
    page.locator("#copy-form .error").wait_for()
    save(page, out, "sao-ban-du-thao")


def main() -> None:
    import os

    global SIZE
    args = sys.argv[1:]
    if "--size" in args:
        at = args.index("--size")
        width, height = args[at + 1].lower().split("x")
        SIZE = (int(width), int(height))
        del args[at:at + 2]
    out = Path(args[0]) if args else ROOT / "docs" / "img" / "desk"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ntm-shots-") as work:
        local(out, Path(work))
        read.scans(out, Path(work), SIZE)
        read.copy_of_a_scan(out, Path(work), SIZE)
        if os.environ.get("NTM_DOCGEN_TEST_PG"):
            from register_support import pg_schema

            with pg_schema() as url:
                office(out, Path(work), url)


if __name__ == "__main__":
    main()
