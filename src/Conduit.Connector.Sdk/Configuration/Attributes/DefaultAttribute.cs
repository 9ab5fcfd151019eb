namespace Conduit.Connector.Sdk;

/// <summary>
/// Sets the default value of a parameter as the text Conduit would receive, e.g. <c>[Default("1m")]</c>.
/// Without it, a property initializer that is a compile-time value (<c>= 10</c>,
/// <c>= TimeSpan.FromSeconds(30)</c>, <c>= ["a", "b"]</c>) is the default, printed as Go prints it
/// (<c>30s</c>, <c>a,b</c>). When both exist this attribute wins and the initializer is not read.
/// </summary>
/// <remarks>The default is published in the specification and applied when the key is missing or blank.</remarks>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class DefaultAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="value">The default, in the parameter's Go syntax.</param>
    public DefaultAttribute(string value)
    {
        Value = value;
    }

    /// <summary>Gets the default text.</summary>
    public string Value { get; }
}
