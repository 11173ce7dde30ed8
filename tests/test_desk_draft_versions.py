"""Two pages on one draft (contract10 #6): a save sent from a page the draft has changed under
since it loaded is refused (409), nothing saved, the page told who saved it and when, her form
kept as she typed it; Phát hành from such a page issues nothing. On one computer (two tabs,
SQLite) and in an office (two clerks, PostgreSQL); an older desk's drafts table gains the
version's columns when the desk starts."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from desk_support import CONG_VAN, PASSWORD, add_clerks, csrf_of, desk_client, new_draft
from register_support import pg_schema
from sqlalchemy import (
    Column,
    DateTime,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    insert,
)

from ntm_docgen.desk import DeskConfig
from ntm_docgen.desk.accounts import make_admin
from ntm_docgen.desk.state import State

HX = {"hx-request": "true"}


def version_on(page: str) -> str:
    """The draft's version a page of the editor (or a fragment of it) holds."""
    found = re.findall(r'name="phien_ban" value="(\d+)"', page)
    assert found, "the page sends no version with its saves"
    assert len(set(found)) == 1, f"the page's forms hold different versions: {found}"
    return found[0]


def _sign_in(client, name: str) -> str:
    csrf = csrf_of(client, "/dang-nhap")
    answer = client.post("/dang-nhap", data={"ten": name, "mat_khau": PASSWORD,
                                             "csrf_token": csrf}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return csrf_of(client)


@pytest.fixture(params=["sqlite", "postgresql"])
def two_pages(request, tmp_path):
    """Two signed-in clients on one desk, each with its CSRF token, and the name the second
    is told of the first by ("" on one computer: the same clerk, another tab)."""
    if request.param == "sqlite":
        with desk_client(tmp_path, lang="vi") as client:
            csrf = csrf_of(client)
            yield (client, csrf), (client, csrf), ""
        return
    with pg_schema() as url:
        config = DeskConfig(office=True, db=url, home=tmp_path)
        make_admin(config, "quantri", PASSWORD)
        add_clerks(url, "vanthu", "chuyenvien")
        with desk_client(tmp_path, office=True, db=url, lang="vi") as chuyen_vien, \
                desk_client(tmp_path, office=True, db=url, lang="vi") as van_thu:
            yield ((chuyen_vien, _sign_in(chuyen_vien, "chuyenvien")),
                   (van_thu, _sign_in(van_thu, "vanthu")), "Trần Văn Chuyên")


def _both_open(two_pages) -> tuple[str, str, str]:
    """A complete letter drafted by the first, then open on both pages: the editor and the
    version each page loaded."""
    (first, csrf), (second, _csrf), _who = two_pages
    editor = new_draft(first, csrf)
    assert first.post(editor, data={**CONG_VAN, "csrf_token": csrf,
                                     "phien_ban": version_on(first.get(editor).text)},
                      follow_redirects=False).status_code == 303
    return editor, version_on(first.get(editor).text), version_on(second.get(editor).text)


def test_a_save_from_a_page_the_draft_changed_under_is_refused_and_told(two_pages):
    (first, csrf1), (second, csrf2), who = two_pages
    editor, seen1, seen2 = _both_open(two_pages)
    rewritten = "Nội dung do chuyên viên sửa lần cuối.\nĐề nghị các thôn thực hiện./."
    saved = first.post(editor, data={**CONG_VAN, "noi_dung": rewritten, "csrf_token": csrf1,
                                     "phien_ban": seen1}, headers=HX)
    assert saved.status_code == 200 and "Đã lưu" in saved.text
    assert int(version_on(saved.text)) > int(seen1), "a save gives the page the new version"

    late = second.post(editor, data={**CONG_VAN, "trich_yeu": "V/v văn thư sửa trích yếu",
                                     "csrf_token": csrf2, "phien_ban": seen2}, headers=HX)
    assert late.status_code == 409
    told = re.sub(r"\s+", " ", late.text)
    assert "Đã lưu" not in told
    assert (f"{who} đã sửa và lưu bản nháp này lúc " if who else
            "Bản nháp này đã được lưu từ một trang khác (một thẻ hoặc cửa sổ khác) lúc ") in told
    assert "những gì bạn sửa trên trang này chưa được lưu" in told
    assert "khác nhau ở: Trích yếu nội dung, Nội dung" in told
    assert f'href="{editor}" target="_blank"' in late.text, "the saved draft, in a new tab"
    assert version_on(late.text) == seen2, "the page keeps its version: its next save is " \
                                           "refused too, until the clerk chooses"
    spec = first.get(f"{editor}/tai.yaml").text
    assert "chuyên viên sửa lần cuối" in spec and "văn thư sửa trích yếu" not in spec

    # without JavaScript (the Save button): the editor again, her form as she typed it
    page = second.post(editor, data={**CONG_VAN, "trich_yeu": "V/v văn thư sửa trích yếu",
                                     "csrf_token": csrf2, "phien_ban": seen2},
                       follow_redirects=False)
    assert page.status_code == 409
    assert "V/v văn thư sửa trích yếu</textarea>" in page.text
    assert version_on(page.text) == seen2
    assert re.search(r'<button type="submit" data-needs-valid\s+disabled>', page.text), \
        "Phát hành is not offered from a page whose letter is not the one saved"


def test_she_may_save_her_page_in_its_place_once_told(two_pages):
    (first, csrf1), (second, csrf2), _who = two_pages
    editor, seen1, seen2 = _both_open(two_pages)
    first.post(editor, data={**CONG_VAN, "noi_dung": "Bản của người thứ nhất.",
                             "csrf_token": csrf1, "phien_ban": seen1}, headers=HX)
    mine = {**CONG_VAN, "noi_dung": "Bản của người thứ hai.", "csrf_token": csrf2,
            "phien_ban": seen2}
    told = second.post(editor, data=mine, headers=HX)
    over = re.search(r'name="ghi_de" value="(\d+)"', told.text)
    assert told.status_code == 409 and over
    kept = second.post(editor, data={**mine, "ghi_de": over.group(1)}, follow_redirects=False)
    assert kept.status_code == 303
    assert "Bản của người thứ hai." in first.get(f"{editor}/tai.yaml").text


def test_a_form_that_changes_nothing_is_no_conflict(two_pages):
    """A page whose form is the draft as saved (the other tab saved the very same text) is
    given the draft's version, not told of a change it would not lose."""
    (first, csrf1), (second, csrf2), _who = two_pages
    editor, seen1, seen2 = _both_open(two_pages)
    same = {**CONG_VAN, "noi_dung": "Cùng một nội dung."}
    now = version_on(first.post(editor, data={**same, "csrf_token": csrf1, "phien_ban": seen1},
                                headers=HX).text)
    answer = second.post(editor, data={**same, "csrf_token": csrf2, "phien_ban": seen2},
                         headers=HX)
    assert answer.status_code == 200 and version_on(answer.text) == now


def test_issuing_from_a_page_the_draft_changed_under_is_refused(two_pages):
    (first, csrf1), (second, csrf2), who = two_pages
    editor, seen1, _seen2 = _both_open(two_pages)
    issuer, csrf = (second, csrf2) if who else (first, csrf1)
    seen = version_on(issuer.get(editor).text)
    first.post(editor, data={**CONG_VAN, "noi_dung": "Nội dung mới nhất.", "csrf_token": csrf1,
                             "phien_ban": seen1}, headers=HX)
    answer = issuer.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "phien_ban": seen},
                         follow_redirects=False)
    assert answer.status_code == 409
    told = re.sub(r"\s+", " ", answer.text)
    assert "Văn bản chưa được phát hành" in told and "Hãy mở lại bản nháp" in told
    assert (f"{who} đã sửa và lưu bản nháp này lúc" if who else
            "bản nháp này đã được lưu từ một trang khác lúc") in told
    assert f'href="{editor}"' in answer.text
    assert "01/SNV-TĐKT" not in issuer.get("/so?nam=2026").text, "no number was taken"

    # from the page as it is now: the letter is issued, with the text it shows
    seen = version_on(issuer.get(editor).text)
    done = issuer.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "phien_ban": seen},
                       follow_redirects=False)
    assert done.status_code == 303, done.text


