using Conduit.Connector.Sdk.Runtime;
using Conduit.Connector.Sdk.Tests.Runtime;

namespace Conduit.Connector.Sdk.Tests.Middleware;

/// <summary>The sdk.* keys every connector publishes (go-sdk.md §4.2/§4.3), and how authors change them.</summary>
public sealed class MiddlewareSpecificationTests
{
    private const string SubjectTail = " If the record metadata contains the field \"opencdc.collection\" it is prepended to the subject name and separated with a dot.";

    [Fact]
    public void Source_DefaultPipeline_PublishesGoKeysTypesDefaultsValidationsAndDescriptions()
    {
        var parameters = Instances(new Connector { Specification = new Hosting.SampleSpecification(), Source = () => new ListSource([]) }).SourceParameters;

        Assert.Equal(
            [
                "sdk.batch.size|Int|0|GreaterThan:-1|Maximum size of batch before it gets read from the source.",
                "sdk.batch.delay|Duration|0||Maximum delay before an incomplete batch is read from the source.",
                "sdk.schema.context.enabled|Bool|true||Specifies whether to use a schema context name. If set to false, no schema context name will be used, and schemas will be saved with the subject name specified in the connector (not safe because of name conflicts).",
                "sdk.schema.context.name|String|||Schema context name to be used. Used as a prefix for all schema subject names. If empty, defaults to the connector ID.",
                "sdk.schema.extract.type|String|avro|Inclusion:avro|The type of the payload schema.",
                "sdk.schema.extract.payload.enabled|Bool|true||Whether to extract and encode the record payload with a schema.",
                "sdk.schema.extract.payload.subject|String|payload||The subject of the payload schema." + SubjectTail,
                "sdk.schema.extract.key.enabled|Bool|true||Whether to extract and encode the record key with a schema.",
                "sdk.schema.extract.key.subject|String|key||The subject of the key schema." + SubjectTail,
            ],
            parameters.Select(Describe));
    }

    [Fact]
    public void Destination_DefaultPipeline_PublishesGoKeysTypesDefaultsValidationsAndDescriptions()
    {
        var parameters = Instances(new Connector { Specification = new Hosting.SampleSpecification(), Destination = () => new RecordingDestination() }).DestinationParameters;

        Assert.Equal(
            [
                "sdk.rate.perSecond|Float|0|GreaterThan:-1|Maximum number of records written per second (0 means no rate limit).",
                "sdk.rate.burst|Int|0|GreaterThan:-1|Allow bursts of at most X records (0 or less means that bursts are not limited). Only takes effect if a rate limit per second is set. Note that if `sdk.batch.size` is bigger than `sdk.rate.burst`, the effective batch size will be equal to `sdk.rate.burst`.",
                "sdk.record.format|String|opencdc/json||The format of the output record. See the Conduit documentation for a full list of supported formats (https://conduit.io/docs/using/connectors/configuration-parameters/output-format).",
                "sdk.record.format.options|String|||Options to configure the chosen output record format. Options are normally key=value pairs separated with comma (e.g. opt1=val2,opt2=val2), except for the `template` record format, where options are a Go template.",
                "sdk.batch.size|Int|0|GreaterThan:-1|Maximum size of batch before it gets written to the destination.",
                "sdk.batch.delay|Duration|0||Maximum delay before an incomplete batch is written to the destination.",
                "sdk.schema.extract.payload.enabled|Bool|true||Whether to extract and decode the record payload with a schema.",
                "sdk.schema.extract.key.enabled|Bool|true||Whether to extract and decode the record key with a schema.",
            ],
            parameters.Select(Describe));
    }

    [Fact]
    public void ConnectorParameters_ComeFirst_ThenMiddlewareOutermostFirst()
    {
        var parameters = Instances(new Connector { Specification = new Hosting.SampleSpecification(), Source = () => new UrlSource() }).SourceParameters;

        Assert.Equal("url", parameters[0].Name);
        Assert.Equal("sdk.batch.size", parameters[1].Name);
    }

