namespace Conduit.Connector.Sdk.Testing;

/// <summary>One acknowledgment of a destination (<c>Destination.Run.Response.Ack</c>).</summary>
public sealed class DestinationAck
{
    internal DestinationAck(Position position, string? error)
    {
        Position = position;
        Error = error;
    }

    /// <summary>Gets the position of the acknowledged record.</summary>
    public Position Position { get; }

    /// <summary>Gets the error text, or <see langword="null"/> when the record was written.</summary>
    public string? Error { get; }

    /// <summary>Gets a value indicating whether the record was written.</summary>
    public bool IsSuccess => Error is null;

    /// <summary>Returns the position and the outcome.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => Error is null ? $"{Position}: ok" : $"{Position}: {Error}";
}
