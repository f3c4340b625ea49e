#!/usr/bin/env bash
# Times claimaudit and proselint 0.16.0 over the same files in one run and
# prints the throughput ratio (README "Performance").
#
#   scripts/compare-proselint.sh [CORPUS_DIR | FILE...]
#
# Default corpus: ../shared/corpora/polnear/train (every .txt under it).
# proselint is installed into a virtualenv (PROSELINT_VENV, default
# .build/proselint-venv) on first use; when that is impossible (no network,
# no python3 venv) the script says so and exits 0 without comparing.
# Both tools are timed as whole processes (start-up included), by CPU
# seconds (user + system, the fair figure on a shared machine) and wall.
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${PROSELINT_VENV:-.build/proselint-venv}"
claimaudit="${CLAIMAUDIT:-.build/release/claimaudit}"

if [ $# -eq 0 ]; then set -- ../shared/corpora/polnear/train; fi
files=()
for arg in "$@"; do
    if [ -d "$arg" ]; then
        while IFS= read -r f; do files+=("$f"); done < <(find "$arg" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | LC_ALL=C sort)
    elif [ -f "$arg" ]; then
        files+=("$arg")
    else
        echo "compare-proselint: no such file or folder: $arg" >&2
        exit 2
    fi
done
if [ ${#files[@]} -eq 0 ]; then
    echo "compare-proselint: no .txt/.md/.html files in $*" >&2
    exit 2
fi

if ! command -v python3 >/dev/null; then
    echo "compare-proselint: skipped: python3 is not installed, so proselint cannot run."
    exit 0
fi
if [ ! -x "$venv/bin/proselint" ]; then
    echo "compare-proselint: installing proselint==0.16.0 into $venv"
    if ! { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet 'proselint==0.16.0'; } >&2; then
        echo "compare-proselint: skipped: could not install proselint==0.16.0 (offline or no venv support)."
        exit 0
    fi
fi
if [ ! -x "$claimaudit" ]; then
    echo "compare-proselint: building claimaudit (release)"
    swift build -c release --product claimaudit >&2
fi

python3 - "$claimaudit" "$venv/bin/proselint" "${files[@]}" <<'PY'
import os, resource, subprocess, sys, time

claimaudit, proselint, files = sys.argv[1], sys.argv[2], sys.argv[3:]
size = sum(os.path.getsize(f) for f in files)

def timed(argv):
    """Exit status, wall and CPU (user+sys) seconds, stderr of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return proc.returncode, wall, cpu, proc.stderr.decode(errors="replace")

runs = [
    ("claimaudit", [claimaudit, "audit", "--format", "json", "--fail-on", "never", *files]),
    ("proselint", [proselint, "check", *files]),
]
results = {}
print(f"{len(files)} files, {size / 1e6:.2f} MB")
for name, argv in runs:
    code, wall, cpu, err = timed(argv)
    # proselint exits 1 when it has suggestions; claimaudit exits 0 with --fail-on never.
    if code not in (0, 1):
        sys.exit(f"compare-proselint: {name} failed (exit {code}):\n{err[-2000:]}")
    results[name] = (wall, cpu)
    print(f"{name:<11} {cpu:8.2f} s cpu  {size / 1e6 / cpu:8.2f} MB/s   (wall {wall:.2f} s, {size / 1e6 / wall:.2f} MB/s)")
ca, pl = results["claimaudit"], results["proselint"]
print(f"ratio       claimaudit is {pl[1] / ca[1]:.1f}x proselint's throughput by cpu time ({pl[0] / ca[0]:.1f}x by wall)")
PY
