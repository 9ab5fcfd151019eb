namespace Conduit.Connector.Sdk;

/// <summary>
/// Marks a <see langword="partial"/> class as a connector configuration. The source generator
/// implements <see cref="IConnectorConfiguration{TSelf}"/> for it: parameters, parsing and validation.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ConnectorConfigurationAttribute : Attribute
{
}
