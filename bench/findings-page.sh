#!/usr/bin/env bash
# How long the portal's reads of a run's findings take at N findings (default 100,000): pages, filters, counts from the
# store, then the pages of /periods/{P}/findings over HTTP through the portal (first, middle, last, filtered).
# Usage: bench/findings-page.sh [N] [postgres:CONNECTION-STRING]   (default: a SQLite file in a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/FindingsPageBench -c Release -v quiet -nologo >/dev/null
dotnet bench/FindingsPageBench/bin/Release/net10.0/FindingsPageBench.dll "$@" --http
