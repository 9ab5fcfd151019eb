using Conduit.Connector.Sdk.Protocol.Wire.GoPlugin;
using Grpc.Core;
using Grpc.Net.Client;

namespace Conduit.Connector.Sdk.Testing.Transport;

/// <summary>
/// The two streams go-plugin's client opens in the background right after it connects:
/// <c>plugin.GRPCStdio/StreamStdio</c> (frames recorded) and <c>plugin.GRPCBroker/StartStream</c>
/// (held open, nothing brokered). A stream that ends on its own while the host still wants it is
/// reported, unless the process is on its way out.
/// </summary>
internal sealed class PluginStreams
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly Action<StdioFrame> _onFrame;
    private readonly Func<string, Task> _onUnexpectedEnd;
    private Task _stdio = Task.CompletedTask;
    private Task _broker = Task.CompletedTask;

    public PluginStreams(Action<StdioFrame> onFrame, Func<string, Task> onUnexpectedEnd)
    {
        _onFrame = onFrame;
        _onUnexpectedEnd = onUnexpectedEnd;
    }

    public void Start(GrpcChannel channel)
    {
        _stdio = Task.Run(() => PumpStdioAsync(channel, _cancellation.Token));
        _broker = Task.Run(() => HoldBrokerAsync(channel, _cancellation.Token));
    }

    /// <summary>Cancels both calls (as the host does when it closes the connection) and waits briefly for them to end.</summary>
    public async Task StopAsync()
    {
        await _cancellation.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_stdio, _broker).WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The pumps observe the token; a call that ignores it is torn down with the channel.
        }

        _cancellation.Dispose();
    }

    private async Task PumpStdioAsync(GrpcChannel channel, CancellationToken cancellationToken)
    {
        var client = new GRPCStdio.GRPCStdioClient(channel);
        try
        {
            using var call = client.StreamStdio(new Google.Protobuf.WellKnownTypes.Empty(), cancellationToken: cancellationToken);
            await foreach (var data in call.ResponseStream.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                _onFrame(new StdioFrame((StdioChannel)(int)data.Channel, data.Data.Memory));
            }

            await _onUnexpectedEnd("plugin.GRPCStdio/StreamStdio ended before the host cancelled it (it must stay open until cancelled).").ConfigureAwait(false);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is RpcException or OperationCanceledException)
        {
        }
        catch (RpcException ex)
        {
            await _onUnexpectedEnd($"plugin.GRPCStdio/StreamStdio failed: {ex.Status} (go-plugin logs a warning when stdio is unavailable).").ConfigureAwait(false);
        }
    }

    private async Task HoldBrokerAsync(GrpcChannel channel, CancellationToken cancellationToken)
    {
        var client = new GRPCBroker.GRPCBrokerClient(channel);
        try
        {
            using var call = client.StartStream(cancellationToken: cancellationToken);
            await foreach (var _ in call.ResponseStream.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                // Conduit never brokers a connection; whatever the connector offers is ignored, as go-plugin would.
            }
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is RpcException or OperationCanceledException)
        {
        }
        catch (RpcException ex)
        {
            await _onUnexpectedEnd($"plugin.GRPCBroker/StartStream failed: {ex.Status}.").ConfigureAwait(false);
        }
    }
}
