namespace Conduit.Connector.Sdk;

/// <summary>
/// The value must be exactly one of a list (Go's <c>inclusion</c> validation). Enum properties get
/// this validation from their members; do not add it to them.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class InclusionAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="values">The allowed values; none may contain a comma.</param>
    public InclusionAttribute(params string[] values)
    {
        Values = values;
    }

    /// <summary>Gets the allowed values.</summary>
    public IReadOnlyList<string> Values { get; }
}
