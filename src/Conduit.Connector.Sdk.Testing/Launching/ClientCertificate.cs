using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Conduit.Connector.Sdk.Testing.Launching;

/// <summary>
/// The AutoMTLS client certificate, shaped like go-plugin's <c>generateCert</c>: self-signed ECDSA
/// P-521, CN and DNS name <c>localhost</c>, a CA, signature/encipherment/agreement/cert-sign usages,
/// client and server authentication.
/// </summary>
internal static class ClientCertificate
{
    public static X509Certificate2 Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP521);
        var request = new CertificateRequest("CN=localhost, O=Conduit Connector SDK Testing", key, HashAlgorithmName.SHA512);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.KeyAgreement | X509KeyUsageFlags.KeyCertSign,
            critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.2"), new Oid("1.3.6.1.5.5.7.3.1")],
            critical: false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddSeconds(-30), now.AddDays(30));
    }

    /// <summary>The PEM text go-plugin puts in <c>PLUGIN_CLIENT_CERT</c> (certificate only, no key).</summary>
    public static string ToPem(X509Certificate2 certificate) => certificate.ExportCertificatePem() + "\n";
}
