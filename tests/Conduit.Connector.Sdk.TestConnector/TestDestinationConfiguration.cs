namespace Conduit.Connector.Sdk.TestConnector;

/// <summary>The destination's configuration: one optional parameter, written by hand.</summary>
internal sealed class TestDestinationConfiguration : IConnectorConfiguration<TestDestinationConfiguration>
{
    public static IReadOnlyList<ParameterSpecification> Parameters { get; } =
    [
        new("target", ParameterType.String) { Description = "Where records would go; ignored." },
    ];

    public static TestDestinationConfiguration Read(ConfigurationReader reader) => new();
}
