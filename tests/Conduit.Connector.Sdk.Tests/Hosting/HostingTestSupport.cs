using System.Text;
using System.Text.Json;
using Conduit.Connector.Sdk.Hosting.Logging;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Tests.Hosting;

internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>An hclog provider writing into memory, and helpers to read its lines back.</summary>
internal sealed class CapturedLog
{
    private readonly MemoryStream _stream = new();

    public CapturedLog(LogLevel level = LogLevel.Trace, TimeProvider? time = null)
    {
        Provider = new HclogLoggerProvider(new StderrSink(_stream), level, time);
    }

    public HclogLoggerProvider Provider { get; }

    public string Text => Encoding.UTF8.GetString(_stream.ToArray());

    public IReadOnlyList<string> Lines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<JsonElement> Entries => [.. Lines.Select(line => JsonDocument.Parse(line).RootElement.Clone())];
}

internal sealed class SampleSpecification : Specification
{
    public override string Name => "sample";

    public override string Summary => "Reads and writes samples.";

    public override string Description => "First line.\nSecond line: with a colon.";

    public override string Version => "v1.2.3";

    public override string Author => "Sample Authors";
}

internal sealed class SampleSourceConfig : IConnectorConfiguration<SampleSourceConfig>
{
    public static IReadOnlyList<ParameterSpecification> Parameters { get; } =
    [
        new("sdk.batch.size", ParameterType.Int) { Default = "0", Description = "Maximum records per batch." },
        new("url", ParameterType.String) { Description = "Where to read from.", Validations = [new(ValidationType.Required, "")] },
        new("mode", ParameterType.String)
        {
            Default = "true",
            Validations = [new(ValidationType.Inclusion, "true,fast,slow"), new(ValidationType.Regex, "^[a-z]+$")],
        },
        new("count", ParameterType.Int) { Default = "3", Validations = [new(ValidationType.GreaterThan, "0"), new(ValidationType.LessThan, "100")] },
        new("sdk.schema.extract.enabled", ParameterType.Bool) { Default = "true", Validations = [new(ValidationType.Required, "")] },
    ];

    public static SampleSourceConfig Read(ConfigurationReader reader) => new();
}

internal sealed class SampleDestinationConfig : IConnectorConfiguration<SampleDestinationConfig>
{
    public static IReadOnlyList<ParameterSpecification> Parameters { get; } =
    [
        new("timeout", ParameterType.Duration) { Default = "1m30s", Description = "How long to wait." },
        new("key.file", ParameterType.File) { Validations = [new(ValidationType.Exclusion, "/etc/passwd")] },
        new("ratio", ParameterType.Float) { Default = "0.5" },
    ];

    public static SampleDestinationConfig Read(ConfigurationReader reader) => new();
}

internal sealed class SampleSource : Source<SampleSourceConfig>
{
    public override async IAsyncEnumerable<Record> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        yield break;
    }
}

internal sealed class SampleDestination : Destination<SampleDestinationConfig>
{
    public override ValueTask WriteAsync(IReadOnlyList<Record> records, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

internal static class SampleConnector
{
    public static Connector Create() => new()
    {
        Specification = new SampleSpecification(),
        Source = () => new SampleSource(),
        Destination = () => new SampleDestination(),

        // The sample source declares sdk.batch.size itself (to test the YAML writer's order), so the
        // middleware that also declares it is left out.
        SourceMiddleware = SourceMiddleware.Default.Without<SourceBatchMiddleware>(),
    };
}
