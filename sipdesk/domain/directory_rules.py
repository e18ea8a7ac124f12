"""Rules of the directory that both typing and importing follow: what a profession is."""

from __future__ import annotations

from collections.abc import Sequence

from sipdesk.domain.enums import OrgKind

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
