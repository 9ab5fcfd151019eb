using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Conduit.Connector.Sdk.Records;
using Conduit.Connector.Sdk.Records.Json;

namespace Conduit.Connector.Sdk;

/// <summary>
/// A JSON-like map as the key or one side of the payload of a record: string keys (compared
/// ordinally) and values that are <see langword="null"/>, <see cref="bool"/>, numbers,
/// <see cref="string"/>, lists or nested maps.
/// </summary>
/// <remarks>
/// <para>Accepted value types, checked when the data is written (to Conduit or as JSON), not when a
/// field is set:</para>
/// <list type="bullet">
/// <item><description><see langword="null"/>, <see cref="bool"/>, <see cref="string"/>;</description></item>
/// <item><description>numbers: every integer type, <see cref="float"/>, <see cref="double"/> and
/// <see cref="decimal"/> (NaN and infinities are rejected, as in Go);</description></item>
/// <item><description><c>byte[]</c> and <see cref="ReadOnlyMemory{T}"/> of bytes, which travel as a
/// base64 string (like Go's <c>[]byte</c>);</description></item>
/// <item><description>maps: <see cref="IDictionary{TKey,TValue}"/> or
/// <see cref="IReadOnlyDictionary{TKey,TValue}"/> of <see cref="string"/> to <see cref="object"/>,
/// or a non-generic <see cref="IDictionary"/> whose keys are strings (so
/// <c>Dictionary&lt;string, string&gt;</c> works);</description></item>
/// <item><description>lists: any other <see cref="IEnumerable"/> (arrays, <c>List&lt;T&gt;</c>).</description></item>
/// </list>
/// <para>Anything else (for example <see cref="DateTime"/>, <see cref="Guid"/>, enums or your own
/// classes) fails with a <see cref="NotSupportedException"/> naming the field path and the type:
/// convert such values to strings or numbers first, or send <see cref="RawData"/>.</para>
/// <para>Conduit carries structured data as <c>google.protobuf.Struct</c>, which knows only one number
/// type. After a trip through Conduit every number is a <see cref="double"/>, <c>byte[]</c> is its base64
/// <see cref="string"/>, nested maps are <c>Dictionary&lt;string, object?&gt;</c> and lists are
/// <c>List&lt;object?&gt;</c>. Integers beyond ±2^53 lose precision on the way.</para>
/// <para>Equality is deep and follows the same model: numbers are equal when their
/// <see cref="double"/> values are equal (so <c>1</c> equals <c>1.0</c>), any two lists with equal
/// items in the same order are equal, and any two maps with the same keys and equal values are equal,
/// whatever their .NET types.</para>
/// </remarks>
public sealed class StructuredData : Data, IDictionary<string, object?>, IReadOnlyDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _fields;

    /// <summary>Initializes empty structured data.</summary>
    public StructuredData() => _fields = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Initializes empty structured data with room for a number of fields.</summary>
    /// <param name="capacity">The number of fields to make room for.</param>
    public StructuredData(int capacity) => _fields = new Dictionary<string, object?>(capacity, StringComparer.Ordinal);

    /// <summary>Initializes structured data with fields (the values themselves are not copied).</summary>
    /// <param name="fields">The fields; a later duplicate key wins.</param>
    public StructuredData(IEnumerable<KeyValuePair<string, object?>> fields)
        : this()
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var (key, value) in fields)
        {
            _fields[key] = value;
        }
    }

    /// <inheritdoc cref="ICollection{T}.Count" />
    public int Count => _fields.Count;

    /// <summary>Gets the field names.</summary>
    public Dictionary<string, object?>.KeyCollection Keys => _fields.Keys;

    /// <summary>Gets the field values.</summary>
    public Dictionary<string, object?>.ValueCollection Values => _fields.Values;

    ICollection<string> IDictionary<string, object?>.Keys => _fields.Keys;

    ICollection<object?> IDictionary<string, object?>.Values => _fields.Values;

    IEnumerable<string> IReadOnlyDictionary<string, object?>.Keys => _fields.Keys;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => _fields.Values;

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => false;

    /// <summary>Gets or sets the value of a field.</summary>
    /// <param name="key">The field name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">Getting a field that does not exist.</exception>
    public object? this[string key]
    {
        get => _fields[key];
        set => _fields[key] = value;
    }

    /// <summary>Adds a field.</summary>
    /// <param name="key">The field name.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException">The field already exists.</exception>
    public void Add(string key, object? value) => _fields.Add(key, value);

    /// <inheritdoc cref="IDictionary{TKey,TValue}.ContainsKey" />
    public bool ContainsKey(string key) => _fields.ContainsKey(key);

    /// <inheritdoc cref="IDictionary{TKey,TValue}.Remove(TKey)" />
    public bool Remove(string key) => _fields.Remove(key);

    /// <inheritdoc cref="IDictionary{TKey,TValue}.TryGetValue" />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _fields.TryGetValue(key, out value);

    /// <summary>Removes all fields.</summary>
    public void Clear() => _fields.Clear();

    /// <summary>Returns an enumerator over the fields, in insertion order.</summary>
    /// <returns>The enumerator.</returns>
    public Dictionary<string, object?>.Enumerator GetEnumerator() => _fields.GetEnumerator();

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _fields.GetEnumerator();

    void ICollection<KeyValuePair<string, object?>>.Add(KeyValuePair<string, object?> item) => _fields.Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<string, object?>>.Contains(KeyValuePair<string, object?> item) =>
        ((ICollection<KeyValuePair<string, object?>>)_fields).Contains(item);

    void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)_fields).CopyTo(array, arrayIndex);

    bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item) =>
        ((ICollection<KeyValuePair<string, object?>>)_fields).Remove(item);

    /// <summary>Returns the OpenCDC JSON of the map (keys sorted) as UTF-8.</summary>
    /// <returns>The JSON bytes.</returns>
    /// <exception cref="NotSupportedException">A value cannot be written as JSON.</exception>
    public override ReadOnlyMemory<byte> ToBytes() => OpenCdcJsonWriter.ToUtf8(this);

    /// <summary>
    /// Returns a deep copy: nested maps and lists are copied (maps as <c>Dictionary&lt;string, object?&gt;</c>
    /// unless they are <see cref="StructuredData"/>, lists as <c>List&lt;object?&gt;</c> unless they are
    /// arrays of primitives or strings, which stay arrays), <c>byte[]</c> values are copied, and
    /// immutable values are shared.
    /// </summary>
    /// <returns>The copy.</returns>
    /// <exception cref="NotSupportedException">Maps and lists nest deeper than 64 levels (for example a cycle).</exception>
    public override StructuredData Clone() => StructuredValueCloner.CloneData(this, depth: 0);

    /// <inheritdoc />
    public override bool Equals(Data? other) =>
        other is StructuredData data && (ReferenceEquals(this, data) || StructuredValueComparer.MapsEqual(this, data, depth: 0));

    /// <inheritdoc />
    public override int GetHashCode() => StructuredValueComparer.Hash(this, depth: 0);

    /// <summary>Returns the map as OpenCDC JSON (keys sorted); values that JSON cannot hold are shown as strings.</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => OpenCdcJsonWriter.ToDebugString(this);
}
