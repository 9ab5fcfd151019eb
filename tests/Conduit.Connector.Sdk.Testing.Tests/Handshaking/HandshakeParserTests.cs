using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Conduit.Connector.Sdk.Testing.Handshaking;

namespace Conduit.Connector.Sdk.Testing.Tests.Handshaking;

public sealed class HandshakeParserTests
{
    private static readonly int[] Offered = [1, 2];

    [Fact]
    public void PlainUnixLine_Parsed()
    {
        var ok = HandshakeParser.TryParse("1|2|unix|/tmp/plugin123|grpc|", Offered, autoMtls: false, out var handshake, out var error);

        Assert.True(ok, error);
        Assert.Equal(1, handshake!.CoreProtocolVersion);
        Assert.Equal(2, handshake.AppProtocolVersion);
        Assert.Equal(ConnectorNetwork.Unix, handshake.Network);
        Assert.Equal("/tmp/plugin123", handshake.Address);
        Assert.Equal("grpc", handshake.Protocol);
        Assert.Equal(string.Empty, handshake.CertificateField);
        Assert.Null(handshake.ServerCertificate);
    }

    [Fact]
    public void TcpLineWithLineBreakAndSpaces_TrimmedAndParsed()
    {
        var ok = HandshakeParser.TryParse("  1|2|tcp|127.0.0.1:10001|grpc|\r", Offered, autoMtls: false, out var handshake, out var error);

        Assert.True(ok, error);
        Assert.Equal(ConnectorNetwork.Tcp, handshake!.Network);
        Assert.Equal("127.0.0.1:10001", handshake.Address);
        Assert.Equal("1|2|tcp|127.0.0.1:10001|grpc|", handshake.Line);
    }

    [Fact]
    public void FiveFieldsWithoutCertificate_Accepted()
    {
        Assert.True(HandshakeParser.TryParse("1|2|unix|/tmp/p|grpc", Offered, autoMtls: false, out _, out var error), error);
    }

    [Theory]
    [InlineData("Now listening on: http://localhost:5000")]
    [InlineData("1|2|unix")]
    [InlineData("")]
    public void FewerThanFourFields_Unrecognized(string line)
    {
        Assert.False(HandshakeParser.TryParse(line, Offered, autoMtls: false, out _, out var error));
        Assert.StartsWith("Unrecognized remote plugin message", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2|2|unix|/tmp/p|grpc|", "Incompatible core API version")]
    [InlineData("x|2|unix|/tmp/p|grpc|", "Error parsing core protocol version")]
    [InlineData("1|3|unix|/tmp/p|grpc|", "Incompatible API version with plugin. Plugin version: 3, Client versions: [1 2]")]
    [InlineData("1|two|unix|/tmp/p|grpc|", "Error parsing protocol version")]
    [InlineData("1|2|udp|/tmp/p|grpc|", "Unknown address type")]
    [InlineData("1|2|unix||grpc|", "no socket path")]
    [InlineData("1|2|tcp|127.0.0.1|grpc|", "not IP:PORT")]
    [InlineData("1|2|tcp|localhost:1234|grpc|", "not IP:PORT")]
    [InlineData("1|2|unix|/tmp/p", "Unsupported plugin protocol \"netrpc\"")]
    [InlineData("1|2|unix|/tmp/p|netrpc|", "Unsupported plugin protocol \"netrpc\"")]
    [InlineData("1|2|unix|/tmp/p|grpc||true", "seventh field")]
    public void InvalidField_RejectedWithGoPluginReason(string line, string expected)
    {
        Assert.False(HandshakeParser.TryParse(line, Offered, autoMtls: false, out var handshake, out var error));
        Assert.Null(handshake);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortSixthField_IgnoredAsGoPluginDoes()
    {
        Assert.True(HandshakeParser.TryParse("1|2|unix|/tmp/p|grpc|legacy-extra", Offered, autoMtls: false, out var handshake, out var error), error);
        Assert.Null(handshake!.ServerCertificate);
        Assert.Equal("legacy-extra", handshake.CertificateField);
    }

    [Fact]
    public void RawBase64Certificate_WithAutoMtls_Loaded()
    {
        using var certificate = CreateCertificate();
        var field = Convert.ToBase64String(certificate.RawData).TrimEnd('=');

        var ok = HandshakeParser.TryParse($"1|2|unix|/tmp/p|grpc|{field}", Offered, autoMtls: true, out var handshake, out var error);

        Assert.True(ok, error);
        Assert.Equal(certificate.Thumbprint, handshake!.ServerCertificate!.Thumbprint);
    }

    [Fact]
    public void PaddedBase64Certificate_Rejected()
    {
        var field = PaddedField();

        Assert.False(HandshakeParser.TryParse($"1|2|unix|/tmp/p|grpc|{field}", Offered, autoMtls: true, out _, out var error));
        Assert.Contains("padding", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CertificateWithoutAutoMtls_Rejected()
    {
        using var certificate = CreateCertificate();
        var field = Convert.ToBase64String(certificate.RawData).TrimEnd('=');

        Assert.False(HandshakeParser.TryParse($"1|2|unix|/tmp/p|grpc|{field}", Offered, autoMtls: false, out _, out var error));
        Assert.Contains("AutoMTLS was not requested", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AutoMtlsWithoutCertificate_Rejected()
    {
        Assert.False(HandshakeParser.TryParse("1|2|unix|/tmp/p|grpc|", Offered, autoMtls: true, out _, out var error));
        Assert.Contains("no server certificate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void LongFieldThatIsNotACertificate_Rejected()
    {
        var field = new string('A', 64);

        Assert.False(HandshakeParser.TryParse($"1|2|unix|/tmp/p|grpc|{field}", Offered, autoMtls: true, out _, out var error));
        Assert.StartsWith("error parsing server cert", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,2", new[] { 1, 2 })]
    [InlineData("2,1", new[] { 2, 1 })]
    [InlineData(" 2 , x,,2", new[] { 2 })]
    [InlineData("", new int[0])]
    public void ParseVersions_NumbersOnly(string text, int[] expected)
    {
        Assert.Equal(expected, HandshakeParser.ParseVersions(text));
    }

    private static string PaddedField()
    {
        // Find a certificate whose base64 needs padding, so that the test really sends '='.
        while (true)
        {
            using var certificate = CreateCertificate();
            var field = Convert.ToBase64String(certificate.RawData);
            if (field.EndsWith('='))
            {
                return field;
            }
        }
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1));
    }
}
