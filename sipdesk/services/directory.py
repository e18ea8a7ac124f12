"""The local directory of organisations and the professionals in them.

"BUP" is entered once, precisely, and reused by every case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from sipdesk.domain.directory_import import ImportPreview, org_key, preview_import
from sipdesk.domain.directory_rules import profession_problem
from sipdesk.domain.entities import Organisation, Person, stored_id
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.domain.errors import ValidationError
from sipdesk.export.table_files import read_table
from sipdesk.store import convert
from sipdesk.store.models import OrganisationRow, PersonRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sipdesk.services.workspace import Workspace


_MAILBOX = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

__all__ = ["DirectoryService", "ImportResult", "profession_problem"]


@dataclass(frozen=True)
class ImportResult:
    """What an import stored: organisations and people added, and what it left out."""

    organisations: int
    people: int
    skipped: int = 0


def _check_organisation(org: Organisation) -> None:
    if not org.name.strip():
        raise ValidationError("Organisationen behöver ett namn.", field="name")
    try:
        OrgKind(org.kind)
    except ValueError:
        raise ValidationError("Välj vilken sorts verksamhet det är.", field="kind") from None
    try:
        Principal(org.principal)
    except ValueError:
        raise ValidationError(
            "Välj huvudman: kommun, region, privat eller annan.", field="principal"
        ) from None
    if org.mailbox.strip() and not _MAILBOX.match(org.mailbox.strip()):
        raise ValidationError(
            f"”{org.mailbox.strip()}” ser inte ut som en e-postadress "
            "(till exempel bup.norrby@exempel.se).",
            field="mailbox",
        )


class DirectoryService:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def organisations(self) -> list[Organisation]:
        with self._ws.reading() as s:
            rows = s.scalars(select(OrganisationRow).order_by(OrganisationRow.name))
            return [convert.organisation(r) for r in rows]

    def organisations_by_id(self) -> dict[int, Organisation]:
        return {stored_id(o): o for o in self.organisations()}

    def organisation(self, organisation_id: int) -> Organisation:
        with self._ws.reading() as s:
            return convert.organisation(self._org(s, organisation_id))

    def add_organisation(self, org: Organisation) -> Organisation:
        _check_organisation(org)
        with self._ws.transaction() as s:
            row = OrganisationRow(
                name=org.name.strip(),
                unit=org.unit.strip(),
                kind=org.kind,
                principal=org.principal,
                address=org.address.strip(),
                mailbox=org.mailbox.strip(),
                phone=org.phone.strip(),
                decision_maker=org.decision_maker.strip(),
            )
            s.add(row)
            s.flush()
            return convert.organisation(row)

    def update_organisation(self, org: Organisation) -> Organisation:
        """Change an organisation's details; a bad value changes nothing."""
        _check_organisation(org)
        with self._ws.transaction() as s:
            row = self._org(s, org.id)
            row.name = org.name.strip()
            row.unit = org.unit.strip()
            row.kind = OrgKind(org.kind)
            row.principal = Principal(org.principal)
            row.address = org.address.strip()
            row.mailbox = org.mailbox.strip()
            row.phone = org.phone.strip()
            row.decision_maker = org.decision_maker.strip()
            return convert.organisation(row)

    def person(self, person_id: int) -> Person:
        with self._ws.reading() as s:
            return convert.person(self._person(s, person_id))

    def people(self, organisation_id: int | None = None) -> list[Person]:
        with self._ws.reading() as s:
            q = select(PersonRow).order_by(PersonRow.name)
            if organisation_id is not None:
                q = q.where(PersonRow.organisation_id == organisation_id)
            return [convert.person(r) for r in s.scalars(q)]

    def add_person(self, person: Person) -> Person:
        if not person.name.strip():
            raise ValidationError("Personen behöver ett namn.", field="name")
        with self._ws.transaction() as s:
            self._check_person(s, person)
            if person.organisation_id is not None and not s.get(
                OrganisationRow, person.organisation_id
            ):
                raise ValidationError("Organisationen finns inte i registret.", "organisation")
            row = PersonRow(
                name=person.name.strip(),
                profession=person.profession.strip(),
                organisation_id=person.organisation_id,
                phone=person.phone.strip(),
                email=person.email.strip(),
            )
            s.add(row)
            s.flush()
            return convert.person(row)

    def update_person(self, person: Person) -> Person:
        """Change a professional's details; a bad value changes nothing."""
        with self._ws.transaction() as s:
            row = self._person(s, person.id)
            self._check_person(s, person)
            if person.organisation_id is not None and not s.get(
                OrganisationRow, person.organisation_id
            ):
                raise ValidationError("Organisationen finns inte i registret.", "organisation")
            row.name = person.name.strip()
            row.profession = person.profession.strip()
            row.organisation_id = person.organisation_id
            row.phone = person.phone.strip()
            row.email = person.email.strip()
            return convert.person(row)

    # --- importing from a file ------------------------------------------------------------

    def preview(self, path: Path | str) -> ImportPreview:
        """What importing the CSV or XLSX file at `path` would add, skip and refuse, by row.

        Reads the file and the directory; stores nothing. ValidationError (field
        "file") when the file cannot be read as a table with an Organisation column.
        """
        table = read_table(Path(path))
        return preview_import(table.rows, self.organisations(), self.people(),
                              first_row=table.first_row)

    def import_rows(self, preview: ImportPreview) -> ImportResult:
        """Store the organisations and people of `preview`, all in one transaction.

        Rows the preview found wrong were left out of it already. What the
        directory has gained since the preview (the same organisation or person
        added meanwhile) is matched again and skipped, not doubled. If anything
        is refused, nothing at all is stored.
        """
        added_orgs = added_people = skipped = 0
        with self._ws.transaction():
            ids = {org_key(o.name, o.unit): stored_id(o) for o in self.organisations()}
            known = {(p.organisation_id, " ".join(p.name.split()).casefold())
                     for p in self.people()}
            for new in preview.organisations:
                if new.key in ids:
                    skipped += 1
                    continue
                try:
                    ids[new.key] = stored_id(self.add_organisation(new.entity()))
                except ValidationError as refused:
                    raise ValidationError(f"Rad {new.row}: {refused.message}",
                                          field=refused.field) from None
                added_orgs += 1
            for person in preview.people:
                org_id = person.organisation_id
                if org_id is None:
                    org_id = ids.get(person.organisation)
                if org_id is None:
                    raise ValidationError(
                        f"Rad {person.row}: organisationen finns inte i registret.",
                        field="organisation")
                name = " ".join(person.name.split()).casefold()
                if (org_id, name) in known:
                    skipped += 1
                    continue
                try:
                    self.add_person(person.entity(org_id))
                except ValidationError as refused:
                    raise ValidationError(f"Rad {person.row}: {refused.message}",
                                          field=refused.field) from None
                known.add((org_id, name))
                added_people += 1
        return ImportResult(added_orgs, added_people, skipped)

    @staticmethod
    def _check_person(s: Session, person: Person) -> None:
        if not person.name.strip():
            raise ValidationError("Personen behöver ett namn.", field="name")
        names = list(s.scalars(select(OrganisationRow.name)))
        problem = profession_problem(person.profession, names)
        if problem:
            raise ValidationError(problem, field="profession")

    @staticmethod
    def _org(s: Session, organisation_id: int | None) -> OrganisationRow:
        row = s.get(OrganisationRow, organisation_id) if organisation_id is not None else None
        if row is None:
            raise ValidationError("Organisationen finns inte i registret.", field="organisation")
        return row

    @staticmethod
    def _person(s: Session, person_id: int | None) -> PersonRow:
        row = s.get(PersonRow, person_id) if person_id is not None else None
        if row is None:
            raise ValidationError("Personen finns inte i registret.", field="person")
        return row
