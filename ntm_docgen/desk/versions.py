"""Two pages on one draft: each save sends the version of the draft its page loaded, and a
save (or a Phát hành) from a page the draft has changed under is refused and told: who saved
it and when, the clerk's form kept as she typed it, never merged in silence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from starlette.datastructures import FormData

from ntm_docgen.desk import forms, labels
from ntm_docgen.desk.state import LOCAL_USER, Draft
from ntm_docgen.i18n import _

#: The form's field carrying the version its page loaded (``templates/_problems.html``).
FIELD = "phien_ban"
#: The button by which a clerk told of a change saves her page over it all the same: its
#: value is the version she was told of.
OVER = "ghi_de"


def seen(form: FormData) -> int | None:
    """The version the page sending ``form`` loaded (or the one its clerk chose to save
    over); None from a page that sends none (a form made before the desk kept versions).

    >>> seen(FormData([("phien_ban", "3")])), seen(FormData([("phien_ban", "3"), ("ghi_de", "5")]))
    (3, 5)
    >>> seen(FormData([("phien_ban", "")])), seen(FormData([("phien_ban", "ba")]))
    (None, None)
    """
    given = form.get(OVER) or form.get(FIELD)
    return int(given) if isinstance(given, str) and given.isdigit() else None


@dataclass(frozen=True)
class Overtaken:
    """A draft saved by someone since the page in hand loaded it: who (``""``: the same clerk,
    from another tab, or a save the desk did not note the author of), when, its version now,
    the version the page loaded, and the fields in which the page's form and the saved draft
    differ."""

    who: str
    at: datetime
    version: int
    seen: int
    fields: tuple[str, ...] = ()

    def _when(self) -> dict[str, str]:
        local = self.at.astimezone()
        return {"time": local.strftime("%H:%M"), "day": local.strftime("%d/%m/%Y")}

    def said(self) -> str:
        """What the page says of the save it refused."""
        if self.who:
            return _("{who} saved this draft at {time} on {day}, after this page was opened: "
                     "what you changed on this page is not saved.").format(
                         who=self.who, **self._when())
        return _("This draft was saved from another page (another tab or window) at {time} on "
                 "{day}, after this page was opened: what you changed on this page is not "
                 "saved.").format(**self._when())

    def differs(self) -> str:
        """The fields in which the saved draft and the page differ, or ""."""
        if not self.fields:
            return ""
        return _("The saved draft and this page differ in: {fields}.").format(
            fields=", ".join(self.fields))

    def not_issued(self) -> str:
        """What a refused Phát hành says."""
        if self.who:
            return _("The letter is not issued: {who} saved this draft at {time} on {day}, "
                     "after your page was opened, so the letter on your page is no longer the "
                     "one saved. Open the draft again, read it, then issue it.").format(
                         who=self.who, **self._when())
        return _("The letter is not issued: this draft was saved from another page at {time} "
                 "on {day}, after your page was opened, so the letter on your page is no longer "
                 "the one saved. Open the draft again, read it, then issue it.").format(
                     **self._when())


def overtaken(state: Any, clerk_name: str, draft: Draft, page_seen: int | None,
              typed: dict[str, Any] | None = None) -> Overtaken | None:
    """What to tell a page that loaded version ``page_seen`` of ``draft`` (as read now), or
    None when it is the draft's version still (or the page sent none); ``typed``: the page's
    form as data, for the fields in which it differs from the draft."""
    if page_seen is None or page_seen == draft.version:
        return None
    return Overtaken(_who(state, clerk_name, draft.saved_by), draft.updated, draft.version,
                     page_seen, _differing(typed, draft.data) if typed is not None else ())


def save(state: Any, clerk_name: str, draft: Draft, data: dict[str, Any],
         page_seen: int | None) -> tuple[int, Overtaken | None]:
    """Save the form's ``data`` over ``draft`` from a page that loaded ``page_seen``: the
    version the page holds afterwards, and what to tell it when the draft changed under it
    (nothing saved then; the version stays the page's, so that its next save is refused
    too, until the clerk chooses). A form that changes nothing is no change: the page is
    given the draft's version (no one's typing is lost)."""
    if data == draft.data:
        state.touch_draft(draft.id)
        return draft.version, None
    version = state.save_draft(draft.id, data, clerk_name, page_seen)
    if version is not None:
        return version, None
    now = state.draft(draft.id) or draft  # deleted meanwhile: its link says so
    return page_seen or 0, Overtaken(_who(state, clerk_name, now.saved_by), now.updated,
                                     now.version, page_seen or 0, _differing(data, now.data))


def _who(state: Any, clerk_name: str, saved_by: str) -> str:
    """The clerk who saved a draft, by her full name ("" for the clerk herself, for the one
    computer's single user and for a save of no known author)."""
    if not saved_by or saved_by in (clerk_name, LOCAL_USER):
        return ""
    user = state.user(saved_by)
    return (user.full_name if user and user.full_name else saved_by)


def _differing(typed: dict[str, Any], saved: dict[str, Any]) -> tuple[str, ...]:
    """The labels of the form's fields whose values differ between two drafts' data.

    >>> _differing({"trich_yeu": "A", "noi_dung": "x"}, {"trich_yeu": "B", "noi_dung": "x"})
    ('Summary (trích yếu)',)
    """
    mine, theirs = forms.form_values(typed), forms.form_values(saved)
    return tuple(dict.fromkeys(labels.label_of(path) or (_("Appendices") if path == "phu_luc"
                                                          else path)
                               for path in mine if mine.get(path) != theirs.get(path)))
