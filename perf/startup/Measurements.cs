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
        var specify = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var (handshake, idleRss) = await MeasureIdleAsync(path);
            var roundTrip = await MeasureSpecifyAsync(path);
            if (i == 0)
            {
                continue; // warm-up: page cache, first JIT of the host itself
            }

            handshakes.Add(handshake);
            rss.Add(idleRss);
            specify.Add(roundTrip);
        }

        return new Result(Summary.Of(handshakes, "F0"), Summary.Of(rss, "F1"), Summary.Of(specify, "F0"));
    }

    private static async Task<(double HandshakeMs, double RssMb)> MeasureIdleAsync(string path)
    {
        await using var connector = await ConnectorProcess.StartAsync(Options(path));
        var handshake = connector.Handshake.Elapsed;
        var wait = IdleDelay - (connector.Handshake.Elapsed - handshake);
        await Task.Delay(IdleDelay);
        var rssKb = ReadRssKb(connector.ProcessId);
        await connector.StopAsync();
        return (handshake.TotalMilliseconds, rssKb / 1024.0);
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
