using Conduit.Connector.Sdk.Hosting.Stdio;
using Conduit.Connector.Sdk.Protocol.Wire.GoPlugin;
using Grpc.Core;
using Microsoft.Extensions.Hosting;

namespace Conduit.Connector.Sdk.Hosting.Services;

/// <summary>
/// plugin.GRPCStdio: the host opens StreamStdio once after connecting. The call stays open, carrying whatever the
/// connector prints to <see cref="Console.Out"/>, until the host cancels it or the process stops.
/// </summary>
internal sealed class StdioService : GRPCStdio.GRPCStdioBase
{
    private readonly StdioBroadcaster _broadcaster;
    private readonly IHostApplicationLifetime _lifetime;

    public StdioService(StdioBroadcaster broadcaster, IHostApplicationLifetime lifetime)
    {
        _broadcaster = broadcaster;
        _lifetime = lifetime;
    }

    public override async Task StreamStdio(Google.Protobuf.WellKnownTypes.Empty request, IServerStreamWriter<StdioData> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);

        // Ending on ApplicationStopping lets a graceful stop finish at once instead of waiting for the host.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, _lifetime.ApplicationStopping);
        using var subscription = _broadcaster.Subscribe();
        try
        {
            await foreach (var data in subscription.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                await responseStream.WriteAsync(data, stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
