using System.Globalization;
using Conduit.Connector.Sdk.Formats.Generic;

namespace Conduit.Connector.Sdk.Formats.Debezium;

/// <summary>
/// The <c>debezium</c> converter: turns a record into a Debezium change event inside a Kafka
/// Connect envelope, as Go's <c>DebeziumConverter</c> does.
/// </summary>
internal sealed class DebeziumConverter : RecordConverter
{
    public const string SchemaNameOption = "debezium.schema.name";
    public const string RawDataKeyOption = "debezium.rawData.key";
    public const string DefaultRawDataKey = "opencdc.rawData";

    public static readonly DebeziumConverter Prototype = new(schemaName: null, DefaultRawDataKey);

    private DebeziumConverter(string? schemaName, string rawDataKey)
    {
        SchemaName = schemaName;
        RawDataKey = rawDataKey;
    }

    public override string Name => "debezium";

    public override IReadOnlyList<string> OptionKeys { get; } = [RawDataKeyOption, SchemaNameOption];

    /// <summary>Gets the name of the envelope schema, or <see langword="null"/> for none.</summary>
    public string? SchemaName { get; }

    /// <summary>Gets the field that holds raw data that is not a JSON object.</summary>
    public string RawDataKey { get; }

    public override RecordConverter Configure(IReadOnlyDictionary<string, string> options)
    {
        var schemaName = options.GetValueOrDefault(SchemaNameOption);
        var rawDataKey = options.GetValueOrDefault(RawDataKeyOption);
        return new DebeziumConverter(
            string.IsNullOrEmpty(schemaName) ? null : schemaName,
            string.IsNullOrEmpty(rawDataKey) ? DefaultRawDataKey : rawDataKey);
    }

    public override object Convert(Record record) => new DebeziumEnvelope(
        Before: ToStructured(record.Payload.Before),
        After: ToStructured(record.Payload.After),
        Source: record.Metadata,
        Op: ToOp(record.Operation),
        TimestampMillis: ReadAtMillis(record.Metadata),
        SchemaName: SchemaName);

    /// <summary>The Debezium <c>op</c> of an operation; empty for an unknown one, like Go.</summary>
    public static string ToOp(Operation operation) => operation switch
    {
        Operation.Create => "c",
        Operation.Update => "u",
        Operation.Delete => "d",
        Operation.Snapshot => "r",
        _ => string.Empty,
    };

    /// <summary>
    /// <c>opencdc.readAt</c> (unix nanoseconds) as unix milliseconds, rounded down; 0 when missing or
    /// not an integer (Go ignores that error too, and then leaves <c>ts_ms</c> out).
    /// </summary>
    public static long ReadAtMillis(Metadata metadata) =>
        metadata.TryGetValue(MetadataKeys.ReadAt, out var text)
        && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var nanoseconds)
            ? Math.DivRem(nanoseconds, 1_000_000, out var rest) - (rest < 0 ? 1 : 0)
            : 0;

    private StructuredData? ToStructured(Data? data)
    {
        switch (data)
        {
            case StructuredData structured:
                return structured;
            case RawData { Bytes.IsEmpty: true }:
                return null;
            case RawData raw:
                return RawJsonObject.TryParse(raw.Bytes.Span, out var parsed)
                    ? parsed
                    : new StructuredData(1) { [RawDataKey] = raw.Bytes };
            default:
                return null;
        }
    }
}
