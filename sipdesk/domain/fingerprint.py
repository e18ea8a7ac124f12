"""A fingerprint of one plan version's content, printed on every page of the signed plan.

A signed paper must match exactly one stored version. The fingerprint is the
SHA-256 of a canonical serialisation of what the plan says: the case
reference, the version, the template it was written with, the sections in
the template's order, the actions in order with every field (the follow-up
review included), whether consent was confirmed and the day it was signed.

Left out on purpose:

* internal notes (never exported, so never part of the signed record);
* database ids, which differ between stores (an organisation is named, not
  numbered);
* what happens after signing: the distribution log, who keeps the original,
  how the child was told afterwards.

Texts are compared as Unicode NFC with "\\n" line ends, so the same words typed
on another system give the same fingerprint; any other edit changes it.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping, Sequence

from sipdesk.domain.entities import Plan

FORMAT = 1  # bump if the serialisation ever changes, so old fingerprints stay explainable
SHORT_HEX = 12


def _text(value: str | None) -> str:
    if not value:
        return ""
    return unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))


def canonical_content(
    case_reference: str,
    plan: Plan,
    section_keys: Sequence[str],
    organisation_names: Mapping[int, str],
) -> str:
    """The canonical JSON text the fingerprint is computed from (stable across stores)."""
    actions = [
        {
            "need": _text(a.need),
            "goal": _text(a.goal),
            "action": _text(a.action),
            "organisation": _text(
                organisation_names.get(a.organisation_id, "")
                if a.organisation_id is not None
                else ""
            ),
            "person": _text(a.person_name),
            "due": _text(a.due),
            "review_status": a.review_status.value,
            "review_comment": _text(a.review_comment),
            "goal_status": a.goal_status.value if a.goal_status is not None else None,
        }
        for a in plan.actions
    ]
    content = {
        "format": FORMAT,
        "case": _text(case_reference),
        "version": plan.version,
        "template": [plan.template_id, plan.template_version],
        "sections": [[key, _text(plan.sections.get(key, ""))] for key in section_keys],
        "actions": actions,
        "consent_confirmed": bool(plan.consent_confirmed),
        "signed_on": plan.signed_on.isoformat() if plan.signed_on else None,
    }
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def plan_fingerprint(
    case_reference: str,
    plan: Plan,
    section_keys: Sequence[str],
    organisation_names: Mapping[int, str],
) -> str:
    """SHA-256 (64 hex characters) of the plan version's canonical content."""
    text = canonical_content(case_reference, plan, section_keys, organisation_names)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def short_fingerprint(fingerprint: str) -> str:
    """The first 12 hex characters in groups of four: 'a1b2-c3d4-e5f6'."""
    head = fingerprint[:SHORT_HEX].lower()
    return "-".join(head[i : i + 4] for i in range(0, len(head), 4))
