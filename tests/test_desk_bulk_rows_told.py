"""A bulk run started on the desk without its check (a direct POST to ``/chay``) whose list has
rows that make no letter: the run's page tells each row's problem in the desk's words, by the
message's id, where it told the command line's (`ntm-docgen types` lists them)."""

from __future__ import annotations

import pickle
import re
import time
from datetime import date
from pathlib import Path

import pytest
import yaml
from desk_support import XA, csrf_of, desk_client

from ntm_docgen.bulk.letters import LetterMaker
from ntm_docgen.bulk.preview import refuse_bad_rows
from ntm_docgen.bulk.recipients import read_recipients
from ntm_docgen.errors import RowsError
from ntm_docgen.i18n import Said, language_kept, set_language

#: The commune letter, its type taken from the list.
TYPED = XA.read_text(encoding="utf-8").replace("loai: CV", 'loai: "{{ loai }}"')
PEOPLE = ("kinh_gui,ten,loai_don_vi,ma,loai\nUBND xã A,A,xã,01,CV\nUBND xã B,B,xã,02,XYZ\n"
          ",C,xã,03,CV\n")
CLI_WORDS_VI = re.compile(r"tệp nội dung văn bản|tệp mô tả|--[a-z]|ntm-docgen|`|\blệnh\b")


def _ended(client, run: str) -> str:
    deadline = time.monotonic() + 120
    while True:
        progress = client.get(f"{run}/tien-do").text
        if 'class="error"' in progress or 'class="success"' in progress:
            return progress
        assert time.monotonic() < deadline, progress
        time.sleep(0.05)


def test_a_run_started_without_its_check_tells_its_bad_rows_in_the_desks_words(tmp_path):
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        answer = client.post("/hang-loat", data={"csrf_token": csrf},
                             files={"mau": ("xa.yaml", TYPED.encode()),
                                    "danh_sach": ("ds.csv", PEOPLE.encode())},
                             follow_redirects=False)
        run = answer.headers["location"]
        client.post(f"{run}/chay", data={"csrf_token": csrf}, follow_redirects=False)
        said = re.search(r'class="error"[^>]*>(.*?)</div>', _ended(client, run), re.S)
    assert said, "the run did not fail"
    text = said.group(1)
    assert text.startswith("ds.csv: 2 dòng của danh sách không tạo được văn bản"), text
    assert "hãy ghi vào danh sách mã theo Phụ lục III" in text, text  # IN_A_ROW's sentence
    assert "dòng 4: cột “Kính gửi” để trống" in text, text
    assert not CLI_WORDS_VI.search(text), text


def _rows_error(tmp_path: Path) -> RowsError:
    """The error a run of TYPED to PEOPLE stops with, before any letter."""
    people = tmp_path / "ds.csv"
    people.write_text(PEOPLE, encoding="utf-8")
    maker = LetterMaker(yaml.safe_load(TYPED), "xa.yaml", tmp_path, today=date(2026, 1, 5))
    with pytest.raises(RowsError) as raised:
        refuse_bad_rows(maker, read_recipients(people))
    return raised.value


def test_each_row_problem_is_said_by_its_id_and_crosses_processes_so(tmp_path):
    with language_kept():
        set_language("en")
        error = _rows_error(tmp_path)
    problems = [p for _row, row_problems in error.rows for p in row_problems]
    assert len(problems) == 2 and all(isinstance(p, Said) for p in problems)
    assert {p.msgid for p in problems} == {
        "{problem} (filled from column {columns})",
        "kinh_gui is empty; write the addressee in that column"}
    back = pickle.loads(pickle.dumps(error))
    assert str(back) == str(error)
    assert [p.msgid for _r, ps in back.rows for p in ps] == [p.msgid for p in problems]
