namespace Conduit.Connector.Sdk.Hosting.Transport;

/// <summary>Where and how the gRPC server listens, as read from the environment (raw; validated when used).</summary>
/// <param name="Network">Unix socket or TCP.</param>
/// <param name="MinPort">PLUGIN_MIN_PORT as given.</param>
/// <param name="MaxPort">PLUGIN_MAX_PORT as given.</param>
/// <param name="UnixSocketDirectory">PLUGIN_UNIX_SOCKET_DIR, or null for the temp directory.</param>
/// <param name="UnixSocketGroup">PLUGIN_UNIX_SOCKET_GROUP: group name or numeric id that may use the socket.</param>
/// <param name="ClientCertificatePem">PLUGIN_CLIENT_CERT: AutoMTLS is on when set.</param>
internal sealed record ListenSettings(
    PluginNetwork Network,
    string? MinPort,
    string? MaxPort,
    string? UnixSocketDirectory,
    string? UnixSocketGroup,
    string? ClientCertificatePem);

/// <summary>The network named in the handshake line.</summary>
internal enum PluginNetwork
{
    /// <summary>A unix domain socket (the default on Linux and macOS, as in go-plugin).</summary>
    Unix,

    /// <summary>TCP on 127.0.0.1.</summary>
    Tcp,
}
