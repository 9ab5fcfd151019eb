using System.Globalization;
using Conduit.Connector.Sdk.Hosting.Transport;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>go-plugin's handshake line: <c>CORE|APP|NETWORK|ADDRESS|PROTOCOL|CERT</c>.</summary>
internal static class Handshake
{
    /// <summary>go-plugin's core protocol version.</summary>
    public const int CoreProtocolVersion = 1;

    /// <summary>Formats the line, without the newline. <paramref name="certificate"/> is empty unless AutoMTLS is on.</summary>
    public static string Format(int appProtocolVersion, PluginNetwork network, string address, string? certificate) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{CoreProtocolVersion}|{appProtocolVersion}|{(network == PluginNetwork.Unix ? "unix" : "tcp")}|{address}|grpc|{certificate}");
}
