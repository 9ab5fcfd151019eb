namespace Conduit.Connector.Sdk;

/// <summary>
/// The numeric value must be strictly greater than a threshold (Go's <c>greater-than</c>
/// validation). Use <c>[GreaterThan(-1)]</c> for "zero or more". Applies to integer and
/// floating-point parameters.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class GreaterThanAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="value">The exclusive lower bound.</param>
    public GreaterThanAttribute(double value)
    {
        Value = value;
    }

    /// <summary>Gets the exclusive lower bound.</summary>
    public double Value { get; }
}
