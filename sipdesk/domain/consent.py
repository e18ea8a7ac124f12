"""Consent scope: who may be invited, and as what (kallelse or inbjudan).

Nobody outside the scope of an active consent may be invited (DESIGN.md
section 2). The family itself is always allowed: talking to the guardians and
the child is how consent is asked for in the first place.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sipdesk.domain.entities import Case, Consent, Organisation
from sipdesk.domain.enums import InvitationKind, OrgKind
from sipdesk.domain.errors import OutsideConsent

if TYPE_CHECKING:  # deadlines imports this module; a runtime import would be circular
    from sipdesk.domain.deadline_settings import DeadlineSettings

# Regional agreements that oblige "the school" name förskola and skola together.
_SCHOOL_KINDS = frozenset({OrgKind.SCHOOL, OrgKind.PRESCHOOL})


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


def consent_problem(case: Case, on: date) -> str | None:
    """Why there is no active consent on `on`, in Swedish; None when there is one."""
    if case.active_consents(on):
        return None
    if not case.consents:
        return "Samtycke saknas."
    latest = max(case.consents, key=lambda c: c.given_on)
    if latest.given_on > on:
        return f"Samtycket gäller först från {latest.given_on.isoformat()}."
    if latest.withdrawn_on is not None and latest.withdrawn_on <= on:
        return f"Samtycket återkallades {latest.withdrawn_on.isoformat()}."
    if latest.valid_until is not None:
        return f"Samtycket gick ut {latest.valid_until.isoformat()}."
    return "Samtycke saknas."  # unreachable with today's Consent.is_active; kept for safety


def consent_warnings(case: Case, on: date, settings: DeadlineSettings | None = None) -> list[str]:
    """Withdrawn, expired and soon-expiring consents, oldest first.

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
