using System.Diagnostics;
using System.Globalization;
using Conduit.Connector.Sdk.Testing;

namespace Conduit.Connector.Sdk.StartupBenchmark;

/// <summary>Starts a connector executable repeatedly and measures each start.</summary>
internal static class Measurements
{
    private static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(300);

    public static async Task<Result> RunAsync(string path, int runs)
    {
        var handshakes = new List<double>();
        var rss = new List<double>();
        var cpu = new List<double>();
        var specify = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var (handshake, idleRss, idleCpu) = await MeasureIdleAsync(path);
            var roundTrip = await MeasureSpecifyAsync(path);
            if (i == 0)
            {
                continue; // warm-up: page cache, first JIT of the host itself
            }

            handshakes.Add(handshake);
            rss.Add(idleRss);
            cpu.Add(idleCpu);
            specify.Add(roundTrip);
        }

        return new Result(Summary.Of(handshakes, "F0"), Summary.Of(rss, "F1"), Summary.Of(cpu, "F0"), Summary.Of(specify, "F0"));
    }

    private static async Task<(double HandshakeMs, double RssMb, double CpuMs)> MeasureIdleAsync(string path)
    {
        await using var connector = await ConnectorProcess.StartAsync(Options(path));
        var handshake = connector.Handshake.Elapsed;
        var wait = IdleDelay - (connector.Handshake.Elapsed - handshake);
        await Task.Delay(IdleDelay);
        var rssKb = ReadRssKb(connector.ProcessId);
        var cpuNs = ReadCpuNs(connector.ProcessId);
        await connector.StopAsync();
        return (handshake.TotalMilliseconds, rssKb / 1024.0, cpuNs / 1e6);
    }

    private static async Task<double> MeasureSpecifyAsync(string path)
    {
        var clock = Stopwatch.StartNew();
        await using var connector = await ConnectorProcess.StartAsync(Options(path));
        await connector.Specifier.SpecifyAsync();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        await connector.StopAsync();
        return elapsed;
    }

    /// <summary>What Conduit sends at start-up spec loading: no log level, the spec-loading connector id.</summary>
    private static ConnectorProcessOptions Options(string path) => new(path)
    {
        ConnectorId = "load-specifications",
        LogLevel = null,
    };

    /// <summary>CPU time of the process so far, summed over its live threads (first field of schedstat, in ns); unlike wall time it hardly depends on what else runs.</summary>
    private static long ReadCpuNs(int pid) =>
        Directory.GetDirectories($"/proc/{pid}/task")
            .Sum(task => long.Parse(File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ')[0], CultureInfo.InvariantCulture));

    private static long ReadRssKb(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"No VmRSS for process {pid}.");
    }
}
