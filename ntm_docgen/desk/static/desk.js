// The desk's small behaviours: list editors (one row per item), problems shown at their
// fields after each autosave, the preview refreshed when the letter is valid. No build step.
(function () {
  "use strict";

  function addRow(button) {
    var list = button.closest(".list");
    var template = list.querySelector("template");
    var row = template.content.firstElementChild.cloneNode(true);
    list.querySelector(".items").appendChild(row);
    var field = row.querySelector("input, textarea");
    if (field) { field.focus(); }
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof HTMLElement)) { return; }
    if (target.matches("[data-add-row]")) {
      event.preventDefault();
      addRow(target);
    } else if (target.matches("[data-remove-row]")) {
      event.preventDefault();
      var form = target.closest("form");
      target.closest(".item").remove();
      if (form) { form.dispatchEvent(new Event("input", { bubbles: true })); }
    } else if (target.matches("[data-fill-row]")) {
      event.preventDefault();
      var list = target.closest(".list");
      addRow(target);
      var rows = list.querySelectorAll(".items .item");
      var input = rows[rows.length - 1].querySelector("input");
      input.value = target.getAttribute("data-fill-row");
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
  });

  // Problems at their fields: each problem has the spec path of render's message
  // (ky.quyen_han[1]); the field is the element named after the path without its index,
  // the row the index-th non-empty one.
  function placeProblems(saved) {
    if (!saved) { return; }  // the page came with its messages at the fields
    var panel = document.getElementById("problems");
    var form = document.getElementById("letter");
    if (!panel && document.querySelector("#problems-box [data-refused]")) {
      // the save was refused: nothing to issue or download from this page
      var blocked = document.getElementById("letter-actions");
      if (blocked) { blocked.setAttribute("data-overtaken", ""); }
      document.querySelectorAll("button[data-needs-valid]").forEach(function (el) {
        el.disabled = true;
      });
      return;
    }
    if (!panel || !form) { return; }
    if (saved) {  // the server's answer replaces every earlier message at the fields
      form.querySelectorAll(".problem").forEach(function (el) { el.remove(); });
    }
    form.querySelectorAll(".invalid").forEach(function (el) { el.classList.remove("invalid"); });
    var problems = JSON.parse(panel.getAttribute("data-problems") || "[]");
    problems.forEach(function (p) {
      var fields = Array.prototype.filter.call(form.elements, function (el) {
        return el.name === p.field && (el.value || "").trim() !== "";
      });
      var match = /\[(\d+)\]/.exec(p.path);
      var field = null;
      if (match && fields.length > Number(match[1])) { field = fields[Number(match[1])]; }
      if (!field) { field = form.querySelector('[name="' + p.field + '"]'); }
      var box = field ? (field.closest(".item") || field.closest(".field")) : null;
      if (!box) { box = form.querySelector('[data-field="' + p.field.split(".")[0] + '"]'); }
      if (!box) { return; }
      if (field) { field.classList.add("invalid"); }
      var note = document.createElement("div");
      note.className = "problem live";
      note.textContent = p.text;
      box.appendChild(note);
    });
    var rule = document.getElementById("date-rule");
    if (rule && panel.hasAttribute("data-date-rule")) {
      rule.textContent = panel.getAttribute("data-date-rule");
    }
    // a save refused because the draft changed since this page loaded: nothing to issue or
    // show from this page (the pages beside it would be the other version's)
    var overtaken = panel.hasAttribute("data-overtaken");
    var actions = document.getElementById("letter-actions");
    if (actions) {
      actions.toggleAttribute("data-blocked", problems.length > 0);
      actions.toggleAttribute("data-overtaken", overtaken);
    }
    document.querySelectorAll("button[data-needs-valid]").forEach(function (el) {
      el.disabled = problems.length > 0 || overtaken;
    });
    // Phát hành sends the version this page holds: the one its last save left
    var version = form.querySelector('input[name="phien_ban"]');
    var issuing = document.querySelector('#issue-form input[name="phien_ban"]');
    if (version && issuing) { issuing.value = version.value; }
    if (saved && problems.length === 0 && !overtaken) {
      document.body.dispatchEvent(new Event("letter-valid"));
    }
  }

  // A file field in the desk's own words (templates/_file.html): the chosen file's name beside
  // the button, or the "no file" text again when the choice is cleared.
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "file") { return; }
    var shown = input.parentElement && input.parentElement.querySelector(".file-name");
    if (!shown) { return; }
    var names = Array.prototype.map.call(input.files || [], function (f) { return f.name; });
    shown.textContent = names.length ? names.join(", ") : shown.getAttribute("data-none");
    shown.classList.toggle("chosen", names.length > 0);
  });

  // A form that sends a file waits for the server (a PDF read, a copy made, a list checked):
  // its button says so at once, and a second click does not send it twice.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || form.enctype !== "multipart/form-data") { return; }
    if (form.getAttribute("aria-busy") === "true") { event.preventDefault(); return; }
    var button = event.submitter || form.querySelector("button[type=submit]");
    var busy = document.body.getAttribute("data-busy");
    if (!button || !busy) { return; }
    form.setAttribute("aria-busy", "true");
    button.setAttribute("data-was", button.textContent);
    button.textContent = busy;
    button.classList.add("working");
  });
  // Back to a page the browser kept: its buttons as they were, ready to send again.
  window.addEventListener("pageshow", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-was]"), function (button) {
      button.textContent = button.getAttribute("data-was");
      button.removeAttribute("data-was");
      button.classList.remove("working");
      var form = button.closest("form");
      if (form) { form.removeAttribute("aria-busy"); }
    });
  });

  // A save refused (out of date, 409; the letter issued meanwhile, 409; the session ended,
  // 401; a role that may not, 403) still shows its answer where the panel is: an autosave is
  // never refused in silence.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    if (event.detail.xhr && event.detail.xhr.status >= 400 && target
        && target.id === "problems-box"
        && /data-overtaken|data-refused/.test(event.detail.xhr.responseText)) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  // Phát hành issues the letter as saved: what was typed and not saved yet (the autosave
  // waits for a pause in the typing) is saved first, and the letter issued once the save is
  // answered, with the version it left; not when the answer tells of problems or of a
  // change made on another page.
  var unsaved = false, saving = false, issuing = null;
  function typed(event) {  // a field's own event (not the one sent to the form to save it)
    var field = event.target;
    if (field instanceof Element && field.matches("input, textarea, select")
        && field.closest("#letter")) { unsaved = true; }
  }
  document.addEventListener("input", typed);
  document.addEventListener("change", typed);
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt && event.detail.elt.id === "letter") { unsaved = false; saving = true; }
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.elt && event.detail.elt.id === "letter") { saving = false; }
  });
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || form.id !== "issue-form") { return; }
    if (!unsaved && !saving) { return; }
    event.preventDefault();
    issuing = form;
    if (unsaved && window.htmx) { window.htmx.trigger(document.getElementById("letter"), "change"); }
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail && event.detail.target;
    if (target && target.id === "problems-box") {
      placeProblems(true);
      var form = issuing;
      if (!form || unsaved || saving) { return; }  // issued after the save still to come
      issuing = null;
      var button = form.querySelector("button[type=submit]");
      if (button && !button.disabled) { form.requestSubmit(button); }
    }
  });
  // Số đã cấp bằng tay: only the numbers of the way of numbering chosen are shown
  function handKept() {
    var form = document.querySelector("form#so-tay");  // the register's notice is div#so-tay
    if (!form) { return; }
    var chosen = form.querySelector("input[name=che_do]:checked") ||
      form.querySelector("input[name=che_do]");
    var whole = chosen && chosen.value === "chung";
    form.querySelector(".so-tay-chung").hidden = !whole;
    form.querySelector(".so-tay-loai").hidden = whole;
  }
  document.addEventListener("change", function (event) {
    if (event.target && event.target.name === "che_do") { handKept(); }
  });
  document.addEventListener("DOMContentLoaded", function () { placeProblems(false); handKept(); });
})();
