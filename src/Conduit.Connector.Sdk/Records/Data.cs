namespace Conduit.Connector.Sdk;

/// <summary>
/// The key or one side of the payload of a record: either <see cref="RawData"/> (opaque bytes) or
/// <see cref="StructuredData"/> (a JSON-like map). No other subclasses exist.
/// </summary>
/// <remarks>
/// Equality is by value: two raw data compare their bytes, two structured data compare their
/// fields deeply (see <see cref="StructuredData"/> for how numbers compare). Raw data never equals
/// structured data.
/// </remarks>
public abstract class Data : IEquatable<Data>
{
    private protected Data()
    {
    }

    /// <summary>Returns the bytes a destination would write for this data.</summary>
    /// <returns>
    /// The bytes of <see cref="RawData"/> (not copied), or the OpenCDC JSON of
    /// <see cref="StructuredData"/> encoded as UTF-8 (like Go's <c>Data.Bytes()</c>).
    /// </returns>
    /// <exception cref="NotSupportedException">Structured data holds a value that cannot be written as JSON.</exception>
    public abstract ReadOnlyMemory<byte> ToBytes();

    /// <summary>Returns a copy that can be changed without affecting this instance.</summary>
    /// <returns>The copy. Immutable parts (bytes, strings, numbers) are shared, not copied.</returns>
    public abstract Data Clone();

    /// <inheritdoc />
    public abstract bool Equals(Data? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => obj is Data other && Equals(other);

    /// <inheritdoc />
    public abstract override int GetHashCode();
}
