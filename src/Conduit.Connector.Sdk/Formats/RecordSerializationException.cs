namespace Conduit.Connector.Sdk;

/// <summary>A record cannot be written in the chosen record format; the message says which format and why.</summary>
public sealed class RecordSerializationException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="message">What went wrong, naming the format.</param>
    public RecordSerializationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception with the error that caused it.</summary>
    /// <param name="message">What went wrong, naming the format.</param>
    /// <param name="innerException">The cause.</param>
    public RecordSerializationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
