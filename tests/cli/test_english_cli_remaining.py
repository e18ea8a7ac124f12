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


# What the services and the server's functions write (a version, a date, a login filled in).
LOG_DETAILS = (
    "ärendet visades", "ärendet lades upp", "ärendet raderades (loggat av servern)",
    "vårdnadshavare, samtycken (loggat av servern)", "ärendeuppgifter, plan, möten",
    "steg och översikt", "plan version 2 som PDF", "familjeversion av plan version 3 som PDF",
    "närvarolista som PDF", "avvikelserapport som PDF", "kallelse som PDF",
    "kallelser som PDF, en per mottagare", "kallelser som PDF, en fil per mottagare (8 filer)",
    "kalenderfil för möte", "e-posttext om möte öppnad i e-postprogrammet",
    "loggutdrag som PDF", "togs med från teamservern",
    "togs med till en bärbar dator till 2026-12-24", "lämnades tillbaka efter lån",
    "lämnades tillbaka till teamservern", "lånet bröts (ärendet var taget med av anna.berg)",
    "gallrat: avslutat 2024-03-01, gallringsfrist 24 månader",
)


def test_every_part_a_log_entry_names_has_its_english():
    """A new part of a case (domain) or a new table on the server must get its word here."""
    from sipdesk.cli.log_words import ACTIONS, PARTS
    from sipdesk.domain import access_log
    from sipdesk.store import server_security

    named = set(access_log._PART_WORDS.values()) | {
        t.label for t in (*server_security.BOARD_TABLES, *server_security.CONTENT_TABLES)}
    assert named <= set(PARTS), named - set(PARTS)
    assert set(access_log.ACTION_LABELS.values()) == set(ACTIONS)


def test_the_access_logs_words_in_english_and_unchanged_in_swedish():
    from sipdesk.cli.check_words import backup_text
    from sipdesk.cli.log_words import action_text, detail_text

    use_language("en")
    try:
        for detail in LOG_DETAILS:
            shown = detail_text(detail)
            assert shown != detail and not swedish_in(shown.replace("anna.berg", "")), (
                detail, shown)
        assert action_text("Öppnade") == "Opened"
        assert backup_text("sipdesk-20261123-143200 (23 november 2026 kl. 14.32, 1 ärende)") \
            == "sipdesk-20261123-143200 (23 November 2026 at 14.32, 1 case)"
        assert detail_text("något helt annat") == "något helt annat"  # shown as it is
    finally:
        use_language("sv")
    assert [detail_text(d) for d in LOG_DETAILS] == list(LOG_DETAILS)


def test_log_and_backups_in_english(demo_store):
    ran = sipdesk_here("--lang", "en", "--data-dir", str(demo_store), "backups", "--make")
    assert ran.returncode == 0, ran.stderr
    assert " cases) has been made and checked." in ran.stdout
    _no_swedish(ran.stdout, str(demo_store))
    with Workspace.open(demo_store, Secrets(passphrase=PASSPHRASE)) as ws:
        reference = ws.board.cards()[0].reference
    ran = sipdesk_here("--lang", "en", "--data-dir", str(demo_store), "log", reference)
    assert ran.returncode == 0, ran.stderr
    assert "Event" in ran.stdout and "Changed" in ran.stdout
    _no_swedish(ran.stdout)


def test_the_stores_own_message_in_english(tmp_path):
    missing = tmp_path / "ingen"
    ran = sipdesk_here("--lang", "en", "--data-dir", str(missing), "cases")
    assert ran.returncode == 2
    assert ran.stderr.strip() == f"sipdesk: There is no sipdesk store in {missing}."
    ran = sipdesk_here("--data-dir", str(missing), "cases")
    assert ran.stderr.strip() == f"sipdesk: Det finns inget sipdesk-arkiv i {missing}."


def test_the_server_commands_sentences_in_english():
    from sipdesk.cli.server_words import SENTENCES, server_text

    use_language("en")
    try:
        for template in SENTENCES:
            sample = template.format(reason="FATAL: x", user="itadmin", name="anna",
                                     count=100, team="Norr", owner="o", groups="g",
                                     version=4)
            shown = server_text(sample)
            assert shown != sample and not swedish_in(shown), (sample, shown)
        answered = server_text("Behörighetsreglerna kunde inte läggas in. Databasen svarade: "
                               "permission denied for schema public")
        assert answered == ("The access rules could not be put in. The database answered: "
                            "permission denied for schema public")
    finally:
        use_language("sv")
    ran = sipdesk_here("--lang", "en", "server", "init", "mysql://server/sipdesk")
    assert ran.returncode == 1
    assert ran.stderr.startswith("sipdesk: The server's address must begin with postgresql://")
