using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Conduit.Connector.Sdk.Hosting.Transport;

/// <summary>
/// The listening socket of the gRPC server, opened before Kestrel starts and handed to it unchanged
/// (through <c>SocketTransportOptions.CreateBoundListenSocket</c>), so the address printed in the handshake is
/// exactly the one served. Disposing it removes the unix socket file.
/// </summary>
internal sealed class PluginListener : IDisposable
{
    private Socket? _socket;
    private readonly string? _socketPath;

    private PluginListener(PluginNetwork network, Socket socket, string address, string? socketPath)
    {
        Network = network;
        _socket = socket;
        EndPoint = socket.LocalEndPoint ?? throw new InvalidOperationException("The listening socket has no local address.");
        Address = address;
        _socketPath = socketPath;
    }

    /// <summary>Gets the network for the handshake line.</summary>
    public PluginNetwork Network { get; }

    /// <summary>Gets the address for the handshake line: the socket path, or <c>127.0.0.1:PORT</c>.</summary>
    public string Address { get; }

    /// <summary>Gets the bound endpoint (Kestrel listens on it).</summary>
    public EndPoint EndPoint { get; }

    /// <summary>Opens the socket the settings ask for.</summary>
    /// <exception cref="PluginStartupException">No socket could be opened; the message says why.</exception>
    public static PluginListener Open(ListenSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Network == PluginNetwork.Unix && UnixSocketBinder.IsSupported)
        {
            var (socket, path) = UnixSocketBinder.Bind(settings.UnixSocketDirectory, settings.UnixSocketGroup);
            return new PluginListener(PluginNetwork.Unix, socket, path, path);
        }

        var tcp = TcpPortBinder.Bind(PortRange.Parse(settings.MinPort, settings.MaxPort));
        var endpoint = (IPEndPoint)tcp.LocalEndPoint!;
        return new PluginListener(
            PluginNetwork.Tcp,
            tcp,
            endpoint.Address.ToString() + ":" + endpoint.Port.ToString(CultureInfo.InvariantCulture),
            socketPath: null);
    }

    /// <summary>
    /// Gives the socket to Kestrel, which owns it from then on. Kestrel is configured with exactly one endpoint,
    /// <see cref="EndPoint"/>; should it ask again (it does not), a new socket is bound the default way.
    /// </summary>
    public Socket CreateBoundListenSocket(EndPoint endpoint) =>
        Interlocked.Exchange(ref _socket, null)
        ?? Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets.SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);

    public void Dispose()
    {
        Interlocked.Exchange(ref _socket, null)?.Dispose();
        if (_socketPath is not null)
        {
            UnixSocketBinder.TryDelete(_socketPath);
        }
    }
}
