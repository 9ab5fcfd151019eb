using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Conduit.Connector.Sdk.Hosting;
using Conduit.Connector.Sdk.Hosting.Transport;

namespace Conduit.Connector.Sdk.Tests.Hosting;

public sealed class AutoMtlsTests
{
    [Fact]
    public void CreateServerCertificate_HasWhatGoPluginsClientExpects()
    {
        // Act
        using var certificate = AutoMtls.CreateServerCertificate(TimeProvider.System);

        // Assert
        Assert.True(certificate.HasPrivateKey);
        Assert.Equal("CN=localhost", certificate.Subject);
        Assert.Equal(certificate.Subject, certificate.Issuer);
        using var key = certificate.GetECDsaPublicKey();
        Assert.NotNull(key);
        Assert.Equal(521, key.KeySize);

        var names = Assert.Single(certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>());
        Assert.Equal(["localhost"], names.EnumerateDnsNames());
        Assert.Equal([IPAddress.Loopback], names.EnumerateIPAddresses());

        var constraints = Assert.Single(certificate.Extensions.OfType<X509BasicConstraintsExtension>());
        Assert.True(constraints.CertificateAuthority);

        var usages = Assert.Single(certificate.Extensions.OfType<X509KeyUsageExtension>()).KeyUsages;
        Assert.Equal(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.KeyAgreement | X509KeyUsageFlags.KeyCertSign,
            usages);

        var extended = Assert.Single(certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>()).EnhancedKeyUsages
            .Cast<Oid>().Select(oid => oid.Value).Order(StringComparer.Ordinal);
        Assert.Equal(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"], extended);

        Assert.True(certificate.NotBefore.ToUniversalTime() <= DateTime.UtcNow);
        Assert.True(certificate.NotAfter.ToUniversalTime() > DateTime.UtcNow.AddYears(10));
    }

    [Fact]
    public void HandshakeCertificate_RawStandardBase64OfDer()
    {
        // Arrange
        using var client = CreateSelfSigned("CN=conduit");
        using var mtls = AutoMtls.Create(client.ExportCertificatePem());

        // Act
        var field = mtls.HandshakeCertificate;

        // Assert
        Assert.DoesNotContain('=', field);
        Assert.DoesNotContain('-', field);
        Assert.DoesNotContain('_', field);
        Assert.True(field.Length > 50, "go-plugin ignores a CERT field of 50 characters or fewer");
        var padded = field + new string('=', (4 - (field.Length % 4)) % 4);
        Assert.Equal(mtls.ServerCertificate.RawData, Convert.FromBase64String(padded));
    }

    [Theory]
    [InlineData("not a certificate")]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----")]
    public void Create_GarbagePem_ThrowsClearError(string pem)
    {
        var exception = Assert.Throws<PluginStartupException>(() => AutoMtls.Create(pem));

        Assert.Contains("PLUGIN_CLIENT_CERT", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsTrustedClient_TheGivenCertificate_Accepted()
    {
        // Arrange
        using var client = CreateSelfSigned("CN=conduit");
        using var mtls = AutoMtls.Create(client.ExportCertificatePem());

        // Act / Assert
        using var presented = X509CertificateLoader.LoadCertificate(client.RawData);
        Assert.True(mtls.IsTrustedClient(presented));
    }

    [Fact]
    public void IsTrustedClient_AnotherCertificate_Rejected()
    {
        // Arrange
        using var client = CreateSelfSigned("CN=conduit");
        using var intruder = CreateSelfSigned("CN=conduit");
        using var mtls = AutoMtls.Create(client.ExportCertificatePem());

        // Act / Assert
        Assert.False(mtls.IsTrustedClient(intruder));
        Assert.False(mtls.IsTrustedClient(mtls.ServerCertificate));
        Assert.False(mtls.IsTrustedClient(null));
    }

    [Fact]
    public void IsTrustedClient_LeafIssuedByGivenCertificate_Accepted()
    {
        // Arrange: the PEM is a CA; the client presents a leaf it signed.
        using var authorityKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var authorityRequest = new CertificateRequest("CN=conduit-ca", authorityKey, HashAlgorithmName.SHA256);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.DigitalSignature, true));
        using var authority = authorityRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));

        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var leafRequest = new CertificateRequest("CN=conduit-client", leafKey, HashAlgorithmName.SHA256);
        leafRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var leaf = leafRequest.Create(authority, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1), [1, 2, 3, 4]);
        using var mtls = AutoMtls.Create(authority.ExportCertificatePem());

        // Act / Assert
        Assert.True(mtls.IsTrustedClient(leaf));
    }

    private static X509Certificate2 CreateSelfSigned(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP521);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA512);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}
