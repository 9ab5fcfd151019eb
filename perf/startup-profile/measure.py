#!/usr/bin/env python3
"""Start plugin executables the way Conduit does and time exec -> go-plugin handshake line.

Usage: measure.py [--runs N] [--settle SECONDS] [--call] LABEL=PATH [LABEL=PATH ...]

Each run execs the binary with an environment holding only Conduit's variables, reads stdout until the first
line and sums the CPU time its threads have used (steadier than wall time on a loaded machine), with --call makes the calls Conduit makes first (grpc.health.v1.Health/Check, then, on a new connection
as go-plugin's dispense does not, connector.v2.SpecifierPlugin/Specify; the baseline has no Specify) and times
them, reads VmRSS / RssAnon / VmHWM from /proc after --settle seconds, then sends SIGTERM and waits for the exit.
The binaries are interleaved run by run, so that load from other processes hits all of them alike.
"""

import argparse
import os
import signal
import statistics
import subprocess
import sys
import time

import h2grpc

ENV = {
    "CONDUIT_PLUGIN_MAGIC_COOKIE": "204e8e812c3a1bb73b838928c575b42a105dd2e9aa449be481bc4590486df53f",
    "PLUGIN_PROTOCOL_VERSIONS": "1,2",
    "CONDUIT_CONNECTOR_ID": "x",
    "CONDUIT_CONNECTOR_TOKEN": "t",
    "CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET": "127.0.0.1:1",
}


def status_kb(pid, field):
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


def cpu_ms(pid):
    """CPU time the live threads of pid have used so far (schedstat, nanoseconds), in milliseconds."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat", encoding="ascii") as schedstat:
                total += int(schedstat.read().split()[0])
        except FileNotFoundError:
            pass
    return total / 1e6


def first_calls(line):
    address = line.decode().split("|")[3]
    start = time.perf_counter_ns()
    h2grpc.unary(address, "/grpc.health.v1.Health/Check", h2grpc.proto_string(1, "plugin"))
    health = (time.perf_counter_ns() - start) / 1e6
    start = time.perf_counter_ns()
    try:
        h2grpc.unary(address, "/connector.v2.SpecifierPlugin/Specify")
    except h2grpc.GrpcError as error:
        if error.args[0] != 12:  # the baseline has no SpecifierPlugin: UNIMPLEMENTED
            raise
    return health, (time.perf_counter_ns() - start) / 1e6


def run_once(path, settle, call=False, nice=0):
    start = time.perf_counter_ns()
    process = subprocess.Popen([path], env=ENV, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               preexec_fn=(lambda: os.nice(nice)) if nice else None)
    line = process.stdout.readline()
    elapsed_ms = (time.perf_counter_ns() - start) / 1e6
    if not line.startswith(b"1|"):
        process.kill()
        _, err = process.communicate(timeout=5)
        raise RuntimeError(f"{path}: no handshake, got {line!r}; stderr: {err.decode(errors='replace')[:2000]}")
    cpu = cpu_ms(process.pid)
    calls = first_calls(line) if call else (0.0, 0.0)
    time.sleep(settle)
    rss = status_kb(process.pid, "VmRSS")
    anon = status_kb(process.pid, "RssAnon")
    hwm = status_kb(process.pid, "VmHWM")
    process.send_signal(signal.SIGTERM)
    try:
        _, err = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        raise RuntimeError(f"{path}: did not stop within 10 s of SIGTERM")
    if process.returncode != 0:
        raise RuntimeError(f"{path}: exit code {process.returncode}; stderr: {err.decode(errors='replace')[:2000]}")
    return elapsed_ms, rss, anon, hwm, calls[0], calls[1], cpu


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--settle", type=float, default=0.3)
    parser.add_argument("--call", action="store_true", help="time Health/Check and Specify after the handshake")
    parser.add_argument("--nice", type=int, default=0, help="niceness of the started processes (negative: ahead of other load; needs root)")
    parser.add_argument("binaries", nargs="+", metavar="LABEL=PATH")
    args = parser.parse_args()
    targets = [b.split("=", 1) for b in args.binaries]
    results = {label: [] for label, _ in targets}
    for label, path in targets:  # warm the page cache; not counted
        run_once(path, 0.05, nice=args.nice)
    for _ in range(args.runs):
        for label, path in targets:
            results[label].append(run_once(path, args.settle, args.call, args.nice))
    print(f"{'binary':<12} {'runs':>4} {'median ms':>9} {'min ms':>7} {'max ms':>7} {'CPU ms':>6} {'VmRSS MB':>8} {'RssAnon MB':>10} {'VmHWM MB':>8}" + ("  Check ms  Specify ms" if args.call else ""))
    for label, _ in targets:
        rows = results[label]
        times = [r[0] for r in rows]
        mb = lambda i: statistics.median(r[i] for r in rows) / 1024
        print(f"{label:<12} {len(rows):>4} {statistics.median(times):>9.1f} {min(times):>7.1f} {max(times):>7.1f} {statistics.median(r[6] for r in rows):>6.1f} {mb(1):>8.1f} {mb(2):>10.1f} {mb(3):>8.1f}" + (f" {statistics.median(r[4] for r in rows):>9.1f} {statistics.median(r[5] for r in rows):>11.1f}" if args.call else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
