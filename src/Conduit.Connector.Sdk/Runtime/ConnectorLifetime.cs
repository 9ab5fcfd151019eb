using Microsoft.Extensions.Hosting;

namespace Conduit.Connector.Sdk.Runtime;

/// <summary>
/// Tears the connector down when the process stops (Shutdown from Conduit, SIGTERM, parent gone)
/// and Conduit never called Teardown: the author's resources are released either way.
/// </summary>
internal sealed class ConnectorLifetime : IHostedService
{
    // go-plugin kills the process 2 s after Shutdown; leave room for the server to stop.
    private static readonly TimeSpan ShutdownBudget = TimeSpan.FromSeconds(1);

    private readonly ConnectorRuntimes _runtimes;

    public ConnectorLifetime(ConnectorRuntimes runtimes) => _runtimes = runtimes;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => _runtimes.ShutdownAsync(ShutdownBudget);
}
