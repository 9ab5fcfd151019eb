using System.Buffers;
using Conduit.Connector.Sdk.Records;

namespace Conduit.Connector.Sdk.Formats.Generic;

/// <summary>A format named <c>converter/encoder</c> whose options are <c>key=value</c> pairs shared by both halves.</summary>
internal sealed class GenericRecordFormat(RecordConverter converter, RecordEncoder encoder)
    : RecordFormat(converter.Name + "/" + encoder.Name)
{
    public override RecordSerializer Configure(string options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var known = converter.OptionKeys.Concat(encoder.OptionKeys).Order(StringComparer.Ordinal).ToList();
        var parsed = FormatOptions.Parse(options, known);
        return new Serializer(Name, converter.Configure(parsed), encoder.Configure(parsed));
    }

    private sealed class Serializer(string name, RecordConverter converter, RecordEncoder encoder) : RecordSerializer
    {
        public override void Serialize(Record record, IBufferWriter<byte> output)
        {
            ArgumentNullException.ThrowIfNull(record);
            ArgumentNullException.ThrowIfNull(output);
            try
            {
                encoder.Encode(converter.Convert(record), output);
            }
            catch (StructuredValueException e)
            {
                throw new RecordSerializationException($"record format \"{name}\": {e.Message}", e);
            }
        }
    }
}
