using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using Conduit.Connector.Sdk.Protocol.Wire.GoPlugin;
using Conduit.Connector.Sdk.Testing.Handshaking;
using Conduit.Connector.Sdk.Testing.Launching;
using Conduit.Connector.Sdk.Testing.Output;
using Conduit.Connector.Sdk.Testing.Transport;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Conduit.Connector.Sdk.Testing;

/// <summary>
/// A connector executable started and connected the way Conduit does it through hashicorp/go-plugin:
/// the Conduit environment, the handshake line on stdout, a gRPC connection to the address it names,
/// a healthy <c>plugin</c> service, stdio and broker streams in the background, hclog lines read from
/// stderr, and, at the end, <c>Shutdown</c> followed by a kill after a grace period.
/// </summary>
/// <example>
/// <code>
/// await using var connector = await ConnectorProcess.StartAsync(new ConnectorProcessOptions("./my-connector"));
/// var specification = await connector.Specifier.SpecifyAsync();
/// var exit = await connector.StopAsync();
/// </code>
/// </example>
public sealed class ConnectorProcess : IAsyncDisposable
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);

    private readonly Process _process;
    private readonly ConnectorProcessOptions _options;
    private readonly X509Certificate2? _clientCertificate;
    private readonly X509Certificate2? _ownedCertificate;
    private readonly Stopwatch _clock;
    private readonly ConnectorOutput _output;
    private readonly Task<int> _exit;
    private readonly PluginStreams _streams;
    private readonly Lock _lock = new();
    private ConnectorHandshake? _handshake;
    private GrpcChannel? _channel;
    private Task<ConnectorExit>? _end;
    private long _endingSince; // ticks of _clock when the host began to stop or kill; 0 while running
    private long _exitedSince; // ticks of _clock when the process exit was seen; 0 while running

    private ConnectorProcess(Process process, ConnectorProcessOptions options, X509Certificate2? clientCertificate, X509Certificate2? ownedCertificate, Stopwatch clock)
    {
        _process = process;
        _options = options;
        _clientCertificate = clientCertificate;
        _ownedCertificate = ownedCertificate;
        _clock = clock;
        ProcessId = process.Id;
        _output = new ConnectorOutput(process, options.FailOnMalformedLogLine);
        _exit = WaitForProcessExitAsync();
        _streams = new PluginStreams(_output.AddStdioFrame, ReportStreamEndAsync);
    }

    /// <summary>Gets the id of the process.</summary>
    public int ProcessId { get; }

    /// <summary>Gets the validated handshake line.</summary>
    public ConnectorHandshake Handshake => _handshake ?? throw new InvalidOperationException("The handshake has not been read yet.");

    /// <summary>Gets the gRPC channel to the connector, for calls the typed clients do not cover (fault tests).</summary>
    public GrpcChannel Channel => _channel ?? throw new InvalidOperationException("The connector is not connected yet.");

    /// <summary>Gets a client of <c>connector.v2.SpecifierPlugin</c>.</summary>
    public SpecifierClient Specifier => new(Channel.CreateCallInvoker());

    /// <summary>Gets a client of <c>connector.v2.SourcePlugin</c>.</summary>
    public SourceClient Source => new(Channel.CreateCallInvoker());

    /// <summary>Gets a client of <c>connector.v2.DestinationPlugin</c>.</summary>
    public DestinationClient Destination => new(Channel.CreateCallInvoker());

    /// <summary>Gets the stderr lines read as hclog entries so far.</summary>
    public IReadOnlyList<LogEntry> Logs => _output.Stderr.Entries;

    /// <summary>Gets the stderr lines go-plugin would not read as hclog entries so far.</summary>
    public IReadOnlyList<MalformedLogLine> MalformedLogLines => _output.Stderr.Malformed;

    /// <summary>Gets every stderr line so far, as written.</summary>
    public IReadOnlyList<string> StandardErrorLines => _output.Stderr.Lines;

    /// <summary>Gets the lines written to stdout after the handshake line (each one is a protocol violation).</summary>
    public IReadOnlyList<string> StdoutAfterHandshake => _output.StdoutAfterHandshake;

    /// <summary>Gets the frames received on <c>plugin.GRPCStdio/StreamStdio</c> so far.</summary>
    public IReadOnlyList<StdioFrame> StdioFrames => _output.StdioFrames;

    /// <summary>
    /// Gets every protocol violation seen so far: stdout after the handshake, a stdio or broker stream
    /// that ended or failed on its own, an invalid stdio channel, and stderr lines that are not hclog.
    /// </summary>
    public IReadOnlyList<string> ProtocolViolations => _output.Violations;

    /// <summary>Gets a value indicating whether the process has exited.</summary>
    public bool HasExited => _exit.IsCompleted;

    /// <summary>
    /// Starts a connector process, reads and validates its handshake, connects, checks that the
    /// <c>plugin</c> health service is SERVING and opens the stdio and broker streams.
    /// </summary>
    /// <param name="options">How to start the process.</param>
    /// <param name="cancellationToken">Abandons the start (the process is killed).</param>
    /// <returns>The connected process; dispose it to stop it.</returns>
    /// <exception cref="ConnectorStartException">The process did not come up as go-plugin expects.</exception>
    public static async Task<ConnectorProcess> StartAsync(ConnectorProcessOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var offered = HandshakeParser.ParseVersions(options.ProtocolVersions);
        var generated = options.AutoMtls && options.ClientCertificate is null ? ClientCertificate.Create() : null;
        var clientCertificate = options.AutoMtls ? options.ClientCertificate ?? generated : null;
        var environment = ChildEnvironment.Build(
            options,
            System.Environment.GetEnvironmentVariables(),
            clientCertificate is null ? null : ClientCertificate.ToPem(clientCertificate));

        var clock = Stopwatch.StartNew();
        Process process;
        try
        {
            process = ProcessLauncher.Start(options, environment);
        }
        catch
        {
            generated?.Dispose();
            throw;
        }

        var connector = new ConnectorProcess(process, options, clientCertificate, generated, clock);
        try
        {
            await connector.ReadHandshakeAsync(offered, cancellationToken).ConfigureAwait(false);
            await connector.ConnectAsync(cancellationToken).ConfigureAwait(false);
            return connector;
        }
        catch
        {
            await connector.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Runs the executable to completion with the Conduit environment and captures its output: for
    /// command-line words (<c>spec</c>, <c>version</c>) and start-up failures. Killed after
    /// <see cref="ConnectorProcessOptions.HandshakeTimeout"/>.
    /// </summary>
    /// <param name="options">How to start the process.</param>
    /// <param name="cancellationToken">Abandons the run (the process is killed).</param>
    /// <returns>The exit code and output.</returns>
    public static Task<ConnectorRunResult> RunAsync(ConnectorProcessOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CommandRunner.RunAsync(options, cancellationToken);
    }

    /// <summary>Waits for a log entry matching <paramref name="predicate"/>, including those already received.</summary>
    /// <param name="predicate">What to look for.</param>
    /// <param name="timeout">How long to wait. <para>Defaults to ten seconds.</para></param>
    /// <param name="cancellationToken">Abandons the wait.</param>
    /// <returns>The first matching entry.</returns>
    /// <exception cref="TimeoutException">No entry matched in time (the message lists stderr so far).</exception>
    /// <exception cref="ConnectorProtocolException">A malformed line arrived and <see cref="ConnectorProcessOptions.FailOnMalformedLogLine"/> is set.</exception>
    public Task<LogEntry> WaitForLogAsync(Func<LogEntry, bool> predicate, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return _output.Stderr.WaitAsync(predicate, timeout ?? TimeSpan.FromSeconds(10), cancellationToken);
    }

    /// <summary>Waits until the process exits on its own.</summary>
    /// <param name="cancellationToken">Abandons the wait (the process keeps running).</param>
    /// <returns>The exit code.</returns>
    public Task<int> WaitForExitAsync(CancellationToken cancellationToken = default) => _exit.WaitAsync(cancellationToken);

    /// <summary>
    /// Stops the connector as go-plugin's <c>Kill</c> does: <c>plugin.GRPCController/Shutdown</c>,
    /// close the connection, wait up to <see cref="ConnectorProcessOptions.ShutdownGracePeriod"/>,
    /// then SIGKILL. Calling it again returns the first result.
    /// </summary>
    /// <param name="cancellationToken">Abandons the wait (the stop goes on in the background and is bounded).</param>
    /// <returns>How the process ended.</returns>
    /// <exception cref="ConnectorProtocolException">The connector wrote malformed stderr lines and <see cref="ConnectorProcessOptions.FailOnMalformedLogLine"/> is set.</exception>
    public async Task<ConnectorExit> StopAsync(CancellationToken cancellationToken = default)
    {
        var exit = await EndOnce(StopCoreAsync).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_options.FailOnMalformedLogLine && _output.Stderr.Malformed.Count > 0)
        {
            throw new ConnectorProtocolException("The connector wrote stderr lines go-plugin cannot read as hclog.", [.. _output.Stderr.Malformed.Select(m => m.ToString())]);
        }

        return exit;
    }

    /// <summary>Kills the process at once (SIGKILL), without asking it to shut down; for fault tests.</summary>
    /// <returns>How the process ended.</returns>
    public Task<ConnectorExit> KillAsync() => EndOnce(KillCoreAsync);

    /// <summary>Stops the process if it still runs (see <see cref="StopAsync"/>) and releases everything; never throws for the process's behaviour.</summary>
    /// <returns>A task that completes when the process is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await EndOnce(StopCoreAsync).ConfigureAwait(false);
        }
        finally
        {
            KillIfRunning();
            _process.Dispose();
            _ownedCertificate?.Dispose();
        }
    }

    private Task<ConnectorExit> EndOnce(Func<Task<ConnectorExit>> end)
    {
        lock (_lock)
        {
            return _end ??= end();
        }
    }

    private async Task ReadHandshakeAsync(IReadOnlyList<int> offered, CancellationToken cancellationToken)
    {
        var firstLine = _process.StandardOutput.ReadLineAsync(CancellationToken.None).AsTask();
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var expiry = Task.Delay(_options.HandshakeTimeout, timeout.Token);
            var first = await Task.WhenAny(firstLine, expiry).ConfigureAwait(false);
            await timeout.CancelAsync().ConfigureAwait(false);
            if (first != firstLine)
            {
                _output.AbandonHandshakeRead(firstLine);
                cancellationToken.ThrowIfCancellationRequested();
                throw await FailAsync($"timeout while waiting for plugin to start: no handshake line on stdout within {_options.HandshakeTimeout.TotalSeconds:F1} s", null).ConfigureAwait(false);
            }
        }

        var line = await firstLine.ConfigureAwait(false);
        var elapsed = _clock.Elapsed;
        if (line is null)
        {
            // Like go-plugin: the process exited (or closed stdout) before printing the line.
            await WaitForExitWithinAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            throw await FailAsync("plugin exited before we could connect: stdout ended without a handshake line", null).ConfigureAwait(false);
        }

        if (!HandshakeParser.TryParse(line, offered, _clientCertificate is not null, out var handshake, out var error))
        {
            throw await FailAsync(error, line).ConfigureAwait(false);
        }

        handshake!.Elapsed = elapsed;
        _handshake = handshake;
        _output.WatchStdoutAfterHandshake();
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        _channel = PluginChannel.Create(Handshake, _clientCertificate);
        HealthCheckResponse response;
        try
        {
            response = await new Health.HealthClient(_channel)
                .CheckAsync(new HealthCheckRequest { Service = "plugin" }, deadline: DateTime.UtcNow.Add(_options.HandshakeTimeout), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw await FailAsync($"{Handshake.Network} address {Handshake.Address} did not answer the grpc.health.v1 check of service \"plugin\": {ex.Status}", Handshake.Line, ex).ConfigureAwait(false);
        }

        if (response.Status != HealthCheckResponse.Types.ServingStatus.Serving)
        {
            throw await FailAsync($"health of service \"plugin\" is {response.Status}, not SERVING", Handshake.Line).ConfigureAwait(false);
        }

        _streams.Start(_channel);
    }

    /// <summary>Kills the process (unless it already exited), waits for stderr to drain, and builds the start error.</summary>
    private async Task<ConnectorStartException> FailAsync(string reason, string? line, Exception? inner = null)
    {
        var exitedOnItsOwn = _exit.IsCompleted;
        var exit = await EndOnce(KillCoreAsync).ConfigureAwait(false);
        return new ConnectorStartException(reason, line, exitedOnItsOwn ? exit.ExitCode : null, _output.Stderr.Lines, inner);
    }

    private async Task<ConnectorExit> StopCoreAsync()
    {
        BeginEnding();
        if (_exit.IsCompleted)
        {
            await ReleaseAsync().ConfigureAwait(false);
            return new ConnectorExit(_exit.Result, killed: false, shutdownAcknowledged: false, TimeSpan.Zero);
        }

        var clock = Stopwatch.StartNew();
        var acknowledged = false;
        if (_channel is not null)
        {
            try
            {
                await new GRPCController.GRPCControllerClient(_channel)
                    .ShutdownAsync(new Empty(), deadline: DateTime.UtcNow.Add(_options.ShutdownGracePeriod))
                    .ConfigureAwait(false);
                acknowledged = true;
            }
            catch (RpcException)
            {
                // go-plugin ignores a failed Shutdown too; the grace period and the kill follow.
            }
        }

        await ReleaseAsync().ConfigureAwait(false);
        var killed = false;
        if (!await WaitForExitWithinAsync(_options.ShutdownGracePeriod).ConfigureAwait(false))
        {
            KillIfRunning();
            killed = true;
            await _exit.ConfigureAwait(false);
        }

        var exitCode = await _exit.ConfigureAwait(false);
        var stopped = clock.Elapsed;
        await _output.DrainAsync(DrainTimeout).ConfigureAwait(false);
        return new ConnectorExit(exitCode, killed, acknowledged, stopped);
    }

    private async Task<ConnectorExit> KillCoreAsync()
    {
        BeginEnding();
        var clock = Stopwatch.StartNew();
        var killed = !_exit.IsCompleted;
        KillIfRunning();
        var exitCode = await _exit.ConfigureAwait(false);
        var stopped = killed ? clock.Elapsed : TimeSpan.Zero;
        await ReleaseAsync().ConfigureAwait(false);
        await _output.DrainAsync(DrainTimeout).ConfigureAwait(false);
        return new ConnectorExit(exitCode, killed, shutdownAcknowledged: false, stopped);
    }

    /// <summary>Ends the background streams and closes the connection.</summary>
    private async Task ReleaseAsync()
    {
        await _streams.StopAsync().ConfigureAwait(false);
        _channel?.Dispose();
    }

    private async Task<bool> WaitForExitWithinAsync(TimeSpan timeout)
    {
        try
        {
            await _exit.WaitAsync(timeout).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private void KillIfRunning()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Exited (or was never started) in the meantime.
        }
    }

    private async Task ReportStreamEndAsync(string violation)
    {
        if (Ending)
        {
            return; // the host is closing the connection itself
        }

        // A stream also ends when the process dies on its own (a crash, a fault test): not the
        // stream's fault. It is, though, when the process lives on, even if the host stops it later.
        await WaitForExitWithinAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        var exitedSince = Interlocked.Read(ref _exitedSince);
        var endingSince = Interlocked.Read(ref _endingSince);
        if (exitedSince != 0 && (endingSince == 0 || exitedSince < endingSince))
        {
            return;
        }

        _output.AddViolation(violation);
    }

    private async Task<int> WaitForProcessExitAsync()
    {
        await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        Interlocked.CompareExchange(ref _exitedSince, Math.Max(1, _clock.ElapsedTicks), 0);
        return _process.ExitCode;
    }

    private bool Ending => Interlocked.Read(ref _endingSince) != 0;

    private void BeginEnding() => Interlocked.CompareExchange(ref _endingSince, Math.Max(1, _clock.ElapsedTicks), 0);
}
