using Conduit.Connector.Sdk.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conduit.Connector.Sdk.Protocol;

/// <summary>Registers and maps the connector.v2 services; Hosting calls these two methods.</summary>
internal static class ProtocolServices
{
    public static void Add(IServiceCollection services, Connector connector, RuntimeTimeouts? timeouts = null)
    {
        services.AddSingleton(new ConnectorInstances(connector));
        services.AddSingleton(timeouts ?? RuntimeTimeouts.Default);
        services.AddSingleton<ConnectorRuntimes>();
        services.AddHostedService<ConnectorLifetime>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<SpecifierPluginService>();
        endpoints.MapGrpcService<SourcePluginService>();
        endpoints.MapGrpcService<DestinationPluginService>();
    }
}
