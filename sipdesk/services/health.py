"""The store's health report for `sipdesk check`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from sipdesk.store import engine as store_engine
from sipdesk.store import schema
from sipdesk.store.models import CaseRow

if TYPE_CHECKING:
    from sipdesk.services.workspace import Workspace


@dataclass
class HealthReport:
    lines: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


KEY_SOURCES = {
    "keyring": "i operativsystemets nyckelring",
    "passphrase": "härleds ur lösenfrasen (lösenfrasen sparas inte)",
    "memory": "bara i minnet (demoläge)",
}


def check(ws: Workspace) -> HealthReport:
    report = HealthReport()
    db = ws.db_path
    report.lines.append(("Arkiv", str(db)))

    encrypted = store_engine.file_is_encrypted(db)
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

    revision = schema.current_revision(ws.store.engine)
    head = schema.head_revision()
    report.lines.append(
        ("Schemaversion", f"{revision} ({'aktuell' if revision == head else 'inaktuell'})")
    )
    if revision != head:
        report.problems.append(f"Schemat är version {revision}, programmet väntar {head}.")

    errors = store_engine.integrity_check(ws.store.engine)
    report.lines.append(("Integritetskontroll", "ok" if not errors else "FEL"))
    report.problems.extend(errors)

    with ws.reading() as s:
        count = s.scalar(select(func.count()).select_from(CaseRow))
    report.lines.append(("Ärenden", str(count)))
    return report
