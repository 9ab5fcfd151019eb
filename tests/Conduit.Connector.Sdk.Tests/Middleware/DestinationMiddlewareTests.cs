using Conduit.Connector.Sdk.Middleware;
using Conduit.Connector.Sdk.Schemas.Avro;
using static Conduit.Connector.Sdk.Tests.Middleware.MiddlewareRuntimes;

namespace Conduit.Connector.Sdk.Tests.Middleware;

/// <summary>Schema decoding, batching and rate limiting in front of the destination.</summary>
public sealed class DestinationMiddlewareTests
{
    [Fact]
    public async Task EncodedRecord_DecodesBackToTheSameValues()
    {
        var schemas = new InMemorySchemaService();
        var original = SourceSchemaTests.Structured(1);
        var encoded = await EncodeAsync(original, schemas);
        var destination = new RecordingDestination();

        var acks = await WriteAsync(destination, schemas, [encoded], expectedAcks: 1);

        Assert.Null(Assert.Single(acks).Error);
        var written = Assert.Single(Assert.Single(destination.Batches));
        Assert.Equal(original.Payload.After, written.Payload.After);
        Assert.Equal(original.Key, written.Key);
    }

    [Fact]
    public async Task UndecodableRecord_FailsNamingItsIndex_RecordsBeforeItAreWritten()
    {
        var schemas = new InMemorySchemaService();
        var good = await EncodeAsync(SourceSchemaTests.Structured(1), schemas);
        var bad = await EncodeAsync(SourceSchemaTests.Structured(2), schemas);
        bad.Payload.After = new RawData(new byte[] { 0xff, 0xff, 0xff });
        var after = await EncodeAsync(SourceSchemaTests.Structured(3), schemas);
        var destination = new RecordingDestination();

        var acks = await WriteAsync(destination, schemas, [good, bad, after], expectedAcks: 3);

        Assert.Null(acks[0].Error);
        Assert.StartsWith("record 1 (position \"2\"): cannot decode the payload.after with schema pipeline1:source1:payload v1", acks[1].Error, StringComparison.Ordinal);
        Assert.Equal(acks[1].Error, acks[2].Error);
        Assert.Equal([Position.FromString("1")], destination.Batches.SelectMany(b => b).Select(r => r.Position));
    }

    [Fact]
    public async Task Batch_Size_RegroupsMessages_AcksInOrder_StopFlushesTheRest()
    {
        var destination = new RecordingDestination();
        var runtime = Destination(destination);
        await runtime.ConfigureAsync(Config("sdk.batch.size=3"), CancellationToken.None);
        await runtime.OpenAsync(CancellationToken.None);
        var stream = new AckStream();
        var run = runtime.RunAsync(stream.Batches, stream.SendAcksAsync, CancellationToken.None);
        var records = SourceBatchTests.Records(7);

        stream.Send(records[0]);
        stream.Send(records[1]);
        stream.Send(records[2..]);
        var first = await stream.ReceiveAcksAsync(6);
        await runtime.StopAsync(Position.FromString("7"), CancellationToken.None);
        var last = await stream.ReceiveAcksAsync(1);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(SourceBatchTests.Positions(1, 7), first.Concat(last).Select(a => a.Position));
        Assert.Equal([3, 3, 1], destination.Batches.Select(b => b.Count));
    }

    [Fact]
    public async Task Batch_DelayOnly_WritesWhatArrivedWithinTheDelay()
    {
        var destination = new RecordingDestination();
        var runtime = Destination(destination);
        await runtime.ConfigureAsync(Config("sdk.batch.delay=1s"), CancellationToken.None);
        await runtime.OpenAsync(CancellationToken.None);
        var stream = new AckStream();
        var run = runtime.RunAsync(stream.Batches, stream.SendAcksAsync, CancellationToken.None);
        var records = SourceBatchTests.Records(4);

        stream.Send(records[..2]);
        stream.Send(records[2..]);
        await stream.ReceiveAcksAsync(4);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(4, Assert.Single(destination.Batches).Count);
    }

