"""Swedish sentences with values in, matched against their templates and said in the
chosen language (the window's, or the command line's under --lang).

The store, the services and the server's functions write Swedish with a value
or two in (a folder, a count, a login). A module that shows such sentences
lists their templates, marked for lupdate in a context of its own, and asks
fill() for the one that matches: the English template is filled with the
values found. Qt-free apart from the translator: the command line uses it too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache

from sipdesk.ui.i18n import translate

_FIELD = re.compile(r"\{(\w+)\}")
# A field's value as it is shown; None: this template does not fit after all.
Piece = Callable[[str], str | None]


@cache
def template_pattern(template: str, fields: tuple[tuple[str, str], ...] = ()) -> re.Pattern[str]:
    """The template as a pattern; each {field} any text, or the pattern `fields` gives it."""
    wanted = dict(fields)
    parts = _FIELD.split(template)
    return re.compile("".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>{wanted.get(part, '.+?')})"
        for i, part in enumerate(parts)), re.DOTALL)


def fill(templates: Iterable[str], text: str, context: str,
         pieces: Mapping[str, Piece] | None = None,
         fields: tuple[tuple[str, str], ...] = ()) -> str | None:
    """`text` in the chosen language by the first template it matches; None if none does."""
    for template in templates:
        found = template_pattern(template, fields).fullmatch(text)
        if found is None:
            continue
        values: dict[str, str] = {}
        for name, value in found.groupdict().items():
            shown = (pieces or {}).get(name, str)(value)
            if shown is None:
                break
            values[name] = shown
        else:
            return translate(context, template).format(**values)
    return None
