# Sourced by the bench scripts: `riskreport run` acts as a logged-in operator (issue #14). On a fresh state store,
# makes the admin and the operator `bench` and logs `bench` in; the session file sits beside the bank's settings.
bench_operator() {
  local exe=$1 config=$2 folder password=bench-only-passphrase
  folder=$(dirname "$config")
  echo "$password" | RISKREPORT_SESSION="$folder/.admin-session" dotnet "$exe" users init admin --password-stdin --config "$config" >/dev/null
  echo "$password" | RISKREPORT_SESSION="$folder/.admin-session" dotnet "$exe" login admin --password-stdin --config "$config" >/dev/null
  echo "$password" | RISKREPORT_SESSION="$folder/.admin-session" dotnet "$exe" users add bench --role operator --password-stdin --config "$config" >/dev/null
  export RISKREPORT_SESSION="$folder/.session"
  echo "$password" | dotnet "$exe" login bench --password-stdin --config "$config" >/dev/null
}
