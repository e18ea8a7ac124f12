"""What a write changed: which cases and which parts of them, the directory, the settings.

Every write through the workspace returns a Changes value, and the window
hands it to every surface; each surface decides from it whether to read
again (Anki's OpChanges is the model). Nothing here knows how the changes
were found: the store works them out from the rows a transaction touched.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class Part(StrEnum):
    """The parts of a case that different surfaces show."""

    CARD = "card"  # what the board and the Today list show: stage, names, due dates, flags
    RECORD = "record"  # the child, guardians, question, consent, network, roles, participation
    PLAN = "plan"  # plan versions: sections, actions, signing, copies
    MEETINGS = "meetings"  # meetings, invitations, answers, attendance
    DEVIATIONS = "deviations"
    HISTORY = "history"  # the case's timeline


_EMPTY: Mapping[int, frozenset[Part]] = MappingProxyType({})


@dataclass(frozen=True)
class Changes:
    """Which cases changed and how; `everything` asks every surface to read again."""

    cases: Mapping[int, frozenset[Part]] = field(default_factory=lambda: _EMPTY)
    directory: bool = False
    settings: bool = False
    everything: bool = False
    # Which surface asked for the write, so it can skip reading back what it already has.
    origin: object | None = field(default=None, compare=False)

    @classmethod
    def of_case(cls, case_id: int, *parts: Part) -> Changes:
        return cls(cases=MappingProxyType({case_id: frozenset(parts)}))

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    @property
    def empty(self) -> bool:
        return not (self.cases or self.directory or self.settings or self.everything)

    @property
    def case_ids(self) -> frozenset[int]:
        return frozenset(self.cases)

    def parts_of(self, case_id: int) -> frozenset[Part]:
        if self.everything:
            return frozenset(Part)
        return self.cases.get(case_id, frozenset())

    def touches(self, case_id: int, *parts: Part) -> bool:
        """Did this change case `case_id` (in any of `parts`, if given)?"""
        if self.everything:
            return True
        changed = self.cases.get(case_id)
        if changed is None:
            return False
        return not parts or bool(changed & set(parts))

    def cases_with(self, *parts: Part) -> frozenset[int]:
        wanted = set(parts)
        return frozenset(cid for cid, p in self.cases.items() if not wanted or p & wanted)

    def __or__(self, other: Changes) -> Changes:
        return merge([self, other])

    def with_origin(self, origin: object | None) -> Changes:
        return Changes(self.cases, self.directory, self.settings, self.everything, origin)


def merge(all_changes: Iterable[Changes]) -> Changes:
    cases: dict[int, set[Part]] = {}
    directory = settings = everything = False
    origin = None
    for c in all_changes:
        for case_id, parts in c.cases.items():
            cases.setdefault(case_id, set()).update(parts)
        directory |= c.directory
        settings |= c.settings
        everything |= c.everything
        origin = origin if origin is not None else c.origin
    return Changes(
        MappingProxyType({k: frozenset(v) for k, v in cases.items()}),
        directory, settings, everything, origin,
    )


class ChangeLog:
    """Collects what the transactions of one operation touched."""

    def __init__(self) -> None:
        self._cases: dict[int, set[Part]] = {}
        self.directory = False
        self.settings = False
        self.everything = False

    def case(self, case_id: int | None, *parts: Part) -> None:
        if case_id is not None:
            self._cases.setdefault(case_id, set()).update(parts)

    def add(self, changes: Changes) -> None:
        for case_id, parts in changes.cases.items():
            self.case(case_id, *parts)
        self.directory |= changes.directory
        self.settings |= changes.settings
        self.everything |= changes.everything

    def changes(self, origin: object | None = None) -> Changes:
        return Changes(
            MappingProxyType({k: frozenset(v) for k, v in self._cases.items()}),
            self.directory, self.settings, self.everything, origin,
        )
