namespace Conduit.Connector.Sdk.Runtime;

/// <summary>The outcome of one record: written (no error) or failed with a message for Conduit.</summary>
internal readonly record struct DestinationAck(Position Position, string? Error);
