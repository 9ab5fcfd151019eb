namespace Conduit.Connector.Sdk;

/// <summary>How Conduit interprets the value of a parameter.</summary>
public enum ParameterType
{
    /// <summary>Free text (also lists, comma separated).</summary>
    String = 1,

    /// <summary>A whole number.</summary>
    Int = 2,

    /// <summary>A floating-point number.</summary>
    Float = 3,

    /// <summary>A boolean in Go syntax (<c>true</c>, <c>1</c>, <c>f</c>, ...).</summary>
    Bool = 4,

    /// <summary>A file path.</summary>
    File = 5,

    /// <summary>A duration in Go syntax (<c>1m30s</c>, <c>500ms</c>).</summary>
    Duration = 6,
}
