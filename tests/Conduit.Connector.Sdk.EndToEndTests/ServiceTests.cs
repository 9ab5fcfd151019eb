using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using Conduit.Connector.Sdk.Testing;
using Grpc.Core;

namespace Conduit.Connector.Sdk.EndToEndTests;

/// <summary>Every connector.v2 RPC exists for both services, even where the connector lacks a side (§5, §7 items 9, 10).</summary>
public sealed class ServiceTests
{
    private static readonly Dictionary<string, string> SourceConfig = new() { ["prefix"] = "p", ["count"] = "0" };
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
        await source.StopAsync(token);
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
        await destination.StopAsync(Position.Empty, token);
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
