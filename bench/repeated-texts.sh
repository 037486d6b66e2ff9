#!/usr/bin/env bash
# Nanoseconds per lookup of Core/Text/RepeatedTexts, the per-column cache of short texts every source and spill read goes through (issue #16).
# Usage: bench/repeated-texts.sh [lookups]   (default 20,000,000 per round, three rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/RepeatedTextsBench -c Release -v quiet -nologo >/dev/null
dotnet bench/RepeatedTextsBench/bin/Release/net10.0/RepeatedTextsBench.dll "$@"
