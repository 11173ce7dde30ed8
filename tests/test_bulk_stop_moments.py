"""SIGTERM delivered to a bulk run at the moments a full test run once caught it: while the
letters are being handed to the workers, and while the pool's wait holds every letter's lock.
The run stops at once, without waiting for the workers' letters, and leaves no worker behind.
(Before, the first waited for every letter handed out; the second never ended.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = """loai: CV
co_quan: {chu_quan: UBND TỈNH THANH HÓA, ten: SỞ NỘI VỤ, viet_tat: SNV}
dia_danh: Thanh Hóa
trich_yeu: V/v gửi số liệu thi đua
noi_dung: Sở Nội vụ đề nghị {{ ten }} gửi số liệu về phong trào thi đua.
ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Hoàng Thị Hiền}
noi_nhan: [Như trên]
luu: VT
"""

#: ``ntm-docgen bulk`` whose workers hold their letters 20 seconds (a run stopped without
#: stopping them writes them then), SIGTERM raised in the main process right after the call
#: ``argv[1]`` names has been made for the ``argv[2]``-th time.
HOOKED = """
import concurrent.futures, concurrent.futures._base, signal, sys, time
from ntm_docgen.bulk.letters import LetterMaker

def held(self, jobs):
    time.sleep(20)
    return written(self, jobs)

written, LetterMaker.make_run = LetterMaker.make_run, held
owners = {"submit": concurrent.futures.ProcessPoolExecutor,
          "__enter__": concurrent.futures._base._AcquireFutures}
owner, name, at = owners[sys.argv[1]], sys.argv[1], int(sys.argv[2])
original, calls = getattr(owner, name), []

def hooked(*args, **kwargs):
    answer = original(*args, **kwargs)
    calls.append(1)
    if len(calls) == at:
        signal.raise_signal(signal.SIGTERM)
    return answer

setattr(owner, name, hooked)
from ntm_docgen.cli.main import main
main(["bulk", *sys.argv[3:], "-j", "2"])
"""


def in_group(group: int) -> list[int]:
    """The living processes of a process group, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == group and fields[0] != "Z":
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the workers are forked where they can be")
@pytest.mark.parametrize(("call", "at"), [("submit", 2), ("__enter__", 1)],
                         ids=["while-letters-are-handed-out", "while-the-wait-holds-the-locks"])
def test_a_bulk_run_stopped_inside_the_pool_stops_at_once(tmp_path: Path, call: str,
                                                         at: int) -> None:
    spec, recipients, out = tmp_path / "spec.yaml", tmp_path / "list.csv", tmp_path / "out"
    spec.write_text(SPEC, encoding="utf-8")
    recipients.write_text("kinh_gui,ten\n" + "".join(f"Phòng thử {n},phòng {n}\n"
                                                     for n in range(40)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NTM_DOCGEN_LANG": "en",
           "TMPDIR": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-c", HOOKED, call, str(at), str(spec), "--recipients",
         str(recipients), "-o", str(out)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _out, err = process.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail("the stopped run never ended")
    assert process.returncode == 128 + signal.SIGTERM, err
    assert "stopped by SIGTERM" in err and "Traceback" not in err
    # the workers were stopped, not waited for: none is left, and none wrote its letters
    assert in_group(process.pid) == []
    assert not list(out.glob("*.docx")) and not list(out.glob(".*.part"))


def test_a_stop_while_a_module_loads_is_told_as_a_stop() -> None:
    """SIGTERM while Python makes a class (as a command imports its modules) comes out as a
    RuntimeError raised from it; the clerk is told the run stopped, not of an internal error."""
    import click
    from click.testing import CliRunner

    from ntm_docgen.cli.common import reports_errors

    class Field:
        def __set_name__(self, owner: type, name: str) -> None:
            signal.raise_signal(signal.SIGTERM)

    @click.command()
    @reports_errors
    def loads() -> None:
        type("Made", (), {"first": Field()})

    result = CliRunner().invoke(loads, [])
    assert result.exit_code == 128 + signal.SIGTERM, result.output
    assert "stopped by SIGTERM" in result.output and "internal error" not in result.output
