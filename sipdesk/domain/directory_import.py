"""Importing the directory from a table: the columns, and what each row becomes.

A coordinator's first day starts with the directory: every school, IFO and BUP
unit and the people in them. Municipalities keep such lists in a spreadsheet,
so the directory can be read from one (CSV or XLSX; reading the file is the
services' business). This module only looks at the rows: each a mapping from
a column heading to a cell, as the first row of the file names them.

The columns (headings are matched without regard to case; a few other
spellings are understood, see COLUMNS):

    Organisation  the organisation's name (needed on every row)
    Enhet         the unit, if any ("Mottagning Öst"); name and unit together
                  tell organisations apart
    Typ           skola, förskola, socialtjänst, LSS, BUP, habilitering,
                  primärvård, ungdomsmottagning or annan (needed the first
                  time a new organisation is named)
    Huvudman      kommun, region, privat or annan; when empty, what the type
                  usually has (kommun for a school, region for BUP)
    Namn          a person's name; a row without one describes the
                  organisation itself
    Yrke/roll     the person's profession (psykolog, kurator, mentor …)
    Telefon       the person's phone, or the organisation's on a row without Namn
    E-post        the person's e-mail, or the organisation's functional
                  mailbox on a row without Namn

`preview_import` says, row by row, what would happen: which organisations
and people are new, which rows are wrong and why (in Swedish, with the row's
number as the spreadsheet shows it), and what the directory already has
(skipped, not doubled). Phone numbers and e-mail addresses follow the same
rules as the coordinator's own (sipdesk.domain.profile). Nothing here stores
anything; a bad row is left out and the good ones can still be imported.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sipdesk.domain.directory_rules import profession_problem
from sipdesk.domain.entities import Organisation, Person
from sipdesk.domain.enums import OrgKind, Principal
from sipdesk.domain.errors import ValidationError
from sipdesk.domain.profile import email_problem, phone_problem

FIELD = "file"
FIRST_DATA_ROW = 2  # the headings are row 1, as a spreadsheet numbers them

# key -> the headings understood for it; the first is the one to write.
COLUMNS: dict[str, tuple[str, ...]] = {
    "organisation": ("Organisation", "Organisationens namn", "Verksamhetens namn"),
    "unit": ("Enhet", "Avdelning", "Mottagning"),
    "kind": ("Typ", "Typ av verksamhet", "Verksamhet", "Verksamhetstyp"),
    "principal": ("Huvudman",),
    "name": ("Namn", "Person", "Personens namn"),
    "profession": ("Yrke/roll", "Yrke", "Roll", "Yrke / roll", "Befattning", "Titel"),
    "phone": ("Telefon", "Tel", "Tel.", "Telefonnummer"),
    "email": ("E-post", "Epost", "E-postadress", "Mejl", "Mail", "Funktionsbrevlåda"),
}
HEADINGS: tuple[str, ...] = tuple(names[0] for names in COLUMNS.values())

# The longest text each field may hold (as the store keeps it).
_LIMITS = {"organisation": 200, "unit": 200, "name": 200, "profession": 120, "phone": 60,
           "email": 200}
_LABELS = {"organisation": "Organisationens namn", "unit": "Enheten", "name": "Namnet",
           "profession": "Yrket", "phone": "Telefonnumret", "email": "E-postadressen"}

_KIND_WORDS: dict[str, OrgKind] = {
    "skolan": OrgKind.SCHOOL, "grundskola": OrgKind.SCHOOL, "grundskolan": OrgKind.SCHOOL,
    "gymnasieskola": OrgKind.SCHOOL, "gymnasium": OrgKind.SCHOOL, "elevhälsa": OrgKind.SCHOOL,
    "elevhälsan": OrgKind.SCHOOL, "grundsärskola": OrgKind.SCHOOL,
    "förskolan": OrgKind.PRESCHOOL,
    "socialtjänsten": OrgKind.SOCIAL_SERVICES, "soc": OrgKind.SOCIAL_SERVICES,
    "ifo": OrgKind.SOCIAL_SERVICES, "individ- och familjeomsorg": OrgKind.SOCIAL_SERVICES,
    "individ- och familjeomsorgen": OrgKind.SOCIAL_SERVICES,
    "barn- och ungdomspsykiatri": OrgKind.BUP, "barn- och ungdomspsykiatrin": OrgKind.BUP,
    "habiliteringen": OrgKind.HABILITATION, "habben": OrgKind.HABILITATION,
    "vårdcentral": OrgKind.PRIMARY_CARE, "vårdcentralen": OrgKind.PRIMARY_CARE,
    "primärvården": OrgKind.PRIMARY_CARE,
    "ungdomsmottagningen": OrgKind.YOUTH_CLINIC, "umo": OrgKind.YOUTH_CLINIC,
    "annat": OrgKind.OTHER, "övrigt": OrgKind.OTHER, "övrig": OrgKind.OTHER,
}
_PRINCIPAL_WORDS: dict[str, Principal] = {
    "kommunen": Principal.MUNICIPALITY, "kommunal": Principal.MUNICIPALITY,
    "regionen": Principal.REGION, "regional": Principal.REGION,
    "landsting": Principal.REGION, "landstinget": Principal.REGION,
    "enskild": Principal.PRIVATE, "fristående": Principal.PRIVATE, "privat": Principal.PRIVATE,
    "annat": Principal.OTHER, "statlig": Principal.OTHER, "staten": Principal.OTHER,
}
# The usual huvudman of a kind, taken when the column is empty.
_USUAL_PRINCIPAL = {
    OrgKind.SCHOOL: Principal.MUNICIPALITY, OrgKind.PRESCHOOL: Principal.MUNICIPALITY,
    OrgKind.SOCIAL_SERVICES: Principal.MUNICIPALITY, OrgKind.LSS: Principal.MUNICIPALITY,
    OrgKind.BUP: Principal.REGION, OrgKind.HABILITATION: Principal.REGION,
    OrgKind.PRIMARY_CARE: Principal.REGION, OrgKind.YOUTH_CLINIC: Principal.REGION,
    OrgKind.OTHER: Principal.OTHER,
}

OrgKey = tuple[str, str]  # (name, unit), case-folded


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def org_key(name: str, unit: str = "") -> OrgKey:
    """What tells two organisations apart: name and unit, case and spacing aside."""
    return _fold(name), _fold(unit)


def _heading(text: object) -> str:
    return _fold(str(text or "")).rstrip(":").strip()


_HEADING_KEYS = {_heading(h): key for key, names in COLUMNS.items() for h in names}


def _listing(words: Iterable[str]) -> str:
    words = list(words)
    return ", ".join(words[:-1]) + " eller " + words[-1] if len(words) > 1 else "".join(words)


# "skola, förskola, …, ungdomsmottagning eller annan": the kinds as a person writes them.
_KIND_WORDS_SHOWN = _listing(k.label if k.label.isupper() else k.label.lower() for k in OrgKind)


def parse_kind(text: str) -> OrgKind | None:
    """'BUP', 'skola', 'Socialtjänst', 'socialtjanst' → OrgKind; None for an unknown word."""
    word = _fold(text)
    for kind in OrgKind:
        if word in (kind.value, kind.label.casefold()):
            return kind
    return _KIND_WORDS.get(word)


def parse_principal(text: str) -> Principal | None:
    """'kommun', 'Region', 'privat' → Principal; None for an unknown word."""
    word = _fold(text)
    for principal in Principal:
        if word in (principal.value, principal.label.casefold()):
            return principal
    return _PRINCIPAL_WORDS.get(word)


def cell_text(value: object) -> str:
    """A cell as text: numbers a spreadsheet made of a phone number become digits again."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


