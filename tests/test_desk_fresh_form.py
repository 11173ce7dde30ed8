"""A new letter's form is not wrong: what is still to fill is a calm guide, and the problems
appear at the fields once the clerk has changed a field or asked for the letter."""

from __future__ import annotations

from desk_support import CONG_VAN, new_draft


def test_a_new_letter_opens_with_a_guide_not_with_errors(client, csrf):
    page = client.get(new_draft(client, csrf)).text
    assert 'id="problems" class="todo"' in page
    assert "To fill in before the letter can be printed:" in page
    assert "<li>Signer&#39;s name</li>" in page and "<li>Summary (trích yếu)</li>" in page
    assert 'class="problem"' not in page and "problems to fix" not in page


def test_the_problems_show_once_a_field_is_changed(client, csrf):
    editor = new_draft(client, csrf)
    client.post(editor, data={"loai": "CV", "trich_yeu": CONG_VAN["trich_yeu"],
                              "csrf_token": csrf})  # the Save button, without JavaScript
    page = client.get(editor).text
    assert 'id="problems" class="bad"' in page
    assert 'class="problem">required' in page


def test_the_problems_show_once_the_letter_is_asked_for(client, csrf):
    editor = new_draft(client, csrf)
    assert client.get(f"{editor}/tai.docx").status_code == 422
    page = client.get(editor).text
    assert 'id="problems" class="bad"' in page
    assert 'class="problem">required' in page
