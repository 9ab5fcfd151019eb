namespace Conduit.Connector.Sdk;

/// <summary>
/// The schema service has no schema for the subject and version asked for. The derived
/// <see cref="SchemaSubjectNotFoundException"/> and <see cref="SchemaVersionNotFoundException"/> say which part
/// is missing; this type itself is used when the service does not say (Conduit before v0.12).
/// </summary>
public class SchemaNotFoundException : SchemaException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="message">What was not found.</param>
    /// <param name="subject">The subject asked for.</param>
    /// <param name="version">The version asked for.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public SchemaNotFoundException(string message, string subject, int version, Exception? innerException = null)
        : base(message, innerException)
    {
        Subject = subject;
        Version = version;
    }

    /// <summary>Gets the subject asked for.</summary>
    public string Subject { get; }

    /// <summary>Gets the version asked for.</summary>
    public int Version { get; }
}
