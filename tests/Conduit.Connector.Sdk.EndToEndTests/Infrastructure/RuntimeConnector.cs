using Conduit.Connector.Sdk.Testing;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.EndToEndTests.Infrastructure;

/// <summary>Starts the JIT test connector with short runtime time limits, and builds its fault-injecting configurations.</summary>
internal static class RuntimeConnector
{
    /// <summary>The stop, drain and teardown limits every runtime test runs with (Go duration syntax).</summary>
    public const string ShortTimeout = "2s";

    public static Task<ConnectorProcess> StartAsync(CancellationToken cancellationToken, Action<ConnectorProcessOptions>? configure = null)
    {
        var options = TestConnector.Options(ConnectorBuild.Jit);
        options.Environment["CONDUIT_DOTNET_SDK_STOP_TIMEOUT"] = ShortTimeout;
        options.Environment["CONDUIT_DOTNET_SDK_RUN_DRAIN_TIMEOUT"] = ShortTimeout;
        options.Environment["CONDUIT_DOTNET_SDK_TEARDOWN_TIMEOUT"] = ShortTimeout;
        configure?.Invoke(options);
        return ConnectorProcess.StartAsync(options, cancellationToken);
    }

    /// <summary>A source configuration emitting <c>r-1</c> … <c>r-count</c>, with extra <c>key=value</c> pairs.</summary>
    public static Dictionary<string, string> Source(int count, params string[] extra) =>
        With(new Dictionary<string, string> { ["prefix"] = "r", ["count"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) }, extra);

    public static Dictionary<string, string> Destination(params string[] extra) =>
        With(new Dictionary<string, string> { ["target"] = "nowhere" }, extra);

    public static Position At(int sequence) => Position.FromString($"r-{sequence}");

    public static int SequenceOf(Position position)
    {
        var text = position.ToString();
        return int.Parse(text.AsSpan(text.LastIndexOf('-') + 1), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Record[] NewRecords(int from, int to, int payloadSize = 8) =>
        Enumerable.Range(from, to - from + 1)
            .Select(i => Record.NewCreate(At(i), new RawData(System.Text.Encoding.UTF8.GetBytes($"k{i}")), new RawData(new byte[payloadSize])))
            .ToArray();

    /// <summary>Reads source batches until the record at <paramref name="last"/> arrived.</summary>
    public static async Task<List<Record>> ReadThroughAsync(SourceRunStream run, Position last, CancellationToken cancellationToken)
    {
        var records = new List<Record>();
        while (records.Count == 0 || records[^1].Position != last)
        {
            var batch = await run.ReadBatchAsync(cancellationToken)
                ?? throw new InvalidOperationException($"the stream ended before position {last}; got {records.Count} records");
            records.AddRange(batch);
        }

        return records;
    }

    /// <summary>Expects the stream to end with <paramref name="code"/>; returns the status detail.</summary>
    public static async Task<string> ExpectStreamErrorAsync(Func<Task> readUntilEnd, StatusCode code)
    {
        var error = await Assert.ThrowsAsync<RpcException>(readUntilEnd);
        Assert.Equal(code, error.StatusCode);
        return error.Status.Detail;
    }

    /// <summary>
    /// Waits for an error line of the connector that mentions <paramref name="text"/> and whose
    /// <c>exception</c> field holds a stack trace (stderr is read asynchronously, so it can trail the status).
    /// </summary>
    public static async Task AssertErrorWithStackLoggedAsync(ConnectorProcess connector, string text, CancellationToken cancellationToken)
    {
        try
        {
            await connector.WaitForLogAsync(
                e => e.Level == LogLevel.Error
                    && e.Line.Contains(text, StringComparison.Ordinal)
                    && e.Fields.TryGetValue("exception", out var exception)
                    && exception.ToString().Contains("   at ", StringComparison.Ordinal),
                TimeSpan.FromSeconds(10),
                cancellationToken);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"no error line with a stack trace mentions \"{text}\"; the log:\n" + string.Join('\n', connector.Logs.Select(e => e.Line)));
        }
    }

    /// <summary>Teardown of both sides and a Shutdown that exits 0: the process survived whatever came before.</summary>
    public static async Task AssertShutsDownCleanlyAsync(ConnectorProcess connector, CancellationToken cancellationToken)
    {
        await connector.Source.TeardownAsync(cancellationToken);
        await connector.Destination.TeardownAsync(cancellationToken);
        var exit = await connector.StopAsync(cancellationToken);
        Assert.True(exit.ShutdownAcknowledged, "Shutdown was not acknowledged");
        Assert.False(exit.Killed, "the process had to be killed");
        Assert.Equal(0, exit.ExitCode);
    }

    private static Dictionary<string, string> With(Dictionary<string, string> configuration, string[] extra)
    {
        foreach (var pair in extra)
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            configuration[pair[..separator]] = pair[(separator + 1)..];
        }

        return configuration;
    }
}
