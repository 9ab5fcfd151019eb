using System.Buffers;
using Conduit.Connector.Sdk.Formats.Debezium;
using Conduit.Connector.Sdk.Records.Json;

namespace Conduit.Connector.Sdk.Formats.Generic;

/// <summary>The <c>json</c> encoder: writes records as OpenCDC JSON and envelopes as Kafka Connect JSON, escaping like Go.</summary>
internal sealed class JsonEncoder : RecordEncoder
{
    public static readonly JsonEncoder Instance = new();

    private JsonEncoder()
    {
    }

    public override string Name => "json";

    public override IReadOnlyList<string> OptionKeys => [];

    public override RecordEncoder Configure(IReadOnlyDictionary<string, string> options) => this;

    public override void Encode(object value, IBufferWriter<byte> output)
    {
        var writer = new GoJsonWriter(output);
        switch (value)
        {
            case Record record:
                OpenCdcJsonWriter.WriteRecord(writer, record, rawDataAsString: false, lenient: false);
                break;
            case DebeziumEnvelope envelope:
                envelope.Write(writer);
                break;
            default:
                throw new InvalidOperationException($"The json encoder cannot write a {value.GetType()}.");
        }
    }
}
