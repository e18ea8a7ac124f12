"""Two people writing the same thing at once: the conflicts a write can end in.

Rows carry a version (store/models.py, version_id_col). A write that finds a
newer version than the one its writer read is not stored; it ends in one of
these errors instead, so nothing anyone wrote is silently overwritten and the
writer's own text comes back to them to keep.
"""

from __future__ import annotations

from sqlalchemy.orm.exc import StaleDataError

from sipdesk.domain.errors import DomainError

SECTION_CHANGED = (
    "En kollega har ändrat samma avsnitt medan du skrev. Din text finns kvar: "
    "välj vilken text som ska gälla."
)
STALE_WRITE = (
    "En kollega ändrade ärendet samtidigt, så din ändring sparades inte. "
    "Ärendet läses in igen; gör ändringen på nytt."
)


class EditConflict(DomainError):
    """The plan section's text was changed by someone else since this writer read it.

    `mine` is the text this writer tried to store, `theirs` the text stored now
    (at `version`); writing again with expected_version=version stores mine.
    """

    def __init__(self, *, plan_id: int, key: str, mine: str, theirs: str, version: int):
        super().__init__(SECTION_CHANGED)
        self.plan_id = plan_id
        self.key = key
        self.mine = mine
        self.theirs = theirs
        self.version = version


class StaleWrite(DomainError):
    """A row changed under a write that carried no text to choose between (a case's row)."""

    def __init__(self) -> None:
        super().__init__(STALE_WRITE)


def is_stale(exc: BaseException) -> bool:
    """Did a flush find a row at a newer version than the one it read?"""
    return isinstance(exc, StaleDataError)
