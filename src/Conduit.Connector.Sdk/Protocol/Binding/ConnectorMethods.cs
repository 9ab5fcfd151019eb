using System.Diagnostics.CodeAnalysis;
using static Conduit.Connector.Sdk.Protocol.Binding.MethodBinding;
using DestinationWire = Conduit.Connector.Sdk.Protocol.Wire.V2.Destination.Types;
using SourceWire = Conduit.Connector.Sdk.Protocol.Wire.V2.Source.Types;
using SpecifierWire = Conduit.Connector.Sdk.Protocol.Wire.V2.Specifier.Types;

namespace Conduit.Connector.Sdk.Protocol.Binding;

/// <summary>The methods of connector.v2's three services, with the wire names of proto/connector/v2.</summary>
internal static class ConnectorMethods
{
    public const string SpecifierService = "connector.v2.SpecifierPlugin";
    public const string SourceService = "connector.v2.SourcePlugin";
    public const string DestinationService = "connector.v2.DestinationPlugin";

    /// <summary>Every method of SpecifierPlugin, SourcePlugin and DestinationPlugin.</summary>
    public static IEnumerable<MethodBinding<TServices>> All<[DynamicallyAccessedMembers(MethodBinding.ServiceMembers)] TServices>()
        where TServices : class, IConnectorServices =>
    [
        Unary<TServices, SpecifierWire.Specify.Types.Request, SpecifierWire.Specify.Types.Response>(
            SpecifierService, "Specify", SpecifierWire.Specify.Types.Request.Parser, SpecifierWire.Specify.Types.Response.Parser,
            static (services, request, context) => services.Specifier.Specify(request, context)),

        Unary<TServices, SourceWire.Configure.Types.Request, SourceWire.Configure.Types.Response>(
            SourceService, "Configure", SourceWire.Configure.Types.Request.Parser, SourceWire.Configure.Types.Response.Parser,
            static (services, request, context) => services.Source.Configure(request, context)),
        Unary<TServices, SourceWire.Open.Types.Request, SourceWire.Open.Types.Response>(
            SourceService, "Open", SourceWire.Open.Types.Request.Parser, SourceWire.Open.Types.Response.Parser,
            static (services, request, context) => services.Source.Open(request, context)),
        DuplexStreaming<TServices, SourceWire.Run.Types.Request, SourceWire.Run.Types.Response>(
            SourceService, "Run", SourceWire.Run.Types.Request.Parser, SourceWire.Run.Types.Response.Parser,
            static (services, requests, responses, context) => services.Source.Run(requests, responses, context)),
        Unary<TServices, SourceWire.Stop.Types.Request, SourceWire.Stop.Types.Response>(
            SourceService, "Stop", SourceWire.Stop.Types.Request.Parser, SourceWire.Stop.Types.Response.Parser,
            static (services, request, context) => services.Source.Stop(request, context)),
        Unary<TServices, SourceWire.Teardown.Types.Request, SourceWire.Teardown.Types.Response>(
            SourceService, "Teardown", SourceWire.Teardown.Types.Request.Parser, SourceWire.Teardown.Types.Response.Parser,
            static (services, request, context) => services.Source.Teardown(request, context)),
        Unary<TServices, SourceWire.Lifecycle.Types.OnCreated.Types.Request, SourceWire.Lifecycle.Types.OnCreated.Types.Response>(
            SourceService, "LifecycleOnCreated", SourceWire.Lifecycle.Types.OnCreated.Types.Request.Parser, SourceWire.Lifecycle.Types.OnCreated.Types.Response.Parser,
            static (services, request, context) => services.Source.LifecycleOnCreated(request, context)),
        Unary<TServices, SourceWire.Lifecycle.Types.OnUpdated.Types.Request, SourceWire.Lifecycle.Types.OnUpdated.Types.Response>(
            SourceService, "LifecycleOnUpdated", SourceWire.Lifecycle.Types.OnUpdated.Types.Request.Parser, SourceWire.Lifecycle.Types.OnUpdated.Types.Response.Parser,
            static (services, request, context) => services.Source.LifecycleOnUpdated(request, context)),
        Unary<TServices, SourceWire.Lifecycle.Types.OnDeleted.Types.Request, SourceWire.Lifecycle.Types.OnDeleted.Types.Response>(
            SourceService, "LifecycleOnDeleted", SourceWire.Lifecycle.Types.OnDeleted.Types.Request.Parser, SourceWire.Lifecycle.Types.OnDeleted.Types.Response.Parser,
            static (services, request, context) => services.Source.LifecycleOnDeleted(request, context)),

        Unary<TServices, DestinationWire.Configure.Types.Request, DestinationWire.Configure.Types.Response>(
            DestinationService, "Configure", DestinationWire.Configure.Types.Request.Parser, DestinationWire.Configure.Types.Response.Parser,
            static (services, request, context) => services.Destination.Configure(request, context)),
        Unary<TServices, DestinationWire.Open.Types.Request, DestinationWire.Open.Types.Response>(
            DestinationService, "Open", DestinationWire.Open.Types.Request.Parser, DestinationWire.Open.Types.Response.Parser,
            static (services, request, context) => services.Destination.Open(request, context)),
        DuplexStreaming<TServices, DestinationWire.Run.Types.Request, DestinationWire.Run.Types.Response>(
            DestinationService, "Run", DestinationWire.Run.Types.Request.Parser, DestinationWire.Run.Types.Response.Parser,
            static (services, requests, responses, context) => services.Destination.Run(requests, responses, context)),
        Unary<TServices, DestinationWire.Stop.Types.Request, DestinationWire.Stop.Types.Response>(
            DestinationService, "Stop", DestinationWire.Stop.Types.Request.Parser, DestinationWire.Stop.Types.Response.Parser,
            static (services, request, context) => services.Destination.Stop(request, context)),
        Unary<TServices, DestinationWire.Teardown.Types.Request, DestinationWire.Teardown.Types.Response>(
            DestinationService, "Teardown", DestinationWire.Teardown.Types.Request.Parser, DestinationWire.Teardown.Types.Response.Parser,
            static (services, request, context) => services.Destination.Teardown(request, context)),
        Unary<TServices, DestinationWire.Lifecycle.Types.OnCreated.Types.Request, DestinationWire.Lifecycle.Types.OnCreated.Types.Response>(
            DestinationService, "LifecycleOnCreated", DestinationWire.Lifecycle.Types.OnCreated.Types.Request.Parser, DestinationWire.Lifecycle.Types.OnCreated.Types.Response.Parser,
            static (services, request, context) => services.Destination.LifecycleOnCreated(request, context)),
        Unary<TServices, DestinationWire.Lifecycle.Types.OnUpdated.Types.Request, DestinationWire.Lifecycle.Types.OnUpdated.Types.Response>(
            DestinationService, "LifecycleOnUpdated", DestinationWire.Lifecycle.Types.OnUpdated.Types.Request.Parser, DestinationWire.Lifecycle.Types.OnUpdated.Types.Response.Parser,
            static (services, request, context) => services.Destination.LifecycleOnUpdated(request, context)),
        Unary<TServices, DestinationWire.Lifecycle.Types.OnDeleted.Types.Request, DestinationWire.Lifecycle.Types.OnDeleted.Types.Response>(
            DestinationService, "LifecycleOnDeleted", DestinationWire.Lifecycle.Types.OnDeleted.Types.Request.Parser, DestinationWire.Lifecycle.Types.OnDeleted.Types.Response.Parser,
            static (services, request, context) => services.Destination.LifecycleOnDeleted(request, context)),
    ];
}
