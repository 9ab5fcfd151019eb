namespace Conduit.Connector.Sdk.Schemas;

/// <summary>Builds the schema service a connector uses, from what Conduit told it.</summary>
internal static class SchemaServices
{
    /// <summary>
    /// Creates the cached client of Conduit's schema service, or, when <see cref="ConnectorEnvironment.UtilitiesTarget"/>
    /// is not set, a service whose calls fail with a message saying so. Wrap the result in a
    /// <see cref="SchemaContextService"/> per connector to prefix subjects. Dispose it when the connector stops.
    /// </summary>
    /// <param name="environment">The connector environment.</param>
    /// <param name="timeProvider">The clock of the cache (tests); the system clock by default.</param>
    /// <returns>The service.</returns>
    /// <exception cref="FormatException">The target is set but not understood.</exception>
    public static ISchemaService Create(ConnectorEnvironment environment, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return string.IsNullOrWhiteSpace(environment.UtilitiesTarget)
            ? new UnavailableSchemaService()
            : new CachedSchemaService(new GrpcSchemaService(environment.UtilitiesTarget, environment.Token), timeProvider);
    }
}
