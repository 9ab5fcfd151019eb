namespace Conduit.Connector.Sdk;

/// <summary>The value must be none of a list (Go's <c>exclusion</c> validation).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class ExclusionAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="values">The forbidden values; none may contain a comma.</param>
    public ExclusionAttribute(params string[] values)
    {
        Values = values;
    }

    /// <summary>Gets the forbidden values.</summary>
    public IReadOnlyList<string> Values { get; }
}
