namespace Conduit.Connector.Sdk;

/// <summary>The key or one side of the payload of a record: raw bytes or structured data.</summary>
public abstract class Data
{
    private protected Data()
    {
    }
}

/// <summary>Opaque bytes.</summary>
public sealed class RawData : Data
{
    /// <summary>Initializes raw data.</summary>
    /// <param name="bytes">The bytes (not copied).</param>
    public RawData(ReadOnlyMemory<byte> bytes) => Bytes = bytes;

    /// <summary>Gets the bytes.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }
}

/// <summary>A JSON-like structure: string keys, values of null, bool, number, string, list or nested map.</summary>
public sealed class StructuredData : Data
{
    /// <summary>Initializes empty structured data.</summary>
    public StructuredData() => Values = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Gets the fields.</summary>
    public IDictionary<string, object?> Values { get; }
}
