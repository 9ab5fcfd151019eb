namespace Conduit.Connector.Sdk;

/// <summary>
/// Sets the key of a configuration parameter. Without it the key is the property name in lower
/// camel case, as Go derives it (<c>RecordCount</c> becomes <c>recordCount</c>, <c>HTTPRequest</c>
/// becomes <c>httpRequest</c>). On a nested object or a dictionary the key is the prefix of its
/// parameters (<c>auth.user</c>, <c>headers.*</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class ParameterAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="name">The key, e.g. <c>url</c> or <c>sdk.batch.size</c>. Dots separate levels.</param>
    public ParameterAttribute(string name)
    {
        Name = name;
    }

    /// <summary>Gets the key.</summary>
    public string Name { get; }
}
