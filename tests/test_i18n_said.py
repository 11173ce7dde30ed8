"""A message said by its id (``Said``) keeps its id and values wherever it is kept: in JSON
(a record the desk reads after a restart), at every depth of the messages it holds."""

from __future__ import annotations

import json

import pytest

from ntm_docgen.errors import LimitError
from ntm_docgen.i18n import (
    N_,
    Said,
    language_kept,
    said,
    said_as_json,
    said_from_json,
    said_n,
    set_language,
)


def _ids(message: object) -> object:
    """A message's id and values, each value that is a message by its ids in turn."""
    if not isinstance(message, Said):
        return message
    return (message.msgid, message.plural, message.n,
            {k: _ids(v) for k, v in message.values.items()})


def _limit() -> Said:
    """A limit's reason: a sentence whose ``what`` is a message of its own."""
    reason = LimitError("kh.yaml", said(N_("the spec file's size")), 10, "NTM_X", 12)
    return reason.reason  # type: ignore[return-value]


NESTED = {
    "flat": lambda: said(N_("{path} is a folder; give a file"), path="ban"),
    "two-deep": _limit,
    "three-deep": lambda: said(N_("{path}: {reason}"), path="kh.yaml", reason=_limit()),
    "plural": lambda: said_n("{count} problem in {source}:", "{count} problems in {source}:", 2,
                             count=2, source=said(N_("the 2025 list of {province}"),
                                                  province="Lai Châu")),
    "a-number-kept": lambda: said(N_("{path}: {reason}"), path=12,
                                  reason=said(N_("incomplete spec"))),
}


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("make", NESTED.values(), ids=NESTED.keys())
def test_a_said_message_round_trips_through_json_at_every_depth(make, lang):
    with language_kept():
        set_language(lang)
        message = make()
        back = said_from_json(json.loads(json.dumps(said_as_json(message), ensure_ascii=False)))
    assert isinstance(back, Said)
    assert str(back) == str(message)
    assert _ids(back) == _ids(message)


def test_a_nested_message_read_back_is_told_again_by_its_inner_id():
    """The desk says the inner sentence in its own words after a restart, as before it."""
    message = said(N_("{path}: {reason}"), path="kh.yaml", reason=_limit())
    back = said_from_json(said_as_json(message))

    def own(m: Said) -> str | None:
        return "the letter file's size" if m.msgid == "the spec file's size" else None

    assert isinstance(back, Said)
    assert back.told(own) == message.told(own) != str(message)


def test_text_that_is_no_said_message_stays_text():
    assert said_as_json("plain") == "plain" and said_from_json("plain") == "plain"
    assert said_from_json({"odd": 1}) == str({"odd": 1})
