namespace Conduit.Connector.Sdk;

/// <summary>The payload of a record: the entity before and after the change.</summary>
/// <remarks>
/// Which sides are set depends on the <see cref="Operation"/>: creates and snapshots set
/// <see cref="After"/>, deletes set <see cref="Before"/> when the source knows it, updates set
/// <see cref="After"/> and, when the source knows it, <see cref="Before"/>. Equality compares both
/// sides by value.
/// </remarks>
public sealed class Change : IEquatable<Change>
{
    /// <summary>Initializes a change with neither side set.</summary>
    public Change()
    {
    }

    /// <summary>Initializes a change.</summary>
    /// <param name="before">The entity before the change.</param>
    /// <param name="after">The entity after the change.</param>
    public Change(Data? before, Data? after)
    {
        Before = before;
        After = after;
    }

    /// <summary>Gets or sets the entity before the change (updates and deletes).</summary>
    public Data? Before { get; set; }

    /// <summary>Gets or sets the entity after the change (creates, updates and snapshots).</summary>
    public Data? After { get; set; }

    /// <summary>Returns a deep copy (see <see cref="Data.Clone"/>).</summary>
    /// <returns>The copy.</returns>
    public Change Clone() => new(Before?.Clone(), After?.Clone());

    /// <inheritdoc />
    public bool Equals(Change? other) =>
        other is not null
        && (ReferenceEquals(this, other) || (Equals(Before, other.Before) && Equals(After, other.After)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Change other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Before, After);

    /// <summary>Returns the change as OpenCDC JSON: <c>{"before":…,"after":…}</c>.</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => Records.Json.OpenCdcJsonWriter.ToDebugString(this);
}
