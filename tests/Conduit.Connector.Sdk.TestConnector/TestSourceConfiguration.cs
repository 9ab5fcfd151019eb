namespace Conduit.Connector.Sdk.TestConnector;

/// <summary>Configuration of the test source.</summary>
[ConnectorConfiguration]
internal sealed partial class TestSourceConfiguration
{
    /// <summary>Prefix of the record positions.</summary>
    public string Prefix { get; init; } = "record";

    /// <summary>How many records the source emits.</summary>
    [GreaterThan(-1)]
    public int Count { get; init; } = 3;
}
