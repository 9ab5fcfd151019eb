using Conduit.Connector.Sdk.Protocol.Binding;
using Conduit.Connector.Sdk.Protocol.Wire.GoPlugin;
using Grpc.Health.V1;
using static Conduit.Connector.Sdk.Protocol.Binding.MethodBinding;

namespace Conduit.Connector.Sdk.Hosting.Services;

/// <summary>The methods of the services go-plugin's host uses, with their wire names.</summary>
internal static class PluginMethods
{
    public const string HealthService = "grpc.health.v1.Health";
    public const string ControllerService = "plugin.GRPCController";
    public const string StdioService = "plugin.GRPCStdio";
    public const string BrokerService = "plugin.GRPCBroker";

    /// <summary>grpc.health.v1.Health, plugin.GRPCController, plugin.GRPCStdio and plugin.GRPCBroker.</summary>
    public static IEnumerable<MethodBinding<PluginServices>> All { get; } =
    [
        Unary<PluginServices, HealthCheckRequest, HealthCheckResponse>(
            HealthService, "Check", HealthCheckRequest.Parser, HealthCheckResponse.Parser,
            static (services, request, context) => services.Health.Check(request, context)),
        ServerStreaming<PluginServices, HealthCheckRequest, HealthCheckResponse>(
            HealthService, "Watch", HealthCheckRequest.Parser, HealthCheckResponse.Parser,
            static (services, request, responses, context) => services.Health.Watch(request, responses, context)),
        Unary<PluginServices, Empty, Empty>(
            ControllerService, "Shutdown", Empty.Parser, Empty.Parser,
            static (services, request, context) => services.Controller.Shutdown(request, context)),
        ServerStreaming<PluginServices, Google.Protobuf.WellKnownTypes.Empty, StdioData>(
            StdioService, "StreamStdio", Google.Protobuf.WellKnownTypes.Empty.Parser, StdioData.Parser,
            static (services, request, responses, context) => services.Stdio.StreamStdio(request, responses, context)),
        DuplexStreaming<PluginServices, ConnInfo, ConnInfo>(
            BrokerService, "StartStream", ConnInfo.Parser, ConnInfo.Parser,
            static (services, requests, responses, context) => services.Broker.StartStream(requests, responses, context)),
    ];
}
