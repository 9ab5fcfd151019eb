using Microsoft.Extensions.Hosting;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>
/// Replaces the console lifetime, which would stop the application on Ctrl+C and print to stdout. Signals are
/// handled by <see cref="PluginSignals"/> instead, from before the socket exists until the process ends.
/// </summary>
internal sealed class PluginLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
