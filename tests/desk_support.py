"""Shared helpers of the desk's tests: a desk on a temporary data folder and a signed-in client."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from ntm_docgen.desk import DeskConfig, create_app

#: A complete công văn as the form sends it (one field per element, one row per recipient).
CONG_VAN: dict[str, Any] = {
    "loai": "CV", "co_quan.chu_quan": "UBND TỈNH LẠNG SƠN", "co_quan.ten": "SỞ NỘI VỤ",
    "co_quan.viet_tat": "SNV", "don_vi": "TĐKT", "dia_danh": "Lạng Sơn", "ngay": "05/03/2026",
    "trich_yeu": "V/v tổng kết phong trào thi đua",
    "kinh_gui": ["UBND các xã, phường, đặc khu"],
    "noi_dung": "Thực hiện Kế hoạch số 44/KH-BCĐ, Sở Nội vụ đề nghị các đơn vị báo cáo.",
    "ky.quyen_han": ["KT. GIÁM ĐỐC"], "ky.chuc_vu": "PHÓ GIÁM ĐỐC",
    "ky.ho_ten": "Hoàng Thị Hiền", "noi_nhan": ["Như trên", "UBND tỉnh (b/c)"],
    "luu": "VT, TĐKT",
}


#: The password of every account of an office desk in the tests and the screenshots.
PASSWORD = "mat-khau-du-dai"
#: Those accounts: name -> (full name, roles).
CLERKS = {"quantri": ("Quản trị", ("quan_tri",)), "vanthu": ("Lê Thị Văn", ("van_thu",)),
          "chuyenvien": ("Trần Văn Chuyên", ("chuyen_vien",)),
          "chuyenvien2": ("Phạm Thị Khác", ("chuyen_vien",))}


#: PASSWORD's argon2id hash, made once a run (0.2 s of CPU each): every clerk's account holds it.
_HASHED: list[str] = []


def add_clerks(url: str, *names: str) -> None:
    """Give the office desk's database at ``url`` the accounts ``names`` of CLERKS."""
    from ntm_docgen.desk.passwords import hash_password
    from ntm_docgen.desk.state import State

    if not _HASHED:
        _HASHED.append(hash_password(PASSWORD))
    state = State(url)
    try:
        for name in names:
            full_name, roles = CLERKS[name]
            state.add_user(name, full_name, roles, _HASHED[0])
    finally:
        state.close()


def desk_client(home: Path, **config: Any) -> TestClient:
    """A test client of a desk keeping its state (and, on one computer, its register) in
    ``home``, never in the user's data folder."""
    if not config.get("office"):
        config.setdefault("db", str(home / "so-di.sqlite3"))
    return TestClient(create_app(DeskConfig(home=home, **config)))


#: The bulk spec of the desk's bulk tests: one letter to each commune of a list.
XA = Path(__file__).resolve().parent / "data" / "bulk" / "xa.yaml"


def bulk_run(client: TestClient, csrf: str, people: str = "kinh_gui,ten,loai_don_vi,ma\n"
             "UBND xã Tân Thành,Tân Thành,xã,01\nUBND xã Hòa Bình,Hòa Bình,xã,02\n") -> str:
    """A bulk run of XA to ``people`` prepared on the desk; its page."""
    answer = client.post("/hang-loat", data={"csrf_token": csrf},
                         files={"mau": (XA.name, XA.read_bytes()),
                                "danh_sach": ("ds.csv", people.encode())},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return str(answer.headers["location"])


def run_to_the_end(client: TestClient, csrf: str, run: str) -> str:
    """Start the prepared bulk run ``run`` and wait until it is done; its progress."""
    assert client.post(f"{run}/chay", data={"csrf_token": csrf},
                       follow_redirects=False).status_code == 303
    deadline = time.monotonic() + 300
    while "<progress" in (progress := client.get(f"{run}/tien-do").text) \
            and 'class="success"' not in progress:
        assert time.monotonic() < deadline, progress
        time.sleep(0.05)
    assert 'class="success"' in progress, progress
    return progress


def csrf_of(client: TestClient, page: str = "/soan") -> str:
    """The CSRF token a page of the desk gives its forms."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(page).text)
    assert found, f"no CSRF token on {page}"
    return found.group(1)


def new_draft(client: TestClient, csrf: str, loai: str = "CV") -> str:
    """Start a letter of type ``loai``; the editor's address."""
    answer = client.post("/soan/moi", data={"loai": loai, "csrf_token": csrf},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return answer.headers["location"]


def read_to_the_end(client: TestClient, answer: Any, limit: float = 900.0) -> Any:
    """An upload the desk reads as a job (``answer`` leads to its page): its page asked for
    until the reading ends; the last answer (a redirect to where it landed, or the page saying
    it failed or was cancelled)."""
    import time

    assert answer.status_code == 303, answer.text
    page = answer.headers["location"]
    assert page.startswith("/doc/"), page
    deadline = time.monotonic() + limit
    while True:
        shown = client.get(page, follow_redirects=False)
        if shown.status_code != 200 or not re.search(r'data-state="(waiting|reading)"',
                                                      shown.text):
            return shown
        assert time.monotonic() < deadline, f"the reading at {page} did not end"
        time.sleep(0.05)


#: The files ``scanned_letter`` made once in this run (the letter, its PDF, the page's pixels):
#: written again into each test's folder rather than printed and scanned again.
_PRINTED: dict[str, bytes] = {}


def scanned_letter(work: Path, pages: int = 1) -> Path:
    """A one-page công văn printed by LibreOffice, then scanned as a scanner gives it:
    pdftoppm's pixels at 200 dpi, in grey, wrapped as a PDF with no text layer; its page
    ``pages`` times. The letter is printed and scanned once a run; each call writes the same
    files (``cong-van.docx``, ``cong-van.pdf``, ``trang.png``) into ``work``."""
    import subprocess
    from datetime import date

    from PIL import Image

    from ntm_docgen import api
    from ntm_docgen.files.pdf import convert

    names = ("cong-van.docx", "cong-van.pdf", "trang.png")
    if _PRINTED:
        work.mkdir(parents=True, exist_ok=True)
        for name in names:
            (work / name).write_bytes(_PRINTED[name])
    else:
        letter = work / "cong-van.docx"
        spec = {"loai": "CV", "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ",
                                          "viet_tat": "SNV"}, "so": 512, "don_vi": "TĐKT",
                "dia_danh": "Lạng Sơn", "ngay": "2026-03-05",
                "trich_yeu": "V/v tổng kết phong trào thi đua",
                "kinh_gui": ["UBND các xã, phường, đặc khu"],
                "noi_dung": "Sở Nội vụ đề nghị các đơn vị báo cáo kết quả phong trào thi đua.",
                "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Hoàng Văn Thái"},
                "noi_nhan": ["Như trên", "UBND tỉnh (b/c)"]}
        letter.write_bytes(api.render_bytes(api.parse_spec(spec), today=date(2026, 3, 5)))
        convert([letter], work)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile",
                        str(work / "cong-van.pdf"), str(work / "trang")], check=True,
                       capture_output=True)
        _PRINTED.update({name: (work / name).read_bytes() for name in names})
    page = Image.open(work / "trang.png")
    scan = work / "cong van quet.pdf"
    page.save(scan, save_all=True, append_images=[page] * (pages - 1), resolution=200)
    return scan


