using Conduit.Connector.Sdk.Runtime;
using static Conduit.Connector.Sdk.Tests.Middleware.MiddlewareRuntimes;

namespace Conduit.Connector.Sdk.Tests.Middleware;

/// <summary>Schema context, extraction and encoding of structured source records.</summary>
public sealed class SourceSchemaTests
{
    [Fact]
    public async Task StructuredRecord_ArrivesAvroEncoded_WithSubjectAndVersion_AndDecodesToSameValues()
    {
        var schemas = new InMemorySchemaService();
        var original = Structured(1);

        var record = await ReadOneAsync(original.Clone(), schemas);

        Assert.Equal("pipeline1:source1:payload", record.Metadata.GetPayloadSchemaSubject());
        Assert.Equal(1, record.Metadata.GetPayloadSchemaVersion());
        Assert.Equal("pipeline1:source1:key", record.Metadata.GetKeySchemaSubject());
        Assert.Equal(1, record.Metadata.GetKeySchemaVersion());
        var payload = Assert.IsType<RawData>(record.Payload.After);
        var key = Assert.IsType<RawData>(record.Key);
        var payloadSchema = await schemas.GetAsync("pipeline1:source1:payload", 1, TestContext.Current.CancellationToken);
        var keySchema = await schemas.GetAsync("pipeline1:source1:key", 1, TestContext.Current.CancellationToken);
        Assert.Equal(original.Payload.After, payloadSchema.GetAvroSerde().Decode(payload.Bytes.Span));
        Assert.Equal(original.Key, keySchema.GetAvroSerde().Decode(key.Bytes.Span));
    }

    [Fact]
    public async Task Collection_IsPrependedToTheSubject()
    {
        var input = Structured(1);
        input.Metadata.SetCollection("users");

        var record = await ReadOneAsync(input, new InMemorySchemaService());

        Assert.Equal("pipeline1:source1:users.payload", record.Metadata.GetPayloadSchemaSubject());
    }

    [Theory]
    [InlineData("sdk.schema.context.name=orders", "orders:payload")]
    [InlineData("sdk.schema.context.enabled=false", "payload")]
    [InlineData("sdk.schema.extract.payload.subject=rows", "pipeline1:source1:rows")]
    public async Task ContextAndSubjectSettings_NameTheSubject(string setting, string subject)
    {
        var record = await ReadOneAsync(Structured(1), new InMemorySchemaService(), setting);

        Assert.Equal(subject, record.Metadata.GetPayloadSchemaSubject());
    }

    [Fact]
    public async Task ExtractionDisabled_StructuredDataTravelsAsIs()
    {
        var record = await ReadOneAsync(Structured(1), new InMemorySchemaService(), "sdk.schema.extract.payload.enabled=false", "sdk.schema.extract.key.enabled=false");

        Assert.IsType<StructuredData>(record.Payload.After);
        Assert.IsType<StructuredData>(record.Key);
        Assert.Null(record.Metadata.GetPayloadSchemaSubject());
    }

    [Fact]
    public async Task RawKey_WarnsOnceNamingTheRealKey()
    {
        var logger = new ListLogger();
        var input = Structured(1);
        input.Key = new RawData("k"u8.ToArray());

        var record = await ReadOneAsync(input, new InMemorySchemaService(), logger: logger);

        Assert.IsType<RawData>(record.Key);
        Assert.Null(record.Metadata.GetKeySchemaSubject());
        Assert.Contains(logger.Lines, l => l.Contains("\"sdk.schema.extract.key.enabled: false\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectorAttachedSchema_IsUsedForEncoding()
    {
        var schemas = new InMemorySchemaService();
        var own = await schemas.CreateAsync(
            SchemaType.Avro, "own", "{\"type\":\"record\",\"name\":\"r\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"name\",\"type\":\"string\"}]}"u8.ToArray(), TestContext.Current.CancellationToken);
        var input = Structured(1);
        input.AttachPayloadSchema(own);

        var record = await ReadOneAsync(input, schemas);

        Assert.Equal("own", record.Metadata.GetPayloadSchemaSubject());
        Assert.Equal(Structured(1).Payload.After, own.GetAvroSerde().Decode(Assert.IsType<RawData>(record.Payload.After).Bytes.Span));
    }

    [Fact]
    public async Task SubjectWithoutVersion_FailsTheReadAsAConnectorBug()
    {
        var input = Structured(1);
        input.Metadata.SetPayloadSchemaSubject("own");

        var error = await Assert.ThrowsAsync<ConnectorCallException>(() => ReadOneAsync(input, new InMemorySchemaService()));

        Assert.Contains("expected the payload schema subject and version to be both set to valid values, this is a bug in the connector", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataThatDoesNotFitTheAttachedSchema_FailsWithAClearError()
    {
        var schemas = new InMemorySchemaService();
        var own = await schemas.CreateAsync(
            SchemaType.Avro, "own", "{\"type\":\"record\",\"name\":\"r\",\"fields\":[{\"name\":\"id\",\"type\":\"boolean\"}]}"u8.ToArray(), TestContext.Current.CancellationToken);
        var input = Structured(7);
        input.AttachPayloadSchema(own);

        var error = await Assert.ThrowsAsync<ConnectorCallException>(() => ReadOneAsync(input, schemas));

        Assert.Contains("cannot encode the payload.after of the record at position \"7\" with schema own v1", error.Message, StringComparison.Ordinal);
    }

    internal static Record Structured(int id) => Record.NewCreate(
        Position.FromString(id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new StructuredData { ["id"] = (long)id },
        new StructuredData { ["id"] = (long)id, ["name"] = "name " + id });

    private static Task<Record> ReadOneAsync(Record input, ISchemaService schemas, params string[] settings) =>
        ReadOneAsync(input, schemas, null, settings);

    private static async Task<Record> ReadOneAsync(Record input, ISchemaService schemas, ListLogger? logger, params string[] settings)
    {
        var runtime = Source(new ListSource([input], endWhenDone: true), schemas: schemas, logger: logger);
        await runtime.ConfigureAsync(Config(settings), CancellationToken.None);
        await runtime.OpenAsync(Position.Empty, CancellationToken.None);
        var stream = new MessageStream();
        var run = runtime.RunAsync(stream.Acknowledgments, stream.SendAsync, CancellationToken.None);
        var received = stream.ReceiveAsync();
        var first = await Task.WhenAny(received, run);
        if (first == run)
        {
            await run; // the run failed: surface its error
        }

        var message = await received;
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        return Assert.Single(message);
    }
}