    [Fact]
    public void ChangedDefaults_ShowInTheSpecification()
    {
        var connector = new Connector
        {
            Specification = new Hosting.SampleSpecification(),
            Source = () => new ListSource([]),
            Destination = () => new RecordingDestination(),
            SourceMiddleware = SourceMiddleware.Default
                .With(new SourceBatchMiddleware { BatchSize = 1234, BatchDelay = TimeSpan.FromMilliseconds(1500) })
                .With(new SourceSchemaExtractionMiddleware { KeyEnabled = false, PayloadSubject = "rows" }),
            DestinationMiddleware = DestinationMiddleware.Default
                .With(new DestinationRateLimitMiddleware { RatePerSecond = 2.5, Burst = 10 })
                .With(new DestinationRecordFormatMiddleware { Format = "template", Options = "{{ .Key }}" }),
        };
        var instances = Instances(connector);

        var source = instances.SourceParameters.ToDictionary(p => p.Name, p => p.Default);
        var destination = instances.DestinationParameters.ToDictionary(p => p.Name, p => p.Default);

        Assert.Equal("1234", source["sdk.batch.size"]);
        Assert.Equal("1.5s", source["sdk.batch.delay"]);
        Assert.Equal("false", source["sdk.schema.extract.key.enabled"]);
        Assert.Equal("rows", source["sdk.schema.extract.payload.subject"]);
        Assert.Equal("2.5", destination["sdk.rate.perSecond"]);
        Assert.Equal("10", destination["sdk.rate.burst"]);
        Assert.Equal("template", destination["sdk.record.format"]);
        Assert.Equal("{{ .Key }}", destination["sdk.record.format.options"]);
        Assert.Equal(9, source.Count);
    }

    [Fact]
    public void DroppedMiddleware_TakeTheirKeysWith()
    {
        var connector = new Connector
        {
            Specification = new Hosting.SampleSpecification(),
            Source = () => new ListSource([]),
            Destination = () => new RecordingDestination(),
            SourceMiddleware = SourceMiddleware.Default.Without<SourceSchemaContextMiddleware>(),
            DestinationMiddleware = MiddlewarePipeline<DestinationMiddleware>.Empty,
        };
        var instances = Instances(connector);

        Assert.DoesNotContain(instances.SourceParameters, p => p.Name.StartsWith("sdk.schema.context.", StringComparison.Ordinal));
        Assert.Equal(7, instances.SourceParameters.Count);
        Assert.Empty(instances.DestinationParameters);
    }

    [Fact]
    public void KeyDeclaredByConnectorAndMiddleware_FailsNamingTheKey()
    {
        var connector = new Connector
        {
            Specification = new Hosting.SampleSpecification(),
            Source = () => new ListSource([]),
            SourceMiddleware = SourceMiddleware.Default.With(new ClashingMiddleware()),
        };

        var error = Assert.Throws<InvalidOperationException>(() => Instances(connector).SourceParameters);

        Assert.Contains("\"sdk.batch.size\" is declared twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_SameType_ReplacesInPlace_OtherType_AddsInnermost()
    {
        var replaced = SourceMiddleware.Default.With(new SourceBatchMiddleware { BatchSize = 5 });
        var added = SourceMiddleware.Default.With(new OrderMiddleware());

        Assert.Equal(5, Assert.IsType<SourceBatchMiddleware>(replaced[0]).BatchSize);
        Assert.Equal(4, replaced.Count);
        Assert.IsType<OrderMiddleware>(added[^1]);
        Assert.Equal(5, added.Count);
        Assert.Equal(0, Assert.IsType<SourceBatchMiddleware>(SourceMiddleware.Default[0]).BatchSize);
    }

    [Fact]
    public void Pipeline_TwoOfOneType_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new MiddlewarePipeline<SourceMiddleware>([new SourceBatchMiddleware(), new SourceBatchMiddleware()]));
    }

    internal static ConnectorInstances Instances(Connector connector) => new(connector);

    private static string Describe(ParameterSpecification p) =>
        $"{p.Name}|{p.Type}|{p.Default}|{string.Join(';', p.Validations.Select(v => $"{v.Type}:{v.Value}"))}|{p.Description}";

    private sealed class ClashingMiddleware : SourceMiddleware<ClashingConfig>
    {
        protected override ValueTask ProcessAsync(Record record, ClashingConfig configuration, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private sealed class ClashingConfig : IConnectorConfiguration<ClashingConfig>
    {
        public static IReadOnlyList<ParameterSpecification> Parameters { get; } = [new("sdk.batch.size", ParameterType.Int)];

        public static ClashingConfig Read(ConfigurationReader reader) => new();
    }
}
