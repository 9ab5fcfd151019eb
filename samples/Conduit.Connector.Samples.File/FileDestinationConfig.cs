using Conduit.Connector.Sdk;

namespace Conduit.Connector.Samples.File;

/// <summary>Configuration of the file destination.</summary>
[ConnectorConfiguration]
public sealed partial class FileDestinationConfig
{
    /// <summary>Path of the file to append records to; created when missing.</summary>
    [Required]
    public string Path { get; init; } = string.Empty;
}
