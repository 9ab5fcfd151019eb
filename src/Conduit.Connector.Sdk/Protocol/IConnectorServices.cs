namespace Conduit.Connector.Sdk.Protocol;

/// <summary>The connector.v2 service implementations, as the object that serves every plugin method holds them.</summary>
internal interface IConnectorServices
{
    /// <summary>Gets connector.v2.SpecifierPlugin.</summary>
    SpecifierPluginService Specifier { get; }

    /// <summary>Gets connector.v2.SourcePlugin.</summary>
    SourcePluginService Source { get; }

    /// <summary>Gets connector.v2.DestinationPlugin.</summary>
    DestinationPluginService Destination { get; }
}