def test_the_question_before_issuing_carries_the_version_asked_about(two_pages):
    """Phát hành asks first (a number typed by hand); the answer issues the letter the question
    was about, and is refused when the draft changed in between."""
    (first, csrf1), (second, csrf2), who = two_pages
    issuer, csrf = (second, csrf2) if who else (first, csrf1)
    editor, seen1, _seen2 = _both_open(two_pages)
    seen1 = version_on(first.post(editor, data={**CONG_VAN, "so": "7", "csrf_token": csrf1,
                                                "phien_ban": seen1}, headers=HX).text)
    seen = version_on(issuer.get(editor).text)
    question = issuer.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "phien_ban": seen})
    assert question.status_code == 200 and 'name="xac_nhan"' in question.text
    assert version_on(question.text) == seen
    first.post(editor, data={**CONG_VAN, "so": "7", "noi_dung": "Sửa trong lúc văn thư đọc.",
                             "csrf_token": csrf1, "phien_ban": seen1}, headers=HX)
    answer = issuer.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1",
                                                      "phien_ban": seen})
    assert answer.status_code == 409 and "Văn bản chưa được phát hành" in answer.text


#: The drafts table as the desk made it before drafts had a version.
OLD = MetaData()
OLD_DRAFTS = Table(
    "desk_draft", OLD, Column("id", String(36), primary_key=True),
    Column("owner", String(100), nullable=False), Column("title", Text, nullable=False),
    Column("data", Text, nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("updated", DateTime(timezone=True), nullable=False))


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_an_older_desk_keeps_its_drafts_and_gains_the_version(kind, tmp_path):
    """A desk made before drafts had a version: its table is given the columns when the desk
    starts, its drafts open at version 0 and save as before."""
    def run(url: str) -> None:
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        OLD.create_all(engine)
        with engine.begin() as conn:
            conn.execute(insert(OLD_DRAFTS).values(
                id="d-1", owner="may-nay", title="Cũ", data='{"loai": "CV", "trich_yeu": "Cũ"}',
                created=datetime(2026, 3, 1, 8, tzinfo=timezone.utc),
                updated=datetime(2026, 3, 1, 9, tzinfo=timezone.utc)))
        engine.dispose()
        for _start in range(2):  # a second start finds the columns there
            state = State(url)
            draft = state.draft("d-1")
            assert draft is not None and draft.version == 0 and draft.saved_by == ""
            state.close()
        state = State(url)
        assert state.save_draft("d-1", {"loai": "CV", "trich_yeu": "Mới"}, "vanthu", 0) == 1
        assert state.save_draft("d-1", {"loai": "CV", "trich_yeu": "Cũ hơn"}, "x", 0) is None
        draft = state.draft("d-1")
        assert draft is not None and draft.data["trich_yeu"] == "Mới"
        assert (draft.version, draft.saved_by) == (1, "vanthu")
        state.close()

    if kind == "sqlite":
        run(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    else:
        with pg_schema() as url:
            run(url)
