"""Bulk letters validate and lay out once what no recipient changes: the letter each recipient
gets is the same as validating and laying out the whole filled spec; files go in whole."""

from __future__ import annotations

import csv
import itertools
import os
import stat
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from ntm_docgen.bulk.letters import LetterMaker
from ntm_docgen.bulk.recipients import read_recipients
from ntm_docgen.errors import DocgenError
from ntm_docgen.files.output import write_into
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import LETTER_KEYS, parse_spec, read_data, respec

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "data" / "examples").glob("*.yaml"))
BULK = Path(__file__).resolve().parent / "data" / "bulk"
TODAY = date(2026, 11, 23)


def outcome(make: Callable[[], Any]) -> Any:
    """What ``make`` gives: its value, or the kind and message of the error it raises."""
    try:
        return make()
    except DocgenError as e:
        return type(e).__name__, str(e)


def example_data() -> list[dict]:
    return [d for d in (read_data(p) for p in EXAMPLES) if isinstance(d, dict) and "loai" in d]


@pytest.mark.parametrize("key", sorted(LETTER_KEYS - {"loai"}))
def test_respec_is_parse_spec_for_the_keys_it_is_given(key):
    """Every example with ``key`` taken from every other example: the same letter, or the
    same problems, as validating the whole spec."""
    specs = example_data()
    compared = 0
    for base_data, other in itertools.product(specs, specs):
        if base_data is other:
            continue
        data = dict(base_data)
        if key in other:
            data[key] = other[key]
        else:
            data.pop(key, None)
        base = parse_spec(base_data)
        assert outcome(partial(respec, base, data, {key})) == outcome(partial(parse_spec, data))
        compared += 1
    assert compared >= 20


@pytest.mark.parametrize("value", [12.5, ["x"], {"ten": None}, "  ", "2026-02-30"],
                         ids=["number", "list", "mapping", "blank", "impossible-date"])
def test_respec_reports_what_parse_spec_reports(value):
    base_data = example_data()[0]
    base = parse_spec(base_data)
    refused = 0
    for key in ("trich_yeu", "noi_dung", "co_quan", "ngay", "kinh_gui", "so"):
        data = {**base_data, key: value}
        whole = outcome(partial(parse_spec, data))
        assert outcome(partial(respec, base, data, {key})) == whole
        refused += isinstance(whole, tuple)
    assert refused >= 3


ROWS = [
    ["kinh_gui", "ghi_chu", "ten", "ngay_kiem_tra", "loai_don_vi", "ma"],
    ["Ủy ban nhân dân xã Tân Thành", "đúng hạn", "xã Tân Thành", "05/01/2026", "xã", "01234"],
    ["A&B <x>", "a < b & c > d", "{{ 7*7 }}", "**không đậm**", "phường", "x|y"],
    ["", "dòng không có người nhận", "xã A", "", "xã", "1"],
    ["Ủy ban nhân dân đặc khu Côn Đảo", "---", "Côn Đảo " * 12, "10/01/2026", "đặc khu",
     "26000"],
    ["UBND xã B", "", "", "", "", ""],
]


@pytest.mark.parametrize("spec", ["cong_van.yaml", "ke_hoach_phu_luc.yaml", "xa.yaml"])
def test_each_recipient_gets_the_letter_of_the_whole_spec(spec, tmp_path):
    recipients = tmp_path / "people.csv"
    with recipients.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(ROWS)
    maker = LetterMaker(read_data(BULK / spec), str(BULK / spec), tmp_path, today=TODAY)
    letters = bad = 0
    for person in read_recipients(recipients).recipients:
        whole = outcome(lambda: parse_spec(maker.filled(person.fields)))  # noqa: B023
        fast = outcome(partial(maker.spec_for, person.fields))
        assert fast == whole  # the same letter, or a bad row refused the same way
        if isinstance(fast, tuple):
            bad += 1
            continue
        assert render_docx(fast, TODAY) == render_docx(whole, TODAY)
        letters += 1
    assert letters >= 3 and bad >= 1 and maker.base is not None


def test_write_into_replaces_whole_with_the_usual_permissions(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"old")
    write_into(tmp_path, "a.docx", b"new letter")
    write_into(tmp_path, "b.docx", b"another")
    assert (tmp_path / "a.docx").read_bytes() == b"new letter"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "b.docx"]
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE((tmp_path / "b.docx").stat().st_mode) == 0o666 & ~mask


