using Conduit.Connector.Sdk.Protocol.Wire.V2;

namespace Conduit.Connector.Sdk.Protocol;

/// <summary>connector.v2.SourcePlugin. Until the runtime lands every call answers Unimplemented.</summary>
internal sealed class SourcePluginService : SourcePlugin.SourcePluginBase
{
}
