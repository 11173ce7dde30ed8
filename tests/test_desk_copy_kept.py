"""The copy forms kept while the văn thư answers the question about a copy's number (an
independent review's finding 16): their bounds were untested, counted for all clerks together
(one clerk's run of copies let go of another's form), the loop kept one form over the bytes
bound, and going back to the form (a GET: a reload, a browser opening the link ahead) let go of
the form she had not yet answered. Each bound is tested with small limits and a clock of the
test's own."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from desk_support import desk_client
from lxml import html
from test_desk_copy_asks import HD_1741, _answer, _numbers, _send

from ntm_docgen import api
from ntm_docgen.desk.uploads import UploadError
from ntm_docgen.desk.views import copy_asks
from ntm_docgen.desk.views.copy_asks import Waiting, Waitings


@pytest.fixture
def original(tmp_path):
    letter = tmp_path / "hd-1741.docx"
    api.render(api.load_spec(HD_1741), letter, today=date(2026, 3, 5))
    return letter


@pytest.fixture
def client(tmp_path):
    with desk_client(tmp_path / "desk", lang="vi") as c:
        yield c


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    tick = Clock()
    monkeypatch.setattr(copy_asks.time, "monotonic", tick)
    return tick


def _form(owner: str, clock: Clock, size: int = 1) -> Waiting:
    return Waiting(owner, (("ngay", "05/03/2026"),), (("tep", "a.docx", b"x" * size),),
                   clock.now)


def test_past_her_count_her_oldest_goes_and_no_one_elses(monkeypatch, clock):
    monkeypatch.setattr(copy_asks, "KEEP", 2)
    kept = Waitings()
    hers = kept.keep(_form("lan", clock))
    first, second, third = (kept.keep(_form("mai", clock)) for _ in range(3))
    assert kept.peek(first, "mai") is None, "her third form lets go of her first"
    assert kept.peek(second, "mai") is not None
    assert kept.peek(third, "mai") is not None
    assert kept.peek(hers, "lan") is not None, "another clerk's run leaves hers"


def test_past_her_bytes_her_oldest_goes(monkeypatch, clock):
    monkeypatch.setattr(copy_asks, "KEEP_BYTES", 10)
    kept = Waitings()
    hers = kept.keep(_form("lan", clock, 6))
    first = kept.keep(_form("mai", clock, 6))
    second = kept.keep(_form("mai", clock, 6))
    assert kept.peek(first, "mai") is None
    assert kept.peek(second, "mai") is not None
    assert kept.peek(hers, "lan") is not None


def test_a_form_larger_than_the_bound_alone_is_not_kept(monkeypatch, clock):
    monkeypatch.setattr(copy_asks, "KEEP_BYTES", 10)
    kept = Waitings()
    small = kept.keep(_form("mai", clock, 4))
    with pytest.raises(UploadError, match="MB"):
        kept.keep(_form("mai", clock, 11))
    assert kept.peek(small, "mai") is not None
    assert sum(w.size() for w in kept._items.values()) <= 10


def test_past_the_desks_bytes_the_clerk_keeping_most_lets_go_first(monkeypatch, clock):
    monkeypatch.setattr(copy_asks, "KEEP_ALL_BYTES", 20)
    kept = Waitings()
    hers = kept.keep(_form("lan", clock, 5))
    many = [kept.keep(_form("mai", clock, 5)) for _ in range(3)]
    other = kept.keep(_form("hoa", clock, 5))  # 25 bytes: mai keeps the most
    assert kept.peek(many[0], "mai") is None
    assert [kept.peek(k, "mai") is not None for k in many[1:]] == [True, True]
    assert kept.peek(hers, "lan") is not None
    assert kept.peek(other, "hoa") is not None
    assert sum(w.size() for w in kept._items.values()) <= 20


def test_a_form_waited_too_long_is_no_longer_kept(monkeypatch, clock):
    monkeypatch.setattr(copy_asks, "KEEP_SECONDS", 60)
    kept = Waitings()
    old = kept.keep(_form("lan", clock))
    clock.now += 59
    assert kept.peek(old, "lan") is not None
    clock.now += 2
    assert kept.peek(old, "lan") is None
    assert kept.take(old, "lan") is None
    kept.keep(_form("mai", clock))
    assert old not in kept._items, "let go of when another is kept"


def test_a_form_is_hers_alone_and_taken_once(clock):
    kept = Waitings()
    key = kept.keep(_form("lan", clock))
    assert kept.take(key, "mai") is None
    assert kept.take(key, "lan") is not None
    assert kept.take(key, "lan") is None


def test_going_back_twice_keeps_the_form_to_number_it_once(
        client, tmp_path, original):
    ahead = date.today() + timedelta(days=14)
    asked = _send(client, original, ahead)
    back = html.fromstring(asked.text).xpath(
        '//form[contains(@class, "confirm")]//a[contains(@class, "button")]')[0].get("href")
    assert re.search(r"/sao/giu/", back)
    for _ in range(2):  # a reload, or a browser opening the link ahead
        page = client.get(back)
        assert page.status_code == 200
        assert html.fromstring(page.text).get_element_by_id("ngay").get("value") \
            == ahead.strftime("%d/%m/%Y")
    assert _numbers(tmp_path) == []
    assert _answer(client, asked).status_code == 200
    assert len(_numbers(tmp_path)) == 1
    assert "01/SY" in _answer(client, asked).text, "taken when she answered: shown again"
    assert len(_numbers(tmp_path)) == 1
    assert client.get(back, follow_redirects=False).status_code == 303, "numbered: gone"


def test_an_original_too_large_to_keep_is_told_on_the_form_and_not_numbered(
        client, tmp_path, original, monkeypatch):
    monkeypatch.setattr(copy_asks, "KEEP_BYTES", 1024)
    answer = _send(client, original, date.today() + timedelta(days=14))
    assert answer.status_code == 422
    said = " ".join(html.fromstring(answer.text).text_content().split())
    assert "Văn bản gốc quá lớn để giữ lại trong khi chờ bạn trả lời" in said
    assert "/sao/giu/" not in answer.text
    assert _numbers(tmp_path) == []


def test_a_copy_answered_after_the_desks_time_comes_back_filled_and_says_why(
        client, tmp_path, original, clock):
    """Answered 62 minutes later, the question's copy came back as a blank form told “không
    còn được giữ (đã được cấp số, hoặc đã chờ quá lâu)”: it says it waited past the desk's
    30 minutes, and gives back the form as she sent it, but the file and the password."""
    ahead = date.today() + timedelta(days=14)
    asked = _send(client, original, ahead, mat_khau="bi-mat")
    clock.now += 62 * 60
    late = _answer(client, asked)
    assert late.status_code == 422
    page = html.fromstring(late.text)
    said = " ".join(page.xpath("//*[@role='alert']")[0].text_content().split())
    assert "lâu hơn thời gian bàn làm việc giữ bản sao (30 phút)" in said, said
    assert "đã được cấp số" not in said
    assert page.get_element_by_id("ngay").get("value") == ahead.strftime("%d/%m/%Y")
    assert page.get_element_by_id("ten").get("value") == "ỦY BAN NHÂN DÂN XÃ BẢO THẮNG"
    assert "hd-1741.docx" in late.text, "the original named, to be chosen again"
    assert "bi-mat" not in late.text
    assert _numbers(tmp_path) == []


def test_a_copy_pushed_out_by_newer_ones_comes_back_filled(
        client, tmp_path, original, monkeypatch):
    monkeypatch.setattr(copy_asks, "KEEP", 1)
    ahead = date.today() + timedelta(days=14)
    first = _send(client, original, ahead)
    _send(client, original, ahead + timedelta(days=1))
    late = _answer(client, first)
    assert late.status_code == 422
    said = " ".join(html.fromstring(late.text).xpath("//*[@role='alert']")[0]
                    .text_content().split())
    assert "bạn đã gửi thêm nhiều bản sao" in said, said
    assert html.fromstring(late.text).get_element_by_id("ngay").get("value") \
        == ahead.strftime("%d/%m/%Y")
    assert _numbers(tmp_path) == []
