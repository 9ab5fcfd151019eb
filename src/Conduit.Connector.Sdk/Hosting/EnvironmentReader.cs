using Conduit.Connector.Sdk.Configuration.GoSyntax;
using System.Globalization;
using Conduit.Connector.Sdk.Hosting.Logging;
using Conduit.Connector.Sdk.Hosting.Transport;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>
/// The one place that reads environment variables: go-plugin's (cookie, versions, ports, socket, certificate),
/// Conduit's (<see cref="ConnectorEnvironment"/>) and the SDK's own <c>CONDUIT_DOTNET_SDK_NETWORK</c>.
/// Empty values count as unset.
/// </summary>
internal sealed class EnvironmentReader
{
    public const string MagicCookieKey = "CONDUIT_PLUGIN_MAGIC_COOKIE";
    public const string MagicCookieValue = "204e8e812c3a1bb73b838928c575b42a105dd2e9aa449be481bc4590486df53f";
    public const string ProtocolVersionsKey = "PLUGIN_PROTOCOL_VERSIONS";
    public const string MinPortKey = "PLUGIN_MIN_PORT";
    public const string MaxPortKey = "PLUGIN_MAX_PORT";
    public const string UnixSocketDirectoryKey = "PLUGIN_UNIX_SOCKET_DIR";
    public const string UnixSocketGroupKey = "PLUGIN_UNIX_SOCKET_GROUP";
    public const string ClientCertificateKey = "PLUGIN_CLIENT_CERT";
    public const string ConnectorIdKey = "CONDUIT_CONNECTOR_ID";
    public const string TokenKey = "CONDUIT_CONNECTOR_TOKEN";
    public const string UtilitiesTargetKey = "CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET";
    public const string LogLevelKey = "CONDUIT_CONNECTOR_LOG_LEVEL";
    public const string MaxReceiveRecordSizeKey = "CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE";

    /// <summary>
    /// The SDK's own switch: <c>tcp</c> serves on 127.0.0.1 within PLUGIN_MIN_PORT..PLUGIN_MAX_PORT instead of a
    /// unix socket; <c>unix</c> (or unset) keeps the default. Conduit always sends the port range, so the range
    /// alone cannot mean "use TCP".
    /// </summary>
    public const string NetworkKey = "CONDUIT_DOTNET_SDK_NETWORK";

    /// <summary>The SDK's own: how long Stop waits for a source to stop reading or a destination's last record (Go duration, default 1m).</summary>
    public const string StopTimeoutKey = "CONDUIT_DOTNET_SDK_STOP_TIMEOUT";

    /// <summary>The SDK's own: how long Teardown waits for an open Run stream to close before forcing it (Go duration, default 1m).</summary>
    public const string RunDrainTimeoutKey = "CONDUIT_DOTNET_SDK_RUN_DRAIN_TIMEOUT";

    /// <summary>The SDK's own: how long the author's TeardownAsync may take (Go duration, default 1m).</summary>
    public const string TeardownTimeoutKey = "CONDUIT_DOTNET_SDK_TEARDOWN_TIMEOUT";

    private readonly Func<string, string?> _lookup;

    private EnvironmentReader(Func<string, string?> lookup) => _lookup = lookup;

    /// <summary>Gets a reader over the process environment.</summary>
    public static EnvironmentReader Process { get; } = new(Environment.GetEnvironmentVariable);

    /// <summary>Creates a reader over fixed values (tests, or a caller that already holds a snapshot).</summary>
    public static EnvironmentReader From(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new EnvironmentReader(name => values.TryGetValue(name, out var value) ? value : null);
    }

