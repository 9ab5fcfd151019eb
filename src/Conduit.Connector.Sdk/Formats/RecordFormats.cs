using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Conduit.Connector.Sdk;

/// <summary>
/// The record formats a destination offers through <c>sdk.record.format</c> (Go's
/// <c>RecordSerializers</c>). <see cref="Default"/> holds <c>opencdc/json</c>, <c>debezium/json</c>
/// and <c>template</c>; a connector can add its own formats with <see cref="With"/> or build a
/// different list with the constructor.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. Names are compared ordinally (case-sensitive), like Go.
/// An unknown format or invalid options fail <see cref="Configure"/> with a
/// <see cref="ConfigurationException"/>: there is no silent fallback to the default format.
/// </remarks>
public sealed class RecordFormats : IReadOnlyCollection<RecordFormat>
{
    /// <summary>The configuration key that selects the format: <c>sdk.record.format</c>.</summary>
    public const string FormatKey = "sdk.record.format";

    /// <summary>The configuration key of the format's options: <c>sdk.record.format.options</c>.</summary>
    public const string OptionsKey = "sdk.record.format.options";

    /// <summary>The format used when none is given: <c>opencdc/json</c>.</summary>
    public const string DefaultFormatName = "opencdc/json";

    private readonly SortedDictionary<string, RecordFormat> _formats;

    /// <summary>Initializes a list of formats.</summary>
    /// <param name="formats">The formats.</param>
    /// <exception cref="ArgumentException">Two formats have the same name.</exception>
    public RecordFormats(IEnumerable<RecordFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        _formats = new SortedDictionary<string, RecordFormat>(StringComparer.Ordinal);
        foreach (var format in formats)
        {
            ArgumentNullException.ThrowIfNull(format, nameof(formats));
            if (!_formats.TryAdd(format.Name, format))
            {
                throw new ArgumentException($"Two record formats are named \"{format.Name}\".", nameof(formats));
            }
        }

        Names = [.. _formats.Keys];
    }

    private RecordFormats(SortedDictionary<string, RecordFormat> formats)
    {
        _formats = formats;
        Names = [.. _formats.Keys];
    }

    /// <summary>Gets the built-in formats: <c>debezium/json</c>, <c>opencdc/json</c> and <c>template</c>.</summary>
    public static RecordFormats Default { get; } =
        new([RecordFormat.OpenCdcJson, RecordFormat.DebeziumJson, RecordFormat.Template]);

    /// <summary>Gets the names of the formats, sorted ordinally.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets the number of formats.</summary>
    public int Count => _formats.Count;

    /// <summary>Looks up a format by name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="format">The format, when found.</param>
    /// <returns><see langword="true"/> when the list has a format with that name.</returns>
    public bool TryGet(string name, [NotNullWhen(true)] out RecordFormat? format)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _formats.TryGetValue(name, out format);
    }

    /// <summary>Returns a list that also holds a format, replacing a format of the same name.</summary>
    /// <param name="format">The format to add.</param>
    /// <returns>The new list; this one is unchanged.</returns>
    public RecordFormats With(RecordFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var copy = new SortedDictionary<string, RecordFormat>(_formats, StringComparer.Ordinal)
        {
            [format.Name] = format,
        };
        return new RecordFormats(copy);
    }

    /// <summary>Returns a list without the format of a name.</summary>
    /// <param name="name">The name of the format to remove.</param>
    /// <returns>The new list (equal to this one when no format has that name); this one is unchanged.</returns>
    public RecordFormats Without(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var copy = new SortedDictionary<string, RecordFormat>(_formats, StringComparer.Ordinal);
        copy.Remove(name);
        return new RecordFormats(copy);
    }

    /// <summary>
    /// Resolves the values of <c>sdk.record.format</c> and <c>sdk.record.format.options</c> into a
    /// configured serializer.
    /// </summary>
    /// <param name="formatName">The format; <see langword="null"/> or empty selects <see cref="DefaultFormatName"/>.</param>
    /// <param name="options">The options; <see langword="null"/> means none.</param>
    /// <returns>The serializer.</returns>
    /// <exception cref="ConfigurationException">
    /// The format is unknown (the message lists the known ones) or its options are invalid. The one
    /// <see cref="ConfigurationError"/> names the key, the value and the rule.
    /// </exception>
    public RecordSerializer Configure(string? formatName, string? options)
    {
        if (string.IsNullOrEmpty(formatName))
        {
            formatName = DefaultFormatName;
        }

        if (!_formats.TryGetValue(formatName, out var format))
        {
            var known = Names.Count == 0 ? "none" : string.Join(", ", Names);
            throw new ConfigurationException([new ConfigurationError(
                FormatKey,
                formatName,
                $"invalid {FormatKey}: \"{formatName}\" is not a known record format (known formats: {known})")]);
        }

        options ??= string.Empty;
        try
        {
            return format.Configure(options) ?? throw new InvalidOperationException(
                $"The record format \"{format.Name}\" returned no serializer from Configure.");
        }
        catch (Exception e) when (e is FormatException or ConfigurationException)
        {
            throw new ConfigurationException([new ConfigurationError(
                OptionsKey,
                options,
                $"invalid {OptionsKey} for \"{format.Name}\": {e.Message}")]);
        }
    }

    /// <summary>Returns an enumerator over the formats, sorted by name.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<RecordFormat> GetEnumerator() => _formats.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
