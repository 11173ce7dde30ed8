"""Click's own words that a user can meet, listed so that the catalog tool extracts them.

Click looks these up when it shows them (``translated.speak_click_in_our_language`` routes the
look-up to our catalog); the msgids must be click's English text exactly.
"""

from __future__ import annotations

from ntm_docgen.i18n import N_, ngettext

#: Section titles, the usage line, the help option and click's error messages.
MESSAGES = [
    N_("Usage:"), N_("Options"), N_("Commands"), N_("[OPTIONS]"), N_("COMMAND [ARGS]..."),
    N_("Error: {message}"), N_("Try '{command} {option}' for help."),
    N_("Missing option"), N_("Missing argument"), N_("Missing parameter"),
    N_("Missing {param_type}"), N_("Missing parameter: {param_name}"), N_("Missing command."),
    N_("No such option {name!r}."), N_("No such command {name!r}."),
    N_("Invalid value: {message}"), N_("Invalid value for {param_hint}: {message}"),
    N_("Option {name!r} does not take a value."), N_("Aborted!"), N_("unknown error"),
    N_("{value!r} is not a valid {number_type}."), N_("{value} is not in the range {range}."),
    N_("default: {default}"), N_("env var: {var}"), N_("required"),
    N_("Could not open file {filename!r}: {message}"),
    N_("{name} {filename!r} does not exist."), N_("{name} {filename!r} is a file."),
    N_("{name} {filename!r} is a directory."), N_("{name} {filename!r} is not readable."),
    N_("{name} {filename!r} is not writable."), N_("{name} {filename!r} is not executable."),
    N_("Choose from:\n\t{choices}"),
    # a password asked for (serve --office --admin)
    N_("Repeat for confirmation"), N_("Error: The two entered values do not match."),
    N_("Error: invalid input"),
]


def plural_messages(count: int) -> list[str]:
    """Click's messages with a plural form (here so that the catalog tool sees them)."""
    return [
        ngettext("Got unexpected extra argument ({args})",
                 "Got unexpected extra arguments ({args})", count),
        ngettext("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)", count),
        ngettext("Option {name!r} requires an argument.",
                 "Option {name!r} requires {nargs} arguments.", count),
        ngettext("{value!r} is not {choice}.", "{value!r} is not one of {choices}.", count),
    ]
