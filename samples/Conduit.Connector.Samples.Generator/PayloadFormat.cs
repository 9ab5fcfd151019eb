namespace Conduit.Connector.Samples.Generator;

/// <summary>What the generated key and payload look like.</summary>
public enum PayloadFormat
{
    /// <summary>Opaque bytes.</summary>
    Raw,

    /// <summary>A structure with an id, a timestamp and a text field.</summary>
    Structured,
}
