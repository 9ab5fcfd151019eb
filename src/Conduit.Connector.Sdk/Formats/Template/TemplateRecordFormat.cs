using System.Buffers;
using System.Text;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>
/// The <c>template</c> format: the options are a Go template, parsed when the destination is
/// configured and executed for every record. See docs/record-formats.md for the supported subset.
/// </summary>
internal sealed class TemplateRecordFormat() : RecordFormat("template")
{
    public override RecordSerializer Configure(string options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options))
        {
            throw new FormatException("the template format needs a Go template in the options, for example {{ toJson . }}");
        }

        try
        {
            return new Serializer(options, TemplateParser.Parse(options));
        }
        catch (TemplateException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    private sealed class Serializer(string source, ListNode root) : RecordSerializer
    {
        public override void Serialize(Record record, IBufferWriter<byte> output)
        {
            ArgumentNullException.ThrowIfNull(record);
            ArgumentNullException.ThrowIfNull(output);
            var text = new StringBuilder();
            try
            {
                TemplateEvaluator.Execute(root, source, record, text);
            }
            catch (TemplateException e)
            {
                throw new RecordSerializationException("record format \"template\": " + e.Message, e);
            }

            foreach (var chunk in text.GetChunks())
            {
                var span = chunk.Span;
                var bytes = output.GetSpan(Encoding.UTF8.GetMaxByteCount(span.Length));
                output.Advance(Encoding.UTF8.GetBytes(span, bytes));
            }
        }
    }
}
