"""Every statistics measure: its key, its Swedish name and its exact definition.

People compare these numbers with their own hand counts (the school study of
152 meetings did exactly that), so each measure is defined here, once, and
docs/statistics.md repeats the table. The keys are the `measure` column of the
exported files and must never be renamed; add new ones instead.

Three rules hold for all of them:
- A meeting counts once per measure, however many invitees it concerns. So the
  measures of one party can overlap (BUP present, the habilitation a no-show),
  and a party's organisation rows can add up to more than the party's total.
- A "meeting held" is a first SIP meeting or a follow-up (not a pre-meeting
  with the family) dated inside the period and not after the report's date.
- Percentages are of the stated denominator (`of`), whole per cent, rounded
  half to even (19 of 152 is 12 %); files also carry the counts themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sipdesk.domain.entities import Organisation
from sipdesk.domain.enums import DeviationKind, OrgKind, Principal


class Party(StrEnum):
    """The three parties a SIP is about (the school study's "skola – socialtjänst – region")."""

    SCHOOL = "school"
    SOCIAL_SERVICES = "social_services"
    REGION = "region"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _PARTY_LABELS[self]


_PARTY_LABELS = {Party.SCHOOL: "Skolan", Party.SOCIAL_SERVICES: "Socialtjänsten",
                 Party.REGION: "Regionen", Party.OTHER: "Övriga"}
PARTIES = (Party.SCHOOL, Party.SOCIAL_SERVICES, Party.REGION, Party.OTHER)
_SCHOOL_KINDS = frozenset({OrgKind.SCHOOL, OrgKind.PRESCHOOL})
_SOCIAL_KINDS = frozenset({OrgKind.SOCIAL_SERVICES, OrgKind.LSS})
_HEALTH_KINDS = frozenset({OrgKind.BUP, OrgKind.HABILITATION, OrgKind.PRIMARY_CARE,
                           OrgKind.YOUTH_CLINIC})


def party_of(org: Organisation | None) -> Party:
    """School and preschool (any principal); social services and LSS; the region's care.

    The kind decides first, so a private school is the school; then any
    organisation of the region, or health care under another principal, is the region.
    """
    if org is None:
        return Party.OTHER
    if org.kind in _SCHOOL_KINDS:
        return Party.SCHOOL
    if org.kind in _SOCIAL_KINDS:
        return Party.SOCIAL_SERVICES
    if org.principal is Principal.REGION or org.kind in _HEALTH_KINDS:
        return Party.REGION
    return Party.OTHER


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    definition: str
    # A value (a median or a longest wait, in days) rather than a count: no percentage.
    is_value: bool = False
    # One child's own figure (the longest wait): never shown when small counts are hidden.
    is_one_child: bool = False


_HELD = "möten som hölls"
_ATTENDANCE = {
    "invited": ("inbjudna eller kallade",
                "möten som hölls där minst en person från {p} var kallad eller inbjuden"),
    "attended": ("närvarande",
                 "möten som hölls där minst en person från {p} (eller en ersättare) var "
                 "närvarande"),
    "absent_with_notice": ("frånvarande med återbud",
                           "möten som hölls där någon kallad från {p} var frånvarande med "
                           "återbud"),
    "absent_without_notice": ("frånvarande utan återbud",
                              "möten som hölls där någon kallad från {p} uteblev utan att "
                              "meddela det"),
    "substitute": ("skickade ersättare",
                   "möten som hölls där någon kallad från {p} svarade att en ersättare kommer"),
}
_PARTY_WORDS = {Party.SCHOOL: "skolan", Party.SOCIAL_SERVICES: "socialtjänsten",
                Party.REGION: "regionen", Party.OTHER: "övriga verksamheter"}
DEVIATION_KEYS = {
    DeviationKind.DID_NOT_ATTEND: "deviations_did_not_attend",
    DeviationKind.COMMITMENT_NOT_MET: "deviations_commitment_not_met",
    DeviationKind.TREATMENT: "deviations_treatment",
    DeviationKind.OTHER: "deviations_other",
}


def _measures() -> list[Measure]:
    found = [
        Measure("meetings_held", "SIP-möten som hölls",
                "första SIP-möten och uppföljningsmöten daterade i perioden, högst till "
                "rapportens datum (förmöten räknas inte)"),
        Measure("first_meetings_held", "Första SIP-möten", f"av dem första SIP-möten; av {_HELD}"),
        Measure("follow_ups_held", "Uppföljningsmöten", f"av dem uppföljningsmöten; av {_HELD}"),
    ]
    for party in PARTIES:
        found.append(Measure(f"convened_by_{party.value}",
                             f"Sammankallade av {_PARTY_WORDS[party]}",
                             f"möten som hölls där sammankallande organisation hör till "
                             f"{_PARTY_WORDS[party]}; av {_HELD}"))
    found.append(Measure("convened_by_unknown", "Sammankallande inte angiven",
                         f"möten som hölls utan angiven sammankallande; av {_HELD}"))
    for party in PARTIES:
        for suffix, (label, definition) in _ATTENDANCE.items():
            found.append(Measure(f"{party.value}_{suffix}", f"{party.label}: {label}",
                                 definition.format(p=_PARTY_WORDS[party]) + f"; av {_HELD}. "
                                 "Per organisation: samma sak för en organisation"))
    found += [
        Measure("school_social_region_all_present", "Skola, socialtjänst och region närvarande",
                f"möten som hölls där skolan, socialtjänsten och regionen alla var "
                f"närvarande; av {_HELD}"),
        Measure("attendance_not_recorded", "Närvaro inte registrerad",
                f"möten som hölls där någon inbjuden saknar registrerad närvaro; av {_HELD}"),
        Measure("invitations_sent", "Skickade kallelser och inbjudningar",
                "kallelser och inbjudningar (även till familjen) till möten som hölls, med "
                "datum då de skickades; av alla kallelser och inbjudningar till de mötena"),
        Measure("kallelse_lead_days_median", "Kallelsetid, median (dagar)",
                "median av antal dagar mellan att kallelsen skickades och mötet; av skickade",
                is_value=True),
        Measure("kallelse_sent_in_time", "Kallelser skickade i tid",
                "skickade minst den överenskomna tiden före mötet (21 dagar om inget annat "
                "är inställt); av skickade"),
        Measure("answered_by_deadline", "Svar senast sista svarsdag",
                "skickade som besvarades senast sista svarsdag (kallelsens egen, annars den "
                "överenskomna); av skickade"),
        Measure("days_need_to_consent_median", "Från behov till samtycke, median (dagar)",
                "för barn vars första SIP-möte hölls i perioden: dagar från att behovet "
                "upptäcktes till första samtycket; av barn med båda datumen", is_value=True),
        Measure("days_need_to_consent_longest", "Från behov till samtycke, längst (dagar)",
                "samma barn: den längsta tiden", is_value=True, is_one_child=True),
        Measure("days_consent_to_first_meeting_median",
                "Från samtycke till första mötet, median (dagar)",
                "för barn vars första SIP-möte hölls i perioden: dagar från första samtycket "
                "till första SIP-mötet; av barn med båda datumen", is_value=True),
        Measure("days_consent_to_first_meeting_longest",
                "Från samtycke till första mötet, längst (dagar)",
                "samma barn: den längsta tiden", is_value=True, is_one_child=True),
        Measure("follow_ups_due", "Uppföljningar som skulle ha hållits",
                "undertecknade planversioner vars uppföljning (undertecknandet plus den "
                "överenskomna tiden) inföll i perioden, högst till rapportens datum"),
        Measure("follow_ups_in_time", "Uppföljningar i tid",
                "av dem: ett uppföljningsmöte i ärendet hölls efter undertecknandet och "
                "senast då uppföljningen skulle ske; av uppföljningar som skulle ha hållits"),
        Measure("follow_ups_overdue", "Uppföljningar försenade",
                "av dem: inget uppföljningsmöte i tid (hölls senare eller inte alls); av "
                "uppföljningar som skulle ha hållits"),
        Measure("follow_ups_not_held", "Uppföljningar som inte hållits",
                "av de försenade: inget uppföljningsmöte alls fram till rapportens datum; "
                "av uppföljningar som skulle ha hållits"),
        Measure("plans_signed", "Undertecknade planer",
                "planversioner undertecknade i perioden"),
        Measure("plans_signed_at_meeting", "Undertecknade vid mötet",
                "undertecknade samma dag som mötet de hör till; av undertecknade planer"),
        Measure("plans_with_child_voice", "Planer med barnets röst",
                "undertecknade med avsnittet Barnets röst ifyllt; av undertecknade planer"),
        Measure("plans_child_told", "Återkoppling till barnet registrerad",
                "undertecknade där det står när barnet fick veta vad som beslutades; av "
                "undertecknade planer"),
        Measure("deviations", "Avvikelser",
                "avvikelser daterade i perioden. Per organisation: avvikelser som gäller "
                "den organisationen; av alla avvikelser"),
    ]
    for kind, key in DEVIATION_KEYS.items():
        found.append(Measure(key, f"Avvikelser: {kind.label.lower()}",
                             f"avvikelser av slaget ”{kind.label}” daterade i perioden; av "
                             "alla avvikelser"))
    return found


MEASURES: dict[str, Measure] = {m.key: m for m in _measures()}