class RowStatus(StrEnum):
    NEW = "ny"
    DUPLICATE = "finns"
    ERROR = "fel"

    @property
    def label(self) -> str:
        return {RowStatus.NEW: "Läggs till", RowStatus.DUPLICATE: "Finns redan",
                RowStatus.ERROR: "Fel – importeras inte"}[self]


@dataclass(frozen=True)
class OrganisationToAdd:
    row: int
    name: str
    kind: OrgKind
    principal: Principal
    unit: str = ""
    phone: str = ""
    mailbox: str = ""

    @property
    def key(self) -> OrgKey:
        return org_key(self.name, self.unit)

    @property
    def display_name(self) -> str:
        return f"{self.name}, {self.unit}" if self.unit else self.name

    def entity(self) -> Organisation:
        return Organisation(self.name, self.kind, self.principal, unit=self.unit,
                            phone=self.phone, mailbox=self.mailbox)


@dataclass(frozen=True)
class PersonToAdd:
    row: int
    name: str
    profession: str
    organisation: OrgKey
    organisation_id: int | None = None  # when the organisation is in the directory already
    phone: str = ""
    email: str = ""

    def entity(self, organisation_id: int | None) -> Person:
        return Person(self.name, self.profession, organisation_id, phone=self.phone,
                      email=self.email)


@dataclass(frozen=True)
class PreviewRow:
    """One row of the file as the preview shows it, with what happens to it and why."""

    number: int
    status: RowStatus
    organisation: str = ""
    unit: str = ""
    kind: str = ""
    principal: str = ""
    name: str = ""
    profession: str = ""
    phone: str = ""
    email: str = ""
    reasons: tuple[str, ...] = ()

    @property
    def note(self) -> str:
        return " ".join(self.reasons)


