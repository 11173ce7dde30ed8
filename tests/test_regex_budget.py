"""Every regular expression of the package runs in linear time on outside text: each is fed
texts of 100 KB shaped to make a backtracking pattern rescan them (tests/regex_inputs.py finds
the patterns, so a new one is covered without being listed). A linear pattern takes
milliseconds on such a text; the budget below is a hundred times that, and a quadratic one
needs minutes."""

from __future__ import annotations

import re
import signal

import pytest

from tests.regex_inputs import adversarial, all_patterns

PATTERNS = all_patterns()
#: Seconds of this process's CPU one pattern may take on one text of 100 KB (CPU time, not
#: the clock's: on a loaded machine a linear pattern waits for the processor, it does not use
#: more of it).
BUDGET = 1.0


class OverBudget(Exception):
    pass


def _stop(signum: int, frame: object) -> None:
    raise OverBudget


def test_the_patterns_are_found() -> None:
    names = " ".join(PATTERNS)
    assert len(PATTERNS) > 100
    assert "ntm_docgen.importer.reflow._NOISE" in names and "nhap.yaml" in names


#: Patterns that rescan the text after each of their first words when the second never comes
#: (``huyện a, huyện a, ...`` for ``huyện.*cũ``): found when the inputs began to repeat each
#: pattern's own words; strict, so that a mended one is taken off. None is left: the last two
#: (a document's body and its first paragraph, on the tool's own XML) are searched for now.
KNOWN_SLOW: set[str] = set()


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="backtracks on its own "
                                                                  "words repeated"))
    if name in KNOWN_SLOW else name for name in PATTERNS], ids=list(PATTERNS))
def test_pattern_is_linear_on_100_kb(name: str) -> None:
    pattern = PATTERNS[name]
    previous = signal.signal(signal.SIGPROF, _stop)
    slow = []
    try:
        for text in adversarial(pattern):
            signal.setitimer(signal.ITIMER_PROF, BUDGET)
            try:
                for _match in pattern.finditer(text):
                    pass
                pattern.match(text)
            except OverBudget:
                slow.append(text[:8])
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
    finally:
        signal.signal(signal.SIGPROF, previous)
    assert not slow, f"{pattern.pattern!r} backtracks on texts of 100 KB starting {slow}"


@pytest.mark.parametrize(("pattern", "text"), [
    (re.compile(r"^(\*+\s*)+$"), "*" * 32 + "x"),
    (re.compile(r"\s*[;,.]+$"), " " * 100_000 + "x"),
], ids=["nested-repeat", "blanks-before-an-end"])
def test_the_budget_catches_a_backtracking_pattern(pattern: re.Pattern[str], text: str) -> None:
    previous = signal.signal(signal.SIGPROF, _stop)
    try:
        signal.setitimer(signal.ITIMER_PROF, BUDGET)
        with pytest.raises(OverBudget):
            for _match in pattern.finditer(text):
                pass
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
