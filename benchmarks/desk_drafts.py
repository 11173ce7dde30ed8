"""The desk's list of drafts (/soan) with many drafts, as a văn thư who keeps them meets it.

    python benchmarks/desk_drafts.py [--drafts 200] [--rounds 30]

A desk on one computer (in this process, through starlette's test client) holds ``--drafts``
drafts, each a whole letter of data/examples (the Hướng dẫn 1741 with its body, its phụ lục and
its Nơi nhận, its trích yếu numbered so that no two are alike). Timed, medians of ``--rounds``:

- ``/soan`` with the drafts: the page the clerk opens to pick a draft;
- ``/soan`` of a desk with no draft, beside it in the same process: the page's own floor (its
  forms, the type table, the issuers);
- its parts in this process: the drafts' query as the page makes it, the issuers' list.

The load average is printed before and after: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from desk_support import desk_client  # noqa: E402

from ntm_docgen import api  # noqa: E402
from ntm_docgen.desk import DeskConfig  # noqa: E402
from ntm_docgen.desk.state import LOCAL_USER, State  # noqa: E402

LETTER = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"


def median_ms(work: Callable[[], object], rounds: int) -> float:
    work()  # warm
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}")
    data = yaml.safe_load(LETTER.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as full_home, tempfile.TemporaryDirectory() as empty_home:
        full, empty = desk_client(Path(full_home)), desk_client(Path(empty_home))
        state = State(DeskConfig(home=Path(full_home)).state_url)
        with full, empty:
            for n in range(args.drafts):
                state.new_draft(LOCAL_USER, {**data, "trich_yeu": f"{data['trich_yeu']} ({n})"})
            size = len(str(data)) * args.drafts
            page = full.get("/soan")
            assert page.status_code == 200 and page.text.count('href="/soan/') >= args.drafts
            figures = {
                f"/soan, {args.drafts} drafts": median_ms(lambda: full.get("/soan"), args.rounds),
                "/soan, no draft (floor)": median_ms(lambda: empty.get("/soan"), args.rounds),
                "  the drafts' query": median_ms(lambda: state.drafts(LOCAL_USER), args.rounds),
                "  the shipped issuers": median_ms(api.profiles, args.rounds),
            }
        state.close()
    print(f"{args.drafts} drafts of about {size // args.drafts:,} characters of data each")
    for name, ms in figures.items():
        print(f"{name:<28} {ms:8.1f} ms")
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
