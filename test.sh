#!/usr/bin/env bash
# Runs every test of the repository: builds the solution once, publishes the Native AOT test
# connector that the end-to-end tests start (artifacts/aot/testconnector), then runs the test projects.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build Conduit.Connector.Sdk.sln -c Release
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish tests/Conduit.Connector.Sdk.TestConnector -c Release -r "${rid:-linux-x64}" -o artifacts/aot/testconnector
dotnet test --solution Conduit.Connector.Sdk.sln -c Release --no-build "$@"
