#!/bin/sh
# Size-and-shape stress run: generates big and oddly shaped inputs, audits
# each with a release build, and prints user+sys CPU seconds and peak RSS
# (from /usr/bin/time -v; wall time is meaningless on a shared machine).
#
#   scripts/stress.sh [BINARY] [WORKDIR] [INPUT...]
#
# With INPUT names (first column of the table), runs only those.
# BINARY defaults to .build/release/claimaudit (swift build -c release).
# Inputs are written to WORKDIR (default /tmp/claimaudit-stress) and reused.
# Linearity: text at 1, 10 and 100 MB; CPU per MB should stay flat.
set -eu
cd "$(dirname "$0")/.."
bin=${1:-.build/release/claimaudit}
work=${2:-/tmp/claimaudit-stress}
shift 2 2>/dev/null || shift $#
only="$*"
mkdir -p "$work"
python3 scripts/stress_inputs.py "$work"

printf '%-24s %10s %9s %9s %10s %6s\n' input MB user_s sys_s peak_MB exit
run() {
    name=$1; shift
    file=$1; shift
    mb=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1])/1e6:.1f}')" "$file")
    set +e
    if [ -n "$only" ] && ! echo " $only " | grep -q " $name "; then return 0; fi
    /usr/bin/time -v -o "$work/time-$name.txt" "$bin" "$@" "$file" > "$work/out-$name.txt" 2> "$work/err-$name.txt"
    status=$?
    set -e
    user=$(sed -n 's/.*User time (seconds): //p' "$work/time-$name.txt")
    sys=$(sed -n 's/.*System time (seconds): //p' "$work/time-$name.txt")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-$name.txt")
    printf '%-24s %10s %9s %9s %10s %6s\n' "$name" "$mb" "$user" "$sys" "$((rss / 1024))" "$status"
    rm -f "$work/out-$name.txt"
    if [ "$status" -ge 2 ]; then head -3 "$work/err-$name.txt" >&2; fi
}
for f in text-1mb text-10mb text-100mb; do
    run "$f" "$work/$f.txt" audit --format json --fail-on never
done
run text-100mb-terminal "$work/text-100mb.txt" audit --fail-on never
run million-lines "$work/million-lines.txt" audit --format json --fail-on never
run one-10mb-line "$work/one-line.txt" audit --format json --fail-on never
run one-10mb-line-md "$work/one-line.md" audit --format json --fail-on never
run markdown-10mb "$work/md-10mb.md" audit --format json --fail-on never
run html-10mb "$work/html-10mb.html" audit --format json --fail-on never
run html-one-10mb-line "$work/one-line.html" audit --format json --fail-on never
run html-10000-deep "$work/deep.html" audit --format json --fail-on never
run md-10000-deep "$work/deep.md" audit --format json --fail-on never
if "$bin" lint --help > /dev/null 2>&1; then
    run dir-100000-files "$work/many" lint --fail-on never
fi
