namespace Conduit.Connector.Sdk.Runtime;

/// <summary>Where a destination is in Conduit's call sequence. Values only ever increase.</summary>
internal enum DestinationState
{
    Initial,
    Configured,
    Open,
    Running,
    Stopped,
    TornDown,
}
