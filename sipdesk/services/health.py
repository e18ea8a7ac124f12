"""The store's health report for `sipdesk check`.

Every step is checked on its own, so a damaged store still gets a whole
report: which pages SQLCipher refuses, what could not be read, and the way
back (the newest backup that passes the same check now). Nothing in the
report comes from a row, so it never shows personal data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from sipdesk.services.failures import describe, is_damage
from sipdesk.store import backup, schema
from sipdesk.store import engine as store_engine
from sipdesk.store.models import CaseRow
from sipdesk.store.server import ServerStore
from sipdesk.store.server import describe as describe_server

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace


@dataclass
class HealthReport:
    lines: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    damaged_pages: list[int] = field(default_factory=list)
    # The newest backup that passed the integrity check just now, by name.
    good_backup: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


KEY_SOURCES = {
    "keyring": "i operativsystemets nyckelring",
    "passphrase": "härleds ur lösenfrasen (lösenfrasen sparas inte)",
    "memory": "bara i minnet (demoläge)",
}


def _step(report: HealthReport, label: str, step: Callable[[], None]) -> None:
    """Run one part of the check; if the store fails it there, say so and go on."""
    try:
        step()
    except Exception as exc:
        if is_damage(exc):
            report.lines.append((label, "går inte att läsa (skadat)"))
            report.problems.append(f"{label}: den delen av arkivfilen går inte att läsa.")
        else:
            report.lines.append((label, "kunde inte kontrolleras"))
            report.problems.append(f"{label}: {describe(exc).message}")


def check(ws: Workspace) -> HealthReport:
    report = HealthReport()
    if isinstance(ws.store, ServerStore):
        # No file, key or backup of ours on a server: its schema, cases and access log.
        report.lines.append(("Server", describe_server(ws.store.url)))
        _step(report, "Schemaversion", lambda: _schema(ws, report))
        _step(report, "Ärenden", lambda: _cases(ws, report))
        _step(report, "Åtkomstlogg", lambda: ws.access.report(report))
        return report
    db = ws.db_path
    report.lines.append(("Arkiv", str(db)))
    _step(report, "Krypterat", lambda: _encryption(ws, report))
    _step(report, "Schemaversion", lambda: _schema(ws, report))
    _step(report, "Integritetskontroll", lambda: _integrity(ws, report))
    _step(report, "Ärenden", lambda: _cases(ws, report))
    _step(report, "Åtkomstlogg", lambda: ws.access.report(report))  # the access log's chain
    _step(report, "Säkerhetskopia", lambda: _backups(ws, report))
    return report


def _encryption(ws: Workspace, report: HealthReport) -> None:
    encrypted = store_engine.file_is_encrypted(ws.db_path)
    pragmas = store_engine.pragma_report(ws.store.engine)
    report.lines.append((
        "Krypterat",
        f"ja (SQLCipher {pragmas.get('cipher_version', '?')}, "
        f"{pragmas.get('cipher_hmac_algorithm', '?')})" if encrypted else "NEJ",
    ))
    if not encrypted:
        report.problems.append("Filen är inte krypterad.")
    report.lines.append(("Nyckel", KEY_SOURCES.get(ws.store.key_source, ws.store.key_source)))
    if pragmas.get("journal_mode", "").lower() != "wal":
        report.problems.append("Journalläget är inte WAL.")
    if pragmas.get("temp_store") != "2":
        report.problems.append("Temporära data hålls inte i minnet.")


def _schema(ws: Workspace, report: HealthReport) -> None:
    revision = schema.current_revision(ws.store.engine)
    head = schema.head_revision()
    report.lines.append(
        ("Schemaversion", f"{revision} ({'aktuell' if revision == head else 'inaktuell'})")
    )
    if revision != head:
        report.problems.append(f"Schemat är version {revision}, programmet väntar {head}.")


def _page_count(ws: Workspace) -> int | None:
    try:
        with ws.store.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
    except Exception:  # the count is a courtesy; the pages themselves are what matter
        return None


# SQLCipher's line for a damaged page, already told in Swedish above it.
_HMAC_FAILED = re.compile(r"HMAC verification failed for page \d+")


def _integrity(ws: Workspace, report: HealthReport) -> None:
    found = store_engine.check_integrity(ws.store.engine)
    if found.ok:
        report.lines.append(("Integritetskontroll", "ok"))
        return
    report.damaged_pages = list(found.damaged_pages)
    total = _page_count(ws)
    of = f" av {total}" if total else ""
    if found.damaged_pages:
        pages = ", ".join(str(p) for p in found.damaged_pages)
        word = "sida" if len(found.damaged_pages) == 1 else "sidor"
        report.lines.append(("Integritetskontroll", f"FEL: skadad {word} {pages}{of}"))
        for page in found.damaged_pages:
            report.problems.append(
                f"Sida {page}{of} i arkivfilen är skadad: krypteringens kontrollsumma (HMAC) "
                "stämmer inte, så det som låg på sidan går inte att läsa."
            )
    else:
        report.lines.append(("Integritetskontroll", "FEL"))
    # SQLite's and SQLCipher's own words: page and table names, never a row's values.
    report.problems.extend(f"Kontrollen säger: {line}" for line in found.problems
                           if not _HMAC_FAILED.fullmatch(line))


def _cases(ws: Workspace, report: HealthReport) -> None:
    with ws.reading() as s:
        count = s.scalar(select(func.count()).select_from(CaseRow))
    report.lines.append(("Ärenden", str(count)))


def _backups(ws: Workspace, report: HealthReport) -> None:
    good, skipped = ws.backups.newest_good()
    if skipped:
        report.lines.append(("Trasiga kopior", ", ".join(skipped)))
    if good is None:
        report.lines.append(("Säkerhetskopia", "ingen som klarar kontrollen"))
        if not report.ok:
            report.problems.append(backup.restore_hint(ws.data_dir) if not skipped else (
                "Ingen av de senaste säkerhetskopiorna klarar kontrollen. Finns en kopia i den "
                "extra mappen (ett USB-minne, en nätverksmapp), lägg tillbaka den med "
                "”sipdesk restore SÖKVÄG”."
            ))
        return
    report.good_backup = good.name
    report.lines.append(("Säkerhetskopia", f"{backup.describe_backup(good)}, kontrollerad nu"))
    if not report.ok:
        report.problems.append(
            f"Den senaste goda säkerhetskopian är {backup.describe_backup(good)}. Lägg tillbaka "
            f"den med ”sipdesk restore {good.name}”. Arkivet som det är nu sparas först, "
            "eller flyttas undan om det är för skadat för att kopieras."
        )
