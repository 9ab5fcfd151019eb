using System.Net.Sockets;

namespace Conduit.Connector.Sdk.Schemas;

/// <summary>
/// Turns a gRPC target as Conduit writes it (<c>CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET</c>, such as
/// <c>127.0.0.1:8084</c> or <c>localhost:8084</c>) into an HTTP address for Grpc.Net.Client, plain HTTP/2
/// without TLS as Go's insecure client. Also accepts an <c>http://</c> address, the <c>dns:</c> and
/// <c>passthrough:</c> schemes of gRPC name resolution, and <c>unix:</c> socket paths.
/// </summary>
internal static class SchemaServiceTarget
{
    /// <summary>Creates the HTTP handler and address for a target.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The address and the handler that dials it.</returns>
    /// <exception cref="FormatException">The target is not understood.</exception>
    public static (Uri Address, SocketsHttpHandler Handler) Resolve(string target)
    {
        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
        };

        var trimmed = target.Trim();
        if (trimmed.StartsWith("unix:", StringComparison.Ordinal))
        {
            var path = trimmed["unix:".Length..];
            path = path.StartsWith("//", StringComparison.Ordinal) ? path[2..] : path;
            if (path.Length == 0)
            {
                throw new FormatException($"the gRPC target \"{target}\" names no socket path");
            }

            handler.ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
            return (new Uri("http://localhost"), handler);
        }

        foreach (var scheme in (ReadOnlySpan<string>)["dns:///", "dns:", "passthrough:///", "passthrough:"])
        {
            if (trimmed.StartsWith(scheme, StringComparison.Ordinal))
            {
                trimmed = trimmed[scheme.Length..];
                break;
            }
        }

        var text = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : "http://" + trimmed;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https") || address.Host.Length == 0)
        {
            handler.Dispose();
            throw new FormatException($"the gRPC target \"{target}\" is not a host:port address");
        }

        return (address, handler);
    }
}
