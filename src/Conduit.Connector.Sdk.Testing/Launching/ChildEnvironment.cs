using System.Collections;
using System.Globalization;

namespace Conduit.Connector.Sdk.Testing.Launching;

/// <summary>
/// Builds the environment of a connector process as Conduit's go-plugin client does: a base (this
/// process's environment, or nothing), then go-plugin's variables, then Conduit's, then the caller's
/// overrides. Inherited <c>PLUGIN_*</c> and <c>CONDUIT_*</c> variables never leak into the child.
/// </summary>
internal static class ChildEnvironment
{
    public const string MagicCookieKey = "CONDUIT_PLUGIN_MAGIC_COOKIE";
    public const string NetworkKey = "CONDUIT_DOTNET_SDK_NETWORK";

    public static Dictionary<string, string> Build(ConnectorProcessOptions options, IDictionary baseEnvironment, string? clientCertificatePem)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!options.EmptyBaseEnvironment)
        {
            foreach (DictionaryEntry variable in baseEnvironment)
            {
                var key = (string)variable.Key;
                if (!key.StartsWith("PLUGIN_", StringComparison.Ordinal) && !key.StartsWith("CONDUIT_", StringComparison.Ordinal))
                {
                    env[key] = (string?)variable.Value ?? string.Empty;
                }
            }
        }

        if (options.MagicCookie is { } cookie)
        {
            env[MagicCookieKey] = cookie;
        }

        env["PLUGIN_MIN_PORT"] = options.MinPort.ToString(CultureInfo.InvariantCulture);
        env["PLUGIN_MAX_PORT"] = options.MaxPort.ToString(CultureInfo.InvariantCulture);
        env["PLUGIN_PROTOCOL_VERSIONS"] = options.ProtocolVersions;
        if (clientCertificatePem is not null)
        {
            env["PLUGIN_CLIENT_CERT"] = clientCertificatePem;
        }

        if (options.UnixSocketDirectory is { } socketDirectory)
        {
            env["PLUGIN_UNIX_SOCKET_DIR"] = socketDirectory;
        }

        if (options.Network is { } network)
        {
            env[NetworkKey] = network == ConnectorNetwork.Tcp ? "tcp" : "unix";
        }

        env["CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET"] = options.UtilitiesTarget;
        env["CONDUIT_CONNECTOR_TOKEN"] = options.Token;
        env["CONDUIT_CONNECTOR_ID"] = options.ConnectorId;
        if (options.LogLevel is { } level)
        {
            env["CONDUIT_CONNECTOR_LOG_LEVEL"] = level;
        }

        if (options.MaxReceiveRecordSize is { } maxSize)
        {
            env["CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE"] = maxSize.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in options.Environment)
        {
            if (value is null)
            {
                env.Remove(key);
            }
            else
            {
                env[key] = value;
            }
        }

        return env;
    }
}