def test_write_into_a_failing_disk_leaves_nothing(tmp_path, monkeypatch):
    from ntm_docgen.files import output

    def full(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", full)
    with pytest.raises(OSError, match="No space"):
        write_into(tmp_path, "a.docx", b"letter")
    assert list(tmp_path.iterdir()) == []



def test_write_into_goes_on_after_a_short_write(tmp_path, monkeypatch):
    from ntm_docgen.files import output

    real = output.os.write
    monkeypatch.setattr(output.os, "write", lambda fd, data: real(fd, bytes(data)[:3]))
    write_into(tmp_path, "a.docx", b"a whole letter")
    assert (tmp_path / "a.docx").read_bytes() == b"a whole letter"


def test_write_into_a_failing_write_leaves_nothing(tmp_path, monkeypatch):
    from ntm_docgen.files import output

    def full(fd, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "write", full)
    with pytest.raises(OSError, match="No space"):
        write_into(tmp_path, "a.docx", b"letter")
    assert list(tmp_path.iterdir()) == []


def test_write_into_names_its_temporary_file_after_the_process_writing(tmp_path, monkeypatch):
    from ntm_docgen.files import output

    seen = []
    real = output.os.open
    monkeypatch.setattr(output.os, "open", lambda name, *a: seen.append(name) or real(name, *a))
    write_into(tmp_path, "a.docx", b"letter")  # the parent asks its id now and keeps it
    child = os.fork()  # as the process pool's workers are made
    if child == 0:
        try:
            write_into(tmp_path, "b.docx", b"letter")
            code = 0 if f".b.docx.{os.getpid()}-" in seen[-1] else 1
        finally:
            os._exit(locals().get("code", 2))
    _, status = os.waitpid(child, 0)
    assert f".a.docx.{os.getpid()}-" in seen[0]
    assert os.waitstatus_to_exitcode(status) == 0

FRESH = """
import pickle, sys
from datetime import date
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import parse_spec
for data, out in pickle.load(open(sys.argv[1], "rb")):
    open(out, "wb").write(render_docx(parse_spec(data), date(2026, 11, 23)))
"""


@pytest.mark.parametrize("spec", ["cong_van.yaml", "ke_hoach_phu_luc.yaml"])
def test_bulk_letters_are_the_bytes_render_writes_in_a_new_process(spec, tmp_path):
    """What a bulk run writes for each recipient, with everything it keeps between letters,
    is byte for byte what a fresh process renders from the same filled spec."""
    import pickle
    import subprocess
    import sys

    from ntm_docgen.bulk.letters import WRITTEN, Job

    recipients = tmp_path / "people.csv"
    with recipients.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([*ROWS, *ROWS[1:]])  # each recipient twice
    out = tmp_path / "out"
    out.mkdir()
    maker = LetterMaker(read_data(BULK / spec), str(BULK / spec), out, today=TODAY)
    wanted = []
    for index, person in enumerate(read_recipients(recipients).recipients):
        name = f"{index:02d}.docx"
        if maker.make(Job(index, index, name, person.fields)).status == WRITTEN:
            wanted.append((maker.filled(person.fields), str(tmp_path / name)))
    assert len(wanted) >= 6
    (tmp_path / "wanted.pickle").write_bytes(pickle.dumps(wanted))
    subprocess.run([sys.executable, "-c", FRESH, str(tmp_path / "wanted.pickle")], check=True,
                   cwd=ROOT)
    for _data, rendered in wanted:
        name = Path(rendered).name
        assert (out / name).read_bytes() == Path(rendered).read_bytes(), name


@pytest.mark.parametrize("spec", ["cong_van.yaml", "ke_hoach_phu_luc.yaml"])
def test_a_run_made_stage_by_stage_is_the_letters_made_one_by_one(spec, tmp_path):
    """A run of letters rendered, then zipped, then written gives each row the outcome and the
    file that making the letters one at a time gives: written, bad, unchanged or kept, in
    order."""
    from ntm_docgen.bulk.letters import Job

    recipients = tmp_path / "people.csv"
    with recipients.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(ROWS)
    people = read_recipients(recipients).recipients
    jobs = [Job(index, person.row, f"{index:02d}.docx", person.fields)
            for index, person in enumerate(people, start=1)]
    made = {}
    for way in ("one-by-one", "staged"):
        out = tmp_path / way
        out.mkdir()
        (out / "01.docx").write_bytes(b"edited by hand")  # kept
        rounds = []
        for _round in range(2):  # written, then unchanged
            maker = LetterMaker(read_data(BULK / spec), str(BULK / spec), out, today=TODAY)
            outcomes = ([maker.make(job) for job in jobs] if way == "one-by-one"
                        else maker.make_run(jobs))
            rounds.append([(o.seq, o.row, o.name, o.status, o.message.replace(str(out), "OUT"))
                           for o in outcomes])
        made[way] = rounds, {p.name: p.read_bytes() for p in out.iterdir()}
    assert made["staged"] == made["one-by-one"]
    statuses = [[o[3] for o in outcomes] for outcomes in made["staged"][0]]
    assert statuses[0][0] == "kept" and "bad" in statuses[0] and "written" in statuses[0]
    assert set(statuses[1]) == {"kept", "bad", "unchanged"}
