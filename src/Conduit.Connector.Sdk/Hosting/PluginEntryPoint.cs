using Conduit.Connector.Sdk.Hosting.Logging;
using Conduit.Connector.Sdk.Hosting.Stdio;
using Conduit.Connector.Sdk.Hosting.Transport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>
/// What <see cref="ConnectorHost.RunAsync(string[], Connector, CancellationToken)"/> does, with the process globals
/// (streams, environment) passed in so that tests can drive it.
/// </summary>
internal static class PluginEntryPoint
{
    /// <summary>go-plugin's answer to a start without the magic cookie, word for word.</summary>
    public const string NotAPluginMessage =
        "This binary is a plugin. These are not meant to be executed directly.\n"
        + "Please execute the program that consumes these plugins, which will\n"
        + "load any plugins automatically\n";

    private const string HostingCategory = "Conduit.Connector.Sdk.Hosting";
    private const string StdoutCategory = "stdout";

    public static async Task<int> RunAsync(
        string[] args,
        Connector connector,
        string programName,
        PluginStreams streams,
        EnvironmentReader environment,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(environment);

        var sink = new StderrSink(streams.Error);
        HclogLoggerProvider? logging = null;
        if (streams.RedirectConsole)
        {
            // stdout carries only our answers: what the connector prints (say, in a constructor that `spec`
            // runs) goes to stderr, and after the handshake into the log.
            Console.SetOut(streams.ErrorText);
        }

        try
        {
            if (CommandLine.TryRun(args, connector, programName, streams.Out, streams.ErrorText) is { } exitCode)
            {
                return exitCode;
            }

            if (!environment.HasMagicCookie)
            {
                streams.ErrorText.Write(NotAPluginMessage);
                streams.ErrorText.Flush();
                return 1;
            }

            var reading = environment.ReadConnectorEnvironment();
            logging = new HclogLoggerProvider(sink, reading.Environment.LogLevel);
            return await ServeAsync(connector, streams, environment, reading, sink, logging, cancellationToken).ConfigureAwait(false);
        }
        catch (PluginStartupException exception)
        {
            HostingLog.StartupFailed(Logger(logging, sink), exception.Message);
            return 1;
        }
        catch (Exception exception)
        {
            HostingLog.Crashed(Logger(logging, sink), exception);
            return 1;
        }
    }

    private static async Task<int> ServeAsync(
        Connector connector,
        PluginStreams streams,
        EnvironmentReader environment,
        ConnectorEnvironmentReading reading,
        StderrSink sink,
        HclogLoggerProvider logging,
        CancellationToken cancellationToken)
    {
        var parent = ParentProcess.CaptureCurrent();
        var logger = logging.CreateLogger(HostingCategory);
        var protocolVersion = ProtocolVersionNegotiation.Negotiate(environment.Get(EnvironmentReader.ProtocolVersionsKey));
        if (reading.MissingVariables.Count > 0)
        {
            HostingLog.ConduitVariablesMissing(logger, string.Join(", ", reading.MissingVariables));
        }

        if (reading.InvalidMaxReceiveRecordSize is { } invalidSize)
        {
            HostingLog.InvalidMaxReceiveRecordSize(logger, invalidSize, ConnectorEnvironment.DefaultMaxReceiveRecordSize);
        }

        // SIGTERM (or the caller's token) stops the process at any point from here on, and the usings below
        // still remove the socket.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var signals = PluginSignals.Register(stop, logger);
        var settings = environment.ReadListenSettings();
        var timeouts = environment.ReadRuntimeTimeouts();
        using var mtls = settings.ClientCertificatePem is { } pem ? AutoMtls.Create(pem) : null;
        using var listener = PluginListener.Open(settings);
        var stdio = new StdioBroadcaster();
        var app = PluginServer.Build(new PluginServerParts(connector, reading.Environment, logging, listener, mtls, stdio, parent, timeouts));
        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                HostingLog.Stopped(logger);
                return 0;
            }

            // The server accepts connections now; the line tells Conduit where. Nothing else ever goes to stdout.
            await streams.Out.WriteAsync(Handshake.Format(protocolVersion, listener.Network, listener.Address, mtls?.HandshakeCertificate) + "\n").ConfigureAwait(false);
            await streams.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            if (streams.RedirectConsole)
            {
                Console.SetOut(new RedirectedStdout(logging.CreateLogger(StdoutCategory), stdio));
                Console.SetError(new RedirectedStderr(sink));
                AppDomain.CurrentDomain.UnhandledException += (_, args) =>
                    HostingLog.Crashed(logger, args.ExceptionObject as Exception ?? new InvalidOperationException(args.ExceptionObject?.ToString()));
            }

            HostingLog.Serving(logger, connector.Specification.Name, connector.Specification.Version, listener.Network.ToString().ToLowerInvariant(), listener.Address, protocolVersion, mtls is not null);
            await app.RunUntilStoppedAsync(stop.Token).ConfigureAwait(false);
        }

        HostingLog.Stopped(logger);
        return 0;
    }

    private static ILogger Logger(HclogLoggerProvider? logging, StderrSink sink) =>
        (logging ?? new HclogLoggerProvider(sink, LogLevel.Trace)).CreateLogger(HostingCategory);
}
