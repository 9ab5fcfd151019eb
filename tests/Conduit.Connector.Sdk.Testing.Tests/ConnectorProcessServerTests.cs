using Conduit.Connector.Sdk.Testing.Tests.StandIns;
using Grpc.Health.V1;

namespace Conduit.Connector.Sdk.Testing.Tests;

/// <summary>The host against stand-in go-plugin servers that misbehave in controlled ways.</summary>
public sealed class ConnectorProcessServerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HealthNotServing_StartFails()
    {
        await using var server = await StandInPluginServer.StartAsync(HealthCheckResponse.Types.ServingStatus.NotServing, StdioBehavior.HoldOpen);

        var ex = await Assert.ThrowsAsync<ConnectorStartException>(() => ConnectorProcess.StartAsync(server.ConnectorOptions(), Token));

        Assert.Contains("not SERVING", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StdioFrames_RecordedAndAFrameWithoutChannelIsAViolation()
    {
        await using var server = await StandInPluginServer.StartAsync(HealthCheckResponse.Types.ServingStatus.Serving, StdioBehavior.HoldOpen);
        await using var connector = await ConnectorProcess.StartAsync(server.ConnectorOptions(), Token);

        await WaitUntilAsync(() => connector.StdioFrames.Count == 2);

        Assert.Equal(StdioChannel.Stdout, connector.StdioFrames[0].Channel);
        Assert.Equal("hello"u8.ToArray(), connector.StdioFrames[0].Data.ToArray());
        Assert.Contains(connector.ProtocolViolations, v => v.Contains("channel 0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShutdownAnsweredButProcessStays_KilledAfterGracePeriod()
    {
        await using var server = await StandInPluginServer.StartAsync(HealthCheckResponse.Types.ServingStatus.Serving, StdioBehavior.HoldOpen);
        await using var connector = await ConnectorProcess.StartAsync(server.ConnectorOptions(), Token);

        var exit = await connector.StopAsync(Token);

        Assert.True(exit.ShutdownAcknowledged);
        Assert.True(exit.Killed);
        Assert.Equal(137, exit.ExitCode);
        Assert.InRange(exit.StopDuration, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(5));
        Assert.DoesNotContain(connector.ProtocolViolations, v => v.Contains("StreamStdio", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StdioEndsAtOnce_ViolationEvenWhenTheHostStopsSoonAfter()
    {
        await using var server = await StandInPluginServer.StartAsync(HealthCheckResponse.Types.ServingStatus.Serving, StdioBehavior.EndAtOnce);
        await using var connector = await ConnectorProcess.StartAsync(server.ConnectorOptions(), Token);
        await Task.Delay(100, Token);

        await connector.StopAsync(Token);

        await WaitUntilAsync(() => connector.ProtocolViolations.Count > 0);
        Assert.Contains("StreamStdio ended before the host cancelled it", Assert.Single(connector.ProtocolViolations), StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50, Token);
        }
    }
}
