using System.Globalization;
using System.Reflection;
using Conduit.Connector.Sdk.StartupBenchmark;
using Conduit.Connector.Sdk.Testing;

// Measures what Conduit pays for every connector process it starts (once per connector at boot
// for Specify, once per validation, once per pipeline connector):
//   handshake  process start -> go-plugin handshake line on stdout
//   idle RSS   VmRSS of the process 300 ms after the handshake
//   CPU        CPU time the process used until then (all live threads)
//   specify    process start -> handshake -> connect + health -> Specify answered
// for the JIT build of the test connector and its Native AOT binary.
// Usage: dotnet run -c Release --project perf/startup -- [runs=10] [jit-path] [aot-path]
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var repoRoot = typeof(Measurements).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
var jit = args.Length > 1 ? args[1] : Path.Combine(repoRoot, "tests/Conduit.Connector.Sdk.TestConnector/bin/Release/net10.0/Conduit.Connector.Sdk.TestConnector");
var aot = args.Length > 2 ? args[2] : Path.Combine(repoRoot, "artifacts/aot/testconnector/Conduit.Connector.Sdk.TestConnector");

Console.WriteLine($"{runs} runs each (after one warm-up), {Environment.ProcessorCount} CPUs, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
Console.WriteLine();
Console.WriteLine("| build | file | handshake ms (median / min / max) | idle RSS MB (median / min / max) | CPU ms to idle (median / min / max) | Specify from start ms (median / min / max) |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (var (name, path) in new[] { ("JIT (apphost)", jit), ("Native AOT", aot) })
{
    if (!File.Exists(path))
    {
        Console.WriteLine($"| {name} | missing: {path} | | | | |");
        continue;
    }

    var result = await Measurements.RunAsync(path, runs);
    Console.WriteLine($"| {name} | {new FileInfo(path).Length / 1e6:F1} MB | {result.Handshake} | {result.Rss} | {result.Cpu} | {result.Specify} |");
}
