using System.Security.Cryptography.X509Certificates;

namespace Conduit.Connector.Sdk.Testing;

/// <summary>
/// How <see cref="ConnectorProcess"/> starts a connector executable. The defaults reproduce what
/// Conduit and go-plugin pass to a standalone connector.
/// </summary>
public sealed class ConnectorProcessOptions
{
    /// <summary>The magic cookie go-plugin hosts pass to Conduit connectors.</summary>
    public const string ConduitMagicCookie = "204e8e812c3a1bb73b838928c575b42a105dd2e9aa449be481bc4590486df53f";

    /// <summary>Initializes options for an executable.</summary>
    /// <param name="executablePath">The path of the connector executable.</param>
    public ConnectorProcessOptions(string executablePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(executablePath);
        ExecutablePath = executablePath;
    }

    /// <summary>Gets the path of the connector executable.</summary>
    public string ExecutablePath { get; }

    /// <summary>Gets the command-line arguments. <para>Defaults to none, as Conduit passes none.</para></summary>
    public IList<string> Arguments { get; } = [];

    /// <summary>
    /// Gets variables applied last, over everything else: a value sets the variable, <see langword="null"/>
    /// removes it. Use it to pass malformed values (for example <c>PLUGIN_MIN_PORT=abc</c>).
    /// <para>Defaults to none.</para>
    /// </summary>
    public IDictionary<string, string?> Environment { get; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>
    /// Gets or sets a value indicating whether the process starts from an empty environment plus the
    /// Conduit variables (like <c>env -i</c>) instead of this process's environment. Either way, inherited
    /// <c>PLUGIN_*</c> and <c>CONDUIT_*</c> variables are dropped so that only these options set them.
    /// <para>Defaults to <see langword="false"/>.</para>
    /// </summary>
    public bool EmptyBaseEnvironment { get; set; }

    /// <summary>
    /// Gets or sets <c>CONDUIT_PLUGIN_MAGIC_COOKIE</c>; <see langword="null"/> leaves it unset.
    /// <para>Defaults to <see cref="ConduitMagicCookie"/>.</para>
    /// </summary>
    public string? MagicCookie { get; set; } = ConduitMagicCookie;

    /// <summary>Gets or sets <c>PLUGIN_PROTOCOL_VERSIONS</c>, the app protocol versions offered. <para>Defaults to <c>1,2</c> (what Conduit offers).</para></summary>
    public string ProtocolVersions { get; set; } = "1,2";

    /// <summary>
    /// Gets or sets the network to ask for through <c>CONDUIT_DOTNET_SDK_NETWORK</c>; <see langword="null"/>
    /// leaves the variable unset, so the connector picks its default (a unix socket).
    /// <para>Defaults to <see langword="null"/>.</para>
    /// </summary>
    public ConnectorNetwork? Network { get; set; }

    /// <summary>Gets or sets <c>PLUGIN_MIN_PORT</c>. <para>Defaults to 10000, as go-plugin sends.</para></summary>
    public int MinPort { get; set; } = 10000;

    /// <summary>Gets or sets <c>PLUGIN_MAX_PORT</c>. <para>Defaults to 25000, as go-plugin sends.</para></summary>
    public int MaxPort { get; set; } = 25000;

    /// <summary>Gets or sets <c>PLUGIN_UNIX_SOCKET_DIR</c>; <see langword="null"/> leaves it unset. <para>Defaults to <see langword="null"/>.</para></summary>
    public string? UnixSocketDirectory { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether to use go-plugin's AutoMTLS: generate a client
    /// certificate, pass it in <c>PLUGIN_CLIENT_CERT</c>, and trust only the server certificate of the
    /// handshake line, for server name <c>localhost</c>. Conduit itself does not enable it.
    /// <para>Defaults to <see langword="false"/>.</para>
    /// </summary>
    public bool AutoMtls { get; set; }

    /// <summary>
    /// Gets or sets the AutoMTLS client certificate, with its private key; the caller keeps ownership.
    /// <see langword="null"/> generates one as go-plugin does. Only used when <see cref="AutoMtls"/> is set.
    /// <para>Defaults to <see langword="null"/>.</para>
    /// </summary>
    public X509Certificate2? ClientCertificate { get; set; }

    /// <summary>Gets or sets <c>CONDUIT_CONNECTOR_ID</c>. <para>Defaults to <c>connector-under-test</c>.</para></summary>
    public string ConnectorId { get; set; } = "connector-under-test";

    /// <summary>Gets or sets <c>CONDUIT_CONNECTOR_TOKEN</c>. <para>Defaults to <c>irrelevant-token</c>.</para></summary>
    public string Token { get; set; } = "irrelevant-token";

    /// <summary>
    /// Gets or sets <c>CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET</c>, the schema service address.
    /// <para>Defaults to <c>127.0.0.1:8084</c> (nothing needs to listen there unless the connector uses schemas).</para>
    /// </summary>
    public string UtilitiesTarget { get; set; } = "127.0.0.1:8084";

    /// <summary>Gets or sets <c>CONDUIT_CONNECTOR_LOG_LEVEL</c>; <see langword="null"/> leaves it unset (as at specification loading). <para>Defaults to <c>trace</c>.</para></summary>
    public string? LogLevel { get; set; } = "trace";

    /// <summary>Gets or sets <c>CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE</c> in bytes; <see langword="null"/> leaves it unset. <para>Defaults to 4194304 (4 MiB).</para></summary>
    public int? MaxReceiveRecordSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Gets or sets how long the process has to print its handshake line (for
    /// <see cref="ConnectorProcess.RunAsync"/>: to exit). Past it the process is killed and the start fails.
    /// <para>Defaults to one minute, go-plugin's StartTimeout.</para>
    /// </summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Gets or sets how long <see cref="ConnectorProcess.StopAsync"/> waits for the process to exit after
    /// the shutdown call before it kills it. <para>Defaults to two seconds, as go-plugin's Kill.</para>
    /// </summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Gets or sets a value indicating whether a stderr line that go-plugin could not read as an hclog
    /// entry fails the run: <see cref="ConnectorProcess.WaitForLogAsync"/> fails at once and
    /// <see cref="ConnectorProcess.StopAsync"/> throws <see cref="ConnectorProtocolException"/> once the
    /// process has ended. <para>Defaults to <see langword="false"/>.</para>
    /// </summary>
    public bool FailOnMalformedLogLine { get; set; }
}
