using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Conduit.Connector.Sdk.Hosting.Server;

/// <summary>
/// What Kestrel runs for each request: an <see cref="HttpContext"/> over Kestrel's features, whose request services
/// are the container (every service the plugin resolves per call is a singleton), handed to the gRPC endpoints.
/// </summary>
internal sealed class PluginHttpApplication(GrpcEndpointTable endpoints, IServiceProvider services) : IHttpApplication<HttpContext>
{
    public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures) { RequestServices = services };

    public Task ProcessRequestAsync(HttpContext context) => endpoints.DispatchAsync(context);

    public void DisposeContext(HttpContext context, Exception? exception)
    {
        // Nothing is scoped to a request.
    }
}
