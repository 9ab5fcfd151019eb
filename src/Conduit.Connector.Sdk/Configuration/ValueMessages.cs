using Conduit.Connector.Sdk.Configuration.GoSyntax;

namespace Conduit.Connector.Sdk.Configuration;

/// <summary>
/// The wording of configuration errors: Go's where Go has one (<c>error validating "k": "v" value is
/// not an integer: invalid parameter type</c>), with the value replaced by "the hidden value" for
/// sensitive parameters.
/// </summary>
internal static class ValueMessages
{
    private const string Hidden = "the hidden value";

    public static string Prefix(string key) => "error validating " + GoQuote.Quote(key) + ": ";

    /// <summary>Go's <c>"v" value</c>, or <c>the hidden value</c>.</summary>
    public static string ValueSubject(string value, bool sensitive) => sensitive ? Hidden : GoQuote.Quote(value) + " value";

    /// <summary>Go's bare <c>"v"</c>, or <c>the hidden value</c>.</summary>
    public static string BareSubject(string value, bool sensitive) => sensitive ? Hidden : GoQuote.Quote(value);

    public static string Required() => "required parameter is not provided";

    public static string NotOfType(string value, bool sensitive, string typeDescription) =>
        ValueSubject(value, sensitive) + " is not " + typeDescription + ": invalid parameter type";

    public static string OutOfRange(string value, bool sensitive, long minimum, long maximum) =>
        ValueSubject(value, sensitive) + " is out of range [" + minimum.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + ", " + maximum.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]: invalid parameter value";

    public static string ElementNotOfType(string value, string element, bool sensitive, string typeDescription) =>
        sensitive
            ? Hidden + " has an element that is not " + typeDescription + ": invalid parameter type"
            : ValueSubject(value, sensitive) + " has an element " + GoQuote.Quote(element) + " that is not " + typeDescription + ": invalid parameter type";

    public static string ElementNotIncluded(string value, string element, bool sensitive, IReadOnlyList<string> allowed) =>
        (sensitive
            ? Hidden + " has an element that is not"
            : ValueSubject(value, sensitive) + " has an element " + GoQuote.Quote(element) + " that is not")
        + " in the list [" + string.Join(',', allowed) + "]: inclusion validation failed";

    public static string NotANumber(string value, bool sensitive) =>
        ValueSubject(value, sensitive) + " should be a number: invalid parameter value";

    public static string NotGreaterThan(string value, bool sensitive, double threshold) =>
        BareSubject(value, sensitive) + " should be greater than " + GoFloat.FormatFixed(threshold) + ": greater-than validation failed";

    public static string NotLessThan(string value, bool sensitive, double threshold) =>
        BareSubject(value, sensitive) + " should be less than " + GoFloat.FormatFixed(threshold) + ": less-than validation failed";

    public static string NotIncluded(string value, bool sensitive, string list) =>
        ValueSubject(value, sensitive) + " must be included in the list [" + list + "]: inclusion validation failed";

    public static string NotExcluded(string value, bool sensitive, string list) =>
        ValueSubject(value, sensitive) + " must be excluded from the list [" + list + "]: exclusion validation failed";

    public static string NoMatch(string value, bool sensitive, string pattern) =>
        BareSubject(value, sensitive) + " should match the regex " + GoQuote.Quote(pattern) + ": regex validation failed";

    public static string InvalidRule(ValidationType type, string ruleValue) =>
        "the specification's " + type.ToString() + " rule " + GoQuote.Quote(ruleValue) + " is invalid: invalid validation type";

    public static string Unrecognized(string key, string? suggestion) =>
        GoQuote.Quote(key) + ": unrecognized parameter" + (suggestion is null ? string.Empty : " (did you mean " + GoQuote.Quote(suggestion) + "?)");
}
