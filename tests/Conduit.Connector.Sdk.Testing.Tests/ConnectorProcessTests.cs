using Conduit.Connector.Sdk.Testing.Launching;

namespace Conduit.Connector.Sdk.Testing.Tests;

/// <summary>
/// The process lifecycle against stand-in programs (/bin/sh scripts, /usr/bin/env), so that every
/// failure path of the start is proven without a connector: each must end in a clear error and a
/// dead process, never a hang.
/// </summary>
public sealed class ConnectorProcessTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_NoHandshakeInTime_KillsAndFails()
    {
        var options = Shell("echo starting >&2; exec sleep 30");
        options.HandshakeTimeout = TimeSpan.FromMilliseconds(500);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<ConnectorStartException>(() => ConnectorProcess.StartAsync(options, Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.StartsWith("timeout while waiting for plugin to start", ex.Reason, StringComparison.Ordinal);
        Assert.Null(ex.ExitCode);
        Assert.Contains("starting", ex.StandardError);
    }

    [Fact]
    public async Task StartAsync_ExitsBeforeHandshake_ReportsExitCodeAndStderr()
    {
        var options = Shell("echo 'This binary is a plugin.' >&2; exit 3");

        var ex = await Assert.ThrowsAsync<ConnectorStartException>(() => ConnectorProcess.StartAsync(options, Token));

        Assert.StartsWith("plugin exited before we could connect", ex.Reason, StringComparison.Ordinal);
        Assert.Equal(3, ex.ExitCode);
        Assert.Equal(["This binary is a plugin."], ex.StandardError);
        Assert.Contains("This binary is a plugin.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_OutputBeforeHandshake_Unrecognized()
    {
        var options = Shell("echo 'Now listening on: http://localhost:5000'; echo '1|2|unix|/tmp/x|grpc|'; exec sleep 30");

        var ex = await Assert.ThrowsAsync<ConnectorStartException>(() => ConnectorProcess.StartAsync(options, Token));

        Assert.StartsWith("Unrecognized remote plugin message", ex.Reason, StringComparison.Ordinal);
        Assert.Equal("Now listening on: http://localhost:5000", ex.HandshakeLine);
    }

    [Fact]
    public async Task StartAsync_VersionNotOffered_Incompatible()
    {
        var options = Shell("echo '1|2|unix|/tmp/x|grpc|'; exec sleep 30");
        options.ProtocolVersions = "1";

        var ex = await Assert.ThrowsAsync<ConnectorStartException>(() => ConnectorProcess.StartAsync(options, Token));

        Assert.StartsWith("Incompatible API version with plugin", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NothingListensAtAddress_FailsHealthCheck()
    {
        var socket = Path.Combine(Path.GetTempPath(), $"nothing-{Guid.NewGuid():N}");
        var options = Shell($"echo '1|2|unix|{socket}|grpc|'; exec sleep 30");

        var ex = await Assert.ThrowsAsync<ConnectorStartException>(() => ConnectorProcess.StartAsync(options, Token));

        Assert.Contains("did not answer the grpc.health.v1 check", ex.Reason, StringComparison.Ordinal);
        Assert.Equal("1|2|unix|" + socket + "|grpc|", ex.HandshakeLine);
    }

    [Fact]
    public async Task StartAsync_FailedStart_LeavesNoProcess()
    {
        var pidFile = Path.Combine(Path.GetTempPath(), $"pid-{Guid.NewGuid():N}");
        var options = Shell($"echo $$ > {pidFile}; echo garbage; exec sleep 30");

        await Assert.ThrowsAsync<ConnectorStartException>(() => ConnectorProcess.StartAsync(options, Token));

        var pid = int.Parse(await File.ReadAllTextAsync(pidFile, Token), System.Globalization.CultureInfo.InvariantCulture);
        File.Delete(pidFile);
        Assert.False(Directory.Exists($"/proc/{pid}"), $"process {pid} is still there");
    }

    [Fact]
    public async Task RunAsync_CapturesOutputAndExitCode()
    {
        var result = await ConnectorProcess.RunAsync(Shell("echo out; echo err >&2; exit 4"), Token);

        Assert.Equal(4, result.ExitCode);
        Assert.False(result.TimedOut);
        Assert.Equal("out\n", result.StandardOutput);
        Assert.Equal("err\n", result.StandardError);
    }

    [Fact]
    public async Task RunAsync_DoesNotExit_KilledAfterTimeout()
    {
        var options = Shell("exec sleep 30");
        options.HandshakeTimeout = TimeSpan.FromMilliseconds(300);

        var result = await ConnectorProcess.RunAsync(options, Token);

        Assert.True(result.TimedOut);
        Assert.Equal(137, result.ExitCode);
    }

    [Fact]
    public async Task RunAsync_EmptyBaseEnvironment_OnlyConduitVariablesReachTheChild()
    {
        var options = new ConnectorProcessOptions("/usr/bin/env") { EmptyBaseEnvironment = true };

        var result = await ConnectorProcess.RunAsync(options, Token);

        var names = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)]).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "CONDUIT_CONNECTOR_ID", "CONDUIT_CONNECTOR_LOG_LEVEL", "CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE",
                "CONDUIT_CONNECTOR_TOKEN", "CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET", "CONDUIT_PLUGIN_MAGIC_COOKIE",
                "PLUGIN_MAX_PORT", "PLUGIN_MIN_PORT", "PLUGIN_PROTOCOL_VERSIONS",
            ],
            names);
    }

    [Fact]
    public async Task RunAsync_AutoMtls_PassesPemClientCertificate()
    {
        var options = Shell("printf '%s' \"$PLUGIN_CLIENT_CERT\"");
        options.AutoMtls = true;

        var result = await ConnectorProcess.RunAsync(options, Token);

        Assert.StartsWith("-----BEGIN CERTIFICATE-----\n", result.StandardOutput, StringComparison.Ordinal);
        Assert.NotNull(System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(result.StandardOutput));
    }

    [Fact]
    public async Task RunAsync_GivenClientCertificate_PassedInsteadOfAGeneratedOne()
    {
        using var certificate = ClientCertificate.Create();
        var options = Shell("printf '%s' \"$PLUGIN_CLIENT_CERT\"");
        options.AutoMtls = true;
        options.ClientCertificate = certificate;

        var result = await ConnectorProcess.RunAsync(options, Token);

        Assert.Equal(certificate.Thumbprint, System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(result.StandardOutput).Thumbprint);
        Assert.True(certificate.HasPrivateKey, "the caller's certificate must not be disposed");
    }

    private static ConnectorProcessOptions Shell(string script)
    {
        var options = new ConnectorProcessOptions("/bin/sh");
        options.Arguments.Add("-c");
        options.Arguments.Add(script);
        return options;
    }
}
