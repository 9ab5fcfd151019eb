using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using Conduit.Connector.Sdk.Testing;

namespace Conduit.Connector.Sdk.EndToEndTests;

/// <summary>
/// One whole Conduit-style session per build and transport: start, handshake, health, stdio and
/// broker streams, Specify on a fresh process, Shutdown (protocol.md §7 items 2–4, 6–9, 14).
/// </summary>
public sealed class SessionTests
{
    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.BuildsAndTransports), MemberType = typeof(TestConnector))]
    public async Task StartSpecifyStop_FollowsTheProtocol(ConnectorBuild build, Transport transport)
    {
        var token = TestContext.Current.CancellationToken;
        var options = TestConnector.Options(build, transport);

        await using var connector = await ConnectorProcess.StartAsync(options, token);
        var specification = await connector.Specifier.SpecifyAsync(token);
        await Task.Delay(500, token); // the stdio and broker streams must stay open meanwhile
        var exit = await connector.StopAsync(token);

        var handshake = connector.Handshake;
        Assert.Equal(1, handshake.CoreProtocolVersion);
        Assert.Equal(2, handshake.AppProtocolVersion);
        Assert.Equal("grpc", handshake.Protocol);
        Assert.Equal(transport == Transport.Tcp ? ConnectorNetwork.Tcp : ConnectorNetwork.Unix, handshake.Network);
        if (transport == Transport.AutoMtls)
        {
            Assert.NotNull(handshake.ServerCertificate);
            Assert.DoesNotContain('=', handshake.CertificateField);
        }
        else
        {
            Assert.Equal(string.Empty, handshake.CertificateField);
            Assert.EndsWith("|grpc|", handshake.Line, StringComparison.Ordinal);
        }

        Assert.Equal("testconnector", specification.Name);
        Assert.Matches(@"^v\d+\.\d+\.\d+", specification.Version);
        Assert.Contains("count", specification.SourceParameters.Keys);
        Assert.Contains("target", specification.DestinationParameters.Keys);

        Assert.True(exit.ShutdownAcknowledged, exit.ToString());
        Assert.False(exit.Killed, exit.ToString());
        Assert.Equal(0, exit.ExitCode);
        Assert.True(exit.StopDuration < TimeSpan.FromSeconds(2), exit.ToString());

        Assert.Empty(connector.ProtocolViolations);
        Assert.Empty(connector.StdoutAfterHandshake);
        Assert.Empty(connector.MalformedLogLines);
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task Handshake_PrintedQuickly(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;

        await using var connector = await ConnectorProcess.StartAsync(TestConnector.Options(build), token);

        // "Well under a second" for the binary Conduit ships; a JIT start on a busy 2-core machine gets slack.
        var limit = build == ConnectorBuild.Aot ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(5);
        Assert.True(connector.Handshake.Elapsed < limit, $"handshake after {connector.Handshake.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Theory(Timeout = 60_000)]
    [InlineData(ConnectorBuild.Aot, "1,2")]
    [InlineData(ConnectorBuild.Aot, "2,1")]
    [InlineData(ConnectorBuild.Aot, "2")]
    [InlineData(ConnectorBuild.Aot, "3,2,1")]
    [InlineData(ConnectorBuild.Jit, "2,1")]
    public async Task ProtocolVersionsContaining2_AnyOrder_Chooses2(ConnectorBuild build, string versions)
    {
        var token = TestContext.Current.CancellationToken;
        var options = TestConnector.Options(build);
        options.ProtocolVersions = versions;

        await using var connector = await ConnectorProcess.StartAsync(options, token);

        Assert.Equal(2, connector.Handshake.AppProtocolVersion);
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task EveryStderrLine_IsHclogWithKnownLevel(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;
        var options = TestConnector.Options(build);
        options.FailOnMalformedLogLine = false;

        await using var connector = await ConnectorProcess.StartAsync(options, token);
        await connector.Specifier.SpecifyAsync(token);
        await connector.StopAsync(token);

        Assert.Empty(connector.MalformedLogLines);
        Assert.All(connector.Logs, entry => Assert.Contains(entry.LevelText, new[] { "trace", "debug", "info", "warn", "error" }));
    }
}
