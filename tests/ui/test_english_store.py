"""The store's own messages come out English under English, and stay Swedish under Swedish:
every sentence raised in sipdesk/store and every error class's default message, read from
the source so that a new one without English fails here."""

from __future__ import annotations

import ast
from pathlib import Path

from sipdesk.store import errors, server_errors
from sipdesk.ui.i18n_messages import failure_text
from tests.ui.test_english import english  # noqa: F401 - the fixture
from tests.ui.test_english_remaining import FILLER, _english, _template

ROOT = Path(__file__).resolve().parents[2] / "sipdesk" / "store"
# The server commands' own sentences (server_admin.py) are the command line's, in
# cli/server_words.py; the migrations raise nothing a person sees.
SKIPPED = ("server_admin.py",)


def _error_classes() -> dict[str, type]:
    from sipdesk.store.backup import BackupFailed

    found = {name: value for module in (errors, server_errors) for name, value in
             vars(module).items() if isinstance(value, type) and issubclass(value, Exception)}
    found["BackupFailed"] = BackupFailed
    return found


def store_sentences() -> list[tuple[str, str]]:
    names = set(_error_classes())
    found = []
    for path in sorted(ROOT.glob("*.py")):
        if path.name in SKIPPED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                name = getattr(node.func, "id", getattr(node.func, "attr", None))
                if name in names:
                    text = _template(node.args[0])
                    if text is not None:
                        found.append((f"{path.name}:{node.lineno}", text))
    for name, cls in _error_classes().items():
        message = getattr(cls, "default_message", None)
        if message:
            found.append((name, message))
    return found


def test_the_store_sentences_are_read_from_the_source():
    sentences = dict(store_sentences())
    assert len(sentences) > 50
    assert any("Det finns inget sipdesk-arkiv i" in s for s in sentences.values())
    assert sentences["WrongKey"].startswith("Nyckeln eller lösenfrasen stämmer inte")


def test_every_message_of_the_store_is_english(english):  # noqa: F811
    wrong = []
    for where, sentence in store_sentences():
        shown = failure_text(sentence)
        # The Swedish letters a database's locale must know are named as such.
        plain = shown.replace(FILLER, " ").replace("Å, Ä and Ö", " ")
        if shown == sentence or _english(plain):
            wrong.append((where, sentence, shown))
    assert not wrong, "\n".join(map(str, wrong))


def test_a_path_in_a_store_message_comes_through_unchanged(english):  # noqa: F811
    shown = failure_text("Arkivfilen /home/anna/sipdesk.db kunde inte läsas (Permission denied).")
    assert shown == "The store file /home/anna/sipdesk.db could not be read (Permission denied)."


def test_under_swedish_the_store_messages_are_unchanged(qapp):
    for _where, sentence in store_sentences():
        assert failure_text(sentence) == sentence
