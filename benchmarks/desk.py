"""The desk's speed: a one-page letter's preview, and a country-wide bulk run, as clerks meet them.

    python benchmarks/desk.py [--rounds 20] [--clerks 5] [--bulk-repeat 1] [--no-bulk] [--stages]

1. Preview: a desk (``ntm-docgen serve``) on a temporary data folder; each clerk has a session
   and a one-page công văn. A round is: the clerk changes the trích yếu (so the letter is new,
   nothing cached), the draft is saved, the preview fragment is asked for and its first page
   image fetched; the time is from the save to the image. First one clerk alone (warm: a
   round is run before timing), then ``--clerks`` clerks at once. p50 and p95 are printed.
2. Bulk: every commune of the country (3,321 one-page công văn, the CSV of benchmarks/bulk.py)
   through the desk (upload, rows checked, run to the end of its progress bar), against the
   same run of ``ntm-docgen bulk`` in a fresh process, alternating, in the same run.

``--stages`` also prints where one clerk's preview goes: the library's steps in this process
(validate, .docx, LibreOffice's PDF, the page measure, the page count, the PNG of page 1) and the
three requests through the desk (save, the preview's answer, the page image), medians.

The load average is printed before and after: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx2 as httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from bulk import SPEC, country_csv, load  # noqa: E402
from desk_browser import desk_server  # noqa: E402

LETTER = {
    "loai": "CV", "co_quan.chu_quan": "UBND TỈNH LẠNG SƠN", "co_quan.ten": "SỞ NỘI VỤ",
    "co_quan.viet_tat": "SNV", "don_vi": "TĐKT", "dia_danh": "Lạng Sơn", "ngay": "05/03/2026",
    "kinh_gui": ["UBND các huyện, thị xã, thành phố"],
    "noi_dung": "Thực hiện Kế hoạch số 44/KH-BCĐ, Sở Nội vụ đề nghị các đơn vị báo cáo kết quả "
                "phong trào thi đua trước ngày 30/10/2026.",
    "ky.quyen_han": ["KT. GIÁM ĐỐC"], "ky.chuc_vu": "PHÓ GIÁM ĐỐC",
    "ky.ho_ten": "Hoàng Thị Hiền", "noi_nhan": ["Như trên", "UBND tỉnh (b/c)"],
    "luu": "VT, TĐKT",
}


class Clerk:
    """One browser: its session, its CSRF token and its draft."""

    def __init__(self, address: str) -> None:
        self.http = httpx.Client(base_url=address, timeout=120, follow_redirects=False)
        page = self.http.get("/soan").text
        self.csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        made = self.http.post("/soan/moi", data={"loai": "CV", "csrf_token": self.csrf})
        self.editor = made.headers["location"]
        self.count = 0

    def preview(self, steps: dict[str, list[float]] | None = None) -> float:
        """Seconds from saving a changed letter to having its first page image (with
        ``steps``: each request's seconds added to it)."""
        self.count += 1
        data = {**LETTER, "trich_yeu": f"V/v tổng kết phong trào thi đua (lần {self.count}, "
                                         f"{id(self)})", "csrf_token": self.csrf}
        start = time.perf_counter()
        saved = self.http.post(self.editor, data=data, headers={"hx-request": "true"})
        assert "complete" in saved.text or "đủ các thành phần" in saved.text, saved.text
        fragment = self.http.get(f"{self.editor}/xem-truoc", headers={"hx-request": "true"})
        image = re.search(r'src="(/trang/[^"]+)"', fragment.text)
        assert image, fragment.text
        png = self.http.get(image.group(1))
        assert png.content[:4] == b"\x89PNG"
        end = time.perf_counter()
        if steps is not None:
            for name, answer in (("desk: save", saved), ("desk: the preview's answer", fragment),
                                 ("desk: page image", png)):
                steps.setdefault(name, []).append(answer.elapsed.total_seconds())
        return end - start


def quantiles(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (f"p50 {1000 * statistics.median(ordered):.0f} ms, p95 {1000 * p95:.0f} ms "
            f"({len(ordered)} previews)")


def reference(rounds: int) -> None:
    """The same work without the web: validate, render, PDF (the pool), first page as PNG."""
    from datetime import date

    from ntm_docgen import api
    from ntm_docgen.desk import forms

    class Form(dict):
        def getlist(self, key: str) -> list:
            value = self.get(key, [])
            return value if isinstance(value, list) else [value]

    times = []
    for index in range(rounds + 1):
        start = time.perf_counter()
        data = forms.spec_from_form(Form({**LETTER, "trich_yeu": f"V/v lần {index}"}))
        assert not api.spec_problems(data)
        pdf = api.pdf_bytes(api.render_bytes(api.parse_spec(data), today=date.today()))
        api.preview_pages(pdf)
        if index:  # the first one warms the pool
            times.append(time.perf_counter() - start)
    print(f"reference, the library alone in this process: {quantiles(times)}")


def stages(address: str, rounds: int) -> None:
    """Medians of each step of a preview, in the library and through the desk."""
    from datetime import date

    from ntm_docgen import api
    from ntm_docgen.desk import forms
    from ntm_docgen.files.pages import page_count, page_images
    from ntm_docgen.files.pdf import pdf_bytes
    from ntm_docgen.letter.paginate import kept_lines_split

    class Form(dict):
        def getlist(self, key: str) -> list:
            value = self.get(key, [])
            return value if isinstance(value, list) else [value]

    steps: dict[str, list[float]] = {}

    def timed(name: str, work, *args):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        result = work(*args)
        steps.setdefault(name, []).append(time.perf_counter() - start)
        return result

    for index in range(rounds + 1):
        if index == 1:
            steps.clear()  # the first one warms the pool
        data = forms.spec_from_form(Form({**LETTER, "trich_yeu": f"V/v bước {index}"}))
        spec = timed("validate", lambda d: (api.spec_problems(d), api.parse_spec(d))[1], data)
        docx = timed(".docx", lambda s: api.render_bytes(s, today=date.today()), spec)
        pdf = timed("LibreOffice's PDF", pdf_bytes, docx)
        timed("page measure (a second PDF?)", kept_lines_split, docx, pdf)
        timed("page count", page_count, pdf)
        timed("PNG of page 1", lambda p: page_images(p, pages=[1]), pdf)
    clerk = Clerk(address)
    clerk.preview()
    for _ in range(rounds):
        clerk.preview(steps)
    print("where a preview goes (medians): " + ", ".join(
        f"{name} {1000 * statistics.median(times):.0f} ms" for name, times in steps.items()))


def previews(address: str, rounds: int, clerks: int) -> None:
    reference(rounds)
    one = Clerk(address)
    one.preview()  # warm: the converter started, the templates compiled
    alone = [one.preview() for _ in range(rounds)]
    print(f"preview, one clerk, warm: {quantiles(alone)}")
    crowd = [Clerk(address) for _ in range(clerks)]
    for clerk in crowd:
        clerk.preview()
    times: list[float] = []
    lock = threading.Lock()

    def work(clerk: Clerk) -> None:
        for _ in range(rounds):
            took = clerk.preview()
            with lock:
                times.append(took)

    threads = [threading.Thread(target=work, args=(c,)) for c in crowd]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"preview, {clerks} clerks at once: {quantiles(times)}")


def desk_bulk(address: str, spec: Path, people: Path) -> float:
    """Seconds from sending the files to the end of the progress bar."""
    http = httpx.Client(base_url=address, timeout=600, follow_redirects=False)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', http.get("/soan").text).group(1)
    start = time.perf_counter()
    made = http.post("/hang-loat", data={"csrf_token": csrf},
                     files={"mau": (spec.name, spec.read_bytes()),
                            "danh_sach": (people.name, people.read_bytes())})
    run = made.headers["location"]
    review = http.get(run).text
    assert "3321" in review or "3.321" in review or "3,321" in review, review[:500]
    http.post(f"{run}/chay", data={"csrf_token": csrf})
    while "Done:" not in (page := http.get(f"{run}/tien-do").text) and "Xong:" not in page:
        time.sleep(0.2)
    return time.perf_counter() - start


def cli_bulk(spec: Path, people: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ntm_docgen", "bulk", str(spec), "--recipients",
                    str(people), "-o", str(out)], check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--clerks", type=int, default=5)
    parser.add_argument("--bulk-repeat", type=int, default=1)
    parser.add_argument("--no-bulk", action="store_true")
    parser.add_argument("--stages", action="store_true", help="where one preview's time goes")
    options = parser.parse_args()
    print(f"machine: {len(os.sched_getaffinity(0))} cores, load average {load()} at the start")
    with tempfile.TemporaryDirectory(prefix="ntm-bench-desk-") as work:
        folder = Path(work)
        with desk_server(folder / "desk", env={"NTM_DOCGEN_LANG": "en"}) as address:
            if options.stages:
                stages(address, options.rounds)
            previews(address, options.rounds, options.clerks)
            if not options.no_bulk:
                spec = folder / "cong-van.yaml"
                spec.write_text(SPEC, encoding="utf-8")
                people = folder / "xa.csv"
                count = country_csv(people)
                desk_times, cli_times = [], []
                for index in range(options.bulk_repeat):
                    cli_times.append(cli_bulk(spec, people, folder / f"cli-{index}"))
                    desk_times.append(desk_bulk(address, spec, people))
                cli, desk = statistics.median(cli_times), statistics.median(desk_times)
                print(f"bulk of {count} letters: command line {cli:.1f} s, desk {desk:.1f} s "
                      f"(upload, rows checked, run): {desk / cli:.2f}x the command line")
    print(f"load average {load()} at the end")


if __name__ == "__main__":
    main()
