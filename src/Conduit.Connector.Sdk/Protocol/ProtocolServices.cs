using System.Diagnostics.CodeAnalysis;
using Conduit.Connector.Sdk.Protocol.Binding;
using Conduit.Connector.Sdk.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Protocol;

/// <summary>Registers the connector.v2 services and names their methods; Hosting calls these two methods.</summary>
internal static class ProtocolServices
{
    public static void Add(IServiceCollection services, Connector connector, RuntimeTimeouts? timeouts = null)
    {
        services.AddSingleton(new ConnectorInstances(connector));
        services.AddSingleton(timeouts ?? RuntimeTimeouts.Default);
        services.AddSingleton<ConnectorRuntimes>();
        services.AddHostedService<ConnectorLifetime>();

        // One instance of each for the process, created on the first call. Factories, not constructor
        // discovery: nothing here needs reflection.
        services.AddSingleton(static provider => new SpecifierPluginService(
            provider.GetRequiredService<ConnectorInstances>(),
            provider.GetRequiredService<ILogger<SpecifierPluginService>>()));
        services.AddSingleton(static provider => new SourcePluginService(provider.GetRequiredService<ConnectorRuntimes>()));
        services.AddSingleton(static provider => new DestinationPluginService(provider.GetRequiredService<ConnectorRuntimes>()));
    }

    /// <summary>
    /// Every method of connector.v2.SpecifierPlugin, SourcePlugin and DestinationPlugin, for the object that serves
    /// them all (<typeparamref name="TServices"/>).
    /// </summary>
    public static IEnumerable<MethodBinding<TServices>> Methods<[DynamicallyAccessedMembers(MethodBinding.ServiceMembers)] TServices>()
        where TServices : class, IConnectorServices =>
        ConnectorMethods.All<TServices>();
}
