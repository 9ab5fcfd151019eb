using Grpc.Core;
using static Conduit.Connector.Sdk.EndToEndTests.Infrastructure.RuntimeConnector;

namespace Conduit.Connector.Sdk.EndToEndTests.Runtime;

/// <summary>Calls out of Conduit's order are refused with FailedPrecondition naming the call and the state; the process survives.</summary>
public sealed class CallOrderTests
{
    [Fact(Timeout = 60_000)]
    public async Task SourceCallsOutOfOrder_FailedPreconditionAndProcessSurvives()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);
        var source = connector.Source;
        var config = Source(2);

        await RefusedAsync("Open", "Initial", () => source.OpenAsync(Position.Empty, token));
        await RefusedAsync("LifecycleOnCreated", "Initial", () => source.LifecycleOnCreatedAsync(config, token));
        await RefusedAsync("Stop", "Initial", () => source.StopAsync(token));
        await RefusedAsync("Run", "Initial", () => ReadToEndAsync(source.Run(token), token));
        await source.ConfigureAsync(config, token);
        await RefusedAsync("Configure", "Configured", () => source.ConfigureAsync(config, token));
        await RefusedAsync("LifecycleOnDeleted", "Configured", () => source.LifecycleOnDeletedAsync(config, token));
        await RefusedAsync("Run", "Configured", () => ReadToEndAsync(source.Run(token), token));
        await RefusedAsync("Stop", "Configured", () => source.StopAsync(token));
        await source.OpenAsync(Position.Empty, token);
        await RefusedAsync("Open", "Open", () => source.OpenAsync(Position.Empty, token));
        await RefusedAsync("LifecycleOnUpdated", "Open", () => source.LifecycleOnUpdatedAsync(config, config, token));
        await RefusedAsync("Stop", "Open", () => source.StopAsync(token));

        // After all those refusals the source still runs normally.
        await using (var run = source.Run(token))
        {
            var records = await run.ReadAsync(2, token);
            await RefusedAsync("Run", "Running", () => ReadToEndAsync(source.Run(token), token));
            await run.AckAsync(records.Select(r => r.Position), token);
            Assert.Equal(At(2), await source.StopAsync(token));
            await run.CompleteAsync();
            Assert.Null(await run.ReadBatchAsync(token));
        }

        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task DestinationCallsOutOfOrder_FailedPreconditionAndProcessSurvives()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);
        var destination = connector.Destination;
        var config = Destination();

        await RefusedAsync("Open", "Initial", () => destination.OpenAsync(token));
        await RefusedAsync("LifecycleOnUpdated", "Initial", () => destination.LifecycleOnUpdatedAsync(config, config, token));
        await RefusedAsync("Stop", "Initial", () => destination.StopAsync(At(1), token));
        await RefusedAsync("Run", "Initial", () => ReadToEndAsync(destination.Run(token), token));
        await destination.ConfigureAsync(config, token);
        await RefusedAsync("Configure", "Configured", () => destination.ConfigureAsync(config, token));
        await RefusedAsync("LifecycleOnDeleted", "Configured", () => destination.LifecycleOnDeletedAsync(config, token));
        await RefusedAsync("Run", "Configured", () => ReadToEndAsync(destination.Run(token), token));
        await destination.OpenAsync(token);
        await RefusedAsync("Open", "Open", () => destination.OpenAsync(token));
        await RefusedAsync("LifecycleOnCreated", "Open", () => destination.LifecycleOnCreatedAsync(config, token));

        await using (var run = destination.Run(token))
        {
            await run.WriteAsync(NewRecords(1, 2), token);
            var acks = await run.ReadAcksAsync(2, token);
            await RefusedAsync("Run", "Running", () => ReadToEndAsync(destination.Run(token), token));
            await destination.StopAsync(At(2), token);
            await run.CompleteAsync();
            Assert.All(acks, a => Assert.True(a.IsSuccess, a.ToString()));
        }

        await AssertShutsDownCleanlyAsync(connector, token);
    }

    private static async Task RefusedAsync(string call, string state, Func<Task> act)
    {
        var error = await Assert.ThrowsAsync<RpcException>(act);
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains($"cannot handle {call} in state \"{state}\"", error.Status.Detail, StringComparison.Ordinal);
    }

    private static async Task ReadToEndAsync(Testing.SourceRunStream run, CancellationToken token)
    {
        await using (run)
        {
            while (await run.ReadBatchAsync(token) is not null)
            {
            }
        }
    }

    private static async Task ReadToEndAsync(Testing.DestinationRunStream run, CancellationToken token)
    {
        await using (run)
        {
            while (await run.ReadAckBatchAsync(token) is not null)
            {
            }
        }
    }
}
