#!/usr/bin/env python3
"""Smoke check of a connector binary: handshake, Health/Check, Specify, SourcePlugin/Configure (valid and invalid),
an unknown method, then plugin.GRPCController/Shutdown, after which the process must exit 0 by itself.

Usage: verify.py PATH [SOURCE_KEY=VALUE ...]
"""

import subprocess
import sys

import h2grpc
from measure import ENV


def main():
    path, settings = sys.argv[1], [pair.split("=", 1) for pair in sys.argv[2:]]
    process = subprocess.Popen([path], env=ENV, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = process.stdout.readline().decode().strip()
        print("handshake:", line)
        address = line.split("|")[3]
        print("Health/Check:", h2grpc.unary(address, "/grpc.health.v1.Health/Check", h2grpc.proto_string(1, "plugin")).hex())
        specification = h2grpc.unary(address, "/connector.v2.SpecifierPlugin/Specify")
        print(f"Specify: {len(specification)} bytes, starts {specification[:60]!r}")
        for path_, body in [("/connector.v2.SourcePlugin/Configure", h2grpc.proto_map_entry(1, "no.such.key", "1")),
                            ("/connector.v2.SourcePlugin/Nope", b"")]:
            try:
                h2grpc.unary(address, path_, body)
                print(path_, "unexpectedly succeeded")
                return 1
            except h2grpc.GrpcError as error:
                print(f"{path_}: status {error.args}")
        request = b"".join(h2grpc.proto_map_entry(1, key, value) for key, value in settings)
        print("SourcePlugin/Configure:", h2grpc.unary(address, "/connector.v2.SourcePlugin/Configure", request).hex() or "OK (empty response)")
        h2grpc.unary(address, "/plugin.GRPCController/Shutdown")
        print("Shutdown: OK; exit code", process.wait(timeout=5))
        return process.returncode
    finally:
        if process.poll() is None:
            process.kill()


if __name__ == "__main__":
    sys.exit(main())
