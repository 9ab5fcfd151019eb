#!/usr/bin/env python3
"""Brings PublicAPI.Unshipped.txt of a project in line with its code.

Builds the project, reads the PublicApiAnalyzers diagnostics (RS0016: new public symbol, RS0017:
declared symbol gone) and edits PublicAPI.Unshipped.txt accordingly. Review the diff: every line
is a public API decision.

usage: eng/update-public-api.py src/Conduit.Connector.Sdk [more project dirs]
"""
import os, re, subprocess, sys

def update(project_dir):
    out = subprocess.run(["dotnet", "build", project_dir, "-p:TreatWarningsAsErrors=false", "--no-incremental"],
                         capture_output=True, text=True).stdout
    added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", out))
    removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API", out))
    path = os.path.join(project_dir, "PublicAPI.Unshipped.txt")
    lines = open(path).read().splitlines() if os.path.exists(path) else ["#nullable enable"]
    header, body = lines[0], [l for l in lines[1:] if l.strip() and l not in removed]
    body = sorted(set(body) | added)
    open(path, "w").write("\n".join([header] + body) + "\n")
    print(f"{path}: +{len(added)} -{len(removed)}")

for d in sys.argv[1:] or ["src/Conduit.Connector.Sdk"]:
    update(d)
