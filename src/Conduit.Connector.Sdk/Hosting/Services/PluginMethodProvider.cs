using Conduit.Connector.Sdk.Protocol;
using Conduit.Connector.Sdk.Protocol.Binding;
using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Routing;

namespace Conduit.Connector.Sdk.Hosting.Services;

/// <summary>
/// Tells grpc-dotnet the methods of <see cref="PluginServices"/>: every method of the go-plugin services and of
/// connector.v2, without the reflection of the default provider (see <see cref="MethodBinding{TServices}"/>).
/// </summary>
internal sealed class PluginMethodProvider : IServiceMethodProvider<PluginServices>
{
    // The one piece of endpoint metadata grpc-dotnet's own binding adds that routing acts on: gRPC is POST
    // only (anything else gets 405), and CORS preflight requests are let through.
    private static readonly object[] EndpointMetadata = [new HttpMethodMetadata(["POST"], acceptCorsPreflight: true)];

    /// <summary>Gets every method the plugin serves.</summary>
    public static IEnumerable<MethodBinding<PluginServices>> Methods => PluginMethods.All.Concat(ProtocolServices.Methods<PluginServices>());

    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<PluginServices> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var method in Methods)
        {
            method.AddTo(context, EndpointMetadata);
        }
    }
}
