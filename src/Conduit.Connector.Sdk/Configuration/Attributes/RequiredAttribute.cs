namespace Conduit.Connector.Sdk;

/// <summary>
/// The parameter must be given a non-blank value (Go's <c>required</c> validation). A property
/// declared with the C# <see langword="required"/> modifier is required too.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class RequiredAttribute : Attribute
{
}
