using Conduit.Connector.Sdk.Testing.Clients;
using Grpc.Core;
using V2 = Conduit.Connector.Sdk.Protocol.Wire.V2;

namespace Conduit.Connector.Sdk.Testing;

/// <summary>A client of <c>connector.v2.SpecifierPlugin</c>. Errors surface as <see cref="RpcException"/>.</summary>
public sealed class SpecifierClient
{
    private readonly V2.SpecifierPlugin.SpecifierPluginClient _client;

    internal SpecifierClient(CallInvoker callInvoker) => _client = new V2.SpecifierPlugin.SpecifierPluginClient(callInvoker);

    /// <summary>Calls <c>Specify</c>, as Conduit does on a fresh process when it loads its connectors.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The specification the connector answered.</returns>
    public async Task<ReceivedSpecification> SpecifyAsync(CancellationToken cancellationToken = default)
    {
        var response = await _client.SpecifyAsync(new V2.Specifier.Types.Specify.Types.Request(), cancellationToken: cancellationToken).ConfigureAwait(false);
        return SpecificationMapper.FromWire(response.Specification ?? new V2.Specification());
    }
}
