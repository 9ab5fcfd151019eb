using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using Conduit.Connector.Sdk.Testing;

namespace Conduit.Connector.Sdk.EndToEndTests;

/// <summary>The connector process ends when the host says so or disappears, and leaves nothing behind (§3, §7 item 7).</summary>
public sealed class ProcessLifetimeTests
{
    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task Shutdown_LeavesNoProcessAndNoSocket(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await ConnectorProcess.StartAsync(TestConnector.Options(build), token);
        var pid = connector.ProcessId;
        var socket = connector.Handshake.Address;
        Assert.True(File.Exists(socket));

        var exit = await connector.StopAsync(token);

        Assert.Equal(0, exit.ExitCode);
        Assert.False(exit.Killed, exit.ToString());
        Assert.True(exit.StopDuration < TimeSpan.FromSeconds(2), exit.ToString());
        Assert.False(ProcFs.IsRunning(pid));
        Assert.False(Directory.Exists($"/proc/{pid}"), $"process {pid} is still in /proc");
        Assert.False(File.Exists(socket), $"{socket} is still there");
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task HostKilled_ConnectorExitsOnItsOwn(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;
        // The connector's parent is a shell that we can SIGKILL, as the kernel would kill Conduit.
        var options = TestConnector.Options(build);
        var connectorPath = options.ExecutablePath;
        options = CopyWithExecutable(options, "/bin/sh");
        options.Arguments.Add("-c");
        options.Arguments.Add("\"$0\" & wait");
        options.Arguments.Add(connectorPath);
        options.FailOnMalformedLogLine = false;

        await using var host = await ConnectorProcess.StartAsync(options, token);
        var connectorPid = Assert.Single(ProcFs.Children(host.ProcessId));
        try
        {
            await host.KillAsync();

            Assert.True(
                await ProcFs.WaitUntilGoneAsync(connectorPid, TimeSpan.FromSeconds(5), token),
                $"connector {connectorPid} still runs 5 s after its host was killed");
        }
        finally
        {
            ProcFs.KillIfRunning(connectorPid);
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task AotBinary_WorksWithAnEmptyEnvironment()
    {
        var token = TestContext.Current.CancellationToken;
        var options = TestConnector.Options(ConnectorBuild.Aot);
        options.EmptyBaseEnvironment = true;

        await using var connector = await ConnectorProcess.StartAsync(options, token);
        var specification = await connector.Specifier.SpecifyAsync(token);
        var exit = await connector.StopAsync(token);

        Assert.Equal("testconnector", specification.Name);
        Assert.Equal(0, exit.ExitCode);
        Assert.False(exit.Killed);
    }

    private static ConnectorProcessOptions CopyWithExecutable(ConnectorProcessOptions source, string executable) => new(executable)
    {
        HandshakeTimeout = source.HandshakeTimeout,
        FailOnMalformedLogLine = source.FailOnMalformedLogLine,
    };
}
