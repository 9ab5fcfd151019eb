namespace Conduit.Connector.Sdk;

/// <summary>The schema service (or the SDK, before sending it) rejected a schema as invalid.</summary>
public sealed class InvalidSchemaException : SchemaException
{
    /// <summary>The text Conduit reports for this failure.</summary>
    internal const string ServiceMessage = "invalid schema";

    /// <summary>Initializes the exception.</summary>
    /// <param name="message">What is wrong with the schema.</param>
    /// <param name="subject">The subject the schema was meant for, if known.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public InvalidSchemaException(string message, string? subject = null, Exception? innerException = null)
        : base(message, innerException) => Subject = subject;

    /// <summary>Gets the subject the schema was meant for, or <see langword="null"/> when unknown.</summary>
    public string? Subject { get; }
}
