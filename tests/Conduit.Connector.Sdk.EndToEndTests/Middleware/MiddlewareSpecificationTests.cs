using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using Conduit.Connector.Sdk.Testing;

namespace Conduit.Connector.Sdk.EndToEndTests.Middleware;

/// <summary>Every connector publishes the Go SDK's sdk.* keys (go-sdk.md §4.2, §4.3), through Specify and through <c>spec</c>.</summary>
public sealed class MiddlewareSpecificationTests
{
    private const string SubjectTail = " If the record metadata contains the field \"opencdc.collection\" it is prepended to the subject name and separated with a dot.";

    /// <summary>name → type|default|validations|description, as Go publishes them.</summary>
    public static readonly IReadOnlyDictionary<string, string> SourceKeys = new Dictionary<string, string>
    {
        ["sdk.batch.size"] = "Int|0|GreaterThan:-1|Maximum size of batch before it gets read from the source.",
        ["sdk.batch.delay"] = "Duration|0||Maximum delay before an incomplete batch is read from the source.",
        ["sdk.schema.context.enabled"] = "Bool|true||Specifies whether to use a schema context name. If set to false, no schema context name will be used, and schemas will be saved with the subject name specified in the connector (not safe because of name conflicts).",
        ["sdk.schema.context.name"] = "String|||Schema context name to be used. Used as a prefix for all schema subject names. If empty, defaults to the connector ID.",
        ["sdk.schema.extract.type"] = "String|avro|Inclusion:avro|The type of the payload schema.",
        ["sdk.schema.extract.payload.enabled"] = "Bool|true||Whether to extract and encode the record payload with a schema.",
        ["sdk.schema.extract.payload.subject"] = "String|payload||The subject of the payload schema." + SubjectTail,
        ["sdk.schema.extract.key.enabled"] = "Bool|true||Whether to extract and encode the record key with a schema.",
        ["sdk.schema.extract.key.subject"] = "String|key||The subject of the key schema." + SubjectTail,
    };

    public static readonly IReadOnlyDictionary<string, string> DestinationKeys = new Dictionary<string, string>
    {
        ["sdk.rate.perSecond"] = "Float|0|GreaterThan:-1|Maximum number of records written per second (0 means no rate limit).",
        ["sdk.rate.burst"] = "Int|0|GreaterThan:-1|Allow bursts of at most X records (0 or less means that bursts are not limited). Only takes effect if a rate limit per second is set. Note that if `sdk.batch.size` is bigger than `sdk.rate.burst`, the effective batch size will be equal to `sdk.rate.burst`.",
        ["sdk.record.format"] = "String|opencdc/json||The format of the output record. See the Conduit documentation for a full list of supported formats (https://conduit.io/docs/using/connectors/configuration-parameters/output-format).",
        ["sdk.record.format.options"] = "String|||Options to configure the chosen output record format. Options are normally key=value pairs separated with comma (e.g. opt1=val2,opt2=val2), except for the `template` record format, where options are a Go template.",
        ["sdk.batch.size"] = "Int|0|GreaterThan:-1|Maximum size of batch before it gets written to the destination.",
        ["sdk.batch.delay"] = "Duration|0||Maximum delay before an incomplete batch is written to the destination.",
        ["sdk.schema.extract.payload.enabled"] = "Bool|true||Whether to extract and decode the record payload with a schema.",
        ["sdk.schema.extract.key.enabled"] = "Bool|true||Whether to extract and decode the record key with a schema.",
    };

    [Fact(Timeout = 60_000)]
    public async Task Specify_ListsEverySdkKeyWithGoTypeDefaultValidationsAndDescription()
    {
        var token = TestContext.Current.CancellationToken;
        await using var connector = await RuntimeConnector.StartAsync(token);

        var specification = await connector.Specifier.SpecifyAsync(token);

        Assert.Equal(SourceKeys, SdkKeys(specification.SourceParameters));
        Assert.Equal(DestinationKeys, SdkKeys(specification.DestinationParameters));
        Assert.Contains("count", specification.SourceParameters.Keys);
        Assert.Contains("target", specification.DestinationParameters.Keys);
    }

    [Fact(Timeout = 60_000)]
    public async Task SpecCommand_ListsEverySdkKeyWithItsDefault()
    {
        var options = TestConnector.Options(ConnectorBuild.Jit);
        options.Arguments.Add("spec");

        var result = await ConnectorProcess.RunAsync(options, TestContext.Current.CancellationToken);

        Assert.Equal(0, result.ExitCode);
        foreach (var key in SourceKeys.Keys.Concat(DestinationKeys.Keys))
        {
            Assert.Contains($"      - name: {key}\n", result.StandardOutput, StringComparison.Ordinal);
        }

        Assert.Contains(
            "      - name: sdk.batch.size\n        description: Maximum size of batch before it gets read from the source.\n        type: int\n        default: \"0\"\n",
            result.StandardOutput,
            StringComparison.Ordinal);
    }

    private static Dictionary<string, string> SdkKeys(IReadOnlyDictionary<string, ParameterSpecification> parameters) =>
        parameters
            .Where(p => p.Key.StartsWith("sdk.", StringComparison.Ordinal))
            .ToDictionary(
                p => p.Key,
                p => $"{p.Value.Type}|{p.Value.Default}|{string.Join(';', p.Value.Validations.Select(v => $"{v.Type}:{v.Value}"))}|{p.Value.Description}");
}
