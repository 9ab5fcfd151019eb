using System.Globalization;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>Chooses the application protocol version from go-plugin's <c>PLUGIN_PROTOCOL_VERSIONS</c>.</summary>
internal static class ProtocolVersionNegotiation
{
    /// <summary>The only version served: connector protocol v2 (v1 is deprecated).</summary>
    public const int Supported = 2;

    /// <summary>
    /// Returns <see cref="Supported"/> when the host offers it, in any order and with any spacing, or when it
    /// offers nothing (go-plugin then expects the plugin's own version). Entries that are not numbers are
    /// ignored, as go-plugin's server does.
    /// </summary>
    /// <exception cref="PluginStartupException">The host offers versions but not ours.</exception>
    public static int Negotiate(string? offered)
    {
        if (string.IsNullOrWhiteSpace(offered))
        {
            return Supported;
        }

        foreach (var part in offered.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version == Supported)
            {
                return Supported;
            }
        }

        throw new PluginStartupException(
            $"Conduit offered connector protocol versions \"{offered}\" (PLUGIN_PROTOCOL_VERSIONS), but this connector "
            + $"speaks only version {Supported}. Use a Conduit release that supports connector protocol v{Supported} (v0.11.0 or later).");
    }
}
