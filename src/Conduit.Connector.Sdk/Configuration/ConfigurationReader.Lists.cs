using System.ComponentModel;
using Conduit.Connector.Sdk.Configuration;
using Conduit.Connector.Sdk.Configuration.GoSyntax;

namespace Conduit.Connector.Sdk;

/// <content>Lists: Go publishes them as string parameters and splits the value on commas; elements are trimmed and parsed one by one.</content>
public sealed partial class ConfigurationReader
{
    /// <summary>Reads a comma-separated list of strings; elements are trimmed.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="allowedValues">When not <see langword="null"/>, the values each element must be one of (lists of enums).</param>
    /// <param name="key">The concrete key when <paramref name="parameter"/> has a <c>*</c> segment; otherwise <see langword="null"/>.</param>
    /// <returns>The elements, or <see langword="null"/> when blank without a default or invalid.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IReadOnlyList<string>? GetStringList(ParameterSpecification parameter, IReadOnlyList<string>? allowedValues = null, string? key = null)
    {
        var text = Prepare(parameter, ref key);
        if (text is null)
        {
            return null;
        }

        Validate(parameter, key, text);
        var elements = Split(text);
        if (allowedValues is not null)
        {
            foreach (var element in elements)
            {
                if (!allowedValues.Contains(element, StringComparer.Ordinal))
                {
                    Record(parameter, key, text, ValueMessages.ElementNotIncluded(text, element, parameter.IsSensitive, allowedValues));
                    return null;
                }
            }
        }

        return elements;
    }

    /// <summary>Reads a comma-separated list of integers in Go's <c>strconv.Atoi</c> syntax.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="minimum">The smallest value the element type holds.</param>
    /// <param name="maximum">The largest value the element type holds.</param>
    /// <param name="key">The concrete key when <paramref name="parameter"/> has a <c>*</c> segment; otherwise <see langword="null"/>.</param>
    /// <returns>The elements, or <see langword="null"/> when blank without a default or invalid.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IReadOnlyList<long>? GetIntegerList(ParameterSpecification parameter, long minimum, long maximum, string? key = null) =>
        GetList(parameter, key, "an integer", (string s, out long v) => GoInteger.TryParse(s, out v) && v >= minimum && v <= maximum);

    /// <summary>Reads a comma-separated list of floats in Go's <c>strconv.ParseFloat</c> syntax.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="key">The concrete key when <paramref name="parameter"/> has a <c>*</c> segment; otherwise <see langword="null"/>.</param>
    /// <returns>The elements, or <see langword="null"/> when blank without a default or invalid.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IReadOnlyList<double>? GetFloatList(ParameterSpecification parameter, string? key = null) =>
        GetList<double>(parameter, key, "a float", GoFloat.TryParse);

    /// <summary>Reads a comma-separated list of booleans in Go's <c>strconv.ParseBool</c> syntax.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="key">The concrete key when <paramref name="parameter"/> has a <c>*</c> segment; otherwise <see langword="null"/>.</param>
    /// <returns>The elements, or <see langword="null"/> when blank without a default or invalid.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IReadOnlyList<bool>? GetBoolList(ParameterSpecification parameter, string? key = null) =>
        GetList<bool>(parameter, key, "a boolean", GoBool.TryParse);

    /// <summary>Reads a comma-separated list of durations in Go's <c>time.ParseDuration</c> syntax.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="key">The concrete key when <paramref name="parameter"/> has a <c>*</c> segment; otherwise <see langword="null"/>.</param>
    /// <returns>The elements, or <see langword="null"/> when blank without a default or invalid.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IReadOnlyList<TimeSpan>? GetDurationList(ParameterSpecification parameter, string? key = null) =>
        GetList(parameter, key, "a duration", (string s, out TimeSpan v) =>
        {
            var ok = GoDuration.TryParse(s, out var nanoseconds, out _);
            v = TimeSpan.FromTicks(nanoseconds / 100);
            return ok;
        });

    private delegate bool ElementParser<T>(string text, out T value);

    private List<T>? GetList<T>(ParameterSpecification parameter, string? key, string typeDescription, ElementParser<T> parse)
    {
        var text = Prepare(parameter, ref key);
        if (text is null)
        {
            return null;
        }

        Validate(parameter, key, text);
        var result = new List<T>();
        foreach (var element in Split(text))
        {
            if (!parse(element, out var value))
            {
                Record(parameter, key, text, ValueMessages.ElementNotOfType(text, element, parameter.IsSensitive, typeDescription));
                return null;
            }

            result.Add(value);
        }

        return result;
    }

    private static List<string> Split(string text) => [.. text.Split(',').Select(e => e.Trim())];
}
