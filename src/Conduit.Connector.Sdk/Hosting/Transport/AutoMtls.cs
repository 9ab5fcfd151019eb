using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Conduit.Connector.Sdk.Hosting.Transport;

/// <summary>
/// go-plugin's AutoMTLS, server side: when the host passes its client certificate in PLUGIN_CLIENT_CERT, the
/// plugin serves TLS with a fresh self-signed certificate, prints that certificate in the handshake line, and
/// accepts only connections that present the host's certificate (or one issued by it).
/// </summary>
internal sealed class AutoMtls : IDisposable
{
    private const string ServerAuthOid = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuthOid = "1.3.6.1.5.5.7.3.2";

    private readonly X509Certificate2Collection _trusted;

    private AutoMtls(X509Certificate2Collection trusted, X509Certificate2 serverCertificate)
    {
        _trusted = trusted;
        ServerCertificate = serverCertificate;
    }

    /// <summary>Gets the server certificate, with its private key.</summary>
    public X509Certificate2 ServerCertificate { get; }

    /// <summary>Gets the handshake's CERT field: base64 (standard alphabet) of the DER certificate, without padding, as go-plugin expects.</summary>
    public string HandshakeCertificate => Convert.ToBase64String(ServerCertificate.RawData).TrimEnd('=');

    /// <summary>Parses the host's PEM and creates the server certificate.</summary>
    /// <exception cref="PluginStartupException">The PEM holds no certificate.</exception>
    public static AutoMtls Create(string clientCertificatePem, TimeProvider? time = null)
    {
        var trusted = ParseClientCertificates(clientCertificatePem);
        return new AutoMtls(trusted, CreateServerCertificate(time ?? TimeProvider.System));
    }

    /// <summary>Reads every certificate of the PEM text.</summary>
    /// <exception cref="PluginStartupException">The text holds no valid certificate.</exception>
    public static X509Certificate2Collection ParseClientCertificates(string pem)
    {
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPem(pem);
        }
        catch (CryptographicException exception)
        {
            throw new PluginStartupException($"{EnvironmentReader.ClientCertificateKey} is not a PEM certificate: {exception.Message}", exception);
        }

        if (certificates.Count == 0)
        {
            throw new PluginStartupException(
                $"{EnvironmentReader.ClientCertificateKey} holds no PEM certificate (expected -----BEGIN CERTIFICATE-----).");
        }

        return certificates;
    }

    /// <summary>
    /// Creates the self-signed server certificate go-plugin's client expects: ECDSA P-521, CN and DNS name
    /// <c>localhost</c> (the host verifies that name) plus IP 127.0.0.1, a CA, usable for TLS server and client auth.
    /// </summary>
    public static X509Certificate2 CreateServerCertificate(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP521);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA512);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.KeyAgreement | X509KeyUsageFlags.KeyCertSign,
            critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthOid), new Oid(ClientAuthOid)], critical: false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));

        // The certificate lives as long as the process; a pipeline may run for years, and a small backdate
        // absorbs clock differences between host and plugin.
        var now = time.GetUtcNow();
        var certificate = request.CreateSelfSigned(now.AddMinutes(-1), now.AddYears(30));
        if (OperatingSystem.IsWindows())
        {
            // SChannel cannot use an ephemeral key; a round trip through PKCS#12 gives it a usable one.
            using (certificate)
            {
                return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null);
            }
        }

        return certificate;
    }

    /// <summary>
    /// Decides whether a client certificate is acceptable: it is one of the host's certificates, or chains to
    /// one of them (the host's certificates are the only trust anchors; the system store plays no part).
    /// </summary>
    public bool IsTrustedClient(X509Certificate2? certificate)
    {
        if (certificate is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_trusted);
        chain.ChainPolicy.ExtraStore.AddRange(_trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid(ClientAuthOid));
        try
        {
            return chain.Build(certificate);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        ServerCertificate.Dispose();
        foreach (var certificate in _trusted)
        {
            certificate.Dispose();
        }
    }
}
