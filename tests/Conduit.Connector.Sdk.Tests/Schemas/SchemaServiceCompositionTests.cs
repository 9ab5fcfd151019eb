using System.Text;
using Conduit.Connector.Sdk.Schemas;

namespace Conduit.Connector.Sdk.Tests.Schemas;

public class SchemaServiceCompositionTests
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("""{"type":"record","name":"r","fields":[]}""");

    [Fact]
    public async Task ContextService_PrefixesCreateButNotGet()
    {
        var inner = new InMemorySchemaService();
        var service = new SchemaContextService(inner, "pipeline1:src");

        var created = await service.CreateAsync(SchemaType.Avro, "users.payload", Text, TestContext.Current.CancellationToken);
        var got = await service.GetAsync(created.Subject, created.Version, TestContext.Current.CancellationToken);

        Assert.Equal("pipeline1:src:users.payload", created.Subject);
        Assert.Same(created, got);
        await Assert.ThrowsAsync<SchemaSubjectNotFoundException>(() => service.GetAsync("users.payload", 1, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task ContextService_WithoutName_LeavesSubjects(string? contextName)
    {
        var service = new SchemaContextService(new InMemorySchemaService(), contextName);

        var created = await service.CreateAsync(SchemaType.Avro, "payload", Text, TestContext.Current.CancellationToken);

        Assert.Equal("payload", created.Subject);
    }

    [Fact]
    public void AttachSchemas_WriteSubjectAndVersionIntoMetadata()
    {
        var record = new Record();

        record.AttachKeySchema(new Schema("k", 2, 9, SchemaType.Avro, Text));
        record.AttachPayloadSchema(new Schema("p", 5, 9, SchemaType.Avro, Text));

        Assert.Equal("k", record.Metadata[MetadataKeys.KeySchemaSubject]);
        Assert.Equal("2", record.Metadata[MetadataKeys.KeySchemaVersion]);
        Assert.Equal("p", record.Metadata.GetPayloadSchemaSubject());
        Assert.Equal(5, record.Metadata.GetPayloadSchemaVersion());
    }

    [Fact]
    public async Task Factory_WithoutUtilitiesTarget_FailsOnUseNamingTheVariable()
    {
        var service = SchemaServices.Create(new ConnectorEnvironment());

        var error = await Assert.ThrowsAsync<SchemaException>(() => service.GetAsync("s", 1, TestContext.Current.CancellationToken));

        Assert.StartsWith("the schema service is unavailable: CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factory_WithTarget_CreatesACachedClient()
    {
        using var service = Assert.IsType<CachedSchemaService>(SchemaServices.Create(new ConnectorEnvironment { UtilitiesTarget = "127.0.0.1:1", Token = "t" }));
    }

    [Theory]
    [InlineData("127.0.0.1:8084", "http://127.0.0.1:8084/")]
    [InlineData("localhost:8084", "http://localhost:8084/")]
    [InlineData("dns:///localhost:8084", "http://localhost:8084/")]
    [InlineData("passthrough:///127.0.0.1:9", "http://127.0.0.1:9/")]
    [InlineData("[::1]:8084", "http://[::1]:8084/")]
    [InlineData("http://10.0.0.1:80", "http://10.0.0.1/")]
    [InlineData("unix:///tmp/conduit.sock", "http://localhost/")]
    public void Target_ResolvesToPlainHttpAddress(string target, string expected)
    {
        var (address, handler) = SchemaServiceTarget.Resolve(target);
        handler.Dispose();

        Assert.Equal(expected, address.ToString());
    }

    [Theory]
    [InlineData("unix:")]
    [InlineData("ftp://x:1")]
    [InlineData(":::")]
    public void Target_Invalid_Throws(string target) => Assert.Throws<FormatException>(() => SchemaServiceTarget.Resolve(target));
}
