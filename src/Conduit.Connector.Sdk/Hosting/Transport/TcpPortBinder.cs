using System.Net;
using System.Net.Sockets;

namespace Conduit.Connector.Sdk.Hosting.Transport;

/// <summary>
/// Binds 127.0.0.1 on the first free port of a range, as go-plugin's Go server does, and keeps the socket:
/// the same socket is handed to Kestrel, so no other process can take the port between a probe and the bind.
/// </summary>
internal static class TcpPortBinder
{
    private const int Backlog = 512;

    /// <summary>Returns a bound, listening socket on 127.0.0.1 within <paramref name="range"/>.</summary>
    /// <exception cref="PluginStartupException">Every port of the range is taken.</exception>
    public static Socket Bind(PortRange range)
    {
        SocketException? last = null;
        for (var port = range.Min; port <= range.Max; port++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
                socket.Listen(Backlog);
                return socket;
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
        }

        throw new PluginStartupException(
            $"No free TCP port on 127.0.0.1 between {EnvironmentReader.MinPortKey}={range.Min} and {EnvironmentReader.MaxPortKey}={range.Max}"
            + (last is null ? "." : $" (last error: {last.SocketErrorCode}: {last.Message})."));
    }
}
