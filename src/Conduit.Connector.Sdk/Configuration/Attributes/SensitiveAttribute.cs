namespace Conduit.Connector.Sdk;

/// <summary>
/// Marks a parameter as secret (a password, a token): its value never appears in logs or in
/// configuration errors, which say that the value is hidden instead.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class SensitiveAttribute : Attribute
{
}
