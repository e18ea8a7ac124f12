#!/bin/sh
# The program's English translation, with Qt Linguist's tools (PySide6-Essentials):
#   1. pyside6-lupdate reads the Swedish source strings of every translate()/tr()/
#      QT_TRANSLATE_NOOP() call in sipdesk/ui and sipdesk/cli (the command line's
#      help and messages, cli/cli_words.py) into resources/i18n/sipdesk_en.ts,
#      keeping the English already written; new strings are marked unfinished.
#   2. Write the English for them (pyside6-linguist resources/i18n/sipdesk_en.ts,
#      or a text editor), then run this script again.
#   3. pyside6-lrelease compiles the .ts to sipdesk_en.qm, which the program loads.
# Commit both files; tests/ui/test_english.py fails while a string is missing,
# unfinished, or the .qm is older than the .ts.
set -eu
cd "$(dirname "$0")/.."
BIN=${PYSIDE6_BIN:-.venv/bin}
TS=resources/i18n/sipdesk_en.ts
# shellcheck disable=SC2046 # one word per file; the paths have no spaces
"$BIN/pyside6-lupdate" -locations none -no-obsolete -source-language sv_SE \
    -target-language en $(find sipdesk/ui sipdesk/cli -name '*.py' | sort) -ts "$TS"
"$BIN/pyside6-lrelease" "$TS" -qm resources/i18n/sipdesk_en.qm
