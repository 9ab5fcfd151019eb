using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Runtime;

/// <summary>
/// The source and destination runtimes of this process, created on first use so that a process
/// started only for Specify never builds them.
/// </summary>
internal sealed class ConnectorRuntimes
{
    private readonly Lazy<SourceRuntime?> _source;
    private readonly Lazy<DestinationRuntime?> _destination;

    public ConnectorRuntimes(ConnectorInstances instances, ILoggerFactory loggerFactory, RuntimeTimeouts timeouts, ConnectorEnvironment environment)
    {
        // One schema service client (and cache) for the process, shared by both sides, created on first use.
        var schemaService = new Lazy<ISchemaService>(() => Schemas.SchemaServices.Create(environment));
        _source = new Lazy<SourceRuntime?>(() =>
        {
            var source = instances.Source;
            if (source is null)
            {
                return null;
            }

            source.AttachLogger(loggerFactory.CreateLogger(source.GetType().FullName ?? "Source"));
            source.AttachEnvironment(environment);
            var middleware = new SourceMiddlewareSetup(instances.Connector.SourceMiddleware, environment, schemaService.Value);
            return new SourceRuntime(source, loggerFactory.CreateLogger<SourceRuntime>(), timeouts, middleware);
        });
        _destination = new Lazy<DestinationRuntime?>(() =>
        {
            var destination = instances.Destination;
            if (destination is null)
            {
                return null;
            }

            destination.AttachLogger(loggerFactory.CreateLogger(destination.GetType().FullName ?? "Destination"));
            destination.AttachEnvironment(environment);
            var middleware = new DestinationMiddlewareSetup(instances.Connector.DestinationMiddleware, environment, schemaService.Value);
            return new DestinationRuntime(destination, loggerFactory.CreateLogger<DestinationRuntime>(), timeouts, middleware);
        });
    }

    /// <summary>Gets the source runtime, or <see langword="null"/> when the connector has no source.</summary>
    public SourceRuntime? Source => _source.Value;

    /// <summary>Gets the destination runtime, or <see langword="null"/> when the connector has no destination.</summary>
    public DestinationRuntime? Destination => _destination.Value;

    /// <summary>Tears down whatever was started, within <paramref name="budget"/>; used when the process exits without Teardown.</summary>
    public Task ShutdownAsync(TimeSpan budget)
    {
        var source = _source.IsValueCreated ? _source.Value : null;
        var destination = _destination.IsValueCreated ? _destination.Value : null;
        return Task.WhenAll(
            source?.ShutdownAsync(budget) ?? Task.CompletedTask,
            destination?.ShutdownAsync(budget) ?? Task.CompletedTask);
    }
}
