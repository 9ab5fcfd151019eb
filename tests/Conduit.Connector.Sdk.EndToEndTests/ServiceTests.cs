using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using Conduit.Connector.Sdk.Testing;
using Grpc.Core;

namespace Conduit.Connector.Sdk.EndToEndTests;

/// <summary>Every connector.v2 RPC exists for both services, even where the connector lacks a side (§5, §7 items 9, 10).</summary>
public sealed class ServiceTests
{
    private static readonly Dictionary<string, string> SourceConfig = new() { ["prefix"] = "p", ["count"] = "2" };
    private static readonly Dictionary<string, string> DestinationConfig = new() { ["target"] = "nowhere" };

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task SourceRpcs_AllAnswer(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await ConnectorProcess.StartAsync(TestConnector.Options(build), token);
        var source = connector.Source;

        await source.ConfigureAsync(SourceConfig, token);
        await source.LifecycleOnCreatedAsync(SourceConfig, token);
        await source.LifecycleOnUpdatedAsync(SourceConfig, SourceConfig, token);
        await source.OpenAsync(Position.Empty, token);
        await using (var run = source.Run(token))
        {
            var records = await run.ReadAsync(2, token);
            await run.AckAsync(records.Select(r => r.Position), token);
            var last = await source.StopAsync(token);
            await run.CompleteAsync();

            Assert.Equal(["p-1", "p-2"], records.Select(r => r.Position.ToString()));
            Assert.Equal("p-2", last.ToString());
            Assert.Null(await run.ReadBatchAsync(token));
        }

        await source.TeardownAsync(token);

        Assert.Equal(0, (await connector.StopAsync(token)).ExitCode);
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task DestinationRpcs_AllAnswer(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await ConnectorProcess.StartAsync(TestConnector.Options(build), token);
        var destination = connector.Destination;

        await destination.ConfigureAsync(DestinationConfig, token);
        await destination.LifecycleOnCreatedAsync(DestinationConfig, token);
        await destination.LifecycleOnUpdatedAsync(DestinationConfig, DestinationConfig, token);
        await destination.OpenAsync(token);
        await using (var run = destination.Run(token))
        {
            Record[] records =
            [
                Record.NewCreate(Position.FromString("d-1"), new RawData("k1"u8.ToArray()), new RawData("v1"u8.ToArray())),
                Record.NewCreate(Position.FromString("d-2"), new RawData("k2"u8.ToArray()), new RawData("v2"u8.ToArray())),
            ];
            await run.WriteAsync(records, token);
            var acks = await run.ReadAcksAsync(2, token);
            await destination.StopAsync(records[^1].Position, token);
            await run.CompleteAsync();

            Assert.Equal(["d-1", "d-2"], acks.Select(a => a.Position.ToString()));
            Assert.All(acks, a => Assert.True(a.IsSuccess, a.ToString()));
            Assert.Null(await run.ReadAckBatchAsync(token));
        }

        await destination.TeardownAsync(token);

        Assert.Equal(0, (await connector.StopAsync(token)).ExitCode);
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task LifecycleOnDeleted_AloneOnAFreshProcess_Answers(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await ConnectorProcess.StartAsync(TestConnector.Options(build), token);

        await connector.Source.LifecycleOnDeletedAsync(SourceConfig, token);
        await connector.Source.TeardownAsync(token);
        await connector.Destination.LifecycleOnDeletedAsync(DestinationConfig, token);
        await connector.Destination.TeardownAsync(token);

        Assert.Equal(0, (await connector.StopAsync(token)).ExitCode);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(ConnectorBuild.Aot, "source")]
    [InlineData(ConnectorBuild.Aot, "destination")]
    [InlineData(ConnectorBuild.Jit, "source")]
    public async Task MissingSide_AnswersAClearErrorAndKeepsServing(ConnectorBuild build, string onlySide)
    {
        var token = TestContext.Current.CancellationToken;
        var options = TestConnector.Options(build);
        options.Environment["TESTCONNECTOR_SIDES"] = onlySide;
        await using var connector = await ConnectorProcess.StartAsync(options, token);
        var missing = onlySide == "source" ? "destination" : "source";

        var error = await Assert.ThrowsAsync<RpcException>(() => missing == "destination"
            ? connector.Destination.ConfigureAsync(DestinationConfig, token)
            : connector.Source.ConfigureAsync(SourceConfig, token));
        var specification = await connector.Specifier.SpecifyAsync(token);

        Assert.Contains(missing, error.Status.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.False(connector.HasExited);
        Assert.Empty(missing == "destination" ? specification.DestinationParameters : specification.SourceParameters);
        Assert.Equal(0, (await connector.StopAsync(token)).ExitCode);
    }
}
