namespace Conduit.Connector.Sdk;

/// <summary>
/// Publishes a <see langword="string"/> parameter with the type <see cref="ParameterType.File"/>
/// (a path to a file), so that tools can offer a file picker.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class FilePathAttribute : Attribute
{
}
