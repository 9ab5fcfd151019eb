using System.Diagnostics;
using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using Grpc.Core;
using static Conduit.Connector.Sdk.EndToEndTests.Infrastructure.RuntimeConnector;

namespace Conduit.Connector.Sdk.EndToEndTests.Runtime;

/// <summary>A source in a real child process, driven through connector.v2.SourcePlugin/Run (protocol.md §7 items 11–13).</summary>
public sealed class SourceRunTests
{
    [Fact(Timeout = 60_000)]
    public async Task ReadAndAckEverything_StopReturnsLastPositionAndProcessExitsCleanly()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);
        var source = connector.Source;
        await source.ConfigureAsync(Source(50), token);
        await source.OpenAsync(Position.Empty, token);

        IReadOnlyList<Record> records;
        Position last;
        await using (var run = source.Run(token))
        {
            records = await run.ReadAsync(50, token);
            foreach (var chunk in records.Chunk(7))
            {
                await run.AckAsync(chunk.Select(r => r.Position), token);
            }

            last = await source.StopAsync(token);
            await run.CompleteAsync();
            Assert.Null(await run.ReadBatchAsync(token));
        }

        Assert.Equal(Enumerable.Range(1, 50).Select(At), records.Select(r => r.Position));
        Assert.Equal(At(50), last);
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task StopMidStream_NewProcessOpenedAtLastPositionContinuesWithNextRecord()
    {
        var token = TestContext.Current.CancellationToken;
        List<Record> firstRun;
        Position last;
        await using (var connector = await StartAsync(token))
        {
            await connector.Source.ConfigureAsync(Source(1_000_000), token);
            await connector.Source.OpenAsync(Position.Empty, token);
            await using var run = connector.Source.Run(token);
            var beforeStop = await run.ReadAsync(25, token);
            last = await connector.Source.StopAsync(token);
            firstRun = [.. beforeStop];
            if (beforeStop[^1].Position != last)
            {
                firstRun.AddRange(await ReadThroughAsync(run, last, token));
            }

            await run.AckAsync(firstRun.Select(r => r.Position), token);
            await run.CompleteAsync();
            Assert.Null(await run.ReadBatchAsync(token));
            await AssertShutsDownCleanlyAsync(connector, token);
        }

        await using (var connector = await StartAsync(token))
        {
            await connector.Source.ConfigureAsync(Source(1_000_000), token);
            await connector.Source.OpenAsync(last, token);
            await using var run = connector.Source.Run(token);
            var next = (await run.ReadAsync(1, token))[0];
            await connector.Source.StopAsync(token);
            await AssertShutsDownCleanlyAsync(connector, token);

            Assert.Equal(At(SequenceOf(last) + 1), next.Position);
        }

        Assert.True(SequenceOf(last) < 1_000_000, "Stop came after the source was exhausted: nothing was tested");
        Assert.Equal(Enumerable.Range(1, SequenceOf(last)).Select(At), firstRun.Select(r => r.Position));
    }

    [Fact(Timeout = 60_000)]
    public async Task AckForPositionNeverSent_EndsRunWithErrorAndProcessSurvives()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);
        await connector.Source.ConfigureAsync(Source(2), token);
        await connector.Source.OpenAsync(Position.Empty, token);
        await using var run = connector.Source.Run(token);
        var records = await run.ReadAsync(2, token);
        await run.AckAsync(records.Select(r => r.Position), token);

        await run.AckAsync([At(3)], token);
        var detail = await ExpectStreamErrorAsync(() => run.ReadBatchAsync(token), StatusCode.Internal);

        Assert.Contains("\"r-3\"", detail, StringComparison.Ordinal);
        Assert.Contains("never sent", detail, StringComparison.Ordinal);
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task AckOutOfOrder_EndsRunWithErrorAndProcessSurvives()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);
        await connector.Source.ConfigureAsync(Source(3), token);
        await connector.Source.OpenAsync(Position.Empty, token);
        await using var run = connector.Source.Run(token);
        _ = await run.ReadAsync(3, token);

        await run.AckAsync([At(2)], token);
        var detail = await ExpectStreamErrorAsync(() => run.ReadBatchAsync(token), StatusCode.Internal);

        Assert.Contains("out of order", detail, StringComparison.Ordinal);
        Assert.Contains("expected position \"r-1\" but got \"r-2\"", detail, StringComparison.Ordinal);
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task HostCancelsRunMidFlight_ConnectorCleansUpAndStillTearsDown()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);
        await connector.Source.ConfigureAsync(Source(1_000_000), token);
        await connector.Source.OpenAsync(Position.Empty, token);
        var run = connector.Source.Run(token);
        var records = await run.ReadAsync(10, token);
        await run.AckAsync(records.Take(5).Select(r => r.Position), token);

        await run.DisposeAsync();
        await Task.Delay(200, token);
        var teardown = Stopwatch.StartNew();
        await connector.Source.TeardownAsync(token);
        teardown.Stop();

        // Teardown waits up to the drain limit (2 s) for a run that is still going: the cancelled one had ended.
        Assert.True(teardown.Elapsed < TimeSpan.FromSeconds(1.5), $"Teardown took {teardown.Elapsed} after the stream was cancelled");
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task StopWhileReadHangsIgnoringCancellation_DeadlineExceededAndTeardownWithinLimit()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token, o => o.Environment["CONDUIT_DOTNET_SDK_STOP_TIMEOUT"] = "500ms");
        await connector.Source.ConfigureAsync(Source(100, "hang.method=read", "hang.after=5"), token);
        await connector.Source.OpenAsync(Position.Empty, token);
        await using var run = connector.Source.Run(token);
        var records = await run.ReadAsync(5, token);

        var stopping = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<RpcException>(() => connector.Source.StopAsync(token));
        stopping.Stop();
        await run.AckAsync(records.Select(r => r.Position), token);
        await run.CompleteAsync();
        Assert.Null(await run.ReadBatchAsync(token));
        var teardown = Stopwatch.StartNew();
        await connector.Source.TeardownAsync(token);
        teardown.Stop();

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.Contains("last position sent: \"r-5\"", error.Status.Detail, StringComparison.Ordinal);
        Assert.InRange(stopping.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(5));
        Assert.True(teardown.Elapsed < TimeSpan.FromSeconds(2), $"Teardown took {teardown.Elapsed}");
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task TeardownHangsIgnoringCancellation_DeadlineExceededWithinTeardownLimit()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token, o => o.Environment["CONDUIT_DOTNET_SDK_TEARDOWN_TIMEOUT"] = "500ms");
        await connector.Source.ConfigureAsync(Source(1, "hang.method=teardown"), token);

        var teardown = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<RpcException>(() => connector.Source.TeardownAsync(token));
        teardown.Stop();

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.InRange(teardown.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(5));
        await AssertShutsDownCleanlyAsync(connector, token);
    }
}
