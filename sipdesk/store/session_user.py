"""Who the server says is connected: the login the database checked, not what the program claims."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

__all__ = ["server_login"]


def server_login(session: Session) -> str:
    # session_user, not current_user: SET ROLE changes the latter but not who logged in.
    return str(session.execute(text("SELECT session_user")).scalar_one())
