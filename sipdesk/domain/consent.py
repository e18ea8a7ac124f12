"""Consent scope: who may be invited, and as what (kallelse or inbjudan); who may consent.

Nobody outside the scope of an active consent may be invited (DESIGN.md
section 2). The family itself is always allowed: talking to the guardians and
the child is how consent is asked for in the first place.

A child under 15 (CONSENT_AGE) on the day consent is given cannot be the only
one consenting: the guardians' consent is required then. The child's age comes
from the birth date, else the personnummer; when neither tells it, consent by
the child alone is not refused, but consent_warnings says the age is unknown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from sipdesk.domain.entities import Case, Child, Consent, Organisation
from sipdesk.domain.enums import InvitationKind, OrgKind
from sipdesk.domain.errors import OutsideConsent, ValidationError
from sipdesk.domain.personnummer import birth_date

if TYPE_CHECKING:  # deadlines imports this module; a runtime import would be circular
    from sipdesk.domain.board_facts import AnyCase, ConsentFacts
    from sipdesk.domain.deadline_settings import DeadlineSettings

# Regional agreements that oblige "the school" name förskola and skola together.
_SCHOOL_KINDS = frozenset({OrgKind.SCHOOL, OrgKind.PRESCHOOL})

# From this age (on the day consent is given) the child may consent alone; a younger
# child's consent needs the guardians' as well. The one place the age rule is stated.
CONSENT_AGE = 15
CHILD_TOO_YOUNG = (
    f"Barnet är under {CONSENT_AGE} år och kan inte ensamt ge samtycke. "
    "Lägg till vårdnadshavarnas samtycke."
)
AGE_UNKNOWN = (
    "Barnets ålder är okänd, så det går inte att se om barnet kan ge samtycke ensamt "
    f"(från {CONSENT_AGE} år). Skriv in barnets personnummer eller födelsedatum, "
    "eller lägg till vårdnadshavarnas samtycke."
)


def child_age(child: Child, on: date) -> int | None:
    """The child's age in whole years on `on`: from the birth date, else from the
    personnummer (a samordningsnummer's day restored); None when neither tells it."""
    born = child.birth_date
    if born is None and child.personnummer:
        try:
            born = birth_date(child.personnummer)
        except (ValueError, ValidationError):  # not stored as YYYYMMDD-NNNN: unknown
            return None
    if born is None or born > on:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def by_child_alone(consent: Consent) -> bool:
    return consent.by_child and not consent.guardian_ids


def child_alone_refusal(child: Child, consent: Consent) -> str | None:
    """CHILD_TOO_YOUNG when the child alone gives `consent` and is under CONSENT_AGE on
    the day it is given; None when the guardians consent too, the child is old enough,
    or the age is unknown (AGE_UNKNOWN is then a warning: child_alone_warning)."""
    if not by_child_alone(consent):
        return None
    age = child_age(child, consent.given_on)
    return CHILD_TOO_YOUNG if age is not None and age < CONSENT_AGE else None


def child_alone_warning(child: Child, consent: Consent) -> str | None:
    """AGE_UNKNOWN when the child alone gives `consent` and its age cannot be known."""
    if by_child_alone(consent) and child_age(child, consent.given_on) is None:
        return AGE_UNKNOWN
    return None


COVERED_OR_EXCLUDED = (
    "En verksamhet kan antingen omfattas av samtycket eller vara undantagen, inte båda."
)


def scope_refusal(consent: Consent) -> str | None:
    """COVERED_OR_EXCLUDED when an organisation is both covered by `consent` and
    excluded from it: each is one or the other (or neither), never both."""
    return COVERED_OR_EXCLUDED if consent.covered_org_ids & consent.excluded_org_ids else None


def check_can_invite(case: Case, organisation: Organisation | None, on: date) -> None:
    """Raise OutsideConsent unless `organisation` may be invited on `on`.

    Pass None for the family (a guardian or the child): always allowed.
    """
    if organisation is None:
        return
    active = case.active_consents(on)
    name = organisation.display_name
    if not active:
        problem = consent_problem(case, on) or "Samtycke saknas."
        raise OutsideConsent(f"{problem} {name} kan inte kallas förrän samtycke finns.")
    for consent in active:
        if organisation.id is not None and organisation.id in consent.excluded_org_ids:
            raise OutsideConsent(_excluded_message(name, consent))
    if not any(_covers(consent, organisation) for consent in active):
        raise OutsideConsent(
            f"Samtycket omfattar inte {name}. Fråga familjen om de vill lägga till "
            "verksamheten innan en kallelse skickas."
        )


def may_invite(case: Case, organisation: Organisation | None, on: date) -> bool:
    try:
        check_can_invite(case, organisation, on)
    except OutsideConsent:
        return False
    return True


def invitation_kind(
    organisation: Organisation | None, settings: DeadlineSettings | None = None
) -> InvitationKind:
    """Kallelse to principals obliged to attend, inbjudan to everyone else.

    Health care and social services are obliged by law; schools only where the
    regional agreement says so (settings.school_obliged). The family is invited.
    """
    if organisation is None:
        return InvitationKind.INVITATION
    if organisation.kind.is_health_or_social_care:
        return InvitationKind.SUMMONS
    school_obliged = settings.school_obliged if settings is not None else False
    if organisation.kind in _SCHOOL_KINDS and school_obliged:
        return InvitationKind.SUMMONS
    return InvitationKind.INVITATION


def consent_problem(case: AnyCase, on: date) -> str | None:
    """Why there is no active consent on `on`, in Swedish; None when there is one."""
    if case.active_consents(on):
        return None
    if not case.consents:
        return "Samtycke saknas."
    consents: Sequence[Consent | ConsentFacts] = case.consents  # a case's, or its facts'
    latest = max(consents, key=lambda c: c.given_on)
    if latest.given_on > on:
        return f"Samtycket gäller först från {latest.given_on.isoformat()}."
    if latest.withdrawn_on is not None and latest.withdrawn_on <= on:
        return f"Samtycket återkallades {latest.withdrawn_on.isoformat()}."
    if latest.valid_until is not None:
        return f"Samtycket gick ut {latest.valid_until.isoformat()}."
    return "Samtycke saknas."  # unreachable with today's Consent.is_active; kept for safety


def consent_warnings(case: Case, on: date, settings: DeadlineSettings | None = None) -> list[str]:
    """Withdrawn, expired and soon-expiring consents, and active ones given by the child
    alone when the child was under CONSENT_AGE or its age is unknown; oldest first.

    A consent that has been replaced by a later active one is history, not a
    warning.
    """
    warning_days = settings.consent_warning_days if settings is not None else 30
    warnings: list[str] = []
    for consent in sorted(case.consents, key=lambda c: c.given_on):
        if consent.is_active(on):
            days = _days_left(consent, on)
            if days is not None and days <= warning_days:
                warnings.append(_expiring_message(consent, days))
            # Given by the child alone: too young (stored before the rule), or age unknown.
            givers = child_alone_refusal(case.child, consent) or child_alone_warning(
                case.child, consent)
            if givers is not None:
                warnings.append(givers)
        elif consent.given_on <= on and not _superseded(case, consent, on):
            warnings.append(_ended_message(consent, on))
    return warnings


def consent_givers(consent: Consent) -> str:
    """Who gave the consent, as the subject of a Swedish sentence."""
    guardians = len(consent.guardian_ids)
    guardian_word = "vårdnadshavarna" if guardians > 1 else "vårdnadshavaren"
    if consent.by_child and guardians:
        return f"barnet och {guardian_word}"
    if consent.by_child:
        return "barnet"
    return guardian_word if guardians else "vårdnadshavarna"


def _covers(consent: Consent, organisation: Organisation) -> bool:
    return organisation.id is not None and organisation.id in consent.covered_org_ids


def _excluded_message(name: str, consent: Consent) -> str:
    message = f"Samtycket omfattar inte {name}: {consent_givers(consent)} har sagt nej till det."
    if consent.exclusions.strip():
        message += f" Familjens ord: ”{consent.exclusions.strip()}”."
    return message


def _days_left(consent: Consent, on: date) -> int | None:
    return None if consent.valid_until is None else (consent.valid_until - on).days


def _expiring_message(consent: Consent, days: int) -> str:
    until = consent.valid_until.isoformat() if consent.valid_until else ""
    if days == 0:
        when = "i dag"
    elif days == 1:
        when = "i morgon"
    else:
        when = f"om {days} dagar"
    return f"Samtycket går ut {until} ({when}). Fråga familjen om det ska förnyas."


def _ended_message(consent: Consent, on: date) -> str:
    given = consent.given_on.isoformat()
    if consent.withdrawn_on is not None and consent.withdrawn_on <= on:
        return (
            f"Samtycket från {given} återkallades {consent.withdrawn_on.isoformat()}. "
            "Ingen ny kallelse får skickas med stöd av det."
        )
    until = consent.valid_until.isoformat() if consent.valid_until else ""
    return f"Samtycket från {given} gällde till {until} och har gått ut."


def _superseded(case: Case, consent: Consent, on: date) -> bool:
    return any(
        other is not consent and other.given_on >= consent.given_on and other.is_active(on)
        for other in case.consents
    )
