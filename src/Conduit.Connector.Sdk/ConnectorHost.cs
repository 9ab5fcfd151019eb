namespace Conduit.Connector.Sdk;

/// <summary>The entry point of a connector executable. Call it from <c>Main</c>.</summary>
public static class ConnectorHost
{
    /// <summary>
    /// Runs the connector: answers command-line words (<c>spec</c>, <c>version</c>, <c>--help</c>), or,
    /// when Conduit starts the process, performs the go-plugin handshake and serves the connector
    /// protocol until Conduit shuts it down.
    /// </summary>
    /// <param name="args">The command-line arguments of <c>Main</c>.</param>
    /// <param name="connector">The connector to serve.</param>
    /// <param name="cancellationToken">Stops serving when cancelled.</param>
    /// <returns>The process exit code.</returns>
    public static Task<int> RunAsync(string[] args, Connector connector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(connector);
        throw new NotImplementedException("Hosting is being built.");
    }
}
