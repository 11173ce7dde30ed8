"""SIGINT and SIGTERM sent to real ``ntm-docgen bulk`` processes: the workers and LibreOffice
stop with it, no temporary folder or half-written file is left, the register stays consistent,
and a second run into the same folder is refused while the first runs."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ntm_docgen.register.store import sha256_file

ROOT = Path(__file__).resolve().parent.parent
SPEC = """loai: CV
co_quan: {chu_quan: UBND TỈNH THANH HÓA, ten: SỞ NỘI VỤ, viet_tat: SNV}
dia_danh: Thanh Hóa
trich_yeu: V/v gửi số liệu thi đua
noi_dung: |
  Sở Nội vụ đề nghị {{ ten }} gửi số liệu về phong trào thi đua.
  Trân trọng.
ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Hoàng Thị Hiền}
noi_nhan: [Như trên]
luu: VT
"""
PROVINCE = "Thanh Hóa"  # 166 communes


def start(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    scratch = tmp_path / "tmp"
    scratch.mkdir(exist_ok=True)
    env = {**os.environ, "TMPDIR": str(scratch), "NTM_DOCGEN_LANG": "en"}
    return subprocess.Popen([sys.executable, "-m", "ntm_docgen", "bulk", str(spec), *args],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def wait_for(condition, seconds: float = 120) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail("the run did not get there in time")
        time.sleep(0.05)


def descendants(pid: int) -> set[int]:
    """Every process under ``pid`` (its children, theirs, ...), from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def letters(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.docx")) if folder.is_dir() else []


def stop(process: subprocess.Popen[str], number: int) -> tuple[int, str]:
    process.send_signal(number)
    _out, err = process.communicate(timeout=60)
    return process.returncode, err


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stopped_bulk_run_leaves_no_worker_and_no_part_file(tmp_path: Path,
                                                              number: int) -> None:
    out = tmp_path / "out"
    # enough letters that the run is still going when it is caught (a province's 166 can be
    # written before the test looks twice)
    recipients = tmp_path / "noi-nhan.csv"
    rows = (f"Ủy ban nhân dân xã Thử {n:05d},xã Thử {n:05d}\n" for n in range(20_000))
    recipients.write_text("kinh_gui,ten\n" + "".join(rows), encoding="utf-8")
    process = start(tmp_path, "--recipients", str(recipients), "-o", str(out), "-j", "2")
    wait_for(lambda: len(letters(out)) >= 4 and len(descendants(process.pid)) >= 2
             or process.poll() is not None, 300)  # the list is read first: slow when busy
    assert process.poll() is None, "the run ended before it could be stopped"
    workers = descendants(process.pid)
    code, err = stop(process, number)
    assert code == 128 + number, err
    assert f"stopped by {signal.Signals(number).name}" in err and "Traceback" not in err
    wait_for(lambda: not any(alive(pid) for pid in workers), 10)
    assert not list(out.glob(".*.part")) and not (out / ".ntm-docgen-bulk.lock").exists()
    assert not list((tmp_path / "tmp").iterdir())


def test_a_stopped_pdf_run_leaves_no_libreoffice_and_no_temporary_folder(
        tmp_path: Path) -> None:
    out = tmp_path / "out"
    process = start(tmp_path, "--xa-cua", "Lai Châu", "-o", str(out),
                    "-j", "1", "--pdf")

    def office_running() -> bool:
        return any("office" in _cmdline(pid) for pid in descendants(process.pid))

    wait_for(office_running, 180)
    running = descendants(process.pid)
    code, err = stop(process, signal.SIGTERM)
    assert code == 128 + signal.SIGTERM, err
    assert "Traceback" not in err
    wait_for(lambda: not any(alive(pid) for pid in running), 20)
    assert not list((tmp_path / "tmp").iterdir())  # no ntm-* folder left in the system's temp


def _cmdline(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return ""


def many(tmp_path: Path, count: int = 3000) -> Path:
    """A recipients file long enough for a run to be caught in the middle."""
    path = tmp_path / "nguoi-nhan.csv"
    path.write_text("kinh_gui,ten\n" + "".join(f"UBND xã {n},xã {n}\n" for n in range(count)),
                    encoding="utf-8")
    return path


def test_a_second_run_into_the_same_folder_is_refused_while_the_first_runs(
        tmp_path: Path) -> None:
    out = tmp_path / "out"
    # as many letters as the stopped run's: a run of 3,000 ended (in about a second) before
    # the second could start, and the second then found the folder free
    recipients = many(tmp_path, 20_000)
    first = start(tmp_path, "--recipients", str(recipients), "-o", str(out), "-j", "1")
    wait_for(lambda: len(letters(out)) >= 2)
    second = start(tmp_path, "--recipients", str(recipients), "-o", str(out), "-j", "1")
    _out, err = second.communicate(timeout=120)
    assert first.poll() is None or second.returncode == 1, "the first run ended before the second"
    assert second.returncode == 1, err
    assert f"another bulk run (process {first.pid})" in err and "Traceback" not in err
    assert first.poll() is None  # the first goes on, its files untouched
    written = len(letters(out))
    wait_for(lambda: len(letters(out)) > written + 2)
    code, err = stop(first, signal.SIGTERM)
    assert code == 128 + signal.SIGTERM, err
    assert not list(out.glob(".*.part"))


def test_a_lock_left_by_a_dead_run_does_not_block(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / ".ntm-docgen-bulk.lock").write_text("999999\n", encoding="ascii")
    process = start(tmp_path, "--xa-cua", "Lai Châu", "-o", str(out), "-j", "1")
    _out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert not (out / ".ntm-docgen-bulk.lock").exists()


def register_rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT so, trang_thai, tep, sha256, ghi_chu FROM ntm_so_di "
                            "ORDER BY id").fetchall()


def test_a_stopped_numbered_run_leaves_the_register_consistent(tmp_path: Path) -> None:
    out, db = tmp_path / "out", tmp_path / "so-di.sqlite3"
    process = start(tmp_path, "--xa-cua", PROVINCE, "-o", str(out), "--so-rieng", "--db",
                    str(db))
    wait_for(lambda: len(letters(out)) >= 5)
    code, err = stop(process, signal.SIGINT)
    assert code == 130, err
    _check_register(out, db)
    again = start(tmp_path, "--xa-cua", PROVINCE, "-o", str(out), "--so-rieng", "--db",
                  str(db))
    _out, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    _check_register(out, db)
    assert len(letters(out)) == 166


def _check_register(out: Path, db: Path) -> None:
    """Every number is on a file with its hash, or cancelled with a reason; every letter in
    the folder is recorded."""
    recorded = set()
    for so, state, tep, sha256, note in register_rows(db):
        if state == "huy":
            assert note, f"number {so} cancelled without a reason"
        else:
            assert state == "da_ghi", f"number {so} given but not recorded with its file"
            assert Path(tep).is_file() and sha256_file(tep) == sha256
            recorded.add(Path(tep).name)
    assert {p.name for p in letters(out)} == recorded
