using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using Conduit.Connector.Sdk.Testing;
using Grpc.Core;
using static Conduit.Connector.Sdk.EndToEndTests.Infrastructure.RuntimeConnector;

namespace Conduit.Connector.Sdk.EndToEndTests.Runtime;

/// <summary>A destination in a real child process, driven through connector.v2.DestinationPlugin/Run.</summary>
public sealed class DestinationRunTests
{
    [Fact(Timeout = 60_000)]
    public async Task WriteBatches_EveryRecordAckedOnceInOrder()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await OpenAsync(Destination(), token);
        var records = NewRecords(1, 30);
        await using (var run = connector.Destination.Run(token))
        {
            foreach (var batch in records.Chunk(7))
            {
                await run.WriteAsync(batch, token);
            }

            var acks = await run.ReadAcksAsync(30, token);
            await connector.Destination.StopAsync(records[^1].Position, token);
            await run.CompleteAsync();

            Assert.Equal(records.Select(r => r.Position), acks.Select(a => a.Position));
            Assert.All(acks, a => Assert.True(a.IsSuccess, a.ToString()));
            Assert.Null(await run.ReadAckBatchAsync(token));
        }

        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task FailingRecord_AckedWithErrorWhileLaterRecordsSucceed()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await OpenAsync(Destination("fail.position=r-5", "fail.message=disk full"), token);
        var records = NewRecords(1, 10);
        await using var run = connector.Destination.Run(token);

        await run.WriteAsync(records[..3], token);
        await run.WriteAsync(records[3..6], token);
        await run.WriteAsync(records[6..], token);
        var acks = await run.ReadAcksAsync(10, token);

        Assert.Equal(records.Select(r => r.Position), acks.Select(a => a.Position));
        // Prefix semantics: r-4 was written before r-5 failed, r-6 shares r-5's batch and fails with it.
        Assert.Equal([true, true, true, true, false, false, true, true, true, true], acks.Select(a => a.IsSuccess));
        Assert.All(acks.Where(a => !a.IsSuccess), a => Assert.Equal("disk full at r-5", a.Error));
        await connector.Destination.StopAsync(records[^1].Position, token);
        await run.CompleteAsync();
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task PartialWrite_WrittenPrefixSucceedsAndTheRestFails()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await OpenAsync(Destination("partial.after=2", "fail.message=quota"), token);
        var records = NewRecords(1, 7);
        await using var run = connector.Destination.Run(token);

        await run.WriteAsync(records[..5], token);
        await run.WriteAsync(records[5..], token);
        var acks = await run.ReadAcksAsync(7, token);

        Assert.Equal(records.Select(r => r.Position), acks.Select(a => a.Position));
        Assert.Equal([true, true, false, false, false, true, true], acks.Select(a => a.IsSuccess));
        Assert.All(acks.Where(a => !a.IsSuccess), a => Assert.Equal("quota after 2 records", a.Error));
        await connector.Destination.StopAsync(records[^1].Position, token);
        await run.CompleteAsync();
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task StopBeforeLastRecordArrives_ReturnsOnlyAfterItsAck()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await OpenAsync(Destination(), token);
        var records = NewRecords(1, 5);
        await using var run = connector.Destination.Run(token);
        await run.WriteAsync(records[..3], token);
        _ = await run.ReadAcksAsync(3, token);

        var stop = connector.Destination.StopAsync(records[^1].Position, token);
        await Task.Delay(300, token);
        var stoppedEarly = stop.IsCompleted;
        await run.WriteAsync(records[3..], token);
        var acks = await run.ReadAcksAsync(2, token);
        await stop;
        await run.CompleteAsync();

        Assert.False(stoppedEarly, "Stop returned before the last record arrived");
        Assert.Equal(records[3..].Select(r => r.Position), acks.Select(a => a.Position));
        Assert.Null(await run.ReadAckBatchAsync(token));
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task HostCancelsRunMidFlight_ConnectorCleansUpAndStillTearsDown()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await OpenAsync(Destination(), token);
        var run = connector.Destination.Run(token);
        await run.WriteAsync(NewRecords(1, 3), token);
        _ = await run.ReadAcksAsync(3, token);

        await run.DisposeAsync();
        await Task.Delay(200, token);
        var teardown = System.Diagnostics.Stopwatch.StartNew();
        await connector.Destination.TeardownAsync(token);
        teardown.Stop();

        Assert.True(teardown.Elapsed < TimeSpan.FromSeconds(1.5), $"Teardown took {teardown.Elapsed} after the stream was cancelled");
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task BatchOverReceiveLimit_ResourceExhaustedAndProcessKeepsServing()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token, o => o.MaxReceiveRecordSize = 64 * 1024);
        await connector.Destination.ConfigureAsync(Destination(), token);
        await connector.Destination.OpenAsync(token);
        await using (var run = connector.Destination.Run(token))
        {
            await run.WriteAsync(NewRecords(1, 3, payloadSize: 40 * 1024), token);

            var detail = await ExpectStreamErrorAsync(() => run.ReadAckBatchAsync(token), StatusCode.ResourceExhausted);
            Assert.Contains("exceeds the maximum", detail, StringComparison.Ordinal);
        }

        // The same process still runs streams: the source side reads and acknowledges as usual.
        await connector.Source.ConfigureAsync(Source(2), token);
        await connector.Source.OpenAsync(Position.Empty, token);
        await using (var run = connector.Source.Run(token))
        {
            var records = await run.ReadAsync(2, token);
            await run.AckAsync(records.Select(r => r.Position), token);
            Assert.Equal(At(2), await connector.Source.StopAsync(token));
            await run.CompleteAsync();
            Assert.Null(await run.ReadBatchAsync(token));
        }

        await AssertShutsDownCleanlyAsync(connector, token);
    }

    private static async Task<ConnectorProcess> OpenAsync(Dictionary<string, string> configuration, CancellationToken token)
    {
        var connector = await StartAsync(token);
        await connector.Destination.ConfigureAsync(configuration, token);
        await connector.Destination.OpenAsync(token);
        return connector;
    }
}
