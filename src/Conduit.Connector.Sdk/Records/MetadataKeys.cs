namespace Conduit.Connector.Sdk;

/// <summary>The standard keys of <see cref="Record.Metadata"/> (OpenCDC's and Conduit's).</summary>
/// <remarks>Each key has typed accessors on <see cref="Metadata"/>, for example <see cref="Metadata.GetReadAt"/>.</remarks>
public static class MetadataKeys
{
    /// <summary>The version of the OpenCDC format the record follows (value <c>v1</c>).</summary>
    public const string OpenCdcVersion = "opencdc.version";

    /// <summary>When the record was created in the third-party system: unix time in nanoseconds, as decimal text.</summary>
    public const string CreatedAt = "opencdc.createdAt";

    /// <summary>When the record was read from the third-party system: unix time in nanoseconds, as decimal text.</summary>
    public const string ReadAt = "opencdc.readAt";

    /// <summary>The collection (table, topic, index …) the record comes from or should go to.</summary>
    public const string Collection = "opencdc.collection";

    /// <summary>The subject of the schema of the record's key.</summary>
    public const string KeySchemaSubject = "opencdc.key.schema.subject";

    /// <summary>The version of the schema of the record's key (an integer).</summary>
    public const string KeySchemaVersion = "opencdc.key.schema.version";

    /// <summary>The subject of the schema of the record's payload.</summary>
    public const string PayloadSchemaSubject = "opencdc.payload.schema.subject";

    /// <summary>The version of the schema of the record's payload (an integer).</summary>
    public const string PayloadSchemaVersion = "opencdc.payload.schema.version";

    /// <summary>The name of the file the record comes from.</summary>
    public const string FileName = "opencdc.file.name";

    /// <summary>The size in bytes of the whole file the record comes from (a 64-bit integer).</summary>
    public const string FileSize = "opencdc.file.size";

    /// <summary>A hash of the whole file the record comes from.</summary>
    public const string FileHash = "opencdc.file.hash";

    /// <summary>Whether the record holds one chunk of a larger file (<c>true</c> or <c>false</c>).</summary>
    public const string FileChunked = "opencdc.file.chunked";

    /// <summary>The one-based index of the chunk the record holds.</summary>
    public const string FileChunkIndex = "opencdc.file.chunk.index";

    /// <summary>The number of chunks the file was split into.</summary>
    public const string FileChunkCount = "opencdc.file.chunk.count";

    /// <summary>The name of the source plugin that produced the record.</summary>
    public const string ConduitSourcePluginName = "conduit.source.plugin.name";

    /// <summary>The version of the source plugin that produced the record.</summary>
    public const string ConduitSourcePluginVersion = "conduit.source.plugin.version";

    /// <summary>The name of the destination plugin that wrote the record.</summary>
    public const string ConduitDestinationPluginName = "conduit.destination.plugin.name";

    /// <summary>The version of the destination plugin that wrote the record.</summary>
    public const string ConduitDestinationPluginVersion = "conduit.destination.plugin.version";

    /// <summary>The ID of the source connector that produced the record (set by Conduit).</summary>
    public const string ConduitSourceConnectorId = "conduit.source.connector.id";

    /// <summary>The error that made Conduit send the record to the dead-letter queue.</summary>
    public const string ConduitDlqNackError = "conduit.dlq.nack.error";

    /// <summary>The ID of the pipeline node that nacked the record.</summary>
    public const string ConduitDlqNackNodeId = "conduit.dlq.nack.node.id";
}
