"""The README's promises: exactly two quick-start commands, and CI runs the test one."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_is_two_commands_one_starts_the_demo_one_runs_the_tests():
    start, test = _quick_start_commands()
    assert start.endswith("sipdesk --demo")
    assert "pytest" in test


def test_ci_runs_the_readme_test_command_verbatim():
    _, test = _quick_start_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci


def test_the_linux_packages_in_the_readme_are_those_ci_installs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Linux: the system packages Qt needs", 1)[1].split("\n## ", 1)[0]
    command = re.search(r"sudo apt-get install (.+?)\n```", section, re.S)
    assert command, "the README names the packages in one apt-get command"
    named = set(command.group(1).replace("\\", " ").split())
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    installed = set(re.search(r"apt_packages=\((.+?)\)", ci, re.S).group(1).split())
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-shape0"} <= named
    assert named <= installed, named - installed


def _guide_commands() -> list[str]:
    """Every `sipdesk …` command line in the team-server guide's code blocks."""
    guide = (ROOT / "docs" / "team-server.md").read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"```sh\n(.+?)```", guide, re.S):
        for line in block.replace("\\\n", " ").splitlines():
            line = line.split("#", 1)[0].strip()
            if line.startswith("sipdesk "):
                commands.append(line)
    return commands


def test_the_team_server_guides_commands_are_the_programs_own() -> None:
    """A renamed option would leave IT following a guide the program refuses."""
    import shlex

    from sipdesk.cli.main import build_parser

    commands = _guide_commands()
    assert any(c.startswith("sipdesk server init") for c in commands)
    assert any(c.startswith("sipdesk server add-user") for c in commands)
    assert any(c.startswith("sipdesk server import") for c in commands)
    parser = build_parser()
    for command in commands:
        words = shlex.split(command.replace("$U", "postgresql://itadmin@server/sipdesk")
                            .replace('"$DIR"', "/tmp/x").replace("$DIR", "/tmp/x"))
        parser.parse_args(words[1:])  # SystemExit (a failed test) on a wrong option
