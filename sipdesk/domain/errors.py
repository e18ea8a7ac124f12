"""Errors whose message is written for the coordinator, in Swedish."""


class DomainError(Exception):
    """A rule refused something; str(error) is the Swedish reason to show."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """Input that cannot be accepted as it stands (a field, a date, a number)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class MoveRefused(DomainError):
    """A stage move the rules do not allow; reasons lists every missing thing."""

    def __init__(self, reasons: list[str]):
        super().__init__(" ".join(reasons))
        self.reasons = reasons


class OutsideConsent(DomainError):
    """An organisation the consent does not cover may not be invited."""
