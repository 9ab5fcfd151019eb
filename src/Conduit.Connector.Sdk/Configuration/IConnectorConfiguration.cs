namespace Conduit.Connector.Sdk;

/// <summary>
/// A configuration class that knows its parameters and how to read itself from Conduit's string
/// map. Do not implement it by hand: mark a <see langword="partial"/> class with
/// <see cref="ConnectorConfigurationAttribute"/> and the source generator implements it.
/// </summary>
/// <typeparam name="TSelf">The configuration class itself.</typeparam>
public interface IConnectorConfiguration<TSelf>
    where TSelf : class, IConnectorConfiguration<TSelf>
{
    /// <summary>Gets the parameters the class declares, as published in the specification.</summary>
    static abstract IReadOnlyList<ParameterSpecification> Parameters { get; }

    /// <summary>
    /// Reads an instance from <paramref name="reader"/>. Problems are recorded on the reader, not thrown,
    /// so that every problem of every configuration class is reported at once.
    /// </summary>
    /// <param name="reader">The reader over the raw configuration.</param>
    /// <returns>The configuration; only meaningful when the reader records no error.</returns>
    static abstract TSelf Read(ConfigurationReader reader);
}
