namespace Conduit.Connector.Sdk.Tests.Configuration.TestConfigurations;

/// <summary>A second configuration read from the same reader, as SDK middleware does.</summary>
[ConnectorConfiguration]
internal sealed partial class MiddlewareLikeConfig
{
    /// <summary>How many records to collect.</summary>
    [Parameter("sdk.batch.count")]
    [GreaterThan(-1)]
    public int BatchCount { get; init; }
}

/// <summary>Required members, a record, a base class and a secret number.</summary>
[ConnectorConfiguration]
internal sealed partial record DerivedConfig : BaseConfig
{
    /// <summary>The table.</summary>
    public required string Table { get; init; }

    /// <summary>A secret number.</summary>
    [Sensitive]
    [GreaterThan(10)]
    public int? Pin { get; init; }
}

/// <summary>Shared parameters.</summary>
internal record BaseConfig
{
    /// <summary>The host.</summary>
    [Default("localhost")]
    public string Host { get; init; } = "localhost";
}
