"""A draft is validated once per look (each autosave, each page): the problems the form shows
are the validation's own, and a draft that passes is the letter that renders. The fallback that
turned a second validation's error into a problem of no field (``Problem("", str(e))``) is gone
with the second validation: the validation raises SpecError alone."""

from __future__ import annotations

import pytest
from desk_support import CONG_VAN

from ntm_docgen import api
from ntm_docgen.desk import drafts, forms
from ntm_docgen.letter import spec as letter_spec


class _Form(dict):
    def getlist(self, key):
        value = self.get(key, [])
        return value if isinstance(value, list) else [value]


CASES = {
    "complete": {},
    "no-signer": {"ky.ho_ten": "", "ky.chuc_vu": ""},
    "bad-date": {"ngay": "30/02/2026"},
    "bad-authority": {"ky.quyen_han": ["THAY MẶT"]},
}


@pytest.mark.parametrize("change", CASES.values(), ids=CASES.keys())
def test_a_draft_is_validated_once_with_the_validations_own_problems(change, monkeypatch):
    data = forms.spec_from_form(_Form({**CONG_VAN, **change}))
    calls = []
    real = letter_spec.parse_spec

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    expected = api.spec_problems(data)
    monkeypatch.setattr(letter_spec, "parse_spec", counted)
    checked = drafts.check(data)
    assert len(calls) == 1
    assert checked.problems == expected
    assert (checked.spec is None) == bool(expected)
    assert all(p.path for p in checked.problems)  # each at its field
