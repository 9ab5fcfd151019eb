using Conduit.Connector.Sdk.Hosting;

namespace Conduit.Connector.Sdk;

/// <summary>The entry point of a connector executable. Call it from <c>Main</c>.</summary>
/// <example>
/// <code>
/// return await ConnectorHost.RunAsync(args, new Connector
/// {
///     Specification = new MySpecification(),
///     Source = () => new MySource(),
/// });
/// </code>
/// </example>
public static class ConnectorHost
{
    /// <summary>
    /// Runs the connector: answers command-line words (<c>spec</c>, <c>version</c>, <c>--help</c>), or,
    /// when Conduit starts the process, performs the go-plugin handshake and serves the connector
    /// protocol until Conduit shuts it down.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Started by Conduit, the process listens on a fresh unix socket (or on 127.0.0.1 within
    /// <c>PLUGIN_MIN_PORT</c>..<c>PLUGIN_MAX_PORT</c> when the environment variable
    /// <c>CONDUIT_DOTNET_SDK_NETWORK=tcp</c> is set, or where unix sockets are unavailable), prints go-plugin's
    /// handshake line, and from then on never writes to stdout again: <see cref="Console.Out"/> becomes log
    /// lines on stderr. Logs are hclog JSON lines on stderr. SIGINT is ignored (Conduit decides when its
    /// connectors stop); SIGTERM, Conduit's Shutdown call and the death of the parent process stop it gracefully.
    /// </para>
    /// <para>Without go-plugin's magic cookie in the environment it prints go-plugin's "This binary is a plugin" text and returns 1.</para>
    /// </remarks>
    /// <param name="args">The command-line arguments of <c>Main</c>.</param>
    /// <param name="connector">The connector to serve.</param>
    /// <param name="cancellationToken">Stops serving when cancelled.</param>
    /// <returns>The process exit code: 0 after a normal stop, 1 when the process could not start or failed.</returns>
    public static Task<int> RunAsync(string[] args, Connector connector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(connector);
        var programName = Path.GetFileName(Environment.ProcessPath) ?? connector.Specification.Name;
        return PluginEntryPoint.RunAsync(args, connector, programName, PluginStreams.ForProcess(), EnvironmentReader.Process, cancellationToken);
    }
}