    /// <summary>Returns the value, or <see langword="null"/> when it is unset or empty.</summary>
    public string? Get(string name)
    {
        var value = _lookup(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>Gets a value indicating whether go-plugin's magic cookie is present and right.</summary>
    public bool HasMagicCookie => string.Equals(_lookup(MagicCookieKey), MagicCookieValue, StringComparison.Ordinal);

    /// <summary>
    /// Reads the runtime's time limits (an invalid value stops the process with a clear message) and the source's
    /// per-message limit <c>CONDUIT_DOTNET_SDK_MAX_SOURCE_BATCH</c> (an invalid value is ignored).
    /// </summary>
    public Runtime.RuntimeTimeouts ReadRuntimeTimeouts()
    {
        var defaults = Runtime.RuntimeTimeouts.Default;
        return new Runtime.RuntimeTimeouts
        {
            Stop = ReadDuration(StopTimeoutKey, defaults.Stop),
            RunDrain = ReadDuration(RunDrainTimeoutKey, defaults.RunDrain),
            Teardown = ReadDuration(TeardownTimeoutKey, defaults.Teardown),
            MaxSourceBatch = Runtime.SourceBatchLimit.Parse(Get(Runtime.SourceBatchLimit.VariableName)),
        };
    }

    private TimeSpan ReadDuration(string name, TimeSpan fallback)
    {
        if (Get(name) is not { } text)
        {
            return fallback;
        }

        if (!GoDuration.TryParse(text, out var nanoseconds, out var error) || nanoseconds <= 0)
        {
            throw new PluginStartupException($"{name}=\"{text}\" is not valid: use a positive Go duration such as 30s or 2m ({error ?? "must be greater than zero"}).");
        }

        return TimeSpan.FromTicks(nanoseconds / 100);
    }

    /// <summary>Reads Conduit's variables. Problems never stop the process; they are returned for logging.</summary>
    public ConnectorEnvironmentReading ReadConnectorEnvironment()
    {
        // Unlike the Go SDK, missing Conduit variables do not stop the process: Specify (spec loading) needs
        // none of them, so the connector keeps serving, the caller logs one warning, and the schema client
        // fails with a clear error when it is used without a target.
        var missing = new List<string>(3);
        var id = GetRequired(ConnectorIdKey, missing);
        var token = GetRequired(TokenKey, missing);
        var target = GetRequired(UtilitiesTargetKey, missing);

        var rawSize = Get(MaxReceiveRecordSizeKey);
        var size = ConnectorEnvironment.DefaultMaxReceiveRecordSize;
        string? invalidSize = null;
        if (rawSize is not null)
        {
            if (long.TryParse(rawSize.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                // gRPC counts message sizes in int; anything larger means "no practical limit".
                size = (int)Math.Min(parsed, int.MaxValue);
            }
            else
            {
                invalidSize = rawSize;
            }
        }

        var environment = new ConnectorEnvironment
        {
            ConnectorId = id,
            Token = token,
            UtilitiesTarget = target,
            LogLevel = HclogLevels.Parse(Get(LogLevelKey)),
            MaxReceiveRecordSize = size,
        };
        return new ConnectorEnvironmentReading(environment, missing, invalidSize);
    }

    /// <summary>Reads how to listen.</summary>
    /// <exception cref="PluginStartupException"><c>CONDUIT_DOTNET_SDK_NETWORK</c> is neither tcp nor unix.</exception>
    public ListenSettings ReadListenSettings()
    {
        var network = Get(NetworkKey)?.Trim();
        PluginNetwork choice;
        if (network is null || network.Equals("unix", StringComparison.OrdinalIgnoreCase))
        {
            choice = UnixSocketBinder.IsSupported ? PluginNetwork.Unix : PluginNetwork.Tcp;
        }
        else if (network.Equals("tcp", StringComparison.OrdinalIgnoreCase))
        {
            choice = PluginNetwork.Tcp;
        }
        else
        {
            throw new PluginStartupException($"{NetworkKey}=\"{network}\" is not valid: use \"tcp\" or \"unix\", or leave it unset.");
        }

        return new ListenSettings(
            choice,
            Get(MinPortKey),
            Get(MaxPortKey),
            Get(UnixSocketDirectoryKey),
            Get(UnixSocketGroupKey),
            Get(ClientCertificateKey));
    }

    private string? GetRequired(string name, List<string> missing)
    {
        var value = Get(name);
        if (value is null)
        {
            missing.Add(name);
        }

        return value;
    }
}

/// <summary>The result of <see cref="EnvironmentReader.ReadConnectorEnvironment"/>.</summary>
/// <param name="Environment">The values, with defaults where needed.</param>
/// <param name="MissingVariables">Conduit variables that were not set.</param>
/// <param name="InvalidMaxReceiveRecordSize">The raw max-receive-size value when it was not a positive number.</param>
internal sealed record ConnectorEnvironmentReading(
    ConnectorEnvironment Environment,
    IReadOnlyList<string> MissingVariables,
    string? InvalidMaxReceiveRecordSize);
