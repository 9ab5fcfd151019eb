using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>
/// Replaces the console lifetime (which would stop on Ctrl+C and print to stdout): SIGINT is ignored, as go-plugin
/// plugins do, because a Ctrl+C in Conduit's terminal reaches every child and Conduit stops its connectors itself;
/// SIGTERM stops gracefully.
/// </summary>
internal sealed class PluginLifetime : IHostLifetime, IDisposable
{
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<PluginLifetime> _logger;
    private PosixSignalRegistration? _interrupt;
    private PosixSignalRegistration? _terminate;

    public PluginLifetime(IHostApplicationLifetime lifetime, ILogger<PluginLifetime> logger)
    {
        _lifetime = lifetime;
        _logger = logger;
    }

    public Task WaitForStartAsync(CancellationToken cancellationToken)
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            HostingLog.InterruptIgnored(_logger);
        });
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            HostingLog.TerminationSignal(_logger);
            _lifetime.StopApplication();
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _interrupt?.Dispose();
        _terminate?.Dispose();
    }
}
