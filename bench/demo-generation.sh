#!/usr/bin/env bash
# Generation time and peak memory of the demo banks (issue: "generation time and peak memory for the
# small and medium banks"). Usage: bench/demo-generation.sh [size ...]   (default: small medium)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-small medium}")
[ $# -eq 0 ] && sizes=(small medium)
dotnet build Scheduler -c Release -v quiet -nologo >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-8s %10s %12s %14s %12s\n' size seconds peak_MiB source_db_MiB rows
for size in "${sizes[@]}"; do
  /usr/bin/time -f '%e %M' -o "$out/time" dotnet Scheduler/bin/Release/net10.0/riskreport.dll demo init --no-users --out "$out/$size" --size "$size" >"$out/log" 2>&1
  read -r seconds kib <"$out/time"
  rows=$(grep -oE '│ +[0-9,]+ │' "$out/log" | tr -dc '0-9\n' | awk '{s+=$1} END {print s}')
  printf '%-8s %10s %12d %14d %12s\n' "$size" "$seconds" $((kib / 1024)) $(($(stat -c %s "$out/$size/source.db") / 1048576)) "$rows"
  rm -rf "${out:?}/$size"
done
