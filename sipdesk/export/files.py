"""Writing exported files so that a reader never sees half of one.

The content goes to a temporary file in the same folder (same file system),
is flushed to disk, and only then takes the final name with os.replace, which
is atomic. If anything fails on the way, the temporary file is removed and an
existing file of the same name is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary file that becomes `path` when the block ends without an error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, render: Callable[[BinaryIO], None]) -> Path:
    """Call `render` with an open binary file; the result appears at `path` only if it succeeds."""
    with atomic_writer(path) as handle:
        render(handle)
    return Path(path)


def write_bytes(path: Path, data: bytes) -> Path:
    def render(handle: BinaryIO) -> None:
        handle.write(data)

    return write_atomically(path, render)
