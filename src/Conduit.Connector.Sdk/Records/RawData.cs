using System.Text;

namespace Conduit.Connector.Sdk;

/// <summary>Opaque bytes as the key or one side of the payload of a record.</summary>
/// <remarks>
/// Raw data is immutable: it wraps the bytes it was given without copying them, so the caller must
/// not change the array afterwards. That makes <see cref="Clone"/> free (it returns the same
/// instance) and lets the SDK hand the bytes to gRPC without copying. In OpenCDC JSON raw data is a
/// base64 string.
/// </remarks>
public sealed class RawData : Data
{
    /// <summary>Initializes raw data.</summary>
    /// <param name="bytes">The bytes (not copied; a <c>byte[]</c> converts implicitly).</param>
    public RawData(ReadOnlyMemory<byte> bytes) => Bytes = bytes;

    /// <summary>Gets the bytes.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>Creates raw data from the UTF-8 bytes of a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The raw data.</returns>
    public static RawData FromString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new RawData(Encoding.UTF8.GetBytes(text));
    }

    /// <inheritdoc />
    public override ReadOnlyMemory<byte> ToBytes() => Bytes;

    /// <summary>Returns this instance: raw data is immutable, so there is nothing to copy.</summary>
    /// <returns>This instance.</returns>
    public override RawData Clone() => this;

    /// <inheritdoc />
    public override bool Equals(Data? other) =>
        other is RawData raw && (ReferenceEquals(this, raw) || Bytes.Span.SequenceEqual(raw.Bytes.Span));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(Bytes.Span);
        return hash.ToHashCode();
    }

    /// <summary>Returns the bytes decoded as UTF-8 text (invalid sequences become U+FFFD).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Encoding.UTF8.GetString(Bytes.Span);
}
