using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Conduit.Connector.Sdk.Records.Json;

namespace Conduit.Connector.Sdk;

/// <summary>
/// The metadata of a record: string keys (compared ordinally) to string values. The standard keys
/// (<see cref="MetadataKeys"/>) have typed accessors such as <see cref="GetReadAt"/> and <see cref="SetCollection"/>.
/// </summary>
/// <remarks>
/// <para>The typed getters follow Go's rules: a missing key and an empty value both count as absent
/// and return <see langword="null"/>; a value that does not parse throws a <see cref="FormatException"/>
/// naming the key and the value.</para>
/// <para>Equality compares the entries, whatever their order. The type is not thread-safe.</para>
/// </remarks>
public sealed partial class Metadata : IDictionary<string, string>, IReadOnlyDictionary<string, string>, IEquatable<Metadata>
{
    private readonly Dictionary<string, string> _values;

    /// <summary>Initializes empty metadata.</summary>
    public Metadata() => _values = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Initializes empty metadata with room for a number of entries.</summary>
    /// <param name="capacity">The number of entries to make room for.</param>
    public Metadata(int capacity) => _values = new Dictionary<string, string>(capacity, StringComparer.Ordinal);

    /// <summary>Initializes metadata with entries.</summary>
    /// <param name="entries">The entries; a later duplicate key wins.</param>
    public Metadata(IEnumerable<KeyValuePair<string, string>> entries)
        : this()
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var (key, value) in entries)
        {
            this[key] = value;
        }
    }

    /// <inheritdoc cref="ICollection{T}.Count" />
    public int Count => _values.Count;

    /// <summary>Gets the keys.</summary>
    public Dictionary<string, string>.KeyCollection Keys => _values.Keys;

    /// <summary>Gets the values.</summary>
    public Dictionary<string, string>.ValueCollection Values => _values.Values;

    ICollection<string> IDictionary<string, string>.Keys => _values.Keys;

    ICollection<string> IDictionary<string, string>.Values => _values.Values;

    IEnumerable<string> IReadOnlyDictionary<string, string>.Keys => _values.Keys;

    IEnumerable<string> IReadOnlyDictionary<string, string>.Values => _values.Values;

    bool ICollection<KeyValuePair<string, string>>.IsReadOnly => false;

    /// <summary>Gets or sets the value of a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">Getting a key that does not exist.</exception>
    public string this[string key]
    {
        get => _values[key];
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _values[key] = value;
        }
    }

    /// <summary>Adds an entry.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException">The key already exists.</exception>
    public void Add(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _values.Add(key, value);
    }

    /// <inheritdoc cref="IDictionary{TKey,TValue}.ContainsKey" />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc cref="IDictionary{TKey,TValue}.Remove(TKey)" />
    public bool Remove(string key) => _values.Remove(key);

    /// <inheritdoc cref="IDictionary{TKey,TValue}.TryGetValue" />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => _values.TryGetValue(key, out value);

    /// <summary>Removes all entries.</summary>
    public void Clear() => _values.Clear();

    /// <summary>Returns an enumerator over the entries, in insertion order.</summary>
    /// <returns>The enumerator.</returns>
    public Dictionary<string, string>.Enumerator GetEnumerator() => _values.GetEnumerator();

    IEnumerator<KeyValuePair<string, string>> IEnumerable<KeyValuePair<string, string>>.GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _values.GetEnumerator();

    void ICollection<KeyValuePair<string, string>>.Add(KeyValuePair<string, string> item) => Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<string, string>>.Contains(KeyValuePair<string, string> item) =>
        ((ICollection<KeyValuePair<string, string>>)_values).Contains(item);

    void ICollection<KeyValuePair<string, string>>.CopyTo(KeyValuePair<string, string>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, string>>)_values).CopyTo(array, arrayIndex);

    bool ICollection<KeyValuePair<string, string>>.Remove(KeyValuePair<string, string> item) =>
        ((ICollection<KeyValuePair<string, string>>)_values).Remove(item);

    /// <summary>Returns a copy (strings are immutable, so this is a deep copy).</summary>
    /// <returns>The copy.</returns>
    public Metadata Clone()
    {
        var copy = new Metadata(_values.Count);
        foreach (var (key, value) in _values)
        {
            copy._values.Add(key, value);
        }

        return copy;
    }

    /// <inheritdoc />
    public bool Equals(Metadata? other)
    {
        if (other is null || other._values.Count != _values.Count)
        {
            return false;
        }

        foreach (var (key, value) in _values)
        {
            if (!other._values.TryGetValue(key, out var otherValue) || !string.Equals(value, otherValue, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Metadata other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-independent, like equality.
        var sum = _values.Count;
        foreach (var (key, value) in _values)
        {
            sum += HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), StringComparer.Ordinal.GetHashCode(value));
        }

        return sum;
    }

    /// <summary>Returns the entries as a JSON object with sorted keys.</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => OpenCdcJsonWriter.ToDebugString(this);
}
