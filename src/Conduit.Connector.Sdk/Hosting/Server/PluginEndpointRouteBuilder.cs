using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Conduit.Connector.Sdk.Hosting.Server;

/// <summary>Where grpc-dotnet's <c>MapGrpcService</c> puts its endpoints, without an application or routing middleware.</summary>
internal sealed class PluginEndpointRouteBuilder(IServiceProvider services) : IEndpointRouteBuilder
{
    public IServiceProvider ServiceProvider => services;

    public ICollection<EndpointDataSource> DataSources { get; } = [];

    public IApplicationBuilder CreateApplicationBuilder() => new ApplicationBuilder(services);
}
