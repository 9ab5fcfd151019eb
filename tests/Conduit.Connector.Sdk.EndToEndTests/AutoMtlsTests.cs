using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using Conduit.Connector.Sdk.Testing;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Conduit.Connector.Sdk.EndToEndTests;

/// <summary>go-plugin AutoMTLS (protocol.md §2.4, §7 item 6): only the host's certificate gets in.</summary>
public sealed class AutoMtlsTests
{
    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task ServerCertificate_RawBase64DerForLocalhost(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;

        await using var connector = await ConnectorProcess.StartAsync(TestConnector.Options(build, Transport.AutoMtls), token);

        var field = connector.Handshake.CertificateField;
        Assert.True(field.Length > 50);
        Assert.Matches("^[A-Za-z0-9+/]+$", field);
        var certificate = connector.Handshake.ServerCertificate!;
        Assert.Equal("localhost", certificate.GetNameInfo(X509NameType.DnsName, forIssuer: false));
        Assert.Contains("localhost", certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateDnsNames());
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task ClientWithAnotherCertificate_Rejected(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;
        using var host = CreateCertificate();
        using var stranger = CreateCertificate();
        var options = TestConnector.Options(build, Transport.AutoMtls);
        options.ClientCertificate = host;
        await using var connector = await ConnectorProcess.StartAsync(options, token);

        // The same dialer succeeds with the host's certificate, so the failures below are the server's doing.
        await CheckHealthAsync(connector.Handshake, host, token);
        await Assert.ThrowsAsync<RpcException>(() => CheckHealthAsync(connector.Handshake, stranger, token));
        await Assert.ThrowsAsync<RpcException>(() => CheckHealthAsync(connector.Handshake, clientCertificate: null, token));

        // The host's own connection is unaffected.
        Assert.Equal("testconnector", (await connector.Specifier.SpecifyAsync(token)).Name);
        Assert.Equal(0, (await connector.StopAsync(token)).ExitCode);
    }

    private static async Task CheckHealthAsync(ConnectorHandshake handshake, X509Certificate2? clientCertificate, CancellationToken token)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(handshake.Address), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                ClientCertificates = clientCertificate is null ? null : [clientCertificate],
                RemoteCertificateValidationCallback = (_, _, _, _) => true,
            },
        };
        using var channel = GrpcChannel.ForAddress("https://localhost", new GrpcChannelOptions { HttpHandler = handler });
        await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest { Service = "plugin" }, deadline: DateTime.UtcNow.AddSeconds(10), cancellationToken: token);
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP521);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA512);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyCertSign, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2"), new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1));
    }
}
