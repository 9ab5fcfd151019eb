namespace Conduit.Connector.Sdk.Testing;

/// <summary>A specification as a connector answered it over <c>connector.v2.SpecifierPlugin/Specify</c>.</summary>
public sealed class ReceivedSpecification
{
    internal ReceivedSpecification(
        string name,
        string summary,
        string description,
        string version,
        string author,
        IReadOnlyDictionary<string, ParameterSpecification> sourceParameters,
        IReadOnlyDictionary<string, ParameterSpecification> destinationParameters)
    {
        Name = name;
        Summary = summary;
        Description = description;
        Version = version;
        Author = author;
        SourceParameters = sourceParameters;
        DestinationParameters = destinationParameters;
    }

    /// <summary>Gets the plugin name (<c>standalone:NAME</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the one-sentence summary.</summary>
    public string Summary { get; }

    /// <summary>Gets the Markdown description.</summary>
    public string Description { get; }

    /// <summary>Gets the version (semantic versioning with a leading <c>v</c>).</summary>
    public string Version { get; }

    /// <summary>Gets the author.</summary>
    public string Author { get; }

    /// <summary>Gets the source parameters by name (empty when the connector has no source).</summary>
    public IReadOnlyDictionary<string, ParameterSpecification> SourceParameters { get; }

    /// <summary>Gets the destination parameters by name (empty when the connector has no destination).</summary>
    public IReadOnlyDictionary<string, ParameterSpecification> DestinationParameters { get; }
}
