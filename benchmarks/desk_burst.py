"""The desk under a burst: many clerks sending large uploads at once, one clerk opening an
ordinary page meanwhile.

    python benchmarks/desk_burst.py [--requests 32] [--upload-mb 19]

A desk (``ntm-docgen serve``) on 127.0.0.1 and a temporary data folder gets ``--requests``
requests at once, in turns: a Word letter of ``--upload-mb`` MB (a one-page letter and an
incompressible attachment, just under the 20 MB upload limit) to Kiểm tra, the same to Mở văn
bản (``/soan/mo``) and to Sao (SAO Y), and the preview of a draft of 40 pages. Meanwhile one
clerk opens the draft list (``/soan``) every quarter second. Printed: each request's status, the
desk process's peak resident memory (its LibreOffice apart) sampled every 0.1 s, and the
ordinary page's time, median and worst, before and during the burst. Every request is sent to
127.0.0.1 only, bounded in count and time.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from desk import LETTER  # noqa: E402
from desk_browser import desk_server  # noqa: E402

from tests.check_letter import build_letter  # noqa: E402

COPY = {"hinh_thuc": "SAO Y", "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP",
        "dia_danh": "Lạng Sơn", "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG",
        "ky.ho_ten": "Nguyễn Đức Đăng", "noi_nhan": ["Các sở, ban, ngành"]}


def large_letter(folder: Path, megabytes: int) -> Path:
    """A one-page letter carrying ``megabytes`` MB of incompressible data in a part of its own."""
    small = folder / "nho.docx"
    build_letter(small)
    path = folder / "cong-van-lon.docx"
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            out.writestr(info, source.read(info))
        out.writestr("word/dinh-kem.bin", os.urandom(megabytes << 20))
    return path


def rss_mb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as status:
            line = next(x for x in status if x.startswith("VmRSS:"))
        return int(line.split()[1]) // 1024
    except (OSError, StopIteration):
        return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=32)
    parser.add_argument("--upload-mb", type=int, default=19)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="harden5-burst-"))
    letter = large_letter(folder, args.upload_mb).read_bytes()
    started: list = []
    with desk_server(folder / "desk", env={"NTM_DOCGEN_LANG": "en"}, started=started) as address:
        pid = started[0].pid
        clerk = httpx.Client(base_url=address, timeout=300)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', clerk.get("/soan").text).group(1)
        draft = clerk.post("/soan/moi", data={"loai": "CV", "csrf_token": csrf}).headers[
            "location"]
        body = "\n\n".join(f"{n}. Các xã báo cáo kết quả thi đua xây dựng nông thôn mới, "
                           "tiêu chí về thu nhập, y tế, giáo dục và môi trường." * 6
                           for n in range(1, 400))
        saved = clerk.post(draft, data={**LETTER, "csrf_token": csrf, "noi_dung": body,
                                        "trich_yeu": "Về tổng kết phong trào"})
        assert clerk.get(f"{draft}/xem-truoc").status_code == 200, saved.text[-2000:]

        def ordinary() -> float:
            start = time.monotonic()
            assert clerk.get("/soan").status_code == 200
            return time.monotonic() - start

        idle = [ordinary() for _ in range(8)]
        peak, done, during = [rss_mb(pid)], threading.Event(), []

        def sample() -> None:
            while not done.is_set():
                peak.append(rss_mb(pid))
                time.sleep(0.1)

        def watch() -> None:
            while not done.is_set():
                during.append(ordinary())
                time.sleep(0.25)

        def one(n: int) -> str:
            http = httpx.Client(base_url=address, timeout=600, cookies=clerk.cookies)
            files = {"tep": ("cong-van-lon.docx", letter)}
            start = time.monotonic()
            kind = ("kiem-tra", "mo", "sao", "xem-truoc")[n % 4]
            if kind == "kiem-tra":
                answer = http.post("/kiem-tra", data={"csrf_token": csrf}, files=files)
            elif kind == "mo":
                answer = http.post("/soan/mo", data={"csrf_token": csrf}, files=files)
            elif kind == "sao":
                answer = http.post("/sao", data={**COPY, "csrf_token": csrf}, files=files)
            else:
                answer = http.get(f"{draft}/xem-truoc")
            return f"{kind} {answer.status_code} {time.monotonic() - start:.1f}s"

        threads = [threading.Thread(target=sample), threading.Thread(target=watch)]
        for thread in threads:
            thread.start()
        began = time.monotonic()
        with ThreadPoolExecutor(args.requests) as pool:
            answers = list(pool.map(one, range(args.requests)))
        took = time.monotonic() - began
        done.set()
        for thread in threads:
            thread.join()
    print("answers:", ", ".join(sorted(answers)))
    print(f"burst of {args.requests} in {took:.1f} s; desk process peak RSS {max(peak)} MB "
          f"(before {peak[0]} MB)")
    print(f"/soan idle: median {statistics.median(idle) * 1000:.0f} ms; during the burst: "
          f"median {statistics.median(during) * 1000:.0f} ms, worst {max(during) * 1000:.0f} ms "
          f"({len(during)} opened)")


if __name__ == "__main__":
    main()
