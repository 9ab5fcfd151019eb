namespace Conduit.Connector.Sdk;

/// <summary>The language a <see cref="Schema"/> is written in.</summary>
public enum SchemaType
{
    /// <summary>An Apache Avro schema in its JSON form. The only type Conduit supports.</summary>
    Avro = 1,
}
