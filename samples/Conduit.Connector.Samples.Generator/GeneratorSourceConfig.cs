using Conduit.Connector.Sdk;

namespace Conduit.Connector.Samples.Generator;

/// <summary>Configuration of the generator source.</summary>
[ConnectorConfiguration]
public sealed partial class GeneratorSourceConfig
{
    /// <summary>Number of records to generate; 0 generates records until the pipeline stops.</summary>
    [GreaterThan(-1)]
    public long RecordCount { get; init; }

    /// <summary>Records per second; 0 generates them as fast as the pipeline takes them.</summary>
    [GreaterThan(-1)]
    public double Rate { get; init; }

    /// <summary>Size in bytes of each payload (raw) or of its text field (structured).</summary>
    [GreaterThan(-1)]
    public int PayloadSize { get; init; } = 1024;

    /// <summary>Shape of keys and payloads.</summary>
    public PayloadFormat Format { get; init; } = PayloadFormat.Raw;

    /// <summary>Operations to cycle through, comma separated (create, update, delete, snapshot).</summary>
    public IReadOnlyList<string> Operations { get; init; } = ["create"];

    /// <summary>Value of the opencdc.collection metadata key; empty leaves it unset.</summary>
    public string Collection { get; init; } = string.Empty;
}
