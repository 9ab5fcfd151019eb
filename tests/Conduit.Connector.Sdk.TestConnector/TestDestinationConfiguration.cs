namespace Conduit.Connector.Sdk.TestConnector;

/// <summary>Configuration of the test destination.</summary>
[ConnectorConfiguration]
internal sealed partial class TestDestinationConfiguration
{
    /// <summary>Where records would go; ignored.</summary>
    public string Target { get; init; } = string.Empty;
}
