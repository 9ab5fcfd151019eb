namespace Conduit.Connector.Sdk;

/// <summary>Options of <see cref="OpenCdcJson"/>.</summary>
public sealed class OpenCdcJsonOptions
{
    /// <summary>Gets the default options: raw data as base64.</summary>
    public static OpenCdcJsonOptions Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether raw data is written as a JSON string of its UTF-8 text
    /// instead of base64 (Go's <c>JSONMarshalOptions.RawDataAsString</c>), and read back the same way.
    /// The position stays base64 either way.
    /// </summary>
    public bool RawDataAsString { get; init; }
}
