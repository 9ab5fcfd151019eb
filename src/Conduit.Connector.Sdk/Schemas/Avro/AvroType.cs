namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>The Avro types (the spec's primitive and complex types).</summary>
internal enum AvroType
{
    Null,
    Boolean,
    Int,
    Long,
    Float,
    Double,
    Bytes,
    String,
    Record,
    Enum,
    Array,
    Map,
    Union,
    Fixed,
}
