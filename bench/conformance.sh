#!/usr/bin/env bash
# The conformance gate (PackageConformanceChecker) alone on a built package: wall and CPU time, bytes allocated per round, and peak memory.
# Usage: bench/conformance.sh [PACKAGE.zip] [rounds]   (default: the medium bench bank's 202610 package; run bench/run-period.sh medium first)
set -euo pipefail
cd "$(dirname "$0")/.."
package=${1:-$(ls bench/out/medium/work/202610/01/*_KHFX_*.zip | head -1)}
dotnet build bench/ConformanceBench -c Release -v quiet -nologo >/dev/null
dotnet bench/ConformanceBench/bin/Release/net10.0/ConformanceBench.dll "$package" "${2:-3}"
