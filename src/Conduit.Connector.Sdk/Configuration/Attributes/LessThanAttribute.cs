namespace Conduit.Connector.Sdk;

/// <summary>
/// The numeric value must be strictly less than a threshold (Go's <c>less-than</c> validation).
/// Applies to integer and floating-point parameters.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class LessThanAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="value">The exclusive upper bound.</param>
    public LessThanAttribute(double value)
    {
        Value = value;
    }

    /// <summary>Gets the exclusive upper bound.</summary>
    public double Value { get; }
}
