using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using Grpc.Core;
using static Conduit.Connector.Sdk.EndToEndTests.Infrastructure.RuntimeConnector;

namespace Conduit.Connector.Sdk.EndToEndTests.Middleware;

/// <summary>The default middleware of the test connector, driven through connector.v2 on a child process.</summary>
public sealed class MiddlewareRunTests
{
    [Fact(Timeout = 60_000)]
    public async Task SourceBatchSize_ShapesRunMessages()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);
        await connector.Source.ConfigureAsync(Source(10, "sdk.batch.size=4"), token);
        await connector.Source.OpenAsync(Position.Empty, token);

        var sizes = new List<int>();
        await using (var run = connector.Source.Run(token))
        {
            while (sizes.Sum() < 10)
            {
                sizes.Add((await run.ReadBatchAsync(token))!.Count);
            }

            await connector.Source.StopAsync(token);
            await run.CompleteAsync();
        }

        Assert.Equal([4, 4, 2], sizes);
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task SourceBatchDelayOnly_SendsWhatWasReadWithinTheDelayInOneMessage()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);
        await connector.Source.ConfigureAsync(Source(100, "pause.after=6", "sdk.batch.delay=1s"), token);
        await connector.Source.OpenAsync(Position.Empty, token);

        IReadOnlyList<Record> first;
        await using (var run = connector.Source.Run(token))
        {
            first = (await run.ReadBatchAsync(token))!;
            await run.AckAsync(first.Select(r => r.Position), token);
            await connector.Source.StopAsync(token);
            await run.CompleteAsync();
        }

        Assert.Equal(Enumerable.Range(1, 6).Select(At), first.Select(r => r.Position));
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task SourceStop_RecordsCollectedForAnIncompleteBatchAreSent()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);
        await connector.Source.ConfigureAsync(Source(100, "pause.after=5", "sdk.batch.size=50"), token);
        await connector.Source.OpenAsync(Position.Empty, token);

        IReadOnlyList<Record> records;
        Position last;
        await using (var run = connector.Source.Run(token))
        {
            // The source logs this once it handed over its 5th record; the batch of 50 is still open.
            await connector.WaitForLogAsync(e => e.Message == "source paused after 5 records", cancellationToken: token);
            last = await connector.Source.StopAsync(token);
            records = await ReadThroughAsync(run, last, token);
            await run.AckAsync(records.Select(r => r.Position), token);
            await run.CompleteAsync();
        }

        Assert.Equal(At(5), last);
        Assert.Equal(Enumerable.Range(1, 5).Select(At), records.Select(r => r.Position));
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task DestinationBatchSize_WritesAndAcknowledgesInBatchesOfThatSize()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);
        await connector.Destination.ConfigureAsync(Destination("sdk.batch.size=3"), token);
        await connector.Destination.OpenAsync(token);

        var ackBatches = new List<int>();
        await using (var run = connector.Destination.Run(token))
        {
            foreach (var record in NewRecords(1, 6))
            {
                await run.WriteAsync([record], token);
            }

            while (ackBatches.Sum() < 6)
            {
                ackBatches.Add((await run.ReadAckBatchAsync(token))!.Count);
            }

            await connector.Destination.StopAsync(At(6), token);
            await run.CompleteAsync();
        }

        Assert.Equal([3, 3], ackBatches);
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task RecordFormat_TheDestinationWritesTheChosenFormat()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);
        await connector.Destination.ConfigureAsync(
            Destination("log.records=true", "sdk.record.format=template", "sdk.record.format.options=op={{ .Operation }} key={{ printf \"%s\" .Key }}"),
            token);
        await connector.Destination.OpenAsync(token);

        await using (var run = connector.Destination.Run(token))
        {
            await run.WriteAsync(NewRecords(1, 1), token);
            Assert.True((await run.ReadAcksAsync(1, token))[0].IsSuccess);
            await connector.Destination.StopAsync(At(1), token);
            await run.CompleteAsync();
        }

        var line = await connector.WaitForLogAsync(e => e.Message.StartsWith("formatted ", StringComparison.Ordinal), cancellationToken: token);
        Assert.Equal("formatted op=create key=k1", line.Message);
        await AssertShutsDownCleanlyAsync(connector, token);
    }

    [Fact(Timeout = 60_000)]
    public async Task BadSdkValues_ConfigureAnswersInvalidArgumentListingEveryProblem()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await StartAsync(token);

        var source = await Assert.ThrowsAsync<RpcException>(() => connector.Source.ConfigureAsync(
            Source(3, "sdk.batch.size=-1", "sdk.batch.delay=soon", "sdk.schema.extract.type=json", "sdk.bacth.size=1"), token));
        var destination = await Assert.ThrowsAsync<RpcException>(() => connector.Destination.ConfigureAsync(
            Destination("sdk.rate.perSecond=fast", "sdk.record.format=xml", "sdk.record.format.options=x"), token));

        Assert.Equal(StatusCode.InvalidArgument, source.StatusCode);
        Assert.Equal(
            "\"sdk.bacth.size\": unrecognized parameter (did you mean \"sdk.batch.size\"?)\n"
            + "error validating \"sdk.batch.delay\": \"soon\" value is not a duration: invalid parameter type\n"
            + "error validating \"sdk.batch.size\": \"-1\" should be greater than -1: greater-than validation failed\n"
            + "error validating \"sdk.schema.extract.type\": \"json\" value must be included in the list [avro]: inclusion validation failed",
            source.Status.Detail);
        Assert.Equal(StatusCode.InvalidArgument, destination.StatusCode);
        Assert.Equal(
            "error validating \"sdk.rate.perSecond\": \"fast\" value is not a float: invalid parameter type\n"
            + "invalid sdk.record.format: \"xml\" is not a known record format (known formats: debezium/json, opencdc/json, template)",
            destination.Status.Detail);
        await AssertShutsDownCleanlyAsync(connector, token);
    }
}
