using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Conduit.Connector.Sdk.Configuration;
using Conduit.Connector.Sdk.Configuration.GoSyntax;

namespace Conduit.Connector.Sdk;

/// <summary>
/// Reads typed values out of Conduit's raw configuration map, collecting every problem instead of
/// stopping at the first. Generated code calls it; connector code rarely needs it.
/// </summary>
/// <remarks>
/// <para>Keys and values are trimmed first, as Go's <c>Sanitize</c> does. Each <c>Get…</c> call
/// declares its parameter, applies the default when the value is blank, checks the type in Go's
/// syntax (<c>strconv.Atoi</c>, <c>strconv.ParseFloat</c>, <c>strconv.ParseBool</c>,
/// <c>time.ParseDuration</c>), then applies the validations, and records what is wrong.</para>
/// <para>A blank value counts as missing: it yields <see langword="null"/> (or the default), and
/// only <see cref="ValidationType.Required"/> complains about it.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed partial class ConfigurationReader
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
    private readonly List<ConfigurationError> _errors = [];
    private readonly HashSet<(string Key, string Message)> _seen = [];

    /// <summary>Initializes a reader over raw values.</summary>
    /// <param name="values">The raw configuration.</param>
    public ConfigurationReader(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = Sanitize(values);
        Values = _values.AsReadOnly();
    }

    /// <summary>Gets the values after trimming keys and values.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>
    /// Gets every problem found so far, sorted by key, including keys that no parameter read from
    /// this reader declares (with the nearest known key as a hint).
    /// </summary>
    public IReadOnlyList<ConfigurationError> Errors
    {
        get
        {
            var all = new List<ConfigurationError>(_errors);
            all.AddRange(UnknownKeyErrors());
            return [.. all.OrderBy(e => e.Key, StringComparer.Ordinal)];
        }
    }

    /// <summary>Throws when any problem was found.</summary>
    /// <exception cref="ConfigurationException">At least one problem was found; the exception lists them all.</exception>
    public void ThrowIfInvalid()
    {
        var errors = Errors;
        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors);
        }
    }

    /// <summary>Reads a string (or file) parameter.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="key">The concrete key when <paramref name="parameter"/> has a <c>*</c> segment; otherwise <see langword="null"/>.</param>
    /// <returns>The value, or <see langword="null"/> when blank without a default.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? GetString(ParameterSpecification parameter, string? key = null)
    {
        var text = Prepare(parameter, ref key);
        if (text is null)
        {
            return null;
        }

        Validate(parameter, key, text);
        return text;
    }

    /// <summary>Reads an integer parameter, in Go's <c>strconv.Atoi</c> syntax.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="minimum">The smallest value the property type holds.</param>
    /// <param name="maximum">The largest value the property type holds.</param>
    /// <param name="key">The concrete key when <paramref name="parameter"/> has a <c>*</c> segment; otherwise <see langword="null"/>.</param>
    /// <returns>The value, or <see langword="null"/> when blank without a default or invalid.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public long? GetInteger(ParameterSpecification parameter, long minimum, long maximum, string? key = null)
    {
        var text = Prepare(parameter, ref key);
        if (text is null)
        {
            return null;
        }

        if (!GoInteger.TryParse(text, out var value))
        {
            return Fail<long>(parameter, key, text, ValueMessages.NotOfType(text, parameter.IsSensitive, "an integer"));
        }

        if (value < minimum || value > maximum)
        {
            return Fail<long>(parameter, key, text, ValueMessages.OutOfRange(text, parameter.IsSensitive, minimum, maximum));
        }

        Validate(parameter, key, text);
        return value;
    }

    /// <summary>Reads a floating-point parameter, in Go's <c>strconv.ParseFloat</c> syntax.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="key">The concrete key when <paramref name="parameter"/> has a <c>*</c> segment; otherwise <see langword="null"/>.</param>
    /// <returns>The value, or <see langword="null"/> when blank without a default or invalid.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public double? GetFloat(ParameterSpecification parameter, string? key = null)
    {
        var text = Prepare(parameter, ref key);
        if (text is null)
        {
            return null;
        }

        if (!GoFloat.TryParse(text, out var value))
        {
            return Fail<double>(parameter, key, text, ValueMessages.NotOfType(text, parameter.IsSensitive, "a float"));
        }

        Validate(parameter, key, text);
        return value;
    }

    /// <summary>Reads a boolean parameter, in Go's <c>strconv.ParseBool</c> syntax.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="key">The concrete key when <paramref name="parameter"/> has a <c>*</c> segment; otherwise <see langword="null"/>.</param>
    /// <returns>The value, or <see langword="null"/> when blank without a default or invalid.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public bool? GetBool(ParameterSpecification parameter, string? key = null)
    {
        var text = Prepare(parameter, ref key);
        if (text is null)
        {
            return null;
        }

        if (!GoBool.TryParse(text, out var value))
        {
            return Fail<bool>(parameter, key, text, ValueMessages.NotOfType(text, parameter.IsSensitive, "a boolean"));
        }

        Validate(parameter, key, text);
        return value;
    }

    /// <summary>Reads a duration parameter, in Go's <c>time.ParseDuration</c> syntax (precision below 100 ns is dropped).</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="key">The concrete key when <paramref name="parameter"/> has a <c>*</c> segment; otherwise <see langword="null"/>.</param>
    /// <returns>The value, or <see langword="null"/> when blank without a default or invalid.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TimeSpan? GetDuration(ParameterSpecification parameter, string? key = null)
    {
        var text = Prepare(parameter, ref key);
        if (text is null)
        {
            return null;
        }

        if (!GoDuration.TryParse(text, out var nanoseconds, out _))
        {
            return Fail<TimeSpan>(parameter, key, text, ValueMessages.NotOfType(text, parameter.IsSensitive, "a duration"));
        }

        Validate(parameter, key, text);
        return TimeSpan.FromTicks(nanoseconds / 100);
    }

    /// <summary>
    /// Declares a dictionary of values (<c>headers.*</c>) and returns its keys: for each configuration
    /// key <c>headers.X</c>, the text <c>X</c> (which may contain dots).
    /// </summary>
    /// <param name="parameter">The parameter whose name ends with <c>.*</c>.</param>
    /// <returns>The dictionary keys, sorted.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IReadOnlyList<string> GetMapKeys(ParameterSpecification parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        _declared.Add(parameter.Name);
        var prefix = parameter.Name.EndsWith(".*", StringComparison.Ordinal) ? parameter.Name[..^1] : parameter.Name;
        return [.. _values.Keys
            .Where(k => k.Length > prefix.Length && k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => k[prefix.Length..])
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Declares a dictionary of nested objects (<c>collections.*.format</c>, …) and returns its keys:
    /// for each configuration key <c>collections.X.rest</c>, the segment <c>X</c>.
    /// </summary>
    /// <param name="prefix">The text before the <c>*</c>, e.g. <c>collections.</c>.</param>
    /// <param name="parameters">The parameters of the nested object, named with the <c>*</c>.</param>
    /// <returns>The dictionary keys, distinct and sorted.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IReadOnlyList<string> GetMapKeys(string prefix, IReadOnlyList<ParameterSpecification> parameters)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var parameter in parameters)
        {
            _declared.Add(parameter.Name);
        }

        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in _values.Keys)
        {
            if (key.Length <= prefix.Length || !key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var dot = key.IndexOf('.', prefix.Length);
            if (dot > prefix.Length && dot < key.Length - 1)
            {
                keys.Add(key[prefix.Length..dot]);
            }
        }

        return [.. keys];
    }

    /// <summary>Records a problem found outside the typed reads (the record format middleware checks its format this way).</summary>
    internal void Report(ConfigurationError error)
    {
        if (_seen.Add((error.Key, error.Message)))
        {
            _errors.Add(error);
        }
    }

    /// <summary>Declares the parameter, looks the value up and applies the default; records a missing required value.</summary>
    private string? Prepare(ParameterSpecification parameter, [NotNull] ref string? key)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        _declared.Add(parameter.Name);
        key ??= parameter.Name;
        var text = _values.GetValueOrDefault(key) ?? string.Empty;
        if (text.Length == 0)
        {
            text = parameter.Default.Trim();
        }

        if (text.Length == 0)
        {
            if (parameter.Validations.Any(v => v.Type == ValidationType.Required))
            {
                Record(parameter, key, text, ValueMessages.Required());
            }

            return null;
        }

        return text;
    }

    private void Validate(ParameterSpecification parameter, string key, string text)
    {
        var sensitive = parameter.IsSensitive;
        foreach (var validation in parameter.Validations)
        {
            switch (validation.Type)
            {
                case ValidationType.GreaterThan or ValidationType.LessThan:
                    if (!GoFloat.TryParse(validation.Value, out var threshold))
                    {
                        Record(parameter, key, text, ValueMessages.InvalidRule(validation.Type, validation.Value));
                    }
                    else if (!GoFloat.TryParse(text, out var number))
                    {
                        Record(parameter, key, text, ValueMessages.NotANumber(text, sensitive));
                    }
                    else if (validation.Type == ValidationType.GreaterThan && !(number > threshold))
                    {
                        Record(parameter, key, text, ValueMessages.NotGreaterThan(text, sensitive, threshold));
                    }
                    else if (validation.Type == ValidationType.LessThan && !(number < threshold))
                    {
                        Record(parameter, key, text, ValueMessages.NotLessThan(text, sensitive, threshold));
                    }

                    break;
                case ValidationType.Inclusion:
                    if (!validation.Value.Split(',').Contains(text, StringComparer.Ordinal))
                    {
                        Record(parameter, key, text, ValueMessages.NotIncluded(text, sensitive, validation.Value));
                    }

                    break;
                case ValidationType.Exclusion:
                    if (validation.Value.Split(',').Contains(text, StringComparer.Ordinal))
                    {
                        Record(parameter, key, text, ValueMessages.NotExcluded(text, sensitive, validation.Value));
                    }

                    break;
                case ValidationType.Regex:
                    var regex = RegexCache.Get(validation.Value);
                    if (regex is null)
                    {
                        Record(parameter, key, text, ValueMessages.InvalidRule(validation.Type, validation.Value));
                    }
                    else if (!regex.IsMatch(text))
                    {
                        Record(parameter, key, text, ValueMessages.NoMatch(text, sensitive, validation.Value));
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private T? Fail<T>(ParameterSpecification parameter, string key, string text, string message)
        where T : struct
    {
        Record(parameter, key, text, message);
        return null;
    }

    private void Record(ParameterSpecification parameter, string key, string text, string message)
    {
        var line = ValueMessages.Prefix(key) + message;
        if (_seen.Add((key, line)))
        {
            _errors.Add(new ConfigurationError(key, parameter.IsSensitive ? null : text, line));
        }
    }

    private IEnumerable<ConfigurationError> UnknownKeyErrors()
    {
        var wildcards = _declared.Where(KeyPattern.IsWildcard).ToList();
        foreach (var key in _values.Keys.Order(StringComparer.Ordinal))
        {
            if (_declared.Contains(key) || wildcards.Any(w => KeyPattern.Matches(w, key)))
            {
                continue;
            }

            var candidates = _declared
                .Select(name => KeyPattern.IsWildcard(name) ? KeyPattern.Instantiate(name, key) : name)
                .OfType<string>()
                .Where(name => !KeyPattern.IsWildcard(name));
            yield return new ConfigurationError(key, null, ValueMessages.Unrecognized(key, KeySuggestion.Nearest(key, candidates)));
        }
    }

    private static Dictionary<string, string> Sanitize(IReadOnlyDictionary<string, string> values)
    {
        var result = new Dictionary<string, string>(values.Count, StringComparer.Ordinal);

        // When two raw keys trim to the same key, the already-trimmed one wins, then the ordinally
        // smaller one: deterministic, where Go's choice depends on map order.
        foreach (var (rawKey, rawValue) in values.OrderBy(p => p.Key.Trim() != p.Key).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            result.TryAdd(rawKey.Trim(), (rawValue ?? string.Empty).Trim());
        }

        return result;
    }
}