@dataclass(frozen=True)
class ImportPreview:
    """What importing the rows would add, what is skipped and which rows are wrong."""

    rows: tuple[PreviewRow, ...]
    organisations: tuple[OrganisationToAdd, ...]
    people: tuple[PersonToAdd, ...]
    ignored_columns: tuple[str, ...] = ()

    @property
    def errors(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if r.status is RowStatus.ERROR)

    @property
    def duplicates(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if r.status is RowStatus.DUPLICATE)

    @property
    def is_empty(self) -> bool:
        """Nothing to add."""
        return not (self.organisations or self.people)

    def summary(self) -> str:
        """'3 organisationer och 12 personer', '1 organisation och 1 person'."""
        return counted(len(self.organisations), len(self.people))


def counted(organisations: int, people: int) -> str:
    orgs = f"{organisations} organisation" + ("" if organisations == 1 else "er")
    persons = f"{people} person" + ("" if people == 1 else "er")
    return f"{orgs} och {persons}"


def column_keys(headings: Iterable[object]) -> tuple[dict[str, str], list[str]]:
    """The headings found, by key ({'organisation': 'Organisation', …}), and those not known."""
    found: dict[str, str] = {}
    unknown: list[str] = []
    for heading in headings:
        text = str(heading or "").strip()
        key = _HEADING_KEYS.get(_heading(text))
        if key is None:
            if text:
                unknown.append(text)
        elif key not in found:
            found[key] = str(heading)
    return found, unknown


def preview_import(
    rows: Sequence[Mapping[str, object]],
    organisations: Iterable[Organisation] = (),
    people: Iterable[Person] = (),
    *,
    first_row: int = FIRST_DATA_ROW,
) -> ImportPreview:
    """What importing `rows` into a directory holding `organisations` and `people` does.

    `rows` are the file's rows after its headings, in order, blank ones
    included (so that row numbers match the file); `first_row` is the number
    of the first. ValidationError (field "file") when no row has an
    organisation column, or there are no rows at all.
    """
    headings: list[str] = []
    for row in rows:
        headings.extend(h for h in row if h not in headings)
    columns, unknown = column_keys(headings)
    if "organisation" not in columns:
        raise ValidationError(
            "Filen saknar kolumnen ”Organisation”. Första raden ska ha rubrikerna "
            + ", ".join(HEADINGS) + ".", field=FIELD)
    builder = _Builder(list(organisations), list(people))
    for offset, raw in enumerate(rows):
        values = {key: cell_text(raw.get(heading)) for key, heading in columns.items()}
        if any(values.values()):
            builder.add(first_row + offset, values)
    if not builder.rows:
        raise ValidationError("Filen har inga rader att importera under rubrikraden.",
                              field=FIELD)
    return ImportPreview(tuple(builder.rows), tuple(builder.new_orgs.values()),
                         tuple(builder.new_people), tuple(unknown))


