"""The letter core: spec -> context -> layout -> render.

``spec`` and ``schema`` load and validate a spec into frozen dataclasses; ``markup`` and
``markup_table`` turn the body into OOXML; ``context`` lays out every element by the decree's
rules (``layout_rules``, ``fit``); ``layout`` fills the templates; ``render`` writes the letter;
``copyblock`` lays out the copy block; ``skeleton`` writes the commented spec of ``new``.
"""
