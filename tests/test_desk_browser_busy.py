"""A form that sends a file waits for the server (a guidance read, a copy made, a list checked):
its button says at once that the desk is working, where it sat unchanged for the seconds a PDF
takes (found doing the jobs with real signed PDFs), and a second click sends nothing twice."""

from __future__ import annotations

from desk_browser import browser, desk_server

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
BUTTON = "form.card button.primary"

#: Kept by the page after the desk's own script has seen each sending: whether the desk let it
#: go; the first held back here, so that the page stays as the clerk sees it while it waits.
WATCH = """() => {
  window.sendings = [];
  document.addEventListener('submit', (event) => {
    window.sendings.push(!event.defaultPrevented);
    event.preventDefault();
  });
}"""


def test_a_form_sending_a_file_says_it_is_working(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        page.goto(address + "thuc-hien")
        assert page.locator(BUTTON).inner_text() == "Soạn văn bản"
        page.evaluate(WATCH)
        page.locator("#tep").set_input_files(str(HD_1741))
        page.locator("#ho_so").select_option("lang-son")
        page.locator(BUTTON).click()
        assert page.locator(BUTTON).inner_text().startswith("Đang xử lý…"), \
            "the button says the desk is working"
        assert page.locator(BUTTON).is_visible()
        assert page.locator("form.card").get_attribute("aria-busy") == "true"
        page.locator(BUTTON).click()  # she clicks again while it works
        assert page.evaluate("window.sendings") == [True, False], "sent once, not twice"
