using System.Text;

namespace Conduit.Connector.Sdk.Tests.Schemas;

public class InMemorySchemaServiceTests
{
    private static readonly byte[] SchemaA = Encoding.UTF8.GetBytes("""{"name":"record","type":"record","fields":[{"name":"a","type":"int"}]}""");
    private static readonly byte[] SchemaB = Encoding.UTF8.GetBytes("""{"name":"record","type":"record","fields":[{"name":"b","type":"int"}]}""");

    [Fact]
    public async Task Create_NumbersVersionsPerSubjectAndIdsAcrossTheService()
    {
        var service = new InMemorySchemaService();

        var a1 = await service.CreateAsync(SchemaType.Avro, "s1", SchemaA, TestContext.Current.CancellationToken);
        var b1 = await service.CreateAsync(SchemaType.Avro, "s1", SchemaB, TestContext.Current.CancellationToken);
        var a2 = await service.CreateAsync(SchemaType.Avro, "s2", SchemaA, TestContext.Current.CancellationToken);

        Assert.Equal(("s1", 1, 1), (a1.Subject, a1.Version, a1.Id));
        Assert.Equal(("s1", 2, 2), (b1.Subject, b1.Version, b1.Id));
        Assert.Equal(("s2", 1, 1), (a2.Subject, a2.Version, a2.Id));
        Assert.Equal(SchemaType.Avro, a1.Type);
        Assert.Equal(Encoding.UTF8.GetString(SchemaA), a1.Text);
    }

    [Fact]
    public async Task Create_SameTextAgain_ReturnsTheExistingVersion()
    {
        var service = new InMemorySchemaService();

        var first = await service.CreateAsync(SchemaType.Avro, "s", SchemaA, TestContext.Current.CancellationToken);
        await service.CreateAsync(SchemaType.Avro, "s", SchemaB, TestContext.Current.CancellationToken);
        var again = await service.CreateAsync(SchemaType.Avro, "s", SchemaA.ToArray(), TestContext.Current.CancellationToken);

        Assert.Same(first, again);
    }

    [Fact]
    public async Task Get_ReturnsWhatCreateRegistered()
    {
        var service = new InMemorySchemaService();
        await service.CreateAsync(SchemaType.Avro, "s", SchemaA, TestContext.Current.CancellationToken);
        var second = await service.CreateAsync(SchemaType.Avro, "s", SchemaB, TestContext.Current.CancellationToken);

        Assert.Same(second, await service.GetAsync("s", 2, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Get_UnknownSubject_ThrowsSubjectNotFound()
    {
        var error = await Assert.ThrowsAsync<SchemaSubjectNotFoundException>(() => new InMemorySchemaService().GetAsync("nope", 1, TestContext.Current.CancellationToken));

        Assert.Equal("subject nope: schema subject not found", error.Message);
        Assert.Equal(("nope", 1), (error.Subject, error.Version));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-1)]
    public async Task Get_UnknownVersion_ThrowsVersionNotFound(int version)
    {
        var service = new InMemorySchemaService();
        await service.CreateAsync(SchemaType.Avro, "s", SchemaA, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<SchemaVersionNotFoundException>(() => service.GetAsync("s", version, TestContext.Current.CancellationToken));

        Assert.Equal($"subject s version {version}: schema version not found", error.Message);
    }

    [Fact]
    public async Task Create_InvalidAvro_ThrowsInvalidSchema()
    {
        var error = await Assert.ThrowsAsync<InvalidSchemaException>(
            () => new InMemorySchemaService().CreateAsync(SchemaType.Avro, "s", Encoding.UTF8.GetBytes("{\"type\":\"nope\"}"), TestContext.Current.CancellationToken));

        Assert.Equal("s", error.Subject);
    }

    [Fact]
    public async Task Create_UnknownType_ThrowsInvalidSchema() =>
        await Assert.ThrowsAsync<InvalidSchemaException>(() => new InMemorySchemaService().CreateAsync((SchemaType)7, "s", SchemaA, TestContext.Current.CancellationToken));

    [Fact]
    public async Task Create_ConcurrentCalls_GiveDistinctSequentialVersions()
    {
        var service = new InMemorySchemaService();
        var texts = Enumerable.Range(0, 50)
            .Select(i => Encoding.UTF8.GetBytes($$"""{"name":"r","type":"record","fields":[{"name":"f{{i}}","type":"int"}]}"""))
            .ToArray();

        var schemas = await Task.WhenAll(texts.Select(text => Task.Run(() => service.CreateAsync(SchemaType.Avro, "s", text, TestContext.Current.CancellationToken))));

        Assert.Equal(Enumerable.Range(1, 50), schemas.Select(s => s.Version).Order());
    }
}
