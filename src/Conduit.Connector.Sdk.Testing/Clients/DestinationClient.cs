using Google.Protobuf;
using Grpc.Core;
using V2 = Conduit.Connector.Sdk.Protocol.Wire.V2;

namespace Conduit.Connector.Sdk.Testing;

/// <summary>
/// A client of <c>connector.v2.DestinationPlugin</c>, one method per RPC. Errors surface as
/// <see cref="RpcException"/> so that tests can assert status codes.
/// </summary>
public sealed class DestinationClient
{
    private readonly V2.DestinationPlugin.DestinationPluginClient _client;

    internal DestinationClient(CallInvoker callInvoker) => _client = new V2.DestinationPlugin.DestinationPluginClient(callInvoker);

    /// <summary>Calls <c>Configure</c>.</summary>
    /// <param name="configuration">The raw configuration.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the connector accepted the configuration.</returns>
    public async Task ConfigureAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken = default)
    {
        var request = new V2.Destination.Types.Configure.Types.Request();
        request.Config.Add(Copy(configuration));
        await _client.ConfigureAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Calls <c>Open</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the destination is open.</returns>
    public async Task OpenAsync(CancellationToken cancellationToken = default) =>
        await _client.OpenAsync(new V2.Destination.Types.Open.Types.Request(), cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>Opens the <c>Run</c> stream.</summary>
    /// <param name="cancellationToken">Cancels the whole stream.</param>
    /// <returns>The stream; dispose it to cancel the call.</returns>
    public DestinationRunStream Run(CancellationToken cancellationToken = default) => new(_client.Run(cancellationToken: cancellationToken));

    /// <summary>Calls <c>Stop</c>.</summary>
    /// <param name="lastPosition">The position of the last record the host sent; none will follow it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the destination acknowledged the stop.</returns>
    public async Task StopAsync(Position lastPosition, CancellationToken cancellationToken = default)
    {
        var request = new V2.Destination.Types.Stop.Types.Request { LastPosition = ByteString.CopyFrom(lastPosition.Bytes.Span) };
        await _client.StopAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Calls <c>Teardown</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the destination released its resources.</returns>
    public async Task TeardownAsync(CancellationToken cancellationToken = default) =>
        await _client.TeardownAsync(new V2.Destination.Types.Teardown.Types.Request(), cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>Calls <c>LifecycleOnCreated</c>.</summary>
    /// <param name="configuration">The raw configuration.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    public async Task LifecycleOnCreatedAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken = default)
    {
        var request = new V2.Destination.Types.Lifecycle.Types.OnCreated.Types.Request();
        request.Config.Add(Copy(configuration));
        await _client.LifecycleOnCreatedAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Calls <c>LifecycleOnUpdated</c>.</summary>
    /// <param name="before">The configuration of the last run.</param>
    /// <param name="after">The new configuration.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    public async Task LifecycleOnUpdatedAsync(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, CancellationToken cancellationToken = default)
    {
        var request = new V2.Destination.Types.Lifecycle.Types.OnUpdated.Types.Request();
        request.ConfigBefore.Add(Copy(before));
        request.ConfigAfter.Add(Copy(after));
        await _client.LifecycleOnUpdatedAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Calls <c>LifecycleOnDeleted</c>.</summary>
    /// <param name="configuration">The configuration of the last run.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    public async Task LifecycleOnDeletedAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken = default)
    {
        var request = new V2.Destination.Types.Lifecycle.Types.OnDeleted.Types.Request();
        request.Config.Add(Copy(configuration));
        await _client.LifecycleOnDeletedAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, string> Copy(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.ToDictionary(StringComparer.Ordinal);
    }
}
