using Conduit.Connector.Sdk.Testing;
using Grpc.Core;
using static Conduit.Connector.Sdk.EndToEndTests.Infrastructure.RuntimeConnector;

namespace Conduit.Connector.Sdk.EndToEndTests.Runtime;

/// <summary>Author code throwing in every method: the status carries the message, stderr the stack, and the process survives.</summary>
public sealed class AuthorFailureTests
{
    public static TheoryData<string> SourceMethods => ["configure", "open", "read", "ack", "teardown", "oncreated", "onupdated", "ondeleted"];

    public static TheoryData<string> DestinationMethods => ["configure", "open", "write", "teardown", "oncreated", "onupdated", "ondeleted"];

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(SourceMethods))]
    public async Task SourceMethodThrows_UnknownWithMessageAndStackOnStderr(string method)
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);
        var config = Source(3, $"fail.method={method}", $"fail.message=source {method} broke");
        var source = connector.Source;

        var error = await Assert.ThrowsAsync<RpcException>(() => method switch
        {
            "configure" => source.ConfigureAsync(config, token),
            "ondeleted" => source.LifecycleOnDeletedAsync(config, token),
            _ => ConfiguredThenAsync(source, config, method, token),
        });

        Assert.Equal(StatusCode.Unknown, error.StatusCode);
        Assert.Contains($"source {method} broke", error.Status.Detail, StringComparison.Ordinal);
        await AssertErrorWithStackLoggedAsync(connector, $"source {method} broke", token);
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(DestinationMethods))]
    public async Task DestinationMethodThrows_UnknownWithMessageAndStackOnStderr(string method)
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);
        var config = Destination($"fail.method={method}", $"fail.message=destination {method} broke");
        var destination = connector.Destination;

        string? detail;
        if (method == "write")
        {
            // A failed write is not a failed call: every record gets an acknowledgment with the error.
            await destination.ConfigureAsync(config, token);
            await destination.OpenAsync(token);
            await using var run = destination.Run(token);
            await run.WriteAsync(NewRecords(1, 2), token);
            var acks = await run.ReadAcksAsync(2, token);
            Assert.All(acks, a => Assert.False(a.IsSuccess));
            detail = acks[0].Error;
            await run.CompleteAsync();
        }
        else
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => method switch
            {
                "configure" => destination.ConfigureAsync(config, token),
                "ondeleted" => destination.LifecycleOnDeletedAsync(config, token),
                _ => ConfiguredThenAsync(destination, config, method, token),
            });
            Assert.Equal(StatusCode.Unknown, error.StatusCode);
            detail = error.Status.Detail;
        }

        Assert.Contains($"destination {method} broke", detail, StringComparison.Ordinal);
        await AssertErrorWithStackLoggedAsync(connector, $"destination {method} broke", token);
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task InvalidConfiguration_InvalidArgumentAndProcessSurvives()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);

        var error = await Assert.ThrowsAsync<RpcException>(() => connector.Source.ConfigureAsync(Source(-5), token));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("count", error.Status.Detail, StringComparison.Ordinal);
        await connector.Source.ConfigureAsync(Source(1), token); // a refused Configure changes nothing
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    private static async Task ConfiguredThenAsync(SourceClient source, Dictionary<string, string> config, string method, CancellationToken token)
    {
        await source.ConfigureAsync(config, token);
        switch (method)
        {
            case "oncreated":
                await source.LifecycleOnCreatedAsync(config, token);
                return;
            case "onupdated":
                await source.LifecycleOnUpdatedAsync(config, config, token);
                return;
            case "teardown":
                await source.TeardownAsync(token);
                return;
        }

        await source.OpenAsync(Position.Empty, token);
        if (method == "open")
        {
            return;
        }

        await using var run = source.Run(token);
        var records = await run.ReadAsync(method == "ack" ? 1 : 0, token);
        await run.AckAsync(records.Take(1).Select(r => r.Position), token);
        while (await run.ReadBatchAsync(token) is not null)
        {
        }
    }

    private static async Task ConfiguredThenAsync(DestinationClient destination, Dictionary<string, string> config, string method, CancellationToken token)
    {
        await destination.ConfigureAsync(config, token);
        await (method switch
        {
            "oncreated" => destination.LifecycleOnCreatedAsync(config, token),
            "onupdated" => destination.LifecycleOnUpdatedAsync(config, config, token),
            "teardown" => destination.TeardownAsync(token),
            _ => destination.OpenAsync(token),
        });
    }
}
