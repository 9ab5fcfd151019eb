using System.Security.Cryptography.X509Certificates;

namespace Conduit.Connector.Sdk.Testing;

/// <summary>The go-plugin handshake line a connector printed, validated as go-plugin's client does.</summary>
public sealed class ConnectorHandshake
{
    internal ConnectorHandshake(
        string line,
        int coreProtocolVersion,
        int appProtocolVersion,
        ConnectorNetwork network,
        string address,
        string protocol,
        string certificateField,
        X509Certificate2? serverCertificate)
    {
        Line = line;
        CoreProtocolVersion = coreProtocolVersion;
        AppProtocolVersion = appProtocolVersion;
        Network = network;
        Address = address;
        Protocol = protocol;
        CertificateField = certificateField;
        ServerCertificate = serverCertificate;
    }

    /// <summary>Gets the line as printed, without the line break.</summary>
    public string Line { get; }

    /// <summary>Gets the go-plugin core protocol version (always 1 once validated).</summary>
    public int CoreProtocolVersion { get; }

    /// <summary>Gets the app protocol version the connector chose (one of those offered).</summary>
    public int AppProtocolVersion { get; }

    /// <summary>Gets the network of <see cref="Address"/>.</summary>
    public ConnectorNetwork Network { get; }

    /// <summary>Gets the socket path or the <c>host:port</c> the connector listens on.</summary>
    public string Address { get; }

    /// <summary>Gets the RPC protocol (always <c>grpc</c> once validated).</summary>
    public string Protocol { get; }

    /// <summary>Gets the sixth field as printed: empty in plain mode, the raw base64 DER certificate with AutoMTLS.</summary>
    public string CertificateField { get; }

    /// <summary>Gets the server certificate of the sixth field, or <see langword="null"/> in plain mode.</summary>
    public X509Certificate2? ServerCertificate { get; }

    /// <summary>Gets the time from starting the process to reading the line.</summary>
    public TimeSpan Elapsed { get; internal set; }
}
