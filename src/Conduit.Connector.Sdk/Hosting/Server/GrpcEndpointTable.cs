using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Conduit.Connector.Sdk.Hosting.Server;

/// <summary>
/// Sends each request to the endpoint grpc-dotnet made for its path, as endpoint routing would for these endpoints,
/// with a dictionary lookup instead of a route matcher (which would be built, at some cost, on the first call):
/// <c>/package.Service/Method</c> goes to the method, a POST being required; any other gRPC request goes to
/// grpc-dotnet's UNIMPLEMENTED answer for an unknown method of a known service, or for an unknown service; anything
/// else is 404.
/// </summary>
internal sealed class GrpcEndpointTable
{
    // The route parameter names grpc-dotnet's UNIMPLEMENTED endpoints read back from the route values.
    private const string ServiceParameter = "unimplementedService";
    private const string MethodParameter = "unimplementedMethod";

    private readonly FrozenDictionary<string, RouteEndpoint> _methods;
    private readonly FrozenDictionary<string, RouteEndpoint> _unknownMethodOfService;
    private readonly RouteEndpoint? _unknownService;

    private GrpcEndpointTable(
        FrozenDictionary<string, RouteEndpoint> methods,
        FrozenDictionary<string, RouteEndpoint> unknownMethodOfService,
        RouteEndpoint? unknownService)
    {
        _methods = methods;
        _unknownMethodOfService = unknownMethodOfService;
        _unknownService = unknownService;
    }

    /// <summary>Gets the number of methods served.</summary>
    public int MethodCount => _methods.Count;

    /// <summary>Sorts grpc-dotnet's endpoints by their route pattern: a literal path, <c>Service/{method}</c> or <c>{service}/{method}</c>.</summary>
    /// <exception cref="InvalidOperationException">An endpoint has another shape.</exception>
    public static GrpcEndpointTable Create(IEnumerable<EndpointDataSource> dataSources)
    {
        ArgumentNullException.ThrowIfNull(dataSources);
        var methods = new Dictionary<string, RouteEndpoint>(StringComparer.Ordinal);
        var unknownMethodOfService = new Dictionary<string, RouteEndpoint>(StringComparer.Ordinal);
        RouteEndpoint? unknownService = null;
        foreach (var endpoint in dataSources.SelectMany(source => source.Endpoints))
        {
            if (endpoint is not RouteEndpoint { RequestDelegate: not null } route)
            {
                throw new InvalidOperationException($"Unexpected endpoint {endpoint.DisplayName}.");
            }

            var pattern = route.RoutePattern;
            switch (pattern.Parameters.Count)
            {
                case 0:
                    methods.Add("/" + pattern.RawText!.TrimStart('/'), route);
                    break;
                case 1 when pattern.PathSegments is [{ IsSimple: true, Parts: [RoutePatternLiteralPart literal] }, _]:
                    unknownMethodOfService.Add(literal.Content, route);
                    break;
                case 2:
                    unknownService = route;
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected gRPC route pattern {pattern.RawText}.");
            }
        }

        return new GrpcEndpointTable(methods.ToFrozenDictionary(StringComparer.Ordinal), unknownMethodOfService.ToFrozenDictionary(StringComparer.Ordinal), unknownService);
    }

    /// <summary>Runs the endpoint for the request.</summary>
    public Task DispatchAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var path = request.Path.Value ?? string.Empty;
        if (_methods.TryGetValue(path, out var method))
        {
            if (!HttpMethods.IsPost(request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = HttpMethods.Post;
                return Task.CompletedTask;
            }

            return Run(context, method);
        }

        if (IsGrpcContentType(request.ContentType) && SplitPath(path) is var (service, name))
        {
            if (_unknownMethodOfService.TryGetValue(service, out var unknownMethod))
            {
                request.RouteValues[MethodParameter] = name;
                return Run(context, unknownMethod);
            }

            if (_unknownService is { } unknownService)
            {
                request.RouteValues[ServiceParameter] = service;
                request.RouteValues[MethodParameter] = name;
                return Run(context, unknownService);
            }
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static Task Run(HttpContext context, RouteEndpoint endpoint)
    {
        context.SetEndpoint(endpoint);
        return endpoint.RequestDelegate!(context);
    }

    // "/service/method" with both parts non-empty and no further slash.
    private static (string Service, string Method)? SplitPath(string path)
    {
        if (path.Length < 4 || path[0] != '/')
        {
            return null;
        }

        var slash = path.IndexOf('/', 1);
        if (slash <= 1 || slash == path.Length - 1 || path.IndexOf('/', slash + 1) >= 0)
        {
            return null;
        }

        return (path[1..slash], path[(slash + 1)..]);
    }

    // application/grpc, optionally followed by "+format" or parameters; what grpc-dotnet's route constraint accepts.
    private static bool IsGrpcContentType(string? contentType)
    {
        const string Grpc = "application/grpc";
        if (contentType is null || !contentType.StartsWith(Grpc, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return contentType.Length == Grpc.Length || contentType[Grpc.Length] is '+' or ';';
    }
}
