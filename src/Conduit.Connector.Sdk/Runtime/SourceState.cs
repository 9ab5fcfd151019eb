namespace Conduit.Connector.Sdk.Runtime;

/// <summary>Where a source is in Conduit's call sequence. Values only ever increase.</summary>
internal enum SourceState
{
    Initial,
    Configured,
    Open,
    Running,
    Stopping,
    Stopped,
    TornDown,
}
