#!/usr/bin/env bash
# Package-writer throughput and memory with streamed records: peak memory must stay flat as N grows.
# Usage: bench/package-writer.sh [N ...]   (default: 1000000 4000000)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/PackageWriterBench -c Release -v quiet -nologo >/dev/null
for n in "${@:-1000000 4000000}"; do
  [ $# -eq 0 ] && break
  dotnet bench/PackageWriterBench/bin/Release/net10.0/PackageWriterBench.dll "$n"
done
if [ $# -eq 0 ]; then
  for n in 1000000 4000000; do dotnet bench/PackageWriterBench/bin/Release/net10.0/PackageWriterBench.dll "$n"; done
fi
