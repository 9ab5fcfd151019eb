using static Conduit.Connector.Sdk.Tests.Middleware.MiddlewareRuntimes;

namespace Conduit.Connector.Sdk.Tests.Middleware;

/// <summary>sdk.* values are parsed and validated with the connector's own configuration: every problem at once, sorted by key.</summary>
public sealed class MiddlewareConfigurationTests
{
    [Fact]
    public async Task Source_BadSdkValuesAndConnectorErrors_ReportedTogetherSortedByKey()
    {
        var runtime = Source(new UrlSource());

        var error = await Assert.ThrowsAsync<ConfigurationException>(() => runtime.ConfigureAsync(
            Config("sdk.batch.size=-1", "sdk.batch.delay=soon", "sdk.schema.context.enabled=maybe", "sdk.schema.extract.type=json", "sdk.bacth.size=5"),
            CancellationToken.None));

        Assert.Equal(
            [
                "\"sdk.bacth.size\": unrecognized parameter (did you mean \"sdk.batch.size\"?)",
                "error validating \"sdk.batch.delay\": \"soon\" value is not a duration: invalid parameter type",
                "error validating \"sdk.batch.size\": \"-1\" should be greater than -1: greater-than validation failed",
                "error validating \"sdk.schema.context.enabled\": \"maybe\" value is not a boolean: invalid parameter type",
                "error validating \"sdk.schema.extract.type\": \"json\" value must be included in the list [avro]: inclusion validation failed",
                "error validating \"url\": required parameter is not provided",
            ],
            error.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task Destination_BadSdkValuesAndConnectorErrors_ReportedTogetherSortedByKey()
    {
        var runtime = Destination(new UrlDestination());

        var error = await Assert.ThrowsAsync<ConfigurationException>(() => runtime.ConfigureAsync(
            Config("sdk.rate.perSecond=-2", "sdk.rate.burst=many", "sdk.record.format=xml", "sdk.schema.extract.key.enabled=yes"),
            CancellationToken.None));

        Assert.Equal(
            [
                "error validating \"sdk.rate.burst\": \"many\" value is not an integer: invalid parameter type",
                "error validating \"sdk.rate.perSecond\": \"-2\" should be greater than -1: greater-than validation failed",
                "invalid sdk.record.format: \"xml\" is not a known record format (known formats: debezium/json, opencdc/json, template)",
                "error validating \"sdk.schema.extract.key.enabled\": \"yes\" value is not a boolean: invalid parameter type",
                "error validating \"url\": required parameter is not provided",
            ],
            error.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task Destination_InvalidFormatOptions_NameKeyValueAndRule()
    {
        var runtime = Destination(new RecordingDestination());

        var error = await Assert.ThrowsAsync<ConfigurationException>(() => runtime.ConfigureAsync(
            Config("sdk.record.format=template", "sdk.record.format.options={{ .Nope"),
            CancellationToken.None));

        var only = Assert.Single(error.Errors);
        Assert.Equal("sdk.record.format.options", only.Key);
        Assert.Equal("{{ .Nope", only.Value);
        Assert.StartsWith("invalid sdk.record.format.options for \"template\": ", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Destination_RecordFormat_ReachesTheAuthorsSerializer()
    {
        var destination = new RecordingDestination();
        var runtime = Destination(destination);

        await runtime.ConfigureAsync(Config("sdk.record.format=template", "sdk.record.format.options=fixed text"), CancellationToken.None);

        Assert.Equal("fixed text", System.Text.Encoding.UTF8.GetString(destination.Serializer.Serialize(new Record())));
    }

    [Fact]
    public async Task Destination_NoFormatMiddleware_SerializerIsOpenCdcJson()
    {
        var destination = new RecordingDestination();
        var runtime = Destination(destination, MiddlewarePipeline<DestinationMiddleware>.Empty);
        var record = Record.NewCreate(Position.FromString("1"), null, new RawData("x"u8.ToArray()));

        await runtime.ConfigureAsync(Config(), CancellationToken.None);

        Assert.Equal(OpenCdcJson.SerializeToUtf8Bytes(record), destination.Serializer.Serialize(record));
    }

    [Fact]
    public async Task Source_UnknownSdkKeyWithoutMiddleware_IsUnrecognized()
    {
        var runtime = Source(new ListSource([]), MiddlewarePipeline<SourceMiddleware>.Empty);

        var error = await Assert.ThrowsAsync<ConfigurationException>(() => runtime.ConfigureAsync(Config("sdk.batch.size=5"), CancellationToken.None));

        Assert.Equal("\"sdk.batch.size\": unrecognized parameter", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public async Task Defaults_AreValid()
    {
        await Source(new ListSource([])).ConfigureAsync(Config(), CancellationToken.None);
        await Destination(new RecordingDestination()).ConfigureAsync(Config(), CancellationToken.None);
    }
}
