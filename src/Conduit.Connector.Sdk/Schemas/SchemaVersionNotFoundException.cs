using System.Globalization;

namespace Conduit.Connector.Sdk;

/// <summary>The subject exists, but the schema service has no such version of it.</summary>
public sealed class SchemaVersionNotFoundException : SchemaNotFoundException
{
    /// <summary>The text Conduit reports for this failure.</summary>
    internal const string ServiceMessage = "schema version not found";

    /// <summary>Initializes the exception.</summary>
    /// <param name="subject">The subject asked for.</param>
    /// <param name="version">The version asked for.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public SchemaVersionNotFoundException(string subject, int version, Exception? innerException = null)
        : base(
            string.Create(CultureInfo.InvariantCulture, $"subject {subject} version {version}: {ServiceMessage}"),
            subject,
            version,
            innerException)
    {
    }
}
