#!/usr/bin/env bash
# Build the one-folder sipdesk bundle with PyInstaller and check it.
#
#   bash packaging/build.sh            (from anywhere; works in the repo root)
#
# Environment:
#   PYTHON                 interpreter with sipdesk's dependencies
#                          (default: .venv/bin/python if it exists, else python3)
#   PYINSTALLER_LOG_LEVEL  PyInstaller's --log-level (default WARN)
#
# Output: build/pyinstaller/ (work files), dist/sipdesk/ (the bundle),
# and on macOS dist/sipdesk.app. Exits non-zero if the build, `--version`,
# the bundle probe, a data file check or `--selftest` fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x .venv/bin/python ]]; then
        PYTHON=.venv/bin/python
    elif [[ -x .venv/Scripts/python.exe ]]; then
        PYTHON=.venv/Scripts/python.exe
    else
        PYTHON=python3
    fi
fi
LOG_LEVEL="${PYINSTALLER_LOG_LEVEL:-WARN}"
WORKPATH="build/pyinstaller"
DISTPATH="dist"
BUNDLE="$DISTPATH/sipdesk"

case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*) PLATFORM=windows EXE_SUFFIX=.exe ;;
    Darwin) PLATFORM=macos EXE_SUFFIX= ;;
    *) PLATFORM=linux EXE_SUFFIX= ;;
esac
# The executable to drive from a terminal: on Linux `sipdesk` itself; on
# Windows and macOS `sipdesk` is windowed, so use its console twin.
if [[ "$PLATFORM" == linux ]]; then
    CLI="$BUNDLE/sipdesk$EXE_SUFFIX"
else
    CLI="$BUNDLE/sipdesk-cli$EXE_SUFFIX"
fi

step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# A time limit for running the bundle, where coreutils' timeout exists.
run_limited() {
    if command -v timeout >/dev/null 2>&1; then
        timeout 300 "$@"
    else
        "$@"
    fi
}

START=$SECONDS

step "python: $("$PYTHON" -c 'import sys; print(sys.executable, sys.version.split()[0])')"
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
    step "installing pyinstaller"
    "$PYTHON" -m pip install --quiet "pyinstaller>=6.5"
fi
echo "pyinstaller $("$PYTHON" -m PyInstaller --version)"

# Fail fast, before a long build, if the app cannot even start unfrozen.
VERSION="$("$PYTHON" -c 'import sipdesk; print(sipdesk.__version__)')"
"$PYTHON" -c 'import sipdesk.cli' || fail "sipdesk.cli does not import with $PYTHON"

step "building sipdesk $VERSION ($PLATFORM) into $BUNDLE"
BUILD_START=$SECONDS
"$PYTHON" -m PyInstaller \
    --noconfirm --clean \
    --log-level "$LOG_LEVEL" \
    --workpath "$WORKPATH" \
    --distpath "$DISTPATH" \
    packaging/sipdesk.spec
BUILD_SECONDS=$((SECONDS - BUILD_START))
echo "pyinstaller took ${BUILD_SECONDS}s"
[[ -x "$CLI" ]] || fail "$CLI was not built"

step "$CLI --version"
OUT="$(run_limited "$CLI" --version)" || fail "--version exited non-zero"
echo "$OUT"
[[ "$OUT" == *"$VERSION"* ]] || fail "--version printed '$OUT', expected it to contain $VERSION"
if [[ "$PLATFORM" == linux ]]; then
    OUT="$(run_limited "$BUNDLE/sipdesk-cli" --version)" || fail "sipdesk-cli --version failed"
    [[ "$OUT" == *"$VERSION"* ]] || fail "sipdesk-cli --version printed '$OUT'"
fi

step "data files in the bundle"
INTERNAL="$BUNDLE/_internal"
missing=0
checked=0
check_file() { # repo-relative path, bundle-relative path
    checked=$((checked + 1))
    if [[ ! -f "$INTERNAL/$2" ]]; then
        echo "missing in bundle: $1 (expected at $INTERNAL/$2)" >&2
        missing=$((missing + 1))
    fi
}
if [[ -d resources ]]; then
    while IFS= read -r -d '' f; do check_file "$f" "$f"; done \
        < <(find resources -type f ! -name '.*' -print0)
fi
if [[ -d sipdesk/domain/templates ]]; then
    while IFS= read -r -d '' f; do check_file "$f" "$f"; done \
        < <(find sipdesk/domain/templates -maxdepth 1 -name '*.json' -print0)
fi
while IFS= read -r -d '' f; do check_file "$f" "$f"; done < <(
    find sipdesk/store/migrations \( -name '*.py' -o -name '*.mako' \) \
        -not -path '*/__pycache__/*' -print0
)
((checked > 0)) || fail "found no alembic scripts to check under sipdesk/store/migrations"
echo "$checked data files checked, $missing missing"
((missing == 0)) || fail "$missing data file(s) missing from the bundle"

step "bundle probe (SQLCipher, alembic, keyring, Qt, reportlab)"
SIPDESK_BUNDLE_PROBE=1 QT_QPA_PLATFORM=offscreen run_limited "$CLI" \
    || fail "bundle probe failed: see the FAIL lines above"

if [[ "$PLATFORM" == linux ]] && command -v desktop-file-validate >/dev/null 2>&1; then
    step "desktop-file-validate packaging/linux/sipdesk.desktop"
    desktop-file-validate packaging/linux/sipdesk.desktop
fi

step "QT_QPA_PLATFORM=offscreen $CLI --selftest"
QT_QPA_PLATFORM=offscreen run_limited "$CLI" --selftest \
    || fail "--selftest exited non-zero"

step "size"
du -sh "$BUNDLE"
if [[ "$PLATFORM" == macos && -d "$DISTPATH/sipdesk.app" ]]; then
    du -sh "$DISTPATH/sipdesk.app"
fi
echo "$(find "$BUNDLE" -type f | wc -l | tr -d ' ') files"
echo "build.sh: ok in $((SECONDS - START))s (pyinstaller ${BUILD_SECONDS}s)"
