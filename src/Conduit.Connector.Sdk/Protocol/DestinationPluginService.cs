using Conduit.Connector.Sdk.Protocol.Wire.V2;

namespace Conduit.Connector.Sdk.Protocol;

/// <summary>connector.v2.DestinationPlugin. Until the runtime lands every call answers Unimplemented.</summary>
internal sealed class DestinationPluginService : DestinationPlugin.DestinationPluginBase
{
}
