using System.Globalization;

namespace Conduit.Connector.Sdk.Hosting.Transport;

/// <summary>The TCP ports go-plugin allows, PLUGIN_MIN_PORT..PLUGIN_MAX_PORT inclusive.</summary>
internal readonly record struct PortRange(int Min, int Max)
{
    /// <summary>go-plugin's client default for PLUGIN_MIN_PORT.</summary>
    public const int DefaultMin = 10000;

    /// <summary>go-plugin's client default for PLUGIN_MAX_PORT.</summary>
    public const int DefaultMax = 25000;

    /// <summary>Parses the two variables; unset ones take go-plugin's defaults.</summary>
    /// <exception cref="PluginStartupException">Not a number, outside 1..65535, or min above max.</exception>
    public static PortRange Parse(string? min, string? max)
    {
        var low = ParsePort(min, EnvironmentReader.MinPortKey, DefaultMin);
        var high = ParsePort(max, EnvironmentReader.MaxPortKey, DefaultMax);
        if (low > high)
        {
            throw new PluginStartupException(
                $"{EnvironmentReader.MinPortKey}={low} is greater than {EnvironmentReader.MaxPortKey}={high}: no port to listen on.");
        }

        return new PortRange(low, high);
    }

    public override string ToString() => $"{Min}-{Max}";

    private static int ParsePort(string? raw, string name, int fallback)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (!int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new PluginStartupException($"{name}=\"{raw}\" is not a TCP port: it must be a whole number from 1 to 65535.");
        }

        return port;
    }
}
