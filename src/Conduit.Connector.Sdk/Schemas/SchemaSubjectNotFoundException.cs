namespace Conduit.Connector.Sdk;

/// <summary>The schema service knows no subject of this name.</summary>
public sealed class SchemaSubjectNotFoundException : SchemaNotFoundException
{
    /// <summary>The text Conduit reports for this failure.</summary>
    internal const string ServiceMessage = "schema subject not found";

    /// <summary>Initializes the exception.</summary>
    /// <param name="subject">The subject asked for.</param>
    /// <param name="version">The version asked for.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public SchemaSubjectNotFoundException(string subject, int version, Exception? innerException = null)
        : base($"subject {subject}: {ServiceMessage}", subject, version, innerException)
    {
    }
}
