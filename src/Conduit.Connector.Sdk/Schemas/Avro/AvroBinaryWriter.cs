using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>Writes the primitives of Avro's binary encoding (zig-zag varints, little-endian floats, length-prefixed bytes).</summary>
internal sealed class AvroBinaryWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    public void WriteBoolean(bool value)
    {
        _buffer.GetSpan(1)[0] = value ? (byte)1 : (byte)0;
        _buffer.Advance(1);
    }

    public void WriteInt(int value) => WriteLong(value);

    public void WriteLong(long value)
    {
        var zigZag = (ulong)((value << 1) ^ (value >> 63));
        var span = _buffer.GetSpan(10);
        var count = 0;
        while (zigZag >= 0x80)
        {
            span[count++] = (byte)(zigZag | 0x80);
            zigZag >>= 7;
        }

        span[count++] = (byte)zigZag;
        _buffer.Advance(count);
    }

    public void WriteFloat(float value)
    {
        BinaryPrimitives.WriteSingleLittleEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
    }

    public void WriteDouble(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteLong(value.Length);
        WriteFixed(value);
    }

    public void WriteFixed(ReadOnlySpan<byte> value) => _buffer.Write(value);

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteLong(length);
        Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length));
        _buffer.Advance(length);
    }
}
