#!/usr/bin/env bash
# Time and peak memory of one monthly run (extraction, findings, package) on a demo bank.
# Usage: bench/run-period.sh [size] [period]   (default: medium 202610). The bank is generated once under bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-medium}
period=${2:-202610}
bank=bench/out/$size
dotnet build Scheduler -c Release -v quiet -nologo >/dev/null
exe=Scheduler/bin/Release/net10.0/riskreport.dll
[ -f "$bank/source.db" ] || dotnet "$exe" demo init --out "$bank" --size "$size" >/dev/null
rm -rf "$bank/work"
/usr/bin/time -f '%e %M' -o "$bank/time" dotnet "$exe" run --period "$period" --config "$bank/appsettings.json" >"$bank/run.out" 2>&1 || true
read -r seconds kib <"$bank/time"
rows=$(grep -oE 'read [0-9]+ source rows' "$bank/work/$period/01/run.log" | grep -oE '[0-9]+' || echo 0)
records=$(grep -oE 'extracted [0-9]+ records' "$bank/work/$period/01/run.log" | grep -oE '[0-9]+')
printf 'size %s period %s: %s s, peak %d MiB, %s source rows (%d rows/s), %s report records\n' \
  "$size" "$period" "$seconds" $((kib / 1024)) "$rows" "$(awk "BEGIN { printf \"%d\", $rows / $seconds }")" "$records"
grep -E 'package|findings' "$bank/work/$period/01/run.log" | cut -c26-
