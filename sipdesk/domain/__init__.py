"""Pure domain: entities, stages, deadlines and validation. No Qt, no SQL."""
