using System.Runtime.CompilerServices;
using Conduit.Connector.Sdk.Wire;
using Google.Protobuf;
using Conduit.Connector.Sdk.Runtime;
using Grpc.Core;
using V2 = Conduit.Connector.Sdk.Protocol.Wire.V2;

namespace Conduit.Connector.Sdk.Protocol;

/// <summary>connector.v2.DestinationPlugin: translates protobuf to the runtime's types and back.</summary>
internal sealed class DestinationPluginService : V2.DestinationPlugin.DestinationPluginBase
{
    private static readonly V2.Destination.Types.Configure.Types.Response ConfigureResponse = new();
    private static readonly V2.Destination.Types.Open.Types.Response OpenResponse = new();
    private static readonly V2.Destination.Types.Stop.Types.Response StopResponse = new();
    private static readonly V2.Destination.Types.Teardown.Types.Response TeardownResponse = new();
    private static readonly V2.Destination.Types.Lifecycle.Types.OnCreated.Types.Response OnCreatedResponse = new();
    private static readonly V2.Destination.Types.Lifecycle.Types.OnUpdated.Types.Response OnUpdatedResponse = new();
    private static readonly V2.Destination.Types.Lifecycle.Types.OnDeleted.Types.Response OnDeletedResponse = new();

    private readonly ConnectorRuntimes _runtimes;

    public DestinationPluginService(ConnectorRuntimes runtimes) => _runtimes = runtimes;

    private DestinationRuntime Runtime => _runtimes.Destination ?? throw StatusMapping.Unimplemented("destination", "source");

    public override Task<V2.Destination.Types.Configure.Types.Response> Configure(V2.Destination.Types.Configure.Types.Request request, ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.ConfigureAsync(ProtocolCall.Copy(request.Config), context.CancellationToken), ConfigureResponse);

    public override Task<V2.Destination.Types.Open.Types.Response> Open(V2.Destination.Types.Open.Types.Request request, ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.OpenAsync(context.CancellationToken), OpenResponse);

    public override Task Run(
        IAsyncStreamReader<V2.Destination.Types.Run.Types.Request> requestStream,
        IServerStreamWriter<V2.Destination.Types.Run.Types.Response> responseStream,
        ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.RunAsync(
            ReadBatches(requestStream, context.CancellationToken),
            (acks, ct) => SendAcksAsync(responseStream, acks, ct),
            context.CancellationToken));

    public override Task<V2.Destination.Types.Stop.Types.Response> Stop(V2.Destination.Types.Stop.Types.Request request, ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.StopAsync(new Position(request.LastPosition.Memory), context.CancellationToken), StopResponse);

    public override Task<V2.Destination.Types.Teardown.Types.Response> Teardown(V2.Destination.Types.Teardown.Types.Request request, ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.TeardownAsync(context.CancellationToken), TeardownResponse);

    public override Task<V2.Destination.Types.Lifecycle.Types.OnCreated.Types.Response> LifecycleOnCreated(V2.Destination.Types.Lifecycle.Types.OnCreated.Types.Request request, ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.OnCreatedAsync(ProtocolCall.Copy(request.Config), context.CancellationToken), OnCreatedResponse);

    public override Task<V2.Destination.Types.Lifecycle.Types.OnUpdated.Types.Response> LifecycleOnUpdated(V2.Destination.Types.Lifecycle.Types.OnUpdated.Types.Request request, ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.OnUpdatedAsync(ProtocolCall.Copy(request.ConfigBefore), ProtocolCall.Copy(request.ConfigAfter), context.CancellationToken), OnUpdatedResponse);

    public override Task<V2.Destination.Types.Lifecycle.Types.OnDeleted.Types.Response> LifecycleOnDeleted(V2.Destination.Types.Lifecycle.Types.OnDeleted.Types.Request request, ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.OnDeletedAsync(ProtocolCall.Copy(request.Config), context.CancellationToken), OnDeletedResponse);

    private static async IAsyncEnumerable<IReadOnlyList<Record>> ReadBatches(
        IAsyncStreamReader<V2.Destination.Types.Run.Types.Request> requestStream,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await requestStream.MoveNext(cancellationToken).ConfigureAwait(false))
        {
            yield return RecordWireMapper.FromWire(requestStream.Current.Records);
        }
    }

    private static async ValueTask SendAcksAsync(
        IServerStreamWriter<V2.Destination.Types.Run.Types.Response> responseStream,
        IReadOnlyList<DestinationAck> acks,
        CancellationToken cancellationToken)
    {
        var response = new V2.Destination.Types.Run.Types.Response();
        for (var i = 0; i < acks.Count; i++)
        {
            response.Acks.Add(new V2.Destination.Types.Run.Types.Response.Types.Ack
            {
                Position = UnsafeByteOperations.UnsafeWrap(acks[i].Position.Bytes),
                Error = acks[i].Error ?? string.Empty,
            });
        }

        await responseStream.WriteAsync(response, cancellationToken).ConfigureAwait(false);
    }
}
