#!/usr/bin/env bash
# Does a run's memory grow with the number of loans? The medium demo bank is copied with every corporate
# loan (with its guarantee links) and every retail loan repeated k times under new receipt and contract
# numbers, the general ledger scaled to match; customers, lines and branches stay as they are. Prints
# time and peak memory per k. Usage: bench/loan-growth.sh [k ...]   (default: 1 2 4)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/login.sh
factors=("$@")
[ $# -eq 0 ] && factors=(1 2 4)
period=202610
dotnet build Scheduler -c Release -v quiet -nologo >/dev/null
exe=Scheduler/bin/Release/net10.0/riskreport.dll
[ -f bench/out/medium/source.db ] || dotnet "$exe" demo init --no-users --out bench/out/medium --size medium >/dev/null
printf '%3s %9s %11s %9s %11s %14s  %s\n' k seconds peak_MiB loans retail records spilled
for k in "${factors[@]}"; do
  bank=bench/out/medium-x$k
  if [ ! -f "$bank/source.db" ]; then
    rm -rf "$bank" && mkdir -p "$bank"
    cp -r bench/out/medium/inbox bench/out/medium/appsettings.json "$bank/"
    cp bench/out/medium/source.db "$bank/source.db.tmp"
    python3 - "$bank/source.db.tmp" "$k" <<'PY'
import sqlite3, sys
from decimal import Decimal
path, k = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(path)
for table in ("loan", "loan_month_end", "retail_loan", "retail_month_end"):
    db.execute(f"CREATE TEMP TABLE original_{table} AS SELECT * FROM {table}")
db.execute("CREATE TEMP TABLE original_link AS SELECT * FROM guarantee_link WHERE contract_no IN (SELECT contract_no FROM original_loan)")
for copy in range(2, k + 1):
    s = f"-{copy}"
    db.execute(f"INSERT INTO loan SELECT receipt_no || '{s}', contract_no || '{s}', cust_code, credit_no, branch_code, loan_type, currency, issue_date, maturity_date, issue_amount, guar_mode, industry, policy_type FROM original_loan")
    db.execute(f"INSERT INTO loan_month_end SELECT as_of, receipt_no || '{s}', balance, five_class, overdue_principal, overdue_days, overdue_interest FROM original_loan_month_end")
    db.execute(f"INSERT INTO guarantee_link SELECT guar_contract_no, contract_no || '{s}' FROM original_link")
    db.execute(f"INSERT INTO retail_loan SELECT receipt_no || '{s}', contract_no || '{s}', cust_no, borrower_name, id_type, id_no, branch_code, product, guar_mode, currency, issue_amount, issue_date, maturity_date FROM original_retail_loan")
    db.execute(f"INSERT INTO retail_month_end SELECT as_of, receipt_no || '{s}', balance, default_amount, default_days, five_class FROM original_retail_month_end")
# The ledger follows the items: loan (1301, 1302) and retail (1303) subjects scale by k, off-balance (7001) does not.
rows = db.execute("SELECT as_of, branch_code, subject_code, balance_cny FROM gl_balance WHERE subject_code IN ('1301', '1302', '1303')").fetchall()
db.executemany("UPDATE gl_balance SET balance_cny = ? WHERE as_of = ? AND branch_code = ? AND subject_code = ?",
               [(float(Decimal(repr(b)).quantize(Decimal('0.01')) * k), a, br, sub) for a, br, sub, b in rows])
db.commit()
PY
    mv "$bank/source.db.tmp" "$bank/source.db"
  fi
  rm -rf "$bank/work"
  bench_operator "$exe" "$bank/appsettings.json"
  /usr/bin/time -f '%e %M' -o "$bank/time" dotnet "$exe" run --period "$period" --config "$bank/appsettings.json" >"$bank/run.out" 2>&1 || true
  read -r seconds kib <"$bank/time"
  log="$bank/work/$period/01/run.log"
  counts=$(grep -oE '\(records extracted\) [0-9]+.*' "$log")
  printf '%3s %9s %11d %9s %11s %14s  %s\n' "$k" "$seconds" $((kib / 1024)) \
    "$(grep -oE 'B1P3 [0-9]+' <<<"$counts" | cut -d' ' -f2)" "$(grep -oE 'B5 [0-9]+' <<<"$counts" | cut -d' ' -f2)" \
    "$(grep -oE 'extracted\) [0-9]+' <<<"$counts" | cut -d' ' -f2)" "$(grep -oE 'sorted on disk.*' "$log" | sed 's/.*：//' | cut -c1-60)"
  grep -E '\(findings\)' "$log" | cut -c26- | sed 's/^/      /'
done
