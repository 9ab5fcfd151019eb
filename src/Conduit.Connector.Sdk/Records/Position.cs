using System.Text;

namespace Conduit.Connector.Sdk;

/// <summary>
/// An opaque resume token chosen by a source for each record. Conduit hands the position of the
/// last processed record back to <see cref="Source.OpenAsync"/> after a restart.
/// </summary>
/// <remarks>
/// A position wraps bytes without copying them: treat the bytes as immutable once they are in a
/// position. Equality compares the bytes, so <see cref="Empty"/> equals a position made from an
/// empty array. The struct itself never allocates.
/// </remarks>
public readonly struct Position : IEquatable<Position>
{
    private readonly ReadOnlyMemory<byte> _bytes;

    /// <summary>Initializes a position from raw bytes (the array is not copied).</summary>
    /// <param name="bytes">The bytes of the position.</param>
    public Position(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        _bytes = bytes;
    }

    /// <summary>Initializes a position from raw bytes (the memory is not copied).</summary>
    /// <param name="bytes">The bytes of the position.</param>
    public Position(ReadOnlyMemory<byte> bytes) => _bytes = bytes;

    /// <summary>Gets the empty position.</summary>
    public static Position Empty => default;

    /// <summary>Gets the bytes of the position.</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes;

    /// <summary>Gets a value indicating whether the position has no bytes.</summary>
    public bool IsEmpty => _bytes.IsEmpty;

    /// <summary>Creates a position from the UTF-8 bytes of a string.</summary>
    /// <param name="value">The text of the position.</param>
    /// <returns>The position.</returns>
    public static Position FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(Encoding.UTF8.GetBytes(value));
    }

    /// <summary>Returns the bytes of the position as a new array (a copy).</summary>
    /// <returns>A new array.</returns>
    public byte[] ToArray() => _bytes.ToArray();

    /// <inheritdoc />
    public bool Equals(Position other) => _bytes.Span.SequenceEqual(other._bytes.Span);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Position other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(_bytes.Span);
        return hash.ToHashCode();
    }

    /// <summary>Returns the position decoded as UTF-8 text (invalid sequences become U+FFFD).</summary>
    /// <returns>The text; empty for an empty position.</returns>
    public override string ToString() => Encoding.UTF8.GetString(_bytes.Span);

    /// <summary>Compares two positions byte by byte.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns><see langword="true"/> when both hold the same bytes.</returns>
    public static bool operator ==(Position left, Position right) => left.Equals(right);

    /// <summary>Compares two positions byte by byte.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns><see langword="true"/> when the bytes differ.</returns>
    public static bool operator !=(Position left, Position right) => !left.Equals(right);
}