class _Builder:
    def __init__(self, organisations: list[Organisation], people: list[Person]):
        self.existing = {org_key(o.name, o.unit): o for o in organisations}
        self.org_names = [o.name for o in organisations]
        self.existing_people = {(p.organisation_id, _fold(p.name)) for p in people}
        self.new_orgs: dict[OrgKey, OrganisationToAdd] = {}
        self.new_people: list[PersonToAdd] = []
        self.seen_people: dict[tuple[OrgKey, str], int] = {}
        self.seen_org_rows: dict[OrgKey, int] = {}
        self.rows: list[PreviewRow] = []

    def add(self, number: int, v: dict[str, str]) -> None:
        get = v.get
        name, org_name, unit = get("name", ""), get("organisation", ""), get("unit", "")
        kind = parse_kind(get("kind", "")) if get("kind") else None
        principal = parse_principal(get("principal", "")) if get("principal") else None
        reasons = self._problems(v, kind, principal)
        key = org_key(org_name, unit)
        existing = self.existing.get(key)
        earlier = self.new_orgs.get(key)
        if org_name and not reasons:
            if existing is None and earlier is None and kind is None:
                reasons.append("Typ saknas för en ny organisation: skriv till exempel skola, "
                               "socialtjänst eller BUP.")
            elif earlier is not None and kind is not None and kind is not earlier.kind:
                reasons.append(f"Organisationen har typen ”{earlier.kind.label}” på rad "
                               f"{earlier.row}, inte ”{kind.label}”.")
            elif (earlier is not None and principal is not None
                  and principal is not earlier.principal):
                reasons.append(f"Organisationen har huvudmannen ”{earlier.principal.label}” "
                               f"på rad {earlier.row}, inte ”{principal.label}”.")
        shown = dict(v)
        if kind is not None:
            shown["kind"] = kind.label
        if principal is not None:
            shown["principal"] = principal.label
        if reasons:
            self._row(number, RowStatus.ERROR, shown, reasons)
            return

        notes: list[str] = []
        if existing is None and earlier is None:
            assert kind is not None
            if principal is None:
                principal = _USUAL_PRINCIPAL[kind]
                notes.append(f"Huvudman saknas: {principal.label.lower()} antas.")
            shown["principal"] = principal.label
            earlier = OrganisationToAdd(number, org_name, kind, principal, unit)
            self.new_orgs[key] = earlier
            notes.insert(0, "Ny organisation.")
        elif existing is not None:
            shown["kind"], shown["principal"] = existing.kind.label, existing.principal.label
        elif earlier is not None:
            shown["kind"], shown["principal"] = earlier.kind.label, earlier.principal.label

        if not name:
            self._organisation_row(number, key, existing, earlier, shown, notes, v)
            return
        org_id = existing.id if existing is not None else None
        if existing is not None and (org_id, _fold(name)) in self.existing_people:
            self._row(number, RowStatus.DUPLICATE, shown,
                      ["Personen finns redan i katalogen och hoppas över.", *notes])
            return
        before = self.seen_people.get((key, _fold(name)))
        if before is not None:
            self._row(number, RowStatus.DUPLICATE, shown,
                      [f"Samma person som på rad {before}: hoppas över.", *notes])
            return
        self.seen_people[(key, _fold(name))] = number
        self.new_people.append(PersonToAdd(number, name, get("profession", ""), key, org_id,
                                           get("phone", ""), get("email", "")))
        self._row(number, RowStatus.NEW, shown, [*notes, "Ny person."])

    def _organisation_row(self, number: int, key: OrgKey, existing: Organisation | None,
                          earlier: OrganisationToAdd | None, shown: dict[str, str],
                          notes: list[str], v: dict[str, str]) -> None:
        """A row without a name: the organisation itself, with its phone and mailbox."""
        phone, mailbox = v.get("phone", ""), v.get("email", "")
        if existing is not None:
            self._row(number, RowStatus.DUPLICATE, shown,
                      ["Organisationen finns redan i katalogen och hoppas över."])
            return
        assert earlier is not None
        before = self.seen_org_rows.get(key)
        if before is not None:
            self._row(number, RowStatus.DUPLICATE, shown,
                      [f"Samma organisation som på rad {before}: hoppas över."])
            return
        self.seen_org_rows[key] = number
        self.new_orgs[key] = dataclasses.replace(earlier, phone=phone, mailbox=mailbox)
        if earlier.row != number:
            notes = [f"Organisationens telefon och e-post (den läggs till från rad "
                     f"{earlier.row})."]
        self._row(number, RowStatus.NEW, shown, notes)

    def _problems(self, v: dict[str, str], kind: OrgKind | None,
                  principal: Principal | None) -> list[str]:
        reasons: list[str] = []
        if not v.get("organisation"):
            reasons.append("Organisationens namn saknas.")
        for key, limit in _LIMITS.items():
            if len(v.get(key, "")) > limit:
                reasons.append(f"{_LABELS[key]} får vara högst {limit} tecken.")
        if v.get("kind") and kind is None:
            reasons.append(f"Okänd typ ”{v['kind']}”: skriv {_KIND_WORDS_SHOWN}.")
        if v.get("principal") and principal is None:
            reasons.append(f"Okänd huvudman ”{v['principal']}”: skriv "
                           + _listing(p.label.lower() for p in Principal) + ".")
        if v.get("name"):
            names = [*self.org_names, *(o.name for o in self.new_orgs.values()),
                     v.get("organisation", "")]
            problem = profession_problem(v.get("profession", ""), names)
            if problem:
                reasons.append(problem if v.get("profession") else
                               "Yrke/roll saknas: skriv vad personen arbetar som, till "
                               "exempel psykolog, kurator eller mentor.")
        elif v.get("profession"):
            reasons.append("Yrke/roll utan namn: skriv personens namn i kolumnen Namn.")
        for problem in (phone_problem(v.get("phone", "")), email_problem(v.get("email", ""))):
            if problem:
                reasons.append(problem)
        return reasons

    def _row(self, number: int, status: RowStatus, shown: dict[str, str],
             reasons: list[str]) -> None:
        self.rows.append(PreviewRow(
            number, status, shown.get("organisation", ""), shown.get("unit", ""),
            shown.get("kind", ""), shown.get("principal", ""), shown.get("name", ""),
            shown.get("profession", ""), shown.get("phone", ""), shown.get("email", ""),
            tuple(reasons)))
