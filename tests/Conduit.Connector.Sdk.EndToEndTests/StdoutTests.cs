using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using Conduit.Connector.Sdk.Testing;

namespace Conduit.Connector.Sdk.EndToEndTests;

/// <summary>Nothing the connector author prints reaches stdout after the handshake (§7 items 3, 15).</summary>
public sealed class StdoutTests
{
    private const string Probe = "stdout probe: source created";

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task ConsoleWriteLine_RedirectedToTheLog(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;
        var options = TestConnector.Options(build);
        options.Environment["TESTCONNECTOR_STDOUT_PROBE"] = "1";

        await using var connector = await ConnectorProcess.StartAsync(options, token);
        await connector.Specifier.SpecifyAsync(token); // creates the source, which prints the probe

        // The probe proves the redirect: the text was printed, and it arrives as an hclog entry on stderr.
        var entry = await connector.WaitForLogAsync(e => e.Message.Contains(Probe, StringComparison.Ordinal), TimeSpan.FromSeconds(10), token);
        await connector.StopAsync(token);

        Assert.Equal(Probe, entry.Message);
        Assert.Empty(connector.StdoutAfterHandshake);
        Assert.Empty(connector.ProtocolViolations);
    }
}
