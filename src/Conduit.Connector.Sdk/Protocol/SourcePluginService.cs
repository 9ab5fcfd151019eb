using System.Runtime.CompilerServices;
using Conduit.Connector.Sdk.Wire;
using Google.Protobuf;
using Conduit.Connector.Sdk.Runtime;
using Grpc.Core;
using V2 = Conduit.Connector.Sdk.Protocol.Wire.V2;

namespace Conduit.Connector.Sdk.Protocol;

/// <summary>connector.v2.SourcePlugin: translates protobuf to the runtime's types and back.</summary>
internal sealed class SourcePluginService : V2.SourcePlugin.SourcePluginBase
{
    private static readonly V2.Source.Types.Configure.Types.Response ConfigureResponse = new();
    private static readonly V2.Source.Types.Open.Types.Response OpenResponse = new();
    private static readonly V2.Source.Types.Teardown.Types.Response TeardownResponse = new();
    private static readonly V2.Source.Types.Lifecycle.Types.OnCreated.Types.Response OnCreatedResponse = new();
    private static readonly V2.Source.Types.Lifecycle.Types.OnUpdated.Types.Response OnUpdatedResponse = new();
    private static readonly V2.Source.Types.Lifecycle.Types.OnDeleted.Types.Response OnDeletedResponse = new();

    private readonly ConnectorRuntimes _runtimes;

    public SourcePluginService(ConnectorRuntimes runtimes) => _runtimes = runtimes;

    private SourceRuntime Runtime => _runtimes.Source ?? throw StatusMapping.Unimplemented("source", "destination");

    public override Task<V2.Source.Types.Configure.Types.Response> Configure(V2.Source.Types.Configure.Types.Request request, ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.ConfigureAsync(ProtocolCall.Copy(request.Config), context.CancellationToken), ConfigureResponse);

    public override Task<V2.Source.Types.Open.Types.Response> Open(V2.Source.Types.Open.Types.Request request, ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.OpenAsync(new Position(request.Position.Memory), context.CancellationToken), OpenResponse);

    public override Task Run(
        IAsyncStreamReader<V2.Source.Types.Run.Types.Request> requestStream,
        IServerStreamWriter<V2.Source.Types.Run.Types.Response> responseStream,
        ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.RunAsync(
            ReadAcknowledgments(requestStream, context.CancellationToken),
            (batch, ct) => SendAsync(responseStream, batch, ct),
            context.CancellationToken));

    public override async Task<V2.Source.Types.Stop.Types.Response> Stop(V2.Source.Types.Stop.Types.Request request, ServerCallContext context)
    {
        var response = new V2.Source.Types.Stop.Types.Response();
        await ProtocolCall.RunAsync(async () =>
        {
            var last = await Runtime.StopAsync(context.CancellationToken).ConfigureAwait(false);
            response.LastPosition = UnsafeByteOperations.UnsafeWrap(last.Bytes);
        }).ConfigureAwait(false);
        return response;
    }

    public override Task<V2.Source.Types.Teardown.Types.Response> Teardown(V2.Source.Types.Teardown.Types.Request request, ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.TeardownAsync(context.CancellationToken), TeardownResponse);

    public override Task<V2.Source.Types.Lifecycle.Types.OnCreated.Types.Response> LifecycleOnCreated(V2.Source.Types.Lifecycle.Types.OnCreated.Types.Request request, ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.OnCreatedAsync(ProtocolCall.Copy(request.Config), context.CancellationToken), OnCreatedResponse);

    public override Task<V2.Source.Types.Lifecycle.Types.OnUpdated.Types.Response> LifecycleOnUpdated(V2.Source.Types.Lifecycle.Types.OnUpdated.Types.Request request, ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.OnUpdatedAsync(ProtocolCall.Copy(request.ConfigBefore), ProtocolCall.Copy(request.ConfigAfter), context.CancellationToken), OnUpdatedResponse);

    public override Task<V2.Source.Types.Lifecycle.Types.OnDeleted.Types.Response> LifecycleOnDeleted(V2.Source.Types.Lifecycle.Types.OnDeleted.Types.Request request, ServerCallContext context) =>
        ProtocolCall.RunAsync(() => Runtime.OnDeletedAsync(ProtocolCall.Copy(request.Config), context.CancellationToken), OnDeletedResponse);

    private static async IAsyncEnumerable<IReadOnlyList<Position>> ReadAcknowledgments(
        IAsyncStreamReader<V2.Source.Types.Run.Types.Request> requestStream,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await requestStream.MoveNext(cancellationToken).ConfigureAwait(false))
        {
            var wire = requestStream.Current.AckPositions;
            var positions = new Position[wire.Count];
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = new Position(wire[i].Memory);
            }

            yield return positions;
        }
    }

    private static async ValueTask SendAsync(
        IServerStreamWriter<V2.Source.Types.Run.Types.Response> responseStream,
        IReadOnlyList<Record> batch,
        CancellationToken cancellationToken)
    {
        var response = new V2.Source.Types.Run.Types.Response();
        RecordWireMapper.ToWire(batch, response.Records);
        await responseStream.WriteAsync(response, cancellationToken).ConfigureAwait(false);
    }
}
