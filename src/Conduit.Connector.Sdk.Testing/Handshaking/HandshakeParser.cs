using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Conduit.Connector.Sdk.Testing.Handshaking;

/// <summary>
/// Validates the first stdout line the way hashicorp/go-plugin's client does (split on <c>|</c> into at
/// most six parts, at least four; core 1; an offered app version; unix or tcp; grpc; a certificate
/// only when the sixth part is longer than 50 characters, in unpadded standard base64), and refuses
/// the two shapes that go-plugin would accept but Conduit would trip over.
/// </summary>
internal static class HandshakeParser
{
    public const int CoreProtocolVersion = 1;

    /// <summary>go-plugin treats a shorter sixth part as legacy filler, not as a certificate.</summary>
    private const int MinCertificateFieldLength = 51;

    public static bool TryParse(string rawLine, IReadOnlyCollection<int> offeredVersions, bool autoMtls, out ConnectorHandshake? handshake, out string error)
    {
        handshake = null;
        var line = rawLine.Trim();
        var parts = line.Split('|', 6);
        if (parts.Length < 4)
        {
            error = $"Unrecognized remote plugin message: {Quote(rawLine)}. The first stdout line must be the go-plugin handshake CORE|APP|NETWORK|ADDRESS|grpc|CERT; anything printed before it breaks the start.";
            return false;
        }

        if (!TryParseInt(parts[0], out var core))
        {
            error = $"Error parsing core protocol version {Quote(parts[0])} in handshake {Quote(line)}.";
            return false;
        }

        if (core != CoreProtocolVersion)
        {
            error = $"Incompatible core API version with plugin. Plugin version: {parts[0]}, Core version: {CoreProtocolVersion}.";
            return false;
        }

        if (!TryParseInt(parts[1], out var app))
        {
            error = $"Error parsing protocol version {Quote(parts[1])} in handshake {Quote(line)}.";
            return false;
        }

        if (!offeredVersions.Contains(app))
        {
            error = $"Incompatible API version with plugin. Plugin version: {app}, Client versions: [{string.Join(' ', offeredVersions)}].";
            return false;
        }

        if (!TryParseNetwork(parts[2], parts[3], out var network, out error))
        {
            return false;
        }

        var protocol = parts.Length >= 5 ? parts[4] : "netrpc";
        if (protocol != "grpc")
        {
            error = $"Unsupported plugin protocol \"{protocol}\". Supported: [grpc].";
            return false;
        }

        var certificateField = parts.Length >= 6 ? parts[5] : string.Empty;
        if (certificateField.Contains('|', StringComparison.Ordinal))
        {
            error = $"The handshake has a seventh field ({Quote(line)}); go-plugin adds one only when the host sets PLUGIN_MULTIPLEX_GRPC, and Conduit does not.";
            return false;
        }

        X509Certificate2? certificate = null;
        if (certificateField.Length >= MinCertificateFieldLength)
        {
            if (!autoMtls)
            {
                error = "The handshake carries a server certificate although AutoMTLS was not requested (PLUGIN_CLIENT_CERT unset); go-plugin's host has no TLS configuration then and fails on it. Plain mode must leave the sixth field empty.";
                return false;
            }

            if (!TryLoadCertificate(certificateField, out certificate, out error))
            {
                return false;
            }
        }
        else if (autoMtls)
        {
            error = $"AutoMTLS was requested (PLUGIN_CLIENT_CERT set) but the handshake carries no server certificate: {Quote(line)}.";
            return false;
        }

        handshake = new ConnectorHandshake(line, core, app, network, parts[3], protocol, certificateField, certificate);
        error = string.Empty;
        return true;
    }

    /// <summary>Reads a <c>PLUGIN_PROTOCOL_VERSIONS</c> value; entries that are not numbers are skipped.</summary>
    public static IReadOnlyList<int> ParseVersions(string versions) =>
        versions.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(v => TryParseInt(v, out var n) ? (int?)n : null)
            .OfType<int>()
            .Distinct()
            .ToList();

    private static bool TryParseNetwork(string network, string address, out ConnectorNetwork result, out string error)
    {
        error = string.Empty;
        switch (network)
        {
            case "unix":
                result = ConnectorNetwork.Unix;
                if (address.Length == 0)
                {
                    error = "The handshake names the unix network but no socket path.";
                    return false;
                }

                return true;
            case "tcp":
                result = ConnectorNetwork.Tcp;
                if (!IPEndPoint.TryParse(address, out var endpoint) || endpoint.Port == 0 || !address.Contains(':', StringComparison.Ordinal))
                {
                    error = $"The handshake's tcp address {Quote(address)} is not IP:PORT.";
                    return false;
                }

                return true;
            default:
                result = default;
                error = $"Unknown address type {Quote(network)} for address {Quote(address)}; go-plugin knows unix and tcp.";
                return false;
        }
    }

    private static bool TryLoadCertificate(string field, out X509Certificate2? certificate, out string error)
    {
        certificate = null;
        if (!RawBase64.TryDecode(field, out var der, out var decodeError))
        {
            error = $"error parsing server cert: {decodeError}";
            return false;
        }

        try
        {
            certificate = X509CertificateLoader.LoadCertificate(der);
            error = string.Empty;
            return true;
        }
        catch (CryptographicException ex)
        {
            error = $"error parsing server cert: the sixth field is not an X.509 DER certificate ({ex.Message}).";
            return false;
        }
    }

    private static bool TryParseInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static string Quote(string text) => text.Length <= 200 ? $"\"{text}\"" : $"\"{text[..200]}…\" ({text.Length} chars)";
}
