using Conduit.Connector.Sdk.Protocol;
using Grpc.HealthCheck;

namespace Conduit.Connector.Sdk.Hosting.Services;

/// <summary>
/// Every service the plugin serves, as one object: the server binds all methods to this single type
/// (<see cref="PluginMethodProvider"/>), so grpc-dotnet builds one service model instead of seven, and the
/// implementations are created once, on the first call, instead of per call.
/// </summary>
internal sealed class PluginServices(
    HealthServiceImpl health,
    ControllerService controller,
    StdioService stdio,
    BrokerService broker,
    SpecifierPluginService specifier,
    SourcePluginService source,
    DestinationPluginService destination) : IConnectorServices
{
    /// <summary>Gets grpc.health.v1.Health.</summary>
    public HealthServiceImpl Health { get; } = health;

    /// <summary>Gets plugin.GRPCController.</summary>
    public ControllerService Controller { get; } = controller;

    /// <summary>Gets plugin.GRPCStdio.</summary>
    public StdioService Stdio { get; } = stdio;

    /// <summary>Gets plugin.GRPCBroker.</summary>
    public BrokerService Broker { get; } = broker;

    /// <inheritdoc />
    public SpecifierPluginService Specifier { get; } = specifier;

    /// <inheritdoc />
    public SourcePluginService Source { get; } = source;

    /// <inheritdoc />
    public DestinationPluginService Destination { get; } = destination;
}
