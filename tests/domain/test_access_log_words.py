"""The access log's words for what a transaction changed."""

from __future__ import annotations

from sipdesk.domain.access_log import changed_detail
from sipdesk.domain.changes import Part


def test_changed_detail_names_the_parts_and_skips_the_card_and_history_beside_them():
    assert changed_detail({Part.CARD, Part.RECORD, Part.HISTORY}) == "ärendeuppgifter"
    assert changed_detail({Part.CARD, Part.PLAN, Part.MEETINGS}) == "plan, möten"
    assert changed_detail({Part.HISTORY}) == "historik"
    assert changed_detail({Part.CARD}) == "steg och översikt"
    assert changed_detail({Part.DEVIATIONS, Part.HISTORY}) == "avvikelser"
