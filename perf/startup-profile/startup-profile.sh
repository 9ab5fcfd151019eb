#!/usr/bin/env bash
# Start-up of a Native AOT connector against the bare Kestrel+gRPC+Health floor, measured in the same run.
#
#   perf/startup-profile/startup-profile.sh [RUNS] [CONNECTOR_PROJECT]
#
# Publishes the connector (default: the generator sample) and perf/startup-profile/baseline with Native AOT
# (clang and zlib1g-dev needed), then starts each RUNS times (default 20), interleaved, with only Conduit's
# variables in the environment, and prints per binary: exec -> handshake line (median/min/max), CPU time used
# by then, VmRSS/RssAnon/VmHWM 300 ms after, and the latency of the first Health/Check and Specify.
#
# The machine is usually shared: compare only figures from the same run, and prefer the CPU column and the
# minimum when the load average is high. For a profile, publish with -p:StripSymbols=false and run
#   perf record -F 5000 -g -- python3 perf/startup-profile/measure.py --runs 15 x=PATH
#   perf report --comm <first 15 characters of the binary name> --children
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-20}"
project="${2:-samples/Conduit.Connector.Samples.Generator}"
out="${STARTUP_PROFILE_OUT:-$(mktemp -d)}"

dotnet publish "$project" -c Release -r linux-x64 -o "$out/connector" -v quiet -nologo
dotnet publish perf/startup-profile/baseline -c Release -r linux-x64 -o "$out/baseline" -v quiet -nologo
connector="$(find "$out/connector" -maxdepth 1 -type f -executable | head -n 1)"

python3 perf/startup-profile/measure.py --runs "$runs" --call \
  "baseline=$out/baseline/startup-baseline" \
  "connector=$connector"
