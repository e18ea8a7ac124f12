"""The command line's last Swedish under English (issue 13): `sipdesk check`'s report, the
Today list's sentences in `sipdesk cases`, and the rules' refusals of `sipdesk stats`'s
period; each in Swedish still without --lang en. Each runs the command line's main()."""

from __future__ import annotations

import pytest

from sipdesk.cli.check_words import check_text
from sipdesk.cli.cli_words import use_language
from sipdesk.services import health
from sipdesk.services.errors import Secrets
from sipdesk.services.workspace import Workspace
from tests.cli.runner import PASSPHRASE, sipdesk_here
from tests.ui.test_english import swedish_in


def _no_swedish(text: str, *data: str) -> None:
    for line in text.splitlines():
        plain = line
        for value in data:
            plain = plain.replace(value, " ")
        assert not swedish_in(plain), (line, swedish_in(plain))


def test_check_in_english(demo_store):
    ran = sipdesk_here("--lang", "en", "--data-dir", str(demo_store), "check")
    assert ran.returncode == 0, ran.stderr
    assert "Encrypted:" in ran.stdout and "Access log:" in ran.stdout
    assert "the chain is intact" in ran.stdout
    _no_swedish(ran.stdout, str(demo_store))


def test_check_in_swedish(demo_store):
    ran = sipdesk_here("--data-dir", str(demo_store), "check")
    assert ran.returncode == 0, ran.stderr
    assert "Krypterat:" in ran.stdout and "kedjan är hel" in ran.stdout


def test_check_problems_in_english():
    use_language("en")
    try:
        for problem in (
            "Filen är inte krypterad.",
            "Schemat är version a1, programmet väntar b2.",
            "Sida 7 av 90 i arkivfilen är skadad: krypteringens kontrollsumma (HMAC) stämmer "
            "inte, så det som låg på sidan går inte att läsa.",
            "Den senaste goda säkerhetskopian är sipdesk-20261123-143200 (23 november 2026 kl. "
            "14.32, 200 ärenden). Lägg tillbaka den med ”sipdesk restore "
            "sipdesk-20261123-143200”. Arkivet som det är nu sparas först, eller flyttas undan "
            "om det är för skadat för att kopieras.",
            "Åtkomstloggens post 12 (2026-11-23 14:32) har ändrats efter att den skrevs.",
            f"Ärenden: {'Något gick fel, och ändringen sparades inte. Försök igen; om det händer '}"
            "igen, starta om programmet.",
        ):
            shown = check_text(problem)
            assert shown != problem and not swedish_in(shown), (problem, shown)
        for source in health.KEY_SOURCES.values():
            assert not swedish_in(check_text(source)), source
    finally:
        use_language("sv")


def test_cases_due_sentences_in_english(demo_store):
    ran = sipdesk_here("--lang", "en", "--data-dir", str(demo_store), "cases")
    assert ran.returncode == 0, ran.stderr
    lines = ran.stdout.splitlines()
    assert lines[0].split()[0] == "Case"
    # Reference, stage, stage name and date come first, in columns (store_commands.py).
    whats = [line[63:] for line in lines[1:]]
    assert any(whats)
    with Workspace.open(demo_store, Secrets(passphrase=PASSPHRASE)) as ws:  # names are data
        names = sorted({p.name for p in ws.directory.people()}
                       | {o.display_name for o in ws.directory.organisations()},
                       key=len, reverse=True)
    for what in whats:
        plain = what
        for name in names:
            plain = plain.replace(name, " ")
        assert not swedish_in(plain), (what, swedish_in(plain))


def test_cases_due_sentences_in_swedish(demo_listing):
    assert demo_listing.returncode == 0
    assert any("Ring " in line or "Boka " in line or "Håll " in line
               for line in demo_listing.stdout.splitlines())


@pytest.mark.parametrize(("lang", "wanted"), [
    ("en", "The period ends (1 March 2026) before it begins (1 May 2026). Swap the dates."),
    ("sv", "Perioden slutar (1 mars 2026) innan den börjar (1 maj 2026). Byt plats på datumen."),
])
def test_the_period_refusal_in_the_chosen_language(capsys, tmp_path, lang, wanted):
    ran = sipdesk_here("--lang", lang, "--data-dir", str(tmp_path / "data"), "stats",
                       "--from", "2026-05-01", "--to", "2026-03-01")
    assert ran.returncode == 2
    assert ran.stderr.strip() == f"sipdesk stats: {wanted}"


def test_a_date_out_of_reach_in_english(tmp_path):
    ran = sipdesk_here("--lang", "en", "--data-dir", str(tmp_path / "data"), "stats",
                       "--from", "1700-01-01", "--to", "2026-03-01")
    assert ran.returncode == 2
    assert "The period's first day (1700-01-01) is not a reasonable date" in ran.stderr
    _no_swedish(ran.stderr)