    [Fact]
    public async Task RateLimit_WaitFailsAfterAChunkWasWritten_ThatChunkStaysWritten()
    {
        // Go answers (0, "rate limiter: …") here, so the chunk already written is nacked and written again.
        using var stage = new RateLimitStage(perSecond: 0.001, burst: 2);
        using var cts = new CancellationTokenSource();
        var written = new List<Record>();
        ValueTask Next(IReadOnlyList<Record> records, CancellationToken ct)
        {
            written.AddRange(records);
            cts.Cancel(); // the next chunk would wait ~2000 s; the stream ends meanwhile
            return ValueTask.CompletedTask;
        }

        var error = await Assert.ThrowsAsync<PartialWriteException>(() => stage.WriteAsync(SourceBatchTests.Records(5), Next, cts.Token).AsTask());

        Assert.Equal(2, error.WrittenCount);
        Assert.StartsWith("rate limiter: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, written.Count);
    }

    [Fact]
    public async Task RateLimit_WritesInChunksOfTheBurst_DefaultBurstIsOneSecondOfRecords()
    {
        using var limited = new RateLimitStage(perSecond: 1000, burst: 3);
        using var defaulted = new RateLimitStage(perSecond: 2.5, burst: 0);
        var chunks = new List<int>();

        await limited.WriteAsync(SourceBatchTests.Records(7), (records, _) => { chunks.Add(records.Count); return ValueTask.CompletedTask; }, CancellationToken.None);

        Assert.Equal([3, 3, 1], chunks);
        Assert.Equal(3, defaulted.Burst);
    }

    [Fact]
    public async Task RateLimit_PartialWriteInALaterChunk_CountsEveryWrittenRecord()
    {
        using var stage = new RateLimitStage(perSecond: 1000, burst: 2);
        var calls = 0;
        ValueTask Next(IReadOnlyList<Record> records, CancellationToken ct) =>
            ++calls == 2 ? throw new PartialWriteException(1, "disk full") : ValueTask.CompletedTask;

        var error = await Assert.ThrowsAsync<PartialWriteException>(() => stage.WriteAsync(SourceBatchTests.Records(5), Next, CancellationToken.None).AsTask());

        Assert.Equal(3, error.WrittenCount);
        Assert.Equal("disk full", error.Message);
    }

    private static async Task<Record> EncodeAsync(Record record, InMemorySchemaService schemas)
    {
        var payload = (StructuredData)record.Payload.After!;
        var key = (StructuredData)record.Key!;
        var payloadSchema = await schemas.CreateAsync(SchemaType.Avro, "pipeline1:source1:payload", AvroSerde.ForData(payload).GetTextBytes());
        var keySchema = await schemas.CreateAsync(SchemaType.Avro, "pipeline1:source1:key", AvroSerde.ForData(key).GetTextBytes());
        var encoded = record.Clone();
        encoded.Payload.After = new RawData(payloadSchema.GetAvroSerde().Encode(payload));
        encoded.Key = new RawData(keySchema.GetAvroSerde().Encode(key));
        encoded.AttachPayloadSchema(payloadSchema);
        encoded.AttachKeySchema(keySchema);
        return encoded;
    }

    private static async Task<List<Sdk.Runtime.DestinationAck>> WriteAsync(RecordingDestination destination, ISchemaService schemas, Record[] batch, int expectedAcks)
    {
        var runtime = Destination(destination, schemas: schemas);
        await runtime.ConfigureAsync(Config(), CancellationToken.None);
        await runtime.OpenAsync(CancellationToken.None);
        var stream = new AckStream();
        var run = runtime.RunAsync(stream.Batches, stream.SendAcksAsync, CancellationToken.None);
        stream.Send(batch);
        var acks = await stream.ReceiveAcksAsync(expectedAcks);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        return acks;
    }
}
