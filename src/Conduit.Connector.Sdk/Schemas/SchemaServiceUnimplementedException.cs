namespace Conduit.Connector.Sdk;

/// <summary>
/// The Conduit the connector runs in does not implement this schema service method (gRPC status
/// <c>UNIMPLEMENTED</c>), usually because it is older than the SDK.
/// </summary>
public sealed class SchemaServiceUnimplementedException : SchemaException
{
    /// <summary>The text Conduit reports for this failure.</summary>
    internal const string ServiceMessage = "method not implemented";

    /// <summary>Initializes the exception.</summary>
    /// <param name="message">What is not implemented.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public SchemaServiceUnimplementedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
