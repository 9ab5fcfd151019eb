namespace Conduit.Connector.Sdk;

/// <summary>
/// The value must match a regular expression somewhere (Go's <c>regex</c> validation, not
/// anchored: add <c>^</c> and <c>$</c> to match the whole value). Write patterns that Go's RE2
/// accepts too: no look-arounds, no back-references.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class RegexAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="pattern">The pattern.</param>
    public RegexAttribute(string pattern)
    {
        Pattern = pattern;
    }

    /// <summary>Gets the pattern.</summary>
    public string Pattern { get; }
}
