#!/usr/bin/env bash
# Time and peak memory of one monthly run (extraction, findings, package) on a demo bank.
# Usage: bench/run-period.sh [size] [period]   (default: medium 202610). The bank is generated once under bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/login.sh
size=${1:-medium}
period=${2:-202610}
bank=bench/out/$size
dotnet build Scheduler -c Release -v quiet -nologo >/dev/null
exe=Scheduler/bin/Release/net10.0/riskreport.dll
[ -f "$bank/source.db" ] || dotnet "$exe" demo init --no-users --out "$bank" --size "$size" >/dev/null
rm -rf "$bank/work"
bench_operator "$exe" "$bank/appsettings.json"
/usr/bin/time -f '%e %M' -o "$bank/time" dotnet "$exe" run --period "$period" --config "$bank/appsettings.json" >"$bank/run.out" 2>&1 || true
read -r seconds kib <"$bank/time"
rows=$(grep -oE '\(source rows read\) [0-9]+' "$bank/work/$period/01/run.log" | grep -oE '[0-9]+' || echo 0)
records=$(grep -oE '\(records extracted\) [0-9]+' "$bank/work/$period/01/run.log" | grep -oE '[0-9]+')
# Extraction alone: from the run's first log line to the line that counts the rows read.
log="$bank/work/$period/01/run.log"
extraction=$(python3 - "$log" <<'PY'
import sys, datetime
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
at = lambda line: datetime.datetime.fromisoformat(line.split(" ")[0].replace("Z", "+00:00"))
read = next(l for l in lines if "(source rows read)" in l)
print(f"{(at(read) - at(lines[0])).total_seconds():.1f}")
PY
)
printf 'size %s period %s: %s s, peak %d MiB, %s source rows, %s report records\n' "$size" "$period" "$seconds" $((kib / 1024)) "$rows" "$records"
printf 'extraction %s s (%d source rows/s); whole run %d source rows/s\n' "$extraction" \
  "$(awk "BEGIN { printf \"%d\", $rows / $extraction }")" "$(awk "BEGIN { printf \"%d\", $rows / $seconds }")"
grep -E 'package|findings' "$bank/work/$period/01/run.log" | cut -c26-
