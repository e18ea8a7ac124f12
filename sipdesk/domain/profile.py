"""The coordinator's own details, and how a family or an actor reaches the coordinator.

CoordinatorProfile is who uses the program: entered once (on the first start,
or in Inställningar) and stored as a setting. Contact is what a document
prints about it: a letter's "Svara till …", the e-mail's signature, the
family version's "Frågor?", the deviation report's contact line. When there
is no profile yet the documents fall back to the case's coordinator name, so
nothing ever prints an empty "Telefon:" line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sipdesk.domain.entities import Organisation
from sipdesk.domain.errors import ValidationError

DEFAULT_TITLE = "SIP-samordnare"

# The same rule as the directory's mailboxes (services/directory.py).
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# A Swedish number as people write it: "08-123 456 78", "+46 70 123 45 67", "010-123 45 67".
_PHONE_CHARS = re.compile(r"^[0-9 +()\-./]+$")
_MIN_PHONE_DIGITS = 5

_LIMITS = {"name": 100, "title": 100, "organisation": 200, "phone": 40, "email": 200}
_LABELS = {"name": "Namnet", "title": "Titeln", "organisation": "Organisationens namn",
           "phone": "Telefonnumret", "email": "E-postadressen"}


def phone_problem(phone: str) -> str | None:
    """Why `phone` is not a telephone number, in Swedish; None when it is one (or empty)."""
    phone = phone.strip()
    if not phone:
        return None
    if not _PHONE_CHARS.match(phone):
        return (f"”{phone}” ser inte ut som ett telefonnummer: skriv bara "
                "siffror, mellanslag, bindestreck och +.")
    if sum(ch.isdigit() for ch in phone) < _MIN_PHONE_DIGITS:
        return f"”{phone}” är för kort för ett telefonnummer."
    return None


def email_problem(email: str) -> str | None:
    """Why `email` is not an e-mail address, in Swedish; None when it is one (or empty)."""
    email = email.strip()
    if email and not _EMAIL.match(email):
        return f"”{email}” ser inte ut som en e-postadress (till exempel namn@kommun.se)."
    return None


@dataclass(frozen=True)
class Contact:
    """Who the invitees answer and turn to: the coordinator who convenes."""

    name: str = ""
    phone: str = ""
    email: str = ""
    title: str = DEFAULT_TITLE
    organisation: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name.strip() or self.phone.strip() or self.email.strip())

    @property
    def display_name(self) -> str:
        return self.name.strip() or self.title

    @property
    def can_be_reached(self) -> bool:
        """A phone number or an e-mail address to print (not only a name)."""
        return bool(self.phone.strip() or self.email.strip())

    def title_line(self) -> str:
        """'SIP-samordnare, Norrby kommun'; '' without a name (the title is the name then)."""
        title = self.title.strip() if self.name.strip() else ""
        return ", ".join(x for x in (title, self.organisation.strip()) if x)

    def ways(self) -> list[str]:
        """['telefon 08-555 123 45', 'e-post karin@…']: only the ways there are."""
        found = []
        if self.phone.strip():
            found.append(f"telefon {self.phone.strip()}")
        if self.email.strip():
            found.append(f"e-post {self.email.strip()}")
        return found

    def reach(self) -> str:
        """'Karin Sjöberg, telefon 08-123 456 78 eller e-post karin@...': how to answer."""
        ways = self.ways()
        if not ways:
            return self.display_name
        return f"{self.display_name}, " + " eller ".join(ways)

    def lines(self) -> list[str]:
        """The contact block of a letter: name, title and organisation, telefon, e-post."""
        lines = [self.display_name]
        if self.title_line():
            lines.append(self.title_line())
        if self.phone.strip():
            lines.append(f"Telefon: {self.phone.strip()}")
        if self.email.strip():
            lines.append(f"E-post: {self.email.strip()}")
        return lines

    def one_line(self) -> str:
        """'Karin Sjöberg, SIP-samordnare, Norrby kommun, telefon …, e-post …'."""
        return ", ".join([self.display_name, *filter(None, [self.title_line()]), *self.ways()])


@dataclass(frozen=True)
class CoordinatorProfile:
    """The coordinator's name, title, organisation, phone and e-mail.

    The organisation is text; when it was chosen from the directory,
    `organisation_id` names it too, and documents print its current name.
    """

    name: str = ""
    title: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    organisation_id: int | None = None

    @property
    def is_empty(self) -> bool:
        """Nothing entered yet: the first start asks for it."""
        return not any(v.strip() for v in (self.name, self.title, self.organisation,
                                           self.phone, self.email))

    def problems(self) -> dict[str, str]:
        """What is wrong, by field (name, title, organisation, phone, email), in Swedish."""
        found: dict[str, str] = {}
        for name, limit in _LIMITS.items():
            if len(getattr(self, name).strip()) > limit:
                found[name] = f"{_LABELS[name]} får vara högst {limit} tecken."
        if not self.is_empty and not self.name.strip():
            found.setdefault(
                "name", "Skriv ditt namn, så att familjer och verksamheter vet vem de ska "
                        "svara till.")
        phone_wrong = phone_problem(self.phone)
        if phone_wrong and "phone" not in found:
            found["phone"] = phone_wrong
        email_wrong = email_problem(self.email)
        if email_wrong and "email" not in found:
            found["email"] = email_wrong
        return found

    def check(self) -> CoordinatorProfile:
        """The profile with spaces trimmed; ValidationError (with its field) when it is wrong."""
        problems = self.problems()
        if problems:
            field, message = next(iter(problems.items()))
            raise ValidationError(message, field=field)
        return CoordinatorProfile(self.name.strip(), self.title.strip(),
                                  self.organisation.strip(), self.phone.strip(),
                                  self.email.strip(), self.organisation_id)

    def organisation_name(self, organisations: Mapping[int, Organisation] | None = None) -> str:
        """The organisation's current name in the directory, else the text typed."""
        if organisations and self.organisation_id is not None:
            org = organisations.get(self.organisation_id)
            if org is not None:
                return org.display_name
        return self.organisation.strip()

    def contact(self, organisations: Mapping[int, Organisation] | None = None) -> Contact:
        return Contact(name=self.name.strip(), phone=self.phone.strip(),
                       email=self.email.strip(), title=self.title.strip() or DEFAULT_TITLE,
                       organisation=self.organisation_name(organisations))

    # --- stored as a setting -----------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "organisation": self.organisation,
                "phone": self.phone, "email": self.email,
                "organisation_id": self.organisation_id}

    @classmethod
    def from_dict(cls, data: object) -> CoordinatorProfile:
        """A profile from stored values; anything missing or of the wrong type is blank."""
        if not isinstance(data, Mapping):
            return cls()

        def text(key: str) -> str:
            value = data.get(key)
            return value if isinstance(value, str) else ""

        org_id = data.get("organisation_id")
        return cls(text("name"), text("title"), text("organisation"), text("phone"),
                   text("email"),
                   org_id if isinstance(org_id, int) and not isinstance(org_id, bool) else None)


def contact_for(profile: CoordinatorProfile | None, coordinator: str,
                organisations: Mapping[int, Organisation] | None = None) -> Contact:
    """Whom a case's documents name: the profile, or (without one) the case's coordinator."""
    if profile is not None and not profile.is_empty:
        return profile.contact(organisations)
    return Contact(name=coordinator.strip())
