using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>
/// The process's signal handling while it serves: SIGINT is ignored, as go-plugin plugins do (a Ctrl+C in
/// Conduit's terminal reaches every child, and Conduit stops its connectors itself); SIGTERM requests a
/// graceful stop. Registered before the socket is created, so a SIGTERM at any moment still removes it.
/// </summary>
internal sealed class PluginSignals : IDisposable
{
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    private PluginSignals(PosixSignalRegistration interrupt, PosixSignalRegistration terminate)
    {
        _interrupt = interrupt;
        _terminate = terminate;
    }

    /// <summary>Starts handling signals; SIGTERM cancels <paramref name="stop"/>.</summary>
    public static PluginSignals Register(CancellationTokenSource stop, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(stop);
        ArgumentNullException.ThrowIfNull(logger);
        var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            HostingLog.InterruptIgnored(logger);
        });
        var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            HostingLog.TerminationSignal(logger);
            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already stopped.
            }
        });
        return new PluginSignals(interrupt, terminate);
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
    }
}
