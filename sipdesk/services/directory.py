"""The local directory of organisations and the professionals in them.

"BUP" is entered once, precisely, and reused by every case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select

from sipdesk.domain.entities import Organisation, Person, stored_id
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.domain.errors import ValidationError
from sipdesk.store import convert
from sipdesk.store.models import OrganisationRow, PersonRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sipdesk.services.workspace import Workspace


_MAILBOX = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# Words that name an organisation or a kind of service, never a profession.
_NOT_PROFESSIONS = {
    "bup", "barn- och ungdomspsykiatrin", "socialtjänsten", "socialtjänst", "soc", "skolan",
    "skola", "förskolan", "förskola", "habiliteringen", "habilitering", "habben", "lss",
    "vårdcentralen", "vårdcentral", "primärvården", "primärvård", "ungdomsmottagningen",
    "ungdomsmottagning", "elevhälsan", "elevhälsa", "kommunen", "kommun", "regionen", "region",
}


def profession_problem(
    profession: str, organisation_names: Sequence[str] = ()
) -> str | None:
    """Why `profession` is not a profession (an empty text, or the name of an organisation)."""
    text = profession.strip()
    if not text:
        return (
            "Skriv personens yrke (till exempel psykolog eller kurator). "
            "En organisation som ”BUP” är inget yrke."
        )
    lowered = text.casefold()
    kinds = {k.label.casefold() for k in OrgKind}
    names = {n.strip().casefold() for n in organisation_names if n.strip()}
    if lowered in _NOT_PROFESSIONS or lowered in kinds or lowered in names:
        return (
            f"”{text}” är en organisation, inte ett yrke. Skriv vad personen arbetar som, "
            "till exempel psykolog, kurator, mentor eller socialsekreterare."
        )
    return None


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
