using System.Security.Cryptography.X509Certificates;
using Conduit.Connector.Sdk.Testing.Launching;

namespace Conduit.Connector.Sdk.Testing.Tests.Launching;

public sealed class ClientCertificateTests
{
    [Fact]
    public void Create_ShapedLikeGoPluginsGenerateCert()
    {
        using var certificate = ClientCertificate.Create();

        Assert.True(certificate.HasPrivateKey);
        Assert.Equal("localhost", certificate.GetNameInfo(X509NameType.DnsName, forIssuer: false));
        Assert.Equal("1.3.132.0.35", certificate.GetECDsaPublicKey()!.ExportParameters(false).Curve.Oid.Value); // secp521r1 (P-521)
        var constraints = certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single();
        Assert.True(constraints.CertificateAuthority);
        var usages = certificate.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages;
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.KeyAgreement | X509KeyUsageFlags.KeyCertSign, usages);
        var purposes = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Select(o => o.Value);
        Assert.Equal(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"], purposes.Order(StringComparer.Ordinal));
        Assert.Contains("localhost", certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateDnsNames());
    }

    [Fact]
    public void ToPem_CertificateOnlyWithTrailingLineBreak()
    {
        using var certificate = ClientCertificate.Create();

        var pem = ClientCertificate.ToPem(certificate);

        Assert.StartsWith("-----BEGIN CERTIFICATE-----", pem, StringComparison.Ordinal);
        Assert.EndsWith("-----END CERTIFICATE-----\n", pem, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", pem, StringComparison.Ordinal);
        Assert.Equal(certificate.Thumbprint, X509Certificate2.CreateFromPem(pem).Thumbprint);
    }
}
