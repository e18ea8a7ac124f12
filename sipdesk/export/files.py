"""Writing exported files so that a reader never sees half of one.

The content goes to a temporary file in the same folder (same file system),
is flushed to disk, and only then takes the final name with os.replace, which
is atomic. If anything fails on the way, the temporary file is removed and an
existing file of the same name is left as it was.

Files named after people (one letter per recipient) get names that every
file system takes (`safe_file_name`), and never the name of another file of
the same export or one already in the folder (`unique_file_names`).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

# Not allowed in a file name on Windows (and "/" nowhere), or control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Names Windows keeps for devices, whatever the suffix.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}
MAX_STEM = 100  # characters: room for " (12)" and a suffix within every file system's limit


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


def safe_file_name(stem: str, suffix: str = ".pdf", fallback: str = "Dokument") -> str:
    """`stem` + `suffix` as a file name every file system takes.

    Characters Windows refuses become "-", runs of white space one space; no
    leading or trailing dot or space (hidden files, names Windows trims); a
    device name (CON, NUL, ...) gets a "_"; at most MAX_STEM characters and
    twice as many bytes.
    """
    name = " ".join(unicodedata.normalize("NFC", stem).split())
    name = _UNSAFE.sub("-", name).strip(" .")
    name = name[:MAX_STEM]
    while len(name.encode()) > 2 * MAX_STEM:  # file systems count bytes (255 at most)
        name = name[:-1]
    name = name.rstrip(" .")
    if not name:
        name = fallback
    if name.split(".")[0].casefold() in _RESERVED:
        name += "_"
    return name + suffix


def unique_file_names(stems: Sequence[str], folder: Path, suffix: str = ".pdf") -> list[str]:
    """Safe file names for `stems`, none the same as another or as a file in `folder`.

    A name already taken gets a number: "Kallelse Anna Berg (2).pdf". Names are
    compared as Windows and macOS do, without regard to case.
    """
    folder = Path(folder)
    taken = {p.name.casefold() for p in folder.iterdir()} if folder.is_dir() else set()
    names = []
    for stem in stems:
        name = safe_file_name(stem, suffix)
        base = name[: -len(suffix)] if suffix else name
        number = 1
        while name.casefold() in taken:
            number += 1
            name = f"{base} ({number}){suffix}"
        taken.add(name.casefold())
        names.append(name)
    return names
