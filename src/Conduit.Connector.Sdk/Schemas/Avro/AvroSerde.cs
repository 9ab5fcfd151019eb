using System.Text;

namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>
/// An Avro schema ready to encode and decode structured data: what the schema middleware uses. Get one from
/// <see cref="Schema"/> (parsed once per instance) or extract one from data with <see cref="ForData"/>.
/// </summary>
internal sealed class AvroSerde
{
    private AvroSerde(AvroSchema schema)
    {
        Schema = schema;
        Text = AvroSchemaText.Write(schema);
    }

    /// <summary>Gets the parsed schema.</summary>
    public AvroSchema Schema { get; }

    /// <summary>Gets the canonical text of the schema (what extraction registers).</summary>
    public string Text { get; }

    /// <summary>Gets the canonical text as UTF-8, for <see cref="ISchemaService.CreateAsync"/>.</summary>
    /// <returns>The bytes.</returns>
    public byte[] GetTextBytes() => Encoding.UTF8.GetBytes(Text);

    /// <summary>Parses schema text.</summary>
    /// <param name="utf8">The schema text as UTF-8.</param>
    /// <param name="subject">The subject, for the error message.</param>
    /// <returns>The serde.</returns>
    /// <exception cref="InvalidSchemaException">The text is not a valid Avro schema.</exception>
    public static AvroSerde Parse(ReadOnlySpan<byte> utf8, string? subject = null)
    {
        try
        {
            return new AvroSerde(AvroSchemaParser.Parse(utf8));
        }
        catch (FormatException e)
        {
            var where = subject is null ? string.Empty : $" (subject {subject})";
            throw new InvalidSchemaException($"{InvalidSchemaException.ServiceMessage}{where}: {e.Message}", subject, e);
        }
    }

    /// <summary>Extracts the schema of structured data (see <see cref="AvroSchemaExtractor"/> for the mapping).</summary>
    /// <param name="data">The data.</param>
    /// <returns>The serde.</returns>
    /// <exception cref="SchemaException">A value has no Avro schema; the message names its path.</exception>
    public static AvroSerde ForData(StructuredData data)
    {
        try
        {
            return new AvroSerde(AvroSchemaExtractor.Extract(data));
        }
        catch (NotSupportedException e)
        {
            throw new SchemaException($"cannot extract an Avro schema from the data: {e.Message}", e);
        }
    }

    /// <summary>Encodes structured data.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The Avro binary encoding.</returns>
    /// <exception cref="SchemaException">The schema is not a record, or the data does not fit it (the message names the field).</exception>
    public byte[] Encode(StructuredData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            return AvroEncoder.Encode(RequireRecord(), data);
        }
        catch (NotSupportedException e)
        {
            throw new SchemaException($"cannot encode the data with Avro schema {AvroValues.Describe(Schema)}: {e.Message}", e);
        }
    }

    /// <summary>Decodes Avro binary data.</summary>
    /// <param name="bytes">The Avro binary encoding of one record.</param>
    /// <returns>The structured data.</returns>
    /// <exception cref="SchemaException">The schema is not a record, or the bytes are not a record of it.</exception>
    public StructuredData Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return AvroDecoder.Decode(RequireRecord(), bytes);
        }
        catch (InvalidDataException e)
        {
            throw new SchemaException($"cannot decode the data with Avro schema {AvroValues.Describe(Schema)}: {e.Message}", e);
        }
    }

    private AvroRecordSchema RequireRecord() => Schema as AvroRecordSchema
        ?? throw new SchemaException(
            $"the Avro schema is a {AvroSchemaText.TypeName(Schema.Type)}, but only a record schema can encode or decode structured data");
}
