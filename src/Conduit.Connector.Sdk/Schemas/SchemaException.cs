namespace Conduit.Connector.Sdk;

/// <summary>
/// A schema operation failed: the schema service reported an error or could not be reached, or data does not
/// fit its schema. The derived exceptions name the failures a connector may want to handle.
/// </summary>
public class SchemaException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="message">What failed.</param>
    public SchemaException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The underlying failure.</param>
    public SchemaException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
