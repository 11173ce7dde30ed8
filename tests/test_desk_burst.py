"""The desk under a burst of uploads (desk/uploads.py): an upload is written to disk a megabyte
at a time, never held whole in memory, and the uploads are worked on in turns, at most
NTM_DOCGEN_DESK_UPLOAD_JOBS at once, the others waiting with their files on disk
(benchmarks/desk_burst.py measures it: 32 uploads of 19 MB at once)."""

from __future__ import annotations

import os
import threading
import time
import zipfile
from pathlib import Path

import pytest
from desk_support import csrf_of, desk_client
from starlette.datastructures import UploadFile

from tests.check_letter import build_letter


def large_letter(folder: Path, megabytes: int) -> bytes:
    small = folder / "nho.docx"
    build_letter(small)
    path = folder / "cong-van-lon.docx"
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            out.writestr(info, source.read(info))
        out.writestr("word/dinh-kem.bin", os.urandom(megabytes << 20))
    return path.read_bytes()


def test_an_upload_is_written_a_megabyte_at_a_time(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    real = UploadFile.read

    async def counted(self: UploadFile, size: int = -1) -> bytes:
        asked.append(size)
        return await real(self, size)

    monkeypatch.setattr(UploadFile, "read", counted)
    letter = large_letter(tmp_path, 3)
    with desk_client(tmp_path / "desk", lang="en") as client:
        answer = client.post("/kiem-tra", data={"csrf_token": csrf_of(client, "/kiem-tra")},
                             files={"tep": ("cong-van-lon.docx", letter)})
    assert answer.status_code == 200, answer.text[-2000:]
    assert asked and all(0 < size <= 1 << 20 for size in asked), asked


def test_uploads_are_worked_on_in_turns(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from ntm_docgen.desk.views import check

    monkeypatch.setenv("NTM_DOCGEN_DESK_UPLOAD_JOBS", "1")
    at_once, most, lock = [0], [0], threading.Lock()
    real = check._check

    def slow(*args):  # type: ignore[no-untyped-def]
        with lock:
            at_once[0] += 1
            most[0] = max(most[0], at_once[0])
        try:
            time.sleep(0.3)
            return real(*args)
        finally:
            with lock:
                at_once[0] -= 1

    monkeypatch.setattr(check, "_check", slow)
    letter = tmp_path / "cong-van.docx"
    build_letter(letter)
    with desk_client(tmp_path / "desk", lang="en") as client:
        csrf = csrf_of(client, "/kiem-tra")
        statuses: list[int] = []

        def send() -> None:
            statuses.append(client.post("/kiem-tra", data={"csrf_token": csrf}, files={
                "tep": (letter.name, letter.read_bytes())}).status_code)

        clerks = [threading.Thread(target=send) for _ in range(4)]
        for clerk in clerks:
            clerk.start()
        for clerk in clerks:
            clerk.join()
        assert client.get("/soan").status_code == 200
    assert statuses == [200] * 4
    assert most[0] == 1


def test_a_recipients_list_is_read_in_the_same_turns(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The bulk check page reads its list (an XLSX of 20 MB is as heavy as a letter checked)
    in the turns of the other uploads: a list and a letter checked are never worked on at
    once when the desk takes one upload at a time."""
    from desk_support import bulk_run

    from ntm_docgen import api
    from ntm_docgen.desk.views import check

    monkeypatch.setenv("NTM_DOCGEN_DESK_UPLOAD_JOBS", "1")
    at_once, most, lock = [0], [0], threading.Lock()

    def one_at_a_time(real):  # type: ignore[no-untyped-def]
        def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
            with lock:
                at_once[0] += 1
                most[0] = max(most[0], at_once[0])
            try:
                time.sleep(0.3)
                return real(*args, **kwargs)
            finally:
                with lock:
                    at_once[0] -= 1
        return slow

    monkeypatch.setattr(check, "_check", one_at_a_time(check._check))
    monkeypatch.setattr(api, "bulk_rows", one_at_a_time(api.bulk_rows))
    letter = tmp_path / "cong-van.docx"
    build_letter(letter)
    with desk_client(tmp_path / "desk", lang="en") as client:
        csrf = csrf_of(client, "/kiem-tra")
        runs = [bulk_run(client, csrf) for _ in range(2)]
        pages: list[str] = []

        def checked() -> None:
            pages.append(client.post("/kiem-tra", data={"csrf_token": csrf}, files={
                "tep": (letter.name, letter.read_bytes())}).text)

        def reviewed(run: str) -> None:
            pages.append(client.get(run).text)

        clerks = [threading.Thread(target=checked) for _ in range(2)] + \
            [threading.Thread(target=reviewed, args=(run,)) for run in runs]
        for clerk in clerks:
            clerk.start()
        for clerk in clerks:
            clerk.join()
    assert sum("2 recipients from ds.csv." in page for page in pages) == 2, pages
    assert most[0] == 1
