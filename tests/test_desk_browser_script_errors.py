"""Every page of the desk a clerk opens from its menu runs its script without an error: the
Sổ văn bản đi page threw "Cannot set properties of null (setting 'hidden')" on every load
(its notice of numbers given by hand and the form of /so/so-cap-bang-tay share the id
``so-tay``; found by a black-box run of the desk)."""

from __future__ import annotations

from desk_browser import browser, desk_server


def test_no_page_of_the_menu_throws_in_its_script(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(address)
        links = page.eval_on_selector_all(
            "nav a[href^='/']", "links => links.map(a => a.getAttribute('href'))")
        assert len(set(links)) >= 6, links
        for link in [*dict.fromkeys(links), "/so/so-cap-bang-tay"]:
            page.goto(address.rstrip("/") + link)
            page.wait_for_load_state("load")
            assert not errors, f"{link}: {errors}"
