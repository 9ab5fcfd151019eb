#!/usr/bin/env bash
# Runs every test of the repository: builds the solution once, then runs the test projects.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build Conduit.Connector.Sdk.sln -c Release
dotnet test --solution Conduit.Connector.Sdk.sln -c Release --no-build "$@"
