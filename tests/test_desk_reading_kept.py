"""An office desk keeps its scan readings in its database (``desk_reading``), not in ``doc/``
of the server's data folder, with the same caps as one computer; a restarted desk finds them."""

from __future__ import annotations

import time

import pytest
from desk_support import PASSWORD, add_clerks, csrf_of, desk_client
from register_support import pg_schema
from test_desk_reading import landed, scans
from test_desk_reading_line import BAR, read

from ntm_docgen.desk.reading import Readings
from ntm_docgen.desk.state import State

__all__ = ["scans"]  # the stand-in reader of test_desk_reading, a fixture here too


@pytest.fixture
def office(tmp_path):
    with pg_schema() as url:
        add_clerks(url, "chuyenvien")
        yield url


def sign_in(client) -> None:
    answer = client.post("/dang-nhap", data={"ten": "chuyenvien", "mat_khau": PASSWORD,
                                             "csrf_token": csrf_of(client, "/dang-nhap")},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text


def test_an_office_keeps_its_readings_in_its_database(tmp_path, scans, office):
    from ntm_docgen.desk.kept import InDatabase

    home = tmp_path / "nha"
    with desk_client(home, office=True, db=office, lang="en", ocr_jobs=1) as client:
        sign_in(client)
        page = read(client, scans)
    assert not (home / "doc").exists(), "nothing on the server's disk"
    state = State(office)
    try:
        kept = InDatabase(state.engine).read_all()
    finally:
        state.close()
    assert [record["name"] for record, _made in kept] == ["quet.pdf"]
    with desk_client(home, office=True, db=office, lang="en", ocr_jobs=1) as client:
        sign_in(client)
        assert BAR.search(client.get("/").text), "the restarted desk finds it"
        assert landed(client, page).startswith("/soan/")
    assert not (home / "doc").exists()


def test_an_office_caps_its_readings_kept_as_one_computer_does(office):
    """The oldest finished readings are forgotten beyond the cap, in the database too."""
    from ntm_docgen.desk.kept import InDatabase

    state = State(office)
    try:
        store = InDatabase(state.engine)
        readings = Readings(1, store=store, keep_count=2)
        for number in range(3):
            reading = _finished(readings, f"r{number}")
            readings.keep(reading)
            readings._all[reading.id] = reading
            readings.sweep()
        assert [r["id"] for r, _made in store.read_all()] == ["r1", "r2"]
    finally:
        state.close()


def _finished(readings: Readings, id: str):
    from ntm_docgen.desk.scanjob import Reading

    reading = Reading(id, "lan", job="soan", name=f"{id}.pdf", pages=1, started=time.time(),
                      ended=time.time(), began=1.0, landing="/soan/x")
    reading.finished = True
    return reading
