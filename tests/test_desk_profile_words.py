"""An issuer saved empty is told what is missing by the form's words: the issuing body and the
signature, not the profile's keys ``co_quan`` and ``ky``."""

from __future__ import annotations

import re

from ntm_docgen.desk.labels import label_of


def test_an_empty_issuer_names_what_is_missing_by_its_labels(client, csrf):
    answer = client.post("/ho-so/moi", data={"csrf_token": csrf})
    assert answer.status_code == 422
    problems = re.findall(r'<li title="([^"]+)">([^<]+)</li>', answer.text)
    assert problems, answer.text
    said = dict(problems)
    assert said["co_quan"].startswith("Issuing body: required")
    assert said["ky"].startswith("Signature: required")
    assert not any(text.startswith(f"{path}:") for path, text in problems)


def test_the_copy_block_s_body_is_the_copying_body():
    assert label_of("co_quan", within="ban_sao.") == "Copying body"
    assert label_of("ban_sao.ky") == "Signature (copy block)"
