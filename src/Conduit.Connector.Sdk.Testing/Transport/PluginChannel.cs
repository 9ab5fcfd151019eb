using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;

namespace Conduit.Connector.Sdk.Testing.Transport;

/// <summary>
/// Dials the address of a handshake the way go-plugin does: a custom dialer to the unix socket or TCP
/// port whatever the URI says, HTTP/2 with prior knowledge in plain mode, and in AutoMTLS mode TLS 1.2+
/// with the client certificate, trusting only the server certificate of the handshake for the server
/// name <c>localhost</c>.
/// </summary>
internal static class PluginChannel
{
    public static GrpcChannel Create(ConnectorHandshake handshake, X509Certificate2? clientCertificate)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = (_, cancellationToken) => ConnectAsync(handshake.Network, handshake.Address, cancellationToken),
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            EnableMultipleHttp2Connections = true,
        };

        if (clientCertificate is not null)
        {
            var trusted = handshake.ServerCertificate
                ?? throw new InvalidOperationException("AutoMTLS needs the server certificate of the handshake.");
            handler.SslOptions = CreateTlsOptions(trusted, clientCertificate);
        }

        // The host name only matters for TLS, where go-plugin verifies the server as "localhost".
        var address = clientCertificate is null ? "http://localhost" : "https://localhost";
        return GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = handler,
            DisposeHttpClient = true,
            MaxReceiveMessageSize = null,
        });
    }

    /// <summary>TLS client options that present <paramref name="clientCertificate"/> and trust only <paramref name="trustedServerCertificate"/>.</summary>
    public static SslClientAuthenticationOptions CreateTlsOptions(X509Certificate2 trustedServerCertificate, X509Certificate2? clientCertificate) => new()
    {
        EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        ClientCertificates = clientCertificate is null ? null : [clientCertificate],
        RemoteCertificateValidationCallback = (_, presented, _, errors) => IsTrusted(trustedServerCertificate, presented, errors),
    };

    public static async ValueTask<Stream> ConnectAsync(ConnectorNetwork network, string address, CancellationToken cancellationToken)
    {
        EndPoint endpoint = network == ConnectorNetwork.Unix
            ? new UnixDomainSocketEndPoint(address)
            : IPEndPoint.Parse(address);
        var socket = network == ConnectorNetwork.Unix
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsTrusted(X509Certificate2 trusted, X509Certificate? presented, SslPolicyErrors errors)
    {
        if (presented is null || (errors & (SslPolicyErrors.RemoteCertificateNotAvailable | SslPolicyErrors.RemoteCertificateNameMismatch)) != 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = X509CertificateLoader.LoadCertificate(presented.GetRawCertData());
        return chain.Build(leaf);
    }
}