#: The issuer form of a commune after the reform, as its văn thư fills it.
XA_LONG_HAI = {
    "co_quan.ten": "ỦY BAN NHÂN DÂN\nXÃ LONG HẢI", "co_quan.viet_tat": "UBND",
    "dia_danh": "Long Hải", "ten_goi": "Ủy ban nhân dân xã Long Hải", "cap": "xã",
    "tinh": "Long Hải", "thuoc": "Thành phố Hồ Chí Minh",
    "ky.quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "ky.chuc_vu": "PHÓ CHỦ TỊCH",
    "ky.ho_ten": "Trần Văn Bảy",
}


#: A plan of three Roman parts, as a sở writes it: the TRÍCH SAO of a scan keeps one.
PLAN = {"loai": "KH", "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN",
                                  "ten": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "viet_tat": "SNNMT"},
        "so": 15, "dia_danh": "Lạng Sơn", "ngay": "2026-03-05",
        "trich_yeu": "Kiểm tra kết quả thực hiện Bộ tiêu chí xã nông thôn mới năm 2026",
        "noi_dung": "I. MỤC ĐÍCH, YÊU CẦU\nĐánh giá đúng thực chất kết quả xây dựng nông thôn "
                    "mới của từng xã.\nII. NỘI DUNG, THỜI GIAN\nKiểm tra hồ sơ tại 65 xã, phường"
                    " trong tháng 4 năm 2026.\nIII. TỔ CHỨC THỰC HIỆN\nGiao Chi cục Phát triển "
                    "nông thôn chủ trì thực hiện Kế hoạch này./.",
        "ky": {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC",
               "ho_ten": "Vy Văn Thành"},
        "noi_nhan": ["UBND tỉnh (b/c)", "UBND các xã, phường"], "luu": "VT, CCPTNT"}


#: The files ``scanned_plan`` made once in this run (the plan, its PDF, the page's pixels, the
#: scan): written again into each test's folder rather than printed and scanned again.
_PLANNED: dict[str, bytes] = {}


def scanned_plan(work: Path, scanned: bool) -> Path:
    """The plan printed by LibreOffice; ``scanned``: then scanned at 300 dpi in grey, a PDF of
    its page's pixels with no text layer. Printed and scanned once a run; each call writes the
    files (``ke-hoach.docx``; scanned, also ``ke-hoach.pdf``, ``trang.png``,
    ``ke-hoach-quet.pdf``) into ``work``, so that no test reads a file another could change."""
    import subprocess
    from datetime import date

    from PIL import Image

    from ntm_docgen import api
    from ntm_docgen.files.pdf import convert

    names = (("ke-hoach.docx", "ke-hoach.pdf", "trang.png", "ke-hoach-quet.pdf") if scanned
             else ("ke-hoach.docx",))
    if all(name in _PLANNED for name in names):
        work.mkdir(parents=True, exist_ok=True)
        for name in names:
            (work / name).write_bytes(_PLANNED[name])
        return work / names[-1]
    letter = work / "ke-hoach.docx"
    letter.write_bytes(api.render_bytes(api.parse_spec(PLAN), today=date(2026, 3, 5)))
    if scanned:
        convert([letter], work)
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile",
                        str(work / "ke-hoach.pdf"), str(work / "trang")], check=True,
                       capture_output=True)
        with Image.open(work / "trang.png") as page:
            page.save(work / "ke-hoach-quet.pdf", resolution=300)
    _PLANNED.update({name: (work / name).read_bytes() for name in names})
    return work / names[-1]
