using Conduit.Connector.Sdk.Protocol.Wire.GoPlugin;
using Conduit.Connector.Sdk.Protocol.Wire.V2;
using Grpc.Core;
using Grpc.Health.V1;

namespace Conduit.Connector.Sdk.Tests.Protocol;

/// <summary>
/// The method descriptors grpc_csharp_plugin generated for every service the plugin serves, read through the
/// generated BindService (as grpc-dotnet's default binding does): the reference the SDK's own bindings must equal.
/// </summary>
internal static class GeneratedServiceMethods
{
    public static IReadOnlyList<IMethod> All { get; } = Collect();

    public static Method<TRequest, TResponse> Find<TRequest, TResponse>(string fullName)
        where TRequest : class
        where TResponse : class =>
        (Method<TRequest, TResponse>)All.Single(method => method.FullName == fullName);

    private static List<IMethod> Collect()
    {
        var binder = new CapturingBinder();
        Health.BindService(binder, null);
        GRPCController.BindService(binder, null);
        GRPCStdio.BindService(binder, null);
        GRPCBroker.BindService(binder, null);
        SpecifierPlugin.BindService(binder, null);
        SourcePlugin.BindService(binder, null);
        DestinationPlugin.BindService(binder, null);
        return binder.Methods;
    }

    private sealed class CapturingBinder : ServiceBinderBase
    {
        public List<IMethod> Methods { get; } = [];

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
            Methods.Add(method);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler) =>
            Methods.Add(method);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler) =>
            Methods.Add(method);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler) =>
            Methods.Add(method);
    }
}
