#!/usr/bin/env bash
# Resident and live managed memory during one monthly run, sampled every few seconds: shows what the run
# holds (a forced GC's live heap, by dotnet-gcdump) beside what the process has taken from the system.
# Usage: bench/live-heap.sh [size] [period] [seconds between samples]   (default: medium 202610 10)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/login.sh
size=${1:-medium}
period=${2:-202610}
every=${3:-10}
bank=bench/out/$size
tools=bench/out/tools
dotnet build Scheduler -c Release -v quiet -nologo >/dev/null
[ -x "$tools/dotnet-gcdump" ] || dotnet tool install dotnet-gcdump --version 10.0.750501 --tool-path "$tools" >/dev/null
exe=Scheduler/bin/Release/net10.0/riskreport.dll
[ -f "$bank/source.db" ] || dotnet "$exe" demo init --no-users --out "$bank" --size "$size" >/dev/null
rm -rf "$bank/work"
bench_operator "$exe" "$bank/appsettings.json"
dotnet "$exe" run --period "$period" --config "$bank/appsettings.json" >"$bank/run.out" 2>&1 &
pid=$!
printf '%8s %9s %13s  %s\n' seconds rss_MiB live_heap_MiB step
start=$SECONDS
while sleep "$every" && kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status" 2>/dev/null || echo 0)
  heap=$("$tools/dotnet-gcdump" report -p "$pid" 2>/dev/null | awk '/GC Heap bytes/ { gsub(",", "", $1); print int($1 / 1048576) }' || true)
  step=$(tail -1 "$bank/work/$period/01/run.log" 2>/dev/null | cut -c26- | cut -d' ' -f1-4)
  printf '%8d %9s %13s  %s\n' $((SECONDS - start)) "$rss" "${heap:-?}" "$step"
done
wait "$pid" || true
grep -E 'package|findings' "$bank/work/$period/01/run.log" | cut -c26-
