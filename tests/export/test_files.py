"""Atomic writes: the file appears whole, or not at all."""

from __future__ import annotations

import pytest

from sipdesk.export.files import write_atomically, write_bytes


def test_written_file_has_the_content(tmp_path):
    path = write_bytes(tmp_path / "ut" / "kallelse.pdf", b"%PDF-1.4 hej")
    assert path.read_bytes() == b"%PDF-1.4 hej"
    assert sorted(p.name for p in path.parent.iterdir()) == ["kallelse.pdf"]


def test_failing_render_leaves_no_file_and_no_temp_file(tmp_path):
    def render(handle):
        handle.write(b"half a document")
        raise RuntimeError("render failed")

    with pytest.raises(RuntimeError):
        write_atomically(tmp_path / "kallelse.pdf", render)
    assert list(tmp_path.iterdir()) == []


def test_failing_render_keeps_the_previous_file(tmp_path):
    target = write_bytes(tmp_path / "m.ics", b"old")

    def render(handle):
        handle.write(b"new but broken")
        raise ValueError("boom")

    with pytest.raises(ValueError):
        write_atomically(target, render)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["m.ics"]


def test_replaces_an_existing_file(tmp_path):
    target = write_bytes(tmp_path / "m.ics", b"old")
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
