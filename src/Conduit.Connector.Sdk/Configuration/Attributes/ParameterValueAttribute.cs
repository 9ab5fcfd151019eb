namespace Conduit.Connector.Sdk;

/// <summary>
/// Sets the text of an enum member in configuration. Without it the text is the member name in
/// lower camel case (<c>Json</c> becomes <c>json</c>, <c>OpenCdc</c> becomes <c>openCdc</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class ParameterValueAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="value">The text, e.g. <c>opencdc/json</c>. It may not contain a comma.</param>
    public ParameterValueAttribute(string value)
    {
        Value = value;
    }

    /// <summary>Gets the text.</summary>
    public string Value { get; }
}
