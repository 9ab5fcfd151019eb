using System.Buffers;

namespace Conduit.Connector.Sdk;

/// <summary>
/// Turns a record into the bytes a destination writes, in the format chosen with
/// <c>sdk.record.format</c>. Obtain one from <see cref="RecordFormats.Configure"/> or
/// <see cref="RecordFormat.Configure"/>.
/// </summary>
/// <remarks>
/// A serializer is configured once and then used for every record, possibly from several threads at
/// once: implementations must not keep per-record state. The built-in serializers are immutable.
/// Unlike Go's <c>Record.Bytes()</c>, a failure is never hidden behind a fallback to OpenCDC JSON:
/// <see cref="Serialize(Record, IBufferWriter{byte})"/> throws, and the record fails.
/// </remarks>
public abstract class RecordSerializer
{
    /// <summary>Initializes the serializer.</summary>
    protected RecordSerializer()
    {
    }

    /// <summary>Serializes a record, appending the bytes to a buffer.</summary>
    /// <param name="record">The record.</param>
    /// <param name="output">The buffer to append to.</param>
    /// <exception cref="RecordSerializationException">
    /// The record cannot be written in this format; part of it may already be in <paramref name="output"/>.
    /// </exception>
    public abstract void Serialize(Record record, IBufferWriter<byte> output);

    /// <summary>Serializes a record into a new array.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="RecordSerializationException">The record cannot be written in this format.</exception>
    public byte[] Serialize(Record record)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Serialize(record, buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
