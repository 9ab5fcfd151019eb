namespace Conduit.Connector.Sdk;

/// <summary>The kind of rule a <see cref="ParameterValidation"/> applies.</summary>
public enum ValidationType
{
    /// <summary>The value must not be empty.</summary>
    Required = 1,

    /// <summary>The numeric value must be strictly greater than the threshold.</summary>
    GreaterThan = 2,

    /// <summary>The numeric value must be strictly less than the threshold.</summary>
    LessThan = 3,

    /// <summary>The value must be one of a list.</summary>
    Inclusion = 4,

    /// <summary>The value must be none of a list.</summary>
    Exclusion = 5,

    /// <summary>The value must match a regular expression.</summary>
    Regex = 6,
}
