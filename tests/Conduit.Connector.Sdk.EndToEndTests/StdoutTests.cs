using System.Text;
using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using Conduit.Connector.Sdk.Testing;

namespace Conduit.Connector.Sdk.EndToEndTests;

/// <summary>Nothing the connector author prints reaches stdout after the handshake (§7 items 3, 15).</summary>
public sealed class StdoutTests
{
    private const string Probe = "stdout probe: source created";

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task ConsoleWriteLine_RedirectedAwayFromStdout(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;
        var options = TestConnector.Options(build);
        options.FailOnMalformedLogLine = false;
        options.Environment["TESTCONNECTOR_STDOUT_PROBE"] = "1";

        await using var connector = await ConnectorProcess.StartAsync(options, token);
        await connector.Specifier.SpecifyAsync(token); // creates the source, which prints the probe
        var seenAt = await WaitForProbeAsync(connector, token);
        await connector.StopAsync(token);

        Assert.NotNull(seenAt);
        Assert.Empty(connector.StdoutAfterHandshake);
        Assert.DoesNotContain(connector.ProtocolViolations, v => v.StartsWith("stdout", StringComparison.Ordinal));
    }

    /// <summary>The probe proves the redirect: it must show up somewhere other than stdout.</summary>
    private static async Task<string?> WaitForProbeAsync(ConnectorProcess connector, CancellationToken token)
    {
        for (var i = 0; i < 100; i++)
        {
            if (connector.StandardErrorLines.Any(l => l.Contains(Probe, StringComparison.Ordinal)))
            {
                return "stderr";
            }

            if (connector.StdioFrames.Any(f => Encoding.UTF8.GetString(f.Data.Span).Contains(Probe, StringComparison.Ordinal)))
            {
                return "plugin.GRPCStdio";
            }

            await Task.Delay(50, token);
        }

        return null;
    }
}
