using Conduit.Connector.Sdk.Protocol.Wire.GoPlugin;
using Grpc.Core;
using Microsoft.Extensions.Hosting;

namespace Conduit.Connector.Sdk.Hosting.Services;

/// <summary>
/// plugin.GRPCBroker: the host opens StartStream on connect; Conduit never brokers extra connections, so the
/// stream is drained and never answered or failed.
/// </summary>
internal sealed class BrokerService : GRPCBroker.GRPCBrokerBase
{
    private readonly IHostApplicationLifetime _lifetime;

    public BrokerService(IHostApplicationLifetime lifetime) => _lifetime = lifetime;

    public override async Task StartStream(IAsyncStreamReader<ConnInfo> requestStream, IServerStreamWriter<ConnInfo> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(context);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, _lifetime.ApplicationStopping);
        try
        {
            while (await requestStream.MoveNext(stop.Token).ConfigureAwait(false))
            {
                // Nothing to broker.
            }
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            // The host cancelled or dropped the call, or the process is stopping.
        }
    }
}
